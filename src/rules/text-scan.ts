/**
 * Quick whole-text tests for a two-character sequence whose one character is a space (" ?", "( "):
 * `text.includes(' ?')` walks every space of the text (about one character in six, and a text with a
 * curly quote is a two-byte string, where the search has no fast path), while the occurrences of the
 * other character are few. Same answers as `includes`.
 */

/** `text.includes(before + literal)`, found by scanning the occurrences of `literal`. */
export function includesAfter(text: string, before: string, literal: string): boolean {
  for (let i = text.indexOf(literal, 1); i >= 0; i = text.indexOf(literal, i + 1)) {
    if (text[i - 1] === before) return true;
  }
  return false;
}

/** `text.includes(literal + after)`, found by scanning the occurrences of `literal`. */
export function includesBefore(text: string, literal: string, after: string): boolean {
  for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
    if (text[i + literal.length] === after) return true;
  }
  return false;
}

/** A hyphen, en dash or em dash standing as a dash token (a dateline's "JAKARTA -", an aside). */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);
