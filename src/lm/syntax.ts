/**
 * Two shallow syntactic signals over wink-nlp's tags, for structures a trigram model cannot see
 * because they span more than three words. Both work on plain (text, POS, lemma) tokens, so
 * training (over Brown retagged by wink) and scoring (over `doc.tokens`) share them.
 *
 * 1. Noun phrases without a determiner (`nounPhraseHeads`). Indonesian has no articles, and machine
 *    translation from it often leaves a singular count noun bare ("Personal trend for X is …",
 *    "leader invited him to tour new exhibition"). Whether a bare singular noun is normal depends on
 *    the noun (mass nouns like "rain", "information" go bare all the time; "trend", "visit",
 *    "minister" almost never do), so the model learns p(bare | noun) from Brown (see train.ts) and
 *    the feature is the least likely determiner choice in the sentence.
 * 2. A main clause with no subject (`subjectlessClause`): fronted modifiers (a prepositional or
 *    participle phrase, a relative clause) and then a finite verb with no noun phrase anywhere before
 *    it: "Regarding X's arrival, who also …, was considered …". Indonesian topic–comment order and
 *    its subjectless passives produce this; edited English almost never does (26 of the 45,015 prose
 *    sentences of the whole Brown corpus, 1 of 5,758 prose sentences sampled from nlp-corpus, none of
 *    the 1,011 human references of the WMT TED data).
 */
import type { TokenLike } from './features.js';

// Per-token tests compiled once (a regex literal is a new RegExp object each time it is evaluated).
const ED_OR_S = /(?:ed|s)$/;

const DETERMINER_TAGS = new Set(['DET', 'NUM', 'PRON']);
/** Tags a noun phrase's pre-modifiers carry between its determiner and its head noun. */
const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'ADV', 'PROPN', 'NUM']);
const POSSESSIVE = /^['’]s?$/;
const LOWER_WORD = /^[a-z]+$/;
const PARTICIPLE = /(?:ing|ed)$/;
const LETTER = /\p{L}/u;
const UPPER_INITIAL = /^\p{Lu}/u;

export interface NounHead {
  /** Index of the head noun in the token array. */
  index: number;
  /** No determiner, possessive or number before the head's modifiers. */
  bare: boolean;
  /** The noun phrase opens the sentence (its subject, nearly always). */
  initial: boolean;
}

function firstWord(tokens: readonly TokenLike[]): number {
  for (let i = 0; i < tokens.length; i++) if (LETTER.test(tokens[i]!.text)) return i;
  return -1;
}

/** `lower`: `t.text.toLowerCase()` (the caller has it: no second copy per noun). */
function isSingular(t: TokenLike, lower: string): boolean {
  return t.lemma !== undefined ? t.lemma === lower : !lower.endsWith('s');
}

/**
 * Head nouns of singular common-noun phrases, with whether a determiner precedes them. A head is a
 * lower-case NOUN not followed by another noun, a name (a title: "leader Kim"), a possessive or a
 * compound hyphen. `isCommonWord` says whether a capitalised first word that wink tagged PROPN is
 * really an ordinary word ("Personal trend …"): wink tags most capitalised sentence openers PROPN.
 */
export function nounPhraseHeads(tokens: readonly TokenLike[], isCommonWord: (lower: string) => boolean): NounHead[] {
  const out: NounHead[] = [];
  const fw = firstWord(tokens);
  const isName = (j: number): boolean => tokens[j]!.pos === 'PROPN' && !(j === fw && isCommonWord(tokens[j]!.text.toLowerCase()));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN') continue;
    // The analysis's own lower case when the token has it (no new string per noun).
    const lower = t.lower ?? t.text.toLowerCase();
    if (!LOWER_WORD.test(lower) || (i !== fw && UPPER_INITIAL.test(t.text)) || !isSingular(t, lower)) continue;
    const next = tokens[i + 1];
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || POSSESSIVE.test(next.text) || (next.text === '-' && next.spaceBefore === false))) continue;
    let j = i - 1;
    let determined = false;
    while (j >= 0) {
      const y = tokens[j]!;
      if (y.pos === 'NUM' || (y.pos === 'PROPN' && isName(j))) {
        determined = true;
        break;
      }
      const hyphen = y.text === '-' && tokens[j + 1]!.spaceBefore === false;
      if (MODIFIER_TAGS.has(y.pos) || (y.pos === 'VERB' && PARTICIPLE.test(y.text)) || hyphen) j--;
      else break;
    }
    const d = j >= 0 ? tokens[j]! : undefined;
    if (d && (DETERMINER_TAGS.has(d.pos) || POSSESSIVE.test(d.text))) determined = true;
    out.push({ index: i, bare: !determined, initial: j < fw || (j === fw && determined) });
  }
  return out;
}

const RELATIVE = new Set(['who', 'which', 'whom', 'whose', 'that', 'where', 'when']);
const SUBORDINATOR = new Set(['although', 'though', 'while', 'because', 'if', 'when', 'since', 'as', 'for', 'whether', 'after', 'before', 'until', 'once', 'unless', 'whereas', 'that']);
const FINITE_AUX = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shall|should|must|does|did)$/;
const CHUNK_BREAK = new Set([',', ';', '--', '—', '–']);
/** Quote marks, brackets and question marks (as whole tokens): `/^["“”?()]$/`, as a set lookup. */
const GIVE_UP = new Set(['"', '“', '”', '?', '(', ')']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'DET']);

/**
 * Whether the sentence's main clause has no subject: it opens with fronted modifier chunks (split at
 * commas and dashes) and then a chunk that starts with a finite verb, with no noun phrase anywhere
 * before it. Quotes, brackets and questions are left alone (reporting inversions, asides and
 * questions legitimately put a verb first), as are locative inversions ("Behind this reply is the
 * problem"), subordinate clauses still waiting for their verb ("Although the molecules, carried in
 * blood, are soluble") and imperatives.
 */
export function subjectlessClause(tokens: readonly TokenLike[]): boolean {
  const n = tokens.length;
  for (const t of tokens) if (GIVE_UP.has(t.text)) return false;
  const fw = firstWord(tokens);
  if (fw < 0) return false;
  if (tokens[fw]!.pos === 'VERB' && !PARTICIPLE.test(tokens[fw]!.text.toLowerCase())) return false;
  let subject = false;
  let fronted = false;
  let pending = false;
  let pastVerb = false;
  let chunk = 0;
  for (let i = fw; i < n; chunk++) {
    let j = i;
    while (j < n && !CHUNK_BREAK.has(tokens[j]!.text)) j++;
    let k = i;
    while (k < j && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'CCONJ')) k++;
    if (k < j) {
      const { text, pos } = tokens[k]!;
      const lower = text.toLowerCase();
      const capitalised = k !== fw && UPPER_INITIAL.test(text);
      const next = tokens[k + 1];
      if (!capitalised && chunk > 0 && fronted && pos === 'VERB' && lower.endsWith('ed') && next && (next.pos === 'NOUN' || next.pos === 'DET' || next.pos === 'ADJ')) pastVerb = true;
      if (!capitalised && (pos === 'ADP' || pos === 'SCONJ' || pos === 'PART' || RELATIVE.has(lower) || (pos === 'VERB' && PARTICIPLE.test(lower)))) {
        fronted = true;
        // A verb after a nominal inside the chunk makes it a clause of its own ("In those speeches it was clear").
        let nominal = false;
        let verb = false;
        for (let m = k + 1; m < j; m++) {
          const q = tokens[m]!.pos;
          if (q === 'NOUN' || q === 'PROPN' || q === 'PRON') nominal = true;
          else if ((q === 'VERB' || q === 'AUX') && nominal) {
            verb = true;
            break;
          }
        }
        if (verb && !RELATIVE.has(lower)) subject = true;
        if (SUBORDINATOR.has(lower) && !verb) pending = true;
      } else if (!capitalised && chunk > 0 && ((pos === 'AUX' && FINITE_AUX.test(lower)) || (pos === 'VERB' && ED_OR_S.test(lower)))) {
        if (subject || !fronted || pending) return false;
        // Inversion: the subject follows the verb directly.
        if (pos === 'AUX' && next && (NOMINAL.has(next.pos) || next.pos === 'ADJ')) return false;
        return true;
      } else {
        for (let m = k; m < j; m++) {
          const q = tokens[m]!.pos;
          if (q === 'VERB' || q === 'AUX') break;
          if (NOMINAL.has(q)) {
            subject = true;
            break;
          }
        }
        if (subject) return false;
      }
    }
    i = j + 1;
  }
  // No subject anywhere, and a fronted phrase then a past verb with an object ("In the meeting, also
  // discussed cooperation"): that verb can only be the main one.
  return pastVerb && !subject && !pending;
}
