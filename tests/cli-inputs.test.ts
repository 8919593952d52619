/** Inputs and output switches of `calque report`: .calqueignore, glob arguments, --quiet, --stdin-filename, colour. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useColor } from '../src/cli/report-command.js';
import { run, spawn } from './cli-helpers.js';

// Invented: a title calque (minor) and a machine-translation notice (an info finding).
const FLAGGED = 'Leader Kim met the envoy on Monday.\n';
const WITH_INFO = 'Leader Kim met the envoy on Monday.\n\nThis article was translated from Indonesian by machine translation.\n';

const dir = mkdtempSync(join(tmpdir(), 'calque-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function tree(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}
const filesIn = (out: string): string[] => JSON.parse(out).summary.files.map((f: { file: string }) => f.file) as string[];

describe('.calqueignore', () => {
  it('skips ignored files and folders in a walk, but never a file named explicitly', async () => {
    const root = tree('ignore', {
      'news/a.txt': FLAGGED,
      'news/drafts/b.txt': FLAGGED,
      'news/c.md': FLAGGED,
      'news/old-d.txt': FLAGGED,
    });
    const before = await run(['report', 'news', '-f', 'json'], root);
    expect(filesIn(before.out)).toEqual(['news/a.txt', 'news/c.md', 'news/drafts/b.txt', 'news/old-d.txt']);
    writeFileSync(join(root, '.calqueignore'), '# drafts are not checked\ndrafts/\nold-*\n!news/old-d.txt\n*.md\n');
    const after = await run(['report', 'news', '-f', 'json'], root);
    expect(filesIn(after.out)).toEqual(['news/a.txt', 'news/old-d.txt']);
    const named = await run(['report', 'news/drafts/b.txt'], root);
    expect(named.out).toContain('news/drafts/b.txt:1:1');
  });
});

describe('glob arguments', () => {
  it('expands a quoted pattern to article files, sorted, with walk rules and .calqueignore', async () => {
    const root = tree('glob', {
      'in/a.txt': FLAGGED,
      'in/sub/b.txt': FLAGGED,
      'in/sub/b.report.txt': FLAGGED,
      'in/notes.json': '{}',
      'in/skip/c.txt': FLAGGED,
      '.calqueignore': 'skip/\n',
    });
    const r = await run(['report', 'in/**/*', '-f', 'json'], root);
    expect(filesIn(r.out)).toEqual(['in/a.txt', 'in/sub/b.txt']);
    const none = await run(['report', 'in/*.html'], root);
    expect(none.code).toBe(2);
    expect(none.err).toContain('in/*.html: no article files match this pattern');
  });

  it('pairs --post-edit <dir> by the path below the pattern’s fixed folder, as for a walked folder', async () => {
    const root = tree('glob-pe', { 'in/a.txt': FLAGGED, 'in/a.post-edited.txt': 'Kim met the envoy on Monday.\n' });
    const r = await run(['report', 'in/*.txt', '--post-edit', 'in', '-f', 'json'], root);
    const summary = JSON.parse(r.out).summary;
    expect(summary.files.map((f: { file: string }) => f.file)).toEqual(['in/a.txt']);
    expect(summary.postEdit.files).toBe(1);
  });

  it('a file whose name looks like a pattern is read as that file', async () => {
    const root = tree('literal', { 'draft[1].txt': FLAGGED, 'draft1.txt': 'The minister spoke on Monday.\n' });
    const r = await run(['report', 'draft[1].txt'], root);
    expect(r.out).toContain('draft[1].txt:1:1');
  });
});

describe('--quiet, --stdin-filename, colour', () => {
  it('--quiet leaves info findings out of the output but not out of the verdict', async () => {
    const root = tree('quiet', { 'a.txt': WITH_INFO });
    const loud = JSON.parse((await run(['report', 'a.txt', '-f', 'json'], root)).out);
    const quiet = await run(['report', 'a.txt', '-f', 'json', '--quiet'], root);
    const q = JSON.parse(quiet.out);
    expect(loud.findings.some((f: { severity: string }) => f.severity === 'info')).toBe(true);
    expect(q.findings.some((f: { severity: string }) => f.severity === 'info')).toBe(false);
    expect(q.findings.length).toBeGreaterThan(0);
    expect(q.verdict).toBe(loud.verdict);
  });

  it('--stdin-filename names standard input and picks its input format', () => {
    const md = '# Visit\n\n<!-- a comment -->\nLeader Kim met the envoy on Monday.\n';
    const r = spawn(['report', '-', '--stdin-filename', 'desk/visit.md', '-f', 'checkstyle'], { input: md });
    expect(r.out).toContain('<file name="desk/visit.md">');
    expect(r.out).toContain('line="4" column="1"');
    const refused = spawn(['report', 'x.txt', '--stdin-filename', 'a.md']);
    expect(refused.code).toBe(2);
  });

  it('colour: flags first, then FORCE_COLOR over NO_COLOR, then the terminal', () => {
    const tty = { stdoutIsTTY: true, env: {} };
    expect(useColor({}, tty)).toBe(true);
    expect(useColor({ out: 'r.txt' }, tty)).toBe(false);
    expect(useColor({}, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({}, { stdoutIsTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(true);
    expect(useColor({}, { stdoutIsTTY: true, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(useColor({ color: false }, { stdoutIsTTY: true, env: { FORCE_COLOR: '1' } })).toBe(false);
    expect(useColor({ color: true }, { stdoutIsTTY: false, env: { NO_COLOR: '1' } })).toBe(true);
    const coloured = spawn(['report', '-', '--color'], { input: FLAGGED });
    expect(coloured.out).toContain('\u001b[');
    expect(spawn(['report', '-'], { input: FLAGGED }).out).not.toContain('\u001b[');
  });
});
