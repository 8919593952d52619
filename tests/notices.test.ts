/**
 * Machine-translation notices are whole sentences, never the rest of their paragraph: a notice
 * must not hide the article from the rules or from scoring (issue 12, item 1).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/analyse.js';
import { isNoticeLine, MAX_NOTICE_WORDS } from '../src/analysis/mt-notices.js';
import { loadLexicon } from '../src/lexicons/load.js';
import { check } from '../src/index.js';
import { readProse } from '../src/workflow/input-format.js';
import { assertSpansHonest } from './helpers.js';
import { run } from './cli-helpers.js';

const NOTICE = 'This article was machine translated.';
const ARTICLE = 'Leader Kim met officials from Cina and the UN DK in Jakarta on Monday.';
const ONE_LINE = `${NOTICE} ${ARTICLE}`;

const ruleIds = (text: string): string[] => check(text).findings.map((f) => f.ruleId).filter((id) => id !== 'mt-disclaimer' && id !== 'low-fluency').sort();

// Loading the models takes seconds on a busy machine: once, outside the timed tests.
beforeAll(() => void check('Warm up.'), 60_000);

describe('a notice is its own sentences only', () => {
  it('a notice sentence does not hide the rest of its paragraph', () => {
    const alone = check(ARTICLE);
    const report = check(ONE_LINE);
    assertSpansHonest(ONE_LINE, report);
    // The article's findings are all still there, and it is scored on its own words.
    expect(ruleIds(ONE_LINE)).toEqual(ruleIds(ARTICLE));
    expect(ruleIds(ONE_LINE).length).toBeGreaterThanOrEqual(3);
    expect(report.scores.words).toBe(alone.scores.words);
    expect(report.scores.quality).toBe(alone.scores.quality);
    expect(report.verdict).not.toBe('pass');
    // The notice itself is still found, and only the notice.
    const notice = report.findings.find((f) => f.ruleId === 'mt-disclaimer');
    expect(notice?.text).toBe(NOTICE);
    expect(report.input.provenance.noticeSpan).toEqual({ start: 0, end: NOTICE.length });
  });

  it('a notice at the end of a paragraph leaves the sentences before it alone', () => {
    const text = `${ARTICLE} ${NOTICE}`;
    expect(ruleIds(text)).toEqual(ruleIds(ARTICLE));
    expect(check(text).findings.find((f) => f.ruleId === 'mt-disclaimer')?.text).toBe(NOTICE);
  });

  it('marks only the notice sentences as boilerplate', () => {
    const doc = analyse(`Prices rose. ${NOTICE} ${ARTICLE} Markets fell.`);
    expect(doc.sentences.map((s) => s.boilerplate)).toEqual([false, true, false, false]);
  });

  it('a warning or credit line next to a notice belongs to it; the same words elsewhere do not', () => {
    const notice = 'Disclaimer: This news was translated by an automatic translation engine. Errors in translation may occur. Editor: Rina.';
    const text = `The minister opened the bridge.\n${notice} ${ARTICLE}`;
    const found = check(text).findings.filter((f) => f.ruleId === 'mt-disclaimer');
    expect(found.map((f) => f.text)).toEqual([notice]);
    expect(ruleIds(text)).toEqual(ruleIds(`The minister opened the bridge.\n${ARTICLE}`));
    // A continuation alone, or in another paragraph, is the article's own sentence.
    expect(analyse('Errors in translation may occur, the linguist said.').mtNotices).toEqual([]);
    expect(analyse(`${NOTICE}\nErrors in translation may occur, the linguist said.`).mtNotices).toHaveLength(1);
    expect(analyse(`${NOTICE}\nErrors in translation may occur, the linguist said.`).sentences[1]!.boilerplate).toBe(false);
  });

  it('a long run-on sentence that mentions machine translation is prose, not a notice', () => {
    const words = Array.from({ length: MAX_NOTICE_WORDS }, (_, i) => `word${i}`).join(' ');
    const text = `This article was machine translated and ${words} and Leader Kim met officials from Cina`;
    const report = check(text);
    expect(report.input.provenance.machineTranslationNotice).toBe(false);
    expect(report.scores.words).toBeGreaterThan(MAX_NOTICE_WORDS);
    expect(report.findings.map((f) => f.ruleId)).toContain('untranslated-word');
  });

  it('a text with words is never scored on zero words; notices beside prose are left out', () => {
    expect(check(NOTICE).scores.words).toBe(5);
    expect(check(`${NOTICE}\n${NOTICE}`).scores.words).toBe(10);
    const text = `${NOTICE}\n${NOTICE} Prices rose in Jakarta on Monday.`;
    expect(check(text).scores.words).toBe(6);
  });

  it('a major artifact run into a notice sentence is still reported and scored', () => {
    const text = 'This article was machine translated and Leader Kim met officials from Cina and the UN DK';
    const report = check(text);
    expect(report.input.provenance.machineTranslationNotice).toBe(true);
    expect(report.findings.filter((f) => f.severity === 'major').map((f) => f.ruleId).sort()).toEqual(['untranslated-acronym', 'untranslated-word']);
    expect(report.scores.words).toBeGreaterThan(0);
    expect(report.verdict).toBe('fail');
  });

  it('every lexicon entry matches its example, and a continuation example alone is no notice', () => {
    const entries = loadLexicon<{ pattern: string; example: string; counterexample?: string; continues?: boolean }>('mt-notices').entries;
    for (const e of entries) {
      expect(new RegExp(e.pattern, 'i').test(e.example), e.pattern).toBe(true);
      if (e.counterexample !== undefined) expect(analyse(e.counterexample).mtNotices, e.counterexample).toEqual([]);
      if (e.continues) expect(analyse(e.example).mtNotices, e.example).toEqual([]);
      else expect(analyse(e.example).mtNotices.length, e.example).toBeGreaterThan(0);
    }
  });
});

describe('Markdown: a notice line does not swallow the article', () => {
  it('keeps a notice line without a full stop its own paragraph', async () => {
    const md = `This article was machine translated from Indonesian\n${ARTICLE}\nThe talks ended on Tuesday.\n`;
    const masked = (await readProse(md, 'markdown')).text;
    expect(masked.split('\n')[0]).toBe('This article was machine translated from Indonesian');
    const report = check(masked);
    expect(report.findings.find((f) => f.ruleId === 'mt-disclaimer')?.text).toBe('This article was machine translated from Indonesian');
    expect(ruleIds(masked)).toEqual(ruleIds(`${ARTICLE}\nThe talks ended on Tuesday.\n`));
    // Ordinary wrapped lines are still joined.
    expect((await readProse('The minister said\nthat prices rose.\n', 'markdown')).text).toBe('The minister said that prices rose.\n');
    expect(isNoticeLine('The minister said')).toBe(false);
  });
});

describe('the gate cannot be bypassed with a notice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'calque-notice-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['one line of text', 'in.txt', `${ONE_LINE}\n`],
    ['Markdown with the notice on line 1', 'in.md', `This article was machine translated from Indonesian\n${ARTICLE}\nThe talks ended on Tuesday.\n`],
  ])('%s fails --fail-on major --min-quality 90', async (_name, file, text) => {
    writeFileSync(join(dir, file), text);
    const r = await run(['report', file, '--fail-on', 'major', '--min-quality', '90', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { scores: { words: number; quality: number }; verdict: string };
    expect(report.scores.words).toBeGreaterThan(0);
    expect(report.scores.quality).toBeLessThan(90);
  });
});

describe('a publisher-declared machine translation is reviewed', () => {
  const CLEAN = 'The minister opened the new bridge on Monday. Traffic is expected to ease next month.';
  it('gives at least review when the publisher says the text was machine translated', () => {
    expect(check(CLEAN).verdict).toBe('pass');
    const withNotice = check(`${CLEAN}\n${NOTICE}`);
    expect(withNotice.findings.some((f) => f.ruleId === 'mt-disclaimer')).toBe(true);
    expect(withNotice.scores.quality).toBe(100);
    expect(withNotice.verdict).toBe('review');
  });
  it('can be turned off with thresholds.reviewMachineTranslated: false', () => {
    const report = check(`${CLEAN}\n${NOTICE}`, { thresholds: { passQuality: 90, failQuality: 60, reviewOn: 'major', reviewMachineTranslated: false } });
    expect(report.verdict).toBe('pass');
  });
});
