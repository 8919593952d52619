/**
 * noun-countability: the corpus-derived lexicon (its classes agree with what English does with a
 * few well-known nouns, and its counts with its classes; `npm run countability` rebuilds it byte for
 * byte, which takes too long for a unit test), flagged cases beyond the rule's own examples with
 * their fixes applied, and look-alikes of good English that must stay silent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { loadLexicon } from '../src/lexicons/load.js';
import { fixed } from './helpers.js';

const ID = 'noun-countability';

interface Entry {
  noun: string;
  class: 'count' | 'mass';
  singular: number;
  bare: number;
  plural: number;
}

function classOf(noun: string): string | undefined {
  return loadLexicon<Entry>('noun-countability').entries.find((e) => e.noun === noun)?.class;
}

describe('noun-countability lexicon (derived from the training text)', () => {
  it('classes familiar count nouns as count', () => {
    for (const n of ['country', 'car', 'problem', 'witness', 'road']) expect(classOf(n), n).toBe('count');
  });
  it('classes familiar mass nouns as mass', () => {
    for (const n of ['information', 'progress', 'equipment', 'research', 'traffic']) expect(classOf(n), n).toBe('mass');
  });
  it('keeps its counts consistent with its classes', () => {
    const lex = JSON.parse(readFileSync(new URL('../data/lexicons/noun-countability.json', import.meta.url), 'utf8')) as {
      thresholds: Record<string, number>;
      entries: Entry[];
    };
    for (const e of lex.entries) {
      expect(e.bare).toBeLessThanOrEqual(e.singular);
      const th = lex.thresholds;
      const pluralShare = e.plural / (e.plural + e.singular);
      if (e.class === 'count') {
        // Rarely bare and often plural, or seen mostly in the plural.
        const byBare = e.singular >= th['minSingular']! && e.bare / e.singular <= th['countMaxBare']! && pluralShare >= th['countMinPlural']!;
        const byPlural = e.plural >= th['pluralRouteMinPlural']! && pluralShare >= th['pluralRouteMinShare']!;
        expect(byBare || byPlural, e.noun).toBe(true);
      } else {
        expect(e.bare / e.singular).toBeGreaterThanOrEqual(th['massMinBare']!);
        expect(pluralShare).toBeLessThanOrEqual(th['massMaxPlural']!);
      }
    }
  });
});

function found(text: string): string[] {
  return check(text, { only: [ID] })
    .findings.filter((f) => f.ruleId === ID)
    .map((f) => f.text);
}

describe('noun-countability flags and fixes', () => {
  it.each([
    ['Police questioned several witness after the fire.', 'Police questioned several witnesses after the fire.'],
    ['The storm damaged 25 house in the district.', 'The storm damaged 25 houses in the district.'],
    ['It is one of our biggest problem this year.', 'It is one of our biggest problems this year.'],
    ['The ministry provided a new equipment to the clinic.', 'The ministry provided new equipment to the clinic.'],
    ['The navy sent equipments to the island.', 'The navy sent equipment to the island.'],
    ['Several of our staff member were ill on Monday.', 'Several of our staff members were ill on Monday.'],
    ['A handful of voter turned up at the polling station.', 'A handful of voters turned up at the polling station.'],
    ['The drugs were found under small table in the kitchen.', 'The drugs were found under a small table in the kitchen.'],
    ['The suspect was hiding in abandoned house near the port.', 'The suspect was hiding in an abandoned house near the port.'],
    ['The hearing ended and Witness said he saw nothing.', 'The hearing ended and Witness said he saw nothing.'],
    ['The mayor invited traders and owners of small shop to the meeting.', 'The mayor invited traders and owners of small shops to the meeting.'],
    ['Ministers and heads of institution must report by Friday.', 'Ministers and heads of institutions must report by Friday.'],
  ])('%s', (text, after) => {
    expect(fixed(text, ID)).toBe(after);
  });
});

describe('noun-countability stays silent on good English', () => {
  it.each([
    'Three year old children attended the class.',
    'The two car makers agreed to merge.',
    'Seven drug and gambling dens were closed.',
    'Both official and private data show a rise.',
    'He won 14 gold medals at the games.',
    'She was elected in 2014 and again in 2019.',
    'Park said the talks would resume next week. Park Geun-hye was not present.',
    'Article 5 paragraph 2 sets the limit.',
    'Separately, a magnitude-6.2 earthquake struck off the coast on Monday.',
    'The company moved at great speed in the first month.',
    'Government spending rose in the second quarter.',
    'She has been treated like one of the family since 2010.',
    'Some of the country was flooded and most of the island lost power.',
    'Heads of state and heads of government met, and the points of view differed.',
    'Places of worship were closed, and cases of drug abuse rose.',
    'Residents of the village and owners of land and property were compensated.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
