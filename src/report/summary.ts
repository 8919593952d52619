/**
 * What every renderer shows the same way: findings in reading order, counts by severity and by
 * category, the provenance sentence, and the shared option types for extra tables.
 */
import type { Finding, Report, Severity, Verdict } from '../types.js';
import { SEVERITIES } from '../types.js';

/** A generic table the caller supplies (e.g. entity comparison against a reference text). */
export interface ReportTable {
  caption: string;
  headers: string[];
  rows: string[][];
}

/** A generic extra section (e.g. a post-edit summary). Cells are plain text and are escaped. */
export interface ReportSection {
  heading: string;
  headers: string[];
  rows: string[][];
  /** Raw HTML is deliberately not accepted: every cell is escaped. */
  html?: never;
}

/** Findings in reading order: by start, then longer first, then the report's order. */
export function findingsInOrder(report: Report): Finding[] {
  return report.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.span.start - b.f.span.start || b.f.span.end - a.f.span.end || a.i - b.i)
    .map((x) => x.f);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, major: 0, minor: 0, info: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity]++;
  return counts;
}

/** Category → count, most frequent first, ties by name. */
export function countByCategory(findings: readonly Finding[]): [string, number][] {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.category, (m.get(f.category) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Groups findings by severity, most severe first; every severity is present (maybe empty). */
export function groupBySeverity(findings: readonly Finding[]): [Severity, Finding[]][] {
  return SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s)]);
}

const LANGUAGES: Record<string, string> = { ind: 'Indonesian', msa: 'Malay', zsm: 'Malay' };

/** One sentence about provenance, or null when there is nothing to say. */
export function provenanceNote(report: Report): string | null {
  const p = report.input.provenance;
  const lang = p.sourceLanguageHint ? (LANGUAGES[p.sourceLanguageHint] ?? p.sourceLanguageHint) : null;
  if (p.machineTranslationNotice) {
    return `The publisher's notice says this text was machine translated${lang ? ` (source language: ${lang})` : ''}; the notice is left out of scoring.`;
  }
  if (lang) return `No machine-translation notice, but the findings suggest the text was translated from ${lang}${p.articleReading === 'translated' ? ', and the article as a whole reads as translated' : ''}.`;
  // The learnt reading alone (no finding points to a language): say so, since it raises the verdict's fluency bar.
  if (p.articleReading === 'translated') return 'No machine-translation notice, but the article as a whole reads as translated from Indonesian.';
  return null;
}

export const VERDICT_WORDS: Record<Verdict, string> = {
  pass: 'Pass: reads as fluent English',
  review: 'Review: a human should check the flagged passages',
  fail: 'Fail: needs post-editing before publication',
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Pads every row to the widest of headers and rows, so tables never lose or shift cells. */
export function squareTable(headers: readonly string[], rows: readonly (readonly string[])[]): { headers: string[]; rows: string[][] } {
  const width = Math.max(headers.length, ...rows.map((r) => r.length), 1);
  const pad = (r: readonly string[]): string[] => Array.from({ length: width }, (_, i) => String(r[i] ?? ''));
  return { headers: pad(headers), rows: rows.map(pad) };
}

/** A finding's sentence, cut around the finding when long: `before` + `text` + `after`. */
export interface SentenceContext {
  before: string;
  text: string;
  after: string;
}

/**
 * The sentence a finding sits in, from the report's sentence spans over the original input, or
 * undefined when there is none or the finding is the whole sentence (nothing to add). Each side is
 * shortened to about `max / 2` characters, at a word, with an ellipsis.
 */
export function sentenceContext(report: Report, input: string, f: Finding, max = 160): SentenceContext | undefined {
  const s = report.sentences.find((x) => x.span.start <= f.span.start && f.span.start < x.span.end);
  if (!s || s.span.end > input.length) return undefined;
  const start = Math.min(s.span.start, f.span.start);
  const end = Math.max(s.span.end, f.span.end);
  let before = input.slice(start, f.span.start).replace(/\s+/g, ' ').trimStart();
  let after = input.slice(f.span.end, end).replace(/\s+/g, ' ').trimEnd();
  if (before.trim() === '' && after.trim() === '') return undefined;
  const side = Math.max(20, Math.floor((max - Array.from(f.text).length) / 2));
  const chars = (x: string): string[] => Array.from(x);
  if (chars(before).length > side) before = `…${chars(before).slice(-side).join('').replace(/^\S*\s/, '')}`.replace(/^…\s*/, '… ');
  if (chars(after).length > side) after = `${chars(after).slice(0, side).join('').replace(/\s\S*$/, '')} …`;
  return { before, text: f.text.replace(/\s+/g, ' '), after };
}
