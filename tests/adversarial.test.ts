/**
 * Adversarial inputs must finish in seconds (each takes well under 10 s on a 2-core machine; the
 * 60 s vitest timeout is only a hang guard, not a speed target) with honest spans. Before
 * src/analysis/segments.ts, a million-character word took wink-nlp's tokeniser minutes (its cost
 * is quadratic in the length of a space-free run).
 */
import { describe, expect, it } from 'vitest';
import { analyse, check } from '../src/index.js';
import { MAX_RUN, MAX_SEGMENT, segmentsOf } from '../src/analysis/segments.js';
import { splitParagraphs } from '../src/analysis/analyse.js';

process.env['CALQUE_DEBUG'] = '1';

const HANG_GUARD = 60_000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** check() finishes with honest spans; analyse()'s tokens slice to their text, in order. */
function honest(input: string, withAnalysis: boolean): void {
  const report = check(input);
  for (const f of report.findings) expect(input.slice(f.span.start, f.span.end)).toBe(f.text);
  if (!withAnalysis) return;
  const doc = analyse(input);
  let prev = 0;
  for (const t of doc.tokens) {
    expect(t.start).toBeGreaterThanOrEqual(prev);
    prev = t.end;
    if (input.slice(t.start, t.end) !== t.text) throw new Error(`token ${t.i} does not slice to its text`);
  }
}

const CASES: [name: string, make: () => string][] = [
  ['a million-character word', () => 'x'.repeat(1_000_000)],
  ['300,000 "a-" repetitions', () => 'a-'.repeat(300_000)],
  ['deep parentheses (100,000 levels)', () => '('.repeat(100_000) + 'word' + ')'.repeat(100_000)],
  ['deep parentheses with spaces', () => '( '.repeat(20_000) + 'word' + ' )'.repeat(20_000)],
  ['100,000 spaces inside a sentence', () => 'The minister said' + ' '.repeat(100_000) + 'that it rained.'],
  ['100,000 spaces alone', () => ' '.repeat(100_000)],
  ['a 300 kB paragraph without line breaks', () => 'The minister said the price of rice fell again on Tuesday. '.repeat(5_000)],
  ['50,000 words without sentence punctuation', () => 'word '.repeat(50_000)],
  ['300,000 full stops', () => '.'.repeat(300_000)],
  ['500,000 line breaks', () => '\n'.repeat(250_000) + '\r\n'.repeat(125_000)],
  ['40,000 quote marks', () => '"a" “b” '.repeat(10_000)],
  ['10,000 machine-translation notices in one paragraph', () => 'This text was machine translated. '.repeat(10_000)],
  ['the the the… (30,000 times)', () => 'the '.repeat(30_000)],
  ['10,000 emoji families', () => '👨‍👩‍👧 '.repeat(5_000) + '👨‍👩‍👧'.repeat(5_000)],
  ['a million-character random lower-case word', () => {
    let s = '';
    let x = 7;
    for (let i = 0; i < 1_000_000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      s += String.fromCharCode(97 + ((x >> 16) % 26));
    }
    return s;
  }],
  ['100,000 lone surrogates and NULs', () => '\uD800\u0000\uDC00 '.repeat(25_000)],
  ['a 40,000-character URL', () => 'https://example.com/' + 'a/b?c=d&'.repeat(5_000)],
];

describe('adversarial inputs finish with honest spans', () => {
  // The analysis is checked separately on the inputs that exercise segments.ts (giant runs and
  // paragraphs); the rest check() alone, to keep `npm test` quick.
  const SEGMENTED = /word|repetitions|paragraph|URL/;
  for (const [name, make] of CASES) {
    it(name, () => honest(make(), SEGMENTED.test(name)), HANG_GUARD);
  }
});

describe('segmenting leaves ordinary text alone', () => {
  it('reads an ordinary paragraph as one segment, unchanged', () => {
    const text = 'The minister said on Tuesday that rice prices fell. “We will act,” she said.\nSecond paragraph, https://example.com/a/very/long/path?with=query&and=more.';
    for (const p of splitParagraphs(text)) {
      const segs = segmentsOf(text, p.start, p.end);
      expect(segs).toHaveLength(1);
      expect(segs[0]!.input).toBe(text.slice(p.start, p.end));
    }
  });

  it('cuts a giant paragraph at sentence ends, and giant runs into pieces of at most MAX_RUN', () => {
    const sentence = 'The minister said the price of rice fell again on Tuesday. ';
    const text = sentence.repeat(Math.ceil((3 * MAX_SEGMENT) / sentence.length)).trim();
    const segs = segmentsOf(text, 0, text.length);
    expect(segs.length).toBeGreaterThanOrEqual(3);
    for (const s of segs) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SEGMENT);
      expect(text.slice(s.start, s.end).endsWith('Tuesday.')).toBe(true);
    }
    const run = 'ab'.repeat(MAX_RUN * 3);
    const pieces = segmentsOf(run, 0, run.length)[0]!.input.split(' ');
    expect(pieces.join('')).toBe(run);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_RUN);
  });

  it('never cuts a surrogate pair', () => {
    const run = '😀'.repeat(MAX_RUN * 2);
    const pieces = segmentsOf(run, 0, run.length)[0]!.input.split(' ');
    expect(pieces.join('')).toBe(run);
    for (const piece of pieces) expect(LONE_SURROGATE.test(piece)).toBe(false);
  });

  it('gives a giant paragraph the same tokens and sentences as the same sentences on separate lines', () => {
    const sentence = 'Officials in Jakarta said on Monday that 1,200 families had left their homes. ';
    const text = sentence.repeat(Math.ceil((2.5 * MAX_SEGMENT) / sentence.length)).trim();
    const lines = text.replace(/\. /g, '.\n');
    const a = analyse(text);
    const b = analyse(lines);
    expect(a.tokens.map((t) => [t.text, t.pos, t.start])).toEqual(b.tokens.map((t) => [t.text, t.pos, t.start]));
    expect(a.sentences.map((s) => [s.start, s.end])).toEqual(b.sentences.map((s) => [s.start, s.end]));
  });
});
