/**
 * wink-nlp's lemmas, remembered per (lexicon entry, tag). For a token that is not a contraction,
 * wink's `its.lemma` reads only the token's lexicon entry (its spelling map, its single-lemma flag,
 * its normal form) and its tag, and lemmatises the normal form with the tag, consulting only the
 * model's own vocabulary (a word wink added at run time never counts as a base form). So the lemma
 * is a function of (lexicon index, tag), and news repeats its words: asking wink once per pair
 * instead of once per token takes most of the cost of the lemma pass (about 2 % of check()).
 * A contraction's lemma is stored in the token itself and is always asked of wink.
 *
 * wink's lexicon list only grows (src/analysis/nlp.ts), so an index names one entry for good; the
 * memo is bounded and starts over when full, for a long-running process.
 */

/** Tag → small code (wink's tag set is the 17 universal tags; anything else gets the next code). */
const tagCodes = new Map<string, number>();
const TAG_SLOTS = 64;
const LIMIT = 200_000;
const memo = new Map<number, string>();

/**
 * The lower-case lemma of a non-contraction token with lexicon index `lexeme` and tag `pos`, or
 * undefined when the memo cannot answer (ask wink, then `rememberLemma`).
 */
export function knownLemma(lexeme: number, pos: string): string | undefined {
  const key = keyOf(lexeme, pos);
  return key < 0 ? undefined : memo.get(key);
}

export function rememberLemma(lexeme: number, pos: string, lemma: string): void {
  const key = keyOf(lexeme, pos);
  if (key < 0) return;
  if (memo.size >= LIMIT) memo.clear();
  memo.set(key, lemma);
}

function keyOf(lexeme: number, pos: string): number {
  let code = tagCodes.get(pos);
  if (code === undefined) {
    if (tagCodes.size >= TAG_SLOTS) return -1;
    tagCodes.set(pos, (code = tagCodes.size));
  }
  // Exact in a double up to 2^53: lexicon indexes stay far below 2^40.
  return lexeme >= 0 && lexeme < 2 ** 40 ? lexeme * TAG_SLOTS + code : -1;
}
