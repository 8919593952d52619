/** The clause signals of the fluency model (src/lm/clause.ts) on invented sentences. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';
import { lacksFiniteVerb, repeatedContentWords } from '../src/lm/clause.js';
import type { TokenLike } from '../src/lm/features.js';

function tokens(sentence: string): TokenLike[] {
  const doc = analyse(sentence);
  return doc.tokens.map((t) => ({ text: t.text, pos: t.pos, lemma: t.lemma, spaceBefore: t.spaceBefore }));
}

describe('repeatedContentWords', () => {
  it('counts a content word said twice', () => {
    expect(repeatedContentWords(tokens('The inquiry into the fire is still under inquiry by the regional police.'))).toBe(1);
    expect(repeatedContentWords(tokens('The donation was in the form of food donation and a donation of tents.'))).toBe(2);
  });
  it('ignores light verbs, names and short words', () => {
    expect(repeatedContentWords(tokens('He said the talks had gone well, and said he would have more to say later.'))).toBe(0);
    expect(repeatedContentWords(tokens('Police in Jakarta said the Jakarta suspect was arrested on Monday.'))).toBe(0);
  });
  it('is capped', () => {
    expect(repeatedContentWords(tokens('Donations, donations and more donations arrived, and the donation centre sent the donations on.'))).toBe(2);
  });
});

describe('lacksFiniteVerb', () => {
  it('flags a sentence whose only verb sits in a relative clause or a participle', () => {
    expect(lacksFiniteVerb(tokens('Poor results that become a burden for the club this season.'))).toBe(true);
    expect(lacksFiniteVerb(tokens('Three billion rupiah for the new bridge, and the rest for the roads.'))).toBe(true);
  });
  it('passes sentences with a main verb', () => {
    expect(lacksFiniteVerb(tokens('The minister opened the new bridge on Monday.'))).toBe(false);
    expect(lacksFiniteVerb(tokens('They argue that the plan is too expensive.'))).toBe(false);
    expect(lacksFiniteVerb(tokens('Officials have not said when the road will reopen.'))).toBe(false);
  });
});
