/**
 * Fluency evaluation appended to `npm run eval` (docs/fluency.md reports its numbers).
 *
 * (a) Seeds: sentences of machine-translated texts that hold a `garbled` item against the prose
 *     sentences of the human texts: the share of tier-B garbled sentences that score below every
 *     clean sentence, and the ROC AUC (probability that a garbled sentence scores below a clean one),
 *     for the reported sentence fluency and for the language model alone.
 * (b) Real MT with human judgements (../shared/data/wmt-mqm-ted-zhen.tsv, WMT 2021 TED zh→en MQM):
 *     segment-level Kendall tau-b between the segment's fluency and the negated MQM penalty (Major 5,
 *     Minor 1, Minor Fluency/Punctuation 0.1, Non-translation 25, source errors 0, averaged over
 *     raters); also against the penalty per word, since long segments collect more errors, and
 *     against the penalty of fluency and style errors alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { check } from '../src/index.js';
import { packageRoot } from '../src/lexicons/package-root.js';

interface Item {
  start: number;
  end: number;
  class: string;
  tier: 'A' | 'B' | 'C';
}
interface Annotation {
  file: string;
  kind: 'machine-translated' | 'human';
  items: Item[];
}

/** Probability that a random `low` value is below a random `high` value (ties count half). */
export function rocAuc(low: readonly number[], high: readonly number[]): number {
  if (low.length === 0 || high.length === 0) return NaN;
  let s = 0;
  for (const a of low) for (const b of high) s += a < b ? 1 : a === b ? 0.5 : 0;
  return s / (low.length * high.length);
}

/** Kendall tau-b (ties in either variable corrected), O(n²): fine for a few thousand segments. */
export function kendallTauB(x: readonly number[], y: readonly number[]): number {
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const d = Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
  return d === 0 ? NaN : (concordant - discordant) / d;
}

function seedEvaluation(dir: string): string[] {
  const out: string[] = ['## fluency on the seeds (sentence scores; "model" = language model alone)'];
  const garbled: { fluency: number; model: number; tier: string; text: string }[] = [];
  const clean: { fluency: number; model: number }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.annotations.json')).sort()) {
    const ann = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Annotation;
    const text = readFileSync(resolve(dir, ann.file), 'utf8');
    const report = check(text);
    const flagged = new Set(report.findings.filter((x) => x.ruleId === 'low-fluency').map((x) => x.span.start));
    for (const s of report.sentences) {
      if (s.boilerplate) continue;
      const model = s.modelFluency ?? s.fluency;
      if (ann.kind === 'human') {
        // Clean reference: the sentences scored as prose (captions, credits and datelines are not).
        if (report.scores.words > 0 && isProseSentence(text.slice(s.span.start, s.span.end))) clean.push({ fluency: s.fluency, model });
        continue;
      }
      const items = ann.items.filter((it) => it.class === 'garbled' && it.start < s.span.end && s.span.start < it.end);
      if (items.length === 0) continue;
      const tier = items.map((it) => it.tier).sort()[0]!;
      garbled.push({ fluency: s.fluency, model, tier, text: text.slice(s.span.start, s.span.end) });
      out.push(`  garbled [${tier}] fluency ${s.fluency} (model ${model})${flagged.has(s.span.start) ? ' low-fluency' : ''}  "${text.slice(s.span.start, s.span.start + 50)}…"`);
    }
  }
  if (garbled.length === 0 || clean.length === 0) return [...out, '  (no garbled or no clean sentences annotated)'];
  const minClean = Math.min(...clean.map((c) => c.fluency));
  const minCleanModel = Math.min(...clean.map((c) => c.model));
  const tierB = garbled.filter((g) => g.tier === 'B');
  out.push(`  clean prose sentences: ${clean.length}, lowest fluency ${minClean} (model ${minCleanModel})`);
  out.push(`  tier-B garbled below every clean sentence: ${tierB.filter((g) => g.fluency < minClean).length}/${tierB.length} (model alone ${tierB.filter((g) => g.model < minCleanModel).length}/${tierB.length})`);
  out.push(
    `  ROC AUC garbled (${garbled.length}) vs clean (${clean.length}): ${rocAuc(garbled.map((g) => g.fluency), clean.map((c) => c.fluency)).toFixed(3)} (model alone ${rocAuc(garbled.map((g) => g.model), clean.map((c) => c.model)).toFixed(3)})`,
  );
  return out;
}

/** Same test as the scorer's prose filter, on plain text (the report does not carry the flag). */
function isProseSentence(s: string): boolean {
  const words = s.match(/\p{L}+/gu)?.length ?? 0;
  return words >= 6 && /^["“(]?[\p{Lu}\p{N}]/u.test(s) && /[.!?]["”’)]*$/u.test(s);
}

const WEIGHTS = { major: 5, minor: 1, punctuation: 0.1, nonTranslation: 25 };

function tedEvaluation(path: string): string[] {
  const out: string[] = [`## fluency vs human MQM judgements (${path.replace(/^.*\/shared\//, '../shared/')})`];
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter((l) => l.length > 0);
  const segments = new Map<string, { text: string; raters: Map<string, { all: number; fluency: number }> }>();
  for (const line of rows) {
    const [system, , docId, segId, rater, , target, category, severity] = line.split('\t') as string[];
    const key = `${system}|${docId}|${segId}`;
    let seg = segments.get(key);
    if (!seg) segments.set(key, (seg = { text: target!.replace(/<\/?v>/g, ''), raters: new Map() }));
    let r = seg.raters.get(rater!);
    if (!r) seg.raters.set(rater!, (r = { all: 0, fluency: 0 }));
    let w = 0;
    if (category === 'No-error' || category!.startsWith('Source')) w = 0;
    else if (category!.startsWith('Non-translation')) w = WEIGHTS.nonTranslation;
    else if (severity === 'Major') w = WEIGHTS.major;
    else if (category === 'Fluency/Punctuation') w = WEIGHTS.punctuation;
    else w = WEIGHTS.minor;
    r.all += w;
    if (category!.startsWith('Fluency') || category!.startsWith('Style')) r.fluency += w;
  }
  const fluency: number[] = [];
  const model: number[] = [];
  const penalty: number[] = [];
  const perWord: number[] = [];
  const fluencyPenalty: number[] = [];
  for (const seg of segments.values()) {
    const report = check(seg.text);
    if (report.sentences.length === 0) continue;
    let m = 0;
    let n = 0;
    for (const s of report.sentences) {
      const len = s.span.end - s.span.start;
      m += (s.modelFluency ?? s.fluency) * len;
      n += len;
    }
    const raters = [...seg.raters.values()];
    const all = raters.reduce((a, r) => a + r.all, 0) / raters.length;
    fluency.push(report.scores.fluency);
    model.push(m / n);
    penalty.push(-all);
    perWord.push(-all / Math.max(1, report.input.words));
    fluencyPenalty.push(-raters.reduce((a, r) => a + r.fluency, 0) / raters.length);
  }
  const tau = (x: number[], y: number[]): string => kendallTauB(x, y).toFixed(3);
  out.push(`  segments: ${fluency.length} (${new Set([...segments.keys()].map((k) => k.split('|')[0])).size} systems)`);
  out.push(`  Kendall tau-b, fluency vs −MQM penalty:            ${tau(fluency, penalty)} (model alone ${tau(model, penalty)})`);
  out.push(`  Kendall tau-b, fluency vs −MQM penalty per word:   ${tau(fluency, perWord)} (model alone ${tau(model, perWord)})`);
  out.push(`  Kendall tau-b, fluency vs −fluency/style penalty:  ${tau(fluency, fluencyPenalty)} (model alone ${tau(model, fluencyPenalty)})`);
  return out;
}

export async function evalExtensions(): Promise<void> {
  const lines: string[] = [];
  const corpora = join(process.cwd(), 'corpora');
  if (existsSync(corpora)) lines.push(...seedEvaluation(corpora));
  const ted = join(dirname(packageRoot()), 'shared', 'data', 'wmt-mqm-ted-zhen.tsv');
  if (existsSync(ted)) lines.push(...tedEvaluation(ted));
  else lines.push(`## fluency vs human MQM judgements: skipped (${ted} not found)`);
  process.stdout.write(lines.join('\n') + '\n');
}
