/**
 * Writing the files a user named without ever leaving one half-written.
 *
 * Every output goes first to a temporary file in the same folder as its target (so the final
 * rename stays on one file system and is atomic), is flushed to disk (fsync), and only when every
 * output of the run has been staged are the temporary files renamed over their targets. A fault
 * while staging (full disk, file-size limit, read-only folder, permission denied) removes the
 * temporary files and the folders this run created, so the targets are untouched and nothing was
 * written; a kill at any moment leaves each target either as it was or wholly new (at worst a
 * hidden `.NAME.calque-….tmp` file stays behind, which a directory walk skips).
 *
 * The file-system calls go through a small seam (`WriteFs`) so tests can inject faults.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system calls used here (node:fs by default; tests wrap it to inject faults). */
export type WriteFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'mkdirSync' | 'rmdirSync' | 'statSync' | 'fchmodSync' | 'realpathSync'
>;

/** A write that could not be done: one line naming the file; the CLI exits 2. */
export class WriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteError';
  }
}

export interface PlannedWrite {
  /** The path as the user sees it (in messages). */
  shown: string;
  /** Absolute path of the target. */
  abs: string;
  bytes: Uint8Array;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file would exceed the file-size limit',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent of it is not a directory',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  EEXIST: 'a file is in the way of a folder it needs',
};

export function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string') return `${REASONS[code] ?? 'error'} (${code})`;
  return String((err as Error)?.message ?? err).split('\n')[0]!;
}

/** Where bytes really go: an existing symbolic link is followed, so the link itself is kept. */
function finalTarget(abs: string, fs: WriteFs): string {
  try {
    return fs.realpathSync(abs);
  } catch {
    return abs;
  }
}

/** Creates the missing folders above `dir`, returning those it created (outermost first). */
function makeFolders(dir: string, fs: WriteFs): string[] {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    try {
      fs.statSync(d);
      break;
    } catch {
      missing.unshift(d);
      if (dirname(d) === d) break;
    }
  }
  const created: string[] = [];
  for (const d of missing) {
    fs.mkdirSync(d);
    created.push(d);
  }
  return created;
}

function tempNameFor(target: string): string {
  // Hidden, so a directory walk skips a leftover; the name is kept short of NAME_MAX.
  const stem = basename(target).slice(0, 64);
  return join(dirname(target), `.${stem}.calque-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

interface Staged {
  write: PlannedWrite;
  target: string;
  temp: string;
}

/** Writes `bytes` to a new temporary file beside `target`, flushed to disk; returns its path. */
function stage(write: PlannedWrite, target: string, fs: WriteFs, staged: Staged[]): void {
  const temp = tempNameFor(target);
  let mode: number | undefined;
  try {
    mode = fs.statSync(target).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const fd = fs.openSync(temp, 'wx', 0o666);
  // Registered at once: from here on a fault must remove this temporary file.
  staged.push({ write, target, temp });
  try {
    // A replaced file keeps its permissions.
    if (mode !== undefined) fs.fchmodSync(fd, mode);
    const chunk = 1 << 16;
    for (let off = 0; off < write.bytes.length; ) {
      // Explicit positions (pwrite): a short write is continued, never repeated.
      off += fs.writeSync(fd, write.bytes, off, Math.min(chunk, write.bytes.length - off), off);
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(paths: readonly string[], fs: WriteFs): void {
  for (const p of paths) {
    try {
      fs.unlinkSync(p);
    } catch {
      // Already gone, or the folder forbids it: nothing more can be done.
    }
  }
}

function syncFolder(dir: string, fs: WriteFs): void {
  // Makes the renames themselves durable; not every platform allows it, and it is not needed for
  // atomicity, so a failure is ignored.
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // ignored on purpose
  }
}

/**
 * Writes every planned file, all or nothing as far as the file system allows: all are staged
 * before any is renamed into place. Throws a WriteError (one line naming the file) on a fault.
 */
export function commitWrites(writes: readonly PlannedWrite[], fs: WriteFs = nodeFs): void {
  const staged: Staged[] = [];
  const createdFolders: string[] = [];
  for (const w of writes) {
    try {
      createdFolders.push(...makeFolders(dirname(w.abs), fs));
      stage(w, finalTarget(w.abs, fs), fs, staged);
    } catch (err) {
      removeQuietly(staged.map((s) => s.temp), fs);
      for (const d of createdFolders.reverse()) {
        try {
          fs.rmdirSync(d);
        } catch {
          // not empty or not ours to remove
        }
      }
      throw new WriteError(`cannot write ${w.shown}: ${reasonOf(err)}; nothing was written`);
    }
  }
  for (let i = 0; i < staged.length; i++) {
    const s = staged[i]!;
    try {
      fs.renameSync(s.temp, s.target);
    } catch (err) {
      removeQuietly(staged.slice(i).map((x) => x.temp), fs);
      const done = i === 0 ? 'nothing was written' : `${i} of ${staged.length} files were already written`;
      throw new WriteError(`cannot write ${s.write.shown}: ${reasonOf(err)}; ${done}`);
    }
  }
  for (const dir of new Set(staged.map((s) => dirname(s.target)))) syncFolder(dir, fs);
}
