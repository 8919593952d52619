/**
 * The pattern engine's cost (src/patterns/): the bundled families, and 500 synthetic token patterns
 * run through the index and, for comparison, with the index switched off (every pattern tried at
 * every token). The synthetic patterns are built from word sequences of the Brown corpus itself
 * (later documents than the ones timed), so that some match: most need two or three literal words,
 * some add a POS, case or optional element, and one in twenty has no literal at all.
 */
import type { AnalysedDocument } from '../../src/analysis/types.js';
import { compileFamily, type CompiledFamily } from '../../src/patterns/compile.js';
import { compiledFamily, patternFamilyIds } from '../../src/patterns/load.js';
import { runFamily } from '../../src/patterns/rule.js';
import type { PatternElement, PatternFamily, PatternSpec } from '../../src/patterns/types.js';
import { fixed, int, median, table } from './stats.js';

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same patterns. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticFamily(source: readonly AnalysedDocument[], count: number): PatternFamily {
  const rnd = random(42);
  const words = source.flatMap((d) => d.tokens.filter((t) => /^[a-z]+$/i.test(t.text)));
  const patterns: PatternSpec[] = [];
  for (let i = 0; i < count; i++) {
    let tokens: PatternElement[];
    if (i % 20 === 19) {
      // No literal: POS and case only (the always-run list).
      tokens = [{ pos: 'ADJ' }, { pos: 'NOUN', case: 'title' }, { lower: ['of', 'in'], min: 0 }, { pos: 'PROPN' }];
    } else {
      const at = Math.floor(rnd() * (words.length - 3));
      const n = 2 + Math.floor(rnd() * 2);
      tokens = words.slice(at, at + n).map((t, k): PatternElement => {
        const kind = Math.floor(rnd() * 6);
        if (k > 0 && kind === 0) return { pos: t.pos };
        if (kind === 1) return { lemma: t.lemma };
        return { lower: t.lower };
      });
      if (rnd() < 0.2) tokens.splice(1, 0, { pos: 'ADV', min: 0 });
    }
    patterns.push({ id: `synthetic-${i}`, tokens, message: 'A synthetic pattern for the benchmark.', examples: { flag: [{ text: 'x' }], pass: ['y'] } });
  }
  return { rule: 'synthetic', category: 'style/calque', severity: 'minor', description: 'Synthetic patterns.', examples: { invalid: [], valid: [] }, patterns };
}

function withoutIndex(cf: CompiledFamily): CompiledFamily {
  return { ...cf, index: new Map(), alwaysRun: cf.tokenPatterns.map((_p, i) => i), tokenPatterns: cf.tokenPatterns.map((p) => ({ ...p, keys: undefined })) };
}

export function patternBench(timed: readonly AnalysedDocument[], source: readonly AnalysedDocument[], words: number, runs: number): string {
  const synthetic = compileFamily(syntheticFamily(source, 500));
  const systems: [string, CompiledFamily][] = [
    ...patternFamilyIds().map((id) => [`bundled family ${id} (${compiledFamily(id).family.patterns.length} patterns)`, compiledFamily(id)] as [string, CompiledFamily]),
    [`500 synthetic token patterns, indexed (${synthetic.alwaysRun.length} always run)`, synthetic],
    ['500 synthetic token patterns, no index (every start)', withoutIndex(synthetic)],
  ];
  const rows: string[][] = [];
  let matches = 0;
  for (const [name, cf] of systems) {
    for (const d of timed.slice(0, 3)) runFamily(d, cf);
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      for (const d of timed) matches += runFamily(d, cf).length;
      times.push(performance.now() - t);
    }
    rows.push([name, fixed((median(times) / words) * 1000, 2)]);
  }
  const synthFound = timed.reduce((n, d) => n + runFamily(d, synthetic).length, 0);
  return `${table([`pattern engine (${int(words)} Brown words, median of ${runs})`, 'ms per 1k words'], rows)}\n(the synthetic patterns match ${int(synthFound)} times in these words; ${int(matches)} findings over all runs)`;
}
