/**
 * Sentence fluency. PLACEHOLDER until the language-model scorer lands: a sentence starts at 100 and
 * loses points for the findings inside it (major 20, minor 8, critical 40). The article score is the
 * length-weighted mean over non-boilerplate sentences. docs/report-format.md states this.
 */
import type { AnalysedDocument } from '../analysis/types.js';
import type { Finding, SentenceScore, Severity } from '../types.js';
import { round1 } from './mqm.js';

const LOSS: Record<Severity, number> = { critical: 40, major: 20, minor: 8, info: 0 };

export function scoreSentences(doc: AnalysedDocument, findings: readonly Finding[]): SentenceScore[] {
  return doc.sentences.map((s) => {
    let score = 100;
    for (const f of findings) if (f.span.start >= s.start && f.span.start < s.end) score -= LOSS[f.severity];
    return { index: s.index, span: { start: s.start, end: s.end }, fluency: Math.max(0, score), boilerplate: s.boilerplate };
  });
}

export function articleFluency(doc: AnalysedDocument, sentences: readonly SentenceScore[]): number {
  let weighted = 0;
  let total = 0;
  for (const s of sentences) {
    if (s.boilerplate) continue;
    const sent = doc.sentences[s.index]!;
    const len = sent.tokenEnd - sent.tokenStart;
    weighted += s.fluency * len;
    total += len;
  }
  return total === 0 ? 100 : round1(weighted / total);
}
