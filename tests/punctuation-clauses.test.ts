/**
 * The clause-comma checks of the punctuation rule (src/rules/punctuation-clauses.ts): each fix
 * applied to a sentence of our own gives the English an editor writes, and look-alikes of good
 * English (closed appositives, introductory phrases, quoted speech) stay silent.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { fixed } from './helpers.js';

function flags(text: string): string[] {
  return check(text, { only: ['punctuation'] })
    .findings.filter((f) => f.ruleId === 'punctuation')
    .map((f) => f.text);
}

const FIXES: [input: string, output: string][] = [
  // A pronoun subject set off by a comma that no comma closes.
  ['"We, at the port authority will check every ferry," the director said.', '"We at the port authority will check every ferry," the director said.'],
  // A plain noun-phrase subject after an introductory phrase, and one holding a relative clause.
  ['On Monday, the Trade Office and the Cooperatives Office (Diskop), held a market review.', 'On Monday, the Trade Office and the Cooperatives Office (Diskop) held a market review.'],
  ['Officials said that the storm that hit the coast of Maluku, damaged at least 60 boats.', 'Officials said that the storm that hit the coast of Maluku damaged at least 60 boats.'],
  // A bare title or organisation noun before the name.
  ['State shipping company, PT Laut Biru bought four ferries.', 'State shipping company PT Laut Biru bought four ferries.'],
  ['The petition came from the lawyers of labour activist, Dewi Lestari.', 'The petition came from the lawyers of labour activist Dewi Lestari.'],
  // A name subject after an introductory phrase of time, and a person noun heading a title.
  ['On Friday, Health Office head Dewi Lestari, opened the clinic.', 'On Friday, Health Office head Dewi Lestari opened the clinic.'],
  ['Economist of Bank Laut, Budi Santoso said prices would rise.', 'Economist of Bank Laut, Budi Santoso, said prices would rise.'],
  // A dash left from a dropped dateline.
  ['Rice prices fall\n– In the third week of April, the market agency recorded lower rice prices in every district.\nTraders expect more stock in May.', 'Rice prices fall\nIn the third week of April, the market agency recorded lower rice prices in every district.\nTraders expect more stock in May.'],
];

describe('clause-comma fixes write English', () => {
  it.each(FIXES)('%s', (input, output) => {
    expect(fixed(input, 'punctuation')).toBe(output);
  });
});

describe('clause-comma look-alikes of good English', () => {
  it.each([
    // Closed appositives and parentheses, after a pronoun and after a noun phrase.
    'We, at the port authority, will check every ferry.',
    'On Monday, the head of the office, Dewi Lestari, opened the market.',
    'The office, which opened in May, held a market review.',
    // The opening segment carries the subject; the comma after it opens an appositive.
    'In 1921 Henry Morton, baker and grocer, became the mayor of the town.',
    'Then Budi Santoso, the goalkeeper, left the pitch.',
    'As the referee, Budi Santoso, explains before the match, the rules changed.',
    'In the end the old fisherman, Budi Santoso, sold the boat.',
    // Participles and named things after a comma.
    'The ferry, based in Bitung, carried 90 people. The exhibition, called Laut Kita, opens in June.',
    // A title with a determiner, and an introductory "As chairman".
    'The petition came from the lawyers of the activist, Dewi Lestari.',
    'As chairman, Budi Santoso opened the talks.',
    'According to a local historian, Dewi Lestari, the bridge is older.',
    // Dashes in lists.
    'Steps\n- Fill in the form with your name and address before the deadline.\n- Send the form to the district office with a copy of your card.',
  ])('%s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
