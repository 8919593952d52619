import { describe, expect, it } from 'vitest';
import { findingTexts as findings } from './helpers.js';

/**
 * Native English news from the regional and business press (Singapore market reports, Philippine
 * election counts, science obituaries): constructions that must not read as translation slips.
 * Every sentence is written for this test; the must-flag cases beside them keep each guard narrow.
 */

describe('native precision, round ten (regional and business press)', () => {
  it('"among others in the region." closing a clause means the other members of a group', () => {
    expect(findings('The fund manager said it was upbeat on Thai bonds, among others in the region.', 'calque-phrase')).toEqual([]);
    expect(findings('Analysts were bullish on the rupiah, among others in the region, a note said.', 'calque-phrase')).toEqual([]);
    // "among others" opening a list or a form is still the calque of *antara lain*.
    expect(findings('The aid was given among others in the form of rice.', 'calque-phrase')).toEqual(['among others']);
    expect(findings('The festival is held in several cities, among others in Jakarta and Medan.', 'calque-phrase')).toEqual(['among others']);
  });

  it('a surname particle after a quoted nickname is part of the name', () => {
    expect(findings('Senator Ronald “Bato” dela Rosa spoke after the vote.', 'spelling')).toEqual([]);
    expect(findings('Senator Ronald dela Rosa spoke after the vote.', 'spelling')).toEqual([]);
  });

  it('a species epithet after an abbreviated genus is Latin, not a misspelling', () => {
    expect(findings('The lab bred the worm C. elegans and grew E. coli in broth.', 'spelling')).toEqual([]);
    expect(findings('Mosquitoes such as A. aegypti carry the virus.', 'spelling')).toEqual([]);
    // An English misspelling after an initial is still reported.
    expect(findings('The worm C. elegnt was studied.', 'spelling')).toEqual(['elegnt']);
  });

  it("a participle after the headline's own present verb is an adjective before its noun", () => {
    expect(findings('Toll Climbs as Rescuers Reach Devastated Areas\n\nThe toll rose on Monday.', 'verb-form')).toEqual([]);
    // after an infinitive the verb may be one the tagger rarely reads as a verb ("back")
    expect(findings('Governor Pledges to Back Stalled Ring Road Project\n\nThe governor spoke on Monday.', 'verb-form')).toEqual([]);
    // A past verb right after the subject is still the Indonesian tenseless headline.
    expect(findings('Mayor Inaugurated New Market in Bogor\n\nThe mayor opened it on Monday.', 'verb-form')).toEqual(['Inaugurated']);
  });

  it('a pronoun after a quotation about the woman the obituary follows is no sure misgendering', () => {
    const text = 'The novelist Joan Marsh has died, her husband Peter Lang has announced.\n\nShe was 77 and lived in Leeds.\n\nSpeaking to reporters about his wife, Mr Lang said: "She was the kindest woman I knew."\n\nHe said she won a prize at Oxford.';
    expect(findings(text, 'pronoun-gender')).toEqual([]);
  });

  it('a species epithet after its genus is Latin, not two words run together', () => {
    expect(findings('The moss was named Bryoria vulgaris ("vulgaris" means common).', 'spacing')).toEqual([]);
    // Two English words that lost their space are still reported.
    expect(findings('The team visited the village inthe morning.', 'spacing')).toEqual(['inthe']);
  });

  it('a participle before a relative clause with its own subject belongs to the headline noun', () => {
    expect(findings('Dozens Feared Trapped After Mine Collapse\n\nRescuers reached the mine on Sunday.', 'verb-form')).toEqual([]);
    expect(findings('Frogs Recently Described That Most Hikers Miss\n\nThe frogs live high in the canopy.', 'verb-form')).toEqual([]);
    expect(findings('Street Vendors Hid Their Goods From Jakarta Officers\n\nDozens of vendors at the market packed up on Monday.', 'verb-form')).toEqual(['Hid']);
  });
});
