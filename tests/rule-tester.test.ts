/**
 * RuleTester: runs every registered rule's own examples. Each invalid example must produce exactly
 * the listed flags from that rule (and its suggestion, when given); each valid example must produce
 * nothing from that rule.
 */
import { describe, expect, it } from 'vitest';
import { check, RULES } from '../src/index.js';
import { assertValidReport } from './helpers.js';

process.env['CALQUE_DEBUG'] = '1';

describe.each(RULES.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  it('has metadata and at least two examples each way', () => {
    expect(rule.meta.id).toMatch(/^[a-z0-9-]+$/);
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(rule.meta.examples.invalid.length).toBeGreaterThanOrEqual(2);
    expect(rule.meta.examples.valid.length).toBeGreaterThanOrEqual(2);
  });

  for (const ex of rule.meta.examples.invalid) {
    it(`flags: ${ex.text.slice(0, 70)}`, () => {
      const report = check(ex.text, { only: [id] });
      assertValidReport(report);
      const found = report.findings.filter((f) => f.ruleId === id);
      expect(found.map((f) => f.text).sort()).toEqual([...ex.flags].sort());
      for (const f of found) expect(ex.text.slice(f.span.start, f.span.end)).toBe(f.text);
      if (ex.suggestion !== undefined) expect(found[0]?.suggestions[0]).toBe(ex.suggestion);
    });
  }

  for (const text of rule.meta.examples.valid) {
    it(`passes: ${text.slice(0, 70)}`, () => {
      const found = check(text, { only: [id] }).findings.filter((f) => f.ruleId === id);
      expect(found.map((f) => f.text)).toEqual([]);
    });
  }
});

describe('rule documentation', () => {
  it.each(RULES.map((r) => r.meta.id))('docs/rules/%s.md exists', async (id) => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(new URL(`../docs/rules/${id}.md`, import.meta.url))).toBe(true);
  });
});
