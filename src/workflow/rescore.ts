/**
 * Re-computes a report's MQM scores and verdict after the workflow added findings (house glossary,
 * references). check() does not expose this step, so it is rebuilt here from the same functions in
 * src/scoring/mqm.ts, with the same options (thresholds, penalty weights). Sentence and article
 * fluency are left as check() computed them: the added findings concern terminology and agreement
 * with other texts, not how a sentence reads.
 */
import { thresholds } from '../engine/options.js';
import { penaltyPoints, qualityScore, round1, verdictFor } from '../scoring/mqm.js';
import type { CheckOptions, Finding, Report } from '../types.js';
import { compareFindings } from './findings.js';

export type ScoringOptions = Pick<CheckOptions, 'thresholds' | 'penalties'>;

export function rescore(report: Report, _input: string, options: ScoringOptions = {}, extra: readonly Finding[] = []): Report {
  const findings = [...report.findings];
  const seen = new Set(findings.map((f) => f.id));
  for (const f of extra) {
    if (!seen.has(f.id)) {
      seen.add(f.id);
      findings.push(f);
    }
  }
  findings.sort(compareFindings);
  const points = penaltyPoints(findings, options.penalties);
  const quality = qualityScore(points, report.scores.words);
  return {
    ...report,
    findings,
    scores: { ...report.scores, quality, penaltyPoints: round1(points) },
    verdict: verdictFor(quality, findings, thresholds(options), report.scores.fluency, report.scores.words, report.input.provenance.articleReading),
  };
}
