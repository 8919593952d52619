/**
 * preposition-frame: the corpus-derived head + preposition lexicon (its counts agree with what
 * English does with well-known heads; `npm run preposition-frames` rebuilds it), flagged pairs with
 * the text after the fix, and look-alikes of good English that must stay silent (adjuncts, "to"
 * infinitives, passives and reduced relatives, names, times, numbers, "about" = approximately).
 * All sentences are the project's own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { pairVerdict, type PrepositionFrameEntry } from '../src/rules/preposition-frame.js';

const ID = 'preposition-frame';

const lexicon = JSON.parse(readFileSync(new URL('../data/lexicons/preposition-frames.json', import.meta.url), 'utf8')) as {
  thresholds: Record<string, number>;
  totals: Record<string, { heads: number; preps: Record<string, number> }>;
  entries: PrepositionFrameEntry[];
};

function entry(lemma: string, pos: string): PrepositionFrameEntry | undefined {
  return lexicon.entries.find((e) => e.lemma === lemma && e.pos === pos);
}

function top(e: PrepositionFrameEntry | undefined): string | undefined {
  if (!e) return undefined;
  return Object.entries(e.preps).sort((a, b) => b[1] - a[1])[0]?.[0];
}

describe('preposition-frames lexicon (derived from the native training text)', () => {
  it('finds the preposition English gives well-known heads', () => {
    expect(top(entry('consist', 'VERB'))).toBe('of');
    expect(top(entry('interested', 'ADJ'))).toBe('in');
    expect(top(entry('participate', 'VERB'))).toBe('in');
    expect(top(entry('focus', 'VERB'))).toBe('on');
    expect(top(entry('responsible', 'ADJ'))).toBe('for');
    expect(top(entry('belong', 'VERB'))).toBe('to');
  });
  it('keeps its counts consistent with its thresholds and totals', () => {
    const minTotal = lexicon.thresholds['minTotal']!;
    for (const e of lexicon.entries) {
      expect(e.total, e.lemma).toBeGreaterThanOrEqual(minTotal);
      const withPrep = Object.values(e.preps).reduce((a, b) => a + b, 0);
      expect(e.object + e.infinitive + withPrep, e.lemma).toBeLessThanOrEqual(e.total);
      for (const [p, n] of Object.entries(e.preps)) expect(n, `${e.lemma} ${p}`).toBeLessThanOrEqual(lexicon.totals[e.pos]!.preps[p]!);
    }
  });
  it('gives substitution and deletion verdicts only where the counts carry them', () => {
    expect(pairVerdict('VERB', 'consist', 'from')).toBeUndefined(); // "from" is never judged: it opens adjuncts
    expect(pairVerdict('ADJ', 'interested', 'to')).toEqual({ kind: 'substitute', usual: 'in' });
    expect(pairVerdict('NOUN', 'impact', 'to')).toEqual({ kind: 'substitute', usual: 'on' });
    expect(pairVerdict('VERB', 'focus', 'to')).toEqual({ kind: 'substitute', usual: 'on' });
    expect(pairVerdict('VERB', 'consider', 'about')).toEqual({ kind: 'delete' });
    expect(pairVerdict('ADJ', 'interested', 'in')).toBeUndefined();
    expect(pairVerdict('VERB', 'talk', 'about')).toBeUndefined();
    expect(pairVerdict('NOUN', 'meeting', 'in')).toBeUndefined();
  });
});

function found(text: string): { text: string; fixed?: string }[] {
  return check(text, { only: [ID] })
    .findings.filter((f) => f.ruleId === ID)
    .map((f) => ({ text: f.text, fixed: f.suggestions?.[0] === undefined ? undefined : text.slice(0, f.span.start) + f.suggestions[0] + text.slice(f.span.end) }));
}

describe('preposition-frame flags, with the text after the fix', () => {
  it.each([
    ['Investors were interested to the offer of shares.', 'interested to', 'Investors were interested in the offer of shares.'],
    ['The flood had a big impact to the harvest.', 'impact to', 'The flood had a big impact on the harvest.'],
    ['Traders are concerned on the rising price of rice.', 'concerned on', 'Traders are concerned with the rising price of rice.'],
    ['The new rules apply on imported rice.', 'apply on', 'The new rules apply to imported rice.'],
    ['They focused to the budget deficit this year.', 'focused to', 'They focused on the budget deficit this year.'],
    ['He participated on the training last week.', 'participated on', 'He participated in the training last week.'],
    ['The bank wants more support on the farming sector.', 'support on', 'The bank wants more support for the farming sector.'],
    ['They will consider about the request next month.', 'consider about', 'They will consider the request next month.'],
  ])('%s', (text, flag, fixed) => {
    expect(found(text)).toEqual([{ text: flag, fixed }]);
  });
});

describe('preposition-frame stays silent on good English', () => {
  it.each([
    'Investors were interested in the offer of shares.',
    'Investors were interested to know more.',
    'The ministers discussed the budget in Jakarta on Monday.',
    'The new rules apply to Jakarta from 2025.',
    'The minister is scheduled to immediately visit the site.',
    'The crimes committed by the gang shocked the town.',
    'They were focused on the budget.',
    'She participated on Monday and again on Friday.',
    'Prices rose on 12 March and fell to 5 percent.',
    'The firm cut about a third of its staff.',
    'Results were posted on www.example.org last night.',
    'That notion is wrong-headed from several points of view.',
    'Rescuers escaped with minor burns.',
    'Investment from Australia still lags behind.',
    'The Talks On Trade Resume Today',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
