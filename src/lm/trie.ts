/**
 * A backoff n-gram model stored as a sorted trie of typed arrays (the layout KenLM calls TRIE):
 * level 1 is indexed by symbol id; the children of node j at level k are the slice
 * [start_k[j], start_k[j+1]) of level k+1, sorted by symbol id, so finding a child is a binary search
 * over a handful of entries. Loading is a matter of taking typed-array views of the file's bytes: no
 * hash table to build, no per-entry objects.
 *
 * Log probabilities and backoff weights are log10 values quantised to int16 in steps of 1/QUANT.
 */
import type { EstimatedModel } from './estimate.js';

/** Steps per log10 unit: 1/2000 is far finer than any difference the scores care about. */
export const QUANT = 2000;
/** Marks a node that exists only as a context (it has no probability of its own). */
export const NO_PROB = -32768;

export interface TrieLevel {
  /** Symbol id of each node (level 1: implicit, the node index is the id). */
  ids: Uint16Array;
  logp: Int16Array;
  /** Present below the top order. */
  bow?: Int16Array;
  /** Present below the top order: length = nodes + 1. */
  start?: Uint32Array;
}

export interface NgramModel {
  order: number;
  symbols: readonly string[];
  levels: readonly TrieLevel[];
}

function quantise(x: number): number {
  return Math.max(-32767, Math.min(32767, Math.round(x * QUANT)));
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Builds the trie from an estimated model (training time). */
export function buildTrie(model: EstimatedModel, symbols: readonly string[]): NgramModel {
  const levels: TrieLevel[] = [];
  const v = symbols.length;
  const uniform = (model.backoff[0]?.get('') ?? 0) - Math.log10(model.vocabSize);
  // Node tuples per level: every n-gram with a probability, and every context with a backoff weight.
  const tuples: number[][][] = [[]];
  for (let k = 1; k <= model.order; k++) {
    const keys = new Set<string>(model.logp[k]!.keys());
    if (k < model.order) for (const h of model.backoff[k]!.keys()) keys.add(h);
    tuples.push([...keys].map((key) => key.split(',').map(Number)).sort(compareTuples));
  }
  for (let k = 1; k <= model.order; k++) {
    const nodes = k === 1 ? Array.from({ length: v }, (_, i) => [i]) : tuples[k]!;
    const ids = new Uint16Array(k === 1 ? 0 : nodes.length);
    const logp = new Int16Array(nodes.length);
    const bow = k < model.order ? new Int16Array(nodes.length) : undefined;
    nodes.forEach((t, j) => {
      const key = t.join(',');
      if (k > 1) ids[j] = t[k - 1]!;
      const lp = model.logp[k]!.get(key);
      // Unseen unigrams get the uniform share; context-only nodes above level 1 get NO_PROB.
      logp[j] = lp !== undefined ? quantise(lp) : k === 1 ? quantise(uniform) : NO_PROB;
      if (bow) bow[j] = quantise(model.backoff[k]!.get(key) ?? 0);
    });
    // All four fields on every level (see deserialise in format.ts): one object shape for the lookups.
    levels.push({ ids, logp, bow, start: undefined });
  }
  // Child ranges: level k+1 is sorted, so each parent's children are contiguous and in parent order.
  for (let k = 1; k < model.order; k++) {
    const parents = k === 1 ? v : tuples[k]!.length;
    const parentIndex = new Map<string, number>();
    if (k > 1) tuples[k]!.forEach((t, j) => parentIndex.set(t.join(','), j));
    const start = new Uint32Array(parents + 1);
    const children = tuples[k + 1]!;
    const counts = new Uint32Array(parents);
    for (const t of children) {
      const p = k === 1 ? t[0]! : parentIndex.get(t.slice(0, k).join(','));
      if (p === undefined) throw new Error(`trie: orphan n-gram ${t.join(',')}`);
      counts[p]! += 1;
    }
    for (let j = 0; j < parents; j++) start[j + 1] = start[j]! + counts[j]!;
    levels[k - 1]!.start = start;
  }
  return { order: model.order, symbols, levels };
}

/** Index of the child with symbol `id` of node `node` at level `k` (1-based), or −1. */
export function child(m: NgramModel, k: number, node: number, id: number): number {
  if (k === 0) return id < m.symbols.length ? id : -1;
  const level = m.levels[k - 1]!;
  const next = m.levels[k]!;
  let lo = level.start![node]!;
  let hi = level.start![node + 1]! - 1;
  const ids = next.ids;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = ids[mid]!;
    if (x === id) return mid;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * log10 p(w | context) in backoff form, where `context` holds ids oldest first and `from..to` is the
 * history (at most order−1 symbols). Unseen contexts cost nothing; seen ones add their backoff weight
 * each time the model has to shorten the history.
 */
export function logProb(m: NgramModel, context: readonly number[], from: number, to: number, w: number): number {
  let total = 0;
  for (let j = Math.max(from, to - (m.order - 1)); j <= to; j++) {
    // Descend to the node of context[j..to).
    let node = 0;
    let k = 0;
    for (let i = j; i < to && node >= 0; i++, k++) node = child(m, k, node, context[i]!);
    if (node < 0) continue;
    const c = child(m, k, node, w);
    if (c >= 0) {
      const lp = m.levels[k]!.logp[c]!;
      if (lp !== NO_PROB) return (total + lp) / QUANT;
    }
    if (k > 0) total += m.levels[k - 1]!.bow![node]!;
  }
  // Unreachable for ids inside the vocabulary: level 1 holds every symbol.
  return total / QUANT - 10;
}

/**
 * logProb for models over a small symbol set (the POS model: under 32 symbols, order ≤ 6), memoised
 * by the n-gram packed into one integer. Tag sequences repeat constantly, so after a few sentences
 * nearly every lookup is one Map hit instead of a dozen binary searches. Values are pure functions
 * of the model, so the cache cannot change a result.
 */
export class MemoModel {
  // An open-addressing table (packed n-gram → log10 p × QUANT) instead of a Map: no boxing, one or
  // two probes per lookup. Keys are at least 1 (the packing starts from 1), so 0 marks an empty
  // slot. Key and value share one array, side by side, so that a probe reads one cache line, not
  // two; both are 32-bit integers (the packed key takes at most 31 bits, the value is the integer
  // logProb() divides by QUANT), so the table is 2 MB instead of the 4 MB of doubles it was: it is
  // far larger than the cache, and most of a lookup's cost is that miss.
  private readonly slots = new Int32Array(2 * MEMO_SLOTS);
  private count = 0;
  constructor(readonly m: NgramModel) {
    if (m.symbols.length > 32 || m.order > 6) throw new Error('MemoModel: model too large to pack');
  }

  logProb(context: readonly number[], from: number, to: number, w: number): number {
    let key = 1;
    for (let i = Math.max(from, to - (this.m.order - 1)); i < to; i++) key = key * 32 + context[i]!;
    key = key * 32 + w;
    const slots = this.slots;
    let h = Math.imul(key, 0x9e3779b1) >>> (32 - MEMO_BITS);
    for (;;) {
      const k = slots[2 * h]!;
      if (k === key) return slots[2 * h + 1]! / QUANT;
      if (k === 0) break;
      h = (h + 1) & (MEMO_SLOTS - 1);
    }
    const q = quantisedLogProb(this.m, context, from, to, w);
    // No level holds w (outside the vocabulary): logProb's own fallback, not memoised.
    if (q === undefined) return logProb(this.m, context, from, to, w);
    if (this.count >= MEMO_SLOTS / 2) {
      // Full enough that probing slows down: start again (a cache, so nothing changes but speed).
      slots.fill(0);
      this.count = 0;
      h = Math.imul(key, 0x9e3779b1) >>> (32 - MEMO_BITS);
    }
    slots[2 * h] = key;
    slots[2 * h + 1] = q;
    this.count++;
    return q / QUANT;
  }
}

/**
 * logProb() × QUANT while a level holds w: the integer logProb() divides by QUANT (so q / QUANT is
 * its result, bit for bit); undefined when it would fall back to `total / QUANT - 10`.
 */
function quantisedLogProb(m: NgramModel, context: readonly number[], from: number, to: number, w: number): number | undefined {
  let total = 0;
  for (let j = Math.max(from, to - (m.order - 1)); j <= to; j++) {
    let node = 0;
    let k = 0;
    for (let i = j; i < to && node >= 0; i++, k++) node = child(m, k, node, context[i]!);
    if (node < 0) continue;
    const c = child(m, k, node, w);
    if (c >= 0) {
      const lp = m.levels[k]!.logp[c]!;
      if (lp !== NO_PROB) return total + lp;
    }
    if (k > 0) total += m.levels[k - 1]!.bow![node]!;
  }
  return undefined;
}

const MEMO_BITS = 18;
const MEMO_SLOTS = 1 << MEMO_BITS;
