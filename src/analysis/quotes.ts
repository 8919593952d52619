/**
 * Quoted speech. Rules that judge the article's own voice (pronoun gender, calque phrases) skip
 * quotes, because a quotation is the speaker's wording, and an unclosed quote must not swallow the
 * rest of the article: pairing is done within one paragraph.
 */
import type { Paragraph, QuoteSpan } from './types.js';

/** Every quote mark findQuotes cares about; the regex engine skips the text between them fast. */
const MARKS = /["\u201C\u201D\u00AB\u00BB]/g;

/** Pairs quote marks paragraph by paragraph, in one left-to-right pass over the text's marks. */
export function findQuotes(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let pi = 0;
  let open = -1;
  // A quote left open runs to the end of its paragraph (news style continues quotes across
  // paragraphs by omitting the closing mark).
  const closeParagraph = (): void => {
    if (open >= 0) out.push({ start: open, end: paragraphs[pi]!.end });
    open = -1;
    pi++;
  };
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    while (pi < paragraphs.length && paragraphs[pi]!.end <= i) closeParagraph();
    if (pi >= paragraphs.length) break;
    if (i < paragraphs[pi]!.start) continue; // in text that is no paragraph (no sentence in it)
    const c = m[0];
    if (c === '"') {
      if (open < 0) open = i;
      else {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    } else if (c === '\u201C' || c === '\u00AB') {
      if (open < 0) open = i;
    } else if (open >= 0) {
      // A closing mark (” or ») ends the open quote.
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (pi < paragraphs.length) closeParagraph();
  return out;
}
