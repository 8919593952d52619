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

export function inflectLike(suggestion: string, replaced: Token): string {
  if (!/^\p{Ll}+$/u.test(suggestion) && !/^\p{Lu}\p{Ll}+$/u.test(suggestion)) return suggestion;
  const lower = replaced.lower;
  const sug = suggestion.toLowerCase();
  let out = sug;
  if (replaced.pos === 'NOUN' && /s$/.test(lower) && pluralize().isPlural(lower) && pluralize().singular(lower) !== lower) {
    if (pluralize().singular(lower) === sug || !pluralize().isSingular(sug) || pluralize().plural(sug) === sug) return suggestion;
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
