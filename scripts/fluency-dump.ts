/**
 * The feature dump that `eval-fluency --dump` writes (one JSON record per document) and the fitting
 * scripts read: scripts/fit-fluency.ts (the combiner) and scripts/fit-low-fluency-gate.ts (the article
 * gate). One definition, so the writer and both readers agree on its shape.
 */
import type { Severity } from '../src/types.js';
import type { SentenceFeatures } from '../src/lm/features.js';

export interface DumpSentence {
  start: number;
  end: number;
  prose: boolean;
  boilerplate: boolean;
  features: SentenceFeatures;
  /** [text, pos, lemma, start] of each token. */
  tokens: [string, string, string, number][];
}

export interface DumpRecord {
  /** 'ted' or 'real'. */
  set: string;
  split: string;
  group: string;
  kind?: string;
  penalty?: number;
  labels?: (string | null)[];
  sentences: DumpSentence[];
  /** [ruleId, severity, start, end, confidence] of every finding of the report. */
  findings?: [string, Severity, number, number, number][];
}
