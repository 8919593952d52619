/**
 * check() analyses a copy of the input without invisible format characters and with tabs as spaces
 * (src/analysis/normalise.ts). This puts the report back on the caller's input: every span, finding
 * id, line, column and finding text refers to the input itself, so `input.slice(span.start,
 * span.end)` is the user's own text, hidden characters included.
 */
import { lineIndex } from '../analysis/lines.js';
import type { Report, Span } from '../types.js';

/** Anything that maps a span of the text read back to the input (OffsetMap, the workflow's ProseMap). */
export interface SpanMap {
  span(start: number, end: number): Span;
}

export function reportOnInput(report: Report, input: string, map: SpanMap | undefined): Report {
  const span = (s: Span): Span => (map ? map.span(s.start, s.end) : { start: s.start, end: s.end });
  const position = lineIndex(input);
  const findings = report.findings.map((f) => {
    const at = span(f.span);
    const { line, column } = position(at.start);
    return { ...f, id: `${f.ruleId}@${at.start}-${at.end}`, span: at, line, column, text: input.slice(at.start, at.end) };
  });
  const sentences = report.sentences.map((s) => ({ ...s, span: span(s.span) }));
  const provenance = { ...report.input.provenance };
  if (provenance.noticeSpan) provenance.noticeSpan = span(provenance.noticeSpan);
  return { ...report, input: { ...report.input, provenance }, findings, sentences };
}
