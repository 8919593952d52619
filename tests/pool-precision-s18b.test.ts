import { describe, expect, it } from 'vitest';
import { seriousFindings } from './helpers.js';

/**
 * Precision on Indonesian-origin English (session 18, second pool audit: provincial government sites,
 * police releases, ministries, state companies): suggestions that misread a construction and a finding
 * reported twice, beside must-flag cases that keep each guard narrow. Every sentence is written for
 * this test.
 */
const findings = seriousFindings;

describe('pool precision, session 18 (second audit)', () => {
  it('a dated dateline follows the weekday when day/month and month/day are both dates', () => {
    // November 5, 2023 was a Sunday; May 11, 2023 a Thursday: the page wrote month/day.
    const us = 'Officers in Medan, Indonesia, seized the cargo on Sunday (11/5/2023) night.';
    expect(findings(us, 'locale-format').map((f) => f.suggestion)).toEqual(['Sunday (November 5, 2023)']);
    // March 6, 2020 was a Friday: day/month, the Indonesian order, stays the reading.
    const id = 'The governor of Papua, Indonesia, opened the market on Friday (6/3/2020).';
    expect(findings(id, 'locale-format').map((f) => f.suggestion)).toEqual(['Friday (March 6, 2020)']);
    // Without a year the weekday cannot decide: day/month, as before.
    const bare = 'The regent of Bogor, Indonesia, opened the market on Friday (6/3).';
    expect(findings(bare, 'locale-format').map((f) => f.suggestion)).toEqual(['Friday (March 6)']);
  });

  it('"Main Director" (Direktur Utama) is flagged with "President Director"; a film\'s main director is not', () => {
    const text = 'Main Director of PT Pos Indonesia, Budi Hartono, said parcels to Papua would arrive faster.';
    expect(findings(text, 'calque-phrase').filter((f) => f.text === 'Main Director').map((f) => f.suggestion)).toEqual(['President Director']);
    const film = 'In Jakarta, Indonesia, the main director of the horror film left the project in May.';
    expect(findings(film, 'calque-phrase').filter((f) => /main director/i.test(f.text))).toEqual([]);
  });

  it('a numbered semester of a year\'s figures is a half-year; a school semester is not flagged', () => {
    const text = 'The port in Makassar, Indonesia, earned Rp2.1 trillion in semester 1, up 8 percent.';
    expect(findings(text, 'calque-phrase').filter((f) => f.text === 'semester 1').map((f) => f.suggestion)).toEqual(['first half']);
    const school = 'Students in Medan, Indonesia, sit their semester 2 exams in June.';
    expect(findings(school, 'calque-phrase').filter((f) => /semester/i.test(f.text))).toEqual([]);
  });
});
