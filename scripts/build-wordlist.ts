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
 * It also builds data/wordlists/english-extra.txt.gz: the words of the `word-list` package (about
 * 274,000 lower-case words, rarer and older words and variants included: "glamor", "employe",
 * "forbad") that the Hunspell forms lack in any case. A word in either list is English to every rule
 * (src/lexicons/english-words.ts); spelling suggestions come from the Hunspell forms only, so a
 * misspelling is never "corrected" to an obscure word.
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
  return versions(['dictionary-en', 'dictionary-en-gb']);
}

export function extraVersions(): string {
  return versions(['word-list']);
}

function versions(names: string[]): string {
  return names
    .map((name) => `${name}@${(JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version}`)
    .join(' ');
}

function expandedForms(name: string): string[] {
  const dir = packageDir(name);
  const spell = nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
  // nspell expands every affixed form into its table when it is built.
  return Object.keys((spell as unknown as { data: Record<string, unknown> }).data);
}

function write(file: string, header: string, sorted: string[]): void {
  const out = dataPath('wordlists', file);
  const tmp = `${out}.tmp`;
  writeFileSync(tmp, gzipSync(`# ${header}\n${sorted.join('\n')}\n`, { level: 9 }));
  renameSync(tmp, out);
  process.stdout.write(`${sorted.length} words → ${out}\n`);
}

function main(): void {
  const words = new Set<string>();
  for (const name of ['dictionary-en', 'dictionary-en-gb']) for (const w of expandedForms(name)) if (/^[\p{L}'’.-]+$/u.test(w)) words.add(w);
  write('english.txt.gz', dictionaryVersions(), [...words].sort());
  // The extra words: lower case, absent from the Hunspell forms in every case ("word", "Word", "WORD").
  const lower = new Set([...words].map((w) => w.toLowerCase()));
  const extra = new Set<string>();
  for (const line of readFileSync(join(packageDir('word-list'), 'words.txt'), 'utf8').split('\n')) {
    const w = line.trim().toLowerCase();
    if (w !== '' && /^[\p{L}'’.-]+$/u.test(w) && !lower.has(w)) extra.add(w);
  }
  write('english-extra.txt.gz', extraVersions(), [...extra].sort());
}

if (import.meta.url === `file://${process.argv[1]}`) main();
