/**
 * npm run eval:fluency (also the last part of `npm run eval`): how well the fluency score ranks real
 * text, always beside a length baseline and a seeded random baseline (docs/fluency.md reports it).
 *
 * (a) Seeds: sentences of the seed's machine-translated texts holding a `garbled` item against the
 *     prose sentences of its human texts: ROC AUC (probability that a garbled sentence scores below a
 *     clean one), reported score and language model alone.
 * (b) WMT 2021 TED zh→en with human MQM ratings (../shared/data/wmt-mqm-ted-zhen.tsv): penalty per
 *     system output (Major 5, Minor 1, Minor Fluency/Punctuation 0.1, Non-translation 25, source
 *     errors 0, averaged over raters). Four Kendall tau-b figures: within each source segment (the
 *     systems' outputs of one source ranked against each other, averaged over sources), against the
 *     penalty per word, over all segments against the penalty, and within each source against the
 *     penalty of the errors a monolingual reader can see (Fluency/*, Style/Awkward). The source segments are split once
 *     by a hash of their id (scripts/fluency-metrics.ts: tedSplit) into a tune half and a held-out
 *     half; only the tune half may be looked at when choosing anything, the held-out half is reported.
 * (c) The real Indonesian-origin set (/work/real, outside git; splits from corpora/real/manifest.*):
 *     ROC AUC of sentences holding a `garbled` item against the prose sentences of native controls
 *     (kind nat), per split; tune may be tuned on, test may not.
 *
 * Usage: node dist/scripts/eval-fluency.js [--dump file.jsonl] [--tune-only] [--real dir]... [--native-pages dir]...
 *   --real names a real set's folder (repeatable; default /work/real and /work/real-c, those that
 *   exist); each is reported on its own, and the garbled-vs-native AUC over all of them together.
 *   --dump writes per-sentence features of every scored item (for tuning on the tune halves; the
 *   file holds third-party text, so write it outside the repository).
 *   --tune-only leaves out the reported halves (TED held-out, real test: their texts are not read),
 *   for use while tuning.
 *   --native-pages names a folder of native English news pages (.txt; repeatable): their low-fluency
 *   flags per 1,000 words are printed, and their sentences dumped as native tune rows.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyse, check } from '../src/index.js';
import type { Report } from '../src/index.js';
import { packageRoot } from '../src/lexicons/package-root.js';
import { lmSentences } from '../src/lm/score.js';
import { groupedTau, kendallTauB, mean, randomScores, rocAuc, sd, tedSplit } from './fluency-metrics.js';

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

const RANDOM_DRAWS = 20;
const dumpLines: string[] = [];
let dumping = false;
/** --tune-only: print the tune halves only (for choosing things without seeing the reported halves). */
let tuneOnly = false;

function dump(record: Record<string, unknown>, text: string, report?: Report): void {
  if (!dumping) return;
  const doc = analyse(text);
  const lm = lmSentences(doc);
  const sentences = doc.sentences.map((s, i) => ({ start: s.start, end: s.end, prose: lm[i]!.prose, model: lm[i]!.fluency, boilerplate: s.boilerplate, features: lm[i]!.features, tokens: doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => [t.text, t.pos, t.lemma, t.spaceBefore ? 1 : 0]) }));
  const findings = report?.findings.map((f) => [f.ruleId, f.severity, f.span.start, f.span.end, f.confidence]);
  dumpLines.push(JSON.stringify({ ...record, text, sentences, findings }));
}

/** Same test as the scorer's prose filter, on plain text (the report does not carry the flag). */
function isProseSentence(s: string): boolean {
  const words = s.match(/\p{L}+/gu)?.length ?? 0;
  return words >= 6 && /^["“(]?[\p{Lu}\p{N}]/u.test(s) && /[.!?]["”’)]*$/u.test(s);
}

function words(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

const f3 = (x: number): string => (Number.isNaN(x) ? '  n/a' : x.toFixed(3).padStart(6));

/** A sentence-level ROC AUC line set: score, model alone, −length, random. */
function aucLines(label: string, low: { fluency: number; model: number; words: number }[], high: { fluency: number; model: number; words: number }[]): string[] {
  const rnd = randomScores(low.length + high.length, RANDOM_DRAWS).map((r) => rocAuc(r.slice(0, low.length), r.slice(low.length)));
  return [
    `  ${label}: garbled ${low.length} vs clean ${high.length}`,
    `    ROC AUC  reported ${f3(rocAuc(low.map((x) => x.fluency), high.map((x) => x.fluency)))}   model alone ${f3(rocAuc(low.map((x) => x.model), high.map((x) => x.model)))}` +
      `   −length ${f3(rocAuc(low.map((x) => -x.words), high.map((x) => -x.words)))}   random ${f3(mean(rnd))} ± ${sd(rnd).toFixed(3)}`,
  ];
}

function seedEvaluation(dir: string): string[] {
  const out: string[] = ['## fluency on the seeds (sentence scores; "model" = language model alone)'];
  const garbled: { fluency: number; model: number; words: number }[] = [];
  const clean: { fluency: number; model: number; words: number }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.annotations.json')).sort()) {
    const ann = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Annotation;
    const text = readFileSync(resolve(dir, ann.file), 'utf8');
    const report = check(text);
    for (const s of report.sentences) {
      if (s.boilerplate) continue;
      const t = text.slice(s.span.start, s.span.end);
      const x = { fluency: s.fluency, model: s.modelFluency ?? s.fluency, words: words(t) };
      if (ann.kind === 'human') {
        if (isProseSentence(t)) clean.push(x);
        continue;
      }
      if (!ann.items.some((it) => it.class === 'garbled' && it.start < s.span.end && s.span.start < it.end)) continue;
      garbled.push(x);
      out.push(`  garbled: fluency ${s.fluency} (model ${x.model})  "${t.slice(0, 50)}…"`);
    }
  }
  if (garbled.length === 0 || clean.length === 0) return [...out, '  (no garbled or no clean sentences annotated)'];
  return [...out, ...aucLines('seeds', garbled, clean)];
}

const WEIGHTS = { major: 5, minor: 1, punctuation: 0.1, nonTranslation: 25 };

interface TedSegment {
  system: string;
  source: string;
  text: string;
  raters: Map<string, number>;
  /** The same penalty counting only errors a monolingual reader can see (Fluency/*, Style/Awkward). */
  fluencyRaters: Map<string, number>;
}

function readTed(path: string): TedSegment[] {
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).filter((l) => l.length > 0);
  const segments = new Map<string, TedSegment>();
  for (const line of rows) {
    const [system, , docId, segId, rater, , target, category, severity] = line.split('\t') as string[];
    const source = `${docId}|${segId}`;
    const key = `${system}|${source}`;
    let seg = segments.get(key);
    if (!seg) segments.set(key, (seg = { system: system!, source, text: target!.replace(/<\/?v>/g, ''), raters: new Map(), fluencyRaters: new Map() }));
    let w = 0;
    if (category === 'No-error' || category!.startsWith('Source')) w = 0;
    else if (category!.startsWith('Non-translation')) w = WEIGHTS.nonTranslation;
    else if (severity === 'Major') w = WEIGHTS.major;
    else if (category === 'Fluency/Punctuation') w = WEIGHTS.punctuation;
    else w = WEIGHTS.minor;
    seg.raters.set(rater!, (seg.raters.get(rater!) ?? 0) + w);
    const visible = category!.startsWith('Fluency/') || category === 'Style/Awkward';
    seg.fluencyRaters.set(rater!, (seg.fluencyRaters.get(rater!) ?? 0) + (visible ? w : 0));
  }
  return [...segments.values()];
}

/** Token-weighted mean of the model's sentence scores over prose sentences (all sentences when none is prose). */
function segmentModel(report: Report, text: string): number {
  const pick = (prose: boolean): number | undefined => {
    let m = 0;
    let n = 0;
    for (const s of report.sentences) {
      const t = text.slice(s.span.start, s.span.end);
      if (prose && !isProseSentence(t)) continue;
      const len = words(t);
      m += (s.modelFluency ?? s.fluency) * len;
      n += len;
    }
    return n === 0 ? undefined : m / n;
  };
  return pick(true) ?? pick(false) ?? 100;
}

interface TedScored {
  source: string;
  split: 'tune' | 'held-out';
  reported: number;
  model: number;
  words: number;
  penalty: number;
  fluencyPenalty: number;
}

function tedTable(rows: readonly TedScored[], label: string): string[] {
  const groups = rows.map((r) => r.source);
  const pen = rows.map((r) => -r.penalty);
  const fpen = rows.map((r) => -r.fluencyPenalty);
  const perWord = rows.map((r) => -r.penalty / Math.max(1, r.words));
  const scores: [string, number[]][] = [
    ['calque reported fluency', rows.map((r) => r.reported)],
    ['language model alone', rows.map((r) => r.model)],
    ['baseline: −length in words', rows.map((r) => -r.words)],
  ];
  const out = [`  ${label}: ${rows.length} outputs of ${new Set(groups).size} source segments`];
  out.push(`    ${'score'.padEnd(28)} within-source   vs −penalty/word   all segments vs −penalty   within-source vs −fluency penalty`);
  let within = 0;
  for (const [name, x] of scores) {
    const g = groupedTau(groups, x, pen);
    within = g.groups;
    out.push(`    ${name.padEnd(28)} ${f3(g.tau)}          ${f3(kendallTauB(x, perWord))}             ${f3(kendallTauB(x, pen))}                 ${f3(groupedTau(groups, x, fpen).tau)}`);
  }
  const rnd = randomScores(rows.length, RANDOM_DRAWS);
  const rw = rnd.map((r) => groupedTau(groups, r, pen).tau);
  const rp = rnd.slice(0, 5).map((r) => kendallTauB(r, perWord));
  const ra = rnd.slice(0, 5).map((r) => kendallTauB(r, pen));
  const rf = rnd.map((r) => groupedTau(groups, r, fpen).tau);
  out.push(`    ${'baseline: random (seeded)'.padEnd(28)} ${f3(mean(rw))}±${sd(rw).toFixed(3)}   ${f3(mean(rp))}±${sd(rp).toFixed(3)}        ${f3(mean(ra))}±${sd(ra).toFixed(3)}            ${f3(mean(rf))}±${sd(rf).toFixed(3)}`);
  out.push(`    (within-source: mean over the ${within} sources whose penalties differ between systems; ${groupedTau(groups, fpen, fpen).groups} whose fluency penalties differ)`);
  return out;
}

function tedEvaluation(path: string): string[] {
  const out: string[] = [`## fluency vs human MQM judgements (${path.replace(/^.*\/shared\//, '../shared/')}), Kendall tau-b`];
  const scored: TedScored[] = [];
  for (const seg of readTed(path)) {
    if (tuneOnly && tedSplit(seg.source) !== 'tune') continue;
    const report = check(seg.text);
    if (report.sentences.length === 0) continue;
    const raters = [...seg.raters.values()];
    const penalty = raters.reduce((a, b) => a + b, 0) / raters.length;
    const fluencyPenalty = [...seg.fluencyRaters.values()].reduce((a, b) => a + b, 0) / raters.length;
    const split = tedSplit(seg.source);
    scored.push({ source: seg.source, split, reported: report.scores.fluency, model: segmentModel(report, seg.text), words: Math.max(1, report.input.words), penalty, fluencyPenalty });
    dump({ set: 'ted', split, group: seg.source, system: seg.system, penalty, words: report.input.words, reported: report.scores.fluency }, seg.text, report);
  }
  if (!tuneOnly) out.push(...tedTable(scored.filter((r) => r.split === 'held-out'), 'HELD-OUT half (report this)'));
  out.push(...tedTable(scored.filter((r) => r.split === 'tune'), 'tune half'));
  return out;
}

interface ManifestText {
  id: string;
  kind: 'ai' | 'ed' | 'rel' | 'nat';
  split: 'tune' | 'test';
}

type Sample = { fluency: number; model: number; words: number };
type RealSets = { tune: { garbled: Sample[]; clean: Sample[] }; test: { garbled: Sample[]; clean: Sample[] } };

function realEvaluation(dir: string, all: RealSets): string[] {
  const manifests = join(packageRoot(), 'corpora', 'real');
  const byId = new Map<string, ManifestText>();
  if (existsSync(manifests)) {
    for (const f of readdirSync(manifests).filter((x) => /^manifest\..+\.json$/.test(x))) {
      for (const t of (JSON.parse(readFileSync(join(manifests, f), 'utf8')) as { texts: ManifestText[] }).texts) byId.set(t.id, t);
    }
  }
  const sets: RealSets = { tune: { garbled: [], clean: [] }, test: { garbled: [], clean: [] } };
  const articles: { split: 'tune' | 'test'; kind: ManifestText['kind']; fluency: number; verdict: string }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.annotations.json')).sort()) {
    const id = f.slice(0, -'.annotations.json'.length);
    const entry = byId.get(id);
    if (!entry) continue;
    // While tuning, the reported halves are not even read.
    if (tuneOnly && entry.split !== 'tune') continue;
    const ann = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Annotation;
    const text = readFileSync(join(dir, ann.file), 'utf8');
    const report = check(text);
    articles.push({ split: entry.split, kind: entry.kind, fluency: report.scores.fluency, verdict: report.verdict });
    const target = sets[entry.split];
    const labels: (string | null)[] = [];
    for (const s of report.sentences) {
      const t = text.slice(s.span.start, s.span.end);
      let label: string | null = null;
      if (!s.boilerplate && isProseSentence(t)) {
        const holds = (cls: string): boolean => ann.items.some((it) => it.class === cls && it.start < s.span.end && s.span.start < it.end);
        if (entry.kind === 'nat') label = 'clean';
        else if (holds('garbled')) label = 'garbled';
        // Dumped for the combiner's fit (scripts/fit-fluency.ts --word-order), never counted in the AUC below.
        else if (holds('word-order')) label = 'word-order';
        // Dumped for the low-fluency gate's fit (scripts/fit-low-fluency-gate.ts): a sentence an editor must
        // or should fix for another reason (a calque, a wrong word, an article), never counted in the AUC below.
        else if (ann.items.some((it) => it.tier !== 'C' && it.start < s.span.end && s.span.start < it.end)) label = 'item';
      }
      labels.push(label);
      if (label === null || label === 'word-order' || label === 'item') continue;
      const sample = { fluency: s.fluency, model: s.modelFluency ?? s.fluency, words: words(t) };
      (label === 'clean' ? target.clean : target.garbled).push(sample);
      (label === 'clean' ? all[entry.split].clean : all[entry.split].garbled).push(sample);
    }
    dump({ set: 'real', split: entry.split, group: id, kind: entry.kind, labels }, text, report);
  }
  const out = [`## garbled sentences vs native news sentences on the real set (${dir}; prose sentences only)`];
  if (!tuneOnly) out.push(...aucLines('TEST half (report this)', sets.test.garbled, sets.test.clean));
  out.push(...aucLines('tune half', sets.tune.garbled, sets.tune.clean));
  out.push('## article fluency by kind on the real set (scores.fluency; ROC AUC = P(an Indonesian-origin text scores below a native one))');
  for (const split of tuneOnly ? (['tune'] as const) : (['test', 'tune'] as const)) {
    const of = (k: string): number[] => articles.filter((a) => a.split === split && a.kind === k).map((a) => a.fluency).sort((a, b) => a - b);
    const nat = of('nat');
    const parts = (['ai', 'ed', 'rel', 'nat'] as const).map((k) => {
      const xs = of(k);
      const med = xs.length === 0 ? NaN : xs[Math.floor((xs.length - 1) / 2)]!;
      return `${k} ${xs.length} (median ${med.toFixed(1)}${k === 'nat' ? '' : `, AUC vs nat ${f3(rocAuc(xs, nat)).trim()}`})`;
    });
    const origin = articles.filter((a) => a.split === split && a.kind !== 'nat').map((a) => a.fluency);
    const rnd = randomScores(origin.length + nat.length, RANDOM_DRAWS).map((r) => rocAuc(r.slice(0, origin.length), r.slice(origin.length)));
    out.push(`  ${split}: ${parts.join('; ')}`);
    out.push(`    all Indonesian-origin vs nat: ROC AUC ${f3(rocAuc(origin, nat)).trim()}   random ${f3(mean(rnd)).trim()} ± ${sd(rnd).toFixed(3)}`);
  }
  return out;
}

/**
 * --native-pages <dir>: native English news pages (plain text, outside the repository), every prose
 * sentence a native example. Dumped as tune rows of kind nat for the combiner's fit, and their
 * low-fluency findings counted (false flags per 1,000 words: native pages hold no garbled sentence).
 */
function nativePages(dir: string): string[] {
  let words = 0;
  let flags = 0;
  let minor = 0;
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const report = check(text);
    n++;
    words += report.input.words;
    for (const x of report.findings) {
      if (x.ruleId !== 'low-fluency') continue;
      flags++;
      if (x.severity !== 'info') minor++;
    }
    const labels = report.sentences.map((s) => (!s.boilerplate && isProseSentence(text.slice(s.span.start, s.span.end)) ? 'clean' : null));
    dump({ set: 'real', split: 'tune', group: `page:${dir}/${f}`, kind: 'nat', labels }, text, report);
  }
  return [`## native pages (${dir}): ${n} texts, ${words} words; low-fluency flags ${flags} (${((1000 * flags) / Math.max(1, words)).toFixed(2)} per 1,000 words), of severity minor or above ${minor}`];
}

/** `rel` under the nearest ancestor of the package that has it (a worktree sits one level deeper). */
function findShared(rel: string): string {
  let dir = dirname(packageRoot());
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, rel))) return join(dir, rel);
    dir = dirname(dir);
  }
  return join(dirname(packageRoot()), rel);
}

export function evalFluency(options: { dump?: string; tuneOnly?: boolean; real?: readonly string[]; nativePages?: readonly string[] } = {}): void {
  dumping = options.dump !== undefined;
  tuneOnly = options.tuneOnly === true;
  const lines: string[] = [];
  const corpora = join(packageRoot(), 'corpora');
  if (existsSync(corpora)) lines.push(...seedEvaluation(corpora));
  const ted = findShared(join('shared', 'data', 'wmt-mqm-ted-zhen.tsv'));
  if (existsSync(ted)) lines.push(...tedEvaluation(ted));
  else lines.push(`## fluency vs human MQM judgements: skipped (${ted} not found)`);
  const reals = (options.real ?? ['/work/real', '/work/real-c']).filter((d) => existsSync(d));
  const all: RealSets = { tune: { garbled: [], clean: [] }, test: { garbled: [], clean: [] } };
  for (const dir of reals) lines.push(...realEvaluation(dir, all));
  if (reals.length === 0) lines.push('## garbled vs native sentences on the real set: skipped (no real set found)');
  if (reals.length > 1) {
    lines.push(`## garbled vs native sentences, all real sets together (${reals.join(', ')})`);
    if (!tuneOnly) lines.push(...aucLines('TEST half (report this)', all.test.garbled, all.test.clean));
    lines.push(...aucLines('tune half', all.tune.garbled, all.tune.clean));
  }
  for (const dir of options.nativePages ?? []) if (existsSync(dir)) lines.push(...nativePages(dir));
  process.stdout.write(lines.join('\n') + '\n');
  if (options.dump !== undefined) writeFileSync(options.dump, dumpLines.join('\n') + '\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--dump');
  const many = (flag: string): string[] => process.argv.flatMap((a, k) => (a === flag && process.argv[k + 1] !== undefined ? [process.argv[k + 1]!] : []));
  const real = many('--real');
  const nativePages = many('--native-pages');
  evalFluency({ ...(i >= 0 ? { dump: process.argv[i + 1]! } : {}), tuneOnly: process.argv.includes('--tune-only'), ...(real.length > 0 ? { real } : {}), ...(nativePages.length > 0 ? { nativePages } : {}) });
}
