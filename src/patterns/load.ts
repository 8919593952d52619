/**
 * Loading pattern families: the bundled file `data/patterns/<rule>.json`, validated with ajv
 * against data/schemas/patterns.schema.json, plus any patterns a user's configuration adds to the
 * family (`patterns` in calque.config.json, or `withExtraPatterns()` for library callers). Extra
 * patterns are validated with the same schema and compiled (regular expressions safety-checked)
 * when registered, so a bad one is refused before any text is checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { CalqueError } from '../errors.js';
import { dataPath } from '../lexicons/package-root.js';
import { validatedAtBuild } from '../lexicons/build-stamps.js';
import { assertValid, describeErrors, validatorFor } from '../lexicons/validate.js';
import { compileFamily, compilePattern, type CompiledFamily } from './compile.js';
import { PatternProblem } from './conditions.js';
import type { PatternFamily, PatternSpec } from './types.js';
import { compileUserPattern } from '../workflow/glossary.js';
import { asBundledData } from '../lexicons/pattern-safety.js';

/** Rule ids of the bundled pattern families (`data/patterns/*.json`). */
export function patternFamilyIds(): string[] {
  return readdirSync(dataPath('patterns'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

const raw = new Map<string, { family: PatternFamily; text: string }>();

function rawFile(rule: string): { family: PatternFamily; text: string } {
  let f = raw.get(rule);
  if (!f) {
    const text = readFileSync(dataPath('patterns', `${rule}.json`), 'utf8');
    f = { family: JSON.parse(text) as PatternFamily, text };
    raw.set(rule, f);
  }
  return f;
}

/** The bundled file, parsed but not validated (the registry reads meta from it at start-up). */
export function rawFamily(rule: string): PatternFamily {
  return rawFile(rule).family;
}

/** The stamp name under which the build records a validated pattern file (src/lexicons/build-stamps.ts). */
export function patternStampName(rule: string): string {
  return `patterns/${rule}`;
}

const extras = new Map<string, PatternSpec[]>();
let generation = 0;
const compiled = new Map<string, { generation: number; family: CompiledFamily }>();

/** The family with any extra patterns, validated and compiled (cached until extras change). */
export function compiledFamily(rule: string): CompiledFamily {
  const hit = compiled.get(rule);
  if (hit && hit.generation === generation) return hit.family;
  const file = rawFile(rule);
  // The build validated and compiled this exact text (src/lexicons/build-stamps.ts,
  // scripts/build-lexicon-stamps.ts); anything else is checked here.
  const stamped = validatedAtBuild(patternStampName(rule), file.text);
  const bundled = stamped ? file.family : assertValid<PatternFamily>('patterns', file.family, `pattern file '${rule}'`, 'invalid-lexicon');
  const family = { ...bundled, patterns: [...bundled.patterns, ...(extras.get(rule) ?? [])] };
  // Extra patterns were proved safe and compiled when registered (withExtraPatterns), the bundled
  // ones by the build when stamped: then each token pattern's matchers are compiled on first use.
  const compileNow = <T>(fn: () => T): T => {
    try {
      // Extra patterns were proved safe when registered; bundled ones by the tests.
      return asBundledData(fn);
    } catch (err) {
      if (err instanceof PatternProblem) throw new CalqueError('invalid-lexicon', `pattern file '${rule}' is invalid: ${err.pointer}: ${err.message}`);
      throw err;
    }
  };
  const c = compileNow(() => compileFamily(family, '', stamped ? compileNow : undefined));
  compiled.set(rule, { generation, family: c });
  return c;
}

/**
 * Problems with extra patterns for family `rule`, as `/<index>/<field>: message` lines (empty when
 * valid): the schema first, then what compiling finds (unsafe or invalid regular expressions,
 * unknown lexicons, references to elements that do not exist, duplicate ids).
 */
export function extraPatternProblems(rule: string, patterns: readonly unknown[]): string[] {
  if (!patternFamilyIds().includes(rule)) return [`: unknown pattern family '${rule}' (known: ${patternFamilyIds().join(', ')})`];
  if (patterns.length === 0) return [];
  const bundled = rawFamily(rule);
  const own = bundled.patterns.length;
  const v = validatorFor('patterns');
  const merged = { ...bundled, patterns: [...bundled.patterns, ...patterns] };
  if (!v(merged)) {
    return describeErrors(v.errors).map((line) => {
      const m = /^\/patterns\/(\d+)(.*)$/.exec(line);
      return m ? `/${Number(m[1]) - own}${m[2]}` : `: ${line}`;
    });
  }
  const ids = new Set(bundled.patterns.map((p) => p.id));
  const problems: string[] = [];
  (patterns as PatternSpec[]).forEach((p, i) => {
    if (ids.has(p.id)) problems.push(`/${i}/id: pattern id '${p.id}' is already used in '${rule}'`);
    ids.add(p.id);
    try {
      compilePattern(bundled, p, `/${i}`);
      if (p.regexp !== undefined) checkUserRegexp(p.regexp, p.caseSensitive === true, `/${i}/regexp`);
    } catch (err) {
      if (err instanceof PatternProblem) problems.push(`${err.pointer}: ${err.message}`);
      else throw err;
    }
  });
  return problems;
}

/** Registers extra patterns for a family; throws CalqueError('invalid-lexicon') naming the first problems. */
export function withExtraPatterns(rule: string, patterns: readonly unknown[]): void {
  const problems = extraPatternProblems(rule, patterns);
  if (problems.length > 0) throw new CalqueError('invalid-lexicon', `extra patterns for '${rule}' are invalid: ${problems.slice(0, 3).join('; ')}`);
  if (patterns.length === 0) return;
  extras.set(rule, [...(extras.get(rule) ?? []), ...(patterns as PatternSpec[])]);
  generation++;
}

/** Removes every extra pattern (tests). */
export function clearExtraPatterns(): void {
  if (extras.size === 0) return;
  extras.clear();
  generation++;
}


/** A user's sentence-level expression goes through the same safety check as every user regex. */
function checkUserRegexp(src: string, caseSensitive: boolean, pointer: string): void {
  try {
    compileUserPattern(src, caseSensitive, pointer);
  } catch (err) {
    throw new PatternProblem(pointer, (err as Error).message);
  }
}
