/**
 * Bounds what one wink-nlp `readDoc` call sees, so that analysis stays linear on any input.
 *
 * wink-nlp is linear on ordinary prose, but two shapes of input are not ordinary:
 *
 * - a very long run of characters with no space (a million-letter "word", "a-a-a-…") costs wink's
 *   tokeniser time quadratic in the run's length: 32,000 characters of "a-" take seconds;
 * - a gigantic paragraph (a 10 MB file with no line breaks) is held whole by one wink document.
 *
 * So a paragraph longer than MAX_SEGMENT is read in segments cut at a sentence end (else at a
 * space), and inside a segment a space-free run longer than MAX_RUN is fed to wink in pieces. The
 * caller maps wink's tokens back to the original text by searching for their values, so the pieces
 * only change where wink may draw token boundaries inside such a run. Real paragraphs (a few
 * thousand characters) and real words, URLs and e-mail addresses (well under MAX_RUN) are read
 * exactly as before: the results for normal text are identical.
 */

/** Longest paragraph read by one readDoc call (about 5,000 words; news paragraphs are far shorter). */
export const MAX_SEGMENT = 30_000;
/** Longest space-free run given to wink whole (quadratic cost above this: ~1 ms at 500 characters). */
export const MAX_RUN = 500;

export interface Segment {
  /** Range of the original text. */
  start: number;
  end: number;
  /** What wink reads: the original slice, or that slice with spaces inserted into giant runs. */
  input: string;
}

/** Characters wink-nlp's tokeniser treats as separators (its own split pattern), plus tab. */
function isSeparator(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) ||
    c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Moves a cut so that it never separates the two halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  return isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
}

const SENTENCE_END = new Set([46, 33, 63]); // . ! ?
const SENTENCE_START = /[\p{Lu}\p{N}"'\u201C\u2018(]/u;
const CLOSERS = new Set([34, 39, 41, 93, 0x2019, 0x201d, 0xbb]); // " ' ) ] ’ ” »

/**
 * Where to end a segment that starts at `from` and may not pass `limit`: just after the last
 * sentence end (". " then a capital, digit or opening quote) in the window's second half, else after
 * the last separator there, else at `limit` itself (a giant run; MAX_RUN chopping handles it).
 */
function segmentEnd(text: string, from: number, limit: number): number {
  const floor = from + ((limit - from) >> 1);
  let lastSpace = -1;
  for (let i = limit - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (!isSeparator(c)) continue;
    if (lastSpace < 0) lastSpace = i;
    const next = text.charCodeAt(i + 1);
    if (!SENTENCE_START.test(String.fromCharCode(next))) continue;
    let k = i - 1;
    while (k > floor && CLOSERS.has(text.charCodeAt(k))) k--;
    if (SENTENCE_END.has(text.charCodeAt(k))) return i;
  }
  return lastSpace >= 0 ? lastSpace : safeCut(text, limit);
}

/** The segment's text for wink, with a space inserted every MAX_RUN characters of a giant run. */
function winkInput(text: string, start: number, end: number): string {
  let runStart = start;
  let needs = false;
  for (let i = start; i < end; i++) {
    if (isSeparator(text.charCodeAt(i))) runStart = i + 1;
    else if (i - runStart >= MAX_RUN) {
      needs = true;
      break;
    }
  }
  if (!needs) return text.slice(start, end);
  const parts: string[] = [];
  let pieceStart = start;
  runStart = start;
  for (let i = start; i < end; i++) {
    if (isSeparator(text.charCodeAt(i))) {
      runStart = i + 1;
      continue;
    }
    if (i - runStart >= MAX_RUN) {
      const cut = safeCut(text, i);
      if (cut <= runStart) continue;
      parts.push(text.slice(pieceStart, cut));
      pieceStart = cut;
      runStart = cut;
    }
  }
  parts.push(text.slice(pieceStart, end));
  return parts.join(' ');
}

/** Segments covering the paragraph [start, end); one segment for any ordinary paragraph. */
export function segmentsOf(text: string, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let from = start;
  while (from < end) {
    const to = end - from <= MAX_SEGMENT ? end : segmentEnd(text, from, from + MAX_SEGMENT);
    out.push({ start: from, end: to, input: winkInput(text, from, to) });
    from = to;
    while (from < end && isSeparator(text.charCodeAt(from))) from++;
  }
  return out;
}
