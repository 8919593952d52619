import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { compareWithReferences, editDistance } from '../src/workflow/references.js';
import { rescore } from '../src/workflow/rescore.js';
import { assertSpansHonest, assertValidReport, readSeed, SEED_AFP, SEED_MT, SEED_YONHAP } from './helpers.js';

function compare(article: string, ...refs: string[]) {
  return compareWithReferences(check(article), article, refs.map((text, i) => ({ label: `ref${i + 1}`, text })));
}

describe('compareWithReferences', () => {
  it('computes edit distance with transpositions', () => {
    expect(editDistance('sergei', 'sergey')).toBe(1);
    expect(editDistance('artyom', 'artem')).toBe(2);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('flags a hyphenation variant of a name that no reference uses', () => {
    const art = 'Defence chief Lee Jae-myung arrived in Tokyo on Monday. Lee Jae-myung met officials.';
    const ref = 'South Korean official Lee Jae Myung arrived in Tokyo on Monday for talks.';
    const r = compare(art, ref);
    const f = r.findings.find((x) => x.ruleId === 'reference-spelling');
    expect(f?.text).toBe('Lee Jae-myung');
    expect(f?.severity).toBe('info');
    expect(f?.category).toBe('terminology/inconsistent');
    expect(f?.suggestions).toEqual(['Lee Jae Myung']);
  });

  it('flags a transliteration anchored by a shared surname (Sergey/Sergei)', () => {
    const art = 'Foreign envoy Dmitriy Peskov spoke to reporters in Jakarta.';
    const ref = 'Kremlin spokesman Dmitry Peskov spoke to reporters in Jakarta on Tuesday.';
    const f = compare(art, ref).findings.filter((x) => x.ruleId === 'reference-spelling');
    expect(f.map((x) => x.text)).toEqual(['Dmitriy']);
    expect(f[0]!.suggestions).toEqual(['Dmitry']);
  });

  it('does not flag a spelling one of the references uses', () => {
    const art = 'Prime Minister Anwar Ibrahim visited Manila.';
    const r = compare(art, 'Malaysian leader Anwar Ibrahim visited Manila on Friday.', 'Anwar Ibraheem was in Manila.');
    expect(r.findings.filter((x) => x.ruleId === 'reference-spelling')).toEqual([]);
    expect(r.entityTable.rows.find((row) => row[0] === 'Anwar Ibrahim')?.[3]).toBe('same; written "Anwar Ibraheem" in ref2');
  });

  it('flags a number that disagrees in a clearly matching context, and not one that agrees', () => {
    const art = 'The flood killed 41 people in the northern province of Aceh, the disaster agency said.';
    const ref = 'The flood killed 14 people in the northern province of Aceh, the national disaster agency said on Sunday.';
    const r = compare(art, ref);
    const f = r.findings.filter((x) => x.ruleId === 'reference-mismatch');
    expect(f.map((x) => x.text)).toEqual(['41']);
    expect(f[0]!.severity).toBe('minor');
    expect(compare(art, ref.replace('14', '41')).findings.filter((x) => x.ruleId === 'reference-mismatch')).toEqual([]);
  });

  it('does not compare numbers of different things', () => {
    const art = 'Police arrested 12 suspects after the riot in the capital, officials said.';
    const ref = 'Police said 30 officers were injured in the riot in the capital, officials said.';
    expect(compare(art, ref).findings.filter((x) => x.ruleId === 'reference-mismatch')).toEqual([]);
  });

  it('treats 27 July and July 27 as the same date', () => {
    const art = 'The president opened the new bridge over the river on 27 July, officials said.';
    const ref = 'The president opened the new bridge over the river on July 27, officials said.';
    expect(compare(art, ref).findings.filter((x) => x.ruleId === 'reference-mismatch')).toEqual([]);
  });

  it('marks names no reference mentions as unsupported, info, low confidence', () => {
    const art = 'Minister Retno Marsudi met Antony Blinken in Washington.';
    const ref = 'Antony Blinken held talks in Washington on Friday.';
    const f = compare(art, ref).findings.filter((x) => x.ruleId === 'reference-unsupported');
    expect(f.map((x) => x.text)).toEqual(['Retno Marsudi']);
    expect(f[0]!.confidence).toBeLessThan(0.5);
  });

  it('builds an entity table with one column per reference', () => {
    const r = compare(readSeed(SEED_MT), readSeed(SEED_YONHAP), readSeed(SEED_AFP));
    expect(r.entityTable.headers).toEqual(['article', 'ref1', 'ref2', 'status']);
    const kim = r.entityTable.rows.find((row) => row[0] === 'Kim Jong-un');
    expect(kim).toEqual(['Kim Jong-un', 'Kim Jong-un', 'Kim Jong Un', 'same; written "Kim Jong Un" in ref2']);
    expect(r.entityTable.rows.some((row) => row[0] === 'Li Hongzhong' && row[3] === 'not in references')).toBe(true);
  });

  it('raises nothing minor or above when a human seed is compared with the other seeds, and the report stays valid', () => {
    for (const [a, b, c] of [
      [SEED_YONHAP, SEED_AFP, SEED_MT],
      [SEED_AFP, SEED_YONHAP, SEED_MT],
    ] as const) {
      const text = readSeed(a);
      const report = check(text);
      const cmp = compareWithReferences(report, text, [
        { label: 'b', text: readSeed(b) },
        { label: 'c', text: readSeed(c) },
      ]);
      expect(cmp.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      const merged = rescore(report, text, {}, cmp.findings);
      assertValidReport(merged);
      assertSpansHonest(text, merged);
      expect(merged.verdict).toBe('pass');
    }
  });

  it('rescore re-computes penalty points, quality and verdict', () => {
    const text = 'The flood killed 41 people in the northern province of Aceh, the disaster agency said.';
    const report = check(text);
    const cmp = compare(text, 'The flood killed 14 people in the northern province of Aceh, the national disaster agency said on Sunday.');
    const merged = rescore(report, text, { thresholds: { passQuality: 99 } }, cmp.findings);
    expect(merged.scores.penaltyPoints).toBeGreaterThan(report.scores.penaltyPoints);
    expect(merged.scores.quality).toBeLessThan(report.scores.quality);
    expect(merged.verdict).toBe('review');
    assertValidReport(merged);
  });
});
