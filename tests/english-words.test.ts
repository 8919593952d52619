/**
 * The spelling word list is looked up by binary search over the sorted file (src/lexicons/english-words.ts):
 * it must answer exactly as a Set of the file's words would.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hasExactly, isEnglishWord } from '../src/lexicons/english-words.js';
import { dataPath } from '../src/lexicons/package-root.js';

const lines = gunzipSync(readFileSync(dataPath('wordlists', 'english.txt.gz'))).toString('utf8').split('\n');
const words = lines.filter((l) => l !== '' && !l.startsWith('#'));
const set = new Set(words);

describe('spelling word list lookup', () => {
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
    const lower = (p: string): boolean => set.has(p) || set.has(p.toLowerCase()) || set.has(p.charAt(0).toUpperCase() + p.slice(1).toLowerCase());
    expect(probes.filter((p) => isEnglishWord(p) !== lower(p))).toEqual([]);
  });
});
