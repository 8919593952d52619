/**
 * The CLI's files: batch outputs that never overwrite each other (the input tree mirrored under
 * --out-dir), outputs that never land on an input or the configuration (compared by device and
 * inode, so hard and symbolic links are caught), inputs in UTF-16 and with old Mac line endings,
 * broken links and link loops, the worker-pool size, and the atomic writer's own guarantees.
 */
import * as fs from 'node:fs';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitWrites, WriteError, type WriteFs } from '../src/cli/atomic-write.js';
import { HELP } from '../src/cli/help.js';
import { decodeText, encodeText } from '../src/cli/read-input.js';
import { commonAncestor, expandInputs } from '../src/workflow/batch.js';
import { runJobs, threadCount, WORKER_MIN_CHARS } from '../src/workflow/pool.js';
import type { FileJob } from '../src/workflow/pipeline.js';
import { MT, ROOT, run } from './cli-helpers.js';

const SEED = readFileSync(join(ROOT, MT), 'utf8');
const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'calque-io-'));
  scratch.push(d);
  return d;
}

/** Every file under `dir`, as paths relative to it, sorted. */
function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((p) => statSync(join(dir, p)).isFile()).sort();
}

describe('--out-dir: batch outputs never overwrite each other', { timeout: 60_000 }, () => {
  function threeSameNames(): string {
    const dir = tempDir();
    ['a', 'b', 'c'].forEach((d, i) => {
      mkdirSync(join(dir, d));
      // Different texts, so a lost output would show.
      writeFileSync(join(dir, d, 'x.txt'), `${SEED}\nStory ${d}, number ${i}.\n`);
    });
    return dir;
  }

  it('--fix: a/x.txt b/x.txt c/x.txt give out/a/x.txt, out/b/x.txt, out/c/x.txt and the count is true', async () => {
    const dir = threeSameNames();
    const r = await run(['report', 'a/x.txt', 'b/x.txt', 'c/x.txt', '--fix', '--out-dir', 'out', '--no-config', '--jobs', '1'], dir);
    expect(r.err).toContain('wrote 3 fixed files to out');
    expect(tree(join(dir, 'out'))).toEqual(['a/x.txt', 'b/x.txt', 'c/x.txt']);
    for (const d of ['a', 'b', 'c']) expect(readFileSync(join(dir, 'out', d, 'x.txt'), 'utf8')).toContain(`Story ${d},`);
  });

  it('reports: one per input, mirrored, and x.txt beside x.md keep both', async () => {
    const dir = threeSameNames();
    writeFileSync(join(dir, 'a', 'x.md'), 'The minister met Leader Kim in Tokyo on Monday.\n');
    const r = await run(['report', 'a', 'b/x.txt', 'c/x.txt', '-f', 'json', '--out-dir', 'out', '--no-config', '--jobs', '1'], dir);
    expect([0, 1]).toContain(r.code);
    expect(tree(join(dir, 'out'))).toEqual(['a/x.md.report.json', 'a/x.txt.report.json', 'b/x.report.json', 'c/x.report.json']);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'c', 'x.report.json'), 'utf8')).input.characters).toBeGreaterThan(SEED.length);
  });

  it('one folder given: its tree is mirrored from the folder itself', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), SEED);
    writeFileSync(join(dir, 'in', 'sub', 'a.txt'), SEED);
    expect(expandInputs(['in'], dir).files.map((f) => f.mirror)).toEqual(['a.txt', join('sub', 'a.txt')]);
    expect(expandInputs([join('in', 'a.txt')], dir).files.map((f) => f.mirror)).toEqual(['a.txt']);
    expect(commonAncestor(['/x/a/b', '/x/a/c', '/x/a'])).toBe('/x/a');
    expect(commonAncestor(['/x/ab', '/x/a'])).toBe('/x');
  });

  it('the same file given twice is refused before anything is written', async () => {
    const dir = threeSameNames();
    const r = await run(['report', 'a/x.txt', 'a/x.txt', '--out-dir', 'out', '--no-config'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^calque: a\/x\.txt and a\/x\.txt would both be written to out\/a?\/?x\.report\.txt; give each input once\n$/);
    expect(fs.existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('--out never overwrites an input or the configuration (device and inode)', { timeout: 60_000 }, () => {
  function setUp(): string {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), SEED);
    writeFileSync(join(dir, 'calque.config.json'), '{ "minConfidence": 0.1 }\n');
    writeFileSync(join(dir, 'ref.txt'), 'Kim Jong-un met Sergei Shoigu in Pyongyang.\n');
    return dir;
  }
  const cases: [name: string, prepare: (dir: string) => void, args: string[], says: RegExp][] = [
    ['a hard link to the input', (d) => linkSync(join(d, 'a.txt'), join(d, 'hard.txt')), ['--fix', '--out', 'hard.txt'], /refusing to write hard\.txt: it is the input a\.txt/],
    ['a symbolic link to the input', (d) => symlinkSync('a.txt', join(d, 'soft.txt')), ['-f', 'json', '--out', 'soft.txt'], /refusing to write soft\.txt: it is the input a\.txt/],
    ['the configuration file found upward', () => undefined, ['-f', 'json', '--out', 'calque.config.json'], /refusing to write calque\.config\.json: it is the configuration file/],
    ['a hard link to the configuration file', (d) => linkSync(join(d, 'calque.config.json'), join(d, 'cfg-link.json')), ['--out', 'cfg-link.json'], /it is the configuration file calque\.config\.json/],
    ['a --ref file', () => undefined, ['--ref', 'ref.txt', '--out', 'ref.txt'], /it is the --ref file ref\.txt/],
    ['a fixed file under --out-dir that is a hard link to the input', (d) => (mkdirSync(join(d, 'out')), linkSync(join(d, 'a.txt'), join(d, 'out', 'a.txt'))), ['--fix', '--out-dir', 'out'], /refusing to write out\/a\.txt: it is the input a\.txt/],
  ];
  for (const [name, prepare, extra, says] of cases) {
    it(`refuses ${name}, in one line, exit 2, every file byte-identical`, async () => {
      const dir = setUp();
      prepare(dir);
      const before = new Map(tree(dir).map((p) => [p, readFileSync(join(dir, p))]));
      const r = await run(['report', 'a.txt', ...extra], dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(says);
      expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
      expect(tree(dir)).toEqual([...before.keys()]);
      for (const [p, bytes] of before) expect(readFileSync(join(dir, p)).equals(bytes), p).toBe(true);
    });
  }

  it('the input is a write target only under --write, which keeps its permissions and its symbolic link', async () => {
    const dir = setUp();
    chmodSync(join(dir, 'a.txt'), 0o640);
    symlinkSync('a.txt', join(dir, 'link.txt'));
    const r = await run(['report', 'link.txt', '--fix', '--write', '--no-config'], dir);
    expect(r.err).toMatch(/^calque: link\.txt: applied \d+ fixes\n$/);
    expect(fs.lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).not.toBe(SEED);
    expect(statSync(join(dir, 'a.txt')).mode & 0o777).toBe(0o640);
  });
});

describe('inputs: UTF-16 with a BOM, old Mac line endings, broken links and loops', { timeout: 60_000 }, () => {
  const TEXT = '\uFEFFThe minister met Leader Kim in Tokyo on Monday.\nHe said the talks went well.\n';

  it('decodes UTF-16 LE and BE with a BOM and encodes them back byte for byte', () => {
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const bytes = encodeText(TEXT, enc);
      expect(bytes[0]).toBe(enc === 'utf-16le' ? 0xff : 0xfe);
      const d = decodeText(bytes, 'a.txt');
      expect(d).toEqual({ text: TEXT, encoding: enc });
      expect(Buffer.from(encodeText(d.text, d.encoding)).equals(Buffer.from(bytes))).toBe(true);
    }
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, 0x41]), 'odd.txt')).toThrow(/odd\.txt: not valid UTF-16LE/);
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0]), 'u32.txt')).toThrow(/UTF-32/);
  });

  it('a UTF-16 file is checked (not called binary) and --fix --write keeps it UTF-16', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'le.txt'), encodeText(TEXT, 'utf-16le'));
    writeFileSync(join(dir, 'be.txt'), encodeText(TEXT, 'utf-16be'));
    const report = await run(['report', 'le.txt', '-f', 'json', '--no-config'], dir);
    expect(report.err).toBe('');
    const f = JSON.parse(report.out).findings.find((x: { ruleId: string }) => x.ruleId === 'title-calque');
    expect(TEXT.slice(f.span.start, f.span.end)).toBe('Leader Kim');
    for (const name of ['le.txt', 'be.txt']) {
      const r = await run(['report', name, '--fix', '--write', '--no-config'], dir);
      expect(r.err).toMatch(/applied 1 fix\n$/);
      const d = decodeText(readFileSync(join(dir, name)), name);
      expect(d.encoding).toBe(name === 'le.txt' ? 'utf-16le' : 'utf-16be');
      expect(d.text).toBe(TEXT.replace('Leader Kim', 'Kim'));
    }
  });

  it('old Mac (CR-only) line endings pass through --fix --write untouched', async () => {
    const dir = tempDir();
    const cr = 'The minister met Leader Kim in Tokyo on Monday.\rHe said the talks went well.\rThe visit ends on Friday.\r';
    writeFileSync(join(dir, 'mac.txt'), cr);
    const r = await run(['report', 'mac.txt', '--fix', '--write', '--no-config'], dir);
    expect(r.err).toMatch(/applied 1 fix/);
    expect(readFileSync(join(dir, 'mac.txt'), 'utf8')).toBe(cr.replace('Leader Kim', 'Kim'));
  });

  it('a broken link and a link loop in a folder are reported, each as what it is', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'good.txt'), 'The minister met officials in Tokyo on Monday.\n');
    symlinkSync('gone.txt', join(dir, 'in', 'dead.txt'));
    symlinkSync('loop.txt', join(dir, 'in', 'loop.txt'));
    symlinkSync('nowhere', join(dir, 'in', 'archive'));
    symlinkSync('.', join(dir, 'in', 'again'));
    const r = await run(['report', 'in', '--no-config', '--jobs', '1'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('calque: in/dead.txt: broken symbolic link (its target gone.txt does not exist)\n');
    expect(r.err).toContain('calque: in/loop.txt: symbolic link loop (ELOOP)');
    expect(r.err).toContain('calque: warning: in/archive: broken symbolic link; skipped\n');
    expect(r.err).toContain('calque: warning: in/again: a link to a folder already read (a loop or a duplicate); skipped\n');
    expect(r.out).toContain('in/good.txt');
  });

  it('a link loop named directly is a loop, not "no such file"', async () => {
    const dir = tempDir();
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    const r = await run(['report', 'loop.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('calque: loop.txt: symbolic link loop (ELOOP): the link leads back to itself\n');
  });
});

describe('--help and exit codes', () => {
  it('lists every exit code, 3 included', () => {
    expect(HELP).toMatch(/Exit codes: 0 pass; 1 gate failed[^]*\n\s+2 usage, input, configuration or file-writing error[^]*\n\s+3 internal error/);
  });
});

describe('worker pool outcomes', () => {
  it('a bug while checking a file is internal (exit 3), bad options are not', async () => {
    const settings = { checkOptions: {}, workflowRules: {} };
    const [bug] = await runJobs([{ label: 'x.txt', text: 42 as unknown as string, format: 'text' }], settings);
    expect(bug).toMatchObject({ ok: false, label: 'x.txt', internal: true });
    const [bad] = await runJobs([{ label: 'y.txt', text: 'A sentence.', format: 'text' }], { ...settings, checkOptions: { only: ['no-such-rule'] } });
    expect(bad).toMatchObject({ ok: false, label: 'y.txt', internal: false });
  });
});

describe('worker pool size', () => {
  const job = (chars: number): FileJob => ({ label: 'x', text: 'a'.repeat(chars), format: 'text' });
  it('by default stays in one thread until the batch is big enough to pay for workers', () => {
    expect(threadCount([job(1000), job(1000)], undefined, 2)).toBe(1);
    expect(threadCount(Array.from({ length: 2000 }, () => job(600)), undefined, 2)).toBe(1);
    expect(threadCount([job(WORKER_MIN_CHARS / 2), job(WORKER_MIN_CHARS / 2)], undefined, 2)).toBe(2);
    expect(threadCount([job(WORKER_MIN_CHARS)], undefined, 8)).toBe(1);
  });
  it('never starts more threads than cores, or than files', () => {
    expect(threadCount(Array.from({ length: 40 }, () => job(10)), 16, 2)).toBe(2);
    expect(threadCount([job(10), job(10), job(10)], 16, 8)).toBe(3);
    expect(threadCount([job(10), job(10)], 1, 8)).toBe(1);
  });
});

describe('atomic writes', () => {
  const failingRename = (failAt: number): WriteFs => {
    let renames = 0;
    return {
      ...fs,
      renameSync: (from: fs.PathLike, to: fs.PathLike) => {
        if (++renames === failAt) throw Object.assign(new Error('EXDEV: injected'), { code: 'EXDEV' });
        fs.renameSync(from, to);
      },
    } as WriteFs;
  };
  const plan = (dir: string) => ['a', 'b', 'c'].map((n) => ({ shown: n, abs: join(dir, n), bytes: Buffer.from(n) }));

  it('stages every file before renaming any: a fault at the first rename writes nothing', () => {
    const dir = tempDir();
    expect(() => commitWrites(plan(dir), failingRename(1))).toThrow(new WriteError('cannot write a: error (EXDEV); nothing was written'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a fault at a later rename says how many files were already written, and leaves no temporary file', () => {
    const dir = tempDir();
    expect(() => commitWrites(plan(dir), failingRename(2))).toThrow(new WriteError('cannot write b: error (EXDEV); 1 of 3 files were already written'));
    expect(readdirSync(dir)).toEqual(['a']);
  });
});
