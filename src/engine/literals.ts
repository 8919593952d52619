/**
 * A cheap prefilter for regular expressions: the literal text a pattern cannot match without.
 *
 * Trying a few dozen lexicon patterns over every paragraph is a large part of a rule's cost, yet on
 * a given article nearly all of them cannot match: "in the framework of" cannot match a text that
 * lacks "framework". `requiredLiterals()` reads a pattern's source and returns what any matched text
 * must contain (per top-level alternative: one or two clauses that all hold, each a list of strings
 * one of which occurs); `LiteralFilter` then finds, in one pass over a document, which
 * patterns can match it at all, and a rule runs only those. The prefilter only ever skips work whose
 * result would have been empty, so it never changes a finding.
 *
 * The analysis is deliberately conservative: only ASCII characters outside any quantifier, class,
 * lookaround or optional group count as literal; a group that must match contributes the union of
 * its alternatives' literals; anything it does not understand ends the current literal run; and a
 * pattern with an alternative that has no literal of at least MIN_LITERAL letters or digits gets no
 * prefilter (undefined: always run it).
 *
 * Case-insensitive patterns are tested against `foldCase(text)`: lower case, plus the long s (ſ),
 * the one character that a case-insensitive Unicode regex matches to an ASCII letter (s) and that
 * toLowerCase() does not turn into it (the Kelvin sign lower-cases to k). Verified over every code
 * point against both /x/i and /x/iu for every ASCII letter.
 */

/** Literals with fewer letters and digits (" of ", "the") occur in nearly every text and filter nothing. */
const MIN_LITERAL = 3;

/** Lower-cased text for testing case-insensitive literals (see above). */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017F') ? lower.replace(/\u017F/g, 's') : lower;
}

/**
 * foldCase() of the last text filtered: the analysis's notice patterns and each pattern family
 * filter the same document one after another, and lower-casing it is a copy of the whole text.
 * (The last text and its copy stay referenced until the next text is filtered.)
 */
let lastText: string | undefined;
let lastFolded = '';

function foldedText(text: string): string {
  if (text !== lastText) {
    lastFolded = foldCase(text);
    lastText = text;
  }
  return lastFolded;
}

/** Index just past the `)` closing the group opened at `open`, skipping classes and escapes. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const e = classEnd(src, i);
      if (e < 0) return -1;
      i = e - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Index just past the `]` closing the class opened at `open`. */
function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === ']') return i + 1;
  }
  return -1;
}

/** A quantifier at `i`: its length and whether it allows zero repetitions; undefined if none. */
function quantifierAt(src: string, i: number): { length: number; optional: boolean } | undefined {
  const c = src[i];
  let length = 0;
  let optional = false;
  if (c === '?' || c === '*' || c === '+') {
    length = 1;
    optional = c !== '+';
  } else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i, i + 24));
    if (!m) return undefined;
    length = m[0].length;
    optional = Number(m[1]) === 0;
  } else return undefined;
  // A lazy quantifier's `?`.
  if (src[i + length] === '?') length++;
  return { length, optional };
}

/** Top-level alternatives of a pattern (or of a group's body). */
function alternatives(src: string): string[] | undefined {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const e = classEnd(src, i);
      if (e < 0) return undefined;
      i = e - 1;
    } else if (c === '(') {
      const e = groupEnd(src, i);
      if (e < 0) return undefined;
      i = e - 1;
    } else if (c === '|') {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** Any one of these strings must occur. */
type Clause = string[];

/** Removes alternatives that contain a shorter one (the shorter one occurs whenever they do). */
function simplify(clause: Clause): Clause {
  const sorted = [...new Set(clause)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const out: string[] = [];
  for (const s of sorted) if (!out.some((t) => s.includes(t))) out.push(s);
  return out;
}

/** How selective a clause is: the fewest letters and digits in any of its strings (" of " is weak). */
function strength(clause: Clause): number {
  let min = Infinity;
  for (const s of clause) {
    let n = 0;
    for (let i = 0; i < s.length; i++) if (/[A-Za-z0-9]/.test(s[i]!)) n++;
    min = Math.min(min, n);
  }
  return min;
}

/** Clauses (all required) that one branch (a sequence without top-level `|`) cannot match without. */
function branchClauses(src: string, ignoreCase: boolean): Clause[] | undefined {
  const clauses: Clause[] = [];
  let run = '';
  const endRun = (): void => {
    if (strength([run]) >= MIN_LITERAL) clauses.push([ignoreCase ? run.toLowerCase() : run]);
    run = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      // Escaped punctuation is itself; an escaped letter or digit is a class, an assertion or a backreference.
      if (/^[!-/:-@[-`{-~]$/.test(e)) {
        const q = quantifierAt(src, i + 2);
        if (q) {
          endRun();
          i += 2 + q.length;
        } else {
          run += e;
          i += 2;
        }
        continue;
      }
      endRun();
      // Skip the escape with its argument: \p{…}, \u{…}, \uXXXX, \xXX, \cX, \k<name>, \12.
      let j = i + 2;
      if ((e === 'p' || e === 'P' || e === 'u') && src[j] === '{') j = src.indexOf('}', j) + 1 || src.length;
      else if (e === 'k' && src[j] === '<') j = src.indexOf('>', j) + 1 || src.length;
      else if (/^\d$/.test(e)) while (j < src.length && /^\d$/.test(src[j]!)) j++;
      else if (e === 'u') j += 4;
      else if (e === 'x') j += 2;
      else if (e === 'c') j += 1;
      const q = quantifierAt(src, j);
      i = j + (q ? q.length : 0);
      continue;
    }
    if (c === '[') {
      endRun();
      const e = classEnd(src, i);
      if (e < 0) return undefined;
      const q = quantifierAt(src, e);
      i = e + (q ? q.length : 0);
      continue;
    }
    if (c === '(') {
      endRun();
      const e = groupEnd(src, i);
      if (e < 0) return undefined;
      const q = quantifierAt(src, e);
      const lookaround = src.startsWith('(?=', i) || src.startsWith('(?!', i) || src.startsWith('(?<=', i) || src.startsWith('(?<!', i);
      if (!lookaround && !(q && q.optional)) {
        // A group that must match: one of its alternatives' clauses must occur.
        const body = src.slice(i, e - 1).replace(/^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/, '');
        const inner = clauseOf(body, ignoreCase);
        if (inner) clauses.push(inner);
      }
      i = e + (q ? q.length : 0);
      continue;
    }
    if (c === '.' || c === '^' || c === '$' || c === '|' || c === ')' || c === ']' || c === '{' || c === '}' || c === '*' || c === '+' || c === '?' || c.charCodeAt(0) > 0x7e || c.charCodeAt(0) < 0x20) {
      endRun();
      i++;
      continue;
    }
    const q = quantifierAt(src, i + 1);
    if (q) {
      // The character is repeated (or optional): it ends the run, and joins it only if required.
      if (!q.optional) run += c;
      endRun();
      i += 1 + q.length;
      continue;
    }
    run += c;
    i++;
  }
  endRun();
  // The strongest clause, plus the next strongest if it is selective too: a clause of short words
  // ("the", "his", "with") holds in nearly every text and would only make the scan stop at each.
  const ranked = clauses.map(simplify).sort((a, b) => strength(b) - strength(a) || a.length - b.length);
  if (ranked.length === 0) return undefined;
  const second = ranked[1];
  return second && strength(second) >= 5 && !second.some((k) => COMMON.has(k.trim())) ? ranked.slice(0, 2) : ranked.slice(0, 1);
}

/** The alternatives of a pattern or group body, each with its required clauses (undefined: no filter). */
function requirementOf(src: string, ignoreCase: boolean): Requirement | undefined {
  const alts = alternatives(src);
  if (!alts) return undefined;
  const out: Requirement = [];
  for (const a of alts) {
    const cls = branchClauses(a, ignoreCase);
    if (!cls) return undefined;
    out.push(cls);
  }
  return out;
}

/** A single clause for a group: the union of its alternatives' strongest clauses. */
function clauseOf(src: string, ignoreCase: boolean): Clause | undefined {
  const req = requirementOf(src, ignoreCase);
  if (!req) return undefined;
  const s = simplify(req.map((cls) => cls[0]!).flat());
  return strength(s) >= MIN_LITERAL ? s : undefined;
}

/** Words too frequent to be worth a second clause (each occurrence would stop the scan). */
const COMMON = new Set(
  'there their which would could should about after where while other these those first being years'.split(' '),
);

/**
 * What any match needs, as alternatives (the pattern's top-level `|` branches) of clauses that all
 * hold, each clause a list of strings one of which occurs: [[["until", "till"], ["still"]]] reads
 * "(until or till) and still".
 */
export type Requirement = string[][][];

/**
 * What every text `new RegExp(pattern, flags)` matches must contain, or undefined when the pattern
 * offers no useful literal. With `i` in `flags` the strings are lower case, to be looked for in
 * `foldCase(text)`.
 */
export function requiredLiterals(pattern: string, flags: string): Requirement | undefined {
  // Unknown flags (or ones that change what a literal means) get no prefilter.
  if (!/^[giuyds]*$/.test(flags) || flags.includes('v')) return undefined;
  return requirementOf(pattern, flags.includes('i'));
}

/** Whether `haystack` meets the requirement (undefined: no prefilter, always true). */
export function mayMatch(req: Requirement | undefined, haystack: string): boolean {
  if (req === undefined) return true;
  return req.some((clauses) => clauses.every((clause) => clause.some((s) => haystack.includes(s))));
}

/** Whether the keys found meet a requirement (undefined: no prefilter, always). */
function met(req: number[][][] | undefined, found: Uint8Array): boolean {
  if (req === undefined) return true;
  for (const clauses of req) {
    let all = true;
    for (const clause of clauses) {
      let one = false;
      for (const k of clause) {
        if (found[k] === 1) {
          one = true;
          break;
        }
      }
      if (!one) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/**
 * The keys of one case mode as an Aho-Corasick automaton over ASCII: one table step per character
 * of the text finds every occurrence of every key, where one regex alternation of hundreds of
 * literals cost several times more. The keys are ASCII (requiredLiterals() takes no other
 * character), so any other character sends the scan back to the root. The table's columns are
 * the characters the keys use (some 30 to 50), not all of ASCII: a smaller table stays in the cache.
 */
interface KeyPass {
  /** Per ASCII code, its column in `delta`; 0 for a character no key holds. */
  column: Uint8Array;
  width: number;
  /** Next state from state s on column c at s * width + c (state 0 is the root). */
  delta: Uint16Array | Uint32Array;
  /** Per state, the index (among all keys of the filter) of the key ending there, + 1; 0 when none. */
  ends: Uint32Array;
  /** Per state, itself when a key ends there, else the nearest shorter suffix state where one does (0: none). */
  first: Uint32Array;
  /** Per state, the nearest shorter suffix state where a key ends (0 when none). */
  more: Uint32Array;
  /** Per state, its depth: the length of the key ending there. */
  depth: Uint32Array;
}

function keyPass(keys: readonly string[], ids: ReadonlyMap<string, number>): KeyPass {
  const column = new Uint8Array(128);
  let width = 1;
  for (const k of keys) {
    // The ASCII test by character code in the loop that reads them anyway: a regex test per key was
    // about 1 % of a cold start (some 4,000 keys).
    if (k.length === 0) throw new Error('LiteralFilter: a literal is empty');
    for (let j = 0; j < k.length; j++) {
      const c = k.charCodeAt(j);
      if (c > 0x7f) throw new Error(`LiteralFilter: literal ${JSON.stringify(k)} is not ASCII`);
      if (column[c] === 0) column[c] = width++;
    }
  }
  const states = 1 + keys.reduce((n, k) => n + k.length, 0);
  const trie = new Uint32Array(states * width);
  const ends = new Uint32Array(states);
  const depth = new Uint32Array(states);
  let used = 1;
  for (const k of keys) {
    let s = 0;
    for (let j = 0; j < k.length; j++) {
      const slot = s * width + column[k.charCodeAt(j)]!;
      if (trie[slot] === 0) {
        depth[used] = j + 1;
        trie[slot] = used++;
      }
      s = trie[slot]!;
    }
    ends[s] = ids.get(k)! + 1;
  }
  // Two bytes a cell when the states fit (calque-phrase's case-folded keys make 3,822).
  // (The typed-array constructor copies natively; Uint16Array.from() iterated cell by cell, 1 % of a cold start.)
  const delta = used <= 0xffff ? new Uint16Array(trie.subarray(0, used * width)) : trie.slice(0, used * width);
  // Breadth first: a state's failure state is shallower, so its row is complete when it is read.
  const fail = new Uint32Array(used);
  const more = new Uint32Array(used);
  const first = new Uint32Array(used);
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const u = queue[q]!;
    // Column 0 (a character in no key) stays 0: back to the root.
    for (let c = 1; c < width; c++) {
      const v = delta[u * width + c]!;
      // A child of u is deeper than u; anything else in the row is a filled-in transition.
      if (v !== 0 && depth[v] === depth[u]! + 1) {
        const f = u === 0 ? 0 : delta[fail[u]! * width + c]!;
        fail[v] = f;
        more[v] = ends[f] !== 0 ? f : more[f]!;
        first[v] = ends[v] !== 0 ? v : more[v]!;
        queue.push(v);
      } else {
        delta[u * width + c] = u === 0 ? 0 : delta[fail[u]! * width + c]!;
      }
    }
  }
  return { column, width, delta, ends, first, more, depth };
}

/**
 * Calls `hit(position, key)` for every occurrence of every key in `haystack`, in order of where
 * they end (so one key's occurrences come by ascending position).
 */
function scanKeys(pass: KeyPass, haystack: string, hit: (at: number, key: number) => void): void {
  const { column, width, delta, ends, first, more, depth } = pass;
  if (width === 1) return;
  let s = 0;
  for (let j = 0; j < haystack.length; j++) {
    const c = haystack.charCodeAt(j);
    s = c < 128 ? delta[s * width + column[c]!]! : 0;
    for (let o = first[s]!; o !== 0; o = more[o]!) hit(j + 1 - depth[o]!, ends[o]! - 1);
  }
}

/** A KeyPass as JSON: its typed arrays as base64 of their little-endian bytes (see LiteralFilter.toStored). */
export interface StoredKeyPass {
  width: number;
  /** Bytes per cell of `delta`: 2 (Uint16Array) or 4 (Uint32Array). */
  deltaBytes: number;
  column: string;
  delta: string;
  ends: string;
  first: string;
  more: string;
  depth: string;
}

/** A whole LiteralFilter as JSON (undefined requirements as null), written by the build. */
export interface StoredLiteralFilter {
  requirements: (number[][][] | null)[];
  keyCount: number;
  folded: StoredKeyPass;
  raw: StoredKeyPass;
}

function base64Of(a: Uint8Array | Uint16Array | Uint32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/** A typed array from base64 bytes, copied into a buffer of its own (so aligned whatever the decoder's pooling). */
function fromBase64<T extends Uint8Array | Uint16Array | Uint32Array>(b64: string, make: (n: number) => T): T {
  const bytes = Buffer.from(b64, 'base64');
  const out = make(bytes.length / make(0).BYTES_PER_ELEMENT);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

function storeKeyPass(p: KeyPass): StoredKeyPass {
  return {
    width: p.width,
    deltaBytes: p.delta.BYTES_PER_ELEMENT,
    column: base64Of(p.column),
    delta: base64Of(p.delta),
    ends: base64Of(p.ends),
    first: base64Of(p.first),
    more: base64Of(p.more),
    depth: base64Of(p.depth),
  };
}

function readKeyPass(s: StoredKeyPass): KeyPass {
  const u32 = (n: number): Uint32Array => new Uint32Array(n);
  return {
    column: fromBase64(s.column, (n) => new Uint8Array(n)),
    width: s.width,
    delta: s.deltaBytes === 2 ? fromBase64(s.delta, (n) => new Uint16Array(n)) : fromBase64(s.delta, u32),
    ends: fromBase64(s.ends, u32),
    first: fromBase64(s.first, u32),
    more: fromBase64(s.more, u32),
    depth: fromBase64(s.depth, u32),
  };
}

/**
 * Prefilters a fixed list of patterns over one text in a single pass per case mode (scanKeys),
 * instead of one `includes()` per literal (on a two-byte string each of those is a full scan): the
 * pass finds every occurrence of every key, so the answer is exactly `mayMatch` per entry.
 */
export class LiteralFilter {
  /** Per entry, its requirement as key indexes (undefined: always run). */
  private readonly requirements: (number[][][] | undefined)[];
  private readonly keyCount: number;
  private readonly folded: KeyPass;
  private readonly raw: KeyPass;

  /** `literals` as returned by requiredLiterals() with the entry's flags; `caseSensitive`: no `i` flag. */
  constructor(entries: readonly { literals: Requirement | undefined; caseSensitive: boolean }[]) {
    const ids = new Map<string, number>();
    const folded = new Set<string>();
    const raw = new Set<string>();
    // The same string is a different key in the two modes: prefix raw keys to keep them apart.
    const id = (s: string, caseSensitive: boolean): number => {
      const k = (caseSensitive ? 'R' : 'F') + s;
      let n = ids.get(k);
      if (n === undefined) ids.set(k, (n = ids.size));
      (caseSensitive ? raw : folded).add(s);
      return n;
    };
    this.requirements = entries.map((e) => e.literals?.map((cls) => cls.map((cl) => cl.map((s) => id(s, e.caseSensitive)))));
    this.keyCount = ids.size;
    const idsIn = (prefix: string): Map<string, number> => {
      const m = new Map<string, number>();
      for (const [k, n] of ids) if (k[0] === prefix) m.set(k.slice(1), n);
      return m;
    };
    this.folded = keyPass([...folded], idsIn('F'));
    this.raw = keyPass([...raw], idsIn('R'));
  }

  /** The filter as JSON, for the build to store (src/engine/literal-table.ts reads it back with fromStored()). */
  toStored(): StoredLiteralFilter {
    return { requirements: this.requirements.map((r) => r ?? null), keyCount: this.keyCount, folded: storeKeyPass(this.folded), raw: storeKeyPass(this.raw) };
  }

  /**
   * The filter toStored() wrote: the same answers as the filter it was taken from, without building
   * the two automata (about 2 % of a cold start for the bundled pattern families).
   */
  static fromStored(s: StoredLiteralFilter): LiteralFilter {
    const f = Object.create(LiteralFilter.prototype) as LiteralFilter;
    // The fields in the constructor's order (one object shape for every filter).
    Object.assign(f, { requirements: s.requirements.map((r) => r ?? undefined), keyCount: s.keyCount, folded: readKeyPass(s.folded), raw: readKeyPass(s.raw) });
    return f;
  }

  /** For each entry, whether its pattern may match somewhere in `text` (false: it certainly does not). */
  test(text: string): boolean[] {
    const found = new Uint8Array(this.keyCount);
    const scan = (pass: KeyPass, haystack: string): void => {
      scanKeys(pass, haystack, (_at, key) => {
        found[key] = 1;
      });
    };
    scan(this.folded, foldedText(text));
    scan(this.raw, text);
    return this.requirements.map((req) => met(req, found));
  }

  /**
   * test() per range of the text: the ranges start at `starts` (ascending; range r runs from
   * starts[r] to starts[r + 1], the last to the end of the text). For each entry, undefined when its
   * pattern cannot match anywhere in `text`, otherwise a mask of the ranges (1: may hold a match) in
   * which a match that lies wholly inside one range is possible. Such a match contains every literal
   * it requires, so a range where one of its required clauses has no key starting is skipped. (A
   * literal is never part of a lookaround, so it lies inside the matched text.) Text before
   * starts[0] belongs to no range.
   */
  testRanges(text: string, starts: readonly number[]): (Uint8Array | undefined)[] {
    const n = starts.length;
    const found = new Uint8Array(this.keyCount);
    // Per key, the ranges in which it starts, ascending and without repeats.
    const hits: (number[] | undefined)[] = new Array(this.keyCount);
    const folded = foldedText(text);
    // toLowerCase() changes one character's length (U+0130 becomes two code units); then offsets
    // in the folded text are not offsets in the text, and only the answer per text is used below.
    const exact = folded.length === text.length;
    const scan = (pass: KeyPass, haystack: string): void => {
      let r = -1;
      scanKeys(pass, haystack, (at, key) => {
        // Hits come by where they end: advance to the range holding the furthest start seen, then
        // step back to the one holding this start (a key is short: rarely more than one step).
        while (r + 1 < n && starts[r + 1]! <= at) r++;
        let q = r;
        while (q >= 0 && starts[q]! > at) q--;
        found[key] = 1;
        if (q < 0 || !exact) return;
        const list = (hits[key] ??= []);
        if (list[list.length - 1] !== q) list.push(q);
      });
    };
    scan(this.folded, folded);
    scan(this.raw, text);
    // One all-ones mask serves every entry that may match anywhere (callers only read masks).
    let everywhere: Uint8Array | undefined;
    const all = (): Uint8Array => (everywhere ??= new Uint8Array(n).fill(1));
    return this.requirements.map((req) => {
      if (!met(req, found)) return undefined;
      if (req === undefined || !exact) return all();
      let mask: Uint8Array | undefined;
      for (const clauses of req) {
        // Ranges where every clause of this alternative has a key.
        let alt: Uint8Array | undefined = clauses.length === 0 ? new Uint8Array(n).fill(1) : undefined;
        for (const clause of clauses) {
          const here = new Uint8Array(n);
          for (const k of clause) for (const r of hits[k] ?? []) here[r] = 1;
          if (alt) for (let r = 0; r < n; r++) alt[r] = alt[r]! & here[r]!;
          else alt = here;
        }
        if (!alt || !alt.includes(1)) continue;
        if (mask) for (let r = 0; r < n; r++) mask[r] = mask[r]! | alt[r]!;
        else mask = alt;
      }
      return mask;
    });
  }
}
