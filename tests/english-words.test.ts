/**
 * The spelling word list is looked up by binary search over the sorted file (src/lexicons/english-words.ts):
 * it must answer exactly as a Set of the file's words would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { extraWordListSource, hasExactly, isDictionaryWord, isEnglishWord, spellingSuggestions } from '../src/lexicons/english-words.js';
import { dataPath } from '../src/lexicons/package-root.js';
import { unpackedCopyPath } from '../src/lexicons/unpacked-copy.js';

const lines = gunzipSync(readFileSync(dataPath('wordlists', 'english.txt.gz'))).toString('utf8').split('\n');
const words = lines.filter((l) => l !== '' && !l.startsWith('#'));
const set = new Set(words);
const extra = new Set(
  gunzipSync(readFileSync(dataPath('wordlists', 'english-extra.txt.gz')))
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#')),
);

describe('spelling word list lookup', () => {
  it.each(['english.txt.gz', 'english-extra.txt.gz'])('%s has the build\'s unpacked copy, byte for byte the gzip\'s content', (file) => {
    const gz = dataPath('wordlists', file);
    const copy = unpackedCopyPath(gz, 'words', '.txt');
    expect(copy !== undefined && existsSync(copy)).toBe(true);
    expect(readFileSync(copy!).equals(gunzipSync(readFileSync(gz)))).toBe(true);
  });

  it('the file is sorted in code-unit order, without duplicates (what the binary search relies on)', () => {
    for (let i = 1; i < words.length; i++) if (!(words[i - 1]! < words[i]!)) expect.fail(`out of order at ${i}: ${words[i - 1]} / ${words[i]}`);
  });

  it('finds every word of the file', () => {
    const missing = words.filter((w) => !hasExactly(w));
    expect(missing).toEqual([]);
  });

  it('agrees with a Set on prefixes, extensions, case variants and near misses of listed words', () => {
    const probes: string[] = ['', 'a', 'zzzzzz', '\n', '# header', 'colour\n'];
    for (let i = 0; i < words.length; i += 97) {
      const w = words[i]!;
      probes.push(w.slice(0, -1), `${w}s`, `${w}x`, w.toUpperCase(), w.toLowerCase(), `${w.charAt(0).toUpperCase()}${w.slice(1)}`, w.replace(/[aeiou]/, 'y'));
    }
    const wrong = probes.filter((p) => hasExactly(p) !== set.has(p));
    expect(wrong).toEqual([]);
    const dictionary = (p: string): boolean => set.has(p) || set.has(p.toLowerCase()) || set.has(p.charAt(0).toUpperCase() + p.slice(1).toLowerCase());
    const plain = probes.filter((p) => !/['’-]/.test(p));
    expect(plain.filter((p) => isDictionaryWord(p) !== dictionary(p))).toEqual([]);
    expect(plain.filter((p) => isEnglishWord(p) !== (dictionary(p) || extra.has(p.toLowerCase())))).toEqual([]);
  });
});

describe('the extra word list (word-list package)', () => {
  it('was built from the installed word-list version (rerun npm run wordlist after upgrading it)', () => {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(readFileSync(require.resolve('word-list').replace(/index\.js$/, 'package.json'), 'utf8')) as { version: string };
    expect(extraWordListSource()).toBe(`word-list@${pkg.version}`);
  });
  it('holds only lower-case words the Hunspell forms lack, sorted', () => {
    const list = [...extra];
    for (let i = 1; i < list.length; i++) if (!(list[i - 1]! < list[i]!)) expect.fail(`out of order at ${i}: ${list[i - 1]} / ${list[i]}`);
    expect(list.filter((w) => w !== w.toLowerCase() || set.has(w))).toEqual([]);
  });
  it('makes rare words and variants English, but never a spelling suggestion', () => {
    for (const w of ['glamor', 'employe', 'forbad', 'gayety']) {
      expect(isEnglishWord(w)).toBe(true);
      expect(isDictionaryWord(w)).toBe(false);
    }
    expect(spellingSuggestions('glamorr')).not.toContain('glamor');
  });
  it('reads possessives and hyphenated compounds through their parts', () => {
    for (const w of ["minister's", 'minister’s', 'well-known', 're-elect']) expect(isEnglishWord(w)).toBe(true);
    for (const w of ['mengatakan', 'pihaknya', "pihaknya's", 'well-mengatakan']) expect(isEnglishWord(w)).toBe(false);
  });
});
