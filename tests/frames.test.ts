/** The frame signals of the fluency model (src/lm/frames.ts) and the combiner that costs them (src/lm/combiner.ts), on invented sentences. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';
import { dataPath } from '../src/lexicons/package-root.js';
import { assertValid } from '../src/lexicons/validate.js';
import { combiner, COMBINER_FILE, COMBINER_SIGNALS, signalPenalty } from '../src/lm/combiner.js';
import type { TokenLike } from '../src/lm/features.js';
import { frameSignals, type FrameSignals } from '../src/lm/frames.js';
import { lmSentences } from '../src/lm/score.js';

function tokens(sentence: string): TokenLike[] {
  const doc = analyse(sentence);
  return doc.tokens.map((t) => ({ text: t.text, pos: t.pos, lemma: t.lemma, spaceBefore: t.spaceBefore }));
}

function fired(sentence: string): (keyof FrameSignals)[] {
  const s = frameSignals(tokens(sentence));
  return (Object.keys(s) as (keyof FrameSignals)[]).filter((k) => s[k] > 0);
}

describe('frameSignals', () => {
  it('sees broken frames of machine translation', () => {
    expect(fired('Residents asked the council for repaired the road before the rainy season.')).toContain('prepositionVerb');
    expect(fired('The agency said it will ensures that every village gets clean water.')).toContain('modalInflected');
    expect(fired('The officers who duties are to guard the port were moved to the capital.')).toContain('relativeNoVerb');
    expect(fired('Even though this morning, the index had reopened at around 6,000 points.')).toContain('danglingStart');
    expect(fired('The investigators were still investigating the investigation into the fire.')).toContain('derivedRepeat');
    expect(fired('There are some obstacles in the budget, which makes it can not be realised this year.')).toContain('causativeModal');
    expect(fired('The team lost twice at home this season, the coach has asked the fans for patience.')).toContain('commaSplice');
  });
  it('leaves edited English alone', () => {
    const clean = [
      'Police said the fire started in a kitchen on the ground floor and spread quickly through the building.',
      'The company, which employs about 3,000 people, said it expected sales to recover next year.',
      'Because the bridge was closed, drivers took the coastal road, which added an hour to the journey.',
      'The minister, who took office in March, said the plan would make it easier for farmers to borrow.',
      '"We will rebuild the school," the mayor said, adding that classes would resume in tents.',
      'The court is expected to rule on the appeal as early as next week.',
    ];
    for (const s of clean) expect(fired(s), s).toEqual([]);
  });
});

describe('combiner', () => {
  it('is valid against its schema and costs every signal it names, never rewarding one', () => {
    const raw = JSON.parse(readFileSync(dataPath(...COMBINER_FILE), 'utf8')) as unknown;
    const c = assertValid<ReturnType<typeof combiner>>('fluency-combiner', raw, 'fluency combiner');
    expect(Object.keys(c.penalties).sort()).toEqual([...COMBINER_SIGNALS].sort());
    for (const k of COMBINER_SIGNALS) {
      expect(c.penalties[k]).toBeGreaterThanOrEqual(0);
      expect(c.penalties[k]).toBeLessThanOrEqual(Math.max(c.cap, c.rareCap));
    }
  });
  it('rejects a negative penalty', () => {
    const c = combiner();
    expect(() => assertValid('fluency-combiner', { ...c, penalties: { ...c.penalties, repeats: -1 } }, 'fluency combiner')).toThrow();
  });
  it('lowers the fluency of a sentence with a broken frame below its language-model score', () => {
    const doc = analyse('The investigators were still investigating the investigation into the fire at the market.');
    const s = lmSentences(doc)[0]!;
    expect(signalPenalty(s.features)).toBeGreaterThan(0);
    expect(s.fluency).toBeLessThan(s.lexicalFluency);
  });
  it('leaves a sentence with no signal at its language-model score', () => {
    const doc = analyse('Police said the fire started in a kitchen on the ground floor and spread quickly through the building.');
    const s = lmSentences(doc)[0]!;
    expect(signalPenalty(s.features)).toBe(0);
    expect(s.fluency).toBe(s.lexicalFluency);
  });
});
