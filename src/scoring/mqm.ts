/**
 * MQM-style quality: penalty points from findings (minor 1, major 5, critical 25, info 0), normalised
 * per word and mapped to 0..100, then a verdict from thresholds.
 */
import type { Finding, Severity, Verdict, VerdictThresholds } from '../types.js';

export const SEVERITY_POINTS: Record<Severity, number> = { critical: 25, major: 5, minor: 1, info: 0 };

const RANK: Record<Severity, number> = { info: 0, minor: 1, major: 2, critical: 3 };

export function atLeast(s: Severity, floor: Severity): boolean {
  return RANK[s] >= RANK[floor];
}

export function penaltyPoints(findings: readonly Finding[]): number {
  return findings.reduce((sum, f) => sum + SEVERITY_POINTS[f.severity] * f.confidence, 0);
}

/**
 * Quality = 100 − penalty points per 1,000 words ÷ 2, floored at 0: an article of 1,000 words with
 * ten major errors (50 points) scores 75. MQM scoring normalises by word count in the same way.
 */
export function qualityScore(points: number, words: number): number {
  if (words <= 0) return points > 0 ? 0 : 100;
  const perThousand = (points * 1000) / words;
  return round1(Math.max(0, 100 - perThousand / 2));
}

export function verdictFor(quality: number, findings: readonly Finding[], t: VerdictThresholds): Verdict {
  if (quality < t.failQuality || findings.some((f) => f.severity === 'critical')) return 'fail';
  if (quality < t.passQuality || findings.some((f) => atLeast(f.severity, t.reviewOn))) return 'review';
  return 'pass';
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
