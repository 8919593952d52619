/** The CLI in-process: main(argv, io) with captured output (no worker threads, no build needed). */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { assertSpansHonest, assertValidReport } from './helpers.js';
import { AFP, MT, POST_EDIT, ROOT, run, YONHAP } from './cli-helpers.js';

const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');
const postEditSchema = new Ajv2020({ strict: true }).compile(JSON.parse(read('data/schemas/post-edit.schema.json')) as object);

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'calque-cli-'));
}

/** One line on stderr, prefixed, no stack trace. */
function oneLineError(err: string): void {
  expect(err.startsWith('calque: ')).toBe(true);
  expect(err.trimEnd().split('\n')).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at /);
}

describe('calque (in-process)', () => {
  it('prints help and version; refuses unknown commands', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--post-edit');
    expect((await run(['--version'])).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await run([])).code).toBe(2);
    const bad = await run(['frobnicate']);
    expect(bad.code).toBe(2);
    oneLineError(bad.err);
  });

  it('lists the rules and the workflow checks', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('mt-disclaimer');
    expect(r.out).toContain('house-glossary');
    expect(r.out).toContain('reference-mismatch');
  });

  it('reports on the machine-translated seed in every format', async () => {
    const text = await run(['report', MT]);
    expect(text.code).toBe(1);
    expect(text.out).toContain(`${MT}: verdict`);
    const md = await run(['report', MT, '--format', 'md']);
    expect(md.out).toMatch(/^#+ calque report/m);
    const html = await run(['report', MT, '-f', 'html']);
    expect(html.out).toMatch(/^<!DOCTYPE html>/i);
    const json = await run(['report', MT, '-f', 'json']);
    const report = JSON.parse(json.out);
    assertValidReport(report);
    assertSpansHonest(read(MT), report);
  });

  it('human seeds pass (exit 0)', async () => {
    for (const f of [YONHAP, AFP]) expect((await run(['report', f])).code).toBe(0);
  });

  it('--diff prints a unified diff that turns the input into --fix output; the input is untouched', async () => {
    const original = read(MT);
    const diff = await run(['report', MT, '--diff']);
    expect(diff.out).toMatch(/^Index: /);
    const fixed = await run(['report', MT, '--fix']);
    expect(fixed.err).toMatch(/applied \d+ fix/);
    expect(fixed.out).not.toBe(original);
    expect(applyPatch(original, diff.out)).toBe(fixed.out);
    expect(read(MT)).toBe(original);
  });

  it('--fix writes to --out, and overwrites the input only with --write', async () => {
    const dir = tmp();
    const copy = join(dir, 'a.txt');
    copyFileSync(join(ROOT, MT), copy);
    const out = join(dir, 'fixed.txt');
    await run(['report', copy, '--fix', '--out', out]);
    expect(readFileSync(copy, 'utf8')).toBe(read(MT));
    const fixed = readFileSync(out, 'utf8');
    expect(fixed).not.toBe(read(MT));
    const refused = await run(['report', copy, '--fix', '--out', copy]);
    expect(refused.code).toBe(2);
    oneLineError(refused.err);
    await run(['report', copy, '--fix', '--write']);
    expect(readFileSync(copy, 'utf8')).toBe(fixed);
  });

  it('--ref adds reference findings and an entity table (text, json, html)', async () => {
    const text = await run(['report', MT, '--ref', YONHAP, '--ref', AFP]);
    expect(text.out).toContain('reference-unsupported');
    expect(text.out).toMatch(/Kim Jong-un\s+Kim Jong-un\s+Kim Jong Un/);
    const json = JSON.parse((await run(['report', MT, '--ref', YONHAP, '--ref', AFP, '-f', 'json'])).out);
    assertValidReport(json.report);
    assertSpansHonest(read(MT), json.report);
    expect(json.entityTable.headers).toEqual([MT, '000_9bb70c54a0f37f8d.txt', '002_cbae279371bf3f5a.txt', 'status']);
    const html = await run(['report', MT, '--ref', YONHAP, '-f', 'html']);
    expect(html.out).toContain('the article beside the references');
  });

  it('a human seed still passes when compared with the others', async () => {
    const r = await run(['report', YONHAP, '--ref', AFP, '--ref', MT]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('verdict PASS');
  });

  it('--post-edit shows the edit rate and confirmed findings (text, md, json)', async () => {
    const text = await run(['report', MT, '--post-edit', POST_EDIT]);
    expect(text.out).toMatch(/edit rate 0\.\d{3}/);
    expect(text.out).toMatch(/\d+ of \d+ findings confirmed/);
    const md = await run(['report', MT, '--post-edit', POST_EDIT, '-f', 'md']);
    expect(md.out).toContain('Post-edit');
    const json = JSON.parse((await run(['report', MT, '--post-edit', POST_EDIT, '-f', 'json'])).out);
    assertValidReport(json.report);
    expect(postEditSchema(json.postEdit)).toBe(true);
    expect(json.postEdit.confirmed.length).toBeGreaterThan(0);
  });

  it('a configuration with a deliberate error: clear one-line message, exit 2', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'calque.config.json'), JSON.stringify({ rules: { 'mt-disclaimer': { severity: 'loud' } } }));
    copyFileSync(join(ROOT, MT), join(dir, 'a.txt'));
    const r = await run(['report', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('calque: calque.config.json: /rules/mt-disclaimer/severity: must be one of critical, major, minor, info\n');
    expect((await run(['report', 'a.txt', '--no-config'], dir)).code).toBe(1);
    const explicit = await run(['report', 'a.txt', '--config', 'nope.json'], dir);
    expect(explicit.code).toBe(2);
    oneLineError(explicit.err);
  });

  it('a configuration sets severities, the glossary and the gate', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(
      join(dir, 'calque.config.json'),
      JSON.stringify({
        rules: { 'mt-disclaimer': false },
        glossary: { preferred: [{ term: 'Kim Jong Un', variants: ['Kim Jong-un'] }], banned: [{ term: 'Bamboo Curtain', message: 'Cold War epithet: name the country' }] },
        gate: { failOn: 'minor' },
      }),
    );
    copyFileSync(join(ROOT, MT), join(dir, 'sub', 'a.txt'));
    const json = JSON.parse((await run(['report', 'a.txt', '-f', 'json'], join(dir, 'sub'))).out);
    assertValidReport(json);
    expect(json.findings.some((f: { ruleId: string }) => f.ruleId === 'mt-disclaimer')).toBe(false);
    const house = json.findings.filter((f: { ruleId: string }) => f.ruleId === 'house-glossary');
    expect(house.map((f: { text: string }) => f.text).sort()).toEqual(['Bamboo Curtain', 'Kim Jong-un', 'Kim Jong-un']);
    const fixed = await run(['report', 'a.txt', '--fix'], join(dir, 'sub'));
    expect(fixed.out).toContain('Kim Jong Un');
    const banned = house.find((f: { text: string }) => f.text === 'Bamboo Curtain');
    expect(banned.fixable).toBeUndefined();
    expect(banned.message).toBe('Cold War epithet: name the country');
    expect((await run(['report', 'a.txt'], join(dir, 'sub'))).code).toBe(1);
  });

  it('refuses unusable inputs with one line and exit 2', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '  \n ');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x48, 0x00, 0x49]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    for (const [args, pattern] of [
      [['report', 'missing.txt'], /missing\.txt: no such file/],
      [['report', 'empty.txt'], /empty/],
      [['report', 'blank.txt'], /only whitespace/],
      [['report', 'bin.txt'], /binary/],
      [['report', 'latin1.txt'], /not valid UTF-8/],
      [['report', 'blank.txt', '--ref', '.'], /is a directory/],
      [['report', join(ROOT, MT), '--diff', '--fix'], /cannot be used together/],
      [['report', join(ROOT, MT), '--write'], /--write only goes with --fix/],
      [['report', join(ROOT, MT), '--fail-on', 'severe'], /--fail-on must be one of/],
      [['report', join(ROOT, MT), '--min-quality', 'high'], /--min-quality must be a number/],
      [['report', join(ROOT, MT), '--only', 'no-such-rule'], /unknown rule 'no-such-rule'/],
      [['report', join(ROOT, MT), '--format', 'pdf'], /unknown format 'pdf'/],
      [['report', join(ROOT, MT), '--bogus'], /Unknown option '--bogus'/],
      [['report', join(ROOT, MT), '--post-edit', join(ROOT, POST_EDIT), '--post-edit', join(ROOT, POST_EDIT)], /--post-edit given 2 time/],
      [['report', join(ROOT, 'corpora'), '-f', 'html'], /need --out-dir/],
      [['report', join(ROOT, 'corpora'), '--fix'], /needs --out-dir/],
    ] as const) {
      const r = await run([...args], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(pattern);
      oneLineError(r.err);
    }
  });

  it('checks Markdown and HTML inputs with spans into the original file', async () => {
    const dir = tmp();
    const md = '# Flood in Aceh\n\nThe *English version* is automatically generated by the AI, so please see Indonesian as our main language.\n';
    writeFileSync(join(dir, 'a.md'), md);
    const r = JSON.parse((await run(['report', 'a.md', '-f', 'json'], dir)).out);
    assertValidReport(r);
    assertSpansHonest(md, r);
    expect(r.findings.some((f: { ruleId: string; line: number }) => f.ruleId === 'mt-disclaimer' && f.line === 3)).toBe(true);
    const html = '<html><body><h1>Flood</h1>\n<p>The English version is automatically generated\nby the AI.</p></body></html>';
    writeFileSync(join(dir, 'a.html'), html);
    const h = JSON.parse((await run(['report', 'a.html', '-f', 'json'], dir)).out);
    assertSpansHonest(html, h);
    expect(h.findings.some((f: { ruleId: string }) => f.ruleId === 'mt-disclaimer')).toBe(true);
    const asText = JSON.parse((await run(['report', 'a.html', '-f', 'json', '--input-format', 'text'], dir)).out);
    assertSpansHonest(html, asText);
  });

  it('batch: a directory, sorted, companions skipped, per-file reports in --out-dir, summary and gate', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in', 'deep'), { recursive: true });
    copyFileSync(join(ROOT, MT), join(dir, 'in', 'b.txt'));
    copyFileSync(join(ROOT, POST_EDIT), join(dir, 'in', 'b.post-edited.txt'));
    copyFileSync(join(ROOT, YONHAP), join(dir, 'in', 'deep', 'a.md'));
    writeFileSync(join(dir, 'in', 'b.annotations.json'), '{}');
    writeFileSync(join(dir, 'in', 'notes.csv'), 'x');
    const r = await run(['report', 'in', '--out-dir', 'out', '--fail-on', 'major', '--post-edit', 'in'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/in\/b\.txt\s+review/);
    expect(r.out).toMatch(/in\/deep\/a\.md\s+pass/);
    expect(r.out.indexOf('in/b.txt')).toBeLessThan(r.out.indexOf('in/deep/a.md'));
    expect(r.out).toMatch(/FAIL: \d+ findings? at or above major/);
    expect(r.out).toMatch(/post-edits \(1 file\): \d+ word edits/);
    expect(readFileSync(join(dir, 'out', 'b.report.txt'), 'utf8')).toContain('verdict REVIEW');
    expect(readFileSync(join(dir, 'out', 'deep', 'a.report.txt'), 'utf8')).toContain('verdict PASS');
    expect(readFileSync(join(dir, 'in', 'b.txt'), 'utf8')).toBe(read(MT));
    // Gate variants: nothing at or above critical passes; a quality floor above the seed fails.
    expect((await run(['report', 'in', '--fail-on', 'critical'], dir)).code).toBe(0);
    expect((await run(['report', 'in', '--min-quality', '99'], dir)).code).toBe(1);
    const json = JSON.parse((await run(['report', 'in', '-f', 'json'], dir)).out);
    expect(json.reports.map((x: { file: string }) => x.file)).toEqual(['in/b.txt', 'in/deep/a.md']);
    for (const x of json.reports) assertValidReport(x.report);
  });
});

describe('progress bar', () => {
  it('draws on a terminal only, and clears itself', async () => {
    const { progressBar } = await import('../src/cli/progress.js');
    let err = '';
    const io = { stdout: () => undefined, stderr: (s: string) => void (err += s), stdoutIsTTY: false, stderrIsTTY: true, cwd: ROOT, env: {} };
    const p = progressBar(io, true);
    p.update(1, 4);
    p.update(4, 4);
    p.end();
    expect(err).toContain('] 1/4 files');
    expect(err).toContain('] 4/4 files');
    expect(err.endsWith('\r\x1b[K')).toBe(true);
    err = '';
    progressBar({ ...io, stderrIsTTY: false }, true).update(1, 2);
    progressBar(io, false).update(1, 2);
    expect(err).toBe('');
  });
});
