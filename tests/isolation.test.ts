/**
 * A report depends on its input alone, not on what was checked before it. wink-nlp learns every
 * out-of-vocabulary word it reads, and its tokeniser treats known words differently ("game's" stays
 * one token once seen before a comma); src/analysis/nlp.ts makes every read independent.
 */
import { describe, expect, it } from 'vitest';
import { analyse, check } from '../src/index.js';
import { brownFiles, brownParagraphs } from '../scripts/bench/corpus.js';

describe('isolation between documents', () => {
  it('tokenises the same text the same way whatever was read before', () => {
    const probe = "He was the best in the game's history.";
    const before = analyse(probe).tokens.map((t) => t.text);
    analyse("The Air Force's, and the game's, final play.");
    expect(analyse(probe).tokens.map((t) => t.text)).toEqual(before);
  });

  it('gives identical reports in any order of checking', () => {
    const texts = brownFiles()
      .filter((f) => /^c[ab]/.test(f))
      .slice(0, 12)
      .map((f) => brownParagraphs(f).slice(0, 6).join('\n'));
    const forward = texts.map((t) => JSON.stringify(check(t)));
    const backward = [...texts].reverse().map((t) => JSON.stringify(check(t))).reverse();
    expect(backward).toEqual(forward);
  }, 60_000);
});
