/** The user's acceptance criteria on the seed articles. */
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { readSeed, SEED_AFP, SEED_MT, SEED_YONHAP } from './helpers.js';

describe('seed articles', () => {
  it.each([
    ['000 (Yonhap)', SEED_YONHAP],
    ['002 (AFP)', SEED_AFP],
  ])('human-written %s has nothing of severity minor or above and passes', (_name, url) => {
    const r = check(readSeed(url));
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
    expect(r.verdict).toBe('pass');
  });

  it('machine-translated 004 does not pass', () => {
    expect(check(readSeed(SEED_MT)).verdict).not.toBe('pass');
  });
});
