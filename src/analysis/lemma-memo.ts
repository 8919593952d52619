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
 * Kept by the text's id (src/analysis/text-ids.ts), which names one text for good, so the memo is
 * bounded as the ids are.
 */
import { MAX_TEXT_IDS, TextIdTable } from './text-ids.js';

/** Tag → small code, token type → small code (wink has 17 tags and 8 token types). */
const tagCodes = new Map<string, number>();
const typeCodes = new Map<string, number>();
const TYPE_SLOTS = 16;
const MAX_CODES = 1024;

/**
 * One remembered lemma per text id, with the (tag, type) it is for (code + 1 in `combos`): most
 * words keep one reading in an article, and a read of two arrays at the token's id is cheaper than a
 * hash lookup; another reading simply replaces it.
 */
const lemmas: (string | undefined)[] = [];
const combos = new TextIdTable();

/**
 * The lower-case lemma of a non-contraction token with text id `textId`, tag `pos` and token type
 * `type`, or undefined when the memo cannot answer (ask wink, then `rememberLemma`).
 */
export function knownLemma(textId: number, pos: string, type: string): string | undefined {
  if (textId < 0 || textId >= lemmas.length) return undefined;
  const combo = comboOf(pos, type);
  return combo >= 0 && combos.get(textId) === combo + 1 ? lemmas[textId] : undefined;
}

export function rememberLemma(textId: number, pos: string, type: string, lemma: string): void {
  const combo = comboOf(pos, type);
  if (combo < 0 || textId < 0 || textId >= MAX_TEXT_IDS) return;
  // Filled in id order, so the array stays dense.
  while (lemmas.length <= textId) lemmas.push(undefined);
  lemmas[textId] = lemma;
  combos.set(textId, combo + 1);
}

function codeOf(codes: Map<string, number>, value: string): number {
  let code = codes.get(value);
  if (code === undefined) codes.set(value, (code = codes.size));
  return code;
}

function comboOf(pos: string, type: string): number {
  const combo = codeOf(tagCodes, pos) * TYPE_SLOTS + codeOf(typeCodes, type);
  return typeCodes.size <= TYPE_SLOTS && combo < MAX_CODES ? combo : -1;
}
