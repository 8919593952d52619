/**
 * Fix quality (issue 10, point 5): the text after a rule's first suggestion is applied is English an
 * editor would publish. Each case is a sentence of our own and the whole sentence after the fix
 * (Harper style, through the `fixed` helper); the audit behind these cases is in the session report.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { fixed } from './helpers.js';

const CASES: [rule: string, input: string, output: string][] = [
  // untranslated-word: no bracketed explanation or slash in the replacement; a stretch in English order.
  ['untranslated-word', 'The statement was read by Kombes Hadi Santoso at the Bandung police office.', 'The statement was read by Senior Commissioner Hadi Santoso at the Bandung police office.'],
  ['untranslated-word', 'Families in Jakarta gathered before dawn for sahur on the first day of Ramadan.', 'Families in Jakarta gathered before dawn for pre-dawn meal on the first day of Ramadan.'],
  ['untranslated-word', 'The Kepala Dinas Kesehatan of Surabaya said dengue cases were falling.', 'The Head of the Health Office of Surabaya said dengue cases were falling.'],
  ['untranslated-word', 'Peace talks on Kamis were mediated by Turki and Arab Saudi in Istanbul.', 'Peace talks on Thursday were mediated by Turkey and Saudi Arabia in Istanbul.'],
  ['untranslated-word', 'The Bandung regency set a Tanggap Darurat status for 14 days after the floods.', 'The Bandung regency set an Emergency Response status for 14 days after the floods.'],
  ['untranslated-word', 'Reserves in Jakarta stood at 150.2 miliar dolar AS at the end of the month.', 'Reserves in Jakarta stood at 150.2 billion US dollars at the end of the month.'],
  // untranslated-acronym: the bracketed introduction only where the acronym stands alone.
  ['untranslated-acronym', 'Residents in Jakarta were evacuated by the TNI on Monday after the floods.', 'Residents in Jakarta were evacuated by the Indonesian Military (TNI) on Monday after the floods.'],
  ['untranslated-acronym', 'Police said the suspects were held at the Brimob dormitory in Jakarta, said Kombes Budi.', 'Police said the suspects were held at the Mobile Brigade Corps dormitory in Jakarta, said Kombes Budi.'],
  ['untranslated-acronym', 'A flood hit Kudus on Monday. The refugees were evacuated by Brimob personnel to the DPRD building.', 'A flood hit Kudus on Monday. The refugees were evacuated by Mobile Brigade Corps personnel to the Regional Legislative Council building.'],
  // title-calque: the office after the name, a rank kept with the name, no comma doubled.
  ['title-calque', '"We are ready," said General Chairman of the PSSI Rudi Hartono after the meeting in Jakarta.', '"We are ready," said Rudi Hartono, general chairman of the PSSI, after the meeting in Jakarta.'],
  ['title-calque', 'The plan was opened by General Chairman of the PKB Ahmad Fauzi.', 'The plan was opened by Ahmad Fauzi, general chairman of the PKB.'],
  // false-friend: the replacement in the number and form of the word it replaces.
  ['false-friend', 'Jakarta police said the perpetrators were arrested at a rented house in Bekasi.', 'Jakarta police said the suspects were arrested at a rented house in Bekasi.'],
  ['false-friend', 'Pertamina ensures that fuel stocks in Jakarta will last until Eid.', 'Pertamina assures that fuel stocks in Jakarta will last until Eid.'],
  // calque-phrase: the English keeps the object, the verb form and the number.
  ['calque-phrase', 'Officers in Sleman have gone down to the location to help the residents.', 'Officers in Sleman have gone to the scene to help the residents.'],
  ['calque-phrase', 'Mount Merapi released a hot cloud avalanche on Sunday, the Yogyakarta agency said.', 'Mount Merapi released a pyroclastic flow on Sunday, the Yogyakarta agency said.'],
  ['calque-phrase', 'The Jordanian defender scored a suicide goal for Persija in Jakarta on Sunday.', 'The Jordanian defender scored an own goal for Persija in Jakarta on Sunday.'],
  // number-agreement: the singular title with the article it needs.
  ['number-agreement', 'The bill was backed by members of the House of Representatives Budi Santoso.', 'The bill was backed by a member of the House of Representatives Budi Santoso.'],
  // reduplication: a mass noun stays singular.
  ['reduplication', 'The hospital in Bandung received new medical equipments-equipments last week.', 'The hospital in Bandung received new medical equipment last week.'],
];

describe('suggestions write English once applied', () => {
  it.each(CASES)('%s: %s', (rule, input, output) => {
    expect(fixed(input, rule)).toBe(output);
  });
});

describe('no suggestion where a good one cannot be known', () => {
  const sugs = (text: string, rule: string): string[][] => check(text, { only: [rule] }).findings.filter((f) => f.ruleId === rule).map((f) => f.suggestions);
  it('offers no word-by-word gloss of an Indonesian clause', () => {
    expect(sugs('Polisi Jakarta juga dinilai berhasil dengan meluncurkan aplikasi baru.', 'untranslated-word').flat()).not.toContain('with launched');
  });
  it('offers no replacement of a regional unit before its place name (English puts the place first)', () => {
    const found = check('Officers of Polda Riau arrested three Indonesian smugglers on Monday.', { only: ['untranslated-acronym'] }).findings.filter((f) => f.text === 'Polda');
    for (const f of found) expect(f.suggestions.filter((s) => /Regional Police/.test(s))).toEqual([]);
  });
  it('offers no inverted office when the "name" is part of the office', () => {
    const found = check('"The roads are clear," said Head of the Jakarta BPBD Disaster Data, Information and Communication Center.', { only: ['title-calque'] }).findings;
    for (const f of found) expect(f.suggestions.some((s) => /^Disaster Data, head of/.test(s))).toBe(false);
  });
  it('offers no inverted office when a name particle follows the span', () => {
    const found = check('The plan was backed by Leader of Hamas Khalil al-Hayya, officials in Jakarta said.', { only: ['title-calque'] }).findings;
    for (const f of found) expect(f.suggestions.some((s) => /Khalil, leader/.test(s))).toBe(false);
  });
  it('offers no English the sentence already gives just before the acronym', () => {
    const found = check('The Jakarta council approved the regional budget (APBD) on Friday, the Indonesian officials said.', { only: ['untranslated-acronym'] }).findings.filter((f) => f.text === 'APBD');
    for (const f of found) expect(f.suggestions).not.toContain('regional budget');
  });
  it('offers no lower-case term before the name it belongs to (English puts the name first)', () => {
    const found = check('Indonesian lawmakers in Jakarta delayed the RUU KKS again on Monday.', { only: ['untranslated-acronym'] }).findings.filter((f) => f.text === 'RUU');
    for (const f of found) expect(f.suggestions).not.toContain('bill');
  });
  it('offers no plural for a capitalised pair that opens a name', () => {
    const found = check('Evacuees sheltered at Kali-kali Ombo Village Hall near Semeru.', { only: ['reduplication'] }).findings;
    for (const f of found) expect(f.suggestions).toEqual([]);
  });
});
