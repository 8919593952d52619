/**
 * `--fix` and `--diff`: apply every suggestion that is safe to apply blindly (`fixable: true`).
 * Overlapping fixes are resolved by keeping the earliest (then the most severe, then the most
 * confident); the kept ones are applied from the end of the text so earlier offsets stay valid.
 */
import { createPatch } from 'diff';
import type { Finding, Severity } from '../types.js';

export interface FixResult {
  /** The corrected text. */
  text: string;
  /** Findings whose first suggestion was applied, in text order. */
  applied: Finding[];
  /** Fixable findings left out because they overlap an applied one or no longer match the input. */
  skipped: Finding[];
}

const RANK: Record<Severity, number> = { critical: 3, major: 2, minor: 1, info: 0 };

export function applyFixes(input: string, findings: readonly Finding[]): FixResult {
  const candidates = findings
    .filter((f) => f.fixable === true && f.suggestions.length > 0)
    .sort(
      (a, b) =>
        a.span.start - b.span.start ||
        RANK[b.severity] - RANK[a.severity] ||
        b.confidence - a.confidence ||
        a.span.end - b.span.end ||
        (a.id < b.id ? -1 : 1),
    );
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  let lastEnd = -1;
  let lastStart = -1;
  for (const f of candidates) {
    const { start, end } = f.span;
    // A span must still slice to its text (it always does for findings of this input).
    const stale = input.slice(start, end) !== f.text;
    // Spans are half-open: [3,5) and [5,7) do not overlap; two insertions at one point do.
    const overlaps = start < lastEnd || (start === lastStart && (start === end || lastStart === lastEnd));
    if (stale || overlaps || f.suggestions[0] === f.text) {
      skipped.push(f);
      continue;
    }
    applied.push(f);
    lastEnd = end;
    lastStart = start;
  }
  let text = input;
  for (let i = applied.length - 1; i >= 0; i--) {
    const f = applied[i]!;
    text = text.slice(0, f.span.start) + f.suggestions[0]! + text.slice(f.span.end);
  }
  return { text, applied, skipped };
}

/** A unified diff (`diff -u` style) from the input to its fixed text; empty when nothing changed. */
export function fixPatch(label: string, input: string, fixed: string): string {
  if (input === fixed) return '';
  return createPatch(label, input, fixed, 'original', 'fixed');
}
