/**
 * Token conditions compiled into predicates. A condition is the conjunction of its properties; each
 * list-valued property is a set of alternatives. Regular expressions pass the project's one safety
 * check (`compileUserPattern`, src/workflow/glossary.ts) before use, so that a pattern cannot make
 * matching take exponential time.
 */
import type { Token } from '../analysis/types.js';
import { bundledLexiconNames } from '../lexicons/extra.js';
import { loadLexicon } from '../lexicons/load.js';
import { compileUserPattern } from '../workflow/glossary.js';
import type { Strings, TokenCondition } from './types.js';

export type TokenTest = (t: Token) => boolean;

/** A problem in a pattern, located by a JSON pointer under the pattern file or config section. */
export class PatternProblem extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
    this.name = 'PatternProblem';
  }
}

export function asList(v: Strings | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** The field of a lexicon's entries that names its members, when the condition does not say. */
const LEXICON_FIELDS: Record<string, string> = {
  acronyms: 'acronym',
  'indonesian-words': 'term',
  'given-names': 'name',
  'number-words': 'word',
  'person-cues': 'word',
  'reduplication-allowlist': 'word',
  titles: 'title',
  'news-outlets': 'name',
  'plural-titles': 'plural',
  'ordinal-events': 'noun',
  epithets: 'indonesian',
  people: 'name',
};

const lexiconSets = new Map<string, Set<string>>();

/** Lower-cased one-word members of a lexicon (`name` or `name#field`). */
export function lexiconMembers(ref: string, pointer: string): Set<string> {
  const hit = lexiconSets.get(ref);
  if (hit) return hit;
  const [name, explicit] = ref.split('#') as [string, string | undefined];
  if (!bundledLexiconNames().includes(name)) throw new PatternProblem(pointer, `unknown lexicon '${name}' (known: ${bundledLexiconNames().join(', ')})`);
  const field = explicit ?? LEXICON_FIELDS[name];
  if (field === undefined) throw new PatternProblem(pointer, `lexicon '${name}' has no default field; write '${name}#<field>'`);
  let entries: Record<string, unknown>[];
  try {
    entries = loadLexicon<Record<string, unknown>>(name).entries;
  } catch (err) {
    throw new PatternProblem(pointer, `lexicon '${name}' cannot be loaded: ${(err as Error).message}`);
  }
  const set = new Set<string>();
  for (const e of entries) {
    const v = e[field];
    for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string' && !/\s/.test(s.trim())) set.add(s.trim().toLowerCase());
  }
  if (set.size === 0) throw new PatternProblem(pointer, `lexicon '${name}' has no one-word values in field '${field}'`);
  lexiconSets.set(ref, set);
  return set;
}

const NUMBER = /^[+-]?\d(?:[\d.,]*\d)?$/;
const HAS_LETTER = /\p{L}/u;

function caseTest(kind: 'lower' | 'upper' | 'title'): TokenTest {
  switch (kind) {
    case 'lower':
      return (t) => HAS_LETTER.test(t.text) && t.text === t.lower;
    case 'upper':
      return (t) => t.text.length >= 2 && HAS_LETTER.test(t.text) && t.text === t.text.toUpperCase() && t.text !== t.lower;
    case 'title':
      return (t) => {
        const first = t.text[0] ?? '';
        const rest = t.text.slice(1);
        return first !== first.toLowerCase() && rest === rest.toLowerCase();
      };
  }
}

/** A whole-token regular expression, after the shared safety check. */
function tokenRegex(src: string, caseSensitive: boolean, pointer: string): RegExp {
  let re: RegExp;
  try {
    re = compileUserPattern(`^(?:${src})$`, caseSensitive, pointer);
  } catch (err) {
    throw new PatternProblem(pointer, (err as Error).message);
  }
  return new RegExp(re.source, re.flags.replace('g', ''));
}

/** Compiles one condition; `pointer` locates it for error messages. */
export function compileCondition(c: TokenCondition, pointer: string): TokenTest {
  const tests: TokenTest[] = [];
  const text = asList(c.text);
  if (text.length === 1) tests.push((t) => t.text === text[0]);
  else if (text.length > 1) {
    const set = new Set(text);
    tests.push((t) => set.has(t.text));
  }
  const lower = asList(c.lower).map((s) => s.toLowerCase());
  if (lower.length === 1) tests.push((t) => t.lower === lower[0]);
  else if (lower.length > 1) {
    const set = new Set(lower);
    tests.push((t) => set.has(t.lower));
  }
  const lemma = asList(c.lemma).map((s) => s.toLowerCase());
  if (lemma.length > 0) {
    const set = new Set(lemma);
    // wink-nlp leaves some forms unlemmatised; the lower-case text counts as the lemma too.
    tests.push((t) => set.has(t.lemma) || set.has(t.lower));
  }
  const pos = asList(c.pos);
  if (pos.length > 0) {
    const set = new Set(pos);
    tests.push((t) => set.has(t.pos));
  }
  if (c.regex !== undefined) {
    const re = tokenRegex(c.regex, c.regexCase === true, `${pointer}/regex`);
    tests.push((t) => re.test(t.text));
  }
  if (c.lexicon !== undefined) {
    const members = lexiconMembers(c.lexicon, `${pointer}/lexicon`);
    tests.push((t) => members.has(t.lower));
  }
  if (c.case !== undefined) tests.push(caseTest(c.case));
  if (c.number !== undefined) {
    const want = c.number;
    tests.push((t) => NUMBER.test(t.text) === want);
  }
  if (c.anyOf) {
    const alts = c.anyOf.map((a, i) => compileCondition(a, `${pointer}/anyOf/${i}`));
    tests.push((t) => anyPasses(alts, t));
  }
  if (c.not) {
    const inner = compileCondition(c.not, `${pointer}/not`);
    tests.push((t) => !inner(t));
  }
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  if (tests.length === 2) {
    const [a, b] = tests as [TokenTest, TokenTest];
    return (t) => a(t) && b(t);
  }
  return (t) => allPass(tests, t);
}

// Loops rather than some()/every() with an arrow: a condition is tested at nearly every token of
// every document, and an arrow capturing the token would be a new closure at each test.

/** Whether one of the tests passes (in order, stopping at the first). */
export function anyPasses(tests: readonly TokenTest[], t: Token): boolean {
  for (let i = 0; i < tests.length; i++) if (tests[i]!(t)) return true;
  return false;
}

function allPass(tests: readonly TokenTest[], t: Token): boolean {
  for (let i = 0; i < tests.length; i++) if (!tests[i]!(t)) return false;
  return true;
}

/**
 * The literal keys a token meeting the condition must have: `w:<lower>` for text and lower-case
 * literals, `l:<lemma>` for lemmas (a token is indexed under its lower-case text and its lemma).
 * Undefined when the condition names no literal (any token might meet it).
 */
export function conditionKeys(c: TokenCondition): string[] | undefined {
  const text = asList(c.text);
  const lower = asList(c.lower);
  const lemma = asList(c.lemma);
  // Properties are and-ed: any one literal property is enough to require; take the smallest set.
  const options: string[][] = [];
  if (text.length > 0) options.push([...new Set(text.map((s) => `w:${s.toLowerCase()}`))]);
  if (lower.length > 0) options.push([...new Set(lower.map((s) => `w:${s.toLowerCase()}`))]);
  // A lemma condition also accepts the lower-case text (see compileCondition), so both keys count.
  if (lemma.length > 0) options.push([...new Set(lemma.flatMap((s) => [`l:${s.toLowerCase()}`, `w:${s.toLowerCase()}`]))]);
  if (c.anyOf) {
    const alts = c.anyOf.map(conditionKeys);
    if (alts.every((a) => a !== undefined)) options.push([...new Set(alts.flat() as string[])]);
  }
  if (options.length === 0) return undefined;
  return options.reduce((a, b) => (b.length < a.length ? b : a));
}
