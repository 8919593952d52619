/**
 * The pipeline: read input → analyse once → run rules → score → report.
 */
import { analyse, spanCovering } from './analysis/analyse.js';
import { analysisText } from './analysis/normalise.js';
import type { AnalysedDocument } from './analysis/types.js';
import { blankDirectives, readDirectives, type Suppressions } from './engine/directives.js';
import { reportOnInput } from './engine/input-spans.js';
import { runRules } from './engine/run-rules.js';
import type { ActiveRule } from './engine/run-rules.js';
import { selectRules, thresholds, validateOptions } from './engine/options.js';
import { packageVersion } from './lexicons/package-root.js';
import { RULES } from './rules/registry.js';
import { lowFluencyDraft } from './rules/low-fluency.js';
import { articleReading, thresholdFor } from './lm/article-reading.js';
import { articleFluency, DEFAULT_LOW_FLUENCY, LOW_FLUENCY_RULE, publicSentence, scoreSentences } from './scoring/fluency.js';
import type { ScoredSentence } from './scoring/fluency.js';
import { penaltyPoints, qualityScore, round1, verdictFor } from './scoring/mqm.js';
import type { CheckOptions, Finding, Provenance, Report } from './types.js';

export const SCHEMA_VERSION = '1.2.0';

/** The package version, read once (packageVersion() reads package.json from disk each call). */
let toolVersion: string | undefined;

/** Rules whose findings show the text came from Indonesian. */
const INDONESIAN_EVIDENCE = new Set(['untranslated-word', 'untranslated-acronym', 'untranslated-sentence', 'epithet-calque']);

function provenanceOf(doc: AnalysedDocument, findings: readonly Finding[]): Provenance {
  const notice = doc.mtNotices[0];
  const indonesian =
    doc.mtNotices.some((n) => n.mentionsIndonesian) ||
    findings.some((f) => INDONESIAN_EVIDENCE.has(f.ruleId) && f.severity !== 'info');
  const p: Provenance = { machineTranslationNotice: notice !== undefined, sourceLanguageHint: indonesian ? 'ind' : null, articleReading: articleReading(doc) };
  if (notice) p.noticeSpan = { start: notice.start, end: notice.end };
  return p;
}

function insideNotice(doc: AnalysedDocument, f: Finding): boolean {
  const n = spanCovering(doc.mtNotices, f.span.start);
  return n !== undefined && f.span.end <= n.end;
}

/**
 * Words outside boilerplate, the denominator of MQM scoring. A text that is all notice has no
 * article to set apart from it: its words are scored, so a text with words is never scored on zero.
 */
function scoredWords(doc: AnalysedDocument): number {
  if (doc.sentences.every((s) => s.boilerplate)) return doc.wordCount;
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

/** Model fluency (about the 10th percentile of held-out news) above which findings alone never make a sentence low-fluency. */
const COMBINED_MODEL_CEILING = 70;

/**
 * Re-applies the low-fluency threshold to the reported sentence scores: the rule flagged sentences
 * against the default threshold from the language model alone; here the caller's threshold applies,
 * and a sentence that the other findings pull under it gets an `info` finding (its problems already
 * carry their penalty). Only when the low-fluency rule is active.
 */
function applyLowFluency(doc: AnalysedDocument, findings: Finding[], sentences: readonly ScoredSentence[], active: readonly ActiveRule[], threshold: number): Finding[] {
  const rule = active.find((a) => a.rule.meta.id === LOW_FLUENCY_RULE);
  if (!rule) return findings;
  // The whole article's reading (src/lm/article-reading.ts): one that reads as translated has its
  // bar raised, one that reads as native has it lowered to word salad.
  const bar = thresholdFor(articleReading(doc), threshold);
  const drafts = sentences
    // A sentence the model finds fluent (above the 10th percentile) is not flagged just because
    // other findings sit inside it: those findings already point at the problem.
    // Judged without the learnt translationese signal (src/lm/score.ts, flagFluency): a sentence reading as translated is no error.
    .filter((s) => !s.boilerplate && s.prose && s.flagFluency < bar && (s.flagModel < bar || s.flagModel < COMBINED_MODEL_CEILING))
    .map((s) => lowFluencyDraft(doc, s.index, s.flagModel, s.flagFluency, bar, threshold));
  const redone = runRules(doc, [{ rule: { meta: rule.rule.meta, run: () => drafts }, severity: rule.severity }]);
  const merged = [...findings.filter((f) => f.ruleId !== LOW_FLUENCY_RULE), ...redone];
  merged.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return merged;
}

/**
 * Checks English text machine-translated from Indonesian. Never throws for text content; throws
 * `CalqueError` (code `invalid-option`) for invalid options.
 */
export function check(text: string, options?: CheckOptions): Report {
  if (typeof text !== 'string') throw new TypeError('check() expects a string');
  return checkWithDirectives(text, options, readDirectives(text));
}

/**
 * check() with the inline directives (`calque-disable` …, src/engine/directives.ts) already read:
 * the workflow reads them from the user's file, whose comments its masked copy has blanked.
 * `suppressions` offsets index `text` (the masked copy has the same length as the file).
 */
export function checkWithDirectives(text: string, options: CheckOptions | undefined, suppressions: Suppressions | undefined): Report {
  const opts = validateOptions(options);
  const active = selectRules(RULES, opts);
  // Invisible format characters and tabs would hide a term from the rules; the analysis reads a
  // copy without them, and the report is put back on the input at the end. Directives are not
  // prose: they are read as blank.
  const analysed = analysisText(suppressions ? blankDirectives(text, suppressions) : text);
  // No rule or score reads named entities: skip wink's NER passes (src/analysis/nlp.ts).
  const doc = analyse(analysed.text, { entities: false });
  const heard = (f: Finding): boolean => {
    const at = analysed.map ? analysed.map.span(f.span.start, f.span.end) : f.span;
    return !suppressions!.silenced(f.ruleId, at.start, at.end);
  };
  let findings = runRules(doc, active);
  // Silenced findings go before scoring: a passage the author has judged costs no points.
  if (suppressions) findings = findings.filter(heard);
  if (opts.minConfidence !== undefined) findings = findings.filter((f) => f.confidence >= opts.minConfidence!);
  // Minor findings inside a notice are its own wording, not the article's errors. A major or
  // critical one (an untranslated word, a half-translated acronym) is article text run into the
  // notice sentence, and stays: a notice never hides a serious artifact. (Notices are sorted and
  // disjoint: a binary search per finding, not a scan of every notice.)
  findings = findings.filter((f) => f.ruleId === 'mt-disclaimer' || f.severity === 'major' || f.severity === 'critical' || !insideNotice(doc, f));
  const t = thresholds(opts);
  const sentences = scoreSentences(doc, findings, opts.penalties);
  findings = applyLowFluency(doc, findings, sentences, active, t.lowFluency ?? DEFAULT_LOW_FLUENCY);
  if (suppressions) findings = findings.filter(heard);
  if (opts.minConfidence !== undefined) findings = findings.filter((f) => f.confidence >= opts.minConfidence!);
  const words = scoredWords(doc);
  const points = penaltyPoints(findings, opts.penalties);
  const quality = qualityScore(points, words);
  const fluency = articleFluency(doc, sentences);
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'calque', version: (toolVersion ??= packageVersion()) },
    input: { characters: text.length, words: doc.wordCount, provenance: provenanceOf(doc, findings) },
    findings,
    sentences: sentences.map(publicSentence),
    scores: { fluency, quality, penaltyPoints: round1(points), words },
    verdict: verdictFor(quality, findings, t, fluency, words, articleReading(doc)),
  };
  return analysed.text === text ? report : reportOnInput(report, text, analysed.map);
}
