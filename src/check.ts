/**
 * The pipeline: read input → analyse once → run rules → score → report.
 */
import { analyse } from './analysis/analyse.js';
import type { AnalysedDocument } from './analysis/types.js';
import { runRules } from './engine/run-rules.js';
import { selectRules, thresholds, validateOptions } from './engine/options.js';
import { packageVersion } from './lexicons/package-root.js';
import { RULES } from './rules/registry.js';
import { articleFluency, scoreSentences } from './scoring/fluency.js';
import { penaltyPoints, qualityScore, round1, verdictFor } from './scoring/mqm.js';
import type { CheckOptions, Finding, Provenance, Report } from './types.js';

export const SCHEMA_VERSION = '1.0.0';

/** Rules whose findings show the text came from Indonesian. */
const INDONESIAN_EVIDENCE = new Set(['untranslated-word', 'untranslated-acronym', 'untranslated-sentence', 'epithet-calque']);

function provenanceOf(doc: AnalysedDocument, findings: readonly Finding[]): Provenance {
  const notice = doc.mtNotices[0];
  const indonesian =
    doc.mtNotices.some((n) => n.mentionsIndonesian) ||
    findings.some((f) => INDONESIAN_EVIDENCE.has(f.ruleId) && f.severity !== 'info');
  const p: Provenance = { machineTranslationNotice: notice !== undefined, sourceLanguageHint: indonesian ? 'ind' : null };
  if (notice) p.noticeSpan = { start: notice.start, end: notice.end };
  return p;
}

/** Words outside boilerplate, the denominator of MQM scoring. */
function scoredWords(doc: AnalysedDocument): number {
  let n = 0;
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const type = doc.tokens[t]!.type;
      if (type === 'word' || type === 'number') n++;
    }
  }
  return n;
}

/**
 * Checks English text machine-translated from Indonesian. Never throws for text content; throws
 * `CalqueError` (code `invalid-option`) for invalid options.
 */
export function check(text: string, options?: CheckOptions): Report {
  if (typeof text !== 'string') throw new TypeError('check() expects a string');
  const opts = validateOptions(options);
  const active = selectRules(RULES, opts);
  const doc = analyse(text);
  let findings = runRules(doc, active);
  if (opts.minConfidence !== undefined) findings = findings.filter((f) => f.confidence >= opts.minConfidence!);
  // Findings inside boilerplate (other than the notice itself) are not the article's errors.
  findings = findings.filter((f) => f.ruleId === 'mt-disclaimer' || !doc.mtNotices.some((n) => f.span.start >= n.start && f.span.end <= n.end));
  const sentences = scoreSentences(doc, findings);
  const words = scoredWords(doc);
  const points = penaltyPoints(findings);
  const quality = qualityScore(points, words);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'calque', version: packageVersion() },
    input: { characters: text.length, words: doc.wordCount, provenance: provenanceOf(doc, findings) },
    findings,
    sentences,
    scores: { fluency: articleFluency(doc, sentences), quality, penaltyPoints: round1(points), words },
    verdict: verdictFor(quality, findings, thresholds(opts)),
  };
}
