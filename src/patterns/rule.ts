/**
 * A pattern family as a rule of the registry: one rule per file in data/patterns/, so that the
 * configuration (enable, disable, severity by rule id), `calque rules`, docs/rules/<rule>.md and the
 * report schema treat it like every other rule. Each finding names the pattern that made it, as
 * `[pattern-id]` at the end of its message.
 */
import { spanCovering } from '../analysis/analyse.js';
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { TextIdTable } from '../analysis/text-ids.js';
import type { FindingDraft, Rule } from '../rules/types.js';
import type { CompiledFamily, CompiledPattern, CompiledRegexpPattern, CompiledTokenPattern } from './compile.js';
import type { PatternElement } from './types.js';
import { deckParagraph } from '../analysis/deck.js';
import { compiledFamily, rawFamily } from './load.js';
import { matchAt, overlapsMatch } from './match.js';
import { fill, matchCase } from './template.js';
import { inflectLike } from './inflect.js';

const QUOTED_NOTE = " (in quoted speech: the speaker's wording, or its translation)";

/** Opening marks that may come before a sentence-start match, and closing ones after a sentence-end match. */
const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '«']);
const CLOSERS = new Set(['.', '!', '?', '"', '”', "'", '’', ')', ']', '»', '…']);
const STOPS = new Set(['.', '!', '?', '…']);
const QUOTE_CLOSERS = new Set(['"', '”', "'", '’', ')', ']', '»']);

/**
 * The words and lemmas some family run so far asks about (its index keys, its token patterns'
 * keys, its `documentHas` / `documentLacks` lists), in the order they were first asked for. The
 * per-document index holds these only: a news article has a few thousand distinct words, the
 * families ask about a few hundred, and indexing every word (a Map entry and an array each) was
 * most of the first family's time. A family met for the first time (a bundled one on its first
 * run, a user's or a test's) adds its keys, and a document indexed before indexes the new ones
 * on its next lookup.
 */
const wantedKeys: SplitKey[] = [];
const wantedSeen = new Set<string>();
/** wantedKeys' words and lemmas as sets, for a document indexed from scratch. */
const wantedWords = new Set<string>();
const wantedLemmas = new Set<string>();
const registeredFamilies = new WeakSet<CompiledFamily>();

// register() runs once per family, on a cold start, over thousands of keys: index loops and
// Map.forEach, since a for-of loop in code not yet optimised makes an iterator result per item.

function wantKey(k: string): void {
  if (wantedSeen.has(k)) return;
  wantedSeen.add(k);
  const split = splitKey(k);
  wantedKeys.push(split);
  (split.lemma ? wantedLemmas : wantedWords).add(split.word);
}

function want(keys: readonly string[] | undefined): void {
  if (!keys) return;
  for (let i = 0; i < keys.length; i++) wantKey(keys[i]!);
}

function register(cf: CompiledFamily): void {
  if (registeredFamilies.has(cf)) return;
  registeredFamilies.add(cf);
  cf.index.forEach((_list, k) => wantKey(k));
  const wantContext = (c: CompiledPattern): void => {
    want(c.documentHas);
    want(c.documentLacks);
  };
  for (let i = 0; i < cf.tokenPatterns.length; i++) {
    const c = cf.tokenPatterns[i]!;
    want(c.keys);
    const others = c.otherKeys;
    if (others) for (let k = 0; k < others.length; k++) want(others[k]!.keys);
    wantContext(c);
  }
  for (let i = 0; i < cf.regexpPatterns.length; i++) wantContext(cf.regexpPatterns[i]!);
}

/**
 * Per document: token indexes by lower-case text and by lemma for the wanted keys, built once and
 * shared by all families (extended when a family adds keys). Looked up with the index's keys
 * (`w:<lower>`, `l:<lemma>`); a key's list holds its tokens in text order, as when every word was
 * indexed (a lemma is indexed only where it differs from the word).
 */
/**
 * `wantedWords.has(t.lower)` by the token's text id (2: wanted, 1: not; 0: not known yet), valid
 * while wantedWords keeps the size it had when the answers were recorded (it only ever grows), so
 * the index of a document reads an array at each token instead of hashing its word.
 */
class WantedById {
  private readonly table = new TextIdTable();
  private size = -1;

  syncWith(size: number): void {
    if (size !== this.size) {
      this.table.clear();
      this.size = size;
    }
  }

  get(id: number): number {
    return this.table.get(id);
  }

  set(id: number, value: number): void {
    this.table.set(id, value);
  }
}

const wantedWordsById = new WantedById();

/** `wantedWords.has(t.lower)` (call wantedWordsById.syncWith() first). */
function isWantedWord(t: Token): boolean {
  const id = t.textId;
  if (id === undefined || id < 0) return wantedWords.has(t.lower);
  const known = wantedWordsById.get(id);
  if (known !== 0) return known === 2;
  const wanted = wantedWords.has(t.lower);
  wantedWordsById.set(id, wanted ? 2 : 1);
  return wanted;
}

class DocKeys {
  readonly words = new Map<string, number[]>();
  readonly lemmas = new Map<string, number[]>();
  /** How many of wantedKeys this index covers. */
  private covered = 0;

  constructor(private readonly doc: AnalysedDocument) {
    this.update();
  }

  /** Indexes the wanted keys added since the last call. */
  update(): void {
    if (this.covered === wantedKeys.length) return;
    let words = wantedWords;
    let lemmas = wantedLemmas;
    if (this.covered > 0) {
      words = new Set<string>();
      lemmas = new Set<string>();
      for (let k = this.covered; k < wantedKeys.length; k++) {
        const key = wantedKeys[k]!;
        (key.lemma ? lemmas : words).add(key.word);
      }
    }
    const full = this.covered === 0;
    this.covered = wantedKeys.length;
    if (full) wantedWordsById.syncWith(wantedWords.size);
    for (const t of this.doc.tokens) {
      if (full ? isWantedWord(t) : words.has(t.lower)) push(this.words, t.lower, t.i);
      if (t.lemma !== t.lower && lemmas.has(t.lemma)) push(this.lemmas, t.lemma, t.i);
    }
  }

  /** The token indexes of a key already split by splitKey() (no string is cut per lookup). */
  at(key: SplitKey): number[] | undefined {
    return (key.lemma ? this.lemmas : this.words).get(key.word);
  }
}

/** An index key (`w:<lower>`, `l:<lemma>`) split once into the map it names and its word. */
interface SplitKey {
  lemma: boolean;
  word: string;
}

function splitKey(key: string): SplitKey {
  return { lemma: key.charCodeAt(0) !== 119 /* w */, word: key.slice(2) };
}

/**
 * Split forms of a family's key lists and index, computed once per list (the compiled family is
 * cached, and a family built by hand, as the tests and the bench do, gets its own entries).
 */
const splitLists = new WeakMap<readonly string[], SplitKey[]>();
const splitIndexes = new WeakMap<ReadonlyMap<string, number[]>, [SplitKey, number[]][]>();

function splitList(keys: readonly string[]): SplitKey[] {
  let s = splitLists.get(keys);
  if (!s) splitLists.set(keys, (s = keys.map(splitKey)));
  return s;
}

function splitIndex(index: ReadonlyMap<string, number[]>): [SplitKey, number[]][] {
  let s = splitIndexes.get(index);
  if (!s) splitIndexes.set(index, (s = [...index].map(([k, list]): [SplitKey, number[]] => [splitKey(k), list])));
  return s;
}

/** A family's index split by the map its keys name (as splitKey() reads them): word keys and lemma keys. */
const indexesByKind = new WeakMap<ReadonlyMap<string, number[]>, { words: Map<string, number[]>; lemmas: Map<string, number[]> }>();

function indexByKind(index: ReadonlyMap<string, number[]>): { words: Map<string, number[]>; lemmas: Map<string, number[]> } {
  let s = indexesByKind.get(index);
  if (!s) {
    s = { words: new Map(), lemmas: new Map() };
    for (const [k, list] of index) {
      const key = splitKey(k);
      (key.lemma ? s.lemmas : s.words).set(key.word, list);
    }
    indexesByKind.set(index, s);
  }
  return s;
}

function push(m: Map<string, number[]>, k: string, i: number): void {
  const list = m.get(k);
  if (list) list.push(i);
  else m.set(k, [i]);
}

const docKeys = new WeakMap<AnalysedDocument, DocKeys>();

/** The document's index, covering every key of `cf` (and of every family run before). */
function keyMap(doc: AnalysedDocument, cf: CompiledFamily): DocKeys {
  register(cf);
  let m = docKeys.get(doc);
  if (!m) {
    m = new DocKeys(doc);
    docKeys.set(doc, m);
  } else m.update();
  return m;
}

function draftFor(doc: AnalysedDocument, c: CompiledPattern, familySeverity: string, start: number, end: number, part: (n: number) => string): FindingDraft | undefined {
  const quoted = doc.inQuote(start);
  if (quoted && c.inQuotes === 'skip') return undefined;
  const spec = c.spec;
  const replaced = doc.text.slice(start, end);
  // A suggestion that rewrites nothing (pluralize leaves "agenda" as it is) is no fix: drop it.
  // A one-word span takes a literal one-word suggestion in its own number or verb form (./inflect.ts).
  const tok = doc.tokenAt(start);
  const one = tok !== undefined && tok.start === start && tok.end === end ? tok : undefined;
  // Mid-sentence, a span whose capital belongs to a name or an acronym ("Hajj candidates", "MSME
  // actors": the next word is in lower case) does not make the suggestion start with a capital.
  const sentence = spanCovering(doc.sentences, start);
  const opens = sentence === undefined || /^[\s"“‘'(\-–—]*$/.test(doc.text.slice(sentence.start, start));
  // Mid-sentence in prose, one capitalised word after a lower-case one ("subsidised Solar") has the
  // capital of a name or brand, not of the sentence: an English common noun put in its place stays
  // in lower case ("subsidised diesel"). In a title-case headline the word before has a capital too.
  const before = one && one.i > 0 ? doc.tokens[one.i - 1] : undefined;
  // A capitalised word after it, or after a joining word, makes it part of a title-case name
  // ("the Supervision and Socialization Division", "a Firm yet Humanist Institution").
  const capAt = (k: number): boolean => {
    const t = doc.tokens[k];
    return t !== undefined && one !== undefined && t.sentence === one.sentence && t.type === 'word' && /^\p{Lu}/u.test(t.text);
  };
  const joins = (k: number): boolean => ['and', 'or', 'of', '&', 'for', 'the'].includes(doc.tokens[k]?.lower ?? '');
  const inName = one !== undefined && (capAt(one.i + 1) || (joins(one.i + 1) && capAt(one.i + 2)));
  const nameCap = one !== undefined && !opens && !inName && /^\p{Lu}\p{Ll}+$/u.test(replaced) && before !== undefined && before.sentence === one.sentence && before.type === 'word' && /^\p{Ll}/u.test(before.text);
  // Mid-sentence in prose (a sentence closed by a stop), a run of capitalised words after a
  // lower-case word and before no capitalised one ("held a Hand Arrest Operation (OTT)") is Indonesian capitalisation of a
  // term, not a name: the English term put in its place stays in lower case ("a sting operation").
  const tokBefore = tok !== undefined && tok.i > 0 ? doc.tokens[tok.i - 1] : undefined;
  const last = doc.tokenAt(end - 1);
  const tokAfter = last !== undefined ? doc.tokens[last.i + 1] : undefined;
  const termRun =
    !opens &&
    one === undefined &&
    /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+$/u.test(replaced) &&
    tokBefore !== undefined && tokBefore.type === 'word' && /^\p{Ll}+$/u.test(tokBefore.text) && tokBefore.sentence === tok!.sentence &&
    !(tokAfter !== undefined && tokAfter.sentence === tok!.sentence && tokAfter.type === 'word' && /^\p{Lu}/u.test(tokAfter.text)) &&
    // prose, not a headline: the sentence ends with a stop (a title-case headline capitalises every word)
    /[.!?][\s"'\u201D\u2019)\]]*$/u.test(doc.text.slice(sentence!.start, sentence!.end));
  const ownCase = !opens && (/^\p{Lu}\S*\s+\p{Ll}/u.test(replaced) || nameCap || termRun);
  const suggestions = (spec.suggestions ?? [])
    .map((s) => {
      const filled = ownCase && /^\p{Ll}/u.test(s) ? fill(s, part).replace(/ {2,}/g, ' ').trim() : matchCase(fill(s, part), replaced);
      return one && !s.includes('{') && !s.includes('\\') ? inflectLike(filled, one, spec) : filled;
    })
    .filter((s) => s !== replaced);
  const draft: FindingDraft = {
    start,
    end,
    // An optional element left empty leaves a doubled space in the quoted words ("was  closed").
    message: fill(spec.message, part).replace(/(\S) {2,}(?=\S)/g, '$1 '),
    patternId: spec.id,
    suggestions,
    confidence: c.confidence,
  };
  if (spec.note !== undefined) draft.note = spec.note;
  if (c.severity !== familySeverity) draft.severity = c.severity;
  if (spec.category !== undefined) draft.category = c.category;
  if (quoted && c.inQuotes === 'note') {
    draft.severity = 'info';
    draft.confidence = Math.min(c.confidence, 0.4);
    draft.message += QUOTED_NOTE;
  }
  if (spec.fixable && suggestions.length > 0 && !(quoted && c.inQuotes === 'note')) draft.fixable = true;
  return draft;
}

/** Where a sentence's own words begin: after any opening quote or bracket. */
function firstWord(tokens: readonly Token[], lo: number, hi: number): number {
  let i = lo;
  while (i < hi && OPENERS.has(tokens[i]!.text)) i++;
  return i;
}

/** The sentence ends like prose: its last token that is not a closing quote or bracket is . ! ? or …. */
function endsAsProse(tokens: readonly Token[], lo: number, hi: number): boolean {
  let i = hi - 1;
  while (i >= lo && QUOTE_CLOSERS.has(tokens[i]!.text)) i--;
  return i >= lo && STOPS.has(tokens[i]!.text);
}

function onlyClosersFrom(tokens: readonly Token[], from: number, hi: number): boolean {
  for (let i = from; i < hi; i++) if (!CLOSERS.has(tokens[i]!.text)) return false;
  return true;
}

/** Tries `c` at one start; returns the token index where the match ends (0 when none). */
function tryAt(doc: AnalysedDocument, c: CompiledTokenPattern, s: number, lo: number, hi: number, familySeverity: string, out: FindingDraft[]): number {
  const { tokens } = doc;
  if (c.spec.sentenceStart && s !== firstWord(tokens, lo, hi)) return 0;
  // A headline deck ends with a full stop but is headlinese, not prose.
  if (c.spec.prose && (!endsAsProse(tokens, lo, hi) || doc.sentences[tokens[lo]!.sentence]!.paragraph === deckParagraph(doc))) return 0;
  const b = matchAt(c.seq, tokens, s, hi);
  if (!b) return 0;
  const end = b[b.length - 1]!;
  if (end <= s) return 0;
  if (c.spec.sentenceEnd && !onlyClosersFrom(tokens, end, hi)) return 0;
  if (c.antipatterns.some((a) => overlapsMatch(a, tokens, lo, hi, s, end))) return 0;
  // The span: from the first marked element's first token to the last marked element's last token.
  let from = s;
  let to = end;
  const marked = c.seq.elements.flatMap((e, k) => (e.mark && b[k + 1]! > b[k]! ? [k] : []));
  if (marked.length > 0) {
    from = b[marked[0]!]!;
    to = b[marked[marked.length - 1]! + 1]!;
  }
  const part = (n: number): string => {
    const a = b[n - 1];
    const z = b[n];
    if (a === undefined || z === undefined || z <= a) return '';
    return doc.text.slice(tokens[a]!.start, tokens[z - 1]!.end);
  };
  const d = draftFor(doc, c, familySeverity, tokens[from]!.start, tokens[to - 1]!.end, part);
  if (d) out.push(d);
  return end;
}

/** Tries a keyed pattern at the given starts (ascending); matches of one pattern do not overlap. */
function runAtStarts(doc: AnalysedDocument, c: CompiledTokenPattern, starts: readonly number[], familySeverity: string, out: FindingDraft[]): void {
  let doneUntil = -1;
  for (const s of starts) {
    if (s < doneUntil) continue;
    const sentence = doc.sentences[doc.tokens[s]!.sentence]!;
    if (sentence.boilerplate) continue;
    const end = tryAt(doc, c, s, sentence.tokenStart, sentence.tokenEnd, familySeverity, out);
    if (end > 0) doneUntil = end;
  }
}

/**
 * How much a condition narrows the tokens it admits, roughly: 2 for a literal, a lexicon, an
 * expression or a number; 1 for a part of speech or a case; 0 for a condition that only excludes
 * ("not punctuation"), which nearly every token meets.
 */
function narrowing(e: PatternElement): number {
  if (e.text !== undefined || e.lower !== undefined || e.lemma !== undefined || e.lexicon !== undefined || e.regex !== undefined || e.number === true) return 2;
  if (e.pos !== undefined || e.case !== undefined) return 1;
  return 0;
}

/** A required element at a fixed distance from a match's start, tested there before the whole sequence. */
interface Anchor {
  offset: number;
  test: (t: Token) => boolean;
}

const anchors = new WeakMap<CompiledTokenPattern, Anchor | null>();

/**
 * For a pattern run at every token: its most narrowing element among those that every match
 * contains at a fixed offset (all elements before it take a fixed number of tokens), when that
 * narrows more than the first element. A start where it fails cannot match, so the scan tests one
 * selective condition per token instead of beginning the whole match ("numeral-singular" opens with
 * "not punctuation", then a number).
 */
function anchorOf(c: CompiledTokenPattern): Anchor | undefined {
  let a = anchors.get(c);
  if (a === undefined) {
    a = null;
    const specs = c.spec.tokens ?? [];
    const first = specs[0] ? narrowing(specs[0]) : 2;
    let offset = 0;
    let best = first;
    for (let k = 0; k < c.seq.elements.length; k++) {
      const e = c.seq.elements[k]!;
      if (e.min < 1) break;
      const n = specs[k] ? narrowing(specs[k]!) : 0;
      if (n > best) {
        best = n;
        a = { offset, test: e.test };
      }
      if (e.min !== e.max) break;
      offset += e.min;
    }
    anchors.set(c, a);
  }
  return a ?? undefined;
}

/** Tries a pattern with no literal at every token of every sentence that is not boilerplate. */
function runEverywhere(doc: AnalysedDocument, c: CompiledTokenPattern, familySeverity: string, out: FindingDraft[]): void {
  const anchor = anchorOf(c);
  const { tokens } = doc;
  for (const sentence of doc.sentences) {
    if (sentence.boilerplate) continue;
    const hi = sentence.tokenEnd;
    const last = c.spec.sentenceStart ? Math.min(hi, firstWord(tokens, sentence.tokenStart, hi) + 1) : hi;
    for (let s = sentence.tokenStart; s < last; s++) {
      if (anchor) {
        const at = s + anchor.offset;
        if (at >= hi || !anchor.test(tokens[at]!)) continue;
      }
      const end = tryAt(doc, c, s, sentence.tokenStart, hi, familySeverity, out);
      if (end > 0) s = end - 1;
    }
  }
}

/** How many tokens of the document carry one of the keys. */
function occurrences(lists: readonly SplitKey[], keys: DocKeys): number {
  let n = 0;
  for (let i = 0; i < lists.length; i++) n += keys.at(lists[i]!)?.length ?? 0;
  return n;
}

/**
 * Start positions worth trying: near every occurrence of the pattern's key, in order. Every required
 * element that names literals gives such a set, and each holds every start where a match begins
 * (the element's token is one of its keys, at a distance its bounds allow); the matcher tries the
 * starts in order and only a match moves it on, so any of the sets gives the same findings. The
 * smallest to try is that of the element whose keys are rarest in this document, counting each
 * occurrence as many times as the element's distance from the start can vary.
 */
function startsFor(c: CompiledTokenPattern, keys: DocKeys): number[] {
  let lists = splitList(c.keys!);
  let minBefore = c.minBefore;
  let maxBefore = c.maxBefore;
  const others = c.otherKeys;
  if (others) {
    // Each occurrence gives as many starts as its element's distance from the start can vary.
    let fewest = occurrences(lists, keys) * (maxBefore - minBefore + 1);
    for (let k = 0; k < others.length && fewest > 0; k++) {
      const o = others[k]!;
      const ol = splitList(o.keys);
      const n = occurrences(ol, keys) * (o.maxBefore - o.minBefore + 1);
      if (n < fewest) {
        fewest = n;
        lists = ol;
        minBefore = o.minBefore;
        maxBefore = o.maxBefore;
      }
    }
  }
  if (lists.length === 1 && maxBefore === minBefore) {
    // One key at a fixed distance: its token list is ascending and without repeats, so are the starts.
    const starts: number[] = [];
    for (const p of keys.at(lists[0]!) ?? []) if (p - minBefore >= 0) starts.push(p - minBefore);
    return starts;
  }
  const all: number[] = [];
  for (const k of lists) {
    for (const p of keys.at(k) ?? []) for (let s = p - maxBefore; s <= p - minBefore; s++) if (s >= 0) all.push(s);
  }
  // Ascending without repeats, as a sorted Set of them was (a typed array sorts numbers without a comparator).
  const sorted = Int32Array.from(all).sort();
  const starts: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) starts.push(sorted[i]!);
  return starts;
}

function matchRegexpIn(doc: AnalysedDocument, c: CompiledRegexpPattern, from: number, to: number, familySeverity: string, out: FindingDraft[], oneSentence: boolean): void {
  const text = doc.text.slice(from, to);
  c.re.lastIndex = 0;
  for (let m = c.re.exec(text); m !== null; m = c.re.exec(text)) {
    if (m[0].length === 0) {
      c.re.lastIndex++;
      continue;
    }
    const start = from + m.index;
    const end = start + m[0].replace(/\s+$/, '').length;
    const s = doc.tokenAt(start)?.sentence ?? -1;
    if (oneSentence && (s < 0 || s !== (doc.tokenAt(end - 1)?.sentence ?? -1))) continue;
    // A notice is whole sentences: only a match inside one is skipped, never its paragraph's rest.
    if (s >= 0 && doc.sentences[s]!.boilerplate) continue;
    const groups = m;
    const d = draftFor(doc, c, familySeverity, start, end, (n) => groups[n] ?? '');
    if (d) out.push(d);
  }
}

/**
 * Runs a regexp pattern over the paragraphs `possible` admits (1 at a paragraph's index): the
 * literal prefilter's answer per paragraph, since every match lies inside one paragraph.
 */
function runRegexpPattern(doc: AnalysedDocument, c: CompiledRegexpPattern, familySeverity: string, out: FindingDraft[], possible: Uint8Array): void {
  const paragraphs = doc.paragraphs;
  if (c.spec.scope === 'paragraph') {
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i]!;
      if (possible[i] === 1) matchRegexpIn(doc, c, p.start, p.end, familySeverity, out, false);
    }
  } else if (c.anchored) {
    // "^" is the sentence start; matching each sentence's opening is enough.
    for (const s of doc.sentences) {
      if (!s.boilerplate && possible[s.paragraph] === 1) matchRegexpIn(doc, c, s.start, Math.min(s.end, s.start + 160), familySeverity, out, false);
    }
  } else {
    // One pass over each paragraph; a match must stay inside one sentence.
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i]!;
      if (possible[i] === 1) matchRegexpIn(doc, c, p.start, p.end, familySeverity, out, true);
    }
  }
}

/** Paragraph start offsets of a document, the ranges of the regexp prefilter. */
const paragraphStartsOf = new WeakMap<AnalysedDocument, number[]>();

function paragraphStarts(doc: AnalysedDocument): number[] {
  let s = paragraphStartsOf.get(doc);
  if (!s) paragraphStartsOf.set(doc, (s = doc.paragraphs.map((p) => p.start)));
  return s;
}

/** Whether the document has one of the words of a `documentHas` / `documentLacks` list. */
function hasAnyWord(list: readonly string[], keys: DocKeys): boolean {
  for (const k of splitList(list)) if (keys.at(k) !== undefined) return true;
  return false;
}

/**
 * The pattern's document-level context: one of `documentHas` present, none of `documentLacks`.
 * Many patterns share a list (compile.ts hands equal lists out as one array): `seen` keeps each
 * list's answer for the document.
 */
function contextHolds(c: CompiledPattern, keys: DocKeys, seen: Map<readonly string[], boolean>): boolean {
  if (c.documentHas && !hasAnyWordOnce(c.documentHas, keys, seen)) return false;
  return c.documentLacks.length === 0 || !hasAnyWordOnce(c.documentLacks, keys, seen);
}

/** hasAnyWord(), answered once per list and document (a plain function: no closure per pattern). */
function hasAnyWordOnce(list: readonly string[], keys: DocKeys, seen: Map<readonly string[], boolean>): boolean {
  let v = seen.get(list);
  if (v === undefined) seen.set(list, (v = hasAnyWord(list, keys)));
  return v;
}

/** Runs every pattern of a compiled family that can match the document. */
export function runFamily(doc: AnalysedDocument, cf: CompiledFamily): FindingDraft[] {
  const out: FindingDraft[] = [];
  const severity = cf.family.severity;
  const seen = new Map<readonly string[], boolean>();
  if (cf.tokenPatterns.length > 0) {
    const keys = keyMap(doc, cf);
    // Candidates marked by pattern index and run in index order (what sorting a Set of them gave,
    // without the Set, its copy and the sort per document and family).
    const candidate = new Uint8Array(cf.tokenPatterns.length);
    for (const i of cf.alwaysRun) candidate[i] = 1;
    // The index keys present in the document: probed from whichever side is smaller, the family's
    // index (thousands of keys for calque-phrase) or the words and lemmas the document has of all
    // wanted keys (a few hundred in a news article); both give the same keys, so the same marks.
    if (keys.words.size + keys.lemmas.size < cf.index.size) {
      const byKind = indexByKind(cf.index);
      for (const w of keys.words.keys()) {
        const list = byKind.words.get(w);
        if (list) for (const i of list) candidate[i] = 1;
      }
      for (const l of keys.lemmas.keys()) {
        const list = byKind.lemmas.get(l);
        if (list) for (const i of list) candidate[i] = 1;
      }
    } else for (const [k, list] of splitIndex(cf.index)) if (keys.at(k) !== undefined) for (const i of list) candidate[i] = 1;
    for (let i = 0; i < candidate.length; i++) {
      if (candidate[i] === 0) continue;
      const c = cf.tokenPatterns[i]!;
      if (!contextHolds(c, keys, seen)) continue;
      if (c.keys) runAtStarts(doc, c, startsFor(c, keys), severity, out);
      else runEverywhere(doc, c, severity, out);
    }
  }
  if (cf.regexpPatterns.length > 0) {
    // Most patterns' key words are absent from a given article: skip them without a regex pass,
    // and run the others only over the paragraphs holding their key words. The document-level
    // context is cheaper still: test it first, and the text only if needed.
    const keys = keyMap(doc, cf);
    const inContext = cf.regexpPatterns.map((c) => contextHolds(c, keys, seen));
    if (inContext.some(Boolean)) {
      const possible = cf.regexpFilter.testRanges(doc.text, paragraphStarts(doc));
      cf.regexpPatterns.forEach((c, k) => {
        const where = possible[k];
        if (inContext[k] && where) runRegexpPattern(doc, c, severity, out, where);
      });
    }
  }
  return out;
}

/** The registry's rule for the pattern family `data/patterns/<id>.json`. */
export function patternRule(id: string): Rule {
  const f = rawFamily(id);
  const meta: Rule['meta'] = {
    id: f.rule,
    category: f.category,
    severity: f.severity,
    description: f.description,
    examples: { invalid: f.examples.invalid, valid: f.examples.valid },
  };
  if (f.yieldsTo) meta.yieldsTo = f.yieldsTo;
  return {
    meta,
    run: (doc) => runFamily(doc, compiledFamily(id)),
  };
}
