import { describe, expect, it } from 'vitest';
import { findingTexts as findings } from './helpers.js';

/**
 * Native English news on Indonesia and its region (business wires, analysis, science news):
 * constructions that must not read as translation slips. Every sentence is written for this test;
 * the must-flag cases beside them keep each guard narrow.
 */

describe('native precision, session 19 second round (regional business and analysis)', () => {
  it('an English descriptor right before an institution name introduces it', () => {
    expect(findings('The board includes the chiefs of miner Antam and electricity company Perusahaan Listrik Negara.', 'untranslated-word')).toEqual([]);
    expect(findings('Power will be bought by state utility Perusahaan Listrik Negara under a 25-year contract.', 'untranslated-word')).toEqual([]);
    // The bare name, or the name after a head noun alone, still leaves the English out.
    expect(findings('Perusahaan Listrik Negara said the tariff would rise in July.', 'untranslated-word')).toEqual(['Perusahaan Listrik Negara']);
    expect(findings('The company Perusahaan Listrik Negara said the tariff would rise in July.', 'untranslated-word')).toEqual(['Perusahaan Listrik Negara']);
    expect(findings('Officials from the large company Perusahaan Listrik Negara said the tariff would rise.', 'untranslated-word')).toEqual(['Perusahaan Listrik Negara']);
  });

  it('the noun "start" after an article or a possessive is a racing start, not "mulai dari"', () => {
    const lead = 'The Indonesian round was held in Lombok.\n\n';
    expect(findings(lead + 'The Spaniard made a flying start from fifth on the grid to lead the opening lap.', 'calque-phrase')).toEqual([]);
    expect(findings(lead + "The rookie's start from the pit lane to the points was the story of the day.", 'calque-phrase')).toEqual([]);
    // The verb, with a subject before it, still lists a group's members.
    expect(findings(lead + 'The victims start from toddlers to the elderly, police in Jakarta said.', 'calque-phrase')).toEqual(['start from']);
  });

  it('the sport sepak takraw keeps its own name in English sports news', () => {
    expect(findings('The Bandung squad won two golds in sepak takraw and one in paragliding.', 'untranslated-word')).toEqual([]);
    expect(findings('Sepaktakraw drew big crowds in Palembang.', 'untranslated-word')).toEqual([]);
    // "sepak" outside the sport's name is still Indonesian left in.
    expect(findings('The Bandung club plays sepak bola every week, the regent said.', 'untranslated-word')).toEqual(['sepak']);
  });

  it('"if we look at X, we can see Y" is an analyst walking the reader through evidence', () => {
    const lead = 'Shares of Jakarta lenders fell on Monday.\n\n';
    expect(findings(lead + 'If we look at the banks since their listings, we can see why investors are wary.', 'calque-phrase')).toEqual([]);
    expect(findings(lead + 'If you look at the figures for Java, you will find the same pattern.', 'calque-phrase')).toEqual([]);
    // Without the reasoning clause it is still the impersonal "jika dilihat dari".
    expect(findings(lead + 'If we look at the rupiah last month, the pressure has eased.', 'calque-phrase')).toEqual(['If we look at']);
  });

  it('a local word before a word for a kind of animal or plant is the species name', () => {
    expect(findings('The Sulawesi forest is home to black macaques, maleo birds and tarsiers.', 'untranslated-word')).toEqual([]);
    expect(findings('Rangers in Kendari said the maleo was rarely seen now.', 'untranslated-word')).toEqual([]);
    // A bare Indonesian stem with no such noun after it is still reported.
    expect(findings('Residents of Bogor said the sowan was held on Monday.', 'untranslated-word')).toEqual(['sowan']);
  });

  it('a singular opening a list of noun modifiers with one shared head is no count slip', () => {
    const text = 'The team in Kalimantan found a variety of previously unknown insect, snail and plant species in the caves.';
    expect(findings(text, 'noun-countability')).toEqual([]);
    expect(findings('The survey in Aceh recorded a number of fish and bird species.', 'noun-countability')).toEqual([]);
  });

  it('a statistical period with a verb of measure reads "in January to July"', () => {
    expect(findings('Coal shipments from Kalimantan dropped to 150 million tons in January to June from a year earlier.', 'preposition')).toEqual([]);
    expect(findings('In January to October, palm oil exports averaged 2.1 million tons a month.', 'preposition')).toEqual([]);
    // A season or an event over the span still takes "from".
    expect(findings('The peak of the rainy season in Java is expected to occur in January to February.', 'preposition')).toEqual(['in']);
  });
});

describe('native precision, session 19: the two shapes the second round left on its check pages', () => {
  it('a title after "a" and a word tagged as a preposition is no bare title before a name', () => {
    expect(findings('As a close ally, Japan has backed the plan since the talks began in Manila.', 'punctuation')).toEqual([]);
    expect(findings('As a near neighbour, New Zealand has watched the vote in Fiji closely.', 'punctuation')).toEqual([]);
  });

  it('a given name that is also a word keeps its capital after an introductory phrase', () => {
    expect(findings('At 44, Raj feels the pressure of running the family shop in Penang.', 'spelling')).toEqual([]);
    expect(findings('After the final whistle, Jack thanked the travelling fans in Perth.', 'spelling')).toEqual([]);
    // An ordinary noun capitalised after a comma is still reported.
    expect(findings('Six days after the flood in Bekasi, Data recorded by the agency showed the water had receded.', 'spelling')).toEqual(['Data']);
  });
});
