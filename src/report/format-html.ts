/**
 * The HTML report: one self-contained file (inline CSS and script, no network, strict CSP) showing
 * the article with every finding highlighted, a tooltip per finding on hover and keyboard focus, a
 * summary header, per-sentence fluency, and the list of findings linked both ways.
 *
 * The article and everything derived from it is untrusted: it is escaped on the way in (bidi
 * controls shown as visible chips, so they cannot reorder what the editor reads), the script reads
 * no data, and the CSP allows only our own script and stylesheet by hash.
 *
 * The page stays linear in size and quick to open: at most `maxFindingsPerSeverity` findings of
 * each severity (the first in text order) are highlighted and listed, with a note saying how many
 * were left out and how to get them all. A dense 792 kB article with 55,000 findings made a 139 MB
 * page before this cap.
 */
import type { Finding, Report, SentenceScore, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { escapeHtml as esc, escapeHtmlContent, jsonForScript } from './escape.js';
import { nest, type NestRange } from './html/nest.js';
import { SCRIPT, SCRIPT_HASH } from './html/script.js';
import { FLUENCY_COLOURS, FLUENCY_GOOD_FROM, fluencyBand, stylesheet, type FluencyBand } from './html/theme.js';
import {
  countByCategory,
  countBySeverity,
  findingsInOrder,
  plural,
  provenanceNote,
  squareTable,
  VERDICT_WORDS,
  type ReportSection,
  type ReportTable,
} from './summary.js';
import { createHash } from 'node:crypto';

export interface HtmlOptions {
  /** The page title (default: "calque report: <label>"). */
  title?: string;
  /** What was checked, usually a file name. */
  label?: string;
  /** A comparison table (e.g. entities against a reference translation). */
  entityTable?: ReportTable;
  /** Further plain tables (e.g. a post-edit summary). */
  extraSections?: ReportSection[];
  /**
   * At most this many findings of each severity are highlighted and listed (the first in text
   * order); the page says how many were left out. Default DEFAULT_MAX_FINDINGS_PER_SEVERITY.
   */
  maxFindingsPerSeverity?: number;
}

/** Enough for any real article (a long MT article has a few hundred findings), small enough to open at once. */
export const DEFAULT_MAX_FINDINGS_PER_SEVERITY = 250;

const STYLE = stylesheet();
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'`;
/** Nothing may load: no network, no fonts, no images, no frames, no forms. */
const CSP = `default-src 'none'; style-src ${STYLE_HASH}; script-src ${SCRIPT_HASH}; img-src data:; base-uri 'none'; form-action 'none'`;

function severityOf(f: Finding): Severity {
  return SEVERITIES.includes(f.severity) ? f.severity : 'info';
}

/** Finite numbers only, one decimal at most; anything else shows as a dash. */
function num(x: unknown): string {
  return typeof x === 'number' && Number.isFinite(x) ? String(Math.round(x * 10) / 10) : '–';
}

function quoteList(items: readonly string[]): string {
  return items.map((s) => `<q>${esc(s)}</q>`).join(' or ');
}

function tooltip(f: Finding, n: number): string {
  const sev = severityOf(f);
  const sug = f.suggestions.length > 0 ? `<span class="sug">Suggestion: ${quoteList(f.suggestions.slice(0, 3))}</span>` : '';
  return (
    `<span class="tip" role="tooltip" id="tip-${n}">` +
    `<span class="tip-head"><span class="badge badge-${sev}">${sev}</span> <span class="cat">${esc(f.category)} · ${esc(f.ruleId)}</span></span>` +
    `<span class="msg">${esc(f.message)}</span>${sug}` +
    `<a href="#f-${n}">Details in the findings list (${n})</a></span>`
  );
}

function highlightOpen(f: Finding, n: number, first: boolean, empty = false): string {
  const sev = severityOf(f);
  if (!first) return `<mark class="hl hl-cont sev-${sev}" data-finding-part="${esc(f.id)}">`;
  return (
    `<mark class="hl sev-${sev}${empty ? ' hl-empty' : ''}" id="h-${n}" data-n="${n}" data-finding-id="${esc(f.id)}" ` +
    `tabindex="0" aria-describedby="tip-${n}">`
  );
}

function sentenceOpen(s: SentenceScore, i: number, first: boolean): string {
  const band = fluencyBand(s.fluency);
  const boiler = s.boilerplate ? ' boiler' : '';
  const id = first ? ` id="s-${i}"` : '';
  return `<span class="sent fl-${s.boilerplate ? 'good' : band}${boiler}"${id} data-fluency="${num(s.fluency)}">`;
}

/** The article text with sentences and findings nested into it. */
function articleHtml(input: string, report: Report, ordered: readonly Finding[]): string {
  const ranges: NestRange[] = [];
  report.sentences.forEach((s, i) => ranges.push({ start: s.span.start, end: s.span.end, layer: 0, key: i }));
  const base = report.sentences.length;
  ordered.forEach((f, i) => ranges.push({ start: f.span.start, end: f.span.end, layer: 1, key: base + i }));
  return nest(input, ranges, {
    open(r, first) {
      if (r.layer === 0) return sentenceOpen(report.sentences[r.key]!, r.key, first);
      return highlightOpen(ordered[r.key - base]!, r.key - base + 1, first);
    },
    close(r, first) {
      if (r.layer === 0) return '</span>';
      const i = r.key - base;
      return first ? `${tooltip(ordered[i]!, i + 1)}</mark>` : '</mark>';
    },
    marker(r) {
      if (r.layer === 0) return '';
      const i = r.key - base;
      const f = ordered[i]!;
      return `${highlightOpen(f, i + 1, true, true)}<span class="vh">(insertion point)</span>${tooltip(f, i + 1)}</mark>`;
    },
    text: escapeHtmlContent,
  });
}

interface Shown {
  /** The findings highlighted and listed, in text order. */
  findings: Finding[];
  /** How many of each severity were left out. */
  omitted: Record<Severity, number>;
  omittedTotal: number;
}

/** The first `max` findings of each severity, in text order. */
function capPerSeverity(ordered: readonly Finding[], max: number): Shown {
  const kept: Record<Severity, number> = { critical: 0, major: 0, minor: 0, info: 0 };
  const omitted: Record<Severity, number> = { critical: 0, major: 0, minor: 0, info: 0 };
  const findings: Finding[] = [];
  for (const f of ordered) {
    const sev = severityOf(f);
    if (kept[sev] < max) {
      kept[sev]++;
      findings.push(f);
    } else omitted[sev]++;
  }
  return { findings, omitted, omittedTotal: ordered.length - findings.length };
}

function omittedNote(shown: Shown, total: number, max: number): string {
  if (shown.omittedTotal === 0) return '';
  const which = SEVERITIES.filter((s) => shown.omitted[s] > 0)
    .map((s) => `${shown.omitted[s]} ${s}`)
    .join(', ');
  return (
    `<p class="omitted" role="note">Showing ${shown.findings.length} of ${plural(total, 'finding')}: the first ${max} of each severity, in text order. ` +
    `Not highlighted or listed here: ${esc(which)}. For every finding, run <code>calque report --format json</code> (or <code>--format md</code>).</p>`
  );
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], caption?: string, numeric: readonly boolean[] = []): string {
  const sq = squareTable(headers, rows);
  const cls = (i: number): string => (numeric[i] ? ' class="num"' : '');
  const head = sq.headers.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join('');
  const body = sq.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>${caption ? `<caption>${esc(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function fluencyStrip(report: Report): string {
  const scored = report.sentences.map((s, i) => ({ s, i })).filter((x) => !x.s.boilerplate);
  if (scored.length === 0) return '';
  const below = scored.filter((x) => fluencyBand(x.s.fluency) !== 'good').length;
  const bars = scored
    .map(({ s, i }) => {
      const band = fluencyBand(s.fluency);
      const tenth = Math.max(0, Math.min(10, Math.round((Number.isFinite(s.fluency) ? s.fluency : 0) / 10)));
      const label = `Sentence ${i + 1}: fluency ${num(s.fluency)} of 100`;
      // Only weak sentences are tab stops; the rest stay clickable without flooding the tab order.
      const tab = band === 'good' ? ' tabindex="-1"' : '';
      return `<a class="bar fl-${band} t${tenth}" href="#s-${i}" title="${label}" aria-label="${label}"${tab}></a>`;
    })
    .join('');
  const legend = (Object.entries(FLUENCY_COLOURS) as [FluencyBand, (typeof FLUENCY_COLOURS)['good']][])
    .map(([b, c]) => `<li><span class="key fl-${b}" aria-hidden="true"></span>${esc(c.label)}</li>`)
    .join('');
  return (
    `<div class="strip-wrap"><p class="strip-title" id="strip-h">Fluency by sentence ` +
    `<span class="cat">(${below} of ${plural(scored.length, 'sentence')} below ${FLUENCY_GOOD_FROM}; weak sentences are underlined in the text)</span></p>` +
    `<nav class="strip" aria-labelledby="strip-h">${bars}</nav><ul class="legend">${legend}</ul></div>`
  );
}

function severityLegend(): string {
  const items = SEVERITIES.map(
    (s) => `<li><span class="sev-${s} sample" aria-hidden="true">text</span> ${s}</li>`,
  ).join('');
  return `<ul class="legend" aria-label="Highlight colours">${items}</ul>`;
}

function noticeLink(report: Report, ordered: readonly Finding[]): string {
  const span = report.input.provenance.noticeSpan;
  if (!span) return '';
  const fi = ordered.findIndex((f) => f.span.start === span.start && f.span.end === span.end);
  if (fi >= 0) return ` <a href="#h-${fi + 1}">Show the notice</a>`;
  const si = report.sentences.findIndex((s) => s.span.start <= span.start && span.start < s.span.end);
  return si >= 0 ? ` <a href="#s-${si}">Show the notice</a>` : '';
}

function summaryHtml(report: Report, all: readonly Finding[], ordered: readonly Finding[], label: string | undefined, note: string): string {
  const sevCounts = countBySeverity(all);
  const cats = countByCategory(all);
  const verdict = (['pass', 'review', 'fail'] as const).includes(report.verdict) ? report.verdict : 'review';
  const [word, ...rest] = VERDICT_WORDS[verdict].split(':');
  const sevRows = SEVERITIES.map((s) => [s, String(sevCounts[s])]);
  const prov = provenanceNote(report);
  return `<header class="summary" aria-labelledby="title">
<h1 id="title">calque report${label ? `<span class="label">: ${esc(label)}</span>` : ''}</h1>
<p class="verdict verdict-${verdict}"><strong>Verdict: ${esc(word!.toUpperCase())}</strong> —${esc(rest.join(':'))}</p>
<dl class="scores">
<div><dt>Quality</dt><dd>${num(report.scores.quality)}<small>/100</small></dd></div>
<div><dt>Fluency</dt><dd>${num(report.scores.fluency)}<small>/100</small></dd></div>
<div><dt>Penalty points</dt><dd>${num(report.scores.penaltyPoints)}</dd></div>
<div><dt>Words scored</dt><dd>${num(report.scores.words)}</dd></div>
<div><dt>Findings</dt><dd><a href="#findings">${all.length}</a></dd></div>
</dl>
<div class="counts">
${table(['Severity', 'Findings'], sevRows, 'By severity', [false, true])}
${cats.length > 0 ? table(['Category', 'Findings'], cats.map(([c, n]) => [c, String(n)]), 'By category', [false, true]) : ''}
</div>
${prov ? `<p class="prov">${esc(prov)}${noticeLink(report, ordered)}</p>` : ''}
${note}
${fluencyStrip(report)}
</header>`;
}

function findingItem(f: Finding, n: number): string {
  const sev = severityOf(f);
  const sug = f.suggestions.length > 0 ? `<p><strong>Suggestion:</strong> ${quoteList(f.suggestions)}</p>` : '';
  const note = f.note ? `<p class="meta">Why: ${esc(f.note)}</p>` : '';
  const meta = [`confidence ${Math.round((Number.isFinite(f.confidence) ? f.confidence : 0) * 100)}%`];
  if (f.fixable) meta.push('safe to apply automatically');
  const quote = f.text.length > 0 ? `<p class="quote">${escapeHtmlContent(f.text)}</p>` : `<p class="quote none">(insertion point)</p>`;
  return `<li class="finding item-${sev}" id="f-${n}" tabindex="-1">
<div class="head"><span class="num">${n}.</span> <span class="badge badge-${sev}">${sev}</span> <span>${esc(f.category)}</span> <code>${esc(f.ruleId)}</code> <a href="#h-${n}">line ${num(f.line)}, column ${num(f.column)}<span class="vh"> (show in text)</span></a></div>
${quote}<p>${esc(f.message)}</p>${sug}${note}<p class="meta">${esc(meta.join(' · '))}</p>
</li>`;
}

const SEVERITY_TITLE: Record<Severity, string> = { critical: 'Critical', major: 'Major', minor: 'Minor', info: 'Info' };

/**
 * The findings listed most severe first, in text order within a severity: an editor reads what
 * blocks publication before the notes. Each keeps the number of its highlight in the article (text
 * order), so `h-n` and `f-n` still point at each other.
 */
function findingList(ordered: readonly Finding[]): string {
  const number = new Map(ordered.map((f, i) => [f, i + 1]));
  return SEVERITIES.map((sev) => {
    const items = ordered.filter((f) => severityOf(f) === sev);
    if (items.length === 0) return '';
    return `<h3 class="sev-group">${SEVERITY_TITLE[sev]} (${items.length})</h3>\n<ol class="findings">\n${items.map((f) => findingItem(f, number.get(f)!)).join('\n')}\n</ol>`;
  })
    .filter((x) => x !== '')
    .join('\n');
}

function extraSection(heading: string, headers: readonly string[], rows: readonly (readonly string[])[], id: string): string {
  const numeric = squareTable(headers, rows).headers.map((_, i) => rows.length > 0 && rows.every((r) => /^[-+]?\d[\d.,]*%?$/.test(r[i] ?? '')));
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(heading)}</h2>${table(headers, rows, undefined, numeric)}</section>`;
}

/** The report's pieces, escaped, for pages that lay them out themselves (the server's editor page). */
export interface HtmlParts {
  /** The header: verdict, scores, counts, fluency strip (and the note on findings left out). */
  summary: string;
  /** The article with sentences and findings nested into it (the inside of `#article`). */
  article: string;
  /** The note on findings left out, if any, then the numbered findings list (or "No findings."). */
  findings: string;
  /** Ids of the findings shown, in the order they are numbered (1-based `n` in `h-n`, `f-n`, `tip-n`). */
  order: string[];
}

/** The same pieces formatHtml() lays out, with the same cap on findings per severity. */
export function formatHtmlParts(report: Report, input: string, label?: string, maxFindingsPerSeverity = DEFAULT_MAX_FINDINGS_PER_SEVERITY): HtmlParts {
  const all = findingsInOrder(report);
  const max = Math.max(0, Math.floor(maxFindingsPerSeverity));
  const shown = capPerSeverity(all, max);
  const ordered = shown.findings;
  const note = omittedNote(shown, all.length, max);
  const list =
    ordered.length > 0
      ? findingList(ordered)
      : all.length > 0
        ? ''
        : '<p class="none">No findings.</p>';
  return {
    summary: summaryHtml(report, all, ordered, label, note),
    article: articleHtml(input, report, ordered),
    findings: note + list,
    order: ordered.map((f) => f.id),
  };
}

/** The report's stylesheet and Content-Security-Policy, for pages and servers that reuse them. */
export const REPORT_STYLE = STYLE;
export const REPORT_CSP = CSP;

export function formatHtml(report: Report, input: string, opts: HtmlOptions = {}): string {
  const all = findingsInOrder(report);
  const max = Math.max(0, Math.floor(opts.maxFindingsPerSeverity ?? DEFAULT_MAX_FINDINGS_PER_SEVERITY));
  const shown = capPerSeverity(all, max);
  const ordered = shown.findings;
  const note = omittedNote(shown, all.length, max);
  const label = opts.label;
  const title = opts.title ?? `calque report${label ? `: ${label}` : ''}`;
  const findings =
    ordered.length > 0
      ? findingList(ordered)
      : all.length > 0
        ? ''
        : '<p class="none">No findings.</p>';
  // The embedded report lists the findings the page shows (the page's size must not grow without bound).
  const shownIds = new Set(ordered);
  const embedded = shown.omittedTotal === 0 ? report : { ...report, findings: report.findings.filter((f) => shownIds.has(f)) };
  const sections: string[] = [];
  if (opts.entityTable) sections.push(extraSection(opts.entityTable.caption, opts.entityTable.headers, opts.entityTable.rows, 'entities'));
  (opts.extraSections ?? []).forEach((s, i) => sections.push(extraSection(s.heading, s.headers, s.rows, `extra-${i + 1}`)));
  const tool = `${report.tool?.name ?? 'calque'} ${report.tool?.version ?? ''}`.trim();

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(tool)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#article">Skip to the article</a>
<a class="skip" href="#findings">Skip to the findings</a>
<div class="wrap">
${summaryHtml(report, all, ordered, label, note)}
<main>
<section aria-labelledby="article-h">
<h2 id="article-h">Article with findings highlighted</h2>
<p class="meta no-print">Hover over or tab to a highlight to read the finding; press Enter to jump to it in the list, Escape to hide the tooltip.</p>
${severityLegend()}
<div class="article" id="article" tabindex="-1">${articleHtml(input, report, ordered)}</div>
</section>
<section id="findings" aria-labelledby="findings-h" tabindex="-1">
<h2 id="findings-h">Findings (${shown.omittedTotal === 0 ? ordered.length : `${ordered.length} shown of ${all.length}`})</h2>
${note}${findings}
</section>
${sections.join('\n')}
</main>
<footer>Generated by ${esc(tool)} (report schema ${esc(String(report.schemaVersion ?? ''))}). This file is self-contained and loads nothing from the network.</footer>
</div>
<script type="application/json" id="calque-report">${jsonForScript(embedded)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
