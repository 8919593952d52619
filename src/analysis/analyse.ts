/**
 * analyse(): the one pass of linguistic analysis that every rule shares.
 *
 * The input is split into paragraphs at line breaks (news copy puts each paragraph, headline and
 * caption on its own line, and wink-nlp's sentence splitter should never join them). Each paragraph
 * is read by wink-nlp; token values are mapped back to UTF-16 offsets in the original input by
 * searching forward from a cursor, so `input.slice(start, end)` is always the token.
 */
import { nlp } from './nlp.js';
import { findNames } from './names.js';
import { findQuotes } from './quotes.js';
import { findMtNotices } from './mt-notices.js';
import { lineIndex } from './lines.js';
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
 * wink-nlp splits some characters differently from how they appear (it never drops text, but it may
 * tokenise a lone surrogate or control character oddly); a token value that cannot be found at the
 * cursor is skipped rather than given a wrong offset.
 */
function locate(text: string, value: string, from: number, limit: number): number {
  if (value.length === 0) return -1;
  const at = text.indexOf(value, from);
  return at >= 0 && at + value.length <= limit ? at : -1;
}

export function analyse(text: string): AnalysedDocument {
  const winkNlp = nlp();
  const its = winkNlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  const entities: EntityMention[] = [];

  for (const para of splitParagraphs(text)) {
    const paraText = text.slice(para.start, para.end);
    const doc = winkNlp.readDoc(paraText);
    const values = doc.tokens().out(its.value) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const types = doc.tokens().out(its.type) as string[];
    // its.lemma is typed as needing model add-ons; the lite web model provides them.
    const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    // Map wink token index (within this paragraph) to our global token index, or -1 when unplaced.
    const globalIndex: number[] = new Array<number>(values.length).fill(-1);
    let cursor = para.start;
    const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
    let sentenceOfWink = new Array<number>(values.length).fill(0);
    sentenceSpans.forEach(([a, b], k) => {
      for (let t = a; t <= b; t++) sentenceOfWink[t] = k;
    });
    const firstSentence = sentences.length;
    for (let w = 0; w < values.length; w++) {
      const value = values[w]!;
      const at = locate(text, value, cursor, para.end);
      if (at < 0) continue;
      const token: Token = {
        i: tokens.length,
        text: value,
        lower: value.toLowerCase(),
        start: at,
        end: at + value.length,
        pos: pos[w] ?? 'X',
        type: types[w] ?? 'word',
        lemma: (lemmas[w] ?? value).toLowerCase(),
        sentence: firstSentence + (sentenceOfWink[w] ?? 0),
        spaceBefore: at > cursor || (tokens.length > 0 && at === para.start),
      };
      globalIndex[w] = token.i;
      tokens.push(token);
      cursor = at + value.length;
    }
    sentenceOfWink = [];

    const paragraphIndex = paragraphs.length;
    for (const [a, b] of sentenceSpans) {
      const placed = [];
      for (let t = a; t <= b; t++) if ((globalIndex[t] ?? -1) >= 0) placed.push(globalIndex[t]!);
      if (placed.length === 0) continue;
      const tokenStart = placed[0]!;
      const tokenEnd = placed[placed.length - 1]! + 1;
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
    if (sentences.length > firstSentence) {
      paragraphs.push({
        index: paragraphIndex,
        start: para.start,
        end: para.end,
        sentenceStart: firstSentence,
        sentenceEnd: sentences.length,
      });
    }

    const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
    const entityTypes = doc.entities().out(its.type) as string[];
    entitySpans.forEach(([a, b], k) => {
      const ga = globalIndex[a] ?? -1;
      const gb = globalIndex[b] ?? -1;
      if (ga < 0 || gb < 0) return;
      const start = tokens[ga]!.start;
      const end = tokens[gb]!.end;
      entities.push({ type: entityTypes[k] ?? 'UNKNOWN', start, end, tokenStart: ga, tokenEnd: gb + 1, text: text.slice(start, end) });
    });
  }

  const quotes = findQuotes(text, paragraphs);
  const mtNotices = findMtNotices(text, sentences);
  for (const s of sentences) {
    if (mtNotices.some((n) => n.start <= s.start && s.end <= n.end)) s.boilerplate = true;
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
      return quotes.some((q) => q.start <= offset && offset < q.end);
    },
    sentenceTokens(sentence: number): Token[] {
      const s = sentences[sentence];
      return s ? tokens.slice(s.tokenStart, s.tokenEnd) : [];
    },
    tokenAt(offset: number): Token | undefined {
      let lo = 0;
      let hi = tokens.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const t = tokens[mid]!;
        if (offset < t.start) hi = mid - 1;
        else if (offset >= t.end) lo = mid + 1;
        else return t;
      }
      return undefined;
    },
  };
}
