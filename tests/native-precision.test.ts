import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

/** Constructions native English news writes about Indonesia that must not read as translation slips. */
function minorPlus(text: string, rule: string): string[] {
  return check(text, { only: [rule] })
    .findings.filter((f) => f.ruleId === rule && f.severity !== 'info')
    .map((f) => f.text);
}

describe('native precision', () => {
  it('a term glossed "locally known as" is introduced: its uses are hints, not errors', () => {
    const text =
      'Prosecutors in Jakarta said the national electronic identity card, locally known as e-KTP, cost far more than planned. ' +
      'Several lawmakers were questioned over the e-KTP contract.';
    expect(minorPlus(text, 'untranslated-acronym')).toEqual([]);
    // Without the gloss the term is still a leftover.
    expect(minorPlus('Prosecutors in Jakarta said the e-KTP project cost far more than planned.', 'untranslated-acronym')).toEqual(['e-KTP']);
  });

  it('", or TNI" after the English name introduces an acronym English news keeps', () => {
    const text = 'A spokesman for the Indonesian National Armed Forces, or TNI, said troops reached the village in Papua on Sunday.';
    expect(check(text, { only: ['untranslated-acronym'] }).findings).toEqual([]);
    expect(minorPlus('Troops from the TNI reached the village in Papua on Sunday.', 'untranslated-acronym')).toEqual(['TNI']);
  });

  it('Balinese titles give the gender: Ida Bagus a man, Ida Ayu a woman', () => {
    expect(minorPlus('Agency chief Ida Bagus Rai told reporters in Bali the cull would end. He said vaccines had arrived.', 'pronoun-gender')).toEqual([]);
    expect(minorPlus('Agency chief Ida Ayu Sriani told reporters in Bali the cull would end. He said vaccines had arrived.', 'pronoun-gender')).toEqual(['He']);
  });

  it("a credit after a speaker's own attribution is only a hint", () => {
    expect(minorPlus('"The road will open in May," the governor said on Friday, reported The Jakarta Post.', 'reporting-inversion')).toEqual([]);
    expect(minorPlus('The road will open in May, reported The Jakarta Post.', 'reporting-inversion')).toEqual(['reported The Jakarta Post']);
  });

  it('a series of predicates after a clause is no subject cut from its verb', () => {
    expect(minorPlus('The gunmen shot the driver dead, burned his truck and fled into the forest, police said.', 'punctuation')).toEqual([]);
    expect(minorPlus('He said that the storm that hit the coast of Maluku, damaged 60 boats.', 'punctuation')).toEqual(['Maluku, damaged']);
  });

  it('the main clause of a condition keeps the present in a past report', () => {
    const text = 'The minister said on Monday the scheme would start in July. He said officials were ready. If all goes well, the ministry expects ten million applicants.';
    expect(check(text, { only: ['verb-form'] }).findings.map((f) => f.text)).toEqual([]);
  });

  it('"£38million" and "AramcoWorld" are house styles, not lost spaces', () => {
    expect(minorPlus('He was fined £38million in Kuala Lumpur.', 'spacing')).toEqual([]);
    expect(minorPlus('About 38million people live on Java.', 'spacing')).toEqual(['38million']);
    expect(minorPlus('Photographers from AramcoWorld joined the expedition.', 'spacing')).toEqual([]);
  });
});
