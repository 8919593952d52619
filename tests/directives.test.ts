/** Inline control: calque-disable / -enable / -disable-next-line / -disable-line, for check() and the workflow. */
import { describe, expect, it } from 'vitest';
import { check, type Report } from '../src/index.js';
import { readDirectives } from '../src/engine/directives.js';
import { processFile, type WorkflowSettings } from '../src/workflow/pipeline.js';
import { assertSpansHonest } from './helpers.js';

// Invented sentences: "Leader Kim" is a title calque (title-calque), "the Ginseng Country" an epithet calque.
const A = 'Leader Kim met the envoy on Monday.';
const B = 'Leader Kim left for Pyongyang on Tuesday.';
const C = 'Officials in the Ginseng Country welcomed the talks.';

function flagged(r: Report): string[] {
  return r.findings.filter((f) => f.ruleId !== 'low-fluency').map((f) => `${f.ruleId}:${f.line}`);
}

describe('directives in check()', () => {
  it('the sentences are flagged without directives (so the cases below can fail)', () => {
    expect(flagged(check(`${A}\n${B}\n${C}\n`))).toEqual(['title-calque:1', 'title-calque:2', 'epithet-calque:3']);
  });

  it('disable-next-line silences the next line only, for every rule or the rules listed', () => {
    expect(flagged(check(`<!-- calque-disable-next-line -->\n${A}\n${B}\n`))).toEqual(['title-calque:3']);
    expect(flagged(check(`calque-disable-next-line title-calque\n${A}\n${B}\n`))).toEqual(['title-calque:3']);
    expect(flagged(check(`calque-disable-next-line epithet-calque\n${A}\n${B}\n`))).toEqual(['title-calque:2', 'title-calque:3']);
    expect(flagged(check(`<!-- calque-disable-next-line epithet-calque, title-calque -- checked with the desk -->\n${A} ${C}\n`))).toEqual([]);
  });

  it('disable-line silences the lines its comment is on', () => {
    expect(flagged(check(`${A} <!-- calque-disable-line -->\n${B}\n`))).toEqual(['title-calque:2']);
  });

  it('disable … enable silences a passage; enable of one rule re-enables only that rule', () => {
    expect(flagged(check(`calque-disable\n${A}\n${C}\ncalque-enable\n${B}\n`))).toEqual(['title-calque:5']);
    const mixed = check(`<!-- calque-disable -->\n${A}\n<!-- calque-enable title-calque -->\n${B}\n${C}\n`);
    expect(flagged(mixed)).toEqual(['title-calque:4']);
    expect(flagged(check(`<!-- calque-disable epithet-calque -->\n${A}\n${C}\n`))).toEqual(['title-calque:2']);
  });

  it('silenced findings cost no points, and spans still index the original input', () => {
    const plain = check(`${A}\n${B}\n`);
    const text = `calque-disable-next-line\n${A}\n\u200B${B}\n`;
    const quiet = check(text);
    expect(quiet.scores.penaltyPoints).toBeLessThan(plain.scores.penaltyPoints);
    assertSpansHonest(text, quiet);
    expect(quiet.findings.find((f) => f.ruleId === 'title-calque')!.text).toBe('Leader Kim');
  });

  it('prose that mentions a directive is not one', () => {
    const prose = `The editor typed calque-disable into the draft.\n${A}\n`;
    expect(readDirectives(prose)).toBeUndefined();
    expect(flagged(check(prose))).toContain('title-calque:2');
    expect(flagged(check(`<!-- calque-disabled -->\n${A}\n`))).toEqual(['title-calque:2']);
  });
});

describe('directives in the workflow (Markdown and HTML comments are not prose, yet their directives apply)', () => {
  const settings: WorkflowSettings = { checkOptions: {}, workflowRules: {} };
  it('work in Markdown and HTML files', async () => {
    const md = `# Visit\n\n<!-- calque-disable-next-line -->\n${A}\n\n${B}\n`;
    const r = await processFile({ label: 'x.md', text: md, format: 'markdown' }, settings);
    expect(flagged(r.report)).toEqual(['title-calque:6']);
    assertSpansHonest(md, r.report);
    const html = `<p>${A}</p>\n<!-- calque-disable -->\n<p>${C}</p>\n<!-- calque-enable -->\n<p>${B}</p>\n`;
    const h = await processFile({ label: 'x.html', text: html, format: 'html' }, settings);
    expect(flagged(h.report)).toEqual(['title-calque:1', 'title-calque:5']);
  });

  it('also silence the workflow’s own findings (house glossary)', async () => {
    const withBan: WorkflowSettings = { checkOptions: {}, workflowRules: {}, glossary: { banned: [{ term: 'envoy', message: 'Say "special representative".' }] } };
    const text = `<!-- calque-disable house-glossary -->\n${A}\n`;
    const withGlossary = await processFile({ label: 'x.md', text: `${A}\n`, format: 'markdown' }, withBan);
    const silenced = await processFile({ label: 'x.md', text, format: 'markdown' }, withBan);
    expect(withGlossary.report.findings.some((f) => f.ruleId === 'house-glossary')).toBe(true);
    expect(silenced.report.findings.some((f) => f.ruleId === 'house-glossary')).toBe(false);
  });

  it('drop findings about markup read as blanks, not the author’s', async () => {
    const md = '# Minister *visits* Tokyo\n\nThe minister met the envoy on Monday.\n';
    // The same blanks typed by an author are flagged (so this test can fail).
    expect(check('Minister  visits  Tokyo\n\nThe minister met the envoy on Monday.\n').findings.some((f) => f.ruleId === 'spacing')).toBe(true);
    const r = await processFile({ label: 'x.md', text: md, format: 'markdown' }, settings);
    expect(r.report.findings.filter((f) => f.text.trim() !== '' && f.text.trim() === '*')).toEqual([]);
    expect(r.report.findings.some((f) => f.ruleId === 'spacing')).toBe(false);
  });
});
