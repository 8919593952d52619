/** The shared analysis: offsets, sentences and names that rules rely on. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';

const sentences = (text: string): string[] => {
  const d = analyse(text);
  return d.sentences.map((s) => text.slice(s.start, s.end));
};

describe('analyse()', () => {
  it('keeps every token at its offsets in the original input', () => {
    const text = 'Line one — “quoted”.\r\nKim Jong-un met Ursula von der Leyen 😀 in Seoul.';
    for (const t of analyse(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('does not end a sentence at the dot of a domain name', () => {
    expect(sentences('JAKARTA, KOMPAS.com - Floods hit the city on Monday. Officials said 300 people fled.')).toEqual([
      'JAKARTA, KOMPAS.com - Floods hit the city on Monday.',
      'Officials said 300 people fled.',
    ]);
    expect(sentences('Read more at detik.com, the portal said.')).toHaveLength(1);
  });

  it('does not end a sentence at the dot of an Indonesian rank, title or degree abbreviation', () => {
    expect(sentences('Commissioner Pol. Drs. Hendra Gunawan, M.Si. asked the residents to stay calm. The road reopened on Friday.')).toEqual([
      'Commissioner Pol. Drs. Hendra Gunawan, M.Si. asked the residents to stay calm.',
      'The road reopened on Friday.',
    ]);
    expect(sentences('The ceremony was led by Ir. Hj. Siti Rahma, S.H. in the hall.')).toHaveLength(1);
    // An abbreviation that ends a name, before a capitalised word: a real boundary may follow.
    expect(sentences('The award went to Budi Santoso, S.H. The jury met again in May.')).toHaveLength(2);
  });

  it('still splits sentences that follow a period without a space when the next starts a sentence', () => {
    expect(sentences('He left.Then he came back.')).toHaveLength(2);
  });

  it('never lets a sentence cross a line break', () => {
    expect(sentences('Headline Without Period\nThe body starts here.')).toEqual(['Headline Without Period', 'The body starts here.']);
  });

  it('joins names with particles and hyphenated parts', () => {
    const names = analyse('European Commission President Ursula von der Leyen met Kim Jong-un and Mohammed bin Salman.').names.map((n) => n.text);
    expect(names).toContain('Kim Jong-un');
    expect(names).toContain('Mohammed bin Salman');
    expect(names.some((n) => n.endsWith('Ursula von der Leyen'))).toBe(true);
  });

  it('keeps a word with letters beyond Latin-1 as one token at exact offsets', () => {
    const text = '😀 Coach Košak met Łukasz Żółć, Dvořák and Nguyễn Văn Thiệu; they cannot stay.';
    const d = analyse(text);
    const words = d.tokens.map((t) => t.text);
    for (const w of ['Košak', 'Łukasz', 'Żółć', 'Dvořák', 'Nguyễn', 'Văn', 'Thiệu']) expect(words).toContain(w);
    for (const t of d.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    // Latin-1 words that wink splits on purpose stay split.
    expect(words).toContain('can');
    expect(words).toContain('not');
    expect(d.tokens.find((t) => t.text === 'Košak')?.pos).toBe('PROPN');
  });
});
