/**
 * Matching compiled token sequences against a sentence's tokens: each element takes between min
 * and max tokens, greedily, backtracking when a later element fails (like a regular expression over
 * tokens). Sequences are short and repetition is capped (max 20), so a match attempt stays cheap.
 */
import type { Token } from '../analysis/types.js';
import type { CompiledElement, CompiledSequence } from './compile.js';

function go(els: readonly CompiledElement[], tokens: readonly Token[], hi: number, bounds: number[], k: number, pos: number): boolean {
  bounds[k] = pos;
  if (k === els.length) return true;
  const e = els[k]!;
  let n = 0;
  while (n < e.max && pos + n < hi && e.test(tokens[pos + n]!)) n++;
  for (let c = n; c >= e.min; c--) if (go(els, tokens, hi, bounds, k + 1, pos + c)) return true;
  return false;
}

/**
 * Matches `seq` starting at token `start`, not beyond token `hi` (exclusive). Returns the token
 * index where each element starts, plus the end (length elements + 1), or undefined.
 */
export function matchAt(seq: CompiledSequence, tokens: readonly Token[], start: number, hi: number): number[] | undefined {
  if (hi - start < seq.minLength) return undefined;
  const first = seq.elements[0]!;
  // Most starts fail on the first token: decide that before allocating anything.
  if (first.min > 0 && !first.test(tokens[start]!)) return undefined;
  // A first element of exactly one token that most tokens pass (a "not punctuation" look-behind)
  // leaves the decision to the second: test it too before recursing.
  const second = seq.elements[1];
  if (first.min === 1 && first.max === 1 && second && second.min > 0 && !second.test(tokens[start + 1]!)) return undefined;
  const bounds = new Array<number>(seq.elements.length + 1);
  return go(seq.elements, tokens, hi, bounds, 0, start) ? bounds : undefined;
}

/** True when some match of `seq` within [lo, hi) overlaps the token range [from, to). */
export function overlapsMatch(seq: CompiledSequence, tokens: readonly Token[], lo: number, hi: number, from: number, to: number): boolean {
  for (let s = lo; s < hi && s < to; s++) {
    const b = matchAt(seq, tokens, s, hi);
    if (b && b[b.length - 1]! > from && b[b.length - 1]! > s) return true;
  }
  return false;
}
