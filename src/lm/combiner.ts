/**
 * The combiner: how much each clause or frame signal costs a sentence's raw fluency score, in
 * raw-score units (one unit is an interquartile range of one language-model feature spread over all
 * five). Fitted by a logistic regression on the tune halves of the TED MQM data and of the four real
 * Indonesian-origin sets, with native news pages (scripts/fit-fluency.ts; a signal is kept only if it
 * helps when one real set is left out of the fit), stored in data/model/fluency-combiner.json
 * (schema data/schemas/fluency-combiner.schema.json) and read once, on first use.
 *
 * The held-out Brown scores the percentile is read against leave these penalties out (calibration
 * version 3, src/lm/calibrate.ts): a sentence with none of the signals keeps the percentile the
 * language model gives it, and one with them falls below it.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../lexicons/package-root.js';
import { assertValid } from '../lexicons/validate.js';
import type { SentenceFeatures } from './features.js';
import { FRAME_SIGNALS } from './frames.js';

export const COMBINER_FILE = ['model', 'fluency-combiner.json'] as const;

/** The signals the combiner weighs: the two clause signals, the frame signals, then the learnt translationese model. */
export const COMBINER_SIGNALS = ['repeats', 'noFiniteVerb', ...FRAME_SIGNALS, 'translationese'] as const;
export type CombinerSignal = (typeof COMBINER_SIGNALS)[number];

export interface Combiner {
  about: string;
  fittedOn: string;
  lambda: number;
  tedWeight: number;
  /** The largest penalty of a signal common in native sentences (more than 2 % of them): precision first. */
  cap: number;
  /** The largest penalty of a rarer signal. */
  rareCap: number;
  /** The largest penalty of the learnt translationese signal (0..1, src/lm/translationese.ts). */
  learntCap: number;
  penalties: Record<CombinerSignal, number>;
}

let loaded: Combiner | undefined;

export function combiner(): Combiner {
  loaded ??= assertValid<Combiner>('fluency-combiner', JSON.parse(readFileSync(dataPath(...COMBINER_FILE), 'utf8')) as unknown, 'data/model/fluency-combiner.json');
  return loaded;
}

/** The signal's count in a sentence's features. */
function signal(f: SentenceFeatures, k: CombinerSignal): number {
  return k === 'repeats' || k === 'noFiniteVerb' || k === 'translationese' ? f[k] : f.frames[k];
}

/**
 * The part of `signalPenalty` that the learnt translationese signal costs: it ranks a sentence that
 * reads as translated below one that does not, but is no evidence of an error, so the low-fluency
 * findings are judged without it (src/lm/score.ts, `flagFluency`).
 */
export function learntPenalty(f: SentenceFeatures, c: Combiner = combiner()): number {
  return f.translationese === 0 ? 0 : c.penalties.translationese * f.translationese;
}

/** Total penalty of a sentence's clause and frame signals (0 when none fires). */
export function signalPenalty(f: SentenceFeatures, c: Combiner = combiner()): number {
  let p = 0;
  for (const k of COMBINER_SIGNALS) {
    const v = signal(f, k);
    if (v !== 0) p += c.penalties[k] * v;
  }
  return p;
}
