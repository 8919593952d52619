/**
 * Interpolated modified Kneser-Ney estimation (Chen & Goodman 1998), used at training time only.
 *
 * Input: sentences as arrays of symbol ids (without padding); id 0 is `<s>`, id 1 is `</s>`. Output:
 * the model in backoff form, the way ARPA files store interpolated models: every seen n-gram keeps
 * its interpolated probability p(w|h) = α(w|h) + γ(h)·p(w|h'), and every context keeps γ(h) as its
 * backoff weight, so an unseen n-gram costs γ(h)·p(w|h') at lookup time with no renormalisation.
 *
 * Lower orders use continuation counts (the number of distinct words seen before an n-gram), except
 * n-grams that start with `<s>`, which have no left context and keep their raw counts (as KenLM does).
 * Each probability depends only on counts, never on iteration order, so the result is deterministic
 * (the model writer sorts n-grams by id).
 */

export interface EstimatedModel {
  order: number;
  vocabSize: number;
  /** logp[k] for k = 1..order (index 0 unused): n-gram key (ids joined by ',') → log10 p(w|h). */
  logp: Map<string, number>[];
  /**
   * backoff[k] for k = 0..order−1: context of k symbols → log10 γ(context); backoff[0] holds the
   * empty context '' (the weight of the uniform distribution below unigrams).
   */
  backoff: Map<string, number>[];
}

interface Discounts {
  d1: number;
  d2: number;
  d3: number;
}

function discounts(counts: Iterable<number>): Discounts {
  const n = [0, 0, 0, 0, 0];
  for (const c of counts) if (c >= 1 && c <= 4) n[c]! += 1;
  const [, n1, n2, n3, n4] = n as [number, number, number, number, number];
  if (n1 === 0 || n2 === 0 || n3 === 0 || n4 === 0) return { d1: 0.5, d2: 1, d3: 1.5 };
  const y = n1 / (n1 + 2 * n2);
  // Clamp into the ranges the estimator needs (0 < D(c) < c); tiny corpora can push them outside.
  const clamp = (d: number, c: number): number => Math.min(Math.max(d, 0.05), c - 0.05);
  return { d1: clamp(1 - 2 * y * (n2 / n1), 1), d2: clamp(2 - 3 * y * (n3 / n2), 2), d3: clamp(3 - 4 * y * (n4 / n3), 3) };
}

function discountFor(c: number, d: Discounts): number {
  return c === 1 ? d.d1 : c === 2 ? d.d2 : d.d3;
}

export function estimateKneserNey(sentences: readonly (readonly number[])[], vocabSize: number, order: number): EstimatedModel {
  // Raw counts of the highest order, with one <s> of padding as the sentence's first context.
  const raw: Map<string, number>[] = [];
  for (let k = 0; k <= order; k++) raw.push(new Map());
  for (const s of sentences) {
    const seq = [0, ...s, 1];
    for (let i = 1; i < seq.length; i++) {
      // The n-grams ending at i: full order where possible, shorter ones at the sentence start.
      const from = Math.max(0, i - order + 1);
      for (let a = from; a <= i; a++) {
        const k = i - a + 1;
        // Only keep raw counts where they are used: the top order, and any order starting at <s>.
        if (k === order || a === 0) {
          const key = seq.slice(a, i + 1).join(',');
          raw[k]!.set(key, (raw[k]!.get(key) ?? 0) + 1);
        }
      }
    }
  }

  // Adjusted counts: raw for the top order and <s>-initial n-grams, continuation counts otherwise.
  const adjusted: Map<string, number>[] = [];
  for (let k = 0; k <= order; k++) adjusted.push(new Map());
  for (const [key, c] of raw[order]!) adjusted[order]!.set(key, c);
  for (let k = order - 1; k >= 1; k--) {
    const adj = adjusted[k]!;
    for (const [key, c] of raw[k]!) if (key.split(',')[0] === '0') adj.set(key, c);
    for (const key of adjusted[k + 1]!.keys()) {
      const parts = key.split(',');
      const suffix = parts.slice(1).join(',');
      if (suffix.split(',')[0] === '0') continue; // <s>-initial suffixes keep raw counts
      adj.set(suffix, (adj.get(suffix) ?? 0) + 1);
    }
  }

  const logp: Map<string, number>[] = [new Map()];
  const backoff: Map<string, number>[] = [];
  // Interpolated probabilities, lowest order first. Every suffix of a seen n-gram is itself seen one
  // order down (that is how continuation counts arise), so the lower-order term is always a lookup;
  // below unigrams lies the uniform distribution over the vocabulary.
  const prob: Map<string, number>[] = [new Map()];
  for (let k = 1; k <= order; k++) {
    const adj = adjusted[k]!;
    const d = discounts(adj.values());
    // Per context: total adjusted count and how many continuations have count 1, 2, ≥3.
    const ctx = new Map<string, { total: number; n1: number; n2: number; n3: number }>();
    for (const [key, c] of adj) {
      const h = contextOf(key);
      let e = ctx.get(h);
      if (!e) ctx.set(h, (e = { total: 0, n1: 0, n2: 0, n3: 0 }));
      e.total += c;
      if (c === 1) e.n1++;
      else if (c === 2) e.n2++;
      else e.n3++;
    }
    const gamma = new Map<string, number>();
    for (const [h, e] of ctx) gamma.set(h, (d.d1 * e.n1 + d.d2 * e.n2 + d.d3 * e.n3) / e.total);
    const pk = new Map<string, number>();
    const lp = new Map<string, number>();
    for (const key of adj.keys()) {
      const c = adj.get(key)!;
      const h = contextOf(key);
      const lower = k === 1 ? 1 / vocabSize : prob[k - 1]!.get(suffixOf(key));
      if (lower === undefined) throw new Error(`Kneser-Ney: suffix of ${key} unseen`);
      const p = Math.max(c - discountFor(c, d), 0) / ctx.get(h)!.total + gamma.get(h)! * lower;
      pk.set(key, p);
      lp.set(key, Math.log10(p));
    }
    prob.push(pk);
    logp.push(lp);
    const bo = new Map<string, number>();
    for (const h of gamma.keys()) bo.set(h, Math.log10(gamma.get(h)!));
    backoff.push(bo);
  }
  return { order, vocabSize, logp, backoff };
}

/** 'a,b,c' → 'a,b'; a unigram's context is ''. */
function contextOf(key: string): string {
  const i = key.lastIndexOf(',');
  return i < 0 ? '' : key.slice(0, i);
}

/** 'a,b,c' → 'b,c'. */
function suffixOf(key: string): string {
  return key.slice(key.indexOf(',') + 1);
}
