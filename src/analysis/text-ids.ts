/**
 * Small integer ids of token texts, shared by the whole process, so that what several consumers
 * work out per word (the language model's symbol, the spelling verdict, whether a phrase list starts
 * with the word, whether a pattern family asks about it) is looked up once per token here and then
 * read from a typed array, instead of each consumer hashing the token's string into a large Map of
 * its own at every token (in CPU profiles those lookups were several per cent of check(), most of
 * it cache misses).
 *
 * An id, once given, is never reused or changed, so a cache indexed by it can never answer for the
 * wrong text. The table is bounded: once it holds MAX_TEXT_IDS texts, new texts get -1 and every
 * consumer falls back to its own string lookup (the same answer, only slower).
 */

/** Enough for the distinct words of many thousands of news articles (about 10 MB at the bound). */
export const MAX_TEXT_IDS = 1 << 17;

const ids = new Map<string, number>();
/** The text of each id, by id (to verify an answer of the lexeme table below). */
const texts: string[] = [];

/** The id of a token text, or -1 when the table is full and `text` is not in it. */
export function textIdOf(text: string): number {
  const id = ids.get(text);
  if (id !== undefined) return id;
  if (ids.size >= MAX_TEXT_IDS) return -1;
  const next = ids.size;
  ids.set(text, next);
  texts.push(text);
  return next;
}

/** Each id's text in lower case, by id, filled in on first use. */
const lowers: (string | undefined)[] = [];

/** `text.toLowerCase()` for the text with id `id` (-1: none), computed once per text. */
export function lowerOfText(id: number, text: string): string {
  if (id < 0) return text.toLowerCase();
  let lower = lowers[id];
  if (lower === undefined) {
    // Filled in id order up to here, so the array stays dense.
    while (lowers.length < id) lowers.push(texts[lowers.length]!.toLowerCase());
    lowers[id] = lower = text.toLowerCase();
  }
  return lower;
}

/**
 * wink-nlp's lexicon indexes whose text id is known (id + 1; 0 unknown). wink gives every token the
 * index of its text in its lexicon list, an array it only ever appends to, so the index names one
 * string for the life of the process; reading the id here is one typed-array read instead of a
 * hash lookup of the string in `ids` (a cache miss into a large table, about 3 % of check()). Each
 * answer is still checked against the id's text, so a wrong index can only cost the slow path.
 * Bounded like the ids: wink's list grows with every document's out-of-vocabulary words (see
 * src/analysis/nlp.ts), and indexes beyond the bound take the string lookup.
 */
const MAX_LEXEMES = 1 << 21;
let byLexeme = new Int32Array(1 << 16);

/** `textIdOf(text)` for a token whose text is wink's lexicon entry `lexeme` (its.uniqueId). */
export function textIdOfLexeme(lexeme: number, text: string): number {
  if (lexeme >= 0 && lexeme < byLexeme.length) {
    const known = byLexeme[lexeme]! - 1;
    if (known >= 0 && texts[known] === text) return known;
  }
  const id = textIdOf(text);
  if (id >= 0 && lexeme >= 0 && lexeme < MAX_LEXEMES) {
    if (lexeme >= byLexeme.length) {
      const grown = new Int32Array(Math.min(MAX_LEXEMES, Math.max(lexeme + 1, 2 * byLexeme.length)));
      grown.set(byLexeme);
      byLexeme = grown;
    }
    byLexeme[lexeme] = id + 1;
  }
  return id;
}

/**
 * A small non-negative value per text id, 0 meaning "not known yet". Grows on demand up to
 * MAX_TEXT_IDS entries; `clear()` forgets every value (for caches whose inputs changed).
 */
export class TextIdTable {
  private values: Int32Array = new Int32Array(1024);
  /** Whether any value was set since the last clear (clearing an unused table costs nothing). */
  private used = false;

  get(id: number): number {
    return id < this.values.length ? this.values[id]! : 0;
  }

  set(id: number, value: number): void {
    if (id >= this.values.length) {
      const grown = new Int32Array(Math.min(MAX_TEXT_IDS, Math.max(id + 1, 2 * this.values.length)));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[id] = value;
    this.used = true;
  }

  clear(): void {
    if (!this.used) return;
    this.values.fill(0);
    this.used = false;
  }
}
