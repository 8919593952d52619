/**
 * The shared analysis every rule reads. It is built once per `check()` call by `analyse()`; rules
 * never tokenise text themselves. All offsets are UTF-16 code units into `text` (the input, or the
 * copy of it check() analyses; see src/analysis/normalise.ts).
 */

export interface Token {
  /** Index in `AnalysedDocument.tokens`. */
  i: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, PRON, PUNCT, …). */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, symbol, emoji, email, url, … */
  type: string;
  /** wink-nlp lemma, lower case. */
  lemma: string;
  /** Index of the sentence holding this token. */
  sentence: number;
  /** True when whitespace separates this token from the previous one. */
  spaceBefore: boolean;
  /**
   * `textIdOf(text)` (src/analysis/text-ids.ts): a process-wide small integer per distinct text, for
   * per-word caches in typed arrays; -1 when the id table is full. Optional so that tokens built by
   * hand (tests) need not carry it: every reader falls back to the text itself.
   */
  textId?: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
  /** True when the sentence is publisher boilerplate (an MT notice) and is left out of scoring. */
  boilerplate: boolean;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** Sentence range [sentenceStart, sentenceEnd). */
  sentenceStart: number;
  sentenceEnd: number;
}

/** A wink-nlp named entity (numbers, dates, times, money, percentages, ordinals). */
export interface EntityMention {
  type: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  text: string;
}

/** A run of capitalised proper-name tokens: a candidate person (or place) name. */
export interface NameMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  text: string;
  sentence: number;
  /** The name's words, as written. */
  words: string[];
}

/** A stretch of quoted speech (the quote marks included). */
export interface QuoteSpan {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  column: number;
}

export interface AnalysedDocument {
  /**
   * The text analysed: the caller's input as check() hands it over, which is the input itself unless
   * it holds invisible format characters or tabs (src/analysis/normalise.ts); check() maps every span
   * back to the input at the end.
   */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  entities: EntityMention[];
  names: NameMention[];
  quotes: QuoteSpan[];
  /**
   * Publisher notices that the text was machine translated: whole sentences (the sentences marked
   * `boilerplate`), sorted and disjoint.
   */
  mtNotices: { start: number; end: number; mentionsIndonesian: boolean }[];
  /** Number of word and number tokens. */
  wordCount: number;
  /** 1-based line and column of an offset. */
  position(offset: number): Position;
  /** True when the offset lies inside quoted speech. */
  inQuote(offset: number): boolean;
  /** Tokens of one sentence. */
  sentenceTokens(sentence: number): Token[];
  /** The token that starts at or covers the offset, if any. */
  tokenAt(offset: number): Token | undefined;
}
