import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { comparePostEdit, countWords, summarisePostEdits } from '../src/workflow/post-edit.js';
import { readSeed, SEED_MT } from './helpers.js';

const schema = JSON.parse(readFileSync(new URL('../data/schemas/post-edit.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const POST_EDIT = new URL('../corpora/004_182a879f4c50abd6.post-edited.txt', import.meta.url);

describe('post-edit comparison', () => {
  it('counts words and punctuation marks as TER tokens', () => {
    expect(countWords('Kim Jong-un met Shoigu, twice.')).toBe(7);
  });

  it('computes an HTER-style edit rate and the hunks with their original spans', () => {
    const a = 'The leader and her guests toured the site.';
    const b = 'The leader and his guests toured the new site.';
    const r = comparePostEdit(check(a), a, b, 'b.txt');
    expect(r.hunks.map((h) => [h.before, h.after, h.edits])).toEqual([
      ['her', 'his', 1],
      ['', 'new ', 1],
    ]);
    expect(a.slice(r.hunks[0]!.start, r.hunks[0]!.end)).toBe('her');
    expect(r.edits).toBe(2);
    expect(r.postEditWords).toBe(10);
    expect(r.editRate).toBe(0.2);
    expect(validate(r)).toBe(true);
  });

  it('an untouched text has edit rate 0 and leaves every finding alone', () => {
    const t = readSeed(SEED_MT);
    const report = check(t);
    const r = comparePostEdit(report, t, t, 'same');
    expect(r.editRate).toBe(0);
    expect(r.confirmed).toEqual([]);
    expect(r.untouched).toHaveLength(report.findings.length);
  });

  it('on the seed, the human post-edit confirms the pronoun and notice findings', () => {
    const t = readSeed(SEED_MT);
    const report = check(t);
    const r = comparePostEdit(report, t, readFileSync(POST_EDIT, 'utf8'), 'pe');
    expect(validate(r)).toBe(true);
    const ids = new Set(r.confirmed);
    for (const f of report.findings.filter((x) => x.ruleId === 'pronoun-gender' || x.ruleId === 'mt-disclaimer')) expect(ids.has(f.id)).toBe(true);
    expect(r.editRate).toBeGreaterThan(0.1);
    expect(r.editRate).toBeLessThan(0.5);
    const sum = summarisePostEdits([r, r]);
    expect(sum.files).toBe(2);
    expect(sum.edits).toBe(2 * r.edits);
    expect(sum.editRate).toBe(r.editRate);
  });
});
