/**
 * wink-nlp's lemmas, remembered per (token text, tag, token type). For a token that is not a
 * contraction, wink's `its.lemma` reads the token's lexicon entry (its spelling map, its
 * single-lemma flag, its normal form) and its tag, and lemmatises the normal form with the tag,
 * consulting only the model's own vocabulary (a word wink added at run time never counts as a base
 * form). A text of the model's vocabulary always has the same lexicon entry; an out-of-vocabulary
 * text gets an entry built from the text and its token type alone (wink adds it again in each
 * document, src/analysis/nlp.ts). So the lemma is a function of (text, tag, type), and news repeats
 * its words: asking wink once per triple instead of once per token takes most of the cost of wink's
 * lemma pass. A contraction's lemma is stored in the token itself and is always asked of wink.
 *
 * Keyed by the text's id (src/analysis/text-ids.ts), which names one text for good; bounded, and
 * started over when full, for a long-running process.
 */
import { MAX_TEXT_IDS } from './text-ids.js';

/** Tag → small code, token type → small code (wink has 17 tags and 8 token types). */
const tagCodes = new Map<string, number>();
const typeCodes = new Map<string, number>();
const TAG_SLOTS = 64;
const TYPE_SLOTS = 16;
const LIMIT = 200_000;
const memo = new Map<number, string>();

/**
 * The lower-case lemma of a non-contraction token with text id `textId`, tag `pos` and token type
 * `type`, or undefined when the memo cannot answer (ask wink, then `rememberLemma`).
 */
export function knownLemma(textId: number, pos: string, type: string): string | undefined {
  const key = keyOf(textId, pos, type);
  return key < 0 ? undefined : memo.get(key);
}

export function rememberLemma(textId: number, pos: string, type: string, lemma: string): void {
  const key = keyOf(textId, pos, type);
  if (key < 0) return;
  if (memo.size >= LIMIT) memo.clear();
  memo.set(key, lemma);
}

function codeOf(codes: Map<string, number>, value: string, slots: number): number {
  let code = codes.get(value);
  if (code === undefined) {
    if (codes.size >= slots) return -1;
    codes.set(value, (code = codes.size));
  }
  return code;
}

function keyOf(textId: number, pos: string, type: string): number {
  if (textId < 0 || textId >= MAX_TEXT_IDS) return -1;
  const tag = codeOf(tagCodes, pos, TAG_SLOTS);
  const kind = codeOf(typeCodes, type, TYPE_SLOTS);
  // Below 2^31 (MAX_TEXT_IDS × 1,024): a small integer key.
  return tag < 0 || kind < 0 ? -1 : (textId * TAG_SLOTS + tag) * TYPE_SLOTS + kind;
}
