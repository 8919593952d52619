/**
 * The prose of a Markdown or HTML file, and the way back to the file.
 *
 * The parsers (src/workflow/html-prose.ts, src/workflow/markdown-prose.ts) build a copy holding only
 * what a reader reads: text with entities and escapes decoded (`Ko&scaron;ak` is "Košak"), markup
 * dropped (`<em>un</em>likely` is "unlikely"), and a line break between blocks (paragraphs,
 * headings, list items, table cells), so no sentence runs across them. Every code unit of the copy
 * remembers the range of the file it stands for: a copied character its own offset, a decoded
 * entity the whole `&scaron;`, an inserted break the tag or the line ending it replaces. So a span
 * found in the copy maps back to a span of the file (`ProseMap.span`), and
 * `file.slice(span.start, span.end)` is what the user sees in their file, markup included.
 */
import { reportOnInput } from '../engine/input-spans.js';
import type { Report } from '../types.js';

/** Maps spans of the prose copy back to the file. */
export class ProseMap {
  /**
   * @param from `from[k]` is the file offset where the copy's code unit k starts; `from[length]` is
   *             the end of the last one (so empty spans at the end map too).
   * @param to   `to[k]` is the file offset where the copy's code unit k ends.
   */
  constructor(
    private readonly from: Int32Array,
    private readonly to: Int32Array,
  ) {}

  /** The file span of the copy's span [start, end): from the start of its first unit to the end of its last. */
  span(start: number, end: number): { start: number; end: number } {
    const n = this.to.length;
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    const from = this.from[s]!;
    return { start: from, end: e > s ? Math.max(from, this.to[e - 1]!) : from };
  }

  /** The copy's code units that stand wholly inside the file range [start, end), as a copy span. */
  inverse(start: number, end: number): { start: number; end: number } | undefined {
    const n = this.to.length;
    // `from` is non-decreasing: the first unit starting at or after `start`.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.from[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    let k = lo;
    while (k < n && this.to[k]! <= end) k++;
    return k > lo ? { start: lo, end: k } : undefined;
  }
}

/** What the rules read: the file's prose, and (when it differs from the file) the map back. */
export interface ProseView {
  text: string;
  /** Absent when `text` is the file itself (plain text). */
  map?: ProseMap;
}

/** Builds a prose copy in file order, one piece at a time. */
export class ProseBuilder {
  private readonly parts: string[] = [];
  private from: Int32Array;
  private to: Int32Array;
  private length = 0;
  /** The copy's text since the last line break written. */
  private line = '';
  private lastChar = '\n';

  constructor(readonly file: string) {
    this.from = new Int32Array(Math.max(16, file.length + 16));
    this.to = new Int32Array(this.from.length);
  }

  private room(n: number): void {
    if (this.length + n < this.from.length) return;
    const size = Math.max(this.from.length * 2, this.length + n + 16);
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    from.set(this.from);
    to.set(this.to);
    this.from = from;
    this.to = to;
  }

  private pushed(text: string): void {
    this.parts.push(text);
    const nl = text.lastIndexOf('\n');
    this.line = nl >= 0 ? text.slice(nl + 1) : this.line + text;
    this.lastChar = text[text.length - 1]!;
  }

  /** The file's own characters [start, end), one for one. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.room(end - start);
    for (let i = start; i < end; i++) {
      this.from[this.length] = i;
      this.to[this.length] = i + 1;
      this.length++;
    }
    this.pushed(this.file.slice(start, end));
  }

  /**
   * `text` standing for the file's range [start, end) (a decoded entity or escape, a line ending
   * read as a space). When the lengths are equal each unit stands for its own character; otherwise
   * every unit stands for the whole range, so a span over any of them covers all of it.
   */
  put(text: string, start: number, end: number): void {
    if (text === '') return;
    // A parser's range for an implied end tag may point past the end of the file.
    start = Math.max(0, Math.min(start, this.file.length));
    end = Math.max(start, Math.min(end, this.file.length));
    this.room(text.length);
    const oneForOne = text.length === end - start;
    for (let k = 0; k < text.length; k++) {
      this.from[this.length] = oneForOne ? start + k : start;
      this.to[this.length] = oneForOne ? start + k + 1 : end;
      this.length++;
    }
    this.pushed(text);
  }

  /** A block boundary at file offset `at` (a tag, the end of a paragraph): one line break, never two in a row. */
  blockBreak(at: number, end: number = at): void {
    if (this.lastChar === '\n') return;
    this.put('\n', at, end);
  }

  /** Whether nothing but line breaks has been written since the last block boundary. */
  atLineStart(): boolean {
    return this.lastChar === '\n';
  }

  /** The text of the copy's current line so far (since the last line break). */
  currentLine(): string {
    return this.line;
  }

  build(): ProseView {
    const text = this.parts.join('');
    const from = new Int32Array(this.length + 1);
    from.set(this.from.subarray(0, this.length));
    from[this.length] = this.length > 0 ? this.to[this.length - 1]! : 0;
    const to = this.to.slice(0, this.length);
    // Offsets must never go backwards, whatever the parser reported: keep them monotonic.
    for (let k = 1; k <= this.length; k++) if (from[k]! < from[k - 1]!) from[k] = from[k - 1]!;
    for (let k = 0; k < this.length; k++) if (to[k]! < from[k]!) to[k] = from[k]!;
    return { text, map: new ProseMap(from, to) };
  }
}

/**
 * Puts a report on the prose copy back on the file: every span, id, line, column and finding text
 * refers to the file. A finding whose text in the file is not the text the rules read (it covers
 * markup or an entity) cannot be fixed blindly, so it loses `fixable`.
 */
export function restoreOriginal(report: Report, file: string, view: ProseView): Report {
  if (!view.map) return report;
  const back = reportOnInput(report, file, view.map);
  const findings = back.findings.map((g, i) => {
    if (!g.fixable || g.text === report.findings[i]!.text) return g;
    const { fixable: _dropped, ...rest } = g;
    return rest;
  });
  return { ...back, input: { ...back.input, characters: file.length }, findings };
}
