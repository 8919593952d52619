/**
 * The text the analysis reads, and the way back to the caller's input.
 *
 * Invisible format characters split a word for the tokeniser and for every pattern while the reader
 * sees nothing: "Ci\u200Bna" is "Cina" on screen, and "Lead\u00ADer Kim" is "Leader Kim", yet
 * neither would be flagged. So the analysis reads a copy in which
 *
 * - soft hyphens, zero-width spaces, non-joiners and joiners, word joiners and byte-order marks
 *   (U+00AD, U+200B-U+200D, U+2060, U+FEFF) are dropped, except between a lower-case and an
 *   upper-case letter ("Leader\u00ADKim"), where only a word break can have been meant: there the
 *   character reads as a space;
 * - a tab reads as a space (news prose has no tabs; "Leader\tKim" is the words "Leader Kim").
 *
 * Spans found in the copy are mapped back to the input with `OffsetMap`, so that
 * `input.slice(span.start, span.end)` is always the user's own text (hidden characters included).
 * Text without any of these characters (nearly all of it) is read as it is, with no map.
 */

/** The invisible format characters the analysis drops. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Maps offsets in the analysed copy back to the caller's input. */
export class OffsetMap {
  /** `input[k]` is the input offset of the copy's code unit k; one more entry for the end. */
  constructor(private readonly input: Int32Array) {}

  /** The input span of the copy's span [start, end): hidden characters inside it are included. */
  span(start: number, end: number): { start: number; end: number } {
    const last = this.input.length - 1;
    const s = Math.max(0, Math.min(start, last));
    const e = Math.max(s, Math.min(end, last));
    const from = this.input[s]!;
    return { start: from, end: e > s ? this.input[e - 1]! + 1 : from };
  }
}

export interface AnalysisText {
  /** What the analysis and the rules read. */
  text: string;
  /** Present when `text` differs in length from the input; absent means offsets are the input's. */
  map?: OffsetMap;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

export function analysisText(input: string): AnalysisText {
  const hasTab = input.includes('\t');
  if (!INVISIBLE.test(input)) return { text: hasTab ? input.replace(/\t/g, ' ') : input };
  const parts: string[] = [];
  const offsets = new Int32Array(input.length + 1);
  let n = 0;
  let runStart = 0;
  const flush = (end: number): void => {
    if (end > runStart) parts.push(input.slice(runStart, end));
  };
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (!isInvisible(c)) {
      offsets[n++] = i;
      continue;
    }
    flush(i);
    runStart = i + 1;
    // Between a lower-case and an upper-case letter (other hidden characters aside), a word break.
    let j = i + 1;
    while (j < input.length && isInvisible(input.charCodeAt(j))) j++;
    const before = i > 0 ? input[i - 1]! : '';
    const after = j < input.length ? input[j]! : '';
    const previousKept = n > 0 && offsets[n - 1] === i - 1;
    if (previousKept && LOWER.test(before) && UPPER.test(after)) {
      parts.push(' ');
      offsets[n++] = i;
    }
  }
  flush(input.length);
  offsets[n] = input.length;
  const text = parts.join('');
  return { text: hasTab ? text.replace(/\t/g, ' ') : text, map: new OffsetMap(offsets.slice(0, n + 1)) };
}
