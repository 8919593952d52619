/**
 * Offset → 1-based line and column, by binary search over line starts.
 *
 * A line ends at LF (Unix), CRLF (Windows, one break) or a lone CR (classic Mac OS): an article saved
 * with CR-only line endings is many lines, not one, and its findings must say on which.
 */
import type { Position } from './types.js';

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export function lineIndex(text: string): (offset: number) => Position {
  // Built on the first question: a report asks only for its findings' positions, and a text
  // without findings never needs the scan.
  let starts: number[] | undefined;
  return (offset: number): Position => {
    starts ??= lineStarts(text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
