import { existsSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { analyse } from '../src/analysis/analyse.js';
import { dataPath } from '../src/lexicons/package-root.js';
import { estimateKneserNey } from '../src/lm/estimate.js';
import { deserialise, serialise } from '../src/lm/format.js';
import { MODEL_FILE, model, unpackedModelPath } from '../src/lm/load.js';
import { fluencyFromRaw, isProse, percentile } from '../src/lm/calibrate.js';
import { lmSentences } from '../src/lm/score.js';
import { foldText, shapeClass, wordKey } from '../src/lm/symbols.js';
import { canonicalOrder, isCommonWord } from '../src/lm/features.js';
import { nounPhraseHeads, subjectlessClause } from '../src/lm/syntax.js';
import { buildTrie, logProb } from '../src/lm/trie.js';
import { penaltyPoints, qualityScore, verdictFor } from '../src/scoring/mqm.js';
import type { Finding } from '../src/types.js';
import { readSeed, SEED_AFP, SEED_MT, SEED_YONHAP } from './helpers.js';

// A toy corpus over ids 2..5 (0 = <s>, 1 = </s>).
const TOY = [
  [2, 3, 4],
  [2, 3, 5],
  [3, 4, 2],
  [5, 5, 3, 4],
  [2, 4],
];

describe('Kneser-Ney estimation and the trie', () => {
  const est = estimateKneserNey(TOY, 6, 3);
  const trie = buildTrie(est, ['<s>', '</s>', 'a', 'b', 'c', 'd']);

  it('gives distributions that sum to one, seen context or not', () => {
    for (const context of [[0], [0, 2], [2, 3], [5, 5], [4, 4], []]) {
      let sum = 0;
      // Every symbol, <s> included (it only ever gets the uniform share); quantisation leaves a small error.
      for (let w = 0; w < 6; w++) sum += 10 ** logProb(trie, [...context, w], 0, context.length, w);
      expect(sum).toBeGreaterThan(0.97);
      expect(sum).toBeLessThan(1.03);
    }
  });

  it('prefers seen continuations', () => {
    expect(logProb(trie, [2, 3, 4], 0, 2, 4)).toBeGreaterThan(logProb(trie, [2, 3, 2], 0, 2, 2));
  });

  it('round-trips through the file format byte for byte', () => {
    const bytes = serialise({ models: { toy: trie }, meta: { x: 1 } });
    const back = deserialise<{ x: number }>(bytes);
    expect(back.meta.x).toBe(1);
    expect(serialise({ models: { toy: back.models['toy']! }, meta: { x: 1 } }).equals(bytes)).toBe(true);
  });
});

describe('symbols', () => {
  it('folds typography and maps unknown words to shape classes', () => {
    expect(foldText('“')).toBe('"');
    expect(foldText('—')).toBe('--');
    expect(foldText('-', false)).toBe('-');
    expect(wordKey('Russia’s')).toBe("russia's");
    expect(wordKey('2023')).toBe('<num>');
    expect(shapeClass('Shoigu')).toBe('<Cap>');
    expect(shapeClass('ICBM')).toBe('<CAPS>');
    expect(shapeClass('70th')).toBe('<ord>');
    expect(shapeClass('modernising')).toBe('<low-ing>');
  });
});

describe('quote order', () => {
  it('reads "said." and "said". alike', () => {
    const toks = (s: string) => analyse(s).tokens;
    const text = (ts: readonly { text: string }[]) => ts.map((t) => t.text).join(' ');
    expect(text(canonicalOrder(toks('He called it "a good deal."')))).toBe(text(toks('He called it "a good deal".')));
    expect(text(canonicalOrder(toks('"We will go," she said.')))).toBe(text(toks('"We will go", she said.')));
    const plain = toks('The talks ended on Monday.');
    expect(canonicalOrder(plain)).toBe(plain);
    const american = lmSentences(analyse('The minister said the plan was "a step forward for the region."'))[0]!;
    const british = lmSentences(analyse('The minister said the plan was "a step forward for the region".'))[0]!;
    expect(american.fluency).toBe(british.fluency);
  });
});

describe('syntactic signals', () => {
  const toks = (s: string) => analyse(s).tokens;
  const common = (lower: string): boolean => isCommonWord(model(), lower);

  it('finds singular head nouns and whether a determiner precedes them', () => {
    const heads = (s: string) => {
      const t = toks(s);
      return nounPhraseHeads(t, common).map((h) => `${t[h.index]!.text}${h.bare ? ':bare' : ''}${h.initial ? ':initial' : ''}`);
    };
    expect(heads('Strong demand for rice pushed the price up.')).toEqual(['demand:bare:initial', 'rice:bare', 'price']);
    expect(heads('The new bridge opened after a long delay.')).toEqual(['bridge:initial', 'delay']);
    // A title before a name is not a bare noun phrase; plurals are not counted.
    expect(heads("Police chief Budi Santoso's deputies arrived.")).toEqual([]);
  });

  it('scores a bare count noun as less likely than a bare mass noun', () => {
    const m = model();
    const bare = (w: string) => lmSentences(analyse(`Officials said ${w} was the main concern for the region this year.`))[0]!.features.article;
    expect(bare('trend')).toBeLessThan(bare('information'));
    expect(m.initialBareOdds).toBeGreaterThan(0);
  });

  it('detects a main clause with no subject after fronted phrases', () => {
    for (const s of [
      'According to the police, was arrested on Monday night in Surabaya after a chase.',
      'Regarding the budget, which was proposed by the ministry, was approved by parliament on Tuesday.',
      'In the meeting, also discussed cooperation in the field of renewable energy.',
    ])
      expect(subjectlessClause(toks(s)), s).toBe(true);
    for (const s of [
      'According to police, the suspect was arrested on Monday night in Surabaya.',
      'Meanwhile, the minister, who arrived on Tuesday, was greeted by students at the airport.',
      'Behind the decision, officials say, is a shortage of cash.',
      'Although the talks, held in Jakarta, were tense, both sides signed the deal.',
      '"We will win," said the coach, who has led the team since 2019.',
      'Imagine a city where every bus runs on time.',
    ])
      expect(subjectlessClause(toks(s)), s).toBe(false);
  });
});

describe('the shipped model', () => {
  it('is compact and carries its held-out calibration', () => {
    // Its loading time is measured by `npm run bench` (cold start), not asserted here.
    expect(statSync(dataPath(...MODEL_FILE)).size).toBeLessThanOrEqual(8 * 1024 * 1024);
    const m = model();
    expect(m.meta.calibration.heldOut.length).toBeGreaterThan(1000);
  });

  it('has the build\'s unpacked copy, byte for byte the gzip\'s content, which loading reads', () => {
    const gz = dataPath(...MODEL_FILE);
    const copy = unpackedModelPath(gz);
    expect(copy !== undefined && existsSync(copy)).toBe(true);
    expect(readFileSync(copy!).equals(gunzipSync(readFileSync(gz)))).toBe(true);
    const fromCopy = deserialise<{ calibration: unknown }>(readFileSync(copy!));
    expect(fromCopy.meta).toEqual(model().meta);
  });

  it('maps the median held-out press sentence to about 90, and is monotone', () => {
    const cal = model().meta.calibration;
    const median = cal.heldOut[Math.floor(cal.heldOut.length / 2)]!;
    expect(fluencyFromRaw(cal, median)).toBeGreaterThan(88);
    expect(fluencyFromRaw(cal, median)).toBeLessThan(92);
    let last = -1;
    for (let raw = -6; raw <= 3; raw += 0.05) {
      const q = percentile(cal, raw);
      expect(q).toBeGreaterThan(0);
      expect(q).toBeLessThan(1);
      expect(q).toBeGreaterThanOrEqual(last);
      last = q;
    }
  });

  it('scores clean prose above word salad', () => {
    const good = lmSentences(analyse('Police said the fire started in a kitchen on the ground floor and spread quickly through the building.'))[0]!;
    const bad = lmSentences(analyse('With the of the at is by and the residents of the that flood to of was the in village the.'))[0]!;
    expect(good.fluency).toBeGreaterThan(80);
    expect(bad.fluency).toBeLessThan(good.fluency - 40);
  });

  it('caches the sentence scores per document', () => {
    const doc = analyse('The minister told reporters that the talks had been productive.');
    expect(lmSentences(doc)).toBe(lmSentences(doc));
  });

  it('treats headlines, captions and fragments as non-prose', () => {
    const tokens = (s: string) => analyse(s).tokens;
    expect(isProse(tokens('Kim shows off missiles to Shoigu'))).toBe(false);
    expect(isProse(tokens('view larger image This photo shows the exhibition.'))).toBe(false);
    expect(isProse(tokens('(END)'))).toBe(false);
    expect(isProse(tokens('"The talks were useful," the minister said on Monday.'))).toBe(true);
  });
});

describe('scores and verdict on the seeds', () => {
  it('passes the human reports and does not pass the machine translation', () => {
    const yonhap = check(readSeed(SEED_YONHAP));
    const afp = check(readSeed(SEED_AFP));
    const mt = check(readSeed(SEED_MT));
    expect(yonhap.verdict).toBe('pass');
    expect(afp.verdict).toBe('pass');
    expect(mt.verdict).not.toBe('pass');
    for (const r of [yonhap, afp]) {
      expect(r.findings.filter((f) => f.ruleId === 'low-fluency' && f.severity !== 'info')).toEqual([]);
      for (const s of r.sentences) {
        expect(s.fluency).toBeGreaterThanOrEqual(0);
        expect(s.fluency).toBeLessThanOrEqual(100);
      }
    }
    expect(mt.scores.quality).toBeLessThan(afp.scores.quality);
  });

  it('leaves boilerplate out of the article fluency', () => {
    const body = 'The minister opened the new bridge on Monday, officials said.';
    const notice = '\n\nThis article was machine translated from our Indonesian edition and may contain errors.';
    expect(check(body + notice).scores.fluency).toBe(check(body).scores.fluency);
  });

  it('flags low-fluency sentences whose span is the sentence, against a configurable threshold', () => {
    const text = 'The port reopened on Friday after a week of repairs, the authority said.';
    expect(check(text).findings.filter((f) => f.ruleId === 'low-fluency')).toEqual([]);
    const strict = check(text, { thresholds: { lowFluency: 100 } });
    const flags = strict.findings.filter((f) => f.ruleId === 'low-fluency');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.text).toBe(text);
    expect(check(text, { thresholds: { lowFluency: 100 }, rules: { 'low-fluency': false } }).findings.filter((f) => f.ruleId === 'low-fluency')).toEqual([]);
  });
});

describe('MQM quality', () => {
  const finding = (severity: Finding['severity'], ruleId = 'x'): Finding => ({
    id: `${ruleId}@0-1`,
    ruleId,
    category: 'fluency/grammar',
    severity,
    span: { start: 0, end: 1 },
    line: 1,
    column: 1,
    text: 'a',
    message: '',
    suggestions: [],
    confidence: 1,
  });

  it('counts minor 1, major 5, critical 25, info 0, with overrides per severity and per rule', () => {
    const fs = [finding('minor'), finding('major'), finding('critical'), finding('info')];
    expect(penaltyPoints(fs)).toBe(31);
    expect(penaltyPoints(fs, { severity: { major: 10 } })).toBe(36);
    expect(penaltyPoints([finding('major', 'r')], { rules: { r: 0 } })).toBe(0);
  });

  it('normalises per word and turns thresholds into a verdict', () => {
    expect(qualityScore(50, 1000)).toBe(75);
    expect(qualityScore(0, 0)).toBe(100);
    const t = { passQuality: 90, failQuality: 60, reviewOn: 'major' as const };
    expect(verdictFor(95, [finding('minor')], t)).toBe('pass');
    expect(verdictFor(95, [finding('major')], t)).toBe('review');
    expect(verdictFor(50, [], t)).toBe('fail');
    expect(verdictFor(95, [], t, 40)).toBe('review');
    expect(verdictFor(95, [], { ...t, reviewFluency: 30 }, 40)).toBe('pass');
  });

  it('sends dense minor findings to review: at least reviewDensityFindings of them and reviewDensity per 1,000 words', () => {
    const t = { passQuality: 90, failQuality: 60, reviewOn: 'major' as const };
    const three = [finding('minor'), finding('minor'), finding('minor')];
    // 2 minor findings in 250 words: 8 per 1,000, over the default 5.
    expect(verdictFor(95, three.slice(1), t, 100, 250)).toBe('review');
    // The same two in 500 words: 4 per 1,000, under it; three there are 6 per 1,000, over it.
    expect(verdictFor(95, three.slice(1), t, 100, 500)).toBe('pass');
    expect(verdictFor(95, three, t, 100, 500)).toBe('review');
    // One finding is never enough by default, however short the text; info findings do not count.
    expect(verdictFor(95, three.slice(2), t, 100, 50)).toBe('pass');
    expect(verdictFor(95, [...three.slice(2), finding('info'), finding('info')], t, 100, 50)).toBe('pass');
    // Configurable, and 0 turns it off; without a word count (older callers) it never applies.
    expect(verdictFor(95, three.slice(1), { ...t, reviewDensityFindings: 3 }, 100, 150)).toBe('pass');
    expect(verdictFor(95, three, { ...t, reviewDensity: 10 }, 100, 400)).toBe('pass');
    expect(verdictFor(95, three, { ...t, reviewDensity: 0 }, 100, 250)).toBe('pass');
    expect(verdictFor(95, three, t)).toBe('pass');
  });

  it('counts info findings of translation-hint rules towards the density, at reviewDensityHints each', () => {
    const t = { passQuality: 90, failQuality: 60, reviewOn: 'major' as const };
    const info = (ruleId: string): Finding => finding('info', ruleId);
    // One minor finding and one calque hint in 250 words: two, 8 per 1,000.
    expect(verdictFor(95, [finding('minor'), info('calque-phrase')], t, 100, 250)).toBe('review');
    // Info findings that native copy has too (English acronyms, low fluency) never count.
    expect(verdictFor(95, [finding('minor'), info('untranslated-acronym'), info('low-fluency')], t, 100, 250)).toBe('pass');
    // Weight 0 counts minor-or-above findings only; 0.5 makes two hints one finding.
    expect(verdictFor(95, [finding('minor'), info('calque-phrase')], { ...t, reviewDensityHints: 0 }, 100, 250)).toBe('pass');
    expect(verdictFor(95, [finding('minor'), info('calque-phrase'), info('locale-format')], { ...t, reviewDensityHints: 0.5 }, 100, 250)).toBe('review');
    expect(() => check('Text.', { thresholds: { reviewDensityHints: 2 } })).toThrow(/reviewDensityHints/);
  });

  it('raises the fluency bar to reviewFluencyTranslated in an article that reads as translated', () => {
    const t = { passQuality: 90, failQuality: 60, reviewOn: 'major' as const };
    // Fluency 55 passes an article of unknown or native reading, not one that reads as translated.
    expect(verdictFor(100, [], t, 55, 300)).toBe('pass');
    expect(verdictFor(100, [], t, 55, 300, 'native')).toBe('pass');
    expect(verdictFor(100, [], t, 55, 300, 'translated')).toBe('review');
    expect(verdictFor(100, [], t, 61, 300, 'translated')).toBe('pass');
    expect(verdictFor(100, [], { ...t, reviewFluencyTranslated: 50 }, 55, 300, 'translated')).toBe('pass');
    expect(() => check('Text.', { thresholds: { reviewFluencyTranslated: 120 } })).toThrow(/reviewFluencyTranslated/);
  });

  it('reports how the article reads in the provenance (a short text: unknown)', () => {
    const r = check('Residents said the market reopened on Monday after the flood.');
    expect(r.input.provenance.articleReading).toBe('unknown');
  });

  it('applies the density threshold through check() and validates it', () => {
    const text = 'Officials in Jakarta said the Bappeda and the Bapenda met the Dinsos. Residents waited.';
    const minorOnly = { rules: { 'untranslated-acronym': 'minor' as const } };
    const base = check(text, minorOnly);
    expect(base.findings.filter((f) => f.severity !== 'info').length).toBeGreaterThanOrEqual(3);
    expect(base.verdict).toBe('fail');
    // The quality floor and the fluency review decide this short text (three penalised findings in
    // 14 words also sink its fluency); lower both to see the density rule alone.
    const lenient = { ...minorOnly, thresholds: { passQuality: 0, failQuality: 0, reviewFluency: 0 } };
    expect(check(text, lenient).verdict).toBe('review');
    expect(check(text, { ...lenient, thresholds: { ...lenient.thresholds, reviewDensity: 0 } }).verdict).toBe('pass');
    expect(() => check(text, { thresholds: { reviewDensity: -1 } })).toThrow(/reviewDensity/);
  });

  it('applies penalty overrides through check()', () => {
    const text = readSeed(SEED_MT);
    const base = check(text);
    const free = check(text, { penalties: { severity: { minor: 0, major: 0, critical: 0 } } });
    expect(free.scores.penaltyPoints).toBe(0);
    expect(free.scores.quality).toBe(100);
    expect(base.scores.penaltyPoints).toBeGreaterThan(0);
  });

  it('refuses penalty weights that would make the scores infinite (issue 12: 1e308 gave penaltyPoints null)', () => {
    const text = readSeed(SEED_MT);
    expect(() => check(text, { penalties: { severity: { major: 1e308 } } })).toThrow(/penalties\/severity\/major/);
    expect(() => check(text, { penalties: { rules: { 'title-calque': 1e308 } } })).toThrow(/penalties\/rules/);
    // The largest weights allowed still give finite scores that the report schema accepts.
    const max = check(text, { penalties: { severity: { minor: 1000, major: 1000, critical: 1000, info: 1000 }, rules: { 'title-calque': 100 } } });
    expect(Number.isFinite(max.scores.penaltyPoints)).toBe(true);
    expect(JSON.parse(JSON.stringify(max)).scores.penaltyPoints).toBe(max.scores.penaltyPoints);
  });

  it('keeps the penalty total finite even when a caller bypasses the options schema', () => {
    const points = penaltyPoints([finding('major'), finding('major')], { severity: { major: 1e308 } });
    expect(Number.isFinite(points)).toBe(true);
    expect(qualityScore(points, 100)).toBe(0);
  });
});

describe('reported sentence fluency', () => {
  it('halves the model score for each penalty point found inside the sentence, and leaves other sentences alone', () => {
    // An invented sentence with one minor finding (a decimal comma) and a clean one after it.
    const text = 'The minister said on Monday that the price of rice had risen by 5,5 percent in the capital last week. Farmers in the province have complained that the price of fertiliser has doubled since January.';
    const report = check(text);
    const [first, second] = report.sentences;
    const inside = report.findings.filter((f) => f.ruleId !== 'low-fluency' && f.span.start >= first!.span.start && f.span.start < first!.span.end);
    expect(inside.length).toBeGreaterThan(0);
    const points = penaltyPoints(inside);
    // The reported score is rounded to one decimal.
    expect(Math.abs(first!.fluency - first!.modelFluency! * 2 ** -points)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(second!.fluency).toBe(second!.modelFluency);
  });
});
