/**
 * Quoted speech. Rules that judge the article's own voice (pronoun gender, calque phrases) skip
 * quotes, because a quotation is the speaker's wording, and an unclosed quote must not swallow the
 * rest of the article: pairing is done within one paragraph.
 */
import type { Paragraph, QuoteSpan } from './types.js';

const OPEN = new Set(['\u201C', '\u00AB']);
const CLOSE = new Set(['\u201D', '\u00BB']);

export function findQuotes(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const p of paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      if (c === '"') {
        if (open < 0) open = i;
        else {
          out.push({ start: open, end: i + 1 });
          open = -1;
        }
      } else if (OPEN.has(c)) {
        if (open < 0) open = i;
      } else if (CLOSE.has(c) && open >= 0) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
    // A quote left open runs to the end of its paragraph (news style continues quotes across
    // paragraphs by omitting the closing mark).
    if (open >= 0) out.push({ start: open, end: p.end });
  }
  return out;
}
