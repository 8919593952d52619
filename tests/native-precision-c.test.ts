import { describe, expect, it } from 'vitest';
import { findingTexts as findings } from './helpers.js';
import { analyse } from '../src/analysis/analyse.js';

/** Native English news about Indonesia, round three (sport, tourism, religion, mining, drugs): constructions that must not read as translation slips. */

describe('native precision, round three', () => {
  it('a capitalised word that opens a longer name elsewhere is that name after a comma', () => {
    const text = 'Amnesty International counted 40 public canings in Indonesia last year.\nThe province caned nine more people in May, Amnesty said on Monday.';
    expect(findings(text, 'spelling')).toEqual([]);
  });

  it('a past participle after "in" + a place heads a reduced relative clause', () => {
    expect(findings('Aceh is the only province in Indonesia allowed to enforce Islamic law.', 'verb-complement')).toEqual([]);
    expect(findings('The governor of Aceh urged to keep the beaches clean.', 'verb-complement')).toEqual(['urged to']);
  });

  it('a local word the writer names as the local term may be reused', () => {
    const text = 'Officials in Bali brought in an executioner, or "algojo" in Bahasa, for the caning. The algojo wore a hood.';
    expect(findings(text, 'untranslated-word')).toEqual([]);
    expect(findings('In Bali the algojo wore a hood during the caning.', 'untranslated-word')).toEqual(['algojo']);
  });

  it('a short Indonesian phrase in quotation marks is quoted on purpose', () => {
    expect(findings('Critics in Indonesia called the plan "omong kosong" — empty talk.', 'untranslated-word')).toEqual([]);
    expect(findings('Critics in Indonesia called the plan omong kosong on Monday.', 'untranslated-word')).toEqual(['omong kosong']);
    // A quoted phrase whose words split between the lexicon and the general check is one phrase.
    expect(findings('In Lombok a rain handler or ‘pawang hujan’ tried to chase the clouds away.', 'untranslated-word')).toEqual([]);
    expect(findings('In Lombok the hujan fell for an hour before the race.', 'untranslated-word')).toEqual(['hujan']);
  });

  it('compass words, unit abbreviations and collective nouns are no singular count nouns', () => {
    expect(findings('The jail in Bali holds several west African inmates.', 'article-number')).toEqual([]);
    expect(findings('The new train in Java reached 320kmh on a test run.', 'article-number')).toEqual([]);
    expect(findings('Two pilgrims from Indonesia fell ill; most of the rest were unharmed.', 'article-number')).toEqual([]);
    expect(findings('The vast majority of deaths in the Lombok quake were in the north.', 'article-number')).toEqual([]);
    expect(findings('Many of residents in Lombok slept outside.', 'article-number')).toEqual(['Many of residents']);
  });

  it('an age before a one-word name marks a person whose gender is unknown', () => {
    const text = 'In a Surabaya market Sari, a young saleswoman, gave her view. Nearby, 30-year-old Ketut shrugged: "It is fine," he says.';
    expect(findings(text, 'pronoun-gender')).toEqual([]);
  });

  it('a closed em dash after a dateline is house style, a glued hyphen is not', () => {
    expect(findings('GoTo cuts jobs\nSINGAPORE—Indonesian ride-hailing firm GoTo cut 1,300 jobs on Friday.', 'punctuation')).toEqual([]);
    expect(findings('GoTo cuts jobs\nJAKARTA-The Indonesian ride-hailing firm GoTo cut 1,300 jobs on Friday.', 'punctuation')).toEqual(['-']);
  });

  it('a unit abbreviation or a company ticker in brackets is no Indonesian acronym', () => {
    expect(findings('Indonesia added 2.5 gigawatt (GW) of coal capacity near Jakarta.', 'untranslated-acronym', false)).toEqual([]);
    expect(findings('Freeport-McMoRan Copper & Gold (FCX) met officials in Jakarta.', 'untranslated-acronym', false)).toEqual([]);
    expect(findings('The watershed (DAS) near Bogor in Indonesia is damaged.', 'untranslated-acronym', false)).toEqual(['DAS']);
  });

  it('letters after ", or" spell the words before them, quoted and lower case too', () => {
    const text = 'Jakarta may sign the "green energy transition plan," or GETP, in Indonesia next week. GETP talks resume on Monday.';
    expect(findings(text, 'untranslated-acronym', false)).toEqual([]);
    expect(findings('Jakarta may sign the GETP in Indonesia next week.', 'untranslated-acronym', false)).toEqual(['GETP']);
  });

  it('"room for" is capacity, not a bare count noun', () => {
    expect(findings('The circuit in Lombok seats 20,000 people, with room for 5,000 more.', 'noun-countability', false)).toEqual([]);
  });

  it('a sentence does not end at the decimal point of an amount', () => {
    const doc = analyse('Jakarta set aside Rp4.5 trillion for aid. Officials agreed.');
    expect(doc.sentences.length).toBe(2);
    expect(analyse('The budget was IDR496.8 trillion this year.').sentences.length).toBe(1);
  });
});
