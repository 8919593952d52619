/**
 * When a finding "finds" an annotated item: their spans overlap. Shared by `npm run eval` and
 * `npm run eval:real` so both measure the same way.
 */

/** Findings that cover a whole sentence. They only count for `garbled` items: otherwise one long
 * sentence flag would "find" every small artifact inside it. `harper/LongSentences` is the peer's
 * (harper.js, scripts/eval-real-peer.ts) sentence-length lint, scored by the same rule. */
export const SENTENCE_WIDE: ReadonlySet<string> = new Set(['low-fluency', 'harper/LongSentences']);

export interface SpanLike {
  start: number;
  end: number;
}

export interface FindingLike {
  ruleId: string;
  severity: string;
  span: SpanLike;
}

export interface ItemLike extends SpanLike {
  class: string;
}

export function overlaps(f: FindingLike, it: ItemLike): boolean {
  if (SENTENCE_WIDE.has(f.ruleId) && it.class !== 'garbled') return false;
  return f.span.start < it.end && it.start < f.span.end;
}
