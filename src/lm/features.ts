/**
 * Per-token surprisal under the language models, and the sentence features built from it. Works on
 * plain (text, POS) tokens so that training (calibration on held-out Brown) and run time
 * (`doc.tokens`) share one code path.
 *
 * Four features, each a log10 quantity where higher reads better:
 *  - `slor`: the mean per-token SLOR (syntactic log-odds ratio, Pauls & Klein 2012; Lau, Clark &
 *    Lappin 2017): log p_trigram(w|h) − log p_unigram(w). Subtracting the unigram term stops rare but
 *    perfectly good words (names, technical terms) from reading as disfluent.
 *  - `worstSlor`: the mean of the three lowest per-token SLOR values: a local breakdown ("personal
 *    trend for") that a sentence mean would dilute.
 *  - `worstTag`: the mean of the two lowest log p(tag | word), where the tag is the one wink-nlp gave
 *    in context and p(tag | word) was learnt from wink's tags on Brown. When a sentence's syntax is
 *    broken the tagger is pushed into rare readings ("proof" as a verb), so this measures how far the
 *    text confused a tagger that reads clean English well.
 *  - `pos`: the mean log10 p of the tag sequence under the POS 5-gram model: word order that no
 *    edited sentence has ("the of police … in house his"), whatever the words.
 *  - `article`: the least likely determiner choice among singular head nouns, from p(bare | noun)
 *    learnt on Brown (src/lm/syntax.ts): Indonesian has no articles, and MT leaves count nouns bare.
 * And three structural signals, each turned into a fixed penalty by calibration: `subjectless` (0/1),
 * a main clause with no subject after fronted phrases (src/lm/syntax.ts); `repeats` (0..2), the same
 * content word said twice; `noFiniteVerb` (0/1), a sentence with no main verb (src/lm/clause.ts).
 */
import { BOS, EOS, foldText, isShapeClass, posSymbol, shapeClass, wordKey } from './symbols.js';
import { lacksFiniteVerb, repeatedContentWords } from './clause.js';
import { frameSignals, type FrameSignals } from './frames.js';
import { signalOfLogit, translationeseLogit } from './translationese.js';
import { nounPhraseHeads, subjectlessClause } from './syntax.js';
import { child, logProb, MemoModel, NO_PROB, QUANT, type NgramModel } from './trie.js';
import { TextIdTable } from '../analysis/text-ids.js';

export interface TokenLike {
  text: string;
  pos: string;
  /** Whitespace before the token (tells a dash from a compound's hyphen); default true. */
  spaceBefore?: boolean;
  /** wink-nlp's lemma, lower case (tells a singular noun from a plural); optional. */
  lemma?: string;
  /**
   * `text.toLowerCase()`, when the caller has it already (the analysis's tokens do): the clause and
   * frame signals read it for every token of every sentence, and a string already looked up
   * elsewhere costs no new allocation or hash. Optional; must equal `text.toLowerCase()`.
   */
  lower?: string;
  /** `textIdOf(text)` (src/analysis/text-ids.ts) when the caller has it (the analysis's tokens do); optional. */
  textId?: number;
}

export interface Models {
  /** Word trigram model (interpolated modified Kneser-Ney). */
  word: NgramModel;
  /** Word unigram relative frequencies (SLOR's normalisation). */
  wordFreq: NgramModel;
  /** POS-sequence model over wink's tags (interpolated modified Kneser-Ney). */
  pos: NgramModel;
  /** Tag given word: level 1 = word ids, level 2 = POS ids (Witten-Bell; backoff to tagPrior). */
  tagGivenWord: NgramModel;
  /** log10 p(tag) by POS id, the backoff distribution of tagGivenWord. */
  tagPrior: readonly number[];
  /** Level 1 = word ids: log10 p(a singular head noun goes without a determiner | word). */
  article: NgramModel;
  /** Level 1 = word ids: log10 share of lower-case spellings (not sentence-initial) of the word. */
  casing: NgramModel;
  /** How much likelier (odds ratio) a bare noun is at the start of a sentence than elsewhere. */
  initialBareOdds: number;
  wordIndex: ReadonlyMap<string, number>;
  posIndex: ReadonlyMap<string, number>;
}

export function indexOf(symbols: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  symbols.forEach((s, i) => m.set(s, i));
  return m;
}

export interface SentenceFeatures {
  /** Predicted symbols (tokens plus the end of sentence). */
  n: number;
  slor: number;
  worstSlor: number;
  worstTag: number;
  /** Mean log10 p of the POS sequence. */
  pos: number;
  /** The least likely determiner choice: min over singular head nouns of log10 p(bare or not | noun, position); 0 if none. */
  article: number;
  /** 1 when the main clause has no subject (src/lm/syntax.ts), else 0. */
  subjectless: number;
  /** Repeated mentions of the same content word, 0..2 (src/lm/clause.ts). */
  repeats: number;
  /** 1 when the sentence has no finite verb at all (src/lm/clause.ts), else 0. */
  noFiniteVerb: number;
  /** Broken clause frames (src/lm/frames.ts), costed by the combiner (src/lm/combiner.ts). */
  frames: FrameSignals;
  /** Share of word tokens outside the vocabulary (diagnostic). */
  oov: number;
  /** The learnt translationese model's reading of the sentence, 0..1 (src/lm/translationese.ts), costed by the combiner. */
  translationese: number;
  /**
   * The same model's raw log-odds, unclipped (negative when the sentence reads as native): averaged
   * over an article, it tells an article that reads as translated from one that reads as native
   * (src/lm/article-reading.ts).
   */
  translationeseLogit: number;
}

/**
 * Token text → symbol id, memoised per index: folding and shape classes run a few regexes, and news
 * repeats its words, so each distinct spelling is worked out once. Bounded, and pure (a cache hit
 * returns what the computation would).
 */
const symbolMemo = new WeakMap<ReadonlyMap<string, number>, SymbolMemo>();

/**
 * Spaced and glued spellings apart (keyed by the token text itself: no key string to build), and
 * the same answers by the token's text id (symbol id + 1; 0 not known yet), which a token of the
 * analysis carries: an array read instead of a string hash into a large map at every token.
 */
interface SymbolMemo {
  spaced: Map<string, number>;
  glued: Map<string, number>;
  spacedById: TextIdTable;
  gluedById: TextIdTable;
}

function memoFor(index: ReadonlyMap<string, number>): SymbolMemo {
  let memo = symbolMemo.get(index);
  if (!memo) symbolMemo.set(index, (memo = { spaced: new Map(), glued: new Map(), spacedById: new TextIdTable(), gluedById: new TextIdTable() }));
  if (memo.spaced.size + memo.glued.size > 50_000) {
    memo.spaced.clear();
    memo.glued.clear();
  }
  return memo;
}

function wordId(index: ReadonlyMap<string, number>, memo: SymbolMemo, t: TokenLike): number {
  const spaced = t.spaceBefore ?? true;
  const tid = t.textId;
  if (tid !== undefined && tid >= 0) {
    // The symbol is a function of (text, spaced) and the index alone, and an id names one text.
    const byId = spaced ? memo.spacedById : memo.gluedById;
    const known = byId.get(tid);
    if (known !== 0) return known - 1;
    const id = symbolOf(index, t.text, spaced);
    byId.set(tid, id + 1);
    return id;
  }
  const map = spaced ? memo.spaced : memo.glued;
  let id = map.get(t.text);
  if (id === undefined) {
    id = symbolOf(index, t.text, spaced);
    map.set(t.text, id);
  }
  return id;
}

function symbolOf(index: ReadonlyMap<string, number>, text: string, spaced: boolean): number {
  return index.get(wordKey(text, spaced)) ?? index.get(shapeClass(foldText(text, spaced))) ?? index.get('<sym>')!;
}

/** Symbol ids of a token sequence for the word model (vocabulary word or shape class), padded. */
export function wordIds(m: Pick<Models, 'wordIndex'>, tokens: readonly TokenLike[]): number[] {
  const memo = memoFor(m.wordIndex);
  const ids = [m.wordIndex.get(BOS)!];
  for (const t of tokens) ids.push(wordId(m.wordIndex, memo, t));
  ids.push(m.wordIndex.get(EOS)!);
  return ids;
}

/** Symbol ids for the POS-sequence model, padded. */
export function posIds(m: Pick<Models, 'posIndex'>, tokens: readonly TokenLike[]): number[] {
  const ids = [m.posIndex.get(BOS)!];
  const other = m.posIndex.get('X')!;
  for (const t of tokens) {
    const direct = t.pos === 'PUNCT' || t.pos === 'SYM' ? undefined : m.posIndex.get(t.pos);
    ids.push(direct ?? m.posIndex.get(posSymbol(t.text, t.pos, t.spaceBefore ?? true)) ?? other);
  }
  ids.push(m.posIndex.get(EOS)!);
  return ids;
}

/** log10 p(tag | word) under the Witten-Bell model. */
export function tagLogProb(m: Models, wordId: number, tagId: number): number {
  const t = m.tagGivenWord;
  const c = child(t, 1, wordId, tagId);
  if (c >= 0) return t.levels[1]!.logp[c]! / QUANT;
  return t.levels[0]!.bow![wordId]! / QUANT + (m.tagPrior[tagId] ?? -3);
}

/** A word's level-1 value in a unigram model, or `fallback` for ids outside it. */
function unigramValue(model: NgramModel, id: number, fallback: number): number {
  const v = model.levels[0]!.logp[id];
  return v === undefined ? fallback : v / QUANT;
}

/** Mostly written lower case in Brown (so a capitalised sentence opener is an ordinary word). */
export function isCommonWord(m: Pick<Models, 'casing' | 'wordIndex'>, lower: string): boolean {
  const id = m.wordIndex.get(lower);
  return id !== undefined && unigramValue(m.casing, id, -1) > Math.log10(0.5);
}

/** log10 p(a singular head noun is bare | word id, sentence-initial or not). */
export function bareLogProb(m: Pick<Models, 'article' | 'initialBareOdds'>, id: number, initial: boolean): number {
  const lp = unigramValue(m.article, id, Math.log10(0.3));
  if (!initial) return lp;
  const p = 10 ** lp;
  const odds = (p / (1 - p)) * m.initialBareOdds;
  return Math.log10(odds / (1 + odds));
}

/** The article feature: min over singular head nouns of log10 p(observed determiner choice). */
function articleFeature(m: Models, tokens: readonly TokenLike[], ids: readonly number[]): number {
  let worst = 0;
  for (const h of nounPhraseHeads(tokens, (lower) => isCommonWord(m, lower))) {
    const lp = bareLogProb(m, ids[h.index + 1]!, h.initial);
    const v = h.bare ? lp : Math.log10(Math.max(1e-6, 1 - 10 ** lp));
    if (v < worst) worst = v;
  }
  return worst;
}

/**
 * The k lowest values added so far, kept ascending in a fixed buffer, and their mean summed in
 * ascending order from 0 (as sorting them would: the result is bit-identical). Each sentence's
 * per-token values are fed in as they are computed, so no array of them is built per sentence.
 */
class Lowest {
  private readonly low: Float64Array;
  private n = 0;
  constructor(private readonly k: number) {
    this.low = new Float64Array(k);
  }

  reset(): void {
    this.n = 0;
  }

  add(x: number): void {
    const { low, k } = this;
    if (this.n === k && !(x < low[k - 1]!)) return;
    let i = this.n === k ? k - 1 : this.n++;
    while (i > 0 && x < low[i - 1]!) {
      low[i] = low[i - 1]!;
      i--;
    }
    low[i] = x;
  }

  mean(): number {
    let s = 0;
    for (let i = 0; i < this.n; i++) s += this.low[i]!;
    return this.n === 0 ? 0 : s / this.n;
  }
}

/** Scratch buffers of sentenceFeatures (synchronous, never re-entered). */
const lowestSlor = new Lowest(3);
const lowestTag = new Lowest(2);

/** Whether a token has a letter: `/\p{L}/u.test(text)`, answered without the regex for ASCII text. */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER.test(text);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;

/** Per word-model symbol id, whether the symbol is a shape class (an out-of-vocabulary word). */
const shapeFlags = new WeakMap<NgramModel, Uint8Array>();

function shapeFlagsOf(model: NgramModel): Uint8Array {
  let flags = shapeFlags.get(model);
  if (!flags) {
    // A plain loop: Uint8Array.from() iterated the whole vocabulary through the iterator protocol,
    // an object per symbol, at every cold start.
    const symbols = model.symbols;
    flags = new Uint8Array(symbols.length);
    for (let i = 0; i < symbols.length; i++) if (isShapeClass(symbols[i]!)) flags[i] = 1;
    shapeFlags.set(model, flags);
  }
  return flags;
}

/** log10 p(w) under a unigram-level lookup: `logProb(model, ids, i, i, w)` without the general descent. */
function unigramLogProb(model: NgramModel, ids: readonly number[], i: number): number {
  const w = ids[i]!;
  const lp = model.levels[0]!.logp[w];
  // Level 1 holds every symbol, always with a probability; anything else takes the general path.
  return lp !== undefined && lp !== NO_PROB ? lp / QUANT : logProb(model, ids, i, i, w);
}

const memos = new WeakMap<NgramModel, MemoModel>();

function memoOf(model: NgramModel): MemoModel {
  let memo = memos.get(model);
  if (!memo) memos.set(model, (memo = new MemoModel(model)));
  return memo;
}

const CLOSING_PUNCT = new Set([',', '.', '?', '!']);

/**
 * Puts a closing quote before the punctuation it follows (`said."` → `said".`), the one order the
 * Brown corpus knows: its editors split `."` and `,"` into `'' .` and `'' ,` (3,331 and 2,032 times,
 * never the other way round), while modern American news writes `."` in nearly every quoted sentence.
 * Training and scoring both go through this, so neither house style reads as disfluent. A quote
 * directly after `.`/`,`/`?`/`!` with no space before it can only be a closing one. Returns the input
 * array itself when there is nothing to swap.
 */
export function canonicalOrder(tokens: readonly TokenLike[]): readonly TokenLike[] {
  let out: TokenLike[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const p = (out ?? tokens)[i - 1]!;
    const q = (out ?? tokens)[i]!;
    if (q.spaceBefore !== false || !CLOSING_PUNCT.has(p.text) || foldText(q.text, false) !== '"') continue;
    out ??= [...tokens];
    out[i - 1] = { ...q, spaceBefore: false };
    out[i] = { ...p, spaceBefore: false };
  }
  return out ?? tokens;
}

export function sentenceFeatures(m: Models, sentence: readonly TokenLike[]): SentenceFeatures {
  const tokens = canonicalOrder(sentence);
  const posModel = memoOf(m.pos);
  const w = wordIds(m, tokens);
  const p = posIds(m, tokens);
  const shape = shapeFlagsOf(m.word);
  lowestSlor.reset();
  lowestTag.reset();
  let slorSum = 0;
  let pos = 0;
  let oov = 0;
  let words = 0;
  for (let i = 1; i < w.length; i++) {
    const x = logProb(m.word, w, 0, i, w[i]!) - unigramLogProb(m.wordFreq, w, i);
    lowestSlor.add(x);
    // Summed left to right from 0, as reduce() did.
    slorSum += x;
    pos += posModel.logProb(p, 0, i, p[i]!);
    const t = tokens[i - 1];
    if (t !== undefined && hasLetter(t.text)) {
      words++;
      if (shape[w[i]!] === 1) oov++;
      // Outside punctuation, the POS model's symbol is the tag's id (or X's): no second map lookup.
      const tag = t.pos === 'PUNCT' || t.pos === 'SYM' ? (m.posIndex.get(t.pos) ?? m.posIndex.get('X')!) : p[i]!;
      lowestTag.add(tagLogProb(m, w[i]!, tag));
    }
  }
  const n = w.length - 1;
  const logit = translationeseLogit(sentence);
  return {
    n,
    slor: slorSum / n,
    worstSlor: lowestSlor.mean(),
    worstTag: lowestTag.mean(),
    pos: pos / n,
    article: articleFeature(m, tokens, w),
    subjectless: subjectlessClause(tokens) ? 1 : 0,
    repeats: repeatedContentWords(tokens),
    noFiniteVerb: lacksFiniteVerb(tokens) ? 1 : 0,
    frames: frameSignals(tokens),
    oov: words === 0 ? 0 : oov / words,
    translationese: signalOfLogit(logit),
    translationeseLogit: logit,
  };
}
