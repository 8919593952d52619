import { describe, expect, it } from 'vitest';
import { seriousFindings } from './helpers.js';

/**
 * Precision on Indonesian-origin English (session 18 pool audit: religion, film and music, cooperatives,
 * housing, schools, villages, Papua): constructions a rule misread, beside must-flag cases that keep each
 * guard narrow. Every sentence is written for this test.
 */
const findings = seriousFindings;

describe('pool precision, session 18', () => {
  it('a singer invited on stage "to jointly perform" is invited, not urged', () => {
    const text = 'In Jakarta, Indonesia, the band invited a young guitarist to jointly perform their last song on Saturday.';
    expect(findings(text, 'calque-phrase').some((f) => f.text === 'invited')).toBe(false);
    // A call on the public to behave still reads as *mengajak*.
    const call = 'In Bogor, Indonesia, the regent invited all residents to jointly guard the river banks.';
    expect(findings(call, 'calque-phrase').filter((f) => f.text === 'invited').map((f) => f.suggestion)).toEqual(['urged']);
  });

  it('each PPDB admission track keeps its own name in the suggestion', () => {
    const text = 'In Depok, Indonesia, a quarter of the school seats go to the affirmation path for poor students.';
    expect(findings(text, 'calque-phrase').filter((f) => f.text === 'affirmation path').map((f) => f.suggestion)).toEqual(['affirmation track']);
    const zoning = 'In Depok, Indonesia, most school seats go to students through the zoning route.';
    expect(findings(zoning, 'calque-phrase').filter((f) => f.text === 'zoning route').map((f) => f.suggestion)).toEqual(['zoning track']);
  });

  it('a lone straight mark between the comma and "said" closes a quotation: no advice to move it', () => {
    const text = 'The rains came late to Klaten this year, the worst in a decade," said the farmer.\n"We will plant again in March," he added.';
    expect(findings(text, 'quote-spacing')).toEqual([]);
    // A straight opening mark glued to the word before is still reported.
    expect(findings('The farmer said:" We will plant again in March."', 'quote-spacing').map((f) => f.text)).toEqual(['said:" We']);
  });
});
