/** The low-fluency rule's article gate (src/lm/article-reading.ts), on invented articles. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, check } from '../src/index.js';
import { dataPath } from '../src/lexicons/package-root.js';
import { assertValid } from '../src/lexicons/validate.js';
import { articleReading, LOW_FLUENCY_GATE_FILE, lowFluencyGate, readingOf, thresholdFor } from '../src/lm/article-reading.js';
import type { LowFluencyGate } from '../src/lm/article-reading.js';
import { lmSentences } from '../src/lm/score.js';
import { lowFluencyDraft } from '../src/rules/low-fluency.js';

/** Invented, in the manner of Indonesian-origin regional news machine-translated into English. */
const TRANSLATED = [
  'Meanwhile, the Head of the Regional Disaster Management Agency also said that the handling of the flood victims is still being carried out until now.',
  'According to him, the assistance in the form of basic necessities has been distributed to the residents who were affected by the flood.',
  '"We also ask the community to always be alert to the potential of the disaster that can occur at any time," he said.',
  'In addition, the police also deployed a number of personnel to help the evacuation process of the residents.',
  'This is so that the residents can immediately return to their respective homes after the water recedes.',
  'Previously, the flood that hit the area was caused by the high rainfall that occurred since Sunday night.',
];
/** Invented native wire copy. */
const NATIVE = [
  'The storm knocked out power to about 40,000 homes on Tuesday, the utility said.',
  'Crews worked through the night, and most customers had their lights back by morning.',
  '"It was the worst we\'ve seen in a decade," said Maria Lopez, who runs a bakery on Main Street.',
  'Officials warned that more rain could fall later in the week.',
  'Schools in three counties stayed closed, and a highway near the river was shut for several hours.',
  'Forecasters expect drier weather by the weekend.',
];

const GATE: LowFluencyGate = { about: 'test', fittedOn: 'test', minSentences: 4, translatedAbove: 0, nativeBelow: -1.5, raise: 10 };

describe('readingOf and thresholdFor', () => {
  it('read a mean at or above the cut-off as translated, below the native cut-off as native, between as unknown', () => {
    expect(readingOf(0, 6, GATE)).toBe('translated');
    expect(readingOf(2.5, 6, GATE)).toBe('translated');
    expect(readingOf(-0.1, 6, GATE)).toBe('unknown');
    expect(readingOf(-1.5, 6, GATE)).toBe('unknown');
    expect(readingOf(-1.6, 6, GATE)).toBe('native');
  });

  it('trust no mean over fewer than minSentences sentences', () => {
    expect(readingOf(3, 3, GATE)).toBe('unknown');
    expect(readingOf(-4, 3, GATE)).toBe('unknown');
  });

  it('raise the bar of a translated article, keep it elsewhere, and lower it to word salad in a native one', () => {
    expect(thresholdFor('translated', 50, GATE)).toBe(60);
    expect(thresholdFor('unknown', 45, GATE)).toBe(45);
    expect(thresholdFor('native', 50, GATE)).toBe(20);
    expect(thresholdFor('native', 10, GATE)).toBe(10);
  });
});

describe('the gate file', () => {
  it('is valid against its schema, with the native cut-off below the translated one', () => {
    const raw = JSON.parse(readFileSync(dataPath(...LOW_FLUENCY_GATE_FILE), 'utf8')) as unknown;
    const g = assertValid<LowFluencyGate>('low-fluency-gate', raw, 'low-fluency gate');
    expect(g.nativeBelow).toBeLessThan(g.translatedAbove);
    expect(() => assertValid('low-fluency-gate', { ...g, raise: -1 }, 'low-fluency gate')).toThrow();
    expect(() => assertValid('low-fluency-gate', { ...g, minSentences: 1 }, 'low-fluency gate')).toThrow();
  });
});

describe('articleReading', () => {
  it('reads an invented Indonesian-style article as translated and invented wire copy as not translated', () => {
    expect(articleReading(analyse(TRANSLATED.join('\n')))).toBe('translated');
    expect(articleReading(analyse(NATIVE.join('\n')))).not.toBe('translated');
  });

  it('reads a text shorter than minSentences as unknown, whatever its sentences', () => {
    expect(articleReading(analyse(TRANSLATED.slice(0, lowFluencyGate().minSentences - 1).join('\n')))).toBe('unknown');
  });
});

describe('check() with the gate', () => {
  it('flags a sentence of a translated article between the caller threshold and the raised one, and says so', () => {
    const text = TRANSLATED.join('\n');
    const first = lmSentences(analyse(text))[0]!.flagFluency;
    const threshold = Math.max(0, first - lowFluencyGate().raise / 2);
    const flagged = check(text, { thresholds: { lowFluency: threshold } }).findings.filter((f) => f.ruleId === 'low-fluency');
    const span = text.indexOf(TRANSLATED[0]!);
    const hit = flagged.find((f) => f.span.start === span);
    expect(hit).toBeDefined();
    expect(hit!.message).toContain('raised from');
    expect(hit!.severity).toBe('info');
    // The same sentence in a text too short to be read as translated keeps the caller's bar.
    const short = TRANSLATED.slice(0, 2).join('\n');
    expect(check(short, { thresholds: { lowFluency: threshold } }).findings.some((f) => f.ruleId === 'low-fluency' && f.span.start === 0)).toBe(false);
  });
});

describe('the low-fluency message names the way the bar moved', () => {
  it('says "lowered" when an article that reads as native keeps only word salad, "raised" when one reads as translated', () => {
    const doc = analyse(TRANSLATED.join('\n'));
    expect(lowFluencyDraft(doc, 0, 10, 10, 20, 50).message).toContain('lowered from 50 because the article reads as native English');
    expect(lowFluencyDraft(doc, 0, 40, 40, 60, 50).message).toContain('raised from 50 because the article reads as translated');
    expect(lowFluencyDraft(doc, 0, 40, 40, 50, 50).message).not.toMatch(/raised|lowered/);
  });
});
