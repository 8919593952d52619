import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

/**
 * Precision on Indonesian-origin English (session 17 pool audit): constructions that read as slips to
 * a rule but are sound English, beside must-flag cases that keep each guard narrow. Every sentence is
 * written for this test.
 */
function findings(text: string, rule: string): string[] {
  return check(text, { only: [rule] })
    .findings.filter((f) => f.ruleId === rule && f.severity !== 'info')
    .map((f) => f.text);
}

describe('pool precision, session 17', () => {
  it('a ministry blend glossed in brackets after the English name, with its acronym, is introduced', () => {
    const text = 'In Jakarta, the Ministry of Cooperatives and SMEs (Kemenkop UKM) trained 300 traders on Monday. The Kemenkop UKM said more sessions would follow in Bandung.';
    expect(findings(text, 'untranslated-word')).toEqual([]);
    // Used bare, with no English name anywhere, it is still reported.
    expect(findings('In Jakarta, the Kemenkop UKM trained 300 traders on Monday.', 'untranslated-word')).toEqual(['Kemenkop']);
  });

  it('a component-and-body acronym glossed after the English name is no half translation', () => {
    const text = 'In Riau, the Indonesian Army (TNI AD) sent 200 soldiers to the peatland fires. The TNI AD also sent two helicopters.';
    expect(findings(text, 'untranslated-acronym')).toEqual([]);
    // Bare, it is still reported.
    expect(findings('In Riau, the TNI AD sent 200 soldiers to the peatland fires.', 'untranslated-acronym')).toEqual(['TNI AD']);
  });

  it('a unit acronym after a title acronym is not in inverted region order', () => {
    const text = 'In Kampar, Riau, Babinsa Koramil 12 helped farmers build an irrigation channel in Indonesia.';
    expect(findings(text, 'untranslated-acronym').some((t) => t.includes('Babinsa Koramil'))).toBe(false);
    // A region before the unit still is.
    expect(findings('In Indonesia, officers from the Kampar Kodim helped farmers build an irrigation channel.', 'untranslated-acronym')).toEqual(['Kampar Kodim']);
  });

  it('the Indonesian name in brackets right after the English name is a gloss', () => {
    const text = 'In Jayapura, Indonesia, the State Electricity Company (Perusahaan Listrik Negara – PLN) restored power on Monday.';
    expect(findings(text, 'untranslated-word')).toEqual([]);
    expect(findings('In Jayapura, Indonesia, Perusahaan Listrik Negara restored power on Monday.', 'untranslated-word')).toEqual(['Perusahaan Listrik Negara']);
  });

  it('Karna is an Indonesian man\'s name', () => {
    const text = 'Regent Karna Wijaya of Situbondo, Indonesia, skipped the hearing. He said he was preparing for the election.';
    expect(findings(text, 'pronoun-gender')).toEqual([]);
  });

  it('"entry and exit points prone to smuggling" is English', () => {
    expect(findings('In Indonesia, customs watched the entry and exit points prone to drug trafficking on the Riau coast.', 'calque-phrase')).toEqual([]);
    expect(findings('In Indonesia, officers guarded points prone to brawls in Bekasi.', 'calque-phrase')).toEqual(['points prone to']);
  });

  it('a vocative before "let\'s" is no comma between subject and verb', () => {
    expect(findings('Mr. Hartono, let\'s buy the yellow pair, the president told the minister in Trenggalek.', 'punctuation')).toEqual([]);
  });

  it('a participle opening "Previously reported," is no reporting verb with a comma', () => {
    expect(findings('Previously reported, the prosecutors are still examining the contracts signed in 2022.', 'punctuation')).toEqual([]);
    expect(findings('The regent said, the budget was approved by all factions on Monday.', 'punctuation')).toEqual(['said, the']);
  });

  it('one "the" before a list of bare institution names covers them all', () => {
    const text = 'In Indonesia, the raid involved the Indonesian Navy, Maritime Security Agency (Bakamla), Trade Ministry and Fisheries Agency.';
    expect(findings(text, 'article-number')).toEqual([]);
    expect(findings('In Indonesia, the audit involved KPK, Trade Ministry (Kemendag), and local police.', 'article-number')).toEqual([', Trade Ministry']);
  });

  it('"Eid Homecoming Flow" is left to the homecoming-flow pattern, not rewritten as "Eid holiday travel Flow"', () => {
    const found = findings("In Indonesia, this year's Eid homecoming flow was smooth, police said.", 'calque-phrase');
    expect(found).toEqual(['homecoming flow']);
  });
});

describe('pool precision, session 17: headlines', () => {
  it('a past tense inside a headline\'s relative clause is no past-tense headline', () => {
    const text = 'Police Arrest Man Who Stole Motorbikes In Bekasi\nJAKARTA - Police in Bekasi, West Java, arrested a man on Monday over a string of thefts.';
    expect(findings(text, 'verb-form')).toEqual([]);
    const past = 'Police Arrested Man Over Motorbike Thefts In Bekasi\nJAKARTA - Police in Bekasi, West Java, arrested a man on Monday over a string of thefts.';
    expect(findings(past, 'verb-form')).toEqual(['Arrested']);
  });
});

describe('pool precision, session 17: names with "for"', () => {
  it('"Center for … Agency" is one name whose article stands before "Center"', () => {
    expect(findings('In Indonesia, the Center for Food and Drug Monitoring Agency in Jakarta destroyed 1,045 items on Friday.', 'article-common-name')).toEqual([]);
    expect(findings('In Indonesia, the two suspects were taken to Police Station for questioning, the spokesman said.', 'article-common-name')).toEqual(['to Police Station']);
  });
});

describe('pool precision, session 17: glossed terms and street names', () => {
  it('a term glossed at its first use is not reported again later in the article', () => {
    const text = 'In Jakarta, Indonesia, vendors sell takjil (snacks for breaking the fast) along the main roads. Takjil is cheap, and the takjil stalls open at four.';
    expect(findings(text, 'untranslated-word')).toEqual([]);
    // Never glossed, it is still reported.
    expect(findings('In Jakarta, Indonesia, vendors sell takjil along the main roads every evening.', 'untranslated-word')).toEqual(['takjil']);
  });

  it('a title inside a street name is part of the name', () => {
    expect(findings('In Pekanbaru, Indonesia, officers cleared stalls on Jenderal Sudirman street on Monday.', 'untranslated-word')).toEqual([]);
    expect(findings('In Pekanbaru, Indonesia, Jenderal Sudirman Saputra cleared the stalls on Monday.', 'untranslated-word')).toEqual(['Jenderal']);
  });
});
