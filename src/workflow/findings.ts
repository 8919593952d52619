/**
 * Helpers for findings that the workflow adds after `check()` (house glossary, references): they are
 * built here with the same shape, id scheme and ordering that the rule engine uses, so a merged
 * report stays schema-valid and deterministic.
 */
import { lineIndex } from '../analysis/lines.js';
import type { Category, Finding, Severity } from '../types.js';

export interface WorkflowDraft {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
  confidence: number;
  note?: string;
  fixable?: boolean;
}

/** Builds findings for one input; `position` is computed once per input. */
export function findingBuilder(input: string): (d: WorkflowDraft) => Finding {
  const position = lineIndex(input);
  return (d) => {
    const start = Math.max(0, Math.min(d.start, input.length));
    const end = Math.max(start, Math.min(d.end, input.length));
    const { line, column } = position(start);
    const f: Finding = {
      id: `${d.ruleId}@${start}-${end}`,
      ruleId: d.ruleId,
      category: d.category,
      severity: d.severity,
      span: { start, end },
      line,
      column,
      text: input.slice(start, end),
      message: d.message,
      suggestions: d.suggestions ? [...new Set(d.suggestions)] : [],
      confidence: Math.max(0, Math.min(1, d.confidence)),
    };
    if (d.note !== undefined) f.note = d.note;
    if (d.fixable) f.fixable = true;
    return f;
  };
}

/** The engine's order: position, then end, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Merges extra findings into existing ones: duplicates (same id) are dropped, the result sorted. */
export function mergeFindings(existing: readonly Finding[], extra: readonly Finding[]): Finding[] {
  const seen = new Set(existing.map((f) => f.id));
  const out = [...existing];
  for (const f of extra) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    out.push(f);
  }
  return out.sort(compareFindings);
}
