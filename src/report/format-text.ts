/**
 * Plain-text report for terminals: one line per finding (file:line:column severity rule message),
 * the flagged text and the suggestion, then the scores and verdict.
 */
import type { Report } from '../types.js';

export interface TextOptions {
  /** Label shown before line:column (a file name). */
  label?: string;
  color?: boolean;
}

const COLORS: Record<string, string> = { critical: '\x1b[35m', major: '\x1b[31m', minor: '\x1b[33m', info: '\x1b[36m' };

function oneLine(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatText(report: Report, opts: TextOptions = {}): string {
  const label = opts.label ?? '<input>';
  const paint = (sev: string, s: string): string => (opts.color ? `${COLORS[sev] ?? ''}${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const f of report.findings) {
    const fix = f.suggestions.length > 0 ? ` → ${f.suggestions.map((s) => `"${s}"`).join(' | ')}` : '';
    lines.push(`${label}:${f.line}:${f.column}  ${paint(f.severity, f.severity.padEnd(8))} ${f.ruleId.padEnd(22)} ${f.message}`);
    lines.push(`    "${oneLine(f.text)}"${fix}`);
  }
  const counts = { critical: 0, major: 0, minor: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  lines.push('');
  lines.push(
    `${label}: ${report.findings.length} findings (${counts.critical} critical, ${counts.major} major, ${counts.minor} minor, ${counts.info} info)`,
  );
  lines.push(
    `${label}: quality ${report.scores.quality}/100, fluency ${report.scores.fluency}/100, ${report.scores.penaltyPoints} penalty points over ${report.scores.words} words`,
  );
  if (report.input.provenance.machineTranslationNotice) lines.push(`${label}: machine-translation notice found (source language hint: ${report.input.provenance.sourceLanguageHint ?? 'unknown'})`);
  lines.push(`${label}: verdict ${report.verdict.toUpperCase()}`);
  return lines.join('\n') + '\n';
}
