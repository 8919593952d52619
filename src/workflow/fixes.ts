/**
 * `--fix` and `--diff`: apply every suggestion that is safe to apply blindly (`fixable: true`).
 * Overlapping fixes are resolved by keeping the earliest (then the most severe, then the most
 * confident); the text is then rebuilt in one forward pass (unchanged stretches and replacements
 * joined once), so 32,000 fixes on a 792 kB article cost one copy of it, not 32,000.
 */
import type { StructuredPatch } from 'diff';
import { jsdiff } from './jsdiff.js';
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
  const parts: string[] = [];
  let at = 0;
  for (const f of applied) {
    parts.push(input.slice(at, f.span.start), f.suggestions[0]!);
    at = f.span.end;
  }
  parts.push(input.slice(at));
  return { text: parts.join(''), applied, skipped };
}

/** Lines of `text` with their line feeds (the last may have none), as jsdiff splits them; none in ''. */
/**
 * The lines of `text`, each with its own terminator. A line ends at LF, CRLF or a lone CR (old Mac
 * files): splitting at LF only made a CR-only file one line, so its patch showed the whole article.
 */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** A patch line without its terminator: LF, or a lone CR (a CRLF line keeps its CR, as diff -u does). */
function withoutTerminator(line: string): string | undefined {
  if (line.endsWith('\n')) return line.slice(0, -1);
  if (line.endsWith('\r')) return line.slice(0, -1);
  return undefined;
}

interface LineChange {
  lines: string[];
  added?: boolean;
  removed?: boolean;
}

/**
 * The line changes from `a` to `b`. Fixes replace words inside paragraphs and almost never add or
 * remove a line, so with equal line counts line i of the input is paired with line i of the fixed
 * text: one linear pass. Otherwise the common leading and trailing lines are set aside and only
 * the lines between them are diffed (jsdiff, whose cost grows with lines times edits).
 */
function lineChanges(a: string[], b: string[]): LineChange[] {
  const out: LineChange[] = [];
  const common = (lines: string[]): void => {
    if (lines.length === 0) return;
    const prev = out[out.length - 1];
    if (prev && !prev.added && !prev.removed) prev.lines.push(...lines);
    else out.push({ lines });
  };
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length) {
      const from = i;
      while (i < a.length && a[i] === b[i]) i++;
      common(a.slice(from, i));
      const changed = i;
      while (i < a.length && a[i] !== b[i]) i++;
      if (i > changed) out.push({ lines: a.slice(changed, i), removed: true }, { lines: b.slice(changed, i), added: true });
    }
    return out;
  }
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  common(a.slice(0, head));
  for (const c of jsdiff().diffLines(a.slice(head, a.length - tail).join(''), b.slice(head, b.length - tail).join(''))) {
    const lines = splitLines(c.value);
    if (c.added || c.removed) out.push(c.added ? { lines, added: true } : { lines, removed: true });
    else common(lines);
  }
  common(a.slice(a.length - tail));
  return out;
}

/** Hunks with `context` lines around each change, exactly as jsdiff's structuredPatch makes them. */
function hunksOf(changes: LineChange[], context: number): StructuredPatch['hunks'] {
  const hunks: StructuredPatch['hunks'] = [];
  const diff = [...changes, { lines: [] }];
  let oldRangeStart = 0;
  let newRangeStart = 0;
  let curRange: string[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (let i = 0; i < diff.length; i++) {
    const current = diff[i]!;
    const lines = current.lines;
    if (current.added || current.removed) {
      if (!oldRangeStart) {
        const prev = diff[i - 1];
        oldRangeStart = oldLine;
        newRangeStart = newLine;
        if (prev) {
          curRange = context > 0 ? prev.lines.slice(-context).map((l) => ` ${l}`) : [];
          oldRangeStart -= curRange.length;
          newRangeStart -= curRange.length;
        }
      }
      for (const line of lines) curRange.push((current.added ? '+' : '-') + line);
      if (current.added) newLine += lines.length;
      else oldLine += lines.length;
    } else {
      if (oldRangeStart) {
        if (lines.length <= context * 2 && i < diff.length - 2) {
          for (const line of lines) curRange.push(` ${line}`);
        } else {
          const contextSize = Math.min(lines.length, context);
          for (const line of lines.slice(0, contextSize)) curRange.push(` ${line}`);
          hunks.push({
            oldStart: oldRangeStart,
            oldLines: oldLine - oldRangeStart + contextSize,
            newStart: newRangeStart,
            newLines: newLine - newRangeStart + contextSize,
            lines: curRange,
          });
          oldRangeStart = 0;
          newRangeStart = 0;
          curRange = [];
        }
      }
      oldLine += lines.length;
      newLine += lines.length;
    }
  }
  for (const hunk of hunks) {
    const lines: string[] = [];
    for (const line of hunk.lines) {
      const bare = withoutTerminator(line);
      if (bare !== undefined) lines.push(bare);
      else lines.push(line, '\\ No newline at end of file');
    }
    hunk.lines = lines;
  }
  return hunks;
}

/**
 * A unified diff (`diff -u` style, as jsdiff's createPatch writes it: 4 lines of context) from the
 * input to its fixed text; empty when nothing changed. Linear in the text when the fixes keep the
 * line count (see lineChanges): diffing a 792 kB article with 32,000 fixes whole took 32 s.
 */
export function fixPatch(label: string, input: string, fixed: string): string {
  if (input === fixed) return '';
  const hunks = hunksOf(lineChanges(splitLines(input), splitLines(fixed)), 4);
  return jsdiff().formatPatch({ oldFileName: label, newFileName: label, oldHeader: 'original', newHeader: 'fixed', hunks });
}
