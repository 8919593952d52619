/**
 * Batch runs: which files a directory holds, the pre-publication gate, and the summary table.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { atLeast } from '../scoring/mqm.js';
import type { Report, Severity } from '../types.js';

/** Extensions a directory walk picks up. Files named explicitly are always read. */
export const BATCH_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Companion files that sit beside articles and are not articles themselves. */
const COMPANION = /\.(?:annotations|post-edited|post-edit|gold|report|fixed)\.[^.]+$|\.calque\.[^.]+$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist']);

export interface InputFile {
  /** Path as given or found (relative to the directory given). */
  path: string;
  /** Path relative to the directory it was found in (its own name when given directly). */
  rel: string;
}

export function isCompanionFile(name: string): boolean {
  return COMPANION.test(name);
}

/** `shown` is the directory as the user wrote it; `abs` is where it is. */
function walk(abs: string, shown: string, rel: string, out: InputFile[], seen = new Set<string>()): void {
  // A symbolic link back to a parent directory must not loop forever.
  const real = realpathSync(join(abs, rel));
  if (seen.has(real)) return;
  seen.add(real);
  const names = readdirSync(join(abs, rel)).sort();
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const r = rel === '' ? name : join(rel, name);
    let st;
    try {
      st = statSync(join(abs, r));
    } catch {
      continue; // a dangling link
    }
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name)) walk(abs, shown, r, out, seen);
    } else if (st.isFile() && BATCH_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)) && !isCompanionFile(name)) {
      out.push({ path: join(shown, r), rel: r });
    }
  }
}

/**
 * Expands the command line's inputs: files stay as given, directories become their article files
 * (recursively, sorted by path). Missing paths are left for readInput() to report.
 */
export function expandInputs(paths: readonly string[], cwd: string = process.cwd()): { files: InputFile[]; sawDirectory: boolean } {
  const files: InputFile[] = [];
  let sawDirectory = false;
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = p !== '-' && statSync(resolve(cwd, p)).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) {
      sawDirectory = true;
      const found: InputFile[] = [];
      walk(resolve(cwd, p), p, '', found);
      files.push(...found);
    } else files.push({ path: p, rel: p === '-' ? 'stdin' : basename(p) });
  }
  return { files, sawDirectory };
}

export interface Gate {
  /** Fail when any finding has this severity or worse. */
  failOn?: Severity;
  /** Fail when quality is below this. */
  minQuality?: number;
}

/** Why a report fails the gate (empty when it passes). */
export function gateFailures(report: Report, gate: Gate): string[] {
  const why: string[] = [];
  if (gate.failOn) {
    const n = report.findings.filter((f) => atLeast(f.severity, gate.failOn!)).length;
    if (n > 0) why.push(`${n} finding${n === 1 ? '' : 's'} at or above ${gate.failOn}`);
  }
  if (gate.minQuality !== undefined && report.scores.quality < gate.minQuality) {
    why.push(`quality ${report.scores.quality} below ${gate.minQuality}`);
  }
  return why;
}

export function gateActive(gate: Gate): boolean {
  return gate.failOn !== undefined || gate.minQuality !== undefined;
}

export function severityCounts(report: Report): Record<Severity, number> {
  const c: Record<Severity, number> = { critical: 0, major: 0, minor: 0, info: 0 };
  for (const f of report.findings) c[f.severity]++;
  return c;
}

export interface SummaryRow {
  file: string;
  verdict: Report['verdict'];
  quality: number;
  fluency: number;
  counts: Record<Severity, number>;
  /** Gate result when a gate is set: 'ok' or the reasons. */
  gate?: string;
  /** HTER-style edit rate when a post-edit was given. */
  editRate?: number;
}

export const SUMMARY_HEADERS = ['file', 'verdict', 'quality', 'fluency', 'critical', 'major', 'minor', 'info'];

export function summaryCells(row: SummaryRow, withGate: boolean, withEdits: boolean): string[] {
  const cells = [
    row.file,
    row.verdict,
    String(row.quality),
    String(row.fluency),
    String(row.counts.critical),
    String(row.counts.major),
    String(row.counts.minor),
    String(row.counts.info),
  ];
  if (withEdits) cells.push(row.editRate === undefined ? '—' : row.editRate.toFixed(3));
  if (withGate) cells.push(row.gate ?? 'ok');
  return cells;
}
