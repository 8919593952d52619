import { describe, expect, it } from 'vitest';
import { ChildFence, FENCE_MIN } from '../src/lm/fence.js';
import { child } from '../src/lm/trie.js';
import { model } from '../src/lm/load.js';

/** The plain binary search the fence stands in for. */
function binarySearch(ids: Uint16Array, lo: number, hi: number, id: number): number {
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = ids[mid]!;
    if (x === id) return mid;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A deterministic pseudo-random sequence (no Math.random: failures must reproduce). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}

describe('ChildFence', () => {
  it('finds exactly what a binary search finds, in ranges of every length and offset', () => {
    const next = lcg(7);
    const fence = new ChildFence();
    for (let node = 0; node < 60; node++) {
      // Sorted distinct ids with gaps, placed after some unrelated ids.
      const n = FENCE_MIN + (next() % 900);
      const pad = next() % 40;
      const ids = new Uint16Array(pad + n + 5);
      let v = next() % 50;
      for (let i = 0; i < n; i++) ids[pad + i] = v += 1 + (next() % 6);
      const lo = pad;
      const hi = pad + n - 1;
      const queries = [0, ids[lo]! - 1, ids[hi]! + 1, 65535];
      for (let i = lo; i <= hi; i++) queries.push(ids[i]!, ids[i]! + 1);
      for (const q of queries) {
        if (q < 0) continue;
        expect(fence.find(node, ids, lo, hi, q)).toBe(binarySearch(ids, lo, hi, q));
      }
    }
  });

  it("leaves the word model's child lookups as they were", () => {
    const word = model().word;
    const next = lcg(11);
    let fenced = 0;
    for (const k of [1, 2]) {
      const start = word.levels[k - 1]!.start!;
      const ids = word.levels[k]!.ids;
      for (let node = 0; node + 1 < start.length && fenced < 400; node++) {
        const lo = start[node]!;
        const hi = start[node + 1]! - 1;
        if (hi - lo + 1 < FENCE_MIN) continue;
        fenced++;
        for (let r = 0; r < 200; r++) {
          const q = r % 2 === 0 ? ids[lo + (next() % (hi - lo + 1))]! : next() % word.symbols.length;
          expect(child(word, k, node, q)).toBe(binarySearch(ids, lo, hi, q));
        }
      }
    }
    expect(fenced).toBeGreaterThan(100);
  });
});
