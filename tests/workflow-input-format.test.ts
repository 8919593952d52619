import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check } from '../src/index.js';
import { detectFormat, maskMarkup, restoreOriginal } from '../src/workflow/input-format.js';
import { processFile } from '../src/workflow/pipeline.js';
import { assertSpansHonest, assertValidReport } from './helpers.js';

const settings = { checkOptions: {}, workflowRules: {} };

describe('input formats', () => {
  it('detects the format from the extension unless told', () => {
    expect(detectFormat('a/b.md')).toBe('markdown');
    expect(detectFormat('x.HTML')).toBe('html');
    expect(detectFormat('x.htm')).toBe('html');
    expect(detectFormat('x.txt')).toBe('text');
    expect(detectFormat('x.md', 'text')).toBe('text');
    expect(detectFormat('x.txt', 'auto')).toBe('text');
  });

  it('masks Markdown syntax with spaces, keeping length and link text', () => {
    const md = '# Title here\n\nThe **minister** met [the envoy](https://example.com/a_b) on `code` Monday.\n\n- item one\n- item two\n';
    const m = maskMarkup(md, 'markdown');
    expect(m.length).toBe(md.length);
    expect(m).not.toMatch(/[#*[\]`()]/);
    expect(m).toContain('minister');
    expect(m).toContain('the envoy');
    expect(m).not.toContain('example.com');
    expect(m).not.toContain('code');
  });

  it('joins soft-wrapped Markdown lines into one paragraph and keeps paragraphs apart', () => {
    const md = 'The minister said the talks\nwould resume next week.\n\nA second paragraph.';
    const m = maskMarkup(md, 'markdown');
    expect(m).toBe('The minister said the talks would resume next week.\n\nA second paragraph.');
  });

  it('masks fenced code, front matter, tables and HTML comments in Markdown', () => {
    const md = '---\ntitle: x\n---\nText.\n```\nconst a = 1;\n```\n| a | b |\n|---|---|\n| c | d |\n<!-- hidden -->\n';
    const m = maskMarkup(md, 'markdown');
    expect(m.length).toBe(md.length);
    expect(m).not.toContain('title');
    expect(m).not.toContain('const');
    expect(m).not.toContain('hidden');
    expect(m).not.toContain('|');
  });

  it('masks HTML tags, scripts and comments; block tags split paragraphs; entities keep offsets', () => {
    const html = '<html><head><title>Headline</title><script>var x = "<p>";</script></head><body><p>First &amp; second\nline.</p><p>Kim&rsquo;s &ldquo;tour&rdquo;.</p></body></html>';
    const m = maskMarkup(html, 'html');
    expect(m.length).toBe(html.length);
    expect(m).not.toMatch(/[<>]/);
    expect(m).not.toContain('var x');
    expect(m).toContain('Headline');
    expect(m).toContain('First &');
    expect(m).toContain('second line.'); // a line break inside HTML text is a space
    expect(m).toContain('“tour”');
    expect(m.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim())).toEqual(['Headline', 'First &     second line.', 'Kim’      s       “tour”      .']);
  });

  it('keeps the length of any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '<', '>', '/', 'p', '*', '_', '[', ']', '(', ')', '#', '`', '&', ';', '-', '|', '!') }), (s) => {
        expect(maskMarkup(s, 'markdown').length).toBe(s.length);
        expect(maskMarkup(s, 'html').length).toBe(s.length);
      }),
      { numRuns: 300 },
    );
  });

  it('reports findings on Markdown with spans into the original input', () => {
    const md = '## News\n\nThe English version is *automatically generated* by the AI.\n';
    const r = processFile({ label: 'a.md', text: md, format: 'markdown' }, settings).report;
    assertValidReport(r);
    assertSpansHonest(md, r);
    const f = r.findings.find((x) => x.ruleId === 'mt-disclaimer');
    expect(f).toBeDefined();
    expect(f!.line).toBe(3);
    expect(f!.text).toContain('*automatically generated*');
  });

  it('restoreOriginal re-reads texts and positions from the original and drops fixable over markup', () => {
    const html = '<p>one</p>\n<p>two <b>x</b></p>';
    const masked = maskMarkup(html, 'html');
    const r = check(masked);
    const fake = { ...r, findings: [{ id: 't@14-22', ruleId: 't', category: 'fluency/grammar' as const, severity: 'minor' as const, span: { start: 14, end: 22 }, line: 9, column: 9, text: masked.slice(14, 22), message: 'm', suggestions: ['y'], confidence: 1, fixable: true }] };
    const back = restoreOriginal(fake, html, masked);
    expect(back.findings[0]!.text).toBe(html.slice(14, 22));
    expect(back.findings[0]!.line).toBe(2);
    expect(back.findings[0]!.fixable).toBeUndefined();
  });
});

describe('markup masked as spaces is not a spacing error', () => {
  it.each([
    ['html', '<p>The <em>UN DK</em> met on Monday.</p>\n'],
    ['markdown', 'The **UN DK** met on _Monday_ in New York.\n'],
  ] as const)('%s: no blank-space finding over masked markup, and the real artifact stays', (format, text) => {
    const r = processFile({ label: 'x', text, format }, { checkOptions: {}, workflowRules: {} }).report;
    expect(r.findings.map((f) => f.ruleId)).toContain('untranslated-acronym');
    expect(r.findings.filter((f) => f.text.trim() === '' || f.text.includes('<') || f.text.includes('*'))).toEqual([]);
  });
  it('still flags a doubled space the author typed', () => {
    const r = processFile({ label: 'x', text: '<p>The minister  said the plan was ready.</p>\n', format: 'html' }, { checkOptions: {}, workflowRules: {} }).report;
    expect(r.findings.some((f) => f.ruleId === 'spacing')).toBe(true);
  });
});
