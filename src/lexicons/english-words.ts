/**
 * The one English word list of every rule (spelling, spacing, punctuation, the untranslated
 * rules), in two files built by scripts/build-wordlist.ts:
 * - data/wordlists/english.txt.gz: every form of the Hunspell en-US and en-GB dictionaries, case
 *   kept ("Jakarta", "colour"); the source of spelling suggestions and of `hasExactly`;
 * - data/wordlists/english-extra.txt.gz: the lower-case words of the `word-list` package that the
 *   Hunspell forms lack (older and rarer words and variants: "glamor", "employe", "forbad"), read
 *   only when a word is not in the first list.
 * Each is loaded lazily, the first time a rule asks, and kept for the process; `wordListLoadMs()`
 * tells what the loads cost.
 */
import { isAscii } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataPath } from './package-root.js';
import { unpackedCopyPath } from './unpacked-copy.js';

/**
 * The list as one string with the start of every word: the file is sorted (in UTF-16 code-unit
 * order, as scripts/build-wordlist.ts writes it) and has no duplicates, so a binary search answers
 * membership. Building a Set of its 127,000 words instead cost every cold start about 40 ms.
 */
interface SortedWords {
  text: string;
  /** Offset of each word in `text`; each ends at the next's offset minus its line feed. */
  starts: Uint32Array;
  count: number;
}

let words: SortedWords | undefined;
let extraWords: SortedWords | undefined;
let loadMs = 0;

function readSorted(file: string): SortedWords {
  const t = performance.now();
  const gz = dataPath('wordlists', file);
  const copy = unpackedCopyPath(gz, 'words', '.txt');
  const fromCopy = copy !== undefined && existsSync(copy);
  const text = readText(fromCopy ? readFileSync(copy) : gunzipSync(readFileSync(gz)));
  const stored = fromCopy ? readStarts(copy, text.length) : undefined;
  const sorted = stored ? { text, starts: stored, count: stored.length } : findStarts(text);
  loadMs += performance.now() - t;
  return sorted;
}

/** The start of every word of the list's text (what the build stores beside its copy: wordStarts()). */
function findStarts(text: string): SortedWords {
  const starts = new Uint32Array((text.length >> 1) + 1);
  let count = 0;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    // Skip the header (`# versions`) and empty lines, as the Set did.
    if (end > at && text.charCodeAt(at) !== 35) starts[count++] = at;
    at = end + 1;
  }
  return { text, starts, count };
}

/** The word starts of a list's text (the bytes of an unpacked copy), as the build stores them (scripts/unpack-model.ts). */
export function wordStarts(bytes: Buffer): Uint32Array {
  const { starts, count } = findStarts(readText(bytes));
  return starts.slice(0, count);
}

/** Where the build stores the word starts of an unpacked list: beside it, `.starts` for `.txt`. */
export function startsPathOf(copy: string): string {
  return copy.replace(/\.txt$/, '.starts');
}

/**
 * The word starts the build stored beside the unpacked copy (little-endian uint32s), or undefined
 * when absent or not fitting a text of this length: finding them cost a cold start about 10 ms.
 * The copy is named after the gzip's trailer and the starts file after the copy, so they go together.
 */
function readStarts(copy: string, textLength: number): Uint32Array | undefined {
  const path = startsPathOf(copy);
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  if (bytes.length % 4 !== 0) return undefined;
  const starts = new Uint32Array(bytes.length / 4);
  new Uint8Array(starts.buffer).set(bytes);
  if (starts.length > 0 && starts[starts.length - 1]! >= textLength) return undefined;
  return starts;
}

/**
 * The list's text, from the build's unpacked copy when there is one (scripts/unpack-model.ts; named
 * after the gzip's CRC-32 and length, so never stale), else from the gzip (about 10 ms more). The
 * lists are ASCII, and ASCII read as Latin-1 is the same text at half the cost of decoding UTF-8.
 */
function readText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

function wordSet(): SortedWords {
  words ??= readSorted('english.txt.gz');
  return words;
}

function extraSet(): SortedWords {
  extraWords ??= readSorted('english-extra.txt.gz');
  return extraWords;
}

/** Compares `word` with the list's word at `start` in code-unit order, like Array.prototype.sort. */
function compareAt(text: string, start: number, word: string): number {
  for (let i = 0; ; i++) {
    const a = start + i < text.length ? text.charCodeAt(start + i) : 10;
    const atEnd = a === 10;
    if (i === word.length) return atEnd ? 0 : 1;
    if (atEnd) return -1;
    const d = a - word.charCodeAt(i);
    if (d !== 0) return d;
  }
}

function has(list: SortedWords, word: string): boolean {
  if (word === '' || word.includes('\n')) return false;
  let lo = 0;
  let hi = list.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareAt(list.text, list.starts[mid]!, word);
    if (c === 0) return true;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Milliseconds the word list took to load (0 before it is first used). */
export function wordListLoadMs(): number {
  return loadMs;
}

/** The versions of the dictionaries the list was built from (its header line). */
export function wordListSource(): string {
  return header('english.txt.gz');
}

/** The version of the package the extra list was built from (its header line). */
export function extraWordListSource(): string {
  return header('english-extra.txt.gz');
}

function header(file: string): string {
  const text = gunzipSync(readFileSync(dataPath('wordlists', file))).toString('utf8');
  return text.slice(2, text.indexOf('\n'));
}

/**
 * True when the Hunspell forms alone have the word as written, in lower case or capitalised: a word
 * of the everyday dictionary, which a derivation may be built on ("winless" from "win"), unlike the
 * extra list's rare words ("lauch").
 */
export function isDictionaryWord(word: string): boolean {
  const list = wordSet();
  if (has(list, word)) return true;
  const lower = word.toLowerCase();
  if (has(list, lower)) return true;
  return has(list, lower.charAt(0).toUpperCase() + lower.slice(1));
}

function inLists(word: string): boolean {
  return isDictionaryWord(word) || has(extraSet(), word.toLowerCase());
}

/**
 * True when either list has the word as written, or in lower case (a sentence-initial or headline
 * capital), or with only its first letter capitalised ("NASA" → no, but "JAKARTA" → "Jakarta").
 * A possessive the lists omit ("minister's") is read without its "'s"; a hyphenated compound is
 * English when every part is ("well-known", "re-elect").
 */
export function isEnglishWord(word: string): boolean {
  let known = englishMemo.get(word);
  if (known === undefined) {
    if (englishMemo.size >= MEMO_LIMIT) englishMemo.clear();
    englishMemo.set(word, (known = lookUpEnglishWord(word)));
  }
  return known;
}

/**
 * isEnglishWord()'s answers: the lists never change once loaded, and the rules ask about the same
 * words again and again (spelling, spacing, punctuation, the verb forms' regular participles), each
 * question up to six binary searches of 17 probes into a 1 MB string. Bounded, like the other memos
 * of a long-running process (the server), by starting over.
 */
const englishMemo = new Map<string, boolean>();
const MEMO_LIMIT = 50_000;

function lookUpEnglishWord(word: string): boolean {
  if (word === '') return false;
  if (inLists(word)) return true;
  const bare = word.replace(/['\u2019]s$/, '');
  if (bare !== word && bare !== '' && inLists(bare)) return true;
  if (bare.includes('-')) return bare.split('-').every((p) => p.length === 0 || inLists(p));
  return false;
}

/** True when the word is in the list exactly as given, case included. */
export function hasExactly(word: string): boolean {
  return has(wordSet(), word);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every string one edit (deletion, transposition, substitution, insertion) from `w`, edits at
 * position `from` onwards (1 keeps the first letter), in a fixed order. A generator, so that a caller
 * looking for a single answer (spelling's capitalised-word check) can stop at the second.
 */
export function* oneEdits(w: string, from = 0): Generator<string> {
  for (let i = from; i <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b) yield a + b.slice(1);
    if (b.length > 1) yield a + b[1] + b[0] + b.slice(2);
    for (const c of ALPHABET) {
      if (b) yield a + c + b.slice(1);
      yield a + c + b;
    }
  }
}

function edits1(w: string): string[] {
  return [...oneEdits(w)];
}

/**
 * Dictionary words one edit (deletion, transposition, substitution, insertion) from a misspelling,
 * in alphabetical order, so the output is deterministic. Real typos are nearly always one edit
 * away, and enumerating two edits costs a hundred times more. Lower-case input gets lower-case
 * words only; a capitalised input gets the capitalised form.
 */
export function spellingSuggestions(word: string, max = 3): string[] {
  const list = wordSet();
  const lower = word.toLowerCase();
  const capital = word !== lower;
  const found = [...new Set(edits1(lower).filter((c) => has(list, c)))].sort();
  return found.slice(0, max).map((s) => (capital ? s.charAt(0).toUpperCase() + s.slice(1) : s));
}
