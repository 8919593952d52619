/**
 * Compiles a pattern family (data/patterns/<rule>.json) into matchers and an index.
 *
 * Token patterns are indexed by the rarest literal they need: of the elements every match must
 * contain (min ≥ 1) that name a literal (text, lower-case text or lemma), the one whose literals
 * are least common in English. A document is matched only against the patterns whose key occurs
 * among its tokens, and only at start positions near an occurrence of the key; patterns with no
 * literal go to a short always-run list. Regexp patterns keep the literal prefilter of
 * src/engine/literals.ts. Either way a pattern is skipped only when it could not have matched.
 */
import type { LiteralFilter } from '../engine/literals.js';
import { literalFilterFor } from '../engine/literal-table.js';
import type { Category, Severity } from '../types.js';
import { anyPasses, asList, compileCondition, conditionKeys, PatternProblem, type TokenTest } from './conditions.js';
import { COMMON_WORDS } from './common-words.js';
import { templateProblems } from './template.js';
import type { InQuotes, PatternElement, PatternFamily, PatternSpec, Strings } from './types.js';

export interface CompiledElement {
  test: TokenTest;
  min: number;
  max: number;
  mark: boolean;
}

export interface CompiledSequence {
  elements: CompiledElement[];
  /** Fewest and most tokens a match takes. */
  minLength: number;
}

interface CompiledBase {
  spec: PatternSpec;
  /** Keys (`w:<lower>`) of which the document must hold one; undefined: no condition. */
  documentHas: string[] | undefined;
  /** Keys of which the document must hold none. */
  documentLacks: string[];
  severity: Severity;
  category: Category;
  inQuotes: InQuotes;
  confidence: number;
}

export interface CompiledTokenPattern extends CompiledBase {
  kind: 'tokens';
  /** The matchers (compiled on first use when the family is compiled lazily: see compileFamily()). */
  readonly seq: CompiledSequence;
  readonly antipatterns: CompiledSequence[];
  /** Index keys (`w:word`, `l:lemma`); undefined: always run. */
  keys: string[] | undefined;
  /** Tokens that can come before the key element: a match starts this many tokens before a key. */
  minBefore: number;
  maxBefore: number;
  /**
   * The other required elements that name literals, each as keys and bounds like the index key's
   * (absent when there are none): in a given document another element's words may be much rarer than
   * the key's ("several … of" keyed by "of"), and the matcher takes its starts from whichever of
   * them occurs least often there.
   */
  readonly otherKeys?: readonly KeyOption[];
}

/** A required element's literal keys and how many tokens can come before it in a match. */
export interface KeyOption {
  keys: string[];
  minBefore: number;
  maxBefore: number;
}

export interface CompiledRegexpPattern extends CompiledBase {
  kind: 'regexp';
  re: RegExp;
  anchored: boolean;
}

export type CompiledPattern = CompiledTokenPattern | CompiledRegexpPattern;

export interface CompiledFamily {
  family: PatternFamily;
  tokenPatterns: CompiledTokenPattern[];
  /** Key → indexes into tokenPatterns. */
  index: Map<string, number[]>;
  /** Indexes into tokenPatterns of patterns with no literal. */
  alwaysRun: number[];
  regexpPatterns: CompiledRegexpPattern[];
  regexpFilter: LiteralFilter;
}

function compileSequence(elements: PatternElement[], pointer: string): CompiledSequence {
  const out = elements.map((e, i): CompiledElement => {
    const at = `${pointer}/${i}`;
    const min = e.min ?? 1;
    const max = e.max ?? Math.max(min, 1);
    if (max < min) throw new PatternProblem(`${at}/max`, `max (${max}) is below min (${min})`);
    const test = compileCondition(e, at);
    const exceptions = (e.except ?? []).map((x, k) => compileCondition(x, `${at}/except/${k}`));
    return {
      test: exceptions.length === 0 ? test : (t) => test(t) && !anyPasses(exceptions, t),
      min,
      max,
      mark: e.mark === true,
    };
  });
  const minLength = out.reduce((n, e) => n + e.min, 0);
  if (minLength === 0) throw new PatternProblem(pointer, 'every element is optional: the sequence would match nothing');
  return { elements: out, minLength };
}

/** How common a key's word is in English news (higher: more common, a worse index key). */
function commonness(key: string): number {
  const word = key.slice(2);
  const rank = COMMON_WORDS.get(word);
  if (rank !== undefined) return 10_000 - rank;
  // Unlisted words: rarer the longer they are.
  return Math.max(1, 20 - word.length);
}

/** Words so common (the 50 most frequent, and punctuation) that a pattern keyed by one is tried at many starts. */
function frequentKey(key: string): boolean {
  const word = key.slice(2);
  const rank = COMMON_WORDS.get(word);
  return (rank !== undefined && rank < 50) || !/[a-z0-9]/.test(word);
}

/**
 * The rarest literal key set among the elements every match contains, and its element's index;
 * `others`: when that set holds a frequent word, the key sets of the other such elements without
 * one, with their indexes (each adds its words to what a document's index holds, so only where
 * they may pay).
 */
function indexKey(elements: PatternElement[]): { keys: string[]; at: number; others: { keys: string[]; at: number }[] } | undefined {
  let best: { keys: string[]; at: number; cost: number } | undefined;
  const all: { keys: string[]; at: number }[] = [];
  elements.forEach((e, at) => {
    if ((e.min ?? 1) < 1) return;
    const keys = conditionKeys(e);
    if (!keys) return;
    all.push({ keys, at });
    const cost = keys.reduce((n, k) => n + commonness(k), 0);
    if (!best || cost < best.cost) best = { keys, at, cost };
  });
  if (!best) return undefined;
  const chosen = best;
  const others = chosen.keys.some(frequentKey) ? all.filter((o) => o.at !== chosen.at && !o.keys.some(frequentKey)) : [];
  return { keys: chosen.keys, at: chosen.at, others };
}

/** How many tokens can come before element `at` in a match (the bounds as compileSequence() reads them). */
function boundsBefore(elements: readonly PatternElement[], at: number): { minBefore: number; maxBefore: number } {
  let minBefore = 0;
  let maxBefore = 0;
  for (let k = 0; k < at; k++) {
    const e = elements[k]!;
    const min = e.min ?? 1;
    minBefore += min;
    maxBefore += e.max ?? Math.max(min, 1);
  }
  return { minBefore, maxBefore };
}

function regexpGroups(spec: PatternSpec): number {
  try {
    const flags = /\\[pPu]\{/.test(spec.regexp!) ? 'u' : '';
    return (new RegExp(`(?:${spec.regexp!})|`, flags).exec('') ?? ['']).length - 1;
  } catch {
    return Number.POSITIVE_INFINITY; // an invalid expression is reported where it is compiled
  }
}

function checkTemplates(spec: PatternSpec, pointer: string): void {
  // A regexp's capture groups: an empty alternative makes it match "" and report them all.
  const groups = spec.tokens ? spec.tokens.length : spec.regexp !== undefined ? regexpGroups(spec) : Number.POSITIVE_INFINITY;
  const check = (t: string, at: string): void => {
    const { unknown, maxRef, minRef } = templateProblems(t);
    if (unknown.length > 0) throw new PatternProblem(at, `unknown transform '${unknown[0]}'`);
    // In a token pattern "{0}" quotes nothing (elements count from 1): the message would show "".
    // (In a regexp pattern it is the whole match.)
    if (spec.tokens && minRef < 1) throw new PatternProblem(at, 'refers to element 0; elements count from 1');
    if (maxRef > groups) throw new PatternProblem(at, `refers to element ${maxRef}, but the pattern has ${groups}`);
  };
  check(spec.message, `${pointer}/message`);
  (spec.suggestions ?? []).forEach((s, i) => check(s, `${pointer}/suggestions/${i}`));
  if (spec.fixable && (spec.suggestions ?? []).length === 0) throw new PatternProblem(`${pointer}/fixable`, "'fixable' needs a suggestion to apply");
}

/**
 * One array per distinct key list: dozens of patterns repeat the same `documentHas` list (the
 * Indonesian-context words), and the matcher answers a list once per document (src/patterns/rule.ts).
 */
const sharedLists = new Map<string, string[]>();

function sharedList(keys: string[]): string[] {
  const id = keys.join('\n');
  const hit = sharedLists.get(id);
  if (hit) return hit;
  sharedLists.set(id, keys);
  return keys;
}

/**
 * The word keys of a document-context list: its own words, and for each `@name` the words of the
 * family's `wordLists[name]` (the Indonesian-context list is named once and used by hundreds of patterns).
 */
function contextKeys(family: PatternFamily, words: Strings | undefined, pointer: string): string[] {
  const out: string[] = [];
  for (const w of asList(words)) {
    if (!w.startsWith('@')) {
      out.push(`w:${w.toLowerCase()}`);
      continue;
    }
    const list = family.wordLists?.[w.slice(1)];
    if (list === undefined) throw new PatternProblem(pointer, `unknown word list '${w}' (the family's wordLists has ${Object.keys(family.wordLists ?? {}).map((k) => `'@${k}'`).join(', ') || 'none'})`);
    for (const x of list) out.push(`w:${x.toLowerCase()}`);
  }
  return out;
}

/**
 * sharedList(contextKeys(…)), answered once per family and list as written: hundreds of patterns
 * name the same list ("@indonesia"), and expanding it and joining its keys for each of them was a
 * visible part of a cold start.
 */
const contextLists = new WeakMap<PatternFamily, Map<string, string[]>>();

function contextList(family: PatternFamily, words: Strings | undefined, pointer: string): string[] {
  let lists = contextLists.get(family);
  if (!lists) contextLists.set(family, (lists = new Map()));
  const id = asList(words).join('\n');
  let list = lists.get(id);
  if (!list) lists.set(id, (list = sharedList(contextKeys(family, words, pointer))));
  return list;
}

/** A regexp pattern's expression, compiled as the matcher will use it. */
export function patternRegExp(spec: PatternSpec): RegExp {
  // The 'u' flag only where a pattern needs it: case-insensitive Unicode matching is several times slower.
  const flags = (spec.caseSensitive ? 'g' : 'gi') + (/\\[pPu]\{/.test(spec.regexp!) ? 'u' : '');
  return new RegExp(spec.regexp!, flags);
}

/**
 * How a lazily compiled family runs the deferred compiling of a pattern's matchers (load.ts passes
 * one that marks it as bundled data and turns a PatternProblem into the error an eager compile gives).
 */
export type DeferredCompile = <T>(compile: () => T) => T;

interface Matchers {
  seq: CompiledSequence;
  antipatterns: CompiledSequence[];
}

/**
 * A compiled token pattern whose matchers (element sequence and antipatterns) are compiled now or,
 * with a deferred compile, on first use. Compiling them is most of a family's compile time (a
 * closure per condition, lexicon sets, the safety check of each token regex), and a document is
 * matched against the few patterns whose index key it holds: a cold `calque report` then compiles
 * those alone. `seq` and `antipatterns` are own enumerable accessors (so a spread copy of a pattern
 * still has them), defined with the same two getter functions on every pattern, so that all token
 * patterns keep one shape for the matcher's loops, which read these fields at every position.
 */
class TokenPattern implements CompiledTokenPattern {
  readonly kind = 'tokens' as const;
  declare readonly seq: CompiledSequence;
  declare readonly antipatterns: CompiledSequence[];
  private compiledMatchers: Matchers | undefined;

  constructor(
    readonly spec: PatternSpec,
    readonly severity: Severity,
    readonly category: Category,
    readonly inQuotes: InQuotes,
    readonly confidence: number,
    readonly documentHas: string[] | undefined,
    readonly documentLacks: string[],
    readonly keys: string[] | undefined,
    readonly minBefore: number,
    readonly maxBefore: number,
    readonly otherKeys: readonly KeyOption[] | undefined,
    private readonly compile: () => Matchers,
    private readonly deferred: DeferredCompile | undefined,
  ) {
    if (!deferred) this.compiledMatchers = compile();
    Object.defineProperties(this, MATCHER_PROPERTIES);
  }

  /** The matchers, compiled on the first call when deferred. */
  matchers(): Matchers {
    return (this.compiledMatchers ??= this.deferred!(this.compile));
  }
}

const MATCHER_PROPERTIES: PropertyDescriptorMap = {
  seq: {
    get(this: TokenPattern): CompiledSequence {
      return this.matchers().seq;
    },
    enumerable: true,
  },
  antipatterns: {
    get(this: TokenPattern): CompiledSequence[] {
      return this.matchers().antipatterns;
    },
    enumerable: true,
  },
};

/** Compiles one pattern; throws PatternProblem located under `pointer`. */
export function compilePattern(family: PatternFamily, spec: PatternSpec, pointer: string, deferred?: DeferredCompile): CompiledPattern {
  if ((spec.tokens === undefined) === (spec.regexp === undefined)) throw new PatternProblem(pointer, "needs either 'tokens' or 'regexp' (not both)");
  checkTemplates(spec, pointer);
  const base: CompiledBase = {
    spec,
    severity: spec.severity ?? family.severity,
    category: spec.category ?? family.category,
    inQuotes: spec.inQuotes ?? family.inQuotes ?? 'note',
    confidence: spec.confidence ?? 0.75,
    documentHas: spec.documentHas === undefined ? undefined : contextList(family, spec.documentHas, `${pointer}/documentHas`),
    documentLacks: contextList(family, spec.documentLacks, `${pointer}/documentLacks`),
  };
  if (spec.regexp !== undefined) {
    let re: RegExp;
    try {
      re = patternRegExp(spec);
    } catch (err) {
      throw new PatternProblem(`${pointer}/regexp`, `not a valid regular expression (${(err as Error).message})`);
    }
    return { ...base, kind: 'regexp', re, anchored: spec.regexp.startsWith('^') };
  }
  const elements = spec.tokens!;
  const key = indexKey(elements);
  // The bounds as compileSequence() reads them (it refuses max < min when compiled).
  const { minBefore, maxBefore } = key ? boundsBefore(elements, key.at) : { minBefore: 0, maxBefore: 0 };
  const otherKeys = key && key.others.length > 0 ? key.others.map((o): KeyOption => ({ keys: sharedList(o.keys), ...boundsBefore(elements, o.at) })) : undefined;
  const compile = (): Matchers => ({
    seq: compileSequence(elements, `${pointer}/tokens`),
    antipatterns: (spec.antipatterns ?? []).map((a, i) => compileSequence(a, `${pointer}/antipatterns/${i}`)),
  });
  const b = base;
  return new TokenPattern(spec, b.severity, b.category, b.inQuotes, b.confidence, b.documentHas, b.documentLacks, key?.keys, minBefore, maxBefore, otherKeys, compile, deferred);
}

/**
 * Compiles a family. With `deferred`, each token pattern's matchers are compiled on first use,
 * through `deferred` (src/patterns/load.ts does so only for a bundled file the build compiled
 * whole, so that no error can surface late); without it, everything now, and any problem throws here.
 */
export function compileFamily(family: PatternFamily, pointer = '', deferred?: DeferredCompile): CompiledFamily {
  const tokenPatterns: CompiledTokenPattern[] = [];
  const regexpPatterns: CompiledRegexpPattern[] = [];
  const seen = new Set<string>();
  family.patterns.forEach((spec, i) => {
    const at = `${pointer}/patterns/${i}`;
    if (seen.has(spec.id)) throw new PatternProblem(`${at}/id`, `duplicate pattern id '${spec.id}'`);
    seen.add(spec.id);
    const c = compilePattern(family, spec, at, deferred);
    if (c.kind === 'tokens') tokenPatterns.push(c);
    else regexpPatterns.push(c);
  });
  const index = new Map<string, number[]>();
  const alwaysRun: number[] = [];
  tokenPatterns.forEach((p, i) => {
    if (!p.keys) {
      alwaysRun.push(i);
      return;
    }
    for (const k of p.keys) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  });
  const regexpFilter = literalFilterFor(regexpPatterns.map((c) => ({ source: c.spec.regexp!, flags: c.re.flags })));
  return { family, tokenPatterns, index, alwaysRun, regexpPatterns, regexpFilter };
}
