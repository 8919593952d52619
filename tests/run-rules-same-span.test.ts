/** Two rules flagging exactly the same words report one finding; different spans are all kept. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/analyse.js';
import { runRules } from '../src/engine/run-rules.js';
import { check, RULES } from '../src/index.js';

describe('one finding per span', () => {
  const doc = analyse('The minister arrived on Monday.');
  const meta = RULES[0]!.meta;
  const probe = (id: string, start: number, end: number, extra: { suggestions?: string[]; confidence?: number } = {}) => ({
    meta: { ...meta, id, yieldsTo: [] },
    run: () => [{ start, end, message: `A probe from ${id}.`, ...extra }],
  });

  it('keeps the more severe of two findings on the same words', () => {
    const found = runRules(doc, [
      { rule: probe('first', 4, 12), severity: 'info' },
      { rule: probe('second', 4, 12), severity: 'minor' },
    ]);
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['second', 'minor']]);
  });

  it('at equal severity keeps the one with a suggestion, else the earlier rule', () => {
    const withFix = runRules(doc, [
      { rule: probe('plain', 4, 12), severity: 'minor' },
      { rule: probe('fixer', 4, 12, { suggestions: ['official'] }), severity: 'minor' },
    ]);
    expect(withFix.map((f) => f.ruleId)).toEqual(['fixer']);
    const neither = runRules(doc, [
      { rule: probe('earlier', 4, 12), severity: 'minor' },
      { rule: probe('later', 4, 12), severity: 'minor' },
    ]);
    expect(neither.map((f) => f.ruleId)).toEqual(['earlier']);
  });

  it('leaves overlapping findings on different spans alone', () => {
    const found = runRules(doc, [
      { rule: probe('wide', 0, 12), severity: 'minor' },
      { rule: probe('narrow', 4, 12), severity: 'minor' },
    ]);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['narrow', 'wide']);
  });

  it('drops a finding wholly inside one of a rule it yields within, and keeps one reaching past its edge', () => {
    const within = (id: string, start: number, end: number) => ({
      meta: { ...meta, id, yieldsTo: [], yieldsWithin: ['passage'] },
      run: () => [{ start, end, message: `A probe from ${id}.` }],
    });
    const found = runRules(doc, [
      { rule: probe('passage', 0, 12), severity: 'minor' },
      { rule: within('inside', 4, 12), severity: 'minor' },
      { rule: within('across', 8, 20), severity: 'minor' },
    ]);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['across', 'passage']);
  });

  it('reports a word-sense calque that is also a false friend once', () => {
    const text = 'The regional budget absorption in Jakarta reached only 60 percent by October, the governor said.';
    const both = check(text).findings.filter((f) => f.text === 'budget absorption');
    expect(both).toHaveLength(1);
    expect(check(text, { only: ['false-friend'] }).findings.map((f) => f.text)).toContain('budget absorption');
  });
});
