/**
 * What the rules about "a"/"an" share (article-a-an: the sound of the next word; article-plural: a
 * plural noun after it): finding the word an indefinite article introduces, and writing the
 * corrected article in the case the text used.
 */
import type { Token } from '../analysis/types.js';

/** The token after `tokens[i]` when that is "a"/"an" and the next word follows it in the same sentence. */
export function wordAfterArticle(tokens: readonly Token[], i: number): Token | undefined {
  const a = tokens[i]!;
  if (a.lower !== 'a' && a.lower !== 'an') return undefined;
  const next = tokens[i + 1];
  return next && next.sentence === a.sentence && next.spaceBefore ? next : undefined;
}

/** `article` ("a"/"an") capitalised when the text's article was ("An new" → "A new"). */
export function inCaseOf(written: Token, article: string): string {
  return written.text[0] === 'A' ? article[0]!.toUpperCase() + article.slice(1) : article;
}
