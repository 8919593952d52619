import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { fixed } from './helpers.js';

/** Spelling slips added in session 20 (issue 10, the spelling class): shapes names almost never take. */
function findings(text: string): string[] {
  return check(text, { only: ['spelling'] })
    .findings.filter((f) => f.ruleId === 'spelling')
    .map((f) => f.text);
}

describe('a capitalised word with two letters swapped or two vowels exchanged', () => {
  it.each([
    ['The envoys were received at the State Palcae on Tuesday.', 'The envoys were received at the State Palace on Tuesday.'],
    ['The Regional Tournemant opens in Solo next week.', 'The Regional Tournament opens in Solo next week.'],
    ['Ticket sales for the tournemant start on Friday.', 'Ticket sales for the tournament start on Friday.'],
  ])('%s', (input, output) => {
    expect(fixed(input, 'spelling')).toBe(output);
  });

  it('stays silent on names with a letter added or changed, and on Indonesian words', () => {
    expect(findings('Governor Notte met Judge Bootle and the Deller Consort in Fairless Hills.')).toEqual([]);
    expect(findings('The team flew from West Papua to Tanjung Priok on Monday.')).toEqual([]);
    expect(findings('Reporters spoke to Gasse and Menas after the match.')).toEqual([]);
  });
});

describe('a capitalised word right after an adjective of an institution', () => {
  it.each([
    ['Guests met at the Presidential Palance in Bogor.', 'Guests met at the Presidential Palace in Bogor.'],
    ['The Regional Hospitel treated 20 victims.', 'The Regional Hospital treated 20 victims.'],
  ])('%s', (input, output) => {
    expect(fixed(input, 'spelling')).toBe(output);
  });

  it('stays silent after a title, a place word or a lower-case adjective, and at the start of a sentence', () => {
    expect(findings('General Notte and the Central Papua office met the generous Broun.')).toEqual([]);
    expect(findings('Hospitel staff met the Regional director.')).toEqual([]);
  });
});

describe("a sentence's short first word one letter from a frequent function word", () => {
  it.each([
    ['Thsi is the first harvest of the year.', 'This is the first harvest of the year.'],
    ['“Thie is a new start for the village,” the mayor said.', '“This is a new start for the village,” the mayor said.'],
  ])('%s', (input, output) => {
    expect(fixed(input, 'spelling')).toBe(output);
  });

  it('stays silent on names that open a sentence, and on a name used again inside a sentence', () => {
    expect(findings('Getz is a difficult player to guard. Juet demanded an answer.')).toEqual([]);
    expect(findings('Thie is the village head. Residents trust Thie and his staff.')).toEqual([]);
    expect(findings('Thie Is A Headline In Title Case')).toEqual([]);
  });
});

describe('a participle split from under, over or out', () => {
  it.each([
    ['Many guards are under paid, the union said.', 'Many guards are underpaid, the union said.'],
    ['The clinic was over crowded on Monday.', 'The clinic was overcrowded on Monday.'],
    ['The rebels were out numbered and retreated.', 'The rebels were outnumbered and retreated.'],
    ['The court up held the sentence, and the agency with held the report.', 'The court upheld the sentence, and the agency withheld the report.'],
  ])('%s', (input, output) => {
    expect(fixed(input, 'spelling')).toBe(output);
  });

  it('stays silent before a noun, on pairs English writes apart, and on other prefixes', () => {
    expect(findings('The workers argued over paid leave for a week.')).toEqual([]);
    expect(findings('Talks are under way and work went on over time.')).toEqual([]);
    expect(findings('Feelers were put out last year, and the turn over writes the record.')).toEqual([]);
    // A participle that is also a base form: "rise over run".
    expect(findings('The slope is rise over run; he picked up used bottles.')).toEqual([]);
  });
});
