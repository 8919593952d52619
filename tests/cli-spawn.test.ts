/**
 * The built executable (`node dist/src/cli/main.js`; `npm test` builds first): exit codes, standard
 * input, worker-thread batches and extra lexicon entries from a configuration.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AFP, BIN, MT, ROOT, spawn, YONHAP } from './cli-helpers.js';

describe.skipIf(!existsSync(BIN))('calque (built executable)', { timeout: 60_000 }, () => {
  it('does not run when its module is imported, only as the executable', async () => {
    const mod = await import('../src/cli/run.js');
    expect(typeof mod.main).toBe('function');
    const r = spawn(['--version']);
    expect(r.code).toBe(0);
  });

  it('exit codes: 1 for the machine-translated seed, 0 for a human seed, 2 for a missing file', () => {
    expect(spawn(['report', MT]).code).toBe(1);
    expect(spawn(['report', YONHAP]).code).toBe(0);
    const missing = spawn(['report', 'nope.txt']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('calque: nope.txt: no such file\n');
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" report corpora | head -c 10`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('reads standard input', () => {
    const r = spawn(['report', '-', '-f', 'json'], { input: readFileSync(join(ROOT, MT)) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.length).toBeGreaterThan(0);
    const empty = spawn(['report', '-'], { input: '' });
    expect(empty.code).toBe(2);
    expect(empty.err).toBe('calque: <stdin>: the input is empty\n');
  });

  it('batch over corpora/ with --fail-on major: summary table and exit 1', () => {
    const r = spawn(['report', 'corpora', '--fail-on', 'major']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/summary\n/);
    expect(r.out).toMatch(/corpora\/004_182a879f4c50abd6\.txt\s+review.*FAIL: \d+ findings? at or above major/);
    expect(r.out).toMatch(/corpora\/000_9bb70c54a0f37f8d\.txt\s+pass.*\bok$/m);
    expect(r.out).not.toContain('post-edited.txt');
  });

  it('worker threads give the same output, in input order, as one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calque-pool-'));
    for (let i = 0; i < 6; i++) copyFileSync(join(ROOT, [MT, YONHAP, AFP][i % 3]!), join(dir, `f${i}.txt`));
    const pooled = spawn(['report', dir, '-f', 'json', '--jobs', '2']);
    const single = spawn(['report', dir, '-f', 'json', '--jobs', '1']);
    expect(pooled.code).toBe(1);
    expect(pooled.out).toBe(single.out);
    expect(JSON.parse(pooled.out).reports.map((r: { file: string }) => r.file)).toEqual([0, 1, 2, 3, 4, 5].map((i) => join(dir, `f${i}.txt`)));
  });

  it('extra lexicon entries from the configuration reach the rules (in worker threads too)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calque-lex-'));
    mkdirSync(join(dir, 'in'));
    const text = 'The minister opened the bridge on Monday.\n\nThis story was produced by RoboTranslate from our Indonesian edition.\n';
    writeFileSync(join(dir, 'in', 'a.txt'), text);
    writeFileSync(join(dir, 'in', 'b.txt'), text);
    const without = JSON.parse(spawn(['report', 'in/a.txt', '-f', 'json'], { cwd: dir }).out);
    expect(without.findings.some((f: { ruleId: string }) => f.ruleId === 'mt-disclaimer')).toBe(false);
    writeFileSync(
      join(dir, 'calque.config.json'),
      JSON.stringify({ lexicons: { 'mt-notices': [{ pattern: '\\bproduced by RoboTranslate\\b', example: 'This story was produced by RoboTranslate.' }] } }),
    );
    const single = JSON.parse(spawn(['report', 'in/a.txt', '-f', 'json'], { cwd: dir }).out);
    expect(single.findings.some((f: { ruleId: string }) => f.ruleId === 'mt-disclaimer')).toBe(true);
    const batch = JSON.parse(spawn(['report', 'in', '-f', 'json', '--jobs', '2'], { cwd: dir }).out);
    for (const r of batch.reports) expect(r.report.findings.some((f: { ruleId: string }) => f.ruleId === 'mt-disclaimer')).toBe(true);
  });

  it('loads the Markdown and HTML parsers only for Markdown and HTML input (cold start of plain text)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calque-lazy-'));
    // A module hook that names every parser module the process resolves: a parser package from
    // node_modules, or the chunk of the CLI bundle that holds it (scripts/build-cli-bundle.ts).
    // The hooks run on their own thread, whose stderr writes can be lost when the main thread exits
    // first (the test was flaky under load): the hook appends to a log file synchronously instead.
    const log = join(dir, 'parsers.log');
    writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); if (/node_modules\\/(htmlparser2|entities|micromark[^/]*|mdast-[^/]*)\\/|\\/chunks\\/(markdown|html)-prose-/.test(r.url)) appendFileSync(${JSON.stringify(log)}, 'PARSER ' + r.url + '\\n'); return r; }\n`);
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
    const loaded = (file: string, text: string): string => {
      writeFileSync(join(dir, file), text);
      writeFileSync(log, '');
      const r = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), BIN, 'report', join(dir, file), '-f', 'json'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      return [...new Set([...readFileSync(log, 'utf8').matchAll(/PARSER .*(?:node_modules\/(htmlparser2|entities|micromark|mdast-util-from-markdown)\/|chunks\/(markdown-prose|html-prose)-)/g)].map((m) => m[1] ?? m[2]))].sort().join(' ');
    };
    expect(loaded('a.txt', 'The minister met the envoy on Monday.\n')).toBe('');
    // The bundle holds the parsers in these chunks, so nothing is resolved from node_modules for them.
    expect(loaded('a.md', 'The minister met the *envoy* on Monday.\n')).toBe('markdown-prose');
    expect(loaded('a.html', '<p>The minister met the envoy on Monday.</p>\n')).toBe('html-prose');
    expect(loaded('b.md', 'The minister met the envoy.\n\n<div>On Monday.</div>\n')).toBe('html-prose markdown-prose');
    rmSync(dir, { recursive: true, force: true });
  });
});
