import { describe, expect, it } from 'vitest';
import { findingTexts as findings } from './helpers.js';

/**
 * Native English news on local government (Australian councils, US county boards), weather and
 * fire danger, UK court reports, obituary pages and Pakistani editorials: constructions that must
 * not read as translation slips. Every sentence is written for this test; the must-flag cases beside
 * them keep each guard narrow.
 */

describe('native precision, round seven (councils, weather, courts, obituaries, editorials)', () => {
  it('"cost of living" is a compound noun that stands bare', () => {
    expect(findings('Pensioners struggle with cost of living as the shire lifts its rates again.', 'article-number')).toEqual([]);
    expect(findings('Tenants in the valley are grappling with cost of living pressures this winter.', 'article-number')).toEqual([]);
    // A measure noun before "of" still needs its article.
    expect(findings('The new tunnel was dug at depth of forty metres.', 'article-number')).toEqual(['depth']);
  });

  it('British police and court reports say "in interview" for the police interview', () => {
    expect(findings('The van driver told police in interview that he had not seen the cyclist.', 'article-number')).toEqual([]);
    expect(findings('She was arrested at her flat and made no comment in interview.', 'article-number')).toEqual([]);
    // A press interview without its article is still reported.
    expect(findings('The mayor said in interview with the local radio that the bridge would reopen.', 'article-number')).toEqual(['in interview']);
  });

  it('an indefinite pronoun before "Council" opens a relative clause, not an institution name', () => {
    expect(findings('Everything Council does is paid for by ratepayers, the mayor said.', 'article-number')).toEqual([]);
    expect(findings('Nothing Council has proposed will lower the bills, residents argued.', 'article-number')).toEqual([]);
    // A bare generic institution as the subject is still reported.
    expect(findings('Constitutional Court rejected the appeal on Tuesday.', 'article-number')).toEqual(['Constitutional Court']);
  });

  it('"to" after "lead" is a preposition, and a participle coordinated with an adjective is one too', () => {
    expect(findings('Strong winds and dry grass can lead to heightened and dangerous fire risk across the plains.', 'verb-form')).toEqual([]);
    expect(findings('The ruling gave way to heated and bitter debate in the chamber.', 'verb-form')).toEqual([]);
    expect(findings('Years of neglect led to crumbling roads in the north of the county.', 'verb-form')).toEqual([]);
    // A past form after the infinitive marker is still reported.
    expect(findings('The council plans to reviewed the parking fees next month.', 'verb-form')).toEqual(['reviewed']);
  });

  it('"That said," is a discourse marker, not a reporting verb before its clause', () => {
    expect(findings('The fund is likely to approve the loan. That said, the review will test the budget.', 'punctuation')).toEqual([]);
    expect(findings('Rates will rise again. This said, the council has frozen its parking fees.', 'punctuation')).toEqual([]);
    // An attribution with a comma before the reported clause is still reported.
    expect(findings('The minister said, the budget will be passed next week.', 'punctuation')).toEqual(['said, the']);
  });

  it('legal "the said" is a hint (info), not a minor slip', () => {
    const text = 'The bench observed that the said notification had been issued without a hearing.';
    expect(findings(text, 'calque-phrase')).toEqual([]);
    expect(findings(text, 'calque-phrase', false)).toEqual(['the said']);
  });

  it('a standfirst under a heading inside the text needs no full stop', () => {
    const page = [
      'Obituaries this week',
      'Two lives in public service are remembered here by colleagues, friends and family members.',
      'Mary Holt obituary',
      'Librarian who turned a mobile book van into the county\'s first outreach service for farms',
      'Mary Holt, who has died aged 88, ran the county library service for twenty years.',
      'She was born in Leeds and trained as a teacher before moving to the library in 1962.',
      'Colleagues remember her as a patient and generous manager who never missed a deadline.',
      'She is survived by her two sons and five grandchildren.',
    ].join('\n');
    expect(findings(page, 'punctuation')).toEqual([]);
    // Running prose that lost its stop, after a paragraph of prose, is still reported.
    const prose = [
      'Council approves new library',
      'The council approved a new library for the town centre on Monday evening after a long debate.',
      'The building will cost about four million dollars and open in two years, the mayor said',
      'Construction will begin in March once the old car park has been cleared by contractors.',
      'Residents welcomed the decision at the meeting and asked for longer opening hours.',
      'The library will also house a small museum of local history and a children\'s room.',
    ].join('\n');
    expect(findings(prose, 'punctuation')).toEqual(['said']);
  });
});
