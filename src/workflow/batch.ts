/**
 * Batch runs: which files a directory holds, the pre-publication gate, and the summary table.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { atLeast } from '../scoring/mqm.js';
import type { Report, Severity } from '../types.js';
import type { IgnoreTest } from './ignore-file.js';

// tinyglobby is loaded only for an argument that may be a pattern, not at every start of the CLI.
const require = createRequire(import.meta.url);
type Tinyglobby = typeof import('tinyglobby');
let tinyglobby: Tinyglobby | undefined;
function glob(): Tinyglobby {
  return (tinyglobby ??= require('tinyglobby') as Tinyglobby);
}
/** Characters without which an argument cannot be a glob pattern (checked before loading tinyglobby). */
const MAYBE_PATTERN = /[*?[\]{}()!+@]/;

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
  /**
   * Path relative to the common ancestor of every input (the folder given, or a file's folder):
   * where its outputs go under `--out-dir`, so that `a/x.txt` and `b/x.txt` never share one.
   */
  mirror: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  sawDirectory: boolean;
  /**
   * Entries of a walked folder that could not be followed and are not articles by name (a broken
   * link or a link loop without an article extension): reported, not silently skipped.
   */
  warnings: string[];
}

export function isCompanionFile(name: string): boolean {
  return COMPANION.test(name);
}

function isArticleName(name: string): boolean {
  return BATCH_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)) && !isCompanionFile(name);
}

type Found = Omit<InputFile, 'mirror'> & { abs: string };

/** `shown` is the directory as the user wrote it; `abs` is where it is. */
function walk(abs: string, shown: string, rel: string, out: Found[], warnings: string[], ignored: IgnoreTest, seen = new Set<string>()): void {
  // A symbolic link back to a parent directory must not loop forever; it is said, not hidden.
  const real = realpathSync(join(abs, rel));
  if (seen.has(real)) {
    warnings.push(`${join(shown, rel)}: a link to a folder already read (a loop or a duplicate); skipped`);
    return;
  }
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(join(abs, rel)).sort();
  } catch (err) {
    warnings.push(`${rel === '' ? shown : join(shown, rel)}: folder cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); skipped`);
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const r = rel === '' ? name : join(rel, name);
    const entry = join(abs, r);
    let st;
    try {
      st = statSync(join(abs, r));
    } catch (err) {
      // A broken link or a link loop. Named like an article, it is an input readInput() reports
      // (and the run fails); otherwise it is worth a warning, never silence.
      if (isArticleName(name)) out.push({ path: join(shown, r), rel: r, abs: join(abs, r) });
      else {
        const code = (err as NodeJS.ErrnoException).code;
        const what = code === 'ELOOP' ? 'symbolic link loop (ELOOP)' : code === 'ENOENT' ? 'broken symbolic link' : `cannot be read (${code ?? 'error'})`;
        warnings.push(`${join(shown, r)}: ${what}; skipped`);
      }
      continue;
    }
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name) && !ignored(entry, true)) walk(abs, shown, r, out, warnings, ignored, seen);
    } else if (st.isFile() && isArticleName(name) && !ignored(entry, false)) {
      out.push({ path: join(shown, r), rel: r, abs: join(abs, r) });
    }
  }
}

/** The deepest folder that holds every one of `folders` (absolute paths). */
export function commonAncestor(folders: readonly string[]): string {
  if (folders.length === 0) return sep;
  let parts = folders[0]!.split(sep);
  for (const f of folders.slice(1)) {
    const other = f.split(sep);
    let n = 0;
    while (n < parts.length && n < other.length && parts[n] === other[n]) n++;
    parts = parts.slice(0, n);
  }
  return parts.join(sep) || sep;
}

/**
 * Expands the command line's inputs: files stay as given, directories become their article files
 * (recursively, sorted by path). Missing paths are left for readInput() to report. Each file's
 * `mirror` path is relative to the common ancestor of the inputs (a folder given, or the folder of
 * a file given), so outputs under `--out-dir` mirror the input tree.
 */
export interface ExpandOptions {
  /** Paths a walk or a glob skips (.calqueignore); files named explicitly are always read. */
  ignored?: IgnoreTest;
}

/**
 * A glob argument's article files, sorted: only when the argument is a pattern and no file or folder
 * has that very name (a file may be called `draft[1].txt`). Walk rules apply: hidden entries,
 * node_modules and companion files are skipped, and .calqueignore is honoured.
 */
function expandGlob(pattern: string, cwd: string, ignored: IgnoreTest): Found[] {
  const { globSync, isDynamicPattern } = glob();
  const matches = globSync(pattern, { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**', '**/dist/**'], expandDirectories: false });
  // `rel` is relative to the pattern's fixed folder (`news` in `news/**/*.md`), as a walk's is to the
  // folder given: --post-edit <dir> pairs by it.
  const segments = pattern.split('/');
  const fixed = segments.slice(0, Math.max(0, segments.findIndex((seg) => isDynamicPattern(seg)))).join('/');
  const base = resolve(cwd, fixed === '' && pattern.startsWith('/') ? '/' : fixed);
  return matches
    .filter((m) => isArticleName(basename(m)) && !ignored(resolve(cwd, m), false))
    .sort()
    .map((m) => ({ path: m, rel: relative(base, resolve(cwd, m)), abs: resolve(cwd, m) }));
}

function exists(abs: string): boolean {
  try {
    statSync(abs);
    return true;
  } catch {
    return false;
  }
}

export function expandInputs(paths: readonly string[], cwd: string = process.cwd(), options: ExpandOptions = {}): ExpandedInputs {
  const ignored: IgnoreTest = options.ignored ?? (() => false);
  const found: Found[] = [];
  const warnings: string[] = [];
  const roots: string[] = [];
  let sawDirectory = false;
  for (const p of paths) {
    let isDir = false;
    const abs = resolve(cwd, p);
    try {
      isDir = p !== '-' && statSync(abs).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) {
      sawDirectory = true;
      roots.push(abs);
      walk(abs, p, '', found, warnings, ignored);
    } else if (p !== '-' && MAYBE_PATTERN.test(p) && !exists(abs) && glob().isDynamicPattern(p)) {
      // A pattern the shell did not expand (quoted, or on Windows): a set of files, like a folder.
      sawDirectory = true;
      const matched = expandGlob(p, cwd, ignored);
      if (matched.length === 0) warnings.push(`${p}: no article files match this pattern`);
      for (const m of matched) {
        found.push(m);
        roots.push(dirname(m.abs));
      }
    } else if (p === '-') {
      found.push({ path: p, rel: 'stdin', abs: join(cwd, 'stdin') });
      roots.push(cwd);
    } else {
      found.push({ path: p, rel: basename(p), abs });
      roots.push(dirname(abs));
    }
  }
  const base = commonAncestor(roots);
  const files = found.map(({ path, rel, abs }) => ({ path, rel, mirror: relative(base, abs) || basename(abs) }));
  return { files, sawDirectory, warnings };
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
