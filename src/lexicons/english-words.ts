/**
 * The English spelling word list (data/wordlists/english.txt.gz: every form of the Hunspell en-US
 * and en-GB dictionaries, expanded at build time by scripts/build-wordlist.ts). Loaded lazily, the
 * first time a rule asks, and kept for the process; `wordListLoadMs()` tells what the load cost.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataPath } from './package-root.js';

let words: Set<string> | undefined;
let loadMs = 0;

function wordSet(): Set<string> {
  if (words) return words;
  const t = performance.now();
  const text = gunzipSync(readFileSync(dataPath('wordlists', 'english.txt.gz'))).toString('utf8');
  const lines = text.split('\n');
  words = new Set(lines.filter((l) => l !== '' && !l.startsWith('#')));
  loadMs = performance.now() - t;
  return words;
}

/** Milliseconds the word list took to load (0 before it is first used). */
export function wordListLoadMs(): number {
  return loadMs;
}

/** The versions of the dictionaries the list was built from (its header line). */
export function wordListSource(): string {
  const text = gunzipSync(readFileSync(dataPath('wordlists', 'english.txt.gz'))).toString('utf8');
  return text.slice(2, text.indexOf('\n'));
}

/**
 * True when the dictionary has the word as written, or in lower case (a sentence-initial or
 * headline capital), or with only its first letter capitalised ("NASA" → no, but "JAKARTA" →
 * "Jakarta").
 */
export function isEnglishWord(word: string): boolean {
  const set = wordSet();
  if (set.has(word)) return true;
  const lower = word.toLowerCase();
  if (set.has(lower)) return true;
  const cap = lower.charAt(0).toUpperCase() + lower.slice(1);
  return set.has(cap);
}

/** True when the word is in the list exactly as given, case included. */
export function hasExactly(word: string): boolean {
  return wordSet().has(word);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit (deletion, transposition, substitution, insertion) from `w`. */
function edits1(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b) out.push(a + b.slice(1));
    if (b.length > 1) out.push(a + b[1] + b[0] + b.slice(2));
    for (const c of ALPHABET) {
      if (b) out.push(a + c + b.slice(1));
      out.push(a + c + b);
    }
  }
  return out;
}

/**
 * Dictionary words one edit (deletion, transposition, substitution, insertion) from a misspelling,
 * in alphabetical order, so the output is deterministic. Real typos are nearly always one edit
 * away, and enumerating two edits costs a hundred times more. Lower-case input gets lower-case
 * words only; a capitalised input gets the capitalised form.
 */
export function spellingSuggestions(word: string, max = 3): string[] {
  const set = wordSet();
  const lower = word.toLowerCase();
  const capital = word !== lower;
  const found = [...new Set(edits1(lower).filter((c) => set.has(c)))].sort();
  return found.slice(0, max).map((s) => (capital ? s.charAt(0).toUpperCase() + s.slice(1) : s));
}
