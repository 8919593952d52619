/**
 * What the CI formatters (SARIF, GitHub workflow commands, JUnit, checkstyle) share: one entry per
 * checked file, and each finding's end as a line and column, which a Finding does not carry.
 */
import { lineIndex } from '../analysis/lines.js';
import type { Finding, Report, Severity } from '../types.js';

export interface CiFile {
  /** Path as the user gave it (or the --stdin-filename); forward slashes are used in URIs. */
  file: string;
  report: Report;
  /** The original input, to turn span ends into lines and columns. */
  input: string;
}

/** A rule's description, for SARIF's rule table and the other formats' titles. */
export interface CiRule {
  id: string;
  description: string;
  severity: Severity;
  category: string;
}

export interface Located {
  finding: Finding;
  line: number;
  column: number;
  endLine: number;
  /** 1-based, exclusive, in UTF-16 code units (as SARIF's utf16CodeUnits and GitHub's endColumn). */
  endColumn: number;
}

/** The file's findings with their end positions. */
export function located(f: CiFile): Located[] {
  const at = lineIndex(f.input);
  return f.report.findings.map((finding) => {
    const end = at(finding.span.end);
    return { finding, line: finding.line, column: finding.column, endLine: end.line, endColumn: end.column };
  });
}

/** The three levels CI tools know: critical and major block, minor warns, info is a note. */
export function ciLevel(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'critical' || s === 'major' ? 'error' : s === 'minor' ? 'warning' : 'note';
}

/** The message with the best suggestion, when there is one: CI views show no other field. */
export function messageWithSuggestion(f: Finding): string {
  const s = f.suggestions[0];
  if (s === undefined || f.message.includes(`"${s}"`) || f.message.includes(`“${s}”`)) return f.message;
  return `${f.message} (suggestion: "${s}")`;
}
