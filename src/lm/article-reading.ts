/**
 * How an article reads as a whole: as translated, as native, or too short to tell. The learnt
 * translationese model (src/lm/translationese.ts) marks translated English, not broken English: one
 * sentence's reading says little about whether *it* is garbled (on the tune halves, garbled
 * sentences and the other sentences of the same translated articles read alike, ROC AUC 0.49), but
 * the mean over an article's prose sentences tells translated articles from native ones almost
 * without overlap. The low-fluency rule uses that: in an article that reads as translated, every
 * sentence is translated and a weak fluency score is likelier to be a garbled one, so the bar is
 * raised; in an article that reads as native, a low score is the model misjudging good English (names,
 * acronyms, style), so only word salad is flagged. The cut-offs are fitted on tune halves by
 * scripts/fit-low-fluency-gate.ts and stored in data/model/low-fluency-gate.json.
 */
import { readFileSync } from 'node:fs';
import type { AnalysedDocument } from '../analysis/types.js';
import { dataPath } from '../lexicons/package-root.js';
import { assertValid } from '../lexicons/validate.js';
import { validatedAtBuild } from '../lexicons/build-stamps.js';
import { WORD_SALAD_BELOW } from '../scoring/fluency.js';
import { lmSentences } from './score.js';

export const LOW_FLUENCY_GATE_FILE = ['model', 'low-fluency-gate.json'] as const;
/** The gate's name among the build's validation stamps (src/lexicons/build-stamps.ts). */
export const LOW_FLUENCY_GATE_STAMP = 'model/low-fluency-gate';

export interface LowFluencyGate {
  about: string;
  fittedOn: string;
  minSentences: number;
  translatedAbove: number;
  nativeBelow: number;
  raise: number;
  figures?: Record<string, number | string>;
}

import type { ArticleReading } from '../types.js';
export type { ArticleReading } from '../types.js';

let loaded: LowFluencyGate | undefined;

export function lowFluencyGate(): LowFluencyGate {
  if (loaded === undefined) {
    const text = readFileSync(dataPath(...LOW_FLUENCY_GATE_FILE), 'utf8');
    const raw = JSON.parse(text) as unknown;
    // Every report reads the gate: skip its schema check when the build validated this very text.
    loaded = validatedAtBuild(LOW_FLUENCY_GATE_STAMP, text) ? (raw as LowFluencyGate) : assertValid<LowFluencyGate>('low-fluency-gate', raw, 'data/model/low-fluency-gate.json');
  }
  return loaded;
}

/** The reading of a mean log-odds over `sentences` prose sentences (pure: the fit script applies it too). */
export function readingOf(meanLogit: number, sentences: number, gate: LowFluencyGate = lowFluencyGate()): ArticleReading {
  if (sentences < gate.minSentences) return 'unknown';
  if (meanLogit >= gate.translatedAbove) return 'translated';
  if (meanLogit < gate.nativeBelow) return 'native';
  return 'unknown';
}

/**
 * The low-fluency threshold for an article of this reading: raised in one that reads as translated,
 * lowered to word salad (WORD_SALAD_BELOW) in one that reads as native, the caller's elsewhere.
 */
export function thresholdFor(reading: ArticleReading, threshold: number, gate: LowFluencyGate = lowFluencyGate()): number {
  if (reading === 'native') return Math.min(threshold, WORD_SALAD_BELOW);
  return reading === 'translated' ? threshold + gate.raise : threshold;
}

const cache = new WeakMap<AnalysedDocument, ArticleReading>();

/** The article's reading over its running-prose sentences outside boilerplate (cached per document). */
export function articleReading(doc: AnalysedDocument): ArticleReading {
  let out = cache.get(doc);
  if (out !== undefined) return out;
  const lm = lmSentences(doc);
  let sum = 0;
  let n = 0;
  doc.sentences.forEach((s, i) => {
    const x = lm[i]!;
    if (s.boilerplate || !x.prose) return;
    sum += x.features.translationeseLogit;
    n++;
  });
  out = readingOf(n === 0 ? 0 : sum / n, n);
  cache.set(doc, out);
  return out;
}
