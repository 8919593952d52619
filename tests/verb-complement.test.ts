/**
 * verb-complement: the corpus-derived verb-frame lexicon (its classes agree with what English does
 * with a few well-known verbs, and its counts with its classes; `npm run verb-frames` rebuilds it),
 * flagged cases beyond the rule's own examples, and look-alikes of good English that must stay
 * silent (passives, reduced relative clauses, headlines, questions, a determiner "that").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { loadLexicon } from '../src/lexicons/load.js';
import type { VerbFrameEntry } from '../src/rules/verb-complement.js';

const ID = 'verb-complement';

type Entry = VerbFrameEntry;

function objectFirst(verb: string): ('that' | 'to')[] {
  return loadLexicon<Entry>('verb-frames').entries.find((e) => e.verb === verb)?.objectFirst ?? [];
}

describe('verb-frames lexicon (derived from the training text)', () => {
  it('classes verbs that need a person before "to" as object-first for "to"', () => {
    for (const v of ['urge', 'allow', 'encourage', 'persuade', 'invite']) expect(objectFirst(v), v).toContain('to');
  });
  it('classes verbs that need a person before "that" as object-first for "that"', () => {
    for (const v of ['remind', 'inform', 'convince']) expect(objectFirst(v), v).toContain('that');
  });
  it('leaves verbs that take the complement directly unclassed', () => {
    for (const v of ['say', 'stress', 'explain', 'hope', 'want', 'ask', 'tell', 'expect']) expect(objectFirst(v), v).toEqual([]);
  });
  it('keeps its counts consistent with its classes', () => {
    const lex = JSON.parse(readFileSync(new URL('../data/lexicons/verb-frames.json', import.meta.url), 'utf8')) as {
      thresholds: Record<string, number>;
      entries: Entry[];
    };
    const th = lex.thresholds;
    for (const e of lex.entries) {
      expect(e.total, e.verb).toBeGreaterThanOrEqual(th['minTotal']!);
      if (e.objectFirst.includes('that')) {
        expect(e.that, e.verb).toBeLessThanOrEqual(th['maxDirect']!);
        expect(e.objectThat, e.verb).toBeGreaterThanOrEqual(th['minObjectThat']!);
      }
      if (e.objectFirst.includes('to')) {
        expect(e.to, e.verb).toBeLessThanOrEqual(th['maxDirect']!);
        expect(e.objectTo, e.verb).toBeGreaterThanOrEqual(th['minObjectTo']!);
      }
    }
  });
});

function found(text: string): string[] {
  return check(text, { only: [ID] })
    .findings.filter((f) => f.ruleId === ID)
    .map((f) => f.text);
}

describe('verb-complement flags', () => {
  it.each([
    ['The regent reminded that maintaining the dikes is everyone’s duty.', 'reminded that'],
    ['He informed that the new terminal will open next month.', 'informed that'],
    ['Yesterday he also encouraged to plant mangroves along the coast.', 'encouraged to'],
    ['She has urged to postpone the festival until the rains end.', 'urged to'],
    ['The ministry urges to report any price increase to the hotline.', 'urges to'],
    ['The governor invited to maintain peace during the election.', 'invited to'],
  ])('%s', (text, flag) => {
    expect(found(text)).toEqual([flag]);
  });
});

describe('verb-complement stays silent on good English', () => {
  it.each([
    'The regent reminded farmers that maintaining the dikes is everyone’s duty.',
    'Farmers were reminded that the dikes need repair.',
    'Are they encouraged to plant mangroves along the coast?',
    'The families allowed to return home found their houses intact.',
    'There are twenty people allowed to vote in the village.',
    'Passengers allowed to board early.',
    'Residents Urged to Stay Indoors',
    'He took that job because he needed the money.',
    'She stressed that the plan is final.',
    'The engineer whom the mayor had persuaded to stay resigned in May.',
    'The new rules allow travellers to carry two bags.',
    'The forty graduates will teach to fill the vacancies in village schools.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
