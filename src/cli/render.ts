/**
 * Turns workflow results into the chosen output format. Reports themselves are drawn by
 * src/report (text, Markdown, HTML); this module adds the workflow's extra tables (entity
 * comparison, post-edit) and the batch summary.
 */
import { lineIndex } from '../analysis/lines.js';
import type * as Formatters from '../report/index.js';
import type { CiFile, CiRule, ReportSection } from '../report/index.js';
import { RULES } from '../rules/registry.js';
import type { FileResult } from '../workflow/pipeline.js';
import type { PostEditResult, PostEditSummary } from '../workflow/post-edit.js';
import { SUMMARY_HEADERS, summaryCells, type SummaryRow } from '../workflow/batch.js';
import type { Format } from './args.js';
import { WORKFLOW_CHECKS } from './rules-command.js';
import { clean, textTable } from './text-table.js';

type FormatterName = 'formatText' | 'formatMarkdown' | 'formatHtml' | 'formatSarif' | 'formatGithub' | 'formatJunit' | 'formatCheckstyle';
const formatters: Partial<Pick<typeof Formatters, FormatterName>> = {};

/**
 * Loads the report formatter `format` draws with; call before rendering. A run uses one format, and
 * loading every formatter (the HTML page's script and styles among them) cost each start about 10 ms.
 */
export async function loadFormatter(format: Format): Promise<void> {
  if (format === 'md') formatters.formatMarkdown ??= (await import('../report/format-md.js')).formatMarkdown;
  else if (format === 'html') formatters.formatHtml ??= (await import('../report/format-html.js')).formatHtml;
  else if (format === 'sarif') formatters.formatSarif ??= (await import('../report/format-sarif.js')).formatSarif;
  else if (format === 'github') formatters.formatGithub ??= (await import('../report/format-github.js')).formatGithub;
  else if (format === 'junit' || format === 'checkstyle') Object.assign(formatters, await import('../report/format-xml.js'));
  // JSON needs no formatter; text is also the fallback for any other format.
  else if (format !== 'json') formatters.formatText ??= (await import('../report/format-text.js')).formatText;
}

function formatter<K extends FormatterName>(name: K): NonNullable<(typeof formatters)[K]> {
  const f = formatters[name];
  if (!f) throw new Error(`calque: internal error: ${name} used before loadFormatter()`);
  return f;
}

export const EXTENSION: Record<Format, string> = { text: 'txt', md: 'md', html: 'html', json: 'json', sarif: 'sarif', github: 'txt', junit: 'xml', checkstyle: 'xml' };

const MAX_EDIT_ROWS = 200;

function short(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function postEditSections(pe: PostEditResult, input: string, r: FileResult): ReportSection[] {
  const byId = new Map(r.report.findings.map((f) => [f.id, f]));
  const summary: ReportSection = {
    heading: `Post-edit: ${pe.file}`,
    headers: ['measure', 'value'],
    rows: [
      ['words (original → post-edit)', `${pe.originalWords} → ${pe.postEditWords}`],
      ['word edits', String(pe.edits)],
      ['edit rate (HTER-style: edits ÷ post-edit words)', pe.editRate.toFixed(3)],
      ['findings the editor changed (confirmed)', `${pe.confirmed.length} of ${pe.confirmed.length + pe.untouched.length}`],
      ['findings left alone', String(pe.untouched.length)],
      ['edits that touch no finding', `${pe.unflaggedEdits} of ${pe.hunks.length}`],
    ],
  };
  const position = lineIndex(input);
  const edits: ReportSection = {
    heading: 'Post-edit: the editor’s changes',
    headers: ['line', 'before', 'after', 'findings touched'],
    rows: pe.hunks.slice(0, MAX_EDIT_ROWS).map((h) => [
      String(position(h.start).line),
      short(h.before) || '(inserted)',
      short(h.after) || '(deleted)',
      h.findings.map((id) => byId.get(id)?.ruleId ?? id).join(', ') || '—',
    ]),
  };
  if (pe.hunks.length > MAX_EDIT_ROWS) edits.rows.push(['…', `${pe.hunks.length - MAX_EDIT_ROWS} more edits`, '', '']);
  const sections = [summary, edits];
  if (pe.untouched.length > 0) {
    sections.push({
      heading: 'Post-edit: findings left alone',
      headers: ['line', 'rule', 'text'],
      rows: pe.untouched.map((id) => byId.get(id)).filter((f) => f !== undefined).map((f) => [String(f.line), f.ruleId, short(f.text)]),
    });
  }
  return sections;
}

function postEditText(pe: PostEditResult, input: string, r: FileResult, label: string): string {
  const sections = postEditSections(pe, input, r);
  let out = `\n${clean(label)}: post-edit ${clean(pe.file)}: ${pe.edits} word edits over ${pe.postEditWords} words, edit rate ${pe.editRate.toFixed(3)}; `;
  out += `${pe.confirmed.length} of ${pe.confirmed.length + pe.untouched.length} findings confirmed by an edit, ${pe.untouched.length} left alone; `;
  out += `${pe.unflaggedEdits} of ${pe.hunks.length} edits touch no finding\n`;
  for (const s of sections.slice(1)) out += `${clean(label)}: ${s.heading.replace(/^Post-edit: /, '')}\n${textTable(s.headers, s.rows)}`;
  return out;
}

/** `width`: the terminal's, when the text goes to one (messages wrap to it); otherwise one line each. */
export function renderFile(r: FileResult, input: string, format: Format, color: boolean, width?: number): string {
  const label = r.label;
  if (format === 'json') {
    if (!r.postEdit && !r.entityTable) return JSON.stringify(r.report, null, 2) + '\n';
    const out: Record<string, unknown> = { report: r.report };
    if (r.entityTable) out['entityTable'] = r.entityTable;
    if (r.postEdit) out['postEdit'] = r.postEdit;
    return JSON.stringify(out, null, 2) + '\n';
  }
  const extraSections = r.postEdit ? postEditSections(r.postEdit, input, r) : [];
  if (format === 'md') return formatter('formatMarkdown')(r.report, input, { label, ...(r.entityTable ? { entityTable: r.entityTable } : {}), extraSections });
  if (format === 'html') return formatter('formatHtml')(r.report, input, { label, ...(r.entityTable ? { entityTable: r.entityTable } : {}), extraSections });
  let out = formatter('formatText')(r.report, { label, color, ...(width !== undefined ? { width } : {}) });
  if (r.entityTable && r.entityTable.rows.length > 0) {
    out += `\n${clean(label)}: ${r.entityTable.caption.toLowerCase()}\n${textTable(r.entityTable.headers, r.entityTable.rows)}`;
  }
  if (r.postEdit) out += postEditText(r.postEdit, input, r, label);
  return out;
}

export interface BatchSummary {
  rows: SummaryRow[];
  gate: boolean;
  postEdit?: PostEditSummary;
  errors: { file: string; error: string }[];
}

function summaryHeaders(s: BatchSummary): string[] {
  const h = [...SUMMARY_HEADERS];
  if (s.postEdit) h.push('edit rate');
  if (s.gate) h.push('gate');
  return h;
}

function totals(s: BatchSummary): string {
  const v = { pass: 0, review: 0, fail: 0 };
  for (const r of s.rows) v[r.verdict]++;
  let t = `${s.rows.length} file${s.rows.length === 1 ? '' : 's'}: ${v.pass} pass, ${v.review} review, ${v.fail} fail`;
  if (s.gate) {
    const failed = s.rows.filter((r) => r.gate !== undefined && r.gate !== 'ok').length;
    t += `; gate ${failed === 0 ? 'passed' : `failed for ${failed}`}`;
  }
  if (s.errors.length > 0) t += `; ${s.errors.length} unreadable`;
  return t;
}

function postEditLine(p: PostEditSummary): string {
  return (
    `post-edits (${p.files} file${p.files === 1 ? '' : 's'}): ${p.edits} word edits over ${p.postEditWords} words, edit rate ${p.editRate.toFixed(3)}; ` +
    `${p.confirmed} of ${p.findings} findings confirmed by an edit, ${p.untouched} left alone; ${p.unflaggedEdits} of ${p.hunks} edits touch no finding`
  );
}

export function renderSummary(s: BatchSummary, format: Format): string {
  const headers = summaryHeaders(s);
  const rows = s.rows.map((r) => summaryCells(r, s.gate, s.postEdit !== undefined));
  if (format === 'json') return JSON.stringify({ summary: summaryJson(s) }, null, 2) + '\n';
  if (format === 'md') {
    const esc = (c: string): string => c.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
    const line = (cells: string[]): string => `| ${cells.map(esc).join(' | ')} |`;
    let out = `## Summary\n\n${line(headers)}\n|${headers.map(() => ' --- ').join('|')}|\n${rows.map(line).join('\n')}\n\n${totals(s)}\n`;
    if (s.postEdit) out += `\n${postEditLine(s.postEdit)}\n`;
    return out;
  }
  let out = `summary\n${textTable(headers, rows)}${totals(s)}\n`;
  if (s.postEdit) out += `${postEditLine(s.postEdit)}\n`;
  return out;
}

export function summaryJson(s: BatchSummary): Record<string, unknown> {
  const out: Record<string, unknown> = {
    files: s.rows.map((r) => {
      const o: Record<string, unknown> = { file: r.file, verdict: r.verdict, quality: r.quality, fluency: r.fluency, findings: r.counts };
      if (r.gate !== undefined) o['gate'] = r.gate;
      if (r.editRate !== undefined) o['editRate'] = r.editRate;
      return o;
    }),
    totals: totals(s),
  };
  if (s.postEdit) out['postEdit'] = s.postEdit;
  if (s.errors.length > 0) out['errors'] = s.errors;
  return out;
}

function ciRules(): CiRule[] {
  const own = RULES.map((r) => ({ id: r.meta.id, description: r.meta.description, severity: r.meta.severity, category: r.meta.category }));
  const workflow = WORKFLOW_CHECKS.map(([id, severity, category, description]) => ({ id, description, severity, category }));
  return [...own, ...workflow];
}

/** One SARIF, GitHub, JUnit or checkstyle document for every checked file of the run. */
export function renderCi(results: readonly FileResult[], inputs: readonly string[], format: 'sarif' | 'github' | 'junit' | 'checkstyle'): string {
  const files: CiFile[] = results.map((r, i) => ({ file: r.label, report: r.report, input: inputs[i]! }));
  if (format === 'sarif') return formatter('formatSarif')(files, { toolVersion: results[0]?.report.tool.version ?? '', rules: ciRules() });
  if (format === 'github') return formatter('formatGithub')(files);
  return format === 'junit' ? formatter('formatJunit')(files) : formatter('formatCheckstyle')(files);
}
