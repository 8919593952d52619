/** The scoring of `npm run eval:real` (scripts/real-metrics.ts) on a tiny invented fixture. */
import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  fixAgreement,
  perThousand,
  randomBaseline,
  randomiseFindings,
  rate,
  ruleShares,
  seededRandom,
  tokenStarts,
  unmatchedFindings,
  wordDistance,
} from '../scripts/real-metrics.js';
import type { RealItem, ScoredText } from '../scripts/real-metrics.js';

// Invented sentences modelled on real machine-translated police copy.
const MT = 'The head of police AKBP Sutrisno said his party had secured the perpetrator. The case is still deepened.';
const NAT = 'Police arrested two men on Tuesday after a brief chase through the market.';

function item(text: string, quote: string, cls: string, tier: RealItem['tier']): RealItem {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: ${quote} not in text`);
  return { start, end: start + quote.length, quote, class: cls, severity: 'minor', tier };
}

function at(text: string, quote: string, ruleId: string, severity = 'minor') {
  const start = text.indexOf(quote);
  return { ruleId, severity, span: { start, end: start + quote.length } };
}

const mtItems = [
  item(MT, 'AKBP', 'untranslated-acronym', 'A'),
  item(MT, 'his party', 'calque-phrase', 'A'),
  item(MT, 'is still deepened', 'garbled', 'B'),
  item(MT, 'The head of police', 'title-calque', 'B'),
];

function fixture(): ScoredText[] {
  return [
    {
      id: 'x-ai-01',
      kind: 'ai',
      split: 'tune',
      text: MT,
      words: MT.split(/\s+/).length,
      items: mtItems,
      findings: [
        at(MT, 'AKBP', 'untranslated-acronym', 'major'),
        // a sentence-wide finding over the first sentence: it must not "find" the calque inside it
        at(MT, 'The head of police AKBP Sutrisno said his party had secured the perpetrator.', 'low-fluency'),
        // a wrong flag of severity minor
        at(MT, 'secured', 'word-choice'),
        // an info finding on an item: counts for recall, not for precision
        at(MT, 'deepened', 'calque-phrase', 'info'),
      ],
      verdict: 'review',
    },
    {
      id: 'x-nat-01',
      kind: 'nat',
      split: 'test',
      text: NAT,
      words: NAT.split(/\s+/).length,
      items: [],
      findings: [at(NAT, 'market', 'some-rule', 'info'), at(NAT, 'brief', 'other-rule', 'minor')],
      verdict: 'pass',
    },
  ];
}

describe('eval:real metrics', () => {
  it('counts recall per tier and class with the overlap rule of npm run eval', () => {
    const m = computeMetrics(fixture());
    expect(m.tiers.A).toEqual({ n: 1, d: 2 }); // AKBP found; "his party" only under low-fluency
    expect(m.tiers.B).toEqual({ n: 1, d: 2 }); // "deepened" found by the info finding
    expect(m.classes['calque-phrase']).toEqual({ n: 0, d: 1 });
    expect(m.classes['garbled']).toEqual({ n: 1, d: 1 });
    expect(m.classes['title-calque']).toEqual({ n: 0, d: 1 });
  });

  it('scores precision on minor-and-above findings of Indonesian-origin texts only', () => {
    const m = computeMetrics(fixture());
    // minor+: AKBP (hit), low-fluency (overlaps no garbled item: miss), "secured" (miss)
    expect(m.precision).toEqual({ n: 1, d: 3 });
    const unmatched = unmatchedFindings(fixture()[0]!).map((f) => f.ruleId).sort();
    expect(unmatched).toEqual(['low-fluency', 'word-choice']);
  });

  it('scores every finding, info included, and recall by minor+ findings alone', () => {
    const m = computeMetrics(fixture());
    // all four findings: AKBP and "deepened" hit, low-fluency and "secured" miss
    expect(m.precisionAll).toEqual({ n: 2, d: 4 });
    expect(m.tiersMinorPlus.A).toEqual({ n: 1, d: 2 });
    expect(m.tiersMinorPlus.B).toEqual({ n: 0, d: 2 }); // "deepened" was found by an info finding only
  });

  it('gives each rule its precision, what it alone finds and its false flags on controls', () => {
    const shares = Object.fromEntries(ruleShares(fixture()).map((s) => [s.ruleId, s]));
    expect(shares['untranslated-acronym']).toEqual({
      ruleId: 'untranslated-acronym', findings: { n: 1, d: 1 }, minorPlus: 1, soleItems: 1, falseOnControls: 0,
    });
    expect(shares['calque-phrase']!.soleItems).toBe(1);
    expect(shares['calque-phrase']!.minorPlus).toBe(0);
    expect(shares['word-choice']!.findings).toEqual({ n: 0, d: 1 });
    expect(shares['some-rule']!.falseOnControls).toBe(1);
    expect(shares['other-rule']!.falseOnControls).toBe(1);
  });

  it("compares each suggestion with the editor's fix: the same text, nearer than no fix, or farther", () => {
    const text = 'The head of police AKBP Sutrisno said his party had secured the perpetrator in Bekasi.';
    const withFix = (quote: string, fix: string, cls: string): RealItem => ({ ...item(text, quote, cls, 'A'), fix });
    const finding = (quote: string, ruleId: string, suggestion: string) => ({ ...at(text, quote, ruleId), suggestions: [suggestion] });
    const texts: ScoredText[] = [
      {
        id: 'x-ai-02', kind: 'ai', split: 'tune', text, words: 14, verdict: 'review',
        items: [
          withFix('AKBP', 'Adjunct Senior Commissioner', 'untranslated-acronym'),
          withFix('his party', 'police', 'calque-phrase'),
          withFix('secured', 'arrested', 'word-choice'),
          withFix('in Bekasi', 'in Bekasi', 'preposition'), // found by no finding
          { ...item(text, 'perpetrator', 'word-choice', 'B') }, // no fix given: not counted
        ],
        findings: [
          finding('AKBP', 'untranslated-acronym', 'Adjunct Senior Commissioner'), // the same text
          finding('said his party', 'calque-phrase', 'said the police'), // nearer: one word off instead of two
          finding('secured the', 'word-choice', 'guarded the whole'), // farther than leaving it
          at(text, 'perpetrator', 'other-rule'),
        ],
      },
    ];
    expect(fixAgreement(texts)).toEqual({ items: 4, found: 3, suggested: 3, exact: 1, closer: 2, further: 1 });
    expect(wordDistance(['a', 'b', 'c'], ['a', 'c'])).toBe(1);
    // a native control's slips are not counted
    expect(fixAgreement([{ ...texts[0]!, kind: 'nat' }]).items).toBe(0);
  });

  it('counts flags on native controls per 1,000 words and verdicts per kind', () => {
    const m = computeMetrics(fixture());
    expect(m.controls).toEqual({ texts: 1, words: 13, flags: 2, minorPlus: 1, minorPlusOnSlips: 0 });
    expect(perThousand(m.controls.minorPlus, m.controls.words)).toBeCloseTo(1000 / 13);
    expect(m.verdicts).toEqual({ ai: { review: 1 }, nat: { pass: 1 } });
  });

  it('counts a minor+ finding on a real slip annotated in a control apart from false alarms', () => {
    const texts = fixture();
    const nat = texts[texts.length - 1]!;
    const start = nat.text.indexOf('brief');
    nat.items = [{ start, end: start + 5, quote: 'brief', class: 'spelling', severity: 'minor', tier: 'B' }];
    expect(computeMetrics(texts).controls).toEqual({ texts: 1, words: 13, flags: 2, minorPlus: 1, minorPlusOnSlips: 1 });
  });

  it('moves findings to token starts with their span lengths, the same way for the same seed', () => {
    const t = fixture()[0]!;
    const starts = new Set(tokenStarts(t.text));
    const moved = randomiseFindings(t, seededRandom(3));
    expect(moved).toHaveLength(t.findings.length);
    moved.forEach((f, i) => {
      expect(starts.has(f.span.start)).toBe(true);
      const orig = t.findings[i]!;
      expect(f.span.end - f.span.start).toBe(Math.min(orig.span.end - orig.span.start, t.text.length - f.span.start));
      expect(f.ruleId).toBe(orig.ruleId);
    });
    expect(randomiseFindings(t, seededRandom(3))).toEqual(moved);
    expect(randomBaseline(fixture(), 5, 1)).toEqual(randomBaseline(fixture(), 5, 1));
  });

  it('gives a random baseline below the real figures when findings sit on the items', () => {
    // Findings exactly on every item of a long text: random placement must do worse.
    const text = `${MT} ${'Other words fill the rest of this invented article without any artifact. '.repeat(20)}`;
    const items = mtItems.map((it) => item(text, it.quote, it.class, it.tier));
    const t: ScoredText = {
      id: 'x-ai-02', kind: 'ai', split: 'test', text, words: text.split(/\s+/).length, items,
      findings: items.map((it) => ({ ruleId: 'r', severity: 'minor', span: { start: it.start, end: it.end } })),
      verdict: 'fail',
    };
    const m = computeMetrics([t]);
    expect(rate(m.tiers.A)).toBe(1);
    expect(rate(m.precision)).toBe(1);
    const b = randomBaseline([t], 20, 9);
    expect(b.tiers.A).toBeLessThan(0.5);
    expect(b.precision).toBeLessThan(0.5);
  });

  it("scores harper.js's sentence-length lint like low-fluency: it finds garbled items only", () => {
    // scripts/eval-real-peer.ts scores the peer with these functions; a long-sentence lint over the
    // first sentence must not "find" the calque inside it, but does find a garbled item it covers.
    const t = fixture()[0]!;
    const long = at(MT, 'The head of police AKBP Sutrisno said his party had secured the perpetrator. The case is still deepened.', 'harper/LongSentences');
    const m = computeMetrics([{ ...t, findings: [long] }]);
    expect(m.tiers.A).toEqual({ n: 0, d: 2 });
    expect(m.tiers.B).toEqual({ n: 1, d: 2 }); // the garbled "is still deepened"
    const loose = computeMetrics([{ ...t, findings: [{ ...long, ruleId: 'harper/LongSentences:any-item' }] }]);
    expect(loose.tiers.A).toEqual({ n: 2, d: 2 });
  });
});
