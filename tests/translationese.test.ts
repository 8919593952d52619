/** The learnt translationese model (src/lm/translationese.ts): its skeleton features and its weights file, on invented sentences. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';
import { dataPath } from '../src/lexicons/package-root.js';
import { assertValid } from '../src/lexicons/validate.js';
import type { TokenLike } from '../src/lm/features.js';
import { FLOOR, SATURATE, skeletonFeatures, skeletonSymbol, TRANSLATIONESE_FILE, translationeseLogit, translationeseLogitOfStrings, translationeseSignal } from '../src/lm/translationese.js';

function tokens(sentence: string): TokenLike[] {
  const doc = analyse(sentence);
  return doc.tokens.map((t) => ({ text: t.text, pos: t.pos, lemma: t.lemma, spaceBefore: t.spaceBefore }));
}

describe('skeleton features', () => {
  it('keep function words and reduce content words, names and figures to tags', () => {
    const symbols = tokens('The governor also said that 12 villages in Bogor were flooded.').map(skeletonSymbol);
    expect(symbols).toContain('also');
    expect(symbols).toContain('that');
    expect(symbols).toContain('#');
    expect(symbols).toContain('P');
    expect(symbols).not.toContain('governor');
    expect(symbols).not.toContain('villages');
  });

  it('do not see which names or figures a sentence holds, so name-dense copy is not judged by its names', () => {
    const a = skeletonFeatures(tokens('Police in Surabaya arrested 14 people on Monday, the spokesman said.'));
    const b = skeletonFeatures(tokens('Police in Chicago arrested 3,200 people on Friday, the spokesman said.'));
    expect([...a].sort()).toEqual([...b].sort());
  });

  it('do not see quotation style: a closing quote after the full stop or comma reads as one before it', () => {
    const modern = skeletonFeatures(tokens('"The dam is safe," the minister said, adding that it "will hold."'));
    const brown = skeletonFeatures(tokens('"The dam is safe", the minister said, adding that it "will hold".'));
    expect([...modern].sort()).toEqual([...brown].sort());
    expect(modern.has('" .')).toBe(true);
    expect(modern.has('. "')).toBe(false);
  });

  it('hold uni-, bi- and trigrams between sentence boundaries', () => {
    const f = skeletonFeatures(tokens('He left.'));
    expect(f.has('<s> he')).toBe(true);
    expect(f.has('he Vd .')).toBe(true);
    expect(f.has('. </s>')).toBe(true);
    expect(f.has('<s>')).toBe(false);
  });
});

describe('translationese model', () => {
  it('ships a valid weights file', () => {
    const json = JSON.parse(readFileSync(dataPath(...TRANSLATIONESE_FILE), 'utf8')) as unknown;
    expect(() => assertValid('translationese', json, 'translationese.json')).not.toThrow();
  });

  it('gives a signal from 0 to 1 that is 0 whenever the model reads the sentence as plainly native (log-odds under FLOOR)', () => {
    for (const s of ['The ministry said it would review the rules next year.', 'Meanwhile, related to this matter, the party also still conducted coordination with related parties.']) {
      const z = translationeseLogit(tokens(s));
      const v = translationeseSignal(tokens(s));
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
      expect(v).toBeCloseTo(z <= FLOOR ? 0 : Math.min(z - FLOOR, SATURATE) / SATURATE, 9);
    }
  });

  it('scores by its trie exactly what the string features training reads give', () => {
    for (const s of [
      'Police in Surabaya arrested 14 people on Monday, the spokesman said.',
      '"We will not stop," said Widodo (62), namely the head of the agency, on Friday (3/12).',
      'Meanwhile, related to the matter, the party also still conducted coordination with related parties, and the party also still conducted coordination.',
      'Shares of the company rose 3.2% in early trading in New York after it reported quarterly profit that beat estimates.',
      'Zyx qwv.',
    ]) {
      expect(translationeseLogit(tokens(s))).toBeCloseTo(translationeseLogitOfStrings(tokens(s)), 9);
    }
  });

  it('reads a sentence built the Indonesian way as likelier translated than an edited one saying the same', () => {
    const translated = translationeseLogit(tokens('Meanwhile, related to the flood, the party also still conducted coordination with the related agencies.'));
    const native = translationeseLogit(tokens('The agency is working with other departments on the flood response, it said.'));
    expect(translated).toBeGreaterThan(native);
  });
});
