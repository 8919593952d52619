/**
 * Builds data/wordlists/english.txt.gz, the spelling word list of the `spelling` and `spacing`
 * rules: every form of the Hunspell en-US and en-GB dictionaries (the `dictionary-en` and
 * `dictionary-en-gb` packages, SCOWL-based), expanded through their affix rules by nspell.
 *
 * Why a prebuilt list and not nspell at run time: building nspell's table from the two
 * dictionaries takes about 1.2 s per process (0.66 s for en-US alone), which every `calque report`
 * would pay, while reading the expanded list takes a few tens of milliseconds. The list is a
 * derived file: rerun this script (`npm run wordlist`) after upgrading either dictionary; the
 * first line records the versions it was built from, and a test checks them against the installed
 * packages.
 *
 * Usage: node dist/scripts/build-wordlist.js
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nspell from 'nspell';
import { dataPath } from '../src/lexicons/package-root.js';

const require = createRequire(import.meta.url);

/** The installed dictionary package's folder (its exports map names only index.js). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!readdirHas(dir, 'package.json')) dir = dirname(dir);
  return dir;
}

function readdirHas(dir: string, file: string): boolean {
  try {
    readFileSync(join(dir, file));
    return true;
  } catch {
    return false;
  }
}

export function dictionaryVersions(): string {
  return ['dictionary-en', 'dictionary-en-gb']
    .map((name) => `${name}@${(JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version}`)
    .join(' ');
}

function expandedForms(name: string): string[] {
  const dir = packageDir(name);
  const spell = nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
  // nspell expands every affixed form into its table when it is built.
  return Object.keys((spell as unknown as { data: Record<string, unknown> }).data);
}

function main(): void {
  const words = new Set<string>();
  for (const name of ['dictionary-en', 'dictionary-en-gb']) for (const w of expandedForms(name)) if (/^[\p{L}'’.-]+$/u.test(w)) words.add(w);
  const sorted = [...words].sort();
  const body = `# ${dictionaryVersions()}\n${sorted.join('\n')}\n`;
  const out = dataPath('wordlists', 'english.txt.gz');
  const tmp = `${out}.tmp`;
  writeFileSync(tmp, gzipSync(body, { level: 9 }));
  renameSync(tmp, out);
  process.stdout.write(`${sorted.length} words → ${out}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
