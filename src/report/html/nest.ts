/**
 * Turns possibly overlapping ranges over a text into properly nested markup.
 *
 * Findings may overlap each other and cross sentence boundaries, but HTML elements must nest. We
 * walk the boundaries left to right with a stack of open elements; when a range ends while ranges
 * opened after it are still open, those are closed and reopened as continuation pieces. The FIRST
 * piece of every range is the one that carries its identity (id, data-finding-id, tabindex,
 * tooltip), so each finding gets exactly one identified element however it is split.
 * Zero-length ranges become markers. Cost: O(boundaries × nesting depth).
 */

export interface NestRange {
  start: number;
  end: number;
  /** Outer-first tie-break when two ranges share both ends (lower is outer). */
  layer: number;
  /** Caller's key (index into its own list). */
  key: number;
}

export interface NestHooks {
  /** Opening tag; `first` is true for the piece that starts the range. */
  open(range: NestRange, first: boolean): string;
  /** Closing markup; for the first piece this is where a tooltip goes. */
  close(range: NestRange, first: boolean): string;
  /** Markup for a zero-length range. */
  marker(range: NestRange): string;
  /** Escapes a run of plain text. */
  text(s: string): string;
}

interface Open {
  range: NestRange;
  first: boolean;
}

/** Outer first: ends later, then lower layer, then caller's order. */
function outerFirst(a: Open, b: Open): number {
  return b.range.end - a.range.end || a.range.layer - b.range.layer || a.range.key - b.range.key;
}

export function nest(text: string, input: readonly NestRange[], hooks: NestHooks): string {
  const len = text.length;
  const ranges: NestRange[] = [];
  const markers = new Map<number, NestRange[]>();
  const startsAt = new Map<number, NestRange[]>();
  const bounds = new Set<number>([0, len]);
  for (const r of input) {
    // Clamp defensively: a report paired with the wrong input must still render.
    const start = Math.min(Math.max(0, Math.trunc(r.start) || 0), len);
    const end = Math.min(Math.max(start, Math.trunc(r.end) || 0), len);
    const c: NestRange = { ...r, start, end };
    bounds.add(start);
    if (start === end) {
      const list = markers.get(start) ?? [];
      list.push(c);
      markers.set(start, list);
      continue;
    }
    bounds.add(end);
    ranges.push(c);
    const list = startsAt.get(start) ?? [];
    list.push(c);
    startsAt.set(start, list);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const stack: Open[] = [];
  const out: string[] = [];

  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    // 1. Close everything down to the lowest range that ends here; remember what must continue.
    let lowest = -1;
    for (let s = 0; s < stack.length; s++) {
      if (stack[s]!.range.end <= p) {
        lowest = s;
        break;
      }
    }
    const toOpen: Open[] = [];
    if (lowest >= 0) {
      while (stack.length > lowest) {
        const o = stack.pop()!;
        out.push(hooks.close(o.range, o.first));
        if (o.range.end > p) toOpen.push({ range: o.range, first: false });
      }
    }
    // 2. Zero-length markers sit inside whatever still encloses them.
    for (const m of markers.get(p) ?? []) out.push(hooks.marker(m));
    // 3. Reopen continuations and open new ranges, outermost first so later closes split less.
    for (const r of startsAt.get(p) ?? []) toOpen.push({ range: r, first: true });
    toOpen.sort(outerFirst);
    for (const o of toOpen) {
      out.push(hooks.open(o.range, o.first));
      stack.push(o);
    }
    // 4. The text up to the next boundary.
    const next = points[i + 1];
    if (next !== undefined && next > p) out.push(hooks.text(text.slice(p, next)));
  }
  // All ranges end at or before len, which is the last point, so the stack is empty here.
  while (stack.length > 0) {
    const o = stack.pop()!;
    out.push(hooks.close(o.range, o.first));
  }
  return out.join('');
}
