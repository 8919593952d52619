/**
 * echoed-word: the word-family test that decides whether two words echo each other, and the rule
 * through check() on sentences of our own (its meta examples run in rule-tester.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { sameFamily, stemOf } from '../src/rules/echoed-word.js';

describe('echoed-word word families', () => {
  it('joins a verb, its -ation noun and its -or noun', () => {
    expect(sameFamily('investigating', 'investigation')).toBe(true);
    expect(sameFamily('investigated', 'investigators')).toBe(true);
    expect(sameFamily('strengthened', 'strengthening')).toBe(true);
    expect(sameFamily('development', 'developers')).toBe(true);
  });

  it('keeps prefix look-alikes apart', () => {
    expect(sameFamily('interest', 'international')).toBe(false);
    expect(sameFamily('control', 'contract')).toBe(false);
    expect(sameFamily('community', 'communication')).toBe(false);
    expect(sameFamily('present', 'president')).toBe(false);
  });

  it('never strips a word below five letters', () => {
    expect(stemOf('rates')).toBe('rates');
    expect(stemOf('capacity')).toBe('capacity');
  });
});

describe('echoed-word through check()', () => {
  const echoes = (text: string) => check(text).findings.filter((f) => f.ruleId === 'echoed-word').map((f) => f.text);

  it('flags the echo as info, with the span from the word to its echo', () => {
    const report = check('The pumps exceed the capacity of the capacity, the mayor said.');
    const finding = report.findings.find((f) => f.ruleId === 'echoed-word');
    expect(finding?.text).toBe('capacity of the capacity');
    expect(finding?.severity).toBe('info');
  });

  it('leaves idioms, compounds and distant repeats alone', () => {
    expect(echoes('Aid arrived village by village as the water fell.')).toEqual([]);
    expect(echoes('The capacity of the plant doubled, and the new capacity will be used next year.')).toEqual([]);
    expect(echoes('Police questioned the driver of the driver training school.')).toEqual([]);
  });
});
