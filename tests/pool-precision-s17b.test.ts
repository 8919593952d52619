import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

/** Session 17, third round: false alarms and wrong fixes read on a fresh pool of Indonesian-origin English. */
function minor(text: string, rule: string): string[] {
  return check(text, { only: [rule] })
    .findings.filter((f) => f.ruleId === rule && f.severity !== 'info')
    .map((f) => f.text);
}

describe('pool precision, session 17 round three', () => {
  it('an acronym in square brackets after its English name, or glossed by a square bracket, is introduced', () => {
    expect(minor('The Ministry of Home Affairs in Jakarta said regional enterprises [BUMD] must report to the DPRD and the BPK every year.', 'untranslated-acronym')).toEqual(['DPRD', 'BPK']);
    expect(minor('Officials in Jakarta said the ministry might move teachers from civil servants to PPPK [contract-based government employees] next year, the BKN said.', 'untranslated-acronym')).toEqual(['BKN']);
    // Bare, it is still reported.
    expect(minor('The Ministry of Home Affairs in Jakarta said regional enterprises and every BUMD must report to the governor.', 'untranslated-acronym')).toEqual(['BUMD']);
  });

  it('letters in a list of degrees after a name are a professional title, not an acronym', () => {
    expect(minor('In Bandung, the rector, Prof. Dr. Ir. Made Suarta, S.T., M.M., IPM. opened the new laboratory with the regent of Badung.', 'untranslated-acronym')).toEqual([]);
    expect(minor('The BPS said the IPM of West Java rose to 73.1 last year, the highest in Indonesia.', 'untranslated-acronym')).toEqual(['IPM']);
  });

  it('"dan" inside a quoted Indonesian name is part of the name, not a word left untranslated', () => {
    expect(minor('The campus research office (Lembaga Penelitian dan Pengabdian Masyarakat, or LPPM) sent 200 students to villages in Bali, Indonesia.', 'untranslated-function-word')).toEqual([]);
    expect(minor('Floods hit Jakarta dan Bekasi on Monday, Indonesia\'s disaster agency said.', 'untranslated-function-word')).toEqual(['dan']);
  });

  it('a headline participle before "according to", "without" or "through" is a passive', () => {
    const passive = 'Ministry Says 2025 Budget Draft Prepared According to Procedure\nJAKARTA - The finance ministry in Indonesia said the draft was ready.';
    expect(minor(passive, 'verb-form')).toEqual([]);
    const active = 'Police Arrested Three Suspects in Bekasi\nJAKARTA - Police in Indonesia arrested three men on Monday.';
    expect(minor(active, 'verb-form')).toEqual(['Arrested']);
  });

  it('a name with its bracketed short form before a title noun modifies the title ("Agency (BKN) head")', () => {
    expect(minor('A recent statement from National Civil Service Agency (BKN) head Bima Wibisana in Jakarta worried teachers in Indonesia.', 'article-common-name')).toEqual([]);
    expect(minor('The data came from National Disaster Management Agency (BNPB) on Monday, officials in Indonesia said.', 'article-common-name')).toEqual(['from National Disaster Management Agency']);
  });

  it('"State Civil Apparatus" in the title of a law is the law\'s name', () => {
    expect(minor('Under Law No. 5/2014 on the State Civil Apparatus (ASN), contract staff in Indonesia get a pension.', 'calque-phrase')).toEqual([]);
    expect(minor('The state civil apparatus in Indonesia must stay neutral in the election.', 'calque-phrase')).toEqual(['state civil apparatus']);
  });

  it('"starting from X" does not reach a "to" in a later clause', () => {
    expect(minor('Officials in Indonesia hope that with better food starting from pregnant women, after they recover they will give birth to healthy babies.', 'calque-phrase')).toEqual([]);
    expect(minor('Aid in Indonesia went to many groups, starting from farmers, fishermen to street vendors.', 'calque-phrase')).toEqual(['starting from']);
  });

  it('the end of an English word broken by a layout hyphen is not an Indonesian stem', () => {
    expect(minor('The elections in Indonesia are held amid the pandemic, necessi-tating strict health protocol.', 'untranslated-word')).toEqual([]);
    expect(minor('The fuel in Indonesia is ready, and the tank-tangki system has also been prepared.', 'untranslated-word')).toEqual(['tangki']);
  });

  it('an acronym in a quoted name after "called" is the name', () => {
    expect(minor('The Finance Ministry in Indonesia posts a monthly publication called \u201cAPBN KiTa\u201d on its website.', 'untranslated-acronym')).toEqual([]);
    expect(minor('The Finance Ministry in Indonesia said the APBN deficit widened in March.', 'untranslated-acronym')).toEqual(['APBN']);
  });
});
