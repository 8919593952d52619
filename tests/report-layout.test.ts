/** Report layout: whole messages in text, sentence context in Markdown, severity groups in HTML, no repeated suggestions. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/analyse.js';
import { runRules } from '../src/engine/run-rules.js';
import { check, formatHtml, formatMarkdown, formatText, RULES } from '../src/index.js';
import { wrapWords } from '../src/report/format-text.js';
import { findingsInOrder } from '../src/report/summary.js';
import { readSeed, SEED_MT } from './helpers.js';
import { syntheticReport } from './report-fixtures.js';

const LONG =
  'This message is deliberately long, so that a report which cut explanations at a fixed length would lose its end: ' +
  'the minister’s title, the name that follows it, the office he holds and the reason English news writes it another way, ' +
  'all of which an editor needs to read before deciding. END-OF-MESSAGE';

describe('text report', () => {
  it('wraps a long message under its first word and never cuts it', () => {
    const text = 'Leader Kim met the envoy on Monday.\n';
    const out = formatText(syntheticReport(text, [[0, 10, 'minor', LONG]]), { label: 'a.txt', width: 100 });
    const lines = out.split('\n');
    const first = lines.findIndex((l) => l.includes('This message'));
    const col = lines[first]!.indexOf('This message');
    const body: string[] = [lines[first]!.slice(col)];
    for (let i = first + 1; lines[i]!.startsWith(' '.repeat(col)) && lines[i]!.trim() !== ''; i++) body.push(lines[i]!.slice(col));
    expect(body.length).toBeGreaterThan(2);
    expect(body.join(' ')).toBe(LONG);
    expect(out).not.toContain('…');
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(100);
  });

  it('without a terminal width, keeps each message whole on one line', () => {
    const text = 'Leader Kim met the envoy on Monday.\n';
    const out = formatText(syntheticReport(text, [[0, 10, 'minor', LONG]]), { label: 'a.txt' });
    expect(out.split('\n').some((l) => l.endsWith(LONG))).toBe(true);
  });

  it('wrapWords keeps every word, in order, and puts an overlong word on a line of its own', () => {
    const words = ['a', 'bb', 'x'.repeat(30), 'ccc', 'd'];
    const lines = wrapWords(words.join(' '), 10);
    expect(lines.join(' ')).toBe(words.join(' '));
    expect(lines).toContain('x'.repeat(30));
    expect(lines.filter((l) => l !== 'x'.repeat(30)).every((l) => l.length <= 10)).toBe(true);
  });
});

describe('Markdown report', () => {
  it('quotes each finding in its sentence, the flagged text in bold', () => {
    const input = readSeed(SEED_MT);
    const report = check(input);
    const out = formatMarkdown(report, input);
    const her = report.findings.find((f) => f.ruleId === 'pronoun-gender' && f.text === 'her');
    expect(her).toBeDefined();
    const block = out.slice(out.indexOf(`**line ${her!.line}, column ${her!.column}**`));
    const context = /In context: “(.*)”/.exec(block)![1]!;
    expect(context).toContain('**her** guests');
    // Without the markers and escapes, it is the article's own text around the finding.
    const plain = context.replace(/\*\*/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/^… |…$| …$/g, '');
    expect(input.replace(/\s+/g, ' ')).toContain(plain);
  });
});

describe('HTML report', () => {
  it('lists findings most severe first, each keeping the number of its highlight', () => {
    const input = readSeed(SEED_MT);
    const report = check(input);
    const html = formatHtml(report, input);
    const groups = [...html.matchAll(/<h3 class="sev-group">(\w+) \((\d+)\)<\/h3>/g)].map((m) => m[1]!.toLowerCase());
    expect(groups.length).toBeGreaterThan(1);
    const order = ['critical', 'major', 'minor', 'info'];
    expect([...groups].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(groups);
    const listed = [...html.matchAll(/<li class="finding item-(\w+)" id="f-(\d+)"/g)].map((m) => ({ sev: m[1]!, n: Number(m[2]) }));
    const inText = findingsInOrder(report);
    expect(listed.map((x) => x.sev)).toEqual([...listed.map((x) => x.sev)].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    for (const { sev, n } of listed) expect(inText[n - 1]!.severity).toBe(sev);
    expect(new Set(listed.map((x) => x.n)).size).toBe(inText.length);
  });
});

describe('suggestions', () => {
  it('a suggestion a rule offers twice is listed once, best first', () => {
    const doc = analyse('The talks ended - and the envoy left.');
    const meta = { ...RULES[0]!.meta, id: 'twice' };
    const [f] = runRules(doc, [{ rule: { meta, run: () => [{ start: 15, end: 16, message: 'A dash.', suggestions: ['—', '—', '–', '—'] }] }, severity: 'minor' }]);
    expect(f!.suggestions).toEqual(['—', '–']);
  });
});
