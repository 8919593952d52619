/**
 * The literal prefilter per range (LiteralFilter.testRanges, src/engine/literals.ts): the pattern
 * engine runs a regexp pattern only over the paragraphs its required literals occur in, so the
 * mask must never leave out a paragraph in which the pattern matches.
 */
import { describe, expect, it } from 'vitest';
import { foldCase, LiteralFilter, mayMatch, requiredLiterals } from '../src/engine/literals.js';
import { patternRegExp } from '../src/patterns/compile.js';
import { rawFamily } from '../src/patterns/load.js';

function filterFor(res: readonly RegExp[]): LiteralFilter {
  return new LiteralFilter(res.map((re) => ({ literals: requiredLiterals(re.source, re.flags), caseSensitive: !re.ignoreCase })));
}

/** Start offsets of the lines of `text` (the ranges the engine passes: paragraph starts). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function matchesIn(re: RegExp, text: string): boolean {
  const r = new RegExp(re.source, re.flags.replace('g', ''));
  return r.test(text);
}

describe('LiteralFilter.testRanges', () => {
  it('keeps only the ranges in which every required clause has a key', () => {
    const f = filterFor([/until now,? still/gi, /\bframework of\b/gi, /\w+ly/g]);
    const text = 'Until now the road is open.\nIt is still closed.\nUntil now, still closed.\nNo frame here.';
    const [still, framework, always] = f.testRanges(text, lineStarts(text));
    expect([...still!]).toEqual([0, 0, 1, 0]);
    expect(framework).toBeUndefined();
    expect([...always!]).toEqual([1, 1, 1, 1]);
  });

  it('finds keys inside, overlapping and ending other keys, as a search of each line does', () => {
    // Keys that are suffixes ("over the" in "handover the"), prefixes ("hand" of "handover") and
    // overlaps of one another, and letters outside ASCII between them, which no key contains.
    const res = [/handover/gi, /\bover the\b/gi, /ver the c/gi, /\bhand\b/gi, /the counter/gi, /Counter/g, /dover/gi, /ndo/gi];
    const f = filterFor(res);
    const text = 'Handover the counter.\nhandöver the cöunter\nThe Counter at Dover\nno hand, over there\nhandohandover';
    const masks = f.testRanges(text, lineStarts(text));
    res.forEach((re, k) => {
      const req = requiredLiterals(re.source, re.flags);
      const expected = text.split('\n').map((line) => (mayMatch(req, re.ignoreCase ? foldCase(line) : line) ? 1 : 0));
      expect(masks[k] ? [...masks[k]!] : [0, 0, 0, 0, 0], re.source).toEqual(expected);
    });
    expect(f.test(text)).toEqual(res.map((re) => mayMatch(requiredLiterals(re.source, re.flags), re.ignoreCase ? foldCase(text) : text)));
  });

  it('answers per text when lower-casing changes the length (a dotted capital I)', () => {
    const f = filterFor([/until now/gi]);
    const text = 'İstanbul waits.\nUntil now it waited.';
    expect([...f.testRanges(text, lineStarts(text))[0]!]).toEqual([1, 1]);
  });

  it('never leaves out a paragraph where a bundled pattern matches its own examples', () => {
    for (const id of ['calque-phrase', 'syndication-notice']) {
      const specs = rawFamily(id).patterns.filter((p) => p.regexp !== undefined);
      const res = specs.map(patternRegExp);
      const filter = filterFor(res);
      // Every example sentence of the family, one per line, so that each pattern's literals occur
      // in some paragraphs and not in others.
      const text = specs.flatMap((p) => [...p.examples.flag.map((e) => e.text), ...p.examples.pass]).join('\n');
      const starts = lineStarts(text);
      const paragraphs = text.split('\n');
      const masks = filter.testRanges(text, starts);
      let skipped = 0;
      let matched = 0;
      res.forEach((re, k) => {
        paragraphs.forEach((p, r) => {
          const may = masks[k]?.[r] === 1;
          if (!may) skipped++;
          if (matchesIn(re, p)) {
            matched++;
            expect(may, `${id}/${specs[k]!.id} matches paragraph ${r}`).toBe(true);
          }
        });
      });
      expect(matched).toBeGreaterThan(specs.length / 2);
      // The point of the mask: most pattern-paragraph pairs are never tried.
      expect(skipped).toBeGreaterThan((res.length * paragraphs.length) / 2);
    }
  });
});
