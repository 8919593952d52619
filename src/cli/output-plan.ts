/**
 * Where a run's files go, decided and checked before anything is computed or written: report and
 * fixed-file names under `--out-dir` (mirroring the input tree, unique), and the rule that an output
 * never lands on an input, a reference, a post-edit or the configuration file. Files are compared by
 * identity (device and inode), so a hard link or a symbolic link to an input is caught as surely as
 * its own name. Every refusal is a UsageError: one line, exit 2, nothing written.
 */
import { statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { InputFile } from '../workflow/batch.js';
import { UsageError } from './io.js';

/** `dev:ino` of the file a path leads to (links followed), or undefined when there is none. */
export function fileIdentity(abs: string): string | undefined {
  try {
    const st = statSync(abs, { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/** Files no output may replace, by identity, with what each is (for the message). */
export class ProtectedFiles {
  private readonly byIdentity = new Map<string, string>();

  add(abs: string, what: string): void {
    const id = fileIdentity(abs);
    if (id !== undefined && !this.byIdentity.has(id)) this.byIdentity.set(id, what);
  }

  /** What the file at `abs` is, when it is one of the protected files. */
  owner(abs: string): string | undefined {
    const id = fileIdentity(abs);
    return id === undefined ? undefined : this.byIdentity.get(id);
  }
}

export interface Target {
  /** As shown in messages. */
  shown: string;
  abs: string;
}

/** Refuses a target that is a folder or one of the protected files. */
export function checkTarget(t: Target, protectedFiles: ProtectedFiles, hint: string): void {
  let isDir = false;
  try {
    isDir = statSync(t.abs).isDirectory();
  } catch {
    isDir = false;
  }
  if (isDir) throw new UsageError(`${t.shown} is a directory; ${hint}`);
  const owner = protectedFiles.owner(t.abs);
  if (owner !== undefined) throw new UsageError(`refusing to write ${t.shown}: it is ${owner}`);
}

/** Refuses two outputs with one target (the second would silently replace the first). */
export function checkUnique(targets: readonly (Target & { from: string })[]): void {
  const seen = new Map<string, string>();
  for (const t of targets) {
    const before = seen.get(t.abs);
    if (before !== undefined) throw new UsageError(`${before} and ${t.from} would both be written to ${t.shown}; give each input once`);
    seen.set(t.abs, t.from);
  }
}

/** `--out-dir` must be a folder (or not exist yet). */
export function checkOutDir(outDir: string, cwd: string): void {
  try {
    if (!statSync(resolve(cwd, outDir)).isDirectory()) throw new UsageError(`--out-dir ${outDir} is a file, not a directory`);
  } catch (err) {
    if (err instanceof UsageError) throw err;
  }
}

function stemOf(p: string): string {
  return p.slice(0, p.length - extname(p).length) || p;
}

/**
 * Report names under `--out-dir`: `<mirror path without extension>.report.<ext>`, or the whole
 * name (`x.md.report.<ext>`) for inputs whose stems collide (`x.txt` beside `x.md`), so no report
 * replaces another.
 */
export function reportPaths(files: readonly InputFile[], ext: string): string[] {
  const stems = files.map((f) => stemOf(f.mirror));
  const count = new Map<string, number>();
  for (const s of stems) count.set(s, (count.get(s) ?? 0) + 1);
  return files.map((f, i) => {
    const stem = stems[i]!;
    // Stems shared by different files (not the same file given twice) take the full name.
    const clash = count.get(stem)! > 1 && files.some((g, j) => j !== i && stems[j] === stem && g.mirror !== f.mirror);
    return `${clash ? f.mirror : stem}.report.${ext}`;
  });
}

/** Fixed files under `--out-dir`: the input tree mirrored, names unchanged. */
export function fixedPaths(files: readonly InputFile[], outDir: string): string[] {
  return files.map((f) => join(outDir, f.mirror));
}
