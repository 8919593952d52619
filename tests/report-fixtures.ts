/** Shared by the report tests: reports with hand-placed findings (overlaps, hostile text). */
import { check } from '../src/index.js';
import type { Finding, Report, Severity } from '../src/index.js';

/** A report over `text` with the given spans as findings (for overlap and escaping cases). */
export function syntheticReport(text: string, spans: [number, number, Severity?, string?][]): Report {
  const base = check(text, { only: ['mt-disclaimer'] });
  const findings: Finding[] = spans.map(([start, end, severity = 'minor', message = 'Synthetic finding.'], i) => {
    const before = text.slice(0, start).split('\n');
    return {
      id: `synthetic-${i}@${start}-${end}`,
      ruleId: `synthetic-${i}`,
      category: 'fluency/synthetic',
      severity,
      span: { start, end },
      line: before.length,
      column: before[before.length - 1]!.length + 1,
      text: text.slice(start, end),
      message,
      suggestions: [`fix ${i}`],
      confidence: 0.5,
    };
  });
  return { ...base, findings };
}
