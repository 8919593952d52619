/**
 * Sentence fluency from the language models, computed once per analysed document and cached in a
 * WeakMap keyed by the document: the low-fluency rule and check()'s sentence scores read the same
 * numbers, and nothing outlives the document.
 */
import type { AnalysedDocument } from '../analysis/types.js';
import { fluencyFromRaw, isProse, rawScore } from './calibrate.js';
import { sentenceFeatures } from './features.js';
import type { SentenceFeatures } from './features.js';
import { model } from './load.js';
import { learntPenalty, signalPenalty } from './combiner.js';

export interface LmSentence {
  /** 0..100 from the language models alone (see docs/fluency.md). */
  fluency: number;
  /**
   * The same score without the clause and frame signals (repeated content words, no finite verb,
   * the broken frames of src/lm/frames.ts): the words' and tags' own evidence. Only this can make a low-fluency finding `minor` (src/rules/low-fluency.ts):
   * long list sentences of edited English repeat words too, so the clause signals may point a
   * sentence out but never cost it a penalty on their own.
   */
  lexicalFluency: number;
  /**
   * The score without the learnt translationese signal's penalty (src/lm/translationese.ts): what the
   * low-fluency findings are judged on. Reading as translated lowers a sentence's score (it ranks
   * below native news) but is no error an editor could fix, so on its own it never raises a finding.
   */
  flagFluency: number;
  /** Running prose the score is calibrated for (not a headline, caption, credit or fragment). */
  prose: boolean;
  features: SentenceFeatures;
}

const cache = new WeakMap<AnalysedDocument, LmSentence[]>();

export function lmSentences(doc: AnalysedDocument): LmSentence[] {
  let out = cache.get(doc);
  if (out) return out;
  const m = model();
  const cal = m.meta.calibration;
  out = doc.sentences.map((s) => {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    const features = sentenceFeatures(m, tokens);
    // The language model's own raw score, then the combiner's penalties for clause and frame signals.
    const lexical = rawScore(cal, { ...features, repeats: 0, noFiniteVerb: 0 });
    const penalty = signalPenalty(features);
    const lexicalFluency = fluencyFromRaw(cal, lexical);
    const fluency = penalty === 0 ? lexicalFluency : fluencyFromRaw(cal, lexical - penalty);
    const learnt = learntPenalty(features);
    const flagFluency = learnt === 0 ? fluency : penalty === learnt ? lexicalFluency : fluencyFromRaw(cal, lexical - (penalty - learnt));
    return { fluency, lexicalFluency, flagFluency, prose: isProse(tokens), features };
  });
  cache.set(doc, out);
  return out;
}
