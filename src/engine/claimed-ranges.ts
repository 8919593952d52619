/**
 * Character ranges of one text claimed so far, answering "does this span overlap a claimed one?"
 * in time proportional to the span's length, not to the number of claims. Rules that keep the
 * first of overlapping findings used to scan every earlier claim per candidate, which is quadratic
 * on a long article dense with findings.
 */
export class ClaimedRanges {
  private marks: Uint8Array | undefined;

  constructor(private readonly length: number) {}

  add(span: { start: number; end: number }): void {
    const start = Math.max(0, span.start);
    const end = Math.min(this.length, span.end);
    if (end <= start) return;
    this.marks ??= new Uint8Array(this.length);
    this.marks.fill(1, start, end);
  }

  /** True when some claimed range r has r.start < span.end and span.start < r.end. */
  overlaps(span: { start: number; end: number }): boolean {
    if (!this.marks) return false;
    const end = Math.min(this.length, span.end);
    for (let i = Math.max(0, span.start); i < end; i++) if (this.marks[i] === 1) return true;
    return false;
  }
}
