/** pronoun-gender beyond its meta examples: other people, countries and wordings. */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

process.env['CALQUE_DEBUG'] = '1';
const flagged = (text: string): string[] => check(text, { only: ['pronoun-gender'] }).findings.map((f) => `${f.text}→${f.suggestions[0] ?? ''}`);

describe('pronoun-gender flags conflicting pronouns', () => {
  it.each([
    ['Health Minister Budi Gunadi Sadikin visited the hospital in Surabaya. She said vaccines would arrive next week.', ['She→He']],
    ['President Ferdinand Marcos Jr. landed in Tokyo on Tuesday. Officials welcomed Marcos and her delegation at Haneda airport.', ['her→his']],
    ['Prime Minister Giorgia Meloni spoke to reporters after the summit, and he said Italy would support the plan.', ['he→she']],
    ['Ms. Rahayu told the court that the documents were forged. His lawyer asked for a delay.', ['His→Her']],
    ['Defence Minister Richard Marles toured the shipyard, where workers showed her the new submarine hull.', ['her→him']],
    ['Vietnamese President Vo Van Thuong met Xi Jinping in Hanoi. Xi thanked her host for the welcome.', ['her→his']],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});

describe('pronoun-gender stays silent on good English', () => {
  it.each([
    'Finance Minister Sri Mulyani Indrawati said her ministry would cut spending.',
    'Recep Tayyip Erdogan and his wife Emine Erdogan arrived in Ankara, where she opened a school.',
    'Queen Elizabeth received Barack Obama, and she showed him the gardens.',
    'Kim Jong-un inspected the factory with his daughter. Kim told her the workers were heroes.',
    'The governor met a nurse at the clinic and thanked her for her work.',
    'In her first speech as leader, Sanae Takaichi promised lower taxes.',
    'Mr. and Mrs. Tan arrived late; she said their flight had been delayed.',
    'Each applicant must bring his or her passport, Joko Widodo said.',
    '"He is my brother," said Siti Nurhaliza of the singer.',
    'Lee Jae-myung met his counterpart. The minister told him the talks had gone well.',
    'Jacinda Ardern resigned in January. She was succeeded by Chris Hipkins, who praised her leadership.',
    'Police said the suspect, a woman from Bekasi, had fled. She was arrested on Friday.',
    'Anwar Ibrahim thanked the teacher for her years of service.',
    'Kamala Harris met Vladimir Putin? No: she met Volodymyr Zelensky, and praised his courage.',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});
