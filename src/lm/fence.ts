/**
 * A "fence" over the long child ranges of the trie (src/lm/trie.ts): for a node with many children
 * (the word model's "the" has 11,254 of them, "of" and "," thousands), every FENCE_STEP-th child id
 * copied into one small array, searched before the range itself.
 *
 * Why: a binary search over 11,000 two-byte ids touches about nine cache lines scattered over 22 KB,
 * and the word model's arrays (about 7 MB) do not stay in the cache, so each step is a miss; that
 * was about 5 % of check(). The fences of all long ranges together are a few tens of kilobytes, read
 * for every frequent context word, so they stay cached: a lookup in a long range then costs one
 * search of the (cached) fence and one cache line of the range itself.
 *
 * The ids of a node's children are sorted and distinct, so the fenced search finds exactly the
 * index the plain binary search finds (or -1 in both): the model's answers do not change.
 * Fences are built per node on its first long lookup (a few hundred nodes in a document), so
 * loading the model costs nothing more.
 */

/** Ranges with at least this many children are fenced; shorter ones fit in a few cache lines. */
export const FENCE_MIN = 64;
/** One fence post per this many children: the final search reads 32 bytes of ids. */
const FENCE_STEP = 16;

export class ChildFence {
  /** Node → offset of its posts in `posts`. */
  private readonly offsets = new Map<number, number>();
  private posts = new Uint16Array(1024);
  private used = 0;

  /**
   * Index in `ids` of the child with symbol `id` among ids[lo..hi] (inclusive, sorted, distinct,
   * hi - lo + 1 >= FENCE_MIN), or -1: what a binary search over the range returns.
   */
  find(node: number, ids: Uint16Array, lo: number, hi: number, id: number): number {
    const n = hi - lo + 1;
    const count = Math.ceil(n / FENCE_STEP);
    let at = this.offsets.get(node);
    if (at === undefined) at = this.build(node, ids, lo, count);
    const posts = this.posts;
    // The last post not above id: its block is the only one that can hold id.
    let a = 0;
    let b = count - 1;
    if (id < posts[at]!) return -1;
    while (a < b) {
      const mid = (a + b + 1) >>> 1;
      if (posts[at + mid]! <= id) a = mid;
      else b = mid - 1;
    }
    const from = lo + a * FENCE_STEP;
    const to = Math.min(hi, from + FENCE_STEP - 1);
    for (let i = from; i <= to; i++) {
      const x = ids[i]!;
      if (x === id) return i;
      if (x > id) return -1;
    }
    return -1;
  }

  private build(node: number, ids: Uint16Array, lo: number, count: number): number {
    if (this.used + count > this.posts.length) {
      const grown = new Uint16Array(Math.max(2 * this.posts.length, this.used + count));
      grown.set(this.posts.subarray(0, this.used));
      this.posts = grown;
    }
    const at = this.used;
    for (let k = 0; k < count; k++) this.posts[at + k] = ids[lo + k * FENCE_STEP]!;
    this.used += count;
    this.offsets.set(node, at);
    return at;
  }
}
