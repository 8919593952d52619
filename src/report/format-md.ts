/**
 * Markdown report for CMS comments and review threads (GitHub-flavoured Markdown): a summary
 * table, then the findings grouped by severity with line:column, the quoted text, its sentence
 * with the text in bold, the message and the suggestion. All untrusted text goes through `escapeMarkdown`, which also keeps it on one
 * line, so it can neither inject markup nor break the tables and lists around it.
 */
import type { Finding, Report, Severity } from '../types.js';
import { escapeMarkdown as md, oneLine } from './escape.js';
import {
  countByCategory,
  countBySeverity,
  findingsInOrder,
  groupBySeverity,
  provenanceNote,
  sentenceContext,
  squareTable,
  VERDICT_WORDS,
  type ReportSection,
  type ReportTable,
} from './summary.js';

export interface MarkdownOptions {
  /** What was checked, usually a file name. */
  label?: string;
  /** A comparison table (e.g. entities against a reference translation). */
  entityTable?: ReportTable;
  /** Further plain tables (e.g. a post-edit summary). */
  extraSections?: ReportSection[];
  /** Longest quoted text, in characters, before it is shortened with an ellipsis (default 160). */
  maxQuote?: number;
}

const TITLE: Record<Severity, string> = { critical: 'Critical', major: 'Major', minor: 'Minor', info: 'Info' };
/** Rule ids and categories are code-like; only show them as code when they are plainly safe. */
const CODE_SAFE = /^[A-Za-z0-9._/@-]+$/;

function code(s: string): string {
  return CODE_SAFE.test(s) ? `\`${s}\`` : md(s);
}

function num(x: unknown): string {
  return typeof x === 'number' && Number.isFinite(x) ? String(Math.round(x * 10) / 10) : '–';
}

function gfmTable(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sq = squareTable(headers, rows);
  const row = (cells: readonly string[]): string => `| ${cells.map((c) => (c === '' ? ' ' : md(c))).join(' | ')} |`;
  const sep = `|${sq.headers.map((_, i) => (align?.[i] === 'r' ? ' ---: ' : ' --- ')).join('|')}|`;
  return [row(sq.headers), sep, ...sq.rows.map(row)].join('\n');
}

function findingLines(f: Finding, maxQuote: number, report: Report, input: string): string[] {
  const where = `line ${num(f.line)}, column ${num(f.column)}`;
  const lines = [`- **${where}** · ${code(f.category)} · ${code(f.ruleId)}`];
  lines.push(f.text.length > 0 ? `  - Text: “${md(oneLine(f.text, maxQuote))}”` : '  - Text: (insertion point)');
  // The sentence around it, the flagged text in bold: "her" alone does not say whose guests.
  const ctx = sentenceContext(report, input, f, maxQuote);
  if (ctx) {
    const mark = f.text.length > 0 ? `**${md(oneLine(ctx.text, maxQuote))}**` : '‸';
    lines.push(`  - In context: “${md(ctx.before)}${mark}${md(ctx.after)}”`);
  }
  lines.push(`  - ${md(f.message)}`);
  if (f.suggestions.length > 0) lines.push(`  - Suggestion: ${f.suggestions.map((s) => `“${md(s)}”`).join(' or ')}`);
  return lines;
}

export function formatMarkdown(report: Report, input: string, opts: MarkdownOptions = {}): string {
  const ordered = findingsInOrder(report);
  const sev = countBySeverity(ordered);
  const maxQuote = opts.maxQuote ?? 160;
  const verdict = (['pass', 'review', 'fail'] as const).includes(report.verdict) ? report.verdict : 'review';
  const [word, ...rest] = VERDICT_WORDS[verdict].split(':');
  const out: string[] = [];

  out.push(`### calque report${opts.label ? `: ${md(opts.label)}` : ''}`, '');
  out.push(`**Verdict: ${word!.toUpperCase()}** —${md(rest.join(':'))}`, '');
  out.push(
    gfmTable(
      ['Quality', 'Fluency', 'Penalty points', 'Words', 'Findings', 'Critical', 'Major', 'Minor', 'Info'],
      [
        [
          `${num(report.scores.quality)}/100`,
          `${num(report.scores.fluency)}/100`,
          num(report.scores.penaltyPoints),
          num(report.scores.words),
          String(ordered.length),
          String(sev.critical),
          String(sev.major),
          String(sev.minor),
          String(sev.info),
        ],
      ],
      ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  );
  const prov = provenanceNote(report);
  if (prov) out.push(`> ${md(prov)}`, '');
  const cats = countByCategory(ordered);
  if (cats.length > 0) out.push(`**By category:** ${cats.map(([c, n]) => `${code(c)} ${n}`).join(' · ')}`, '');

  if (ordered.length === 0) out.push('No findings.', '');
  for (const [s, list] of groupBySeverity(ordered)) {
    if (list.length === 0) continue;
    out.push(`#### ${TITLE[s]} (${list.length})`, '');
    for (const f of list) out.push(...findingLines(f, maxQuote, report, input));
    out.push('');
  }

  const tables: { heading: string; headers: string[]; rows: string[][] }[] = [];
  if (opts.entityTable) tables.push({ heading: opts.entityTable.caption, headers: opts.entityTable.headers, rows: opts.entityTable.rows });
  for (const x of opts.extraSections ?? []) tables.push(x);
  for (const t of tables) out.push(`#### ${md(t.heading)}`, '', gfmTable(t.headers, t.rows), '');

  out.push(`_Generated by ${md(`${report.tool?.name ?? 'calque'} ${report.tool?.version ?? ''}`.trim())}._`);
  return out.join('\n') + '\n';
}
