/**
 * Public types of calque. Everything a caller of `check()` receives is described here, and
 * `data/schemas/report.schema.json` describes the same shape for JSON consumers (a test keeps the
 * two in step).
 */

/** MQM-style severity. `info` costs no penalty points. */
export type Severity = 'critical' | 'major' | 'minor' | 'info';

export const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor', 'info'];

/** Top-level MQM dimensions used by calque; a category is `dimension/subtype`. */
export type MqmDimension = 'accuracy' | 'fluency' | 'style' | 'terminology' | 'locale-convention' | 'other';

/** e.g. `accuracy/untranslated`, `fluency/punctuation`, `style/calque`. */
export type Category = `${MqmDimension}/${string}`;

/** Half-open range of UTF-16 code units in the caller's original input. */
export interface Span {
  start: number;
  end: number;
}

/** One diagnostic, in the manner of vfile-message and LanguageTool's match. */
export interface Finding {
  /** Stable within a report: `${ruleId}@${start}-${end}`. */
  id: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  span: Span;
  /** 1-based line of `span.start`. */
  line: number;
  /** 1-based column (UTF-16 code units) of `span.start`. */
  column: number;
  /** Always `input.slice(span.start, span.end)`. */
  text: string;
  message: string;
  /** Replacement texts for `text`, best first; may be empty. */
  suggestions: string[];
  /** 0..1: how sure the rule is that this is an artifact. */
  confidence: number;
  /** Why machine translation from Indonesian produces this (optional explanation). */
  note?: string;
  /** True when the first suggestion can be applied without a human looking (used by `--fix`). */
  fixable?: boolean;
  /** For a pattern family's finding (docs/patterns.md): the id of the pattern that matched. */
  patternId?: string;
}

export interface SentenceScore {
  index: number;
  span: Span;
  /** 0..100, higher reads better: the language-model score less the findings inside (docs/fluency.md). */
  fluency: number;
  /** 0..100 from the language models alone (a calibrated percentile against edited news). */
  modelFluency?: number;
  /** Sentences that are boilerplate (an MT notice, a caption credit) are excluded from article scores. */
  boilerplate: boolean;
}

export interface Provenance {
  /** A publisher's notice that the text was machine translated. */
  machineTranslationNotice: boolean;
  /** Span of that notice, when found. */
  noticeSpan?: Span;
  /** ISO 639-3 code of the suspected source language (`ind` for Indonesian), or null when unknown. */
  sourceLanguageHint: string | null;
  /**
   * How the article reads as a whole to the learnt translationese model (src/lm/article-reading.ts):
   * `translated` (from Indonesian), `native`, or `unknown` (too short, or in between). Always set by
   * check(); optional so that reports of schema 1.1 still type-check.
   */
  articleReading?: ArticleReading;
}

/** How an article reads as a whole: translated (from Indonesian), native English, or too short or mixed to tell. */
export type ArticleReading = 'translated' | 'native' | 'unknown';

export interface InputSummary {
  characters: number;
  words: number;
  provenance: Provenance;
}

export interface Scores {
  /** 0..100 article fluency, length-weighted over non-boilerplate sentences. */
  fluency: number;
  /** 0..100 MQM quality from penalty points per word. */
  quality: number;
  penaltyPoints: number;
  /** Words counted for scoring (boilerplate excluded). */
  words: number;
}

export type Verdict = 'pass' | 'review' | 'fail';

export interface Report {
  schemaVersion: string;
  tool: { name: string; version: string };
  input: InputSummary;
  findings: Finding[];
  sentences: SentenceScore[];
  scores: Scores;
  verdict: Verdict;
}

/** Thresholds that turn scores into a verdict. */
export interface VerdictThresholds {
  /** quality at or above this (and no finding at failOn severity) passes. */
  passQuality: number;
  /** quality below this fails. */
  failQuality: number;
  /** Any finding of this severity or worse forces at least `review`. */
  reviewOn: Severity;
  /** Prose sentences whose fluency is below this (0..100) get a `low-fluency` finding. Default 35. */
  lowFluency?: number;
  /** Article fluency below this (0..100) forces at least `review`. Default 50. */
  reviewFluency?: number;
  /**
   * A publisher's machine-translation notice (an `mt-disclaimer` finding) forces at least `review`:
   * by the publisher's own account the text is unedited machine translation, and on real
   * Indonesian-origin news every such article held items an editor must fix. Default true.
   */
  reviewMachineTranslated?: boolean;
  /**
   * Findings of severity minor or above per 1,000 scored words at which the text gets at least
   * `review`, once there are `reviewDensityFindings` of them: many small artifacts together are an
   * unedited translation even when none is major and the quality score stays above `passQuality`.
   * 0 turns the rule off. Default 5 (one per 200 words).
   */
  reviewDensity?: number;
  /** The least number of minor-or-above findings for `reviewDensity` to apply (so one stray hint never trips it). Default 2. */
  reviewDensityFindings?: number;
  /**
   * Weight (0..1) of an `info` finding of a rule whose hints point to translation from Indonesian
   * (calque-phrase, locale-format, entity-consistency, verb-form…; `TRANSLATION_HINT_RULES` in
   * src/scoring/mqm.ts) in the `reviewDensity` count. 0 counts minor-or-above findings only. Default 1.
   */
  reviewDensityHints?: number;
  /**
   * In an article that reads as translated (`input.provenance.articleReading`), article fluency below
   * this forces at least `review` (the bar `reviewFluency` sets for every article, raised: such an
   * article's weak fluency is likelier to be translation than style). Default 60.
   */
  reviewFluencyTranslated?: number;
}

/** Overrides of MQM penalty points. */
export interface PenaltyWeights {
  /** Points per finding of each severity (defaults: critical 25, major 5, minor 1, info 0). */
  severity?: Partial<Record<Severity, number>>;
  /** Multiplier of a rule's points by rule id (default 1; 0 makes a rule's findings free). */
  rules?: Record<string, number>;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface CheckOptions {
  /** Per-rule settings by rule id; `false` disables a rule, a severity overrides its default. */
  rules?: Record<string, RuleSetting | boolean | Severity>;
  /** Only run these rule ids (after `rules` settings). */
  only?: string[];
  /** Verdict thresholds (partial overrides of the defaults). */
  thresholds?: Partial<VerdictThresholds>;
  /** Drop findings whose confidence is below this (0..1). Default 0. */
  minConfidence?: number;
  /** Overrides of the MQM penalty points per severity and per rule. */
  penalties?: PenaltyWeights;
}
