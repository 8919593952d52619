/**
 * Property tests: check() and analyse() over arbitrary Unicode — emoji, RTL and zero-width marks,
 * lone surrogates, NUL, CRLF, very long lines, text without sentences. check() must never throw,
 * every span must lie in the input and slice to its text, and the output must be deterministic.
 * A crashing rule surfaces here (CALQUE_DEBUG=1) instead of being skipped silently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, check } from '../src/index.js';
import type { AnalysedDocument, Report } from '../src/index.js';

process.env['CALQUE_DEBUG'] = '1';

const NUM_RUNS = 200;
// Fixed seed: a failure reproduces on every run; fast-check prints the counterexample.
const SEED = 0x5eed;

/** Characters that break naive text code. */
const ODD = [
  '\u0000', '\r\n', '\r', '\n', '\n\n', '\t', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029',
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero-width
  '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2069', // bidi marks
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // lone surrogates
  '\u00A0', '\u2009', '\u3000', '\u00AD', '\u0301', '\uFFFD', '\uFFFF',
  '😀', '👍🏽', '👨‍👩‍👧', '🇮🇩', '❤️', '\u05E9\u05DC\u05D5\u05DD', '\u0645\u0631\u062D\u0628\u0627', '中文', 'Ａ',
  '"', '\u201C', '\u201D', '\u2018', '\u2019', '«', '»', "'", '(', ')', '[', ']', '-', '\u2013', '\u2014',
  '.', '...', '\u2026', '!', '?', ',', ';', ':', '/', '&', '%', '$', 'Rp', '@', '#', '*',
];

/** English-ish words, including the kinds of tokens rules look at (names, titles, numbers). */
const WORDS = [
  'the', 'a', 'an', 'of', 'and', 'he', 'she', 'his', 'her', 'they', 'is', 'was', 'said', 'Mr.', 'Mrs.', 'Dr.',
  'President', 'Minister', 'Widodo', 'Jakarta', 'Indonesia', 'Indonesian', 'Kim', 'Jong-un', 'Ms', 'Bapak',
  'yang', 'dan', 'di', 'ke', 'translated', 'machine', 'AI', 'the the', 'children-children', 'many', 'countries',
  '1', '27', '2024', '3.5', '1,000', '70th', 'first', 'second', 'percent', 'July', 'Tuesday', '(12/3/2024)', 'U.S.',
  'e.g.', "don't", 'I', 'It', 'In', 'On', 'https://example.com/a?b=c', 'x@y.id', 'DPR', 'KPK', 'TNI',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '  ', '. ', ', ', '\n') },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);

/** Mixed text: words, odd characters, arbitrary code points and lone UTF-16 units. */
const mixedText = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

/** One very long line (or run) built from a small repeated unit. */
const longLine = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 200, max: 3000 }))
  .map(([parts, n]) => parts.join('').repeat(Math.ceil(n / Math.max(1, parts.join('').length))).slice(0, n * 4));

const anyText = fc.oneof(
  { weight: 6, arbitrary: mixedText },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: longLine },
);

function assertSpans(input: string, report: Report): void {
  for (const f of report.findings) {
    expect(f.span.start).toBeGreaterThanOrEqual(0);
    expect(f.span.end).toBeGreaterThanOrEqual(f.span.start);
    expect(f.span.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(f.span.start, f.span.end)).toBe(f.text);
    expect(Number.isFinite(f.confidence)).toBe(true);
  }
  for (const s of report.sentences) {
    expect(s.span.start).toBeGreaterThanOrEqual(0);
    expect(s.span.end).toBeLessThanOrEqual(input.length);
    expect(s.span.start).toBeLessThanOrEqual(s.span.end);
  }
  expect(Number.isFinite(report.scores.fluency)).toBe(true);
  expect(Number.isFinite(report.scores.quality)).toBe(true);
}

function assertAnalysis(input: string, doc: AnalysedDocument): void {
  let prevEnd = 0;
  for (const t of doc.tokens) {
    expect(input.slice(t.start, t.end)).toBe(t.text);
    expect(t.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = t.end;
    expect(doc.sentences[t.sentence]).toBeDefined();
  }
  for (const s of doc.sentences) {
    expect(0 <= s.start && s.start <= s.end && s.end <= input.length).toBe(true);
    expect(s.tokenStart).toBeLessThan(s.tokenEnd);
  }
  let prevQuote = 0;
  for (const q of doc.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(prevQuote);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(input.length);
    prevQuote = q.end;
  }
  for (const e of [...doc.entities, ...doc.names]) expect(input.slice(e.start, e.end)).toBe(e.text);
}

describe('check() over arbitrary Unicode', () => {
  it('never throws; spans lie in the input and slice to their text', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        assertSpans(input, check(input));
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(mixedText, (input) => {
        expect(JSON.stringify(check(input))).toBe(JSON.stringify(check(input)));
      }),
      { numRuns: NUM_RUNS / 2, seed: SEED + 1 },
    );
  });

  it('analyse() keeps its invariants: token offsets, sorted disjoint quotes, honest entities', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        assertAnalysis(input, analyse(input));
      }),
      { numRuns: NUM_RUNS, seed: SEED + 2 },
    );
  });

  it('handles the named edge cases', () => {
    const cases = [
      '',
      ' ',
      '\u0000',
      '\r\n\r\n',
      '\uD800',
      '\uDC00 lone low surrogate, then text.',
      'Text with a NUL\u0000 inside. And CRLF\r\nline endings.\r\n',
      '\u202EThis sentence is right-to-left overridden.\u202C Then normal.',
      'zero\u200Bwidth\u200Djoiners\u2060and\uFEFFBOM.',
      '👨‍👩‍👧‍👦 family 🇮🇩 flag 👍🏽 tone ❤️.',
      'no sentence punctuation at all just words and more words',
      '...',
      '"',
      '“unclosed quote at the end',
      'word '.repeat(5000),
      'x'.repeat(20_000),
    ];
    for (const input of cases) {
      const report = check(input);
      assertSpans(input, report);
      assertAnalysis(input, analyse(input));
      expect(JSON.stringify(check(input))).toBe(JSON.stringify(report));
    }
  });
});
