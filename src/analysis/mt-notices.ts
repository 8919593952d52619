/**
 * Publisher notices that a text was machine translated, found from the patterns in
 * `data/lexicons/mt-notices.json`. A matching sentence, and the rest of its paragraph, is notice.
 */
import { LiteralFilter, requiredLiterals } from '../engine/literals.js';
import { loadLexicon } from '../lexicons/load.js';
import type { Sentence } from './types.js';

interface NoticeEntry {
  pattern: string;
  example: string;
  note?: string;
}

let patterns: RegExp[] | undefined;
/** Which patterns can match a text at all (src/engine/literals.ts), built for `patterns`. */
let filter: { of: RegExp[]; filter: LiteralFilter } | undefined;
const INDONESIAN = /\bIndonesian?\b/i;

export function noticePatterns(): RegExp[] {
  patterns ??= loadLexicon<NoticeEntry>('mt-notices').entries.map((e) => new RegExp(e.pattern, 'i'));
  return patterns;
}

/** The patterns that can match somewhere in `text` (nearly always none: most articles carry no notice). */
function candidatePatterns(text: string): RegExp[] {
  const all = noticePatterns();
  if (filter?.of !== all) {
    filter = { of: all, filter: new LiteralFilter(all.map((re) => ({ literals: requiredLiterals(re.source, re.flags), caseSensitive: !re.ignoreCase }))) };
  }
  const possible = filter.filter.test(text);
  return all.filter((_, k) => possible[k]);
}

export function findMtNotices(
  text: string,
  sentences: Sentence[],
): { start: number; end: number; mentionsIndonesian: boolean }[] {
  const res = candidatePatterns(text);
  const out: { start: number; end: number; mentionsIndonesian: boolean }[] = [];
  if (res.length === 0) return out;
  // End of each sentence's paragraph, computed once from the back (linear even for a paragraph of
  // thousands of matching sentences).
  const paragraphEnd = new Array<number>(sentences.length);
  for (let k = sentences.length - 1; k >= 0; k--) {
    const s = sentences[k]!;
    const after = sentences[k + 1];
    paragraphEnd[k] = after && after.paragraph === s.paragraph ? paragraphEnd[k + 1]! : s.end;
  }
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const sentenceText = text.slice(s.start, s.end);
    if (!res.some((re) => re.test(sentenceText))) continue;
    // Extend to the end of the paragraph: notices are short closing blocks.
    const span = { start: s.start, end: paragraphEnd[k]! };
    const last = out[out.length - 1];
    if (last && last.end >= span.start) {
      // Same paragraph as the notice before (paragraphs never touch): its span already covers this
      // one and was searched for "Indonesian" when it was opened.
      last.end = Math.max(last.end, span.end);
    } else {
      out.push({ ...span, mentionsIndonesian: INDONESIAN.test(text.slice(span.start, span.end)) });
    }
  }
  return out;
}
