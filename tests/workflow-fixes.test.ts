import { describe, expect, it } from 'vitest';
import { applyPatch, createPatch, parsePatch } from 'diff';
import fc from 'fast-check';
import type { Finding } from '../src/index.js';
import { check } from '../src/index.js';
import { applyFixes, fixPatch } from '../src/workflow/fixes.js';
import { findingBuilder } from '../src/workflow/findings.js';
import { readSeed, SEED_MT } from './helpers.js';

function f(input: string, start: number, end: number, suggestion: string, extra: Partial<Finding> = {}): Finding {
  const build = findingBuilder(input);
  return { ...build({ ruleId: 'test-rule', category: 'fluency/grammar', severity: 'minor', start, end, message: 'm', suggestions: [suggestion], confidence: 0.9, fixable: true }), ...extra };
}

describe('applyFixes', () => {
  const text = 'Leader Kim met her guests at a 60th anniversary.';
  it('applies non-overlapping fixes from the end so offsets stay valid', () => {
    const fixes = [f(text, 0, 10, 'Kim'), f(text, 15, 18, 'his'), f(text, 29, 30, 'the')];
    const r = applyFixes(text, fixes);
    expect(r.text).toBe('Kim met his guests at the 60th anniversary.');
    expect(r.applied).toHaveLength(3);
  });
  it('keeps only the first (then most severe) of overlapping fixes', () => {
    const a = f(text, 15, 25, 'his guests', { severity: 'minor' });
    const b = f(text, 15, 18, 'his', { severity: 'major' });
    const c = f(text, 19, 25, 'visitors');
    const r = applyFixes(text, [a, b, c]);
    expect(r.applied.map((x) => x.span)).toEqual([{ start: 15, end: 18 }, { start: 19, end: 25 }]);
    expect(r.skipped).toEqual([a]);
    expect(r.text).toBe('Leader Kim met his visitors at a 60th anniversary.');
  });
  it('ignores findings that are not fixable or have no suggestion, and stale spans', () => {
    const notFixable = { ...f(text, 15, 18, 'his'), fixable: false };
    const noSuggestion = { ...f(text, 15, 18, 'his'), suggestions: [] };
    const stale = { ...f(text, 15, 18, 'his'), text: 'him' };
    expect(applyFixes(text, [notFixable, noSuggestion]).text).toBe(text);
    expect(applyFixes(text, [stale]).skipped).toHaveLength(1);
  });
  it('handles two insertions at one point by keeping one', () => {
    const r = applyFixes(text, [f(text, 7, 7, 'Mr '), f(text, 7, 7, 'Dr ')]);
    expect(r.applied).toHaveLength(1);
    expect(r.text).toBe('Leader Mr Kim met her guests at a 60th anniversary.');
  });
  it('produces a unified diff that patches the input into the fixed text', () => {
    const fixed = applyFixes(text, [f(text, 15, 18, 'his')]).text;
    const patch = fixPatch('a.txt', text, fixed);
    expect(patch).toContain('--- a.txt\toriginal');
    expect(patch).toContain('-Leader Kim met her guests');
    expect(parsePatch(patch)).toHaveLength(1);
    expect(applyPatch(text, patch)).toBe(fixed);
    expect(fixPatch('a.txt', text, text)).toBe('');
  });
  it('on an old Mac (CR-only) file, the patch shows the changed line, not the whole text', () => {
    const cr = 'The minister met Leader Kim in Tokyo.\rHe said the talks went well.\rThe visit ends on Friday.\r';
    const patch = fixPatch('mac.txt', cr, cr.replace('Leader Kim', 'Kim'));
    expect(patch).toContain('@@ -1,3 +1,3 @@');
    expect(patch).toContain('\n-The minister met Leader Kim in Tokyo.\n+The minister met Kim in Tokyo.\n He said the talks went well.\n');
  });
  it('on the machine-translated seed, every applied fix replaces exactly its span', () => {
    const t = readSeed(SEED_MT);
    const r = check(t);
    const fx = applyFixes(t, r.findings);
    for (const a of fx.applied) expect(a.fixable).toBe(true);
    expect(fx.text.length).toBe(t.length + fx.applied.reduce((s, a) => s + a.suggestions[0]!.length - a.text.length, 0));
  });
});

describe('fixPatch without diffing the whole text', () => {
  const line = fc.stringMatching(/^[a-c ]{0,6}$/);
  const doc = fc.record({ lines: fc.array(line, { maxLength: 30 }), finalNewline: fc.boolean() });
  const join = (d: { lines: string[]; finalNewline: boolean }): string => d.lines.join('\n') + (d.finalNewline && d.lines.length > 0 ? '\n' : '');

  it('patches the input into the fixed text, whatever the edits (line count kept or not)', () => {
    fc.assert(
      fc.property(doc, fc.array(fc.tuple(fc.nat(), line, fc.constantFrom('replace', 'insert', 'delete')), { maxLength: 8 }), (d, edits) => {
        const input = join(d);
        const lines = [...d.lines];
        for (const [at, text, kind] of edits) {
          const i = lines.length === 0 ? 0 : at % lines.length;
          if (kind === 'replace' && lines.length > 0) lines[i] = text;
          else if (kind === 'insert') lines.splice(i, 0, text);
          else if (kind === 'delete') lines.splice(i, 1);
        }
        const fixed = join({ lines, finalNewline: d.finalNewline });
        const patch = fixPatch('a.txt', input, fixed);
        if (input === fixed) return patch === '';
        return applyPatch(input, patch) === fixed;
      }),
      { numRuns: 500 },
    );
  });

  it('writes the same patch as jsdiff for fixes on the seed, and for word edits on distinct lines', () => {
    const t = readSeed(SEED_MT);
    const fixed = applyFixes(t, check(t).findings).text;
    expect(fixed).not.toBe(t);
    expect(fixPatch('seed.txt', t, fixed)).toBe(createPatch('seed.txt', t, fixed, 'original', 'fixed'));
    const input = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says the minister met her guests.`).join('\n');
    const edited = input.replace(/Paragraph (\d*[05]) says the minister met her/g, 'Paragraph $1 says the minister met his');
    expect(fixPatch('p.txt', input, edited)).toBe(createPatch('p.txt', input, edited, 'original', 'fixed'));
    expect(fixPatch('p.txt', `${input}\n`, edited)).toBe(createPatch('p.txt', `${input}\n`, edited, 'original', 'fixed'));
  });
});
