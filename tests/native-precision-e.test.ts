import { describe, expect, it } from 'vitest';
import { findingTexts as findings } from './helpers.js';

/**
 * Native English news on Southeast Asian crime, elections, labour, aviation, haze, wildlife and
 * sport: constructions that must not read as translation slips. Every sentence is written for this
 * test; the must-flag cases beside them keep each guard narrow.
 */

describe('native precision, round five (Southeast Asia beyond Indonesia)', () => {
  it('Filipino and Portuguese surname particles between name words are no misspellings', () => {
    expect(findings('Senator Ronald dela Rosa spoke to reporters in Manila on Friday.', 'spelling')).toEqual([]);
    expect(findings('The coach, Joana dos Santos, named her squad on Monday.', 'spelling')).toEqual([]);
    // Not between name words: still a word to check.
    expect(findings('The union said the dela was signed late on Monday night.', 'spelling')).toEqual(['dela']);
  });

  it('an alias after ", or" or the English right after glosses a term', () => {
    expect(findings('The village head, or kepala desa, said the water had reached the second floor of the clinic in Indonesia.', 'untranslated-word')).toEqual([]);
    expect(findings("Indonesia's Dewan Perwakilan Rakyat, the House of Representatives, passed the bill on Tuesday.", 'untranslated-word')).toEqual([]);
    // A bare term, or one set off by commas without its English, stays reported.
    expect(findings('In Indonesia the kepala desa said the water had reached the second floor.', 'untranslated-word')).toEqual(['kepala desa']);
    expect(findings('Vendors in Indonesia sell takjil, sweet snacks eaten to break the fast, along the main roads.', 'untranslated-word')).toEqual(['takjil']);
  });

  it('a word inside a hashtag is quoted as written', () => {
    expect(findings('Borrowers shared their stories under the hashtag #korban_pinjaman on social media.', 'untranslated-word')).toEqual([]);
    expect(findings('Many borrowers took a pinjaman from the lender and could not repay it.', 'untranslated-word')).toEqual(['pinjaman']);
  });

  it('a term followed by a dash and its English meaning is glossed', () => {
    expect(findings('At dusk the family gathered to buka puasa – break their fast – with dates and tea.', 'untranslated-word')).toEqual([]);
    expect(findings('At dusk the family gathered to buka puasa with dates and tea.', 'untranslated-word')).toEqual(['buka puasa']);
  });

  it('"both" after a plural subject floats; it counts no noun after it', () => {
    expect(findings('Rival slates both falter in the Senate race', 'article-number')).toEqual([]);
    expect(findings('The two airlines both report higher bookings, and they both fear fuel costs.', 'article-number')).toEqual([]);
    expect(findings('The minister met both candidate on Monday.', 'article-number')).toEqual(['candidate']);
  });

  it('a number and unit modify a noun the tagger may read as a verb', () => {
    expect(findings('Economists expect the first 25 basis point cut to come in the second quarter.', 'noun-countability')).toEqual([]);
    expect(findings('Prices rose by 25 point this year.', 'noun-countability')).toEqual(['point']);
  });

  it('medals are counted in the plural', () => {
    expect(findings('The swimmer has won three golds and two bronzes at the Games.', 'noun-countability', false)).toEqual([]);
  });

  it('"In his application," is a court filing, not a calque of "dalam penerapannya"', () => {
    expect(findings('In his application, the former minister asked the court to review the order.', 'calque-phrase')).toEqual([]);
    expect(findings('In its application, the rule will cover every district.', 'calque-phrase')).toEqual(['In its application,']);
  });

  it('a name counted or agreeing with a plural verb is a plural, not a name with a stray s', () => {
    expect(findings('On the island, five adult Komodos are resting in the shade near the rangers.', 'possessive-apostrophe')).toEqual([]);
    expect(findings('Visitors love Komodo, and the Komodos are fed by rangers twice a week.', 'possessive-apostrophe')).toEqual([]);
    expect(findings('Tourists return to Bali, as Balis is one of the safest places to visit.', 'possessive-apostrophe')).toEqual(['Balis']);
  });

  it('an acronym the writer gives as the local name ("refer to as") is named on purpose', () => {
    const text = 'Thousands fell ill with acute respiratory infections, or what health officials in Jakarta refer to as ISPA.\n"We counted 4,000 cases of ISPA this month," the minister said.';
    expect(findings(text, 'untranslated-acronym')).toEqual([]);
  });

  it('a modifier noun before a quoted plural head is no singular head', () => {
    expect(findings('The reform led to hundreds of cannabis "dispensaries" opening across the capital.', 'article-number')).toEqual([]);
    expect(findings('Hundreds of student marched to the palace on Friday.', 'article-number')).toEqual(['student']);
  });

  it('the Malay patronymic "binti" inside a name is no Indonesian word left in', () => {
    expect(findings('Police in Jakarta said the woman, Siti Aisyah binti Hassan, told the court in Indonesia she had been threatened.', 'untranslated-word')).toEqual([]);
  });

  it('an English acronym whose head word is left out of the name is no Indonesian acronym', () => {
    const hints = (t: string): string[] => findings(t, 'untranslated-acronym', false);
    expect(hints('In Jakarta, the city also launched a light rail (LRT) system to link the suburbs, officials in Indonesia said.')).toEqual([]);
    expect(hints('In Jakarta, the river basin (DAS) flooded again, the disaster agency in Indonesia said.')).toEqual(['DAS']);
  });

  it('a headline joins two predicates with a comma', () => {
    expect(findings('Prabowo visits Canberra, signs defence pact with Albanese\nThe leaders met on Tuesday.', 'punctuation')).toEqual([]);
    expect(findings('The Governor of Bali Wayan Koster, inaugurates the new market on Monday.', 'punctuation')).toEqual(['Koster, inaugurates']);
  });
});
