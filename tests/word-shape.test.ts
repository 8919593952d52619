import { describe, expect, it } from 'vitest';
import { isCapitalisedWord, isLowerWord, startsLower, twoLowerWords } from '../src/rules/word-shape.js';

// Letters and non-letters of every kind the fast paths must hand to the regex or refuse: ASCII
// letters at the range edges, digits, marks, accented and Greek letters, a titlecase digraph (Lt),
// ordinal indicators, astral letters (surrogate pairs) and a lone surrogate.
const ALPHABET = [
  'a', 'z', 'm', 'A', 'Z', 'M', '@', '[', '`', '{', '0', '9', '-', "'", '.', ' ', '\u00e9', '\u00c9', '\u00df', '\u01c5', '\u00aa',
  '\u03b1', '\u0391', '\u0301', '\u2019', '\u00a0', '\u{1d400}', '\u{1d41a}', '\ud800', '\u0130', '\u0131', '\u1e9e',
];

function* strings(): Generator<string> {
  yield '';
  for (const a of ALPHABET) {
    yield a;
    for (const b of ALPHABET) {
      yield a + b;
      for (const c of ALPHABET) yield a + b + c;
    }
  }
  // Longer words: a deterministic pseudo-random walk over the alphabet, mostly ASCII letters.
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let i = 0; i < 50_000; i++) {
    const len = 1 + next(12);
    let s = '';
    for (let k = 0; k < len; k++) s += next(4) === 0 ? ALPHABET[next(ALPHABET.length)]! : letters[next(letters.length)]!;
    yield s;
    yield s[0]!.toUpperCase() + s.slice(1).toLowerCase();
    yield s.toLowerCase();
  }
  // Short words and spaces, for twoLowerWords(): runs of two, three and more letters either side
  // of one space, with capitals, accented letters and hyphens between.
  const small = ['a', 'b', 'a', 'b', 'A', ' ', ' ', '\u00e9', '\u00c9', '-'];
  for (let i = 0; i < 60_000; i++) {
    const len = next(15);
    let s = '';
    for (let k = 0; k < len; k++) s += small[next(small.length)]!;
    yield s;
  }
}

describe('word shapes: the same answers as the regexes', () => {
  it('agree on every test string', () => {
    let n = 0;
    for (const s of strings()) {
      n++;
      if (isCapitalisedWord(s) !== /^\p{Lu}\p{Ll}+$/u.test(s)) expect.fail(`isCapitalisedWord(${JSON.stringify(s)})`);
      if (isLowerWord(s) !== /^\p{Ll}+$/u.test(s)) expect.fail(`isLowerWord(${JSON.stringify(s)})`);
      if (startsLower(s) !== /^\p{Ll}/u.test(s)) expect.fail(`startsLower(${JSON.stringify(s)})`);
      if (twoLowerWords(s) !== /\p{Ll}{3,} \p{Ll}{3,}/u.test(s)) expect.fail(`twoLowerWords(${JSON.stringify(s)})`);
    }
    expect(n).toBeGreaterThan(150_000);
  });

  it('answers ordinary words', () => {
    expect(isCapitalisedWord('Jakarta')).toBe(true);
    expect(isCapitalisedWord('\u00c9mile')).toBe(true);
    expect(isCapitalisedWord('JAKARTA')).toBe(false);
    expect(isCapitalisedWord('McCain')).toBe(false);
    expect(isLowerWord('caf\u00e9')).toBe(true);
    expect(isLowerWord('flood-hit')).toBe(false);
    expect(startsLower('iPhone')).toBe(true);
    expect(startsLower('\u00e9t\u00e9')).toBe(true);
    expect(startsLower('Dan')).toBe(false);
    expect(twoLowerWords('The Minister Said So')).toBe(false);
    expect(twoLowerWords('The Minister said so')).toBe(true);
    expect(twoLowerWords('The minister said so')).toBe(true);
    expect(twoLowerWords('Le caf\u00e9 \u00e9tait')).toBe(true);
  });
});
