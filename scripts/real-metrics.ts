/**
 * The scoring behind `npm run eval:real`: pure functions of annotated texts and a checker's
 * findings, so the metric code can be tested on small invented fixtures (tests/eval-real.test.ts).
 *
 * - recall per tier and per class on Indonesian-origin texts (kinds ai, ed, rel): an item is found
 *   when a finding overlaps it (scripts/overlap.ts);
 * - precision of findings of severity minor and above on those texts: a finding is correct when it
 *   overlaps an annotated item of any tier (same overlap rule);
 * - flags per 1,000 words on native controls (kind nat), all severities and minor and above;
 * - verdicts per kind;
 * - a random baseline: each text's findings, same count and span lengths, placed at random token
 *   starts (seeded), averaged over draws, scored the same way.
 */
import { levenshtein } from '../src/people/variants.js';
import { SENTENCE_WIDE, overlaps } from './overlap.js';
import type { FindingLike } from './overlap.js';

export type Tier = 'A' | 'B' | 'C';
export type TextKind = 'ai' | 'ed' | 'rel' | 'nat';
export type Split = 'tune' | 'test';

export interface RealItem {
  start: number;
  end: number;
  quote: string;
  class: string;
  severity: string;
  tier: Tier;
  /** The annotator's corrected text for the quote ('' = delete it), when given. */
  fix?: string;
}

/** A finding as scored here: the overlap fields plus the replacements it proposes for its span. */
export interface ScoredFinding extends FindingLike {
  suggestions?: readonly string[];
}

export interface ScoredText {
  id: string;
  kind: TextKind;
  /** undefined when no manifest lists the text: it then counts in `all` only. */
  split: Split | undefined;
  text: string;
  words: number;
  items: RealItem[];
  findings: ScoredFinding[];
  verdict: string;
}

export interface Ratio {
  n: number;
  d: number;
}

export interface Metrics {
  texts: number;
  words: number;
  /** Recall per tier on Indonesian-origin texts. */
  tiers: Record<Tier, Ratio>;
  /** Recall per class (tiers A and B) on Indonesian-origin texts. */
  classes: Record<string, Ratio>;
  /** Findings of severity minor and above on Indonesian-origin texts that overlap an item. */
  precision: Ratio;
  /**
   * Findings of every severity, info included, that overlap an item: info findings count towards
   * recall, so they must be precise too (the hidden measure counts every flag).
   */
  precisionAll: Ratio;
  /** Recall per tier counting only findings of minor and above (how much of recall rests on info). */
  tiersMinorPlus: Record<Tier, Ratio>;
  /**
   * Native controls: words, all findings, findings of minor and above, and how many of those
   * overlap a real slip annotated in the control (a native outlet's own typo is a true find, not a
   * false alarm; the guide asks that every such finding be read and the real ones annotated).
   */
  controls: { texts: number; words: number; flags: number; minorPlus: number; minorPlusOnSlips: number };
  /** kind -> verdict -> count. */
  verdicts: Record<string, Record<string, number>>;
}

export function isIndonesianOrigin(kind: TextKind): boolean {
  return kind !== 'nat';
}

export function isMinorPlus(severity: string): boolean {
  return severity !== 'info';
}

function bump(r: Ratio, hit: boolean): void {
  r.d += 1;
  if (hit) r.n += 1;
}

/** Scores a set of texts with the findings each carries. */
export function computeMetrics(texts: readonly ScoredText[]): Metrics {
  const m: Metrics = {
    texts: texts.length,
    words: 0,
    tiers: { A: { n: 0, d: 0 }, B: { n: 0, d: 0 }, C: { n: 0, d: 0 } },
    classes: {},
    precision: { n: 0, d: 0 },
    precisionAll: { n: 0, d: 0 },
    tiersMinorPlus: { A: { n: 0, d: 0 }, B: { n: 0, d: 0 }, C: { n: 0, d: 0 } },
    controls: { texts: 0, words: 0, flags: 0, minorPlus: 0, minorPlusOnSlips: 0 },
    verdicts: {},
  };
  for (const t of texts) {
    m.words += t.words;
    const perKind = (m.verdicts[t.kind] ??= {});
    perKind[t.verdict] = (perKind[t.verdict] ?? 0) + 1;
    if (!isIndonesianOrigin(t.kind)) {
      m.controls.texts += 1;
      m.controls.words += t.words;
      m.controls.flags += t.findings.length;
      const minorPlus = t.findings.filter((f) => isMinorPlus(f.severity));
      m.controls.minorPlus += minorPlus.length;
      m.controls.minorPlusOnSlips += minorPlus.filter((f) => t.items.some((it) => overlaps(f, it))).length;
      continue;
    }
    for (const it of t.items) {
      const found = t.findings.some((f) => overlaps(f, it));
      bump(m.tiers[it.tier], found);
      bump(m.tiersMinorPlus[it.tier], t.findings.some((f) => isMinorPlus(f.severity) && overlaps(f, it)));
      if (it.tier !== 'C') bump((m.classes[it.class] ??= { n: 0, d: 0 }), found);
    }
    for (const f of t.findings) {
      const hit = t.items.some((it) => overlaps(f, it));
      bump(m.precisionAll, hit);
      if (isMinorPlus(f.severity)) bump(m.precision, hit);
    }
  }
  return m;
}

/** Findings of minor and above on an Indonesian-origin text that overlap no item. */
export function unmatchedFindings(t: ScoredText): FindingLike[] {
  if (!isIndonesianOrigin(t.kind)) return t.findings.filter((f) => isMinorPlus(f.severity));
  return t.findings.filter((f) => isMinorPlus(f.severity) && !t.items.some((it) => overlaps(f, it)));
}

/** mulberry32: a small seeded generator, so the baseline is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** UTF-16 offsets where a word or a punctuation mark starts. */
export function tokenStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) out.push(m.index);
  return out;
}

/** The same findings (rule, severity, span length) moved to random token starts. */
export function randomiseFindings(t: ScoredText, rand: () => number, starts = tokenStarts(t.text)): FindingLike[] {
  if (starts.length === 0) return [];
  return t.findings.map((f) => {
    const len = Math.max(1, f.span.end - f.span.start);
    const start = starts[Math.floor(rand() * starts.length)]!;
    return { ruleId: f.ruleId, severity: f.severity, span: { start, end: Math.min(t.text.length, start + len) } };
  });
}

export interface Baseline {
  draws: number;
  tiers: Record<Tier, number>;
  precision: number;
}

/** Mean recall per tier and precision of `draws` random placements (0..1; NaN when undefined). */
export function randomBaseline(texts: readonly ScoredText[], draws = 20, seed = 9): Baseline {
  const rand = seededRandom(seed);
  const origin = texts.filter((t) => isIndonesianOrigin(t.kind));
  const starts = new Map(origin.map((t) => [t.id, tokenStarts(t.text)]));
  const sums = { A: 0, B: 0, C: 0, precision: 0 };
  for (let i = 0; i < draws; i++) {
    const moved = origin.map((t) => ({ ...t, findings: randomiseFindings(t, rand, starts.get(t.id)) }));
    const m = computeMetrics(moved);
    sums.A += rate(m.tiers.A);
    sums.B += rate(m.tiers.B);
    sums.C += rate(m.tiers.C);
    sums.precision += rate(m.precision);
  }
  return {
    draws,
    tiers: { A: sums.A / draws, B: sums.B / draws, C: sums.C / draws },
    precision: sums.precision / draws,
  };
}

/** n/d as 0..1, NaN when d is 0. */
export function rate(r: Ratio): number {
  return r.d === 0 ? Number.NaN : r.n / r.d;
}

/** Flags per 1,000 words. */
export function perThousand(flags: number, words: number): number {
  return words === 0 ? Number.NaN : (1000 * flags) / words;
}

/** One rule's share of the findings on Indonesian-origin texts and native controls. */
export interface RuleShare {
  ruleId: string;
  /** Findings on Indonesian-origin texts, and how many overlap an annotated item. */
  findings: Ratio;
  /** Findings of minor and above among them. */
  minorPlus: number;
  /** Items (tiers A and B) that this rule's findings alone overlap. */
  soleItems: number;
  /** Findings on native controls that overlap no annotated slip. */
  falseOnControls: number;
}

/**
 * Per rule: how precise its findings are (info included) and what it alone finds. Tells a rule
 * that carries recall from one that only pads it, or only raises false alarms.
 */
export function ruleShares(texts: readonly ScoredText[]): RuleShare[] {
  const by = new Map<string, RuleShare>();
  const share = (id: string): RuleShare => {
    let s = by.get(id);
    if (!s) by.set(id, (s = { ruleId: id, findings: { n: 0, d: 0 }, minorPlus: 0, soleItems: 0, falseOnControls: 0 }));
    return s;
  };
  for (const t of texts) {
    if (!isIndonesianOrigin(t.kind)) {
      for (const f of t.findings) if (!t.items.some((it) => overlaps(f, it))) share(f.ruleId).falseOnControls += 1;
      continue;
    }
    for (const f of t.findings) {
      const s = share(f.ruleId);
      bump(s.findings, t.items.some((it) => overlaps(f, it)));
      if (isMinorPlus(f.severity)) s.minorPlus += 1;
    }
    for (const it of t.items) {
      if (it.tier === 'C') continue;
      const rules = new Set(t.findings.filter((f) => overlaps(f, it)).map((f) => f.ruleId));
      if (rules.size === 1) share([...rules][0]!).soleItems += 1;
    }
  }
  return [...by.values()].sort((a, b) => b.findings.d - a.findings.d || a.ruleId.localeCompare(b.ruleId));
}

/** A rate as a right-aligned percentage for the printed tables ("n/a" when there was nothing to count). */
export function pct(x: number): string {
  return Number.isNaN(x) ? '   n/a' : `${(100 * x).toFixed(1).padStart(5)}%`;
}

/** Flags per 1,000 words, two decimals, for the printed tables. */
export function perK(flags: number, words: number): string {
  const x = perThousand(flags, words);
  return Number.isNaN(x) ? 'n/a' : x.toFixed(2);
}

/**
 * How well the suggestions agree with the editor's fixes. Items of tiers A and B on
 * Indonesian-origin texts that carry a `fix` and that a finding with a suggestion overlaps; for each
 * such finding its first suggestion is applied, and the window covering the item and the finding is
 * compared with the same window carrying the editor's fix instead:
 * - exact: the two windows read the same (spaces collapsed, quotes and dashes folded);
 * - closer / further: the suggestion leaves the window nearer to / farther from the editor's text,
 *   in word edit distance, than leaving it unchanged does (the baseline: no fix at all);
 * the best of an item's findings counts. Sentence-wide findings propose no replacement and are left out.
 */
export interface FixAgreement {
  /** Items with an annotated fix. */
  items: number;
  /** ...that a finding overlaps. */
  found: number;
  /** ...that a finding with a suggestion overlaps. */
  suggested: number;
  exact: number;
  closer: number;
  further: number;
}

function foldForFix(s: string): string {
  return s
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function fixWords(s: string): string[] {
  return foldForFix(s).match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** Levenshtein distance over word tokens (the people module's edit distance, on words). */
export function wordDistance(a: readonly string[], b: readonly string[]): number {
  return levenshtein(a, b);
}

export function fixAgreement(texts: readonly ScoredText[]): FixAgreement {
  const r: FixAgreement = { items: 0, found: 0, suggested: 0, exact: 0, closer: 0, further: 0 };
  for (const t of texts) {
    if (!isIndonesianOrigin(t.kind)) continue;
    for (const it of t.items) {
      if (it.tier === 'C' || it.fix === undefined) continue;
      r.items += 1;
      const over = t.findings.filter((f) => overlaps(f, it));
      if (over.length === 0) continue;
      r.found += 1;
      const withFix = over.filter((f) => !SENTENCE_WIDE.has(f.ruleId) && (f.suggestions?.length ?? 0) > 0);
      if (withFix.length === 0) continue;
      r.suggested += 1;
      let exact = false;
      let best = Number.POSITIVE_INFINITY;
      let baseline = 0;
      for (const f of withFix) {
        const lo = Math.min(it.start, f.span.start);
        const hi = Math.max(it.end, f.span.end);
        const expected = t.text.slice(lo, it.start) + it.fix + t.text.slice(it.end, hi);
        const got = t.text.slice(lo, f.span.start) + f.suggestions![0]! + t.text.slice(f.span.end, hi);
        if (foldForFix(got) === foldForFix(expected)) exact = true;
        const want = fixWords(expected);
        const d = wordDistance(fixWords(got), want);
        if (d < best) {
          best = d;
          baseline = wordDistance(fixWords(t.text.slice(lo, hi)), want);
        }
      }
      if (exact) r.exact += 1;
      if (best < baseline) r.closer += 1;
      else if (best > baseline) r.further += 1;
    }
  }
  return r;
}
