/**
 * analyse(): the one pass of linguistic analysis that every rule shares.
 *
 * The input is split into paragraphs at line breaks (news copy puts each paragraph, headline and
 * caption on its own line, and wink-nlp's sentence splitter should never join them). Each paragraph
 * is read by wink-nlp; token values are mapped back to UTF-16 offsets in the original input by
 * searching forward from a cursor, so `input.slice(start, end)` is always the token.
 */
import { beginDocument, entitiesOfLastRead, lastReadData, lemmaIsStable, lexemeText, nlp, readDoc, winkAddons } from './nlp.js';
import { findNames } from './names.js';
import { findQuotes } from './quotes.js';
import { findMtNotices } from './mt-notices.js';
import { lineIndex } from './lines.js';
import { segmentsOf } from './segments.js';
import { lowerOfText, textIdOf, textIdOfLexeme } from './text-ids.js';
import { knownLemma, rememberLemma } from './lemma-memo.js';
import type { AnalysedDocument, EntityMention, Paragraph, Sentence, Token } from './types.js';

/** Paragraph ranges: maximal runs of non-blank text between line breaks, trimmed. */
export function splitParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * Where wink's token `value` lies in the original text, searching forward from `from` inside the
 * segment [segStart, segStart + segText.length). wink-nlp never drops text, but it may drop a
 * format character or emit an empty value; a value that cannot be found is skipped rather than given
 * a wrong offset. Searching the segment's own text bounds the cost of a miss by the segment length.
 */
function locate(segText: string, segStart: number, value: string, from: number): number {
  if (value.length === 0) return -1;
  const at = segText.indexOf(value, from - segStart);
  return at >= 0 ? at + segStart : -1;
}

const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * Two glued wink tokens that are pieces of one word: wink-nlp's tokeniser breaks a word at a letter
 * it does not know (most letters beyond Latin-1: š, ł, ř, ễ), so "Košak" arrives as "Ko" "š" "ak".
 * Only such pieces are glued; glued Latin-1 words ("can" "not") stay as wink split them.
 */
function splitInsideWord(before: string, piece: string): boolean {
  // The Latin-1 test first: it fails for nearly every glued pair (a word and its comma), and a
  // scan of character codes is cheaper than the Unicode letter expression.
  return (beyondLatin1(piece) || beyondLatin1(before)) && LETTERS.test(before) && LETTERS.test(piece);
}

/** Whether `s` has a character beyond Latin-1 (above U+00FF; a surrogate counts), without a regex. */
function beyondLatin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return true;
  return false;
}

/** The span of a sorted, disjoint list that covers `offset` (binary search), if any. */
export function spanCovering<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = spans[mid]!;
    if (offset < x.start) hi = mid - 1;
    else if (offset >= x.end) lo = mid + 1;
    else return x;
  }
  return undefined;
}

type WinkDoc = ReturnType<typeof readDoc>;

/**
 * `doc.tokens().out(its.value)`, read from wink's lexicon list by each token's lexicon index (what
 * its.value itself does), so the analysis makes one pass of wink's out() fewer. Falls back to wink's
 * own pass if an index has no text (never seen; kept so a change inside wink cannot misplace a token).
 */
function valuesOf(doc: WinkDoc, lexemes: readonly number[], its: ReturnType<typeof nlp>['its']): string[] {
  const values = new Array<string>(lexemes.length);
  for (let w = 0; w < lexemes.length; w++) {
    const v = lexemeText(lexemes[w]!);
    if (v === undefined) return doc.tokens().out(its.value) as string[];
    values[w] = v;
  }
  return values;
}

/** The token columns analyse() reads from wink: lexicon index, tag, token type, contraction flag. */
interface TokenColumns {
  lexemes: number[];
  pos: string[];
  types: string[];
  contractions: boolean[];
}

type Its = ReturnType<typeof nlp>['its'];

/** The columns through wink's out() (when the read's raw data is not at hand). */
export function tokenColumnsByOut(doc: WinkDoc, its: Its): TokenColumns {
  return {
    lexemes: doc.tokens().out(its.uniqueId as unknown as typeof its.value) as unknown as number[],
    pos: doc.tokens().out(its.pos) as string[],
    types: doc.tokens().out(its.type) as string[],
    contractions: doc.tokens().out(its.contractionFlag as unknown as typeof its.value) as unknown as boolean[],
  };
}

/**
 * The same columns by calling wink's `its` functions on the read's raw data, as out() calls them
 * (one token after another over the whole document, four numbers a token), in one loop.
 */
export function tokenColumns(its: Its, rdd: { tokens: number[] }): TokenColumns {
  type ItsFn<T> = (index: number, rdd: unknown) => T;
  const uniqueId = its.uniqueId as unknown as ItsFn<number>;
  const posOf = its.pos as unknown as ItsFn<string>;
  const typeOf = its.type as unknown as ItsFn<string>;
  const contractionFlag = its.contractionFlag as unknown as ItsFn<boolean>;
  const n = rdd.tokens.length / 4;
  // Sized once (filled in order below): no growth copies.
  const lexemes = new Array<number>(n);
  const pos = new Array<string>(n);
  const types = new Array<string>(n);
  const contractions = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    lexemes[i] = uniqueId(i, rdd);
    pos[i] = posOf(i, rdd);
    types[i] = typeOf(i, rdd);
    contractions[i] = contractionFlag(i, rdd);
  }
  return { lexemes, pos, types, contractions };
}

/** What analyse() may leave out when its caller does not read it. */
export interface AnalyseOptions {
  /**
   * Named entities (`entities`), from wink's NER passes: true by default. check() reads none (no
   * rule or score does) and passes false, which saves those passes; `entities` is then empty.
   */
  entities?: boolean;
}

export function analyse(text: string, options: AnalyseOptions = {}): AnalysedDocument {
  const withEntities = options.entities ?? true;
  const winkNlp = nlp();
  beginDocument();
  const its = winkNlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  const entities: EntityMention[] = [];

  for (const para of splitParagraphs(text)) {
    const paragraphIndex = paragraphs.length;
    const firstSentence = sentences.length;
    let cursor = para.start;
    // One segment for any ordinary paragraph; see segments.ts for the giant ones.
    for (const seg of segmentsOf(text, para.start, para.end)) {
      const segText = seg.input.length === seg.end - seg.start ? seg.input : text.slice(seg.start, seg.end);
      const doc = readDoc(seg.input);
      // wink's lexicon index of each token's value: the token's text (its.value is the lexicon
      // entry's text), the key of the text-id lookup (text-ids.ts) and, with the tag, of the lemma
      // memo (lemma-memo.ts); contractions carry their lemma themselves.
      // wink's its.lemma called as wink's token item calls it, on the same raw data and add-ons,
      // without building an item (an object of eight closures) per token read; the token columns
      // likewise, by wink's own `its` functions in one loop instead of four out() passes.
      const rdd = lastReadData();
      const addons = winkAddons();
      const { lexemes, pos, types, contractions } = rdd ? tokenColumns(its, rdd) : tokenColumnsByOut(doc, its);
      const values = valuesOf(doc, lexemes, its);
      const tokenItems = doc.tokens();
      const lemmaFn = its.lemma as unknown as (index: number, rdd: unknown, addons: unknown) => string | undefined;
      /** wink's lemma of token w, lower case (its.lemma is typed as needing model add-ons; the lite web model provides them). */
      const lemmaOf = (w: number, value: string, textId: number, tag: string, type: string): string => {
        // A contraction's lemma is in the token; an unstable one is read from a moving list.
        // Stability is a property of the lexicon entry, and a non-contraction token's entry is a
        // function of its text (a vocabulary text always has its own entry; every out-of-vocabulary
        // entry is equally stable or not): a lemma the memo holds was stored for a stable entry, so a
        // hit needs no stability test, and only a miss pays for it.
        const lexeme = lexemes[w] ?? -1;
        if (contractions[w] === false && lexeme >= 0) {
          const known = knownLemma(textId, tag, type);
          if (known !== undefined) return known;
        }
        const memoised = contractions[w] === false && lemmaIsStable(lexeme);
        const winkLemma = rdd ? lemmaFn(w, rdd, addons) : (tokenItems.itemAt(w).out(its.lemma as unknown as typeof its.value) as string | undefined);
        const lemma = (winkLemma ?? value).toLowerCase();
        if (memoised) rememberLemma(textId, tag, type, lemma);
        return lemma;
      };
      // Map wink token index (within this segment) to our global token index, or -1 when unplaced.
      const globalIndex = new Int32Array(values.length).fill(-1);
      const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
      const segFirstSentence = sentences.length;
      for (let w = 0; w < values.length; w++) {
        const value = values[w]!;
        const at = locate(segText, seg.start, value, cursor);
        if (at < 0) continue;
        const prev = tokens[tokens.length - 1];
        if (prev && w > 0 && globalIndex[w - 1] === prev.i && prev.end === at && splitInsideWord(prev.text, value)) {
          // wink cut one word at a letter outside Latin-1 ("Ko" "š" "ak"): glue the pieces back.
          prev.text = text.slice(prev.start, at + value.length);
          prev.lower = prev.text.toLowerCase();
          prev.end = at + value.length;
          prev.lemma = prev.lower;
          prev.textId = textIdOf(prev.text);
          prev.type = 'word';
          prev.pos = /^\p{Lu}/u.test(prev.text) ? 'PROPN' : 'NOUN';
          globalIndex[w] = prev.i;
          cursor = prev.end;
          continue;
        }
        const textId = textIdOfLexeme(lexemes[w] ?? -1, value);
        const token: Token = {
          i: tokens.length,
          text: value,
          lower: lowerOfText(textId, value),
          start: at,
          end: at + value.length,
          pos: pos[w] ?? 'X',
          type: types[w] ?? 'word',
          lemma: lemmaOf(w, value, textId, pos[w] ?? 'X', types[w] ?? 'word'),
          // Provisional; set to the sentence's final index below.
          sentence: segFirstSentence,
          spaceBefore: at > cursor || (tokens.length > 0 && at === para.start),
          textId,
        };
        globalIndex[w] = token.i;
        tokens.push(token);
        cursor = at + value.length;
      }

      for (const [a, b] of sentenceSpans) {
        let tokenStart = -1;
        let tokenEnd = -1;
        for (let t = a; t <= b; t++) {
          const g = globalIndex[t] ?? -1;
          if (g < 0) continue;
          if (tokenStart < 0) tokenStart = g;
          tokenEnd = g + 1;
        }
        if (tokenStart < 0) continue;
        // wink ends a sentence at the dot of a domain name ("KOMPAS.com", "Liputan6.com"): a real
        // boundary has a space after its period, so a sentence that starts glued to the previous
        // one's final dot continues it. So does one after the dot of an Indonesian rank or degree
        // abbreviation ("Kombes Pol. Drs. Supriadi", "Fadil Imran, S.H., M.Si. asked").
        const prev = sentences[sentences.length - 1];
        const first = tokens[tokenStart]!;
        // So does the decimal part of an amount wink cut at its point ("Rp496" "." "8 trillion",
        // "IDR4" "." "5"): a digit glued to a dot glued to a digit.
        const decimal = !first.spaceBefore && /^\d/.test(first.text) && tokenStart >= 2 && !tokens[tokenStart - 1]!.spaceBefore && /\d$/.test(tokens[tokenStart - 2]!.text);
        if (prev && prev.paragraph === paragraphIndex && prev.tokenEnd === tokenStart && tokens[tokenStart - 1]!.text === '.' && ((!first.spaceBefore && /^\p{Ll}/u.test(first.text)) || decimal || continuesAbbreviation(tokens, tokenStart))) {
          for (let t = tokenStart; t < tokenEnd; t++) tokens[t]!.sentence = prev.index;
          prev.tokenEnd = tokenEnd;
          prev.end = tokens[tokenEnd - 1]!.end;
          continue;
        }
        const index = sentences.length;
        for (let t = tokenStart; t < tokenEnd; t++) tokens[t]!.sentence = index;
        sentences.push({
          index,
          start: tokens[tokenStart]!.start,
          end: tokens[tokenEnd - 1]!.end,
          tokenStart,
          tokenEnd,
          paragraph: paragraphIndex,
          boilerplate: false,
        });
      }

      // wink's NER passes over this segment's tokens (src/analysis/nlp.ts), only when asked for.
      const found = withEntities ? entitiesOfLastRead(lexemes.length) : [];
      for (const [a, b, type] of found) {
        const ga = globalIndex[a] ?? -1;
        const gb = globalIndex[b] ?? -1;
        if (ga < 0 || gb < 0) continue;
        const start = tokens[ga]!.start;
        const end = tokens[gb]!.end;
        entities.push({ type: type ?? 'UNKNOWN', start, end, tokenStart: ga, tokenEnd: gb + 1, text: text.slice(start, end) });
      }
    }
    if (sentences.length > firstSentence) {
      paragraphs.push({
        index: paragraphIndex,
        start: para.start,
        end: para.end,
        sentenceStart: firstSentence,
        sentenceEnd: sentences.length,
      });
    }
  }

  const quotes = findQuotes(text, paragraphs);
  const mtNotices = findMtNotices(text, sentences, tokens);
  // Notices are sorted and disjoint, like the sentences: one sweep marks the sentences inside them.
  let next = 0;
  for (const s of sentences) {
    while (next < mtNotices.length && mtNotices[next]!.end < s.end) next++;
    const notice = mtNotices[next];
    if (notice && notice.start <= s.start && s.end <= notice.end) s.boilerplate = true;
  }
  const names = findNames(text, tokens, sentences);
  const position = lineIndex(text);
  const wordCount = tokens.reduce((n, t) => (t.type === 'word' || t.type === 'number' ? n + 1 : n), 0);

  return {
    text,
    tokens,
    sentences,
    paragraphs,
    entities,
    names,
    quotes,
    mtNotices,
    wordCount,
    position,
    inQuote(offset: number): boolean {
      // Quotes are sorted and disjoint (paired left to right within each paragraph).
      return spanCovering(quotes, offset) !== undefined;
    },
    sentenceTokens(sentence: number): Token[] {
      const s = sentences[sentence];
      return s ? tokens.slice(s.tokenStart, s.tokenEnd) : [];
    },
    tokenAt(offset: number): Token | undefined {
      return spanCovering(tokens, offset);
    },
  };
}

/**
 * Abbreviations of Indonesian ranks and titles that always stand before a name: "Pol." (*Polisi*,
 * after a police rank: "Kombes Pol. Budi"), "Drs."/"Dra." (a degree), "Ir." (engineer), "Hj."/"KH."
 * (the hajj and cleric titles), "Kol." (colonel). wink-nlp ends a sentence at their dot.
 */
const NAME_PREFIX_ABBREVIATIONS = new Set(['Pol', 'Drs', 'Dra', 'Ir', 'Hj', 'KH', 'Kol']);

/**
 * Whether the sentence wink starts at `start` continues the previous one, whose last token is a
 * period: after a title abbreviation that stands before a name, when a capitalised word follows
 * ("Kombes Pol. | Drs. | Supriadi said"), or after an abbreviation that ends a name (an academic
 * degree "S.H.", "M.Si.") when the next word is lower case, which no sentence of news prose starts
 * with ("Fadil Imran, M.Si. | asked residents").
 */
function continuesAbbreviation(tokens: readonly Token[], start: number): boolean {
  const dot = tokens[start - 1];
  const word = tokens[start - 2];
  const first = tokens[start];
  if (!dot || !word || !first || dot.spaceBefore || word.type !== 'word') return false;
  if (NAME_PREFIX_ABBREVIATIONS.has(word.text)) return /^\p{Lu}/u.test(first.text);
  if (!/^\p{Ll}/u.test(first.text)) return false;
  // "M.Si." is read as "M." + "Si" + "."; "S.H." as one token.
  const glued = !word.spaceBefore && /^\p{Lu}\.$/u.test(tokens[start - 3]?.text ?? '');
  return glued || /^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(word.text);
}
