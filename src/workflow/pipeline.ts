/**
 * One file through the whole editor's workflow: read the prose of Markdown/HTML → check() → house
 * glossary → references → re-score → spans put back on the file → post-edit comparison → fixes.
 * Everything here is plain data, so the same function runs in the main thread, in batch worker
 * threads and in the server's check workers.
 */
import { checkWithDirectives } from '../check.js';
import { readDirectives, type Suppressions } from '../engine/directives.js';
import { withExtraEntries } from '../lexicons/extra.js';
import { trustProvenPatterns } from '../lexicons/pattern-safety.js';
import { withExtraPatterns } from '../patterns/load.js';
import type { CheckOptions, Finding, Report, Severity } from '../types.js';
import { applyFixes } from './fixes.js';
import { compileGlossary, glossaryFindings, type CompiledGlossary, type GlossaryConfig } from './glossary.js';
import { readProse, type InputFormat } from './input-format.js';
import { comparePostEdit, type PostEditResult } from './post-edit.js';
import { compareWithReferences, REFERENCE_RULE_IDS, type EntityTable, type ReferenceText } from './references.js';
import { restoreOriginal, type ProseView } from './prose-view.js';
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
  /** Other reports of the same story (already read as prose when they are Markdown/HTML: readProse). */
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
 * The file's directives as seen from its prose copy (whose offsets differ from the file's): a
 * directive written as a line of prose (`calque-disable` alone on its line) is read as blank, a
 * finding is silenced by where it lies in the file, and a finding whose whole span is blank in the
 * copy but markup in the file (a space left where an image or inline code was) is about the markup,
 * not the author's prose.
 */
function onProse(directives: Suppressions | undefined, file: string, view: ProseView): Suppressions | undefined {
  const map = view.map;
  if (!map) return directives;
  const inFile = (start: number, end: number): { start: number; end: number } => map.span(start, end);
  const blankOnlyInProse = (start: number, end: number): boolean => {
    if (end <= start || view.text.slice(start, end).trim() !== '') return false;
    const at = inFile(start, end);
    return file.slice(at.start, at.end).trim() !== '';
  };
  const spans = (directives?.spans ?? []).flatMap((d) => map.inverse(d.start, d.end) ?? []);
  return {
    spans,
    silenced: (ruleId, start, end) => {
      if (blankOnlyInProse(start, end)) return true;
      if (!directives) return false;
      const at = inFile(start, end);
      return directives.silenced(ruleId, at.start, at.end);
    },
  };
}

/**
 * Checks one file. Asynchronous only because the Markdown and HTML parsers load on first use; for
 * plain text the work is the same as check()'s.
 */
export async function processFile(job: FileJob, settings: WorkflowSettings): Promise<FileResult> {
  prepare(settings);
  const view = await readProse(job.text, job.format);
  const prose = view.text;
  // Directives are read from the user's file: the prose copy has no comments.
  const suppressions = onProse(readDirectives(job.text), job.text, view);
  let report = checkWithDirectives(prose, settings.checkOptions, suppressions);
  const extra: Finding[] = [];
  const glossary = glossaryOf(settings);
  const gSwitch = switchOf(settings, 'house-glossary');
  if (glossary && gSwitch.enabled) extra.push(...glossaryFindings(prose, glossary, gSwitch.severity));
  let entityTable: EntityTable | undefined;
  if (job.refs && job.refs.length > 0) {
    const refSettings: Record<string, RuleSwitch> = {};
    for (const id of REFERENCE_RULE_IDS) refSettings[id] = switchOf(settings, id);
    const cmp = compareWithReferences(report, prose, job.refs, { articleLabel: job.label, settings: refSettings });
    extra.push(...cmp.findings);
    entityTable = cmp.entityTable;
  }
  // Same filters as check(): nothing inside a machine-translation notice, nothing below minConfidence.
  const notice = report.input.provenance.noticeSpan;
  const min = settings.checkOptions.minConfidence ?? 0;
  const kept = extra.filter(
    (f) => f.confidence >= min && !(notice && f.span.start >= notice.start && f.span.end <= notice.end) && !suppressions?.silenced(f.ruleId, f.span.start, f.span.end),
  );
  if (kept.length > 0) report = rescore(report, prose, settings.checkOptions, kept);
  report = restoreOriginal(report, job.text, view);
  const result: FileResult = { label: job.label, report };
  if (entityTable) result.entityTable = entityTable;
  if (job.postEdit) result.postEdit = comparePostEdit(report, job.text, job.postEdit.text, job.postEdit.label);
  if (job.fix) {
    const fixed = applyFixes(job.text, report.findings);
    result.fix = { text: fixed.text, applied: fixed.applied.length, skipped: fixed.skipped.length };
  }
  return result;
}
