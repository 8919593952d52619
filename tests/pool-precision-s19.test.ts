import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { seriousFindings } from './helpers.js';

/**
 * Precision on Indonesian-origin English (session 19 pool audit: energy, agriculture, state firms,
 * textiles, immigration, regional news outside Java): false alarms and suggestions that would not
 * write English, beside must-flag cases that keep each guard narrow. Every sentence is written for
 * this test.
 */
const findings = seriousFindings;

describe('pool precision, session 19', () => {
  it('an institution acronym rendered as a common noun phrase takes "the" after a preposition or in a list', () => {
    const list = 'The meeting in Samarinda, Indonesia, was attended by Bappeda, the health office and the police.';
    expect(findings(list, 'untranslated-acronym').filter((f) => f.text === 'Bappeda').map((f) => f.suggestion)).toEqual([
      'the regional development planning agency',
    ]);
    // After "the" the article is already there.
    const the = 'The head of the Bappeda in Samarinda, Indonesia, presented the plan on Monday.';
    expect(findings(the, 'untranslated-acronym').filter((f) => f.text === 'Bappeda').map((f) => f.suggestion)).not.toContain(
      'the regional development planning agency',
    );
  });

  it('"is continue to" (masih terus) wants the progressive, not a passive participle', () => {
    const text = 'The regent of Bireuen, Indonesia, said he is continue to monitor the flood.';
    expect(findings(text, 'verb-form').map((f) => f.suggestion)).toEqual(['continuing']);
    // A verb with a real passive before an infinitive keeps the participle.
    const passive = 'The governor of Aceh, Indonesia, said the bridge is expect to open in May.';
    expect(findings(passive, 'verb-form').map((f) => f.suggestion)).toEqual(['expected']);
  });

  it('"the countrys" before a capitalised name is a lost possessive apostrophe', () => {
    const text = 'The loss in Jakarta, Indonesia, troubled the countrys National Sports Committee.';
    expect(findings(text, 'regularised-form').map((f) => f.suggestion)).toEqual(["country's"]);
    const plural = 'Ministers in Jakarta, Indonesia, met envoys of both countrys on Friday.';
    expect(findings(plural, 'regularised-form').map((f) => f.suggestion)).toEqual(['countries']);
  });

  it('"the Head of Police\'s statement" is the possessive of a title, not a bare institution', () => {
    const title = 'In Ambon, Indonesia, the Head of Police\'s order was read to 300 officers.';
    expect(findings(title, 'article-number').filter((f) => /Police/.test(f.text))).toEqual([]);
    const bare = 'In Ambon, Indonesia, the report reached the desk of Police\'s chief of staff.';
    expect(findings(bare, 'article-number').filter((f) => /Police/.test(f.text)).map((f) => f.suggestion)).toEqual(["of the Police's"]);
  });

  it('a number and a unit before a capitalised name is a compound modifier, not a missing plural', () => {
    const text = 'Families in Banjarmasin, Indonesia, queued for the subsidised 3 kilogram Liquefied Petroleum Gas cylinders.';
    expect(findings(text, 'article-number').filter((f) => f.text === 'kilogram')).toEqual([]);
    const real = 'Police in Medan, Indonesia, said the suspect carried 12 kilogram in his bag.';
    expect(findings(real, 'article-number').filter((f) => f.text === 'kilogram').map((f) => f.suggestion)).toEqual(['kilograms']);
  });

  it('"regional apparatus organizations" (OPD) is offered "regional government offices", not "officers"', () => {
    const text = 'The governor of East Kalimantan, Indonesia, summoned every regional apparatus organization on Monday.';
    const f = findings(text, 'calque-phrase').filter((x) => /apparatus/.test(x.text));
    expect(f.map((x) => [x.text, x.suggestion])).toEqual([['regional apparatus organization', 'regional government office']]);
    const people = 'The mayor of Ambon, Indonesia, told the regional apparatus to stay neutral in the election.';
    expect(findings(people, 'calque-phrase').filter((x) => /apparatus/.test(x.text)).map((x) => x.suggestion)).toEqual(['officers']);
  });

  it('a brand-name capital mid-sentence does not capitalise a common-noun fix ("subsidised Solar" → "diesel")', () => {
    const text = 'Pertamina said truck drivers in Jambi, Indonesia, may buy subsidised Solar only with a QR code.';
    expect(findings(text, 'calque-phrase').filter((f) => f.text === 'Solar').map((f) => f.suggestion)).toEqual(['diesel']);
  });

  it('an Indonesian institution name glossed in brackets with its acronym is a gloss, not an untranslated word', () => {
    const text =
      'Residents were evacuated by the Regional Disaster Management Agency (Badan Penanggulangan Bencana Daerah/BPBD) of Pidie, Indonesia, on Friday.';
    expect(findings(text, 'untranslated-word').filter((f) => /Badan/.test(f.text))).toEqual([]);
    const bare = 'Residents were evacuated by Badan Penanggulangan Bencana Daerah officers in Pidie, Indonesia, on Friday.';
    expect(findings(bare, 'untranslated-word').filter((f) => /Badan/.test(f.text)).length).toBe(1);
  });
  it('", quoted from Antara" is reported once (reporting-inversion), not also by calque-phrase', () => {
    const text = '"The road will open in May," said the regent of Bogor, Indonesia, quoted from Antara, Monday, May 6.';
    const hits = check(text).findings.filter((f) => f.severity !== 'info' && /quoted/.test(f.text));
    expect(hits.map((f) => [f.ruleId, f.suggestions[0]])).toEqual([['reporting-inversion', 'according to Antara']]);
    // Elsewhere the calque pattern still reports it.
    const bare = 'The regent of Bogor, Indonesia, said the road will open in May quoted from Antara on Monday.';
    expect(check(bare).findings.some((f) => f.ruleId === 'calque-phrase' && f.text === 'quoted from')).toBe(true);
  });

  it('words inside a passage left in Indonesian are not reported again one by one', () => {
    const text =
      'Floods hit Pidie Regency in Aceh, Indonesia, on Friday. Hingga kini, tercatat 1.250 jiwa harus mengungsi ke sembilan titik di Kecamatan Tangse, meliputi Desa Blang Pandak dan Desa Pulo Mesjid. The water receded on Sunday.';
    const serious = check(text).findings.filter((f) => f.severity !== 'info' && f.ruleId !== 'low-fluency');
    expect(serious.map((f) => f.ruleId)).toEqual(['untranslated-sentence']);
  });

  it('a capitalised word inside a title-case name keeps a capitalised fix', () => {
    const text = 'The agency in Jambi, Indonesia, opened the Socialization and Outreach Office on Monday.';
    expect(findings(text, 'calque-phrase').filter((f) => f.text === 'Socialization').map((f) => f.suggestion)).toEqual(['Outreach']);
    const prose = 'Officials in Jambi, Indonesia, said the Socialization was held for farmers.';
    expect(findings(prose, 'calque-phrase').filter((f) => f.text === 'Socialization').map((f) => f.suggestion)).toEqual(['outreach']);
  });
});
