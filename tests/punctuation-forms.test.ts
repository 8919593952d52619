/**
 * Written forms of newsroom typing (src/rules/punctuation-forms.ts) and the preposition patterns of
 * the same session: each fix applied to a sentence of our own gives the English an editor writes,
 * and look-alikes of good English stay silent.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { fixed } from './helpers.js';

function flags(text: string, rule: string): string[] {
  return check(text, { only: [rule] })
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => f.text);
}

const FIXES: [rule: string, input: string, output: string][] = [
  ['punctuation', '"Nobody will be allowed to block the road." explained the district chief on Monday.', '"Nobody will be allowed to block the road," explained the district chief on Monday.'],
  ['punctuation', '“The dam is safe for now.” he said after the inspection.', '“The dam is safe for now,” he said after the inspection.'],
  ['punctuation', 'Investors now wait for the central bank`s next move.', "Investors now wait for the central bank's next move."],
  ['punctuation', 'The governor’s office said the “levy” was fair, while the mayor`s office disagreed.', 'The governor’s office said the “levy” was fair, while the mayor’s office disagreed.'],
  ['punctuation', 'Acting regent Budi `Ubud` Santoso opened the market.', 'Acting regent Budi "Ubud" Santoso opened the market.'],
  ['punctuation', 'Dengue cases climb\nSEMARANG-The city health office recorded 300 dengue cases in January.', 'Dengue cases climb\nSEMARANG - The city health office recorded 300 dengue cases in January.'],
  ['punctuation', 'Dengue cases climb\nSEMARANG The city health office recorded 300 dengue cases in January.', 'Dengue cases climb\nSEMARANG - The city health office recorded 300 dengue cases in January.'],
  ['punctuation', 'The permit follows Regulation No.12 of 2020.', 'The permit follows Regulation No. 12 of 2020.'],
  ['punctuation', 'Vaccination against COVID 19 resumes on Monday.', 'Vaccination against COVID-19 resumes on Monday.'],
  ['punctuation', 'Sales fell in March. However the company expects a better quarter.', 'Sales fell in March. However, the company expects a better quarter.'],
  ['punctuation', 'The agency sent tents to the camp. distribute them to the families first.', 'The agency sent tents to the camp. Distribute them to the families first.'],
  ['preposition', 'Fishermen have used these waters since centuries, the elders said.', 'Fishermen have used these waters for centuries, the elders said.'],
  ['preposition', 'The minister said through a written statement that the port would reopen.', 'The minister said in a written statement that the port would reopen.'],
];

describe('written-form fixes write English', () => {
  it.each(FIXES)('%s: %s', (rule, input, output) => {
    expect(fixed(input, rule)).toBe(output);
  });
});

describe('an owner plural before its noun', () => {
  it('writes the singular possessive', () => {
    expect(fixed('Ash fell near the volcanos crater, and the governments coordination was slow.', 'possessive-apostrophe')).toBe("Ash fell near the volcano's crater, and the government's coordination was slow.");
  });
  it('leaves a clause after an introductory phrase alone', () => {
    expect(flags('In the villages people lined up, and the nations agreed.', 'possessive-apostrophe')).toEqual([]);
  });
});

describe('written-form look-alikes of good English', () => {
  it.each([
    // A quotation that ends its sentence, followed by a new sentence.
    '"Nobody will block the road." The district chief said the market would reopen.',
    // Code in backticks.
    'Type `make install` and wait for the build to finish.',
    // An acronym opening a lead, a headline in capitals, and a dateline with its dash.
    'Dengue cases climb\nBNPB Head Suharyanto said 300 cases were recorded in January.',
    'SEMARANG Records 300 Dengue Cases\nThe city health office recorded 300 cases in January.',
    'Dengue cases climb\nSEMARANG - The city health office recorded 300 cases in January.',
    // "No." with its space, and "no." in running text.
    'Story No. 2 ran on page 3, and room no.4 stayed shut.',
    'COVID-19 and Covid-19 are both written with the hyphen.',
    // Concessive "however", and the sentence adverb with its comma.
    'However he votes, the bill will pass. However, the senate may delay it.',
    '"We pressed high. However we did not finish well," the coach said.',
    'The poster turns every 9 sec. so each one is seen.',
    // Abbreviations and times before a lower-case word.
    'The ferry leaves at 7 a.m. daily and carries approx. forty cars, trucks etc. as well.',
  ])('punctuation stays silent: %s', (text) => {
    expect(flags(text, 'punctuation')).toEqual([]);
  });
  it.each([
    'Prices have doubled since 1998, and since years of drought ended the harvests recovered.',
    'The lawyer read through the statement and spoke through an interpreter.',
  ])('preposition stays silent: %s', (text) => {
    expect(flags(text, 'preposition')).toEqual([]);
  });
});
