/**
 * Mechanics (issue 10, items 3 and 4): each check's fix applied to a sentence of our own gives the
 * English an editor would write, and look-alikes of good English stay silent.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { fixed } from './helpers.js';

function flags(text: string, rule: string): string[] {
  return check(text, { only: [rule] })
    .findings.filter((f) => f.ruleId === rule && f.severity !== 'info')
    .map((f) => f.text);
}

const FIXES: [rule: string, input: string, output: string][] = [
  ['punctuation', 'The bridge collapsed (near Bitung) , and two trucks fell.', 'The bridge collapsed (near Bitung), and two trucks fell.'],
  ['punctuation', 'The bridge collapsed at dawn .Two trucks fell into the river .', 'The bridge collapsed at dawn. Two trucks fell into the river.'],
  ['punctuation', 'The bridge collapsed,two trucks fell;nobody was hurt.The road is closed.', 'The bridge collapsed, two trucks fell; nobody was hurt. The road is closed.'],
  ['punctuation', 'The regency repaired the roads, eg the one to the port.', 'The regency repaired the roads, e.g. the one to the port.'],
  ['punctuation', 'The toll road opens in May, the minister said quoting the contractor.', 'The toll road opens in May, the minister said, quoting the contractor.'],
  ['punctuation', '“The repairs will take three more weeks” said Rahmat.', '“The repairs will take three more weeks,” said Rahmat.'],
  ['punctuation', '"We have asked for more pumps from the capital" he explained.', '"We have asked for more pumps from the capital," he explained.'],
  ['possessive-apostrophe', 'Critics called the levy \'unfair\'. The ministry\' new draft keeps it.', 'Critics called the levy \'unfair\'. The ministry\'s new draft keeps it.'],
];

describe('mechanics fixes write English', () => {
  it.each(FIXES)('%s: %s', (rule, input, output) => {
    expect(fixed(input, rule)).toBe(output);
  });
});

describe('mechanics look-alikes of good English', () => {
  it.each([
    'Shares rose 1,000 percent in 3.5 years, Antaranews.com and REPUBLIKA.CO.ID reported.',
    'Traders piled into the “Sell America” trade on Friday, citing tariffs.',
    'The “Sell America” trade said little about Europe.',
    'Officials (including two mayors) arrived. (The storm had passed.)',
    'The options are: a) wait, b) evacuate.',
    'Write to press@example.org.The office replies within a day.',
  ])('punctuation stays silent: %s', (text) => {
    expect(flags(text, 'punctuation')).toEqual([]);
  });
  it('pairs a closing single quote with an opening one earlier in the paragraph, across a full stop', () => {
    expect(flags("Investors fled to a 'Sell America. Buy Europe' trade on Friday.", 'possessive-apostrophe')).toEqual([]);
    expect(flags("Investors fled to a 'Sell America' trade. The dollar' slide went on.", 'possessive-apostrophe')).toEqual(["dollar'"]);
  });
});

describe('an appositive name opened by a comma is closed by the fix', () => {
  it.each([
    ['Minister of Social Affairs, Juliari Batubara and his entourage visited the camp.', 'Minister of Social Affairs, Juliari Batubara, and his entourage visited the camp.'],
    ['JAKARTA - Head of Research at Mandiri Sekuritas, Rina Dewi said stocks fell.', 'JAKARTA - Head of Research at Mandiri Sekuritas, Rina Dewi, said stocks fell.'],
  ])('%s', (input, output) => {
    expect(fixed(input, 'punctuation')).toBe(output);
  });
});

describe('a currency code glued to its amount is spaced like the rest of the text', () => {
  it('spaces every glued amount of a code the text spaces elsewhere', () => {
    expect(fixed('BRI sold IDR 16.6 trillion, BNI IDR4.2 trillion and BCA IDR99.7 billion.', 'spacing')).toBe('BRI sold IDR 16.6 trillion, BNI IDR 4.2 trillion and BCA IDR 99.7 billion.');
  });
  it('keeps a text that always glues the code', () => {
    expect(flags('BRI sold IDR16.6 trillion and BNI IDR4.2 trillion.', 'spacing')).toEqual([]);
  });
});

describe('spelling: written forms', () => {
  it.each([
    ['The players can not give their best, and i think they know it.', 'The players cannot give their best, and I think they know it.'],
    ['Can not stop now, the coach said.', 'Cannot stop now, the coach said.'],
  ])('%s', (input, output) => {
    expect(fixed(input, 'spelling')).toBe(output);
  });
  it('leaves "can not only … but also" and list markers alone', () => {
    expect(flags('The port can not only handle tankers but also ferries; see (i) and (ii).', 'spelling')).toEqual([]);
  });
});
