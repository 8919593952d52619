/**
 * Hidden characters and old line endings (issue 12, item 7): invisible format characters and tabs
 * inside a term do not stop the rules, spans still point at the user's own text, bidirectional
 * controls are flagged, and CR-only or CRLF line endings give the right lines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/analyse.js';
import { lineIndex } from '../src/analysis/lines.js';
import { analysisText } from '../src/analysis/normalise.js';
import { check } from '../src/index.js';
import type { Report } from '../src/index.js';
import { assertSpansHonest, assertValidReport } from './helpers.js';

const CLEAN = 'Leader Kim met officials from Cina in Jakarta on Monday.';

/** Rule ids and the finding texts with the hidden characters taken out. */
function summary(report: Report): string[] {
  return report.findings
    .filter((f) => f.ruleId !== 'low-fluency')
    .map((f) => `${f.ruleId}:${f.text.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\t/g, ' ')}`);
}

function assertOnInput(input: string, report: Report): void {
  assertValidReport(report);
  assertSpansHonest(input, report);
  for (const f of report.findings) expect(f.id).toBe(`${f.ruleId}@${f.span.start}-${f.span.end}`);
  for (const s of report.sentences) expect(s.span.end).toBeLessThanOrEqual(input.length);
}

// Loading the models takes seconds on a busy machine: once, outside the timed tests.
beforeAll(() => void check('Warm up.'), 60_000);

describe('invisible format characters and tabs inside a term', () => {
  const expected = summary(check(CLEAN));

  it('the clean sentence has the findings the variants must keep', () => {
    expect(expected).toEqual(expect.arrayContaining(['title-calque:Leader Kim', 'untranslated-word:Cina']));
  });

  it.each([
    ['a tab', 'Leader\tKim met officials from Cina in Jakarta on Monday.'],
    ['a soft hyphen inside a word', 'Lead\u00ADer Kim met officials from Ci\u00ADna in Jakarta on Monday.'],
    ['a zero-width space', 'Leader Kim met officials from Ci\u200Bna in Jakarta on Monday.'],
    ['zero-width joiner and non-joiner', 'Lea\u200Dder Kim met officials from C\u200Cina in Jakarta on Monday.'],
    ['a word joiner and a byte-order mark', '\uFEFFLeader Kim met officials from Ci\u2060na in Jakarta on Monday.'],
    ['several in a row', 'Leader Kim met officials from C\u200B\u00AD\u200Bina in Jakarta on Monday.'],
  ])('%s: the same findings, with spans on the user text', (_name, input) => {
    const report = check(input);
    assertOnInput(input, report);
    expect(summary(report)).toEqual(expected);
    expect(report.input.characters).toBe(input.length);
  });

  it('a soft hyphen between two capitalised words reads as the word break it stands for', () => {
    const input = 'Leader\u00ADKim met officials in Jakarta on Monday.';
    const report = check(input);
    assertOnInput(input, report);
    const f = report.findings.find((x) => x.ruleId === 'title-calque');
    expect(f?.text).toBe('Leader\u00ADKim');
  });

  it('a finding span keeps the hidden character it covers, and only that one', () => {
    const input = 'Officials from \u200BCi\u200Bna\u200B arrived.';
    const f = check(input).findings.find((x) => x.ruleId === 'untranslated-word');
    expect(f?.text).toBe('Ci\u200Bna');
    expect(input.slice(f!.span.start, f!.span.end)).toBe('Ci\u200Bna');
  });

  it('sentence and notice spans are on the input too', () => {
    const input = 'This article was machine\u200B translated. Prices rose in Ja\u00ADkarta.';
    const report = check(input);
    assertOnInput(input, report);
    expect(report.input.provenance.noticeSpan).toEqual({ start: 0, end: input.indexOf('.') + 1 });
    expect(report.sentences.map((s) => input.slice(s.span.start, s.span.end))).toEqual([
      'This article was machine\u200B translated.',
      'Prices rose in Ja\u00ADkarta.',
    ]);
  });

  it('line and column count the hidden characters of the input', () => {
    const input = '\u200B\u200BPrices rose.\nOfficials from Ci\u200Bna arrived.';
    const f = check(input).findings.find((x) => x.ruleId === 'untranslated-word')!;
    expect([f.line, f.column]).toEqual([2, 16]);
  });

  it('analysisText maps every kept character back to its input offset', () => {
    const input = 'a\u00ADb\u200B\u200Cc\tD';
    const { text, map } = analysisText(input);
    expect(text).toBe('abc D');
    expect(map!.span(0, text.length)).toEqual({ start: 0, end: input.length });
    expect(map!.span(1, 3)).toEqual({ start: 2, end: 6 });
    expect(map!.span(2, 2)).toEqual({ start: 5, end: 5 });
    // Nothing to change: no copy and no map.
    expect(analysisText(CLEAN)).toEqual({ text: CLEAN });
  });
});

describe('bidirectional controls are flagged', () => {
  it('an override in the text is a major finding on that character', () => {
    const input = 'The ministry said the budget was \u202Eevorppa\u202C on Monday.';
    const report = check(input);
    assertOnInput(input, report);
    const found = report.findings.filter((f) => f.ruleId === 'bidi-control');
    expect(found.map((f) => [f.text, f.severity])).toEqual([
      ['\u202E', 'major'],
      ['\u202C', 'minor'],
    ]);
    expect(report.verdict).not.toBe('pass');
  });

  it('isolates are flagged too, with the hidden characters around them mapped', () => {
    const input = 'Officials\u200B met in \u2066Jakarta\u2069 on Tuesday.';
    const found = check(input).findings.filter((f) => f.ruleId === 'bidi-control');
    expect(found.map((f) => input.slice(f.span.start, f.span.end))).toEqual(['\u2066', '\u2069']);
  });
});

describe('old Mac (CR) and Windows (CRLF) line endings', () => {
  it('counts a lone CR and a CRLF as one line break each', () => {
    const position = lineIndex('a\rb\r\nc\n\rd');
    expect([position(0), position(2), position(5), position(8)].map((p) => p.line)).toEqual([1, 2, 3, 5]);
    expect(position(5)).toEqual({ line: 3, column: 1 });
  });

  it.each([
    ['CR', '\r'],
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('%s: findings on the right line, paragraphs split', (_name, eol) => {
    const input = ['Prices rose in Jakarta.', 'The minister spoke.', '', 'Officials from Cina arrived.'].join(eol);
    const report = check(input);
    assertOnInput(input, report);
    const f = report.findings.find((x) => x.ruleId === 'untranslated-word')!;
    expect([f.line, f.column]).toEqual([4, 16]);
    expect(analyse(input).paragraphs).toHaveLength(3);
  });
});
