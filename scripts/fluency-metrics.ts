/**
 * Rank statistics behind `npm run eval:fluency` (docs/fluency.md), pure functions so that they can be
 * tested on small invented inputs (tests/fluency-metrics.test.ts).
 */
import { seededRandom } from './real-metrics.js';

/** Probability that a random `low` value is below a random `high` value (ties count half). */
export function rocAuc(low: readonly number[], high: readonly number[]): number {
  if (low.length === 0 || high.length === 0) return NaN;
  // Rank-sum form (O(n log n)): sort both together, average ranks over ties.
  const all = [...low.map((v) => ({ v, g: 0 })), ...high.map((v) => ({ v, g: 1 }))].sort((a, b) => a.v - b.v);
  let rankSumHigh = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.v === all[i]!.v) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]!.g === 1) rankSumHigh += rank;
    i = j;
  }
  const u = rankSumHigh - (high.length * (high.length + 1)) / 2;
  return u / (low.length * high.length);
}

/** Kendall tau-b (ties in either variable corrected), O(n²): fine for ten thousand items. */
export function kendallTauB(x: readonly number[], y: readonly number[]): number {
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const yi = y[i]!;
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(xi - x[j]!);
      const dy = Math.sign(yi - y[j]!);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const d = Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
  return d === 0 ? NaN : (concordant - discordant) / d;
}

/**
 * Mean Kendall tau-b within groups (the systems' outputs of one source segment ranked against each
 * other). Only groups where the human judgement takes at least two distinct values count; a score
 * that is constant inside such a group ranks nothing and counts 0 there (tau-b is undefined), so a
 * score cannot gain by abstaining.
 */
export function groupedTau(groups: readonly string[], score: readonly number[], judgement: readonly number[]): { tau: number; groups: number } {
  const by = new Map<string, number[]>();
  groups.forEach((g, i) => {
    let a = by.get(g);
    if (!a) by.set(g, (a = []));
    a.push(i);
  });
  let sum = 0;
  let n = 0;
  for (const idx of by.values()) {
    const y = idx.map((i) => judgement[i]!);
    if (new Set(y).size < 2) continue;
    const t = kendallTauB(idx.map((i) => score[i]!), y);
    sum += Number.isNaN(t) ? 0 : t;
    n++;
  }
  return { tau: n === 0 ? NaN : sum / n, groups: n };
}

/** FNV-1a, 32 bits: a stable hash for splitting items by id. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The fixed TED split: a source segment is held out when the hash of its id is odd. Chosen before any
 * tuning and never to be changed: tuning may only read the `tune` half.
 */
export function tedSplit(sourceId: string): 'tune' | 'held-out' {
  return fnv1a(`ted-split-v1|${sourceId}`) % 2 === 1 ? 'held-out' : 'tune';
}

/** `draws` seeded random scores per item (uniform), for the random baseline. */
export function randomScores(n: number, draws: number, seed = 11): number[][] {
  const rand = seededRandom(seed);
  return Array.from({ length: draws }, () => Array.from({ length: n }, () => rand()));
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function sd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
}
