/**
 * Bad input to the API and to the CLI: non-UTF-8 and binary files, a directory, a missing file, an
 * empty file, an invalid config or lexicon. Each gives a clear one-line error (the API throws a
 * CalqueError or TypeError; the CLI prints `calque: …` on stderr and exits 2, as `calque --help`
 * documents) and writes nothing: no report on stdout, no --out file, no --out-dir directory.
 *
 * The CLI cases run the built command (`node dist/src/cli/main.js`); `npm test` builds first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalqueError, check } from '../src/index.js';
import { decodeInput } from '../src/cli/read-input.js';
import { clearExtraEntries, withExtraEntries } from '../src/lexicons/extra.js';
import { validateConfig } from '../src/workflow/config.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const USAGE_EXIT = 2;

/** The error's message is one line, without a stack trace. */
function oneLine(fn: () => unknown): Error {
  let error: unknown;
  try {
    fn();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message.length).toBeGreaterThan(10);
  expect(message).not.toContain('\n');
  return error as Error;
}

describe('API: bad input gives a clear one-line error', () => {
  it('check() refuses a non-string with a TypeError', () => {
    for (const bad of [undefined, null, 42, {}, ['text'], Buffer.from('text')]) {
      expect(oneLine(() => check(bad as unknown as string))).toBeInstanceOf(TypeError);
    }
  });

  it('check() refuses invalid options with CalqueError invalid-option', () => {
    const cases: unknown[] = [{ rules: { 'no-such-rule': true } }, { only: ['no-such-rule'] }, { minConfidence: 2 }, { bogus: true }, { rules: { 'mt-disclaimer': 'fatal' } }, 'strict'];
    for (const options of cases) {
      const err = oneLine(() => check('Some text.', options as never));
      expect(err).toBeInstanceOf(CalqueError);
      expect((err as CalqueError).code).toBe('invalid-option');
    }
  });

  it('check() accepts any string content, including empty and binary-looking text', () => {
    for (const text of ['', '\u0000\u0001\u0002', '\uFFFD\uFFFD', '\uD800']) expect(() => check(text)).not.toThrow();
  });

  it('input decoding refuses empty, whitespace-only, binary and non-UTF-8 bytes', () => {
    const cases: [bytes: Uint8Array, says: RegExp][] = [
      [new Uint8Array(), /empty/],
      [new TextEncoder().encode(' \n\t '), /no text/],
      [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /binary/],
      [Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /not valid UTF-8/],
    ];
    for (const [bytes, says] of cases) expect(oneLine(() => decodeInput(bytes, 'article.txt')).message).toMatch(says);
  });

  it('an invalid configuration is CalqueError invalid-config naming the JSON path', () => {
    const cases: [config: unknown, where: string][] = [
      [{ rules: { 'no-such-rule': true } }, '/rules/no-such-rule'],
      [{ rules: { 'mt-disclaimer': 'fatal' } }, '/rules/mt-disclaimer'],
      [{ thresholds: { passQuality: 150 } }, '/thresholds/passQuality'],
      [{ unknownKey: 1 }, '(root)'],
      [{ lexicons: { 'no-such-lexicon': [] } }, '/lexicons/no-such-lexicon'],
      [{ glossary: { banned: [{ pattern: '(a+)+$' }] } }, '/glossary/banned/0/pattern'],
      [[], '(root)'],
    ];
    for (const [config, where] of cases) {
      const err = oneLine(() => validateConfig(config, 'calque.config.json'));
      expect(err).toBeInstanceOf(CalqueError);
      expect((err as CalqueError).code).toBe('invalid-config');
      expect(err.message).toContain(where);
    }
  });

  it('invalid extra lexicon entries are CalqueError invalid-lexicon', () => {
    try {
      for (const [name, entries] of [
        ['no-such-lexicon', [{ word: 'x' }]],
        ['mt-notices', [{ notAField: true }]],
        ['mt-notices', ['just a string']],
      ] as const) {
        const err = oneLine(() => withExtraEntries(name, entries as unknown as unknown[]));
        expect(err).toBeInstanceOf(CalqueError);
        expect((err as CalqueError).code).toBe('invalid-lexicon');
      }
    } finally {
      clearExtraEntries();
    }
  });
});

describe('CLI: bad input gives one line on stderr, exit 2, and writes nothing', () => {
  let dir = '';
  const ARTICLE = 'The minister said on Tuesday that rice prices had fallen by 5 percent since March.\n';

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run -s build\` first (npm test does)`);
    dir = mkdtempSync(join(tmpdir(), 'calque-bad-input-'));
    const file = (name: string, content: string | Uint8Array): void => writeFileSync(join(dir, name), content);
    file('ok.txt', ARTICLE);
    file('latin1.txt', Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' au lait, said the minister.\n')]));
    file('truncated-utf8.txt', Uint8Array.from([...Buffer.from('The rupiah \u20AC'.slice(0, 11)), 0xe2, 0x82]));
    file('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    file('binary.bin', Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    file('empty.txt', '');
    file('blank.txt', ' \n\t\r\n  ');
    mkdirSync(join(dir, 'empty-dir'));
    file('bad-json.json', '{ "rules": ');
    file('unknown-rule.json', JSON.stringify({ rules: { 'no-such-rule': true } }));
    file('bad-severity.json', JSON.stringify({ rules: { 'mt-disclaimer': 'fatal' } }));
    file('unsafe-pattern.json', JSON.stringify({ glossary: { banned: [{ pattern: '(\\w+\\s?)*$' }] } }));
    file('invalid-pattern.json', JSON.stringify({ glossary: { banned: [{ pattern: '([' }] } }));
    file('unknown-lexicon.json', JSON.stringify({ lexicons: { 'no-such-lexicon': [{ word: 'x' }] } }));
    file('bad-lexicon-entry.json', JSON.stringify({ lexicons: { 'mt-notices': [{ notAField: true }] } }));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
    const res = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', input: input ?? '', env: { ...process.env, NO_COLOR: '1' } });
    return { status: res.status, stdout: res.stdout, stderr: res.stderr };
  }

  const CASES: [name: string, args: string[], says: RegExp][] = [
    ['a non-UTF-8 (Latin-1) file', ['latin1.txt'], /latin1\.txt: not valid UTF-8/],
    ['a file cut inside a UTF-8 sequence', ['truncated-utf8.txt'], /not valid UTF-8/],
    ['a binary file named .txt', ['image.txt'], /image\.txt: .*binary/],
    ['a binary file', ['binary.bin'], /binary\.bin: .*binary/],
    ['a directory with no articles', ['empty-dir'], /empty-dir/],
    ['a missing file', ['missing.txt'], /missing\.txt: no such file/],
    ['an empty file', ['empty.txt'], /empty\.txt: .*empty/],
    ['a whitespace-only file', ['blank.txt'], /blank\.txt: .*no text/],
    ['a config that is not JSON', ['ok.txt', '--config', 'bad-json.json'], /bad-json\.json: not valid JSON/],
    ['a config naming an unknown rule', ['ok.txt', '--config', 'unknown-rule.json'], /unknown-rule\.json: \/rules\/no-such-rule/],
    ['a config with an invalid severity', ['ok.txt', '--config', 'bad-severity.json'], /bad-severity\.json: \/rules\/mt-disclaimer/],
    ['a config with an unsafe pattern', ['ok.txt', '--config', 'unsafe-pattern.json'], /\/glossary\/banned\/0\/pattern: unsafe regular expression/],
    ['a config with an invalid pattern', ['ok.txt', '--config', 'invalid-pattern.json'], /\/glossary\/banned\/0\/pattern: not a valid regular expression/],
    ['a config with an unknown lexicon', ['ok.txt', '--config', 'unknown-lexicon.json'], /\/lexicons\/no-such-lexicon: unknown lexicon/],
    ['a config with an invalid lexicon entry', ['ok.txt', '--config', 'bad-lexicon-entry.json'], /\/lexicons\/mt-notices/],
    ['a config that is a directory', ['ok.txt', '--config', 'empty-dir'], /empty-dir: is a directory/],
    ['a missing config', ['ok.txt', '--config', 'missing.json'], /missing\.json: no such configuration file/],
  ];

  // Every case with no output option; a file case and a configuration case also with -o and
  // --out-dir (each spawn is a cold start, about half a second).
  const WITH_OUTPUTS = new Set(['a non-UTF-8 (Latin-1) file', 'a binary file', 'a config with an unsafe pattern']);
  for (const [name, args, says] of CASES) {
    it(name, () => {
      const outputs = WITH_OUTPUTS.has(name) ? [[], ['-o', 'out.json', '--format', 'json'], ['--out-dir', 'out-dir']] : [[]];
      for (const out of outputs) {
        const res = run(['report', ...args, ...out, '--no-progress']);
        expect(res.status, res.stderr).toBe(USAGE_EXIT);
        const lines = res.stderr.trimEnd().split('\n');
        expect(lines, res.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(/^calque: /);
        expect(lines[0]).toMatch(says);
        expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
        expect(res.stdout).toBe('');
        expect(existsSync(join(dir, 'out.json'))).toBe(false);
        expect(existsSync(join(dir, 'out-dir')) ? readdirSync(join(dir, 'out-dir')) : []).toEqual([]);
      }
    }, 30_000);
  }

  it('empty standard input', () => {
    const res = run(['report', '-', '--no-progress'], '');
    expect(res.status).toBe(USAGE_EXIT);
    expect(res.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/^calque: .*empty/);
    expect(res.stdout).toBe('');
  });

  it('a good file still works next to these (exit 0 or 1, a report on stdout)', () => {
    const res = run(['report', 'ok.txt', '--no-progress']);
    expect([0, 1]).toContain(res.status);
    expect(res.stdout.length).toBeGreaterThan(0);
  });
});
