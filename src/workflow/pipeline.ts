/**
 * One file through the whole editor's workflow: mask markup → check() → house glossary → references
 * → re-score → texts restored from the original → post-edit comparison → fixes. Everything here is
 * plain data, so the same function runs in the main thread and in batch worker threads.
 */
import { checkWithDirectives } from '../check.js';
import { readDirectives, type Suppressions } from '../engine/directives.js';
import { withExtraEntries } from '../lexicons/extra.js';
import { trustProvenPatterns } from '../lexicons/pattern-safety.js';
import { withExtraPatterns } from '../patterns/load.js';
import type { CheckOptions, Finding, Report, Severity } from '../types.js';
import { applyFixes } from './fixes.js';
import { compileGlossary, glossaryFindings, type CompiledGlossary, type GlossaryConfig } from './glossary.js';
import { maskMarkup, restoreOriginal, type InputFormat } from './input-format.js';
import { comparePostEdit, type PostEditResult } from './post-edit.js';
import { compareWithReferences, REFERENCE_RULE_IDS, type EntityTable, type ReferenceText } from './references.js';
import { rescore } from './rescore.js';

export interface RuleSwitch {
  enabled: boolean;
  severity?: Severity;
}

/** Settings shared by every file of a run (structured-cloneable, for worker threads). */
export interface WorkflowSettings {
  checkOptions: CheckOptions;
  glossary?: GlossaryConfig;
  /** house-glossary and reference-* pseudo-rules: on/off and severity overrides. */
  workflowRules: Record<string, RuleSwitch>;
  /** Extra lexicon entries by lexicon name. */
  lexicons?: Record<string, unknown[]>;
  /**
   * User patterns the main thread already proved safe (src/lexicons/pattern-safety.ts), handed to
   * worker threads so each does not spend seconds proving them again.
   */
  provenPatterns?: readonly string[];
  /** Extra pattern rules by pattern family (rule id). */
  patterns?: Record<string, unknown[]>;
}

export interface FileJob {
  /** File name as given (or `<stdin>`). */
  label: string;
  text: string;
  format: InputFormat;
  /** Other reports of the same story (already masked when they are Markdown/HTML). */
  refs?: ReferenceText[];
  postEdit?: { label: string; text: string };
  fix?: boolean;
}

export interface FileResult {
  label: string;
  report: Report;
  entityTable?: EntityTable;
  postEdit?: PostEditResult;
  /** With `fix`: the corrected text and how many fixes were applied or skipped (overlaps). */
  fix?: { text: string; applied: number; skipped: number };
}

let registered: Record<string, unknown[]> | undefined;
let registeredPatterns: Record<string, unknown[]> | undefined;
const compiledGlossaries = new WeakMap<GlossaryConfig, CompiledGlossary>();

/** Registers the settings' extra lexicon entries and patterns once per thread (before the first check()). */
function prepare(settings: WorkflowSettings): void {
  trustProvenPatterns(settings.provenPatterns);
  if (settings.lexicons && registered !== settings.lexicons) {
    for (const [name, entries] of Object.entries(settings.lexicons)) withExtraEntries(name, entries);
    registered = settings.lexicons;
  }
  if (settings.patterns && registeredPatterns !== settings.patterns) {
    for (const [rule, patterns] of Object.entries(settings.patterns)) withExtraPatterns(rule, patterns);
    registeredPatterns = settings.patterns;
  }
}

function glossaryOf(settings: WorkflowSettings): CompiledGlossary | undefined {
  if (!settings.glossary) return undefined;
  let g = compiledGlossaries.get(settings.glossary);
  if (!g) {
    g = compileGlossary(settings.glossary);
    compiledGlossaries.set(settings.glossary, g);
  }
  return g;
}

function switchOf(settings: WorkflowSettings, id: string): RuleSwitch {
  return settings.workflowRules[id] ?? { enabled: true };
}

/**
 * Adds to the directives a silencer for findings about blanks the masking made: a finding whose
 * whole span is spaces in the masked copy but markup in the file (`# Minister *visits* Tokyo` is
 * read as "Minister  visits  Tokyo") is about the markup, not the author's prose.
 */
function withMaskingArtifacts(directives: Suppressions | undefined, original: string, masked: string): Suppressions | undefined {
  if (masked === original) return directives;
  const blankOnlyInMask = (start: number, end: number): boolean => end > start && masked.slice(start, end).trim() === '' && original.slice(start, end).trim() !== '';
  return {
    spans: directives?.spans ?? [],
    silenced: (ruleId, start, end) => blankOnlyInMask(start, end) || (directives?.silenced(ruleId, start, end) ?? false),
  };
}

export function processFile(job: FileJob, settings: WorkflowSettings): FileResult {
  prepare(settings);
  const masked = maskMarkup(job.text, job.format);
  // Directives are read from the user's file: masking blanks the comments that carry them.
  const suppressions = withMaskingArtifacts(readDirectives(job.text), job.text, masked);
  let report = checkWithDirectives(masked, settings.checkOptions, suppressions);
  const extra: Finding[] = [];
  const glossary = glossaryOf(settings);
  const gSwitch = switchOf(settings, 'house-glossary');
  if (glossary && gSwitch.enabled) extra.push(...glossaryFindings(masked, glossary, gSwitch.severity));
  let entityTable: EntityTable | undefined;
  if (job.refs && job.refs.length > 0) {
    const refSettings: Record<string, RuleSwitch> = {};
    for (const id of REFERENCE_RULE_IDS) refSettings[id] = switchOf(settings, id);
    const cmp = compareWithReferences(report, masked, job.refs, { articleLabel: job.label, settings: refSettings });
    extra.push(...cmp.findings);
    entityTable = cmp.entityTable;
  }
  // Same filters as check(): nothing inside a machine-translation notice, nothing below minConfidence.
  const notice = report.input.provenance.noticeSpan;
  const min = settings.checkOptions.minConfidence ?? 0;
  const kept = extra.filter(
    (f) => f.confidence >= min && !(notice && f.span.start >= notice.start && f.span.end <= notice.end) && !suppressions?.silenced(f.ruleId, f.span.start, f.span.end),
  );
  if (kept.length > 0) report = rescore(report, masked, settings.checkOptions, kept);
  report = restoreOriginal(report, job.text, masked);
  const result: FileResult = { label: job.label, report };
  if (entityTable) result.entityTable = entityTable;
  if (job.postEdit) result.postEdit = comparePostEdit(report, job.text, job.postEdit.text, job.postEdit.label);
  if (job.fix) {
    const fixed = applyFixes(job.text, report.findings);
    result.fix = { text: fixed.text, applied: fixed.applied.length, skipped: fixed.skipped.length };
  }
  return result;
}
