import { describe, expect, it } from 'vitest';
import { CalqueError, check } from '../src/index.js';
import { assertSpansHonest, assertValidReport, readSeed, SEED_AFP, SEED_MT, SEED_YONHAP } from './helpers.js';

describe('check()', () => {
  it('accepts empty, whitespace and odd Unicode input without throwing', () => {
    for (const text of ['', '   ', '\n\n', '\u200b\u200f', '😀😀 emoji only', 'a\u0000b', '\ud800 lone surrogate', 'x'.repeat(5000)]) {
      const r = check(text);
      assertValidReport(r);
      assertSpansHonest(text, r);
    }
  });

  it('is deterministic', () => {
    const t = readSeed(SEED_MT);
    expect(JSON.stringify(check(t))).toBe(JSON.stringify(check(t)));
  });

  it('reports line and column of each finding', () => {
    const t = readSeed(SEED_MT);
    for (const f of check(t).findings) {
      const before = t.slice(0, f.span.start).split('\n');
      expect(f.line).toBe(before.length);
      expect(f.column).toBe(before[before.length - 1]!.length + 1);
    }
  });

  it('throws CalqueError for invalid options and for unknown rules', () => {
    expect(() => check('x', { minConfidence: 2 })).toThrow(CalqueError);
    expect(() => check('x', { rules: { 'no-such-rule': false } })).toThrow(/unknown rule/);
    // @ts-expect-error: deliberately wrong type
    expect(() => check('x', { rules: { 'mt-disclaimer': 'loud' } })).toThrow(CalqueError);
  });

  it('disables rules and overrides severities', () => {
    const t = readSeed(SEED_MT);
    expect(check(t, { rules: { 'mt-disclaimer': false } }).findings.some((f) => f.ruleId === 'mt-disclaimer')).toBe(false);
    const r = check(t, { rules: { 'mt-disclaimer': { severity: 'minor' } } });
    expect(r.findings.find((f) => f.ruleId === 'mt-disclaimer')?.severity).toBe('minor');
  });

  it('records machine-translation provenance and leaves the notice out of scoring', () => {
    const r = check(readSeed(SEED_MT));
    expect(r.input.provenance.machineTranslationNotice).toBe(true);
    expect(r.input.provenance.sourceLanguageHint).toBe('ind');
    expect(r.sentences.filter((s) => s.boilerplate).length).toBeGreaterThanOrEqual(2);
    expect(r.scores.words).toBeLessThan(r.input.words);
  });

  it('validates every seed report against the shipped schema', () => {
    for (const url of [SEED_MT, SEED_YONHAP, SEED_AFP]) {
      const t = readSeed(url);
      const r = check(t);
      assertValidReport(r);
      assertSpansHonest(t, r);
    }
  });
});
