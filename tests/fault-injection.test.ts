/**
 * Fault injection: what a write does when the machine fails under it. `--fix --write` (and every
 * file the user names) must leave each input byte-identical or wholly new, never partial or empty,
 * and say what happened in one line with exit code 2.
 *
 * - kill -9 at random moments of a `--fix --write` run, and at the first moment the folder changes;
 * - kill -9 at exact system calls (with strace, when it is installed and may trace): the first write
 *   to the input, the middle of the temporary file, its fsync, the rename;
 * - a full disk: a write layer that fails with ENOSPC (the CLI's file-system seam, in process), and a
 *   real full tmpfs (in a user namespace, `unshare -rm`, when the kernel allows one);
 * - a file-size limit: `ulimit -f` in a spawned shell (EFBIG);
 * - a read-only output folder (chmod 555; as root, which chmod does not stop, the CLI runs as the
 *   unprivileged user `nobody` when it can, else the case is skipped and says why).
 *
 * The spawned cases run the built command (`node dist/src/cli/main.js`); `npm test` builds first.
 */
import { spawn as spawnChild, spawnSync, type SpawnOptions } from 'node:child_process';
import * as fs from 'node:fs';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WriteFs } from '../src/cli/atomic-write.js';
import { main } from '../src/cli/run.js';
import { BIN, MT, ROOT } from './cli-helpers.js';

const SEED = readFileSync(join(ROOT, MT), 'utf8');
/** About 75 kB of machine-translated news with about 180 fixes: more than one 64 KiB write chunk. */
const BIG = Array.from({ length: 20 }, () => SEED).join('\n');
const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) {
    try {
      chmodSync(d, 0o755);
    } catch {
      // gone already
    }
    rmSync(d, { recursive: true, force: true });
  }
});

function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `calque-fault-${prefix}-`));
  scratch.push(d);
  return d;
}

/** The file name and no other content: stderr is exactly one `calque:` line naming `file`. */
function expectOneLineNaming(stderr: string, file: string, code: RegExp): void {
  expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(stderr).toMatch(/^calque: .*\n$/);
  expect(stderr).toContain(file);
  expect(stderr).toMatch(code);
  expect(stderr).not.toMatch(/\n\s+at /);
}

/**
 * Runs a command without blocking this thread (a long spawnSync stalls the test runner's own
 * messages on a busy machine).
 */
function spawnAsync(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnChild(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => void (stdout += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => void (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** What --fix --write makes of BIG, from one undisturbed run on a copy. */
let fixedBig: string | undefined;
/** How long that undisturbed run took, to spread kills over a run. */
let fullRunMs = 0;
async function expectedFixed(): Promise<string> {
  if (fixedBig === undefined) {
    const dir = tempDir('expected');
    writeFileSync(join(dir, 'a.txt'), BIG);
    const t0 = performance.now();
    const r = await spawnAsync(process.execPath, [BIN, 'report', 'a.txt', '--fix', '--write', '--no-config'], { cwd: dir });
    fullRunMs = performance.now() - t0;
    expect(r.stderr).toMatch(/applied \d+ fixes/);
    fixedBig = readFileSync(join(dir, 'a.txt'), 'utf8');
    expect(fixedBig).not.toBe(BIG);
  }
  return fixedBig;
}

/** The input after a disturbed run: the original or the whole fixed text, nothing in between. */
function expectWholeFile(path: string, why: string): 'original' | 'fixed' {
  const now = readFileSync(path, 'utf8');
  if (now === BIG) return 'original';
  const fixed = fixedBig!;
  expect(now.length, `${why}: input is ${now.length} chars, neither the original (${BIG.length}) nor the fixed text`).toBe(fixed.length);
  expect(now === fixed, why).toBe(true);
  return 'fixed';
}

/** Leftovers of a killed run may only be hidden temporary files, which a directory walk skips. */
function expectOnlyHiddenLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) if (name !== 'a.txt') expect(name).toMatch(/^\.a\.txt\.calque-\d+-[0-9a-f]+\.tmp$/);
}

function runUntilKilled(dir: string, killWhen: (child: ReturnType<typeof spawnChild>, kill: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const child = spawnChild(process.execPath, [BIN, 'report', 'a.txt', '--fix', '--write', '--no-config'], { cwd: dir, stdio: 'ignore' });
    const kill = (): void => void child.kill('SIGKILL');
    child.on('exit', () => resolve());
    killWhen(child, kill);
  });
}

describe.skipIf(!existsSync(BIN))('fault injection: --fix --write under kill -9', { timeout: 120_000 }, () => {
  it('killed at random moments, the input is always the original or the whole fixed text', async () => {
    await expectedFixed();
    const full = fullRunMs;
    // Spread over the second half of a run, where the check ends and the write happens.
    const delays = Array.from({ length: 4 }, (_, i) => Math.round(full * (0.5 + 0.15 * i + 0.1 * Math.random())));
    for (const ms of delays) {
      const dir = tempDir('kill');
      writeFileSync(join(dir, 'a.txt'), BIG);
      await runUntilKilled(dir, (_child, kill) => setTimeout(kill, ms));
      expectWholeFile(join(dir, 'a.txt'), `killed after ${ms} ms of a ${Math.round(full)} ms run`);
      expectOnlyHiddenLeftovers(dir);
    }
  });

  it('killed the moment its folder first changes (the write has begun), the input is untouched', async () => {
    await expectedFixed();
    for (let i = 0; i < 2; i++) {
      const dir = tempDir('watch');
      writeFileSync(join(dir, 'a.txt'), BIG);
      await runUntilKilled(dir, (_child, kill) => {
        const w = watch(dir, () => {
          kill();
          w.close();
        });
      });
      // The first change is the temporary file being created, never the input being truncated.
      expectWholeFile(join(dir, 'a.txt'), `killed on the folder's first change (run ${i + 1})`);
      expectOnlyHiddenLeftovers(dir);
    }
  });
});

/** strace can inject a signal or an error at an exact system call; not every machine allows it. */
const straceWorks = ((): boolean => {
  const r = spawnSync('strace', ['-f', '-qq', '-o', '/dev/null', '-e', 'trace=none', 'true'], { encoding: 'utf8' });
  return r.status === 0;
})();

describe.skipIf(!existsSync(BIN) || !straceWorks)('fault injection: kill -9 at exact system calls (strace)', { timeout: 120_000 }, () => {
  const cases: [what: string, straceArgs: (input: string) => string[]][] = [
    // Old in-place writes truncated the input, then were killed here: a 0-byte article.
    ['at the first write to the input itself', (input) => ['-P', input, '-e', 'trace=write,pwrite64,writev,pwritev,ftruncate,truncate', '-e', 'inject=write,pwrite64,writev,pwritev,ftruncate,truncate:signal=KILL']],
    ['half-way through the temporary file (second write)', () => ['-e', 'trace=pwrite64', '-e', 'inject=pwrite64:signal=KILL:when=2']],
    ['before the temporary file is flushed (fsync)', () => ['-e', 'trace=fsync', '-e', 'inject=fsync:signal=KILL']],
    ['at the rename into place', () => ['-e', 'trace=rename,renameat,renameat2', '-e', 'inject=rename,renameat,renameat2:signal=KILL']],
  ];
  for (const [what, straceArgs] of cases) {
    it(`killed ${what}: the input is the original or the whole fixed text`, async () => {
      await expectedFixed();
      const dir = tempDir('strace');
      const input = join(dir, 'a.txt');
      writeFileSync(input, BIG);
      const r = await spawnAsync('strace', ['-f', '-qq', '-o', '/dev/null', ...straceArgs(input), process.execPath, BIN, 'report', 'a.txt', '--fix', '--write', '--no-config', '--jobs', '1'], { cwd: dir });
      const outcome = expectWholeFile(input, `killed ${what}`);
      expectOnlyHiddenLeftovers(dir);
      if (what.startsWith('at the first write')) {
        // The input is never written through: the run is not killed and the fixed text is renamed in.
        expect(outcome).toBe('fixed');
        expect(r.status).toBe(1);
      } else {
        expect(r.signal ?? (r.status === 137 ? 'SIGKILL' : r.status)).toBe('SIGKILL');
        expect(outcome).toBe('original');
      }
    });
  }
});

/** A write layer over node:fs whose writes fail with `code` once `limit` bytes have gone to temporary files. */
function failingFs(code: string, limit: number): WriteFs & { written: number } {
  const layer = {
    ...fs,
    written: 0,
    writeSync(fd: number, buffer: Uint8Array, offset?: number, length?: number, position?: number | null): number {
      const n = length ?? buffer.length;
      if (layer.written + n > limit) {
        const room = Math.max(0, limit - layer.written);
        if (room > 0) {
          layer.written += room;
          return fs.writeSync(fd, buffer, offset ?? 0, room, position);
        }
        throw Object.assign(new Error(`${code}: injected fault, write`), { code, errno: -28, syscall: 'write' });
      }
      layer.written += n;
      return fs.writeSync(fd, buffer, offset ?? 0, n, position);
    },
  };
  return layer as unknown as WriteFs & { written: number };
}

async function runWith(args: string[], cwd: string, writeFs: WriteFs): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => void (out += s), stderr: (s) => void (err += s), stdoutIsTTY: false, stderrIsTTY: false, cwd, env: {}, fs: writeFs });
  return { code, out, err };
}

describe('fault injection: a full disk (ENOSPC from the write layer)', { timeout: 60_000 }, () => {
  it('--fix --write: the input is byte-identical, the temporary file is gone, one line names the file, exit 2', async () => {
    const dir = tempDir('enospc');
    writeFileSync(join(dir, 'a.txt'), SEED);
    const r = await runWith(['report', 'a.txt', '--fix', '--write', '--no-config'], dir, failingFs('ENOSPC', 1000));
    expect(r.code).toBe(2);
    expectOneLineNaming(r.err, 'a.txt', /ENOSPC/);
    expect(r.err).toMatch(/no space left/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(SEED);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('--fix --out-dir over a batch: the disk fills at the third file and no output is written at all', async () => {
    const dir = tempDir('enospc-batch');
    for (const d of ['a', 'b', 'c']) {
      mkdirSync(join(dir, d));
      writeFileSync(join(dir, d, 'x.txt'), SEED);
    }
    const bytes = Buffer.byteLength(SEED);
    const r = await runWith(['report', 'a/x.txt', 'b/x.txt', 'c/x.txt', '--fix', '--out-dir', 'out', '--no-config', '--jobs', '1'], dir, failingFs('ENOSPC', 2 * bytes + 100));
    expect(r.code).toBe(2);
    expectOneLineNaming(r.err, join('out', 'c', 'x.txt'), /ENOSPC/);
    expect(r.err).toMatch(/nothing was written/);
    // The folders this run created are removed again; the inputs are untouched.
    expect(existsSync(join(dir, 'out'))).toBe(false);
    for (const d of ['a', 'b', 'c']) expect(readFileSync(join(dir, d, 'x.txt'), 'utf8')).toBe(SEED);
  });

  it('--out: an existing report is kept whole when the new one cannot be written', async () => {
    const dir = tempDir('enospc-out');
    writeFileSync(join(dir, 'a.txt'), SEED);
    writeFileSync(join(dir, 'report.json'), '{"previous": true}\n');
    const r = await runWith(['report', 'a.txt', '-f', 'json', '--out', 'report.json', '--no-config'], dir, failingFs('ENOSPC', 500));
    expect(r.code).toBe(2);
    expectOneLineNaming(r.err, 'report.json', /ENOSPC/);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'report.json']);
  });
});

/** A real full disk: a small tmpfs mounted in a user namespace (no root needed, when the kernel allows it). */
function inUserNamespace(script: string, env: Record<string, string>): ReturnType<typeof spawnAsync> {
  return spawnAsync('unshare', ['-rm', 'sh', '-c', script], { env: { ...process.env, ...env } }).catch((err: Error) => ({ status: 99, signal: null, stdout: '', stderr: `unshare: ${err.message}` }));
}

describe.skipIf(!existsSync(BIN))('fault injection: real full disk, file-size limit, read-only folder', { timeout: 60_000 }, () => {
  it('a tmpfs that fills mid-write: the input is byte-identical and no temporary file is left', async (ctx) => {
    const dir = tempDir('tmpfs');
    const mnt = join(dir, 'mnt');
    mkdirSync(mnt);
    const src = join(dir, 'original.txt');
    writeFileSync(src, BIG);
    // 1 MB tmpfs; the input plus a filler leave less room than the fixed text needs.
    const script = [
      'mount -t tmpfs -o size=1m tmpfs "$MNT" || exit 99',
      'cp "$SRC" "$MNT/a.txt"',
      'head -c $((1048576 - 2 * $(wc -c < "$SRC") + 40000)) /dev/zero > "$MNT/filler" 2>/dev/null',
      'cd "$MNT" && "$NODE" "$BIN" report a.txt --fix --write --no-config 2>"$ERR"; echo "exit=$?"',
      'cmp -s "$SRC" "$MNT/a.txt" && echo identical',
      'ls -A "$MNT"',
    ].join('\n');
    const errFile = join(dir, 'stderr.txt');
    const r = await inUserNamespace(script, { MNT: mnt, SRC: src, NODE: process.execPath, BIN, ERR: errFile });
    if (r.status === 99 || r.stderr.includes('unshare')) ctx.skip(`no user namespace with a tmpfs here (${(r.stderr.split('\n')[0] ?? '').trim()})`);
    expect(r.stdout).toContain('exit=2');
    expect(r.stdout).toContain('identical');
    expect(r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('exit=') && l !== 'identical').sort()).toEqual(['a.txt', 'filler']);
    expectOneLineNaming(readFileSync(errFile, 'utf8'), 'a.txt', /ENOSPC/);
  });

  it('a file-size limit (ulimit -f, EFBIG): the input is byte-identical, one line names the file', async (ctx) => {
    const probe = spawnSync('bash', ['-c', 'ulimit -f 64 && echo ok'], { encoding: 'utf8' });
    if (probe.stdout?.trim() !== 'ok') ctx.skip('bash with ulimit -f is not available here');
    const dir = tempDir('efbig');
    writeFileSync(join(dir, 'a.txt'), BIG);
    // 32 blocks of 1 KiB: reading the 75 kB input is allowed, writing past 32 KiB is not.
    const r = await spawnAsync('bash', ['-c', `ulimit -f 32; exec "${process.execPath}" "${BIN}" report a.txt --fix --write --no-config`], { cwd: dir });
    expect(r.status).toBe(2);
    expectOneLineNaming(r.stderr, 'a.txt', /EFBIG/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(BIG);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  /** Runs the CLI so that folder permissions bind: as `nobody` when this process is root. */
  async function runUnprivileged(args: string[], cwd: string): Promise<{ status: number | null; stderr: string } | string> {
    const asRoot = process.getuid?.() === 0;
    const opts = asRoot ? { uid: 65534, gid: 65534 } : {};
    let r;
    try {
      r = await spawnAsync(process.execPath, [BIN, ...args], { cwd, ...opts });
    } catch (err) {
      return `cannot run as an unprivileged user (${(err as NodeJS.ErrnoException).code})`;
    }
    if (asRoot && /EACCES|cannot find module/i.test(r.stderr) && !r.stderr.startsWith('calque:')) return `the unprivileged user cannot read the build (${r.stderr.split('\n')[0]})`;
    return { status: r.status, stderr: r.stderr };
  }

  it('a read-only folder (chmod 555): --fix --write and --out refuse in one line, the input byte-identical', async (ctx) => {
    if (process.platform === 'win32') ctx.skip('folder permissions do not apply on Windows');
    const parent = tempDir('readonly');
    chmodSync(parent, 0o755);
    const dir = join(parent, 'articles');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), SEED);
    chmodSync(join(dir, 'a.txt'), 0o666);
    chmodSync(dir, 0o555);
    const write = await runUnprivileged(['report', 'a.txt', '--fix', '--write', '--no-config'], dir);
    if (typeof write === 'string') return ctx.skip(`running as root, where chmod does not stop writes, and ${write}`);
    expect(write.status).toBe(2);
    expectOneLineNaming(write.stderr, 'a.txt', /EACCES/);
    expect(write.stderr).toMatch(/permission denied/);
    const out = await runUnprivileged(['report', 'a.txt', '-f', 'json', '--out', 'report.json', '--no-config'], dir);
    if (typeof out === 'string') return ctx.skip(out);
    expect(out.status).toBe(2);
    expectOneLineNaming(out.stderr, 'report.json', /EACCES/);
    chmodSync(dir, 0o755);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(SEED);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});

describe('exit 2 means no file was written', { timeout: 60_000 }, () => {
  it('a directory batch with one unreadable file writes no report under --out-dir', async () => {
    const dir = tempDir('exit2');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), SEED);
    writeFileSync(join(dir, 'in', 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(join(dir, 'in', 'c.txt'), SEED);
    const r = await runWith(['report', 'in', '--out-dir', 'out', '--no-config', '--jobs', '1'], dir, fs);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/b\.txt: looks like a binary file/);
    expect(r.err).toMatch(/no files written: 1 input could not be checked/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--fix --write over a folder with an unreadable file rewrites none of the others', async () => {
    const dir = tempDir('exit2-write');
    writeFileSync(join(dir, 'a.txt'), SEED);
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0xc3, 0x28, 0x41]));
    const r = await runWith(['report', '.', '--fix', '--write', '--no-config', '--jobs', '1'], dir, fs);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(SEED);
  });
});

it('the fault layer itself fails writes (so the cases above test something)', () => {
  const dir = tempDir('layer');
  const layer = failingFs('ENOSPC', 3);
  const fd = fs.openSync(join(dir, 'x'), 'w');
  try {
    expect(layer.writeSync(fd, Buffer.from('abcdef'), 0, 6, 0)).toBe(3);
    expect(() => layer.writeSync(fd, Buffer.from('abcdef'), 3, 3, 3)).toThrow(/ENOSPC/);
  } finally {
    fs.closeSync(fd);
  }
  copyFileSync(join(dir, 'x'), join(dir, 'y'));
  expect(readFileSync(join(dir, 'y'), 'utf8')).toBe('abc');
});
