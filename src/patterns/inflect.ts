/**
 * A pattern's one-word suggestion in the form of the word it replaces. Patterns list every form of a
 * word ("perpetrator", "perpetrators"; "ensured", "ensures") with one suggestion, written in one form
 * ("suspect", "assured"): applied as written, "the perpetrators were arrested" became "the suspect
 * were arrested" and "Pertamina ensures that" became "Pertamina assured that". Only the two safe
 * cases are handled: a plural noun takes the suggestion in the plural (through `pluralize`), and a
 * present-tense or bare verb takes a past-tense suggestion in its own form ("ensures" → "assures",
 * "to secure" → "to detain"). A suggestion that is already the singular of the word ("damages" →
 * "damage") is a deliberate change of number and is left alone.
 */
import { createRequire } from 'node:module';
import type { Token } from '../analysis/types.js';
import type { PatternSpec, TokenCondition } from './types.js';
import { verbForms, thirdPerson } from '../lexicons/verb-forms.js';
import { isEnglishWord } from '../lexicons/english-words.js';

const require = createRequire(import.meta.url);
let pluralizeLib: typeof import('pluralize') | undefined;
const pluralize = (): typeof import('pluralize') => (pluralizeLib ??= require('pluralize') as typeof import('pluralize'));

/** The base of a past-tense word ("assured" → "assure", "detained" → "detain", "said" → "say"), or undefined. */
function baseOfPast(word: string): string | undefined {
  const forms = verbForms();
  for (const [base, e] of forms.byBase) if (e.past.includes(word)) return base;
  if (!/ed$/.test(word)) return undefined;
  if (/ied$/.test(word) && isEnglishWord(`${word.slice(0, -3)}y`)) return `${word.slice(0, -3)}y`;
  const candidates = [word.slice(0, -1), word.slice(0, -2)];
  if (/([bdgklmnprt])\1ed$/.test(word)) candidates.push(word.slice(0, -3));
  return candidates.find((c) => c.length > 2 && isEnglishWord(c));
}

/**
 * True when the pattern is written for both numbers of the noun: its element lists the singular and
 * the plural ("perpetrator", "perpetrators") or a lemma. A pattern that lists only "rupees" (for
 * "rupiah") or "damages" (for "damage") chose its suggestion's number on purpose.
 */
function bothNumbers(spec: PatternSpec, lower: string, singular: string): boolean {
  const list = (x: string | string[] | undefined): string[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
  const fits = (c: TokenCondition): boolean => {
    if (list(c.lemma).includes(singular)) return true;
    const l = list(c.lower);
    if (l.includes(lower) && l.includes(singular)) return true;
    return (c.anyOf ?? []).some(fits);
  };
  return (spec.tokens ?? []).some((e) => fits(e));
}

/** Nouns English news leaves unchanged in the plural (currencies: "40 million rupiah", "500 yen"). */
const INVARIANT = new Set(['rupiah', 'yen', 'yuan', 'renminbi', 'won', 'ringgit', 'baht', 'kyat', 'riel', 'kip', 'dong']);

export function inflectLike(suggestion: string, replaced: Token, spec: PatternSpec): string {
  if (!/^\p{Ll}+$/u.test(suggestion) && !/^\p{Lu}\p{Ll}+$/u.test(suggestion)) return suggestion;
  const lower = replaced.lower;
  const sug = suggestion.toLowerCase();
  let out = sug;
  if (replaced.pos === 'NOUN' && /s$/.test(lower) && pluralize().isPlural(lower) && pluralize().singular(lower) !== lower) {
    if (pluralize().singular(lower) === sug || !pluralize().isSingular(sug) || pluralize().plural(sug) === sug) return suggestion;
    if (INVARIANT.has(sug) || !bothNumbers(spec, lower, pluralize().singular(lower))) return suggestion;
    out = pluralize().plural(sug);
  } else if (replaced.pos === 'VERB' || replaced.pos === 'AUX') {
    const base = baseOfPast(sug);
    if (base === undefined) return suggestion;
    if (lower === replaced.lemma && !/(?:ed|en|ing)$/.test(lower)) out = base;
    else if (lower === thirdPerson(replaced.lemma)) out = thirdPerson(base);
    else return suggestion;
  } else return suggestion;
  return suggestion[0] === sug[0] ? out : out[0]!.toUpperCase() + out.slice(1);
}
