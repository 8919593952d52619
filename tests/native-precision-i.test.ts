import { describe, expect, it } from 'vitest';
import { findingTexts as findings } from './helpers.js';

/**
 * Native English news from the wires and the regional press (Japan and China economy copy, a
 * Straits Times dengue report, an Australian essay on Indonesian fishermen, football match
 * reports, a British long read on nickel mining): constructions that must not read as translation
 * slips. Every sentence is written for this test; the must-flag cases beside them keep each guard
 * narrow.
 */

describe('native precision, round nine (wire and regional press)', () => {
  it('"number two" before a noun is a rank, not a count', () => {
    expect(findings('Officials said the world\'s number two economy would miss its growth target.', 'article-number')).toEqual([]);
    expect(findings('The bank is now the country\'s number three lender by assets.', 'article-number')).toEqual([]);
    // A count word before a singular noun is still reported.
    expect(findings('Officials from two province met in Medan on Friday.', 'article-number')).toEqual(['province']);
  });

  it('a credit inverted after an outlet the writer gives its own article is journalese (a hint at most)', () => {
    expect(findings('Most of the new cases were in the north of the island, reported the Manila Times.', 'reporting-inversion')).toEqual([]);
    expect(findings('Most of the new cases were in the north of the island, reported the Manila Times.', 'reporting-inversion', false)).toEqual(['reported the Manila Times']);
    // The Indonesian order with a bare outlet name is still reported.
    expect(findings('Most of the new cases were in the north of the island, reported Reuters.', 'reporting-inversion')).toEqual(['reported Reuters']);
  });

  it('an Indonesian word in apposition, with its own article, to its English meaning is a gloss', () => {
    expect(findings('The pilgrims crossed to the island in an old wooden boat, a perahu, late on Friday.', 'untranslated-word')).toEqual([]);
    // Without the English beside it the word is a leftover.
    expect(findings('The pilgrims crossed to the island in an old perahu late on Friday.', 'untranslated-word')).toEqual(['perahu']);
  });

  it('"was nodded home" is football English, not the passive of an intransitive verb', () => {
    expect(findings('The free kick was nodded home by the centre-back in stoppage time.', 'verb-form')).toEqual([]);
    // A verb that never takes an object still has no passive.
    expect(findings('The collision was happened near the toll gate on Monday.', 'verb-form')).toEqual(['was happened']);
  });

  it('a local word listed after a naming word with its place ("known as X in A, Y in B") is a term', () => {
    const list = 'The trip home at the end of the fast is called mudik in Indonesia, balik kampung in Malaysia.\nIn Singapore, many families balik kampung across the causeway.';
    expect(findings(list, 'untranslated-word')).toEqual([]);
    // The same word outside the list, with no naming word before it, is still reported.
    expect(findings('The trip home at the end of the fast is called mudik in Indonesia, and families in Malaysia balik kampung by car.', 'untranslated-word')).toEqual(['balik']);
  });

  it('"one of the last generation to …" picks a member of one group', () => {
    expect(findings('He is one of the last generation in the village to build boats by hand.', 'noun-countability')).toEqual([]);
    // A count noun after "one of the" still wants the plural.
    expect(findings('It is one of the oldest village in the regency.', 'noun-countability')).toEqual(['village']);
  });
});
