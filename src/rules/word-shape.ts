/**
 * Letter-case shape tests that the rules run at nearly every token: "a capitalised word"
 * (/^\p{Lu}\p{Ll}+$/u), "all lower-case letters" (/^\p{Ll}+$/u), "opens in a lower-case letter"
 * (/^\p{Ll}/u). A Unicode property regex costs a call into the regex engine per token; for an
 * ASCII string the answer is a few character-code comparisons (in ASCII, \p{Lu} is A-Z and \p{Ll}
 * is a-z). As soon as a character outside ASCII is reached before the answer is known, the regex
 * itself decides, so every answer is the regex's (tests/word-shape.test.ts compares them).
 */

const CAPITALISED_RE = /^\p{Lu}\p{Ll}+$/u;
const LOWER_WORD_RE = /^\p{Ll}+$/u;
const LOWER_START_RE = /^\p{Ll}/u;

/** `/^\p{Lu}\p{Ll}+$/u.test(s)`: "Jakarta", "Émile". */
export function isCapitalisedWord(s: string): boolean {
  const n = s.length;
  if (n < 2) return false;
  let c = s.charCodeAt(0);
  if (c >= 128) return CAPITALISED_RE.test(s);
  if (c < 65 || c > 90) return false;
  for (let k = 1; k < n; k++) {
    c = s.charCodeAt(k);
    if (c >= 128) return CAPITALISED_RE.test(s);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** `/^\p{Ll}+$/u.test(s)`: "flood", "café". */
export function isLowerWord(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return LOWER_WORD_RE.test(s);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** `/^\p{Ll}/u.test(s)`: the first character is a lower-case letter. */
export function startsLower(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c >= 128) return LOWER_START_RE.test(s);
  return c >= 97 && c <= 122;
}

const TWO_LOWER_WORDS_RE = /\p{Ll}{3,} \p{Ll}{3,}/u;

/**
 * `/\p{Ll}{3,} \p{Ll}{3,}/u.test(s)`: two lower-case words of three letters or more with a space
 * between, anywhere in `s` (a paragraph). In prose the first ASCII pair ("the minister") answers it
 * within a few characters; a text without one goes to the regex, which then decides.
 */
export function twoLowerWords(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      run++;
      continue;
    }
    if (c === 32 && run >= 3 && isAsciiLower(s.charCodeAt(i + 1)) && isAsciiLower(s.charCodeAt(i + 2)) && isAsciiLower(s.charCodeAt(i + 3))) return true;
    run = 0;
  }
  return TWO_LOWER_WORDS_RE.test(s);
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
