/**
 * Extra lexicon entries supplied at run time (a user's `calque.config.json` `lexicons` section, or a
 * library caller). `loadLexicon()` appends them to the bundled entries.
 *
 * Register extra entries BEFORE the first `check()`: rules build their lookup tables lazily from
 * `loadLexicon()` on first use and keep them. Each registration bumps `extrasGeneration()`, which
 * `loadLexicon()` uses to invalidate its own cache.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { CalqueError } from '../errors.js';
import { dataPath } from './package-root.js';
import { lexiconPatternFlags, provePatternSafe } from './pattern-safety.js';
import { describeErrors, validatorFor } from './validate.js';

const extras = new Map<string, unknown[]>();
let generation = 0;

/** Names of the bundled lexicons (`data/lexicons/*.json`). */
export function bundledLexiconNames(): string[] {
  return readdirSync(dataPath('lexicons'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * Problems with extra entries for lexicon `name`, as `/<index>/<field>: message` lines (empty when
 * valid). Entries are validated with the lexicon's own schema, exactly like bundled entries.
 */
export function extraEntryProblems(name: string, entries: readonly unknown[]): string[] {
  if (!bundledLexiconNames().includes(name)) {
    return [`: unknown lexicon '${name}' (known: ${bundledLexiconNames().join(', ')})`];
  }
  if (entries.length === 0) return [];
  // Validate the bundled file with the extra entries appended (as loadLexicon() will use it): the
  // top-level fields and list-size limits a schema sets are then met, and every error about an
  // extra entry is located at /entries/<bundled count + i>, reported as /<i>.
  const bundled = JSON.parse(readFileSync(dataPath('lexicons', `${name}.json`), 'utf8')) as Record<string, unknown>;
  const own = Array.isArray(bundled['entries']) ? (bundled['entries'] as unknown[]) : [];
  const v = validatorFor(name);
  if (v({ ...bundled, entries: [...own, ...entries] })) return patternProblems(entries, own);
  return describeErrors(v.errors).map((line) => {
    const m = /^\/entries\/(\d+)(.*)$/.exec(line);
    if (m) return `/${Number(m[1]) - own.length}${m[2]}`;
    return line.startsWith('/entries') ? line.slice('/entries'.length) : `: ${line}`;
  });
}

/**
 * Fields named `pattern` are regular expressions the rules run: each must compile, must not match
 * the empty string, and must be proved safe from catastrophic backtracking (pattern-safety.ts).
 */
function patternProblems(entries: readonly unknown[], bundledEntries: readonly unknown[]): string[] {
  const problems: string[] = [];
  const patternOf = (entry: unknown): unknown => (entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>)['pattern'] : undefined);
  // A bundled lexicon's own patterns are proved by tests/safe-patterns.test.ts; a copy needs no proof.
  const bundledPatterns = new Set(bundledEntries.map(patternOf));
  entries.forEach((entry, i) => {
    const pattern = patternOf(entry);
    if (typeof pattern !== 'string' || bundledPatterns.has(pattern)) return;
    const flags = lexiconPatternFlags(pattern);
    let re: RegExp;
    try {
      re = new RegExp(pattern, flags);
    } catch (err) {
      problems.push(`/${i}/pattern: not a valid regular expression (${(err as Error).message.replace(/^Invalid regular expression: /, '')})`);
      return;
    }
    const verdict = provePatternSafe(pattern, flags);
    if (!verdict.safe) problems.push(`/${i}/pattern: ${verdict.reason}`);
    else if (re.test('')) problems.push(`/${i}/pattern: the pattern matches the empty string`);
  });
  return problems;
}

/** Adds entries to lexicon `name` (validated against its schema; throws CalqueError `invalid-lexicon`). */
export function withExtraEntries(name: string, entries: readonly unknown[]): void {
  const problems = extraEntryProblems(name, entries);
  if (problems.length > 0) throw new CalqueError('invalid-lexicon', `extra entries for lexicon '${name}' are invalid: ${problems.slice(0, 3).join('; ')}`);
  if (entries.length === 0) return;
  extras.set(name, [...(extras.get(name) ?? []), ...entries]);
  generation++;
}

/** Extra entries registered for lexicon `name` (empty when none). */
export function extraEntries(name: string): readonly unknown[] {
  return extras.get(name) ?? [];
}

/** Removes every extra entry (tests). */
export function clearExtraEntries(): void {
  if (extras.size === 0) return;
  extras.clear();
  generation++;
}

/** Changes whenever extra entries are added or cleared. */
export function extrasGeneration(): number {
  return generation;
}
