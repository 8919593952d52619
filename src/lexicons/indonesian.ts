/**
 * Shared Indonesian lookups for the untranslated-* and epithet-calque rules: a phrase matcher that
 * finds lexicon terms on the analysed tokens (without re-tokenising), the Indonesian-word hits of a
 * document, and the clauses of a document that are left in Indonesian altogether.
 *
 * Lookup tables are built once, lazily, from `loadLexicon()` (so extra entries registered before
 * the first check are included); per-document results are cached in WeakMaps so that several rules
 * can share them within one `check()`.
 */
import { createRequire } from 'node:module';
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { TextIdTable } from '../analysis/text-ids.js';
import { loadLexicon } from './load.js';

// ------------------------------------------------------------------------------ phrase matching

/** A phrase of one or more words, matched on the original text from a token's start. */
interface Phrase<T> {
  /** The phrase as written, apostrophes normalised. */
  text: string;
  caseSensitive: boolean;
  value: T;
  /**
   * `text[k].toLowerCase()` for each UTF-16 unit k, worked out when the phrase is added: matching
   * runs at every word token of every document and compared the lower-cased characters one by one.
   */
  lowered: string[];
}

export interface PhraseMatch<T> {
  value: T;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

const LEADING_RUN = /^[\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /[ \t\u00a0]/;

function keyOf(s: string): string {
  return keyOfLower(s.toLowerCase());
}

/** keyOf() of a string already in lower case (a token's `lower`: lower-casing again changes nothing). */
function keyOfLower(lower: string): string {
  // Fast path, same result as the regex below: a leading run of ASCII letters and digits ends at
  // the end of the string or at an ASCII character outside it; only non-ASCII needs the regex.
  let i = 0;
  for (; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
  }
  if (i === lower.length || (lower.charCodeAt(i) < 128 && !(lower.charCodeAt(i) >= 65 && lower.charCodeAt(i) <= 90))) {
    return i > 0 ? lower.slice(0, i) : lower;
  }
  const m = LEADING_RUN.exec(lower);
  return m ? m[0] : lower;
}

/** The curly apostrophes a phrase is written with, read as "'" (as the input's are when matched). */
const CURLY_APOSTROPHES = /[\u2018\u2019]/g;

function normChar(c: string): string {
  return c === '\u2019' || c === '\u2018' ? "'" : c;
}

/**
 * Finds the longest phrase starting at a token. Phrases are indexed by their first run of letters
 * and digits, and compared character by character against the input (a space in a phrase matches
 * one or more spaces), so the match never depends on how wink-nlp split hyphens or apostrophes. A
 * match must end where a token ends, inside the sentence it started in.
 */
/** The answer of allAt() where no phrase starts (frozen: shared by every call). */
const NO_MATCHES: readonly never[] = Object.freeze([]);

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  /**
   * 1 at the text id of a token whose key starts no phrase (most words), so that the lookup at every
   * token reads an array instead of hashing the key into `byFirst`; cleared when a phrase is added.
   */
  private readonly noPhrase = new TextIdTable();

  /** The phrases whose first run is the token's, longest first (undefined: none). */
  private listAt(tok: Token): Phrase<T>[] | undefined {
    const id = tok.textId;
    if (id === undefined || id < 0) return this.byFirst.get(keyOfLower(tok.lower));
    if (this.noPhrase.get(id) === 1) return undefined;
    // The key is a function of the lower-cased text, so of the text the id names.
    const list = this.byFirst.get(keyOfLower(tok.lower));
    if (!list) this.noPhrase.set(id, 1);
    return list;
  }

  add(text: string, value: T, caseSensitive = false): void {
    this.noPhrase.clear();
    // normChar() on each character, without a string per character (thousands of phrases are added
    // on a cold start).
    const written = text.trim().replace(CURLY_APOSTROPHES, "'").replace(/\s+/g, ' ');
    const lowered: string[] = [];
    for (let k = 0; k < written.length; k++) lowered.push(written[k]!.toLowerCase());
    const phrase: Phrase<T> = { text: written, caseSensitive, value, lowered };
    const key = keyOf(phrase.text);
    const list = this.byFirst.get(key);
    if (!list) {
      this.byFirst.set(key, [phrase]);
      return;
    }
    // Longest first, and among equally long ones in the order added: where a stable sort of the
    // list after each push put it, found without sorting.
    let at = list.length;
    while (at > 0 && list[at - 1]!.text.length < written.length) at--;
    list.splice(at, 0, phrase);
  }

  /** All phrases starting at token i, longest first. */
  allAt(doc: AnalysedDocument, i: number): readonly PhraseMatch<T>[] {
    const tok = doc.tokens[i];
    if (!tok) return NO_MATCHES;
    const list = this.listAt(tok);
    // Most tokens start no phrase: one shared empty answer instead of a new array per token.
    if (!list) return NO_MATCHES;
    const out: PhraseMatch<T>[] = [];
    for (const p of list) {
      const m = this.matchPhrase(doc, i, p);
      if (m) out.push(m);
    }
    return out;
  }

  /** The longest phrase starting at token i. */
  longestAt(doc: AnalysedDocument, i: number): PhraseMatch<T> | undefined {
    const tok = doc.tokens[i];
    if (!tok) return undefined;
    const list = this.listAt(tok);
    if (!list) return undefined;
    for (const p of list) {
      const m = this.matchPhrase(doc, i, p);
      if (m) return m;
    }
    return undefined;
  }

  private matchPhrase(doc: AnalysedDocument, i: number, p: Phrase<T>): PhraseMatch<T> | undefined {
    const text = doc.text;
    const tok = doc.tokens[i]!;
    let pos = tok.start;
    for (let k = 0; k < p.text.length; k++) {
      const want = p.text[k]!;
      if (want === ' ') {
        if (pos >= text.length || !SPACE.test(text[pos]!)) return undefined;
        while (pos < text.length && SPACE.test(text[pos]!)) pos++;
        continue;
      }
      if (pos >= text.length) return undefined;
      const got = normChar(text[pos]!);
      if (p.caseSensitive ? got !== want : got.toLowerCase() !== p.lowered[k]) return undefined;
      pos++;
    }
    if (pos < text.length && WORD_CHAR.test(text[pos]!) && WORD_CHAR.test(p.text[p.text.length - 1]!)) return undefined;
    let j = i;
    while (j < doc.tokens.length && doc.tokens[j]!.end < pos) j++;
    const last = doc.tokens[j];
    if (!last || last.sentence !== tok.sentence) return undefined;
    // wink keeps a sentence's final stop on some words ("Sun." read as an abbreviation of Sunday).
    if (last.end !== pos && !(last.end === pos + 1 && text[pos] === '.')) return undefined;
    return { value: p.value, start: tok.start, end: pos, tokenStart: i, tokenEnd: j + 1 };
  }
}

// ------------------------------------------------------------------------------ the word lexicon

export type WordClass =
  | 'country' | 'place' | 'demonym' | 'month' | 'day' | 'number' | 'function' | 'noun' | 'verb' | 'adjective'
  | 'title' | 'status' | 'institution' | 'religion-culture' | 'time' | 'unit' | 'other';

export interface WordEntry {
  term: string;
  english: string;
  class: WordClass;
  englishHomograph?: boolean;
  acceptedInEnglish?: boolean;
  /** With acceptedInEnglish: international English writes the English, so the term gets a hint (info). */
  hintWhenAccepted?: boolean;
  forms?: string[];
  note?: string;
}

export interface WordHit extends PhraseMatch<WordEntry> {
  /** The text as written. */
  text: string;
}

/** `[...new Set([first, ...forms])]`: a lexicon entry's head form and its other forms, each once, in order. */
export function distinctForms(first: string, forms: readonly string[] | undefined): string[] {
  const out = [first];
  if (forms) for (let i = 0; i < forms.length; i++) if (!out.includes(forms[i]!)) out.push(forms[i]!);
  return out;
}

let wordMatcher: { source: unknown; matcher: PhraseMatcher<WordEntry> } | undefined;

export function indonesianWordMatcher(): PhraseMatcher<WordEntry> {
  const lex = loadLexicon<WordEntry>('indonesian-words');
  if (wordMatcher && wordMatcher.source === lex) return wordMatcher.matcher;
  const matcher = new PhraseMatcher<WordEntry>();
  // Index loops: built once per process, on a cold start, where a for-of loop and a Set per entry
  // made an object per item.
  const entries = lex.entries;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const forms = distinctForms(e.term, e.forms);
    for (let k = 0; k < forms.length; k++) matcher.add(forms[k]!, e);
  }
  wordMatcher = { source: lex, matcher };
  return matcher;
}

const hitCache = new WeakMap<AnalysedDocument, WordHit[]>();

/** Every Indonesian lexicon term in the document (longest match, left to right, no overlaps). */
export function wordHits(doc: AnalysedDocument): WordHit[] {
  const hit = hitCache.get(doc);
  if (hit) return hit;
  const matcher = indonesianWordMatcher();
  const out: WordHit[] = [];
  let i = 0;
  while (i < doc.tokens.length) {
    const t = doc.tokens[i]!;
    if (t.type !== 'word') {
      i++;
      continue;
    }
    const m = matcher.longestAt(doc, i);
    if (!m) {
      i++;
      continue;
    }
    // A reduplicated plural ("negara-negara", "korban-korban") is one Indonesian word.
    const dash = doc.tokens[m.tokenEnd];
    const again = doc.tokens[m.tokenEnd + 1];
    if (
      m.tokenEnd - m.tokenStart === 1 && dash && again && dash.text === '-' && !dash.spaceBefore && !again.spaceBefore &&
      again.lower === t.lower && again.sentence === t.sentence
    ) {
      m.end = again.end;
      m.tokenEnd = again.i + 1;
    }
    out.push({ ...m, text: doc.text.slice(m.start, m.end) });
    i = m.tokenEnd;
  }
  hitCache.set(doc, out);
  return out;
}

/** The English renderings of an entry ("there is; exist" → ["there is", "exist"]). */
export function englishOf(e: WordEntry): string[] {
  return e.english.split(';').map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * The renderings of an entry that can stand in the text in place of the Indonesian: `englishOf`
 * without the explanations the lexicon keeps in brackets ("Senior Commissioner (police)" →
 * "Senior Commissioner", "pre-dawn meal (suhoor)" → "pre-dawn meal"), with alternatives written with
 * a slash split ("Turkey / Türkiye" → "Turkey", "Türkiye"). A description rather than a word ("plural
 * marker for people", "in a ... manner", "-teen") is no replacement: messages keep the full gloss,
 * and a finding with no replacement offers no suggestion rather than one that is not English.
 */
export function replacementsOf(e: WordEntry): string[] {
  const out: string[] = [];
  for (const r of englishOf(e)) {
    const bare = r.replace(/\s*\([^)]*\)/g, '').replace(/\s{2,}/g, ' ').trim();
    for (const alt of bare.split(/\s+\/\s+/)) {
      const a = alt.trim();
      if (a.length === 0 || /\.\.\.|…|^-|\bmarker\b|\be\.g\./.test(a) || /[()]/.test(a)) continue;
      if (!out.includes(a)) out.push(a);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------ token helpers

/**
 * "Kombes Pol Budi", "Brigjen TNI Andi": Indonesian writes the force after a rank ("Pol" = Polisi,
 * "TNI" for the armed forces) before the name; English drops it ("Senior Commissioner Budi"). Returns
 * the token of that word after the rank ending at token `end - 1`, when a capitalised name follows it.
 */
export function forceAfterRank(doc: AnalysedDocument, end: number): Token | undefined {
  const t = doc.tokens[end];
  const last = doc.tokens[end - 1];
  if (!t || !last || t.sentence !== last.sentence || !t.spaceBefore) return undefined;
  if (t.text !== 'Pol' && t.text !== 'POL' && t.text !== 'TNI') return undefined;
  let k = end + 1;
  // "Pol." may be one token or "Pol" + "."
  if (doc.tokens[k]?.text === '.' && !doc.tokens[k]!.spaceBefore) k++;
  const name = doc.tokens[k];
  if (!name || name.sentence !== t.sentence || name.type !== 'word' || !/^\p{Lu}\p{Ll}/u.test(name.text)) return undefined;
  // "Pol Pot" is a name, not a force.
  if (name.text === 'Pot') return undefined;
  return doc.tokens[k - 1]!;
}

export const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d.&-]{2,}$/u;

export function isCapitalised(s: string): boolean {
  return UPPER_START.test(s);
}

export function isAllCaps(s: string): boolean {
  return ALL_CAPS.test(s) && /\p{Lu}/u.test(s);
}

/**
 * Every longer word capitalised: a title-case headline, where capitals say nothing about names
 * ("Quake Rocks Sulawesi Barat", "Garuda Squad Held by the Samba Country").
 */
export function titleCase(doc: AnalysedDocument, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  let words = 0;
  let caps = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (t.type !== 'word' || t.text.length < 4) continue;
    words++;
    if (isCapitalised(t.text)) caps++;
  }
  return words >= 3 && caps / words >= 0.8;
}

const CLAUSE_OPENERS = new Set([':', '"', '\u201c', '\u2018', "'", '(', '\u2013', '\u2014']);

/**
 * True when token i starts its sentence or clause: no word or number precedes it in the sentence,
 * or a colon, opening quote, bracket or spaced dash comes between it and the previous word.
 */
export function sentenceInitial(doc: AnalysedDocument, i: number): boolean {
  const s = doc.sentences[doc.tokens[i]!.sentence];
  if (!s) return true;
  for (let k = i - 1; k >= s.tokenStart; k--) {
    const t = doc.tokens[k]!;
    if (CLAUSE_OPENERS.has(t.text) || (t.text === '-' && t.spaceBefore)) return true;
    if (t.type === 'word' || t.type === 'number') return false;
  }
  return true;
}

// ------------------------------------------------------------------------------ Indonesian clauses

/**
 * Indonesian affixed forms not in the lexicon (mengirimkan, diminta, kemanusiaan, rumahnya). Only
 * lower-case words count, and only towards a clause's share: a single such word proves nothing.
 */
const AFFIXED = /^(?:(?:meng|meny|mem|men|me[lrwy]|ber|di|ter|per|peng|peny|pem|pen|ke)\p{Ll}{3,}(?:kan|an|i|lah)|\p{Ll}{3,}nya)$/u;

/** Frequent English function words: evidence that a clause is English. */
const ENGLISH_FUNCTION = new Set([
  'the', 'a', 'an', 'of', 'and', 'to', 'in', 'is', 'was', 'were', 'are', 'for', 'on', 'with', 'that', 'by', 'at', 'from',
  'as', 'it', 'its', 'he', 'she', 'they', 'his', 'her', 'their', 'this', 'which', 'who', 'be', 'been', 'has', 'have',
  'had', 'said', 'not', 'but', 'or', 'will', 'would', 'after', 'into', 'than', 'also', 'there',
]);

export interface IndonesianClause {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** Content words counted (names and acronyms left out). */
  words: number;
  /** Of those, Indonesian (lexicon terms or Indonesian affixed forms). */
  indonesian: number;
  /** franc's verdict (`ind`, `zlm`, `eng`) or `und` when the clause is too short to ask. */
  language: string;
  /** Word-by-word gloss from the lexicon (not a translation). */
  gloss: string;
}

interface Segment {
  tokenStart: number;
  tokenEnd: number;
}

const QUOTE_CHARS = new Set(['"', '\u201c', '\u201d', '\u00ab', '\u00bb']);
const SEGMENT_BREAKS = new Set([':', ';', '(', ')', '\u2013', '\u2014']);

/** A sentence split at colons, semicolons, brackets, dashes and double quotes. */
function segmentsOf(doc: AnalysedDocument, tokenStart: number, tokenEnd: number): Segment[] {
  const out: Segment[] = [];
  let from = tokenStart;
  for (let k = tokenStart; k < tokenEnd; k++) {
    const t = doc.tokens[k]!;
    const isBreak = SEGMENT_BREAKS.has(t.text) || QUOTE_CHARS.has(t.text) || (t.text === '-' && t.spaceBefore);
    if (!isBreak) continue;
    if (k > from) out.push({ tokenStart: from, tokenEnd: k });
    from = k + 1;
  }
  if (tokenEnd > from) out.push({ tokenStart: from, tokenEnd });
  return out;
}

interface Tally {
  /** Distinct Indonesian items: lexicon terms plus affixed words (a three-word name is one term). */
  terms: number;
  words: number;
  indonesian: number;
  strong: number;
  english: number;
  gloss: string[];
}

function tally(doc: AnalysedDocument, seg: Segment, hitAt: Map<number, WordHit>): Tally {
  const out: Tally = { terms: 0, words: 0, indonesian: 0, strong: 0, english: 0, gloss: [] };
  let k = seg.tokenStart;
  while (k < seg.tokenEnd) {
    const t = doc.tokens[k]!;
    const h = hitAt.get(k);
    if (h && h.tokenEnd <= seg.tokenEnd) {
      const words = countWords(doc, h.tokenStart, h.tokenEnd);
      const e = h.value;
      // A capitalised homograph mid-clause (Dan, Mei, Kota) is more likely a name than Indonesian.
      const cap = isCapitalised(h.text) && !sentenceInitial(doc, k);
      if (!(e.englishHomograph && cap)) {
        out.words += words;
        out.indonesian += words;
        out.terms++;
        if (!e.englishHomograph && !e.acceptedInEnglish) out.strong += words;
      }
      out.gloss.push(englishOf(e)[0] ?? h.text);
      k = h.tokenEnd;
      continue;
    }
    k++;
    if (t.type !== 'word' || !/\p{L}/u.test(t.text)) {
      if (t.type === 'number') out.gloss.push(t.text);
      continue;
    }
    out.gloss.push(t.text);
    if (isAllCaps(t.text)) continue;
    if (isCapitalised(t.text) && !sentenceInitial(doc, t.i)) continue;
    out.words++;
    if (ENGLISH_FUNCTION.has(t.lower)) out.english++;
    else if (AFFIXED.test(t.text)) {
      out.indonesian++;
      out.terms++;
    }
  }
  return out;
}

function countWords(doc: AnalysedDocument, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (doc.tokens[k]!.type === 'word' && /\p{L}/u.test(doc.tokens[k]!.text)) n++;
  return n;
}

type Franc = typeof import('franc').franc;
let francFn: Franc | undefined;

/**
 * franc, loaded on first use: building its trigram tables cost every start about 40 ms, and most
 * texts never reach it. It is an ES module, which Node (from 20.19 and 22.12) can require
 * synchronously, so check() stays synchronous.
 */
function franc(): Franc {
  francFn ??= (createRequire(import.meta.url)('franc') as typeof import('franc')).franc;
  return francFn;
}

function francOf(text: string): string {
  if (text.replace(/[^\p{L}]/gu, '').length < 12) return 'und';
  return franc()(text, { only: ['eng', 'ind', 'zlm'], minLength: 10 });
}

/**
 * Decides whether a stretch is Indonesian: most of its content words are Indonesian, there are
 * enough of them, and (when the stretch is long enough for franc to judge) franc agrees.
 */
function isIndonesian(tl: Tally, language: string): boolean {
  if (tl.indonesian < 3 || tl.strong < 2 || tl.terms < 3) return false;
  const share = tl.indonesian / Math.max(1, tl.words);
  if (tl.english * 3 > tl.words) return false;
  if (language === 'eng') return false;
  if (language === 'und') return tl.words >= 3 && share >= 0.7;
  if (tl.indonesian < 4) return share >= 0.75;
  return share >= 0.5;
}

/** Words of lexicon hits in the segment that are lower case, all caps, or sentence-initial (not names). */
function plainIndonesianWords(doc: AnalysedDocument, seg: Segment, hitAt: Map<number, WordHit>): number {
  let n = 0;
  const first = doc.sentences[doc.tokens[seg.tokenStart]!.sentence]!.tokenStart;
  for (let k = seg.tokenStart; k < seg.tokenEnd; ) {
    const h = hitAt.get(k);
    if (!h) {
      k++;
      continue;
    }
    const end = Math.min(h.tokenEnd, seg.tokenEnd);
    for (let j = k; j < end; j++) {
      const t = doc.tokens[j]!;
      if (t.type !== 'word' || !/\p{L}/u.test(t.text)) continue;
      const capitalised = /^\p{Lu}/u.test(t.text) && t.text !== t.text.toUpperCase();
      if (!capitalised || j === first) n++;
    }
    k = Math.max(end, k + 1);
  }
  return n;
}

const clauseCache = new WeakMap<AnalysedDocument, IndonesianClause[]>();

/** Sentences or clauses (after a colon, inside quotes) left in Indonesian. */
export function indonesianClauses(doc: AnalysedDocument): IndonesianClause[] {
  const cached = clauseCache.get(doc);
  if (cached) return cached;
  const hits = wordHits(doc);
  const hitAt = new Map<number, WordHit>();
  for (const h of hits) hitAt.set(h.tokenStart, h);
  // Sentences with fewer than three lexicon hits cannot qualify; skip them cheaply.
  const hitsPerSentence = new Map<number, number>();
  for (const h of hits) {
    const s = doc.tokens[h.tokenStart]!.sentence;
    hitsPerSentence.set(s, (hitsPerSentence.get(s) ?? 0) + 1);
  }
  const out: IndonesianClause[] = [];
  const judge = (seg: Segment): { seg: Segment; tl: Tally; language: string } | undefined => {
    const tl = tally(doc, seg, hitAt);
    if (tl.indonesian < 3 || tl.strong < 2) return undefined;
    // An English sentence full of capitalised Indonesian place names is not an Indonesian clause:
    // outside title-case headlines, a clause left in Indonesian carries lower-case words too.
    if (!titleCase(doc, doc.tokens[seg.tokenStart]!.sentence) && plainIndonesianWords(doc, seg, hitAt) < 2) return undefined;
    // franc is the costly part: ask it only when the counts already say Indonesian.
    if (!isIndonesian(tl, 'ind') && !isIndonesian(tl, 'und')) return undefined;
    const text = doc.text.slice(doc.tokens[seg.tokenStart]!.start, doc.tokens[seg.tokenEnd - 1]!.end);
    const language = francOf(text);
    return isIndonesian(tl, language) ? { seg, tl, language } : undefined;
  };
  for (const s of doc.sentences) {
    if (s.boilerplate || (hitsPerSentence.get(s.index) ?? 0) < 2) continue;
    const whole: Segment = { tokenStart: s.tokenStart, tokenEnd: s.tokenEnd };
    const segs = segmentsOf(doc, s.tokenStart, s.tokenEnd);
    let report: { seg: Segment; tl: Tally; language: string }[] = [];
    if (segs.length > 1) {
      const found = segs.map(judge);
      const english = segs.filter((seg, k) => !found[k] && tally(doc, seg, hitAt).words >= 2);
      const hits = found.filter((f): f is { seg: Segment; tl: Tally; language: string } => f !== undefined);
      if (hits.length > 0 && english.length > 0) report = hits;
    }
    if (report.length === 0) {
      const w = judge(whole);
      if (w) report = [w];
    }
    for (const { seg, tl, language } of report) {
      let a = seg.tokenStart;
      let b = seg.tokenEnd;
      // Trim punctuation at the edges, but keep a whole sentence's final stop.
      while (a < b && doc.tokens[a]!.type === 'punctuation') a++;
      if (seg !== whole) while (b > a && doc.tokens[b - 1]!.type === 'punctuation') b--;
      if (b <= a) continue;
      out.push({
        start: doc.tokens[a]!.start,
        end: doc.tokens[b - 1]!.end,
        tokenStart: a,
        tokenEnd: b,
        words: tl.words,
        indonesian: tl.indonesian,
        language,
        gloss: tl.gloss.join(' '),
      });
    }
  }
  clauseCache.set(doc, out);
  return out;
}

const maskCache = new WeakMap<AnalysedDocument, Uint8Array>();

/** True when the span lies inside a clause left in Indonesian. */
export function inIndonesianClause(doc: AnalysedDocument, start: number, end: number): boolean {
  let mask = maskCache.get(doc);
  if (!mask) {
    mask = new Uint8Array(doc.tokens.length);
    for (const c of indonesianClauses(doc)) mask.fill(1, c.tokenStart, c.tokenEnd);
    maskCache.set(doc, mask);
  }
  const a = doc.tokenAt(start);
  const b = doc.tokenAt(Math.max(start, end - 1));
  return a !== undefined && b !== undefined && mask[a.i] === 1 && mask[b.i] === 1;
}
