/**
 * Static linear interpolation of two backoff n-gram models over one vocabulary (training time only),
 * the way SRILM's `ngram -mix-lm` merges models: p(w|h) = λ·p_a(w|h) + (1 − λ)·p_b(w|h) for every
 * n-gram seen in either model, and each context's backoff weight set so that its distribution sums
 * to one again. Used to add a small modern corpus to Brown without letting Brown's million words
 * drown it (pooling the counts would weight each corpus by its size) and without repeating the small
 * corpus's sentences (repeated counts would fool Kneser-Ney's discounts, which read how many n-grams
 * were seen once). For an n-gram that one model never saw, that model's share is its own backoff
 * estimate, so the merged model is exact on seen n-grams and a close approximation below them.
 */
import type { EstimatedModel } from './estimate.js';

/** log10 p(w | h) under a backoff model; `key` is the n-gram's ids joined by ','. */
export function backoffLogProb(m: EstimatedModel, key: string): number {
  const k = key.split(',').length;
  const seen = m.logp[k]!.get(key);
  if (seen !== undefined) return seen;
  if (k === 1) return (m.backoff[0]!.get('') ?? 0) + Math.log10(1 / m.vocabSize);
  const cut = key.lastIndexOf(',');
  const gamma = m.backoff[k - 1]!.get(key.slice(0, cut)) ?? 0;
  return gamma + backoffLogProb(m, key.slice(key.indexOf(',') + 1));
}

/** Smallest backoff weight kept: a context whose seen words take all the mass still backs off a little. */
const MIN_GAMMA = 1e-6;

/** The merged model λ·a + (1 − λ)·b; both must share `order` and `vocabSize`. Deterministic. */
export function mixModels(a: EstimatedModel, b: EstimatedModel, lambda: number): EstimatedModel {
  if (a.order !== b.order || a.vocabSize !== b.vocabSize) throw new Error('mixModels: models differ in order or vocabulary');
  const order = a.order;
  const logp: Map<string, number>[] = [new Map()];
  const backoff: Map<string, number>[] = [];
  for (let k = 1; k <= order; k++) {
    const keys = [...new Set([...a.logp[k]!.keys(), ...b.logp[k]!.keys()])].sort();
    const lp = new Map<string, number>();
    // Per context: the mass of its seen words here, and the mass the next order down gives them.
    const high = new Map<string, number>();
    const low = new Map<string, number>();
    for (const key of keys) {
      const p = lambda * 10 ** backoffLogProb(a, key) + (1 - lambda) * 10 ** backoffLogProb(b, key);
      lp.set(key, Math.log10(p));
      const cut = key.lastIndexOf(',');
      const h = cut < 0 ? '' : key.slice(0, cut);
      // Every suffix of a seen n-gram is seen one order down (Kneser-Ney's continuation counts), so
      // the lower-order value is a lookup in what this loop already merged.
      const lower = k === 1 ? 1 / a.vocabSize : 10 ** logp[k - 1]!.get(key.slice(key.indexOf(',') + 1))!;
      high.set(h, (high.get(h) ?? 0) + p);
      low.set(h, (low.get(h) ?? 0) + lower);
    }
    logp.push(lp);
    const bo = new Map<string, number>();
    for (const h of [...high.keys()].sort()) {
      const gamma = Math.max(1 - high.get(h)!, 0) / Math.max(1 - low.get(h)!, MIN_GAMMA);
      bo.set(h, Math.log10(Math.max(gamma, MIN_GAMMA)));
    }
    backoff.push(bo);
  }
  return { order, vocabSize: a.vocabSize, logp, backoff };
}
