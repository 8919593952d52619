/**
 * Publisher notices that a text was machine translated, found from the patterns in
 * `data/lexicons/mt-notices.json`. A matching sentence, and the rest of its paragraph, is notice.
 */
import { loadLexicon } from '../lexicons/load.js';
import type { Sentence } from './types.js';

interface NoticeEntry {
  pattern: string;
  example: string;
  note?: string;
}

let patterns: RegExp[] | undefined;

export function noticePatterns(): RegExp[] {
  patterns ??= loadLexicon<NoticeEntry>('mt-notices').entries.map((e) => new RegExp(e.pattern, 'i'));
  return patterns;
}

export function findMtNotices(
  text: string,
  sentences: Sentence[],
): { start: number; end: number; mentionsIndonesian: boolean }[] {
  const res = noticePatterns();
  const out: { start: number; end: number; mentionsIndonesian: boolean }[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const sentenceText = text.slice(s.start, s.end);
    if (!res.some((re) => re.test(sentenceText))) continue;
    // Extend to the end of the paragraph: notices are short closing blocks.
    let end = s.end;
    for (let j = k + 1; j < sentences.length && sentences[j]!.paragraph === s.paragraph; j++) end = sentences[j]!.end;
    const last = out[out.length - 1];
    const span = { start: s.start, end };
    if (last && last.end >= span.start) {
      last.end = Math.max(last.end, span.end);
      last.mentionsIndonesian ||= /\bIndonesian?\b/i.test(text.slice(span.start, span.end));
    } else {
      out.push({ ...span, mentionsIndonesian: /\bIndonesian?\b/i.test(text.slice(span.start, span.end)) });
    }
  }
  return out;
}
