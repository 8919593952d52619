/**
 * Grammar and mechanics rules (issue 10): each rule's fix applied to a sentence of our own gives
 * real English, and the spelling word list is the one built from the installed dictionaries.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { fixed } from './helpers.js';
import { isEnglishWord, spellingSuggestions, wordListSource } from '../src/lexicons/english-words.js';

const CASES: [rule: string, input: string, output: string][] = [
  ['quote-spacing', 'The mayor added,”We will rebuild the market.”', 'The mayor added, “We will rebuild the market.”'],
  ['quote-spacing', '“The rice harvest went well, “said the farmer.', '“The rice harvest went well,” said the farmer.'],
  ['quote-spacing', '"Susi"Pudjiastuti sank the boats.', '"Susi" Pudjiastuti sank the boats.'],
  ['possessive-apostrophe', 'The police’ quick response saved two climbers.', 'The police’s quick response saved two climbers.'],
  ['spacing', 'The regency must solve thesechallenges soon.', 'The regency must solve these challenges soon.'],
  ['spelling', 'The market will reopen at the weekand after repairs.', 'The market will reopen at the weekend after repairs.'],
  ['spacing', 'The governor  opened the bridge.', 'The governor opened the bridge.'],
  ['doubled-word', 'Officials plan to to widen the road.', 'Officials plan to widen the road.'],
  ['doubled-word', 'The Regional Disaster Management Agency Agency sent two boats.', 'The Regional Disaster Management Agency sent two boats.'],
  ['doubled-word', 'The team worked in the in the north, and the the\nthe road reopened.', 'The team worked in the north, and the road reopened.'],
  ['spacing', 'The disaster agency ( BNPB ) flew the president ofIndonesia to Palu.', 'The disaster agency (BNPB) flew the president of Indonesia to Palu.'],
  ['spelling', 'Arrests of drug couriers have doubled since last Month, and thier trials start soon.', 'Arrests of drug couriers have doubled since last month, and their trials start soon.'],
  ['quote-spacing', 'The chief said, “ We are ready for the flood season.”', 'The chief said, “We are ready for the flood season.”'],
  ['punctuation', 'Police seized the truck on Friday.The driver fled to Surabaya,where he hid.', 'Police seized the truck on Friday. The driver fled to Surabaya, where he hid.'],
  ['spelling', 'The flood reached a goverment office in Demak.', 'The flood reached a government office in Demak.'],
  // Plurals through pluralize, articles through indefinite: never "childs", "heros", "crisises", "wifes".
  ['article-number', 'Three child and two hero died in the floods.', 'Three children and two heroes died in the floods.'],
  ['article-number', 'Several crisis followed, and many wife lost their land.', 'Several crises followed, and many wives lost their land.'],
  ['article-number', 'The funds were spent in honest way and in unique way.', 'The funds were spent in an honest way and in a unique way.'],
  ['article-number', 'The storm displaced 1.2 millions of residents.', 'The storm displaced 1.2 million residents.'],
  ['article-number', 'Meanwhile, Governor asked for an information on the fire.', 'Meanwhile, the Governor asked for information on the fire.'],
  ['article-number', 'Hundreds of personnels delivered the informations to each villages.', 'Hundreds of personnel delivered the information to each village.'],
  ['article-number', 'A number of crisis hit thousands of house, and the 14 peoples fled.', 'A number of crises hit thousands of houses, and the 14 people fled.'],
  ['article-number', 'Public is urged to avoid eastern part of the city, the regent said in statement.', 'The public is urged to avoid the eastern part of the city, the regent said in a statement.'],
  ['article-number', 'Ministry of Health said via official statement that it would help.', 'The Ministry of Health said in an official statement that it would help.'],
  ['article-number', 'There is no new facts, and there was 12 suspects.', 'There are no new facts, and there were 12 suspects.'],
  ['article-number', 'He was charged under Article 110 of Criminal Code.', 'He was charged under Article 110 of the Criminal Code.'],
  ['preposition', 'Despite of the rain, they discussed about the tsunami risk in the south coast in Monday.', 'Despite the rain, they discussed the tsunami risk on the south coast on Monday.'],
  ['preposition', 'On the first week of March, the team comprises of ten divers; the road opens on March 2025.', 'In the first week of March, the team comprises ten divers; the road opens in March 2025.'],
  ['article-number', 'Toll Road Section 1 and 2 opened, under Article 55 and 56 of the law.', 'Toll Road Sections 1 and 2 opened, under Articles 55 and 56 of the law.'],
  ['article-a-an', 'A hour later, a honest official found a unidentified man and an new car.', 'An hour later, an honest official found an unidentified man and a new car.'],
  ['article-a-an', 'An university student waited a hour at an useful spot.', 'A university student waited an hour at a useful spot.'],
  ['article-a-an', 'A LPG truck met an KPK car and a F-16 after a MoU.', 'An LPG truck met a KPK car and an F-16 after an MoU.'],
  ['noun-countability', 'The number of victim rose, and the total number of house grew.', 'The number of victims rose, and the total number of houses grew.'],
  ['verb-form', 'The mayor would visited Tegal, and the ferry did not sailed.', 'The mayor would visit Tegal, and the ferry did not sail.'],
  ['verb-form', 'Rain is expected to continues, and the ministry wants to builds a dam.', 'Rain is expected to continue, and the ministry wants to build a dam.'],
  ['verb-form', 'Residents are not allow to return, and rain is predict to rise.', 'Residents are not allowed to return, and rain is predicted to rise.'],
  ['subject-verb-agreement', 'He said the suspects has fled, and police confirmed that the victims was safe.', 'He said the suspects have fled, and police confirmed that the victims were safe.'],
  ['verb-form', 'The landslide was occurred at night and trade had been flourished.', 'The landslide occurred at night and trade had flourished.'],
  ['verb-form', 'More rain will be occurred tonight, but the fire is happened again.', 'More rain will occur tonight, but the fire has happened again.'],
  ['article-office-title', 'Therefore, Minister of Agriculture urged farmers to plant early, "and soon," said Governor of the Central Bank.', 'Therefore, the Minister of Agriculture urged farmers to plant early, "and soon," said the Governor of the Central Bank.'],
  ['article-office-title', '"It is safe," Acting Head of the Port Authority, Capt. Rudi Hartono, told reporters.', '"It is safe," the Acting Head of the Port Authority, Capt. Rudi Hartono, told reporters.'],
  ['article-common-name', 'In Jakarta he met reporters at Presidential Office after the suspects were taken to Police Station.', 'In Jakarta he met reporters at the Presidential Office after the suspects were taken to the Police Station.'],
  ['article-common-name', 'Rice is stored at State Logistics Agency (Bulog) depots, said the head of Data and Information Center.', 'Rice is stored at the State Logistics Agency (Bulog) depots, said the head of the Data and Information Center.'],
  ['article-common-name', 'Pairs in Java registered through General Election Commission (KPU) offices, with help such as National Flood Control Agency, the Red Cross and clinics.', 'Pairs in Java registered through the General Election Commission (KPU) offices, with help such as the National Flood Control Agency, the Red Cross and clinics.'],
  [
    'article-common-name',
    'The head of the weather agency said the peak of the rainy season is expected to occur in January. His party has also coordinated with related parties to anticipate the potential of floods in several regions. The community is asked to remain vigilant and to always monitor the weather information. This was conveyed by the head of the agency after attending Limited Cabinet Meeting at the palace on Monday. Both countries also agreed to implement One Channel System for the placement of migrant workers.',
    'The head of the weather agency said the peak of the rainy season is expected to occur in January. His party has also coordinated with related parties to anticipate the potential of floods in several regions. The community is asked to remain vigilant and to always monitor the weather information. This was conveyed by the head of the agency after attending the Limited Cabinet Meeting at the palace on Monday. Both countries also agreed to implement the One Channel System for the placement of migrant workers.',
  ],
  ['regularised-form', 'The quake shaked two countrys, and the damage had an undirect cost.', 'The quake shook two countries, and the damage had an indirect cost.'],
  ['regularised-form', 'The bomb had shaked the city, so officers set an example from themselfs.', 'The bomb had shaken the city, so officers set an example from themselves.'],
];

describe('grammar and mechanics fixes write English', () => {
  it.each(CASES)('%s: %s', (rule, input, output) => {
    expect(fixed(input, rule)).toBe(output);
  });
});

describe('spelling word list', () => {
  it('was built from the installed dictionary versions (rerun npm run wordlist after upgrading them)', () => {
    const require = createRequire(import.meta.url);
    const version = (name: string): string => {
      const main = require.resolve(name);
      const pkg = JSON.parse(readFileSync(main.replace(/index\.js$/, 'package.json'), 'utf8')) as { version: string };
      return `${name}@${pkg.version}`;
    };
    expect(wordListSource()).toBe(`${version('dictionary-en')} ${version('dictionary-en-gb')}`);
  });
  it('knows both US and British spellings and inflected forms', () => {
    for (const w of ['color', 'colour', 'organization', 'organisation', 'flourished', 'regencies', 'Jakarta']) expect(isEnglishWord(w)).toBe(true);
    for (const w of ['kilomenter', 'prostester', 'thesechallenges']) expect(isEnglishWord(w)).toBe(false);
  });
  it('suggests the nearest words, keeping a capital', () => {
    expect(spellingSuggestions('kilomenter')).toEqual(['kilometer']);
    expect(spellingSuggestions('Moreoever')).toEqual(['Moreover']);
  });
});

describe('a headline deck is headlinese, not prose', () => {
  const rule = 'article-number';
  const flags = (text: string): string[] => check(text, { only: [rule] }).findings.filter((f) => f.ruleId === rule).map((f) => f.text);
  it('does not ask for articles in the line under a headline that reads in the present', () => {
    const text = 'Floods cut roads in Demak\nRescuers evacuate villagers in aftermath of floods in Demak. Officials count losses.\nThe rescuers worked in aftermath of the floods for two days.';
    expect(flags(text)).toEqual(['in aftermath']);
    // Same line without the headline above it: an ordinary lead, read as prose.
    expect(flags('Rescuers evacuate villagers in aftermath of floods in Demak.')).toEqual(['in aftermath']);
  });
  it('reads a second line with a dateline or a past verb as a lead', () => {
    expect(flags('Floods cut roads in Demak\nDEMAK - Rescuers evacuate villagers in aftermath of floods.')).toEqual(['in aftermath']);
    expect(flags('Floods cut roads in Demak\nRescuers evacuated villagers in aftermath of floods.')).toEqual(['in aftermath']);
  });
  it('reads a second line in the present perfect as a lead ("have registered" reports; headlinese says "register")', () => {
    expect(flags('Floods cut roads in Demak\nUntil Monday, rescuers have evacuated villagers in aftermath of floods.')).toEqual(['in aftermath']);
    expect(flags('Floods cut roads in Demak\nSo far the flood has been the worst in aftermath of the storm season.')).toEqual(['in aftermath']);
    // The present tense after an opening phrase is still headlinese.
    expect(flags('Floods cut roads in Demak\nUntil Monday, rescuers evacuate villagers in aftermath of floods.')).toEqual([]);
  });
});
