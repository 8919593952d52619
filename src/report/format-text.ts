/**
 * Plain-text report for terminals, one finding per entry in reading order:
 *
 *   file:line:col  severity  rule-id  message (whole; wrapped under its first word
 *                                     when a terminal width is given)
 *                  "flagged text" → "suggestion"
 *
 * `file:line:col` comes first so editors and terminals can link it. Columns are aligned over the
 * whole report. ANSI colour is used only when `color` is true (the CLI decides: a TTY and no
 * NO_COLOR); untrusted text has its control characters neutralised either way, so an article
 * cannot send escape sequences to the terminal.
 */
import type { Report, Severity, Verdict } from '../types.js';
import { SEVERITIES } from '../types.js';
import { oneLine } from './escape.js';
import { countBySeverity, findingsInOrder, provenanceNote } from './summary.js';

export interface TextOptions {
  /** Label shown before line:column (a file name). */
  label?: string;
  /** Use ANSI colours (default false). */
  color?: boolean;
  /**
   * Terminal width to wrap messages to; without it (a pipe, a file) each message stays on one line,
   * whole, for grep and editors. A message is never cut: continuation lines start under its first
   * word, and at least 40 columns are kept for it however long the label.
   */
  width?: number;
}

const MIN_MESSAGE_WIDTH = 40;

/** Greedy word wrap to `max` columns; a word longer than a line gets a line of its own. */
export function wrapWords(s: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line === '') line = word;
    else if (width(line) + 1 + width(word) <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

const RESET = '\x1b[0m';
const SEVERITY_SGR: Record<Severity, string> = { critical: '\x1b[1;35m', major: '\x1b[1;31m', minor: '\x1b[33m', info: '\x1b[36m' };
const VERDICT_SGR: Record<Verdict, string> = { pass: '\x1b[1;32m', review: '\x1b[1;33m', fail: '\x1b[1;31m' };
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';

/* C0/C1 controls (ESC included) and bidi overrides would let an article drive the terminal. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function clean(s: string): string {
  return s.replace(UNSAFE, '\uFFFD');
}

/** Display width in code points; close enough for alignment of ASCII-heavy columns. */
function width(s: string): number {
  return Array.from(s).length;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

export function formatText(report: Report, opts: TextOptions = {}): string {
  const label = clean(opts.label ?? '<input>');
  const paint = (sgr: string, s: string): string => (opts.color ? `${sgr}${s}${RESET}` : s);
  const findings = findingsInOrder(report);
  const lines: string[] = [];

  const locs = findings.map((f) => `${label}:${f.line}:${f.column}`);
  const locW = Math.max(0, ...locs.map(width));
  const ruleW = Math.min(28, Math.max(0, ...findings.map((f) => width(f.ruleId))));
  const sevW = Math.max(...SEVERITIES.map((s) => s.length));
  const indent = ' '.repeat(locW + 2);
  const messageCol = locW + 2 + sevW + 2 + ruleW + 2;
  const messageWidth = opts.width === undefined ? Infinity : Math.max(MIN_MESSAGE_WIDTH, opts.width - messageCol);

  findings.forEach((f, i) => {
    const sev = SEVERITIES.includes(f.severity) ? f.severity : 'info';
    const [first, ...rest] = wrapWords(clean(f.message), messageWidth);
    lines.push(`${paint(DIM, pad(locs[i]!, locW))}  ${paint(SEVERITY_SGR[sev], pad(sev, sevW))}  ${paint(DIM, pad(clean(f.ruleId), ruleW))}  ${first}`);
    for (const more of rest) lines.push(`${' '.repeat(messageCol)}${more}`);
    const quoted = f.text.length > 0 ? `"${clean(oneLine(f.text))}"` : '(insertion point)';
    const fix = f.suggestions.length > 0 ? ` → ${f.suggestions.slice(0, 3).map((s) => paint(BOLD, `"${clean(oneLine(s, 60))}"`)).join(' | ')}` : '';
    lines.push(`${indent}${quoted}${fix}`);
  });

  const c = countBySeverity(findings);
  if (findings.length > 0) lines.push('');
  const counts = SEVERITIES.map((s) => (c[s] > 0 ? paint(SEVERITY_SGR[s], `${c[s]} ${s}`) : `${c[s]} ${s}`)).join(', ');
  lines.push(`${label}: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} (${counts})`);
  lines.push(
    `${label}: quality ${report.scores.quality}/100, fluency ${report.scores.fluency}/100, ${report.scores.penaltyPoints} penalty points over ${report.scores.words} words`,
  );
  const prov = provenanceNote(report);
  if (prov) lines.push(`${label}: ${prov}`);
  const v = (['pass', 'review', 'fail'] as const).includes(report.verdict) ? report.verdict : 'review';
  lines.push(`${label}: verdict ${paint(VERDICT_SGR[v], v.toUpperCase())}`);
  return lines.join('\n') + '\n';
}
