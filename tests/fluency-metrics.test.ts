/** The rank statistics of `npm run eval:fluency` (scripts/fluency-metrics.ts) on small invented inputs. */
import { describe, expect, it } from 'vitest';
import { fnv1a, groupedTau, kendallTauB, randomScores, rocAuc, tedSplit } from '../scripts/fluency-metrics.js';

describe('rocAuc', () => {
  it('is 1 when every low value is below every high one, 0 when above, 0.5 on ties', () => {
    expect(rocAuc([1, 2], [3, 4])).toBe(1);
    expect(rocAuc([5, 6], [3, 4])).toBe(0);
    expect(rocAuc([2, 2], [2, 2])).toBe(0.5);
  });
  it('matches the pairwise definition', () => {
    const low = [1, 4, 4, 7];
    const high = [2, 4, 8];
    let s = 0;
    for (const a of low) for (const b of high) s += a < b ? 1 : a === b ? 0.5 : 0;
    expect(rocAuc(low, high)).toBeCloseTo(s / 12, 12);
  });
});

describe('kendallTauB', () => {
  it('is 1 for the same order, −1 for the reverse', () => {
    expect(kendallTauB([1, 2, 3], [10, 20, 30])).toBe(1);
    expect(kendallTauB([1, 2, 3], [30, 20, 10])).toBe(-1);
  });
  it('is undefined (NaN) for a constant score', () => {
    expect(kendallTauB([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});

describe('groupedTau', () => {
  it('averages within groups and ignores groups whose judgements are all equal', () => {
    const groups = ['a', 'a', 'a', 'b', 'b', 'c', 'c'];
    const score = [1, 2, 3, 1, 2, 5, 6];
    const judgement = [1, 2, 3, 2, 1, 0, 0];
    // a: +1, b: −1, c: skipped (no human difference).
    expect(groupedTau(groups, score, judgement)).toEqual({ tau: 0, groups: 2 });
  });
  it('counts a constant score as 0 in a group, so abstaining gains nothing', () => {
    expect(groupedTau(['a', 'a', 'b', 'b'], [1, 1, 1, 2], [1, 2, 1, 2])).toEqual({ tau: 0.5, groups: 2 });
  });
  it('ranks a within-group signal that the pooled tau hides', () => {
    // Group offsets make the pooled tau negative; inside each group the score is right.
    const groups = ['a', 'a', 'b', 'b'];
    const score = [10, 11, 0, 1];
    const judgement = [0, 1, 5, 6];
    expect(groupedTau(groups, score, judgement).tau).toBe(1);
    expect(kendallTauB(score, judgement)).toBeLessThan(0);
  });
});

describe('split and random baseline', () => {
  it('splits by a stable hash', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(tedSplit('1|84')).toBe(tedSplit('1|84'));
    const halves = new Set(Array.from({ length: 50 }, (_, i) => tedSplit(`1|${i}`)));
    expect(halves).toEqual(new Set(['tune', 'held-out']));
  });
  it('draws the same random scores for the same seed', () => {
    expect(randomScores(5, 2, 3)).toEqual(randomScores(5, 2, 3));
    expect(randomScores(5, 1, 3)).not.toEqual(randomScores(5, 1, 4));
  });
});
