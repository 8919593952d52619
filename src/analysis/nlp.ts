/**
 * The single wink-nlp instance. Loading the English model costs a few hundred milliseconds, so it
 * happens once, on first use, and every analysis shares it.
 *
 * The pipeline is the annotations analyse() reads: sentence boundaries and POS (which also gives
 * lemmas). wink's default pipeline adds negation, sentiment and custom entities, which nothing here
 * reads; leaving them out saves about a sixth of readDoc's time and changes no token, tag, lemma,
 * sentence or entity (checked on the Brown corpus and nlp-corpus).
 *
 * Named entities are not in wink's pipeline either: no rule and no score reads them (only the
 * reference comparison of src/workflow/references.ts does), and wink's three NER passes cost about
 * a fourteenth of check(). `entitiesOfLastRead()` runs the same NER automata, built from the same
 * model part with wink's own automaton, over the same token ids wink would have given them, on
 * request only (analyse() asks unless told not to; check() tells it not to). wink's NER reads the
 * tokens and the cache and writes neither (its transformers only read `value` and `property`; the
 * sentence and POS passes never read entities), so leaving it out of the pipeline changes nothing
 * else, and running it afterwards gives what it gave inside readDoc.
 *
 * wink-nlp adds every out-of-vocabulary word it meets to its lexicon, and the tokeniser later treats
 * a known lexeme differently: after "the game's, final" has been read, "game's" stays one token in
 * every later document instead of "game" + "'s". Results would then depend on what was read before
 * (another file in a batch). `beginDocument()` forgets the words earlier documents added, so every
 * document is tokenised as if it were the first. (Within one document, its paragraphs share what
 * wink learns, as they would in a single readDoc: the result still depends on the input alone.
 * Forgetting per paragraph instead costs about a fifth more wink time.)
 */
import { createRequire } from 'node:module';
import winkNLP, { type Model } from 'wink-nlp';
import { winkModel } from './wink-core-model.js';

const require = createRequire(import.meta.url);

type Wink = ReturnType<typeof winkNLP>;
type WinkDocument = ReturnType<Wink['readDoc']>;

/** The part of wink's core model that holds the lexicon (internal to wink; read, never replaced). */
interface CoreModel {
  features?: { lexeme?: { hash: Record<string, number>; list: string[]; intrinsicSize: number } };
  packing?: { layout: Record<string, number[]>; size: number };
  lexicon?: Uint32Array;
}

let instance: Wink | undefined;
let core: CoreModel | undefined;
/** The model parts wink was built from (the NER part is read again by entitiesOfLastRead()). */
let parts: Record<string, unknown> | undefined;
/** Lexicon entries below this index have been examined by forgetOutOfVocabulary(). */
let examined = 0;

export const PIPELINE = ['sbd', 'pos'];

/** What wink's automata are given per token: its numeric id, wink's cache, an extra argument, the index. */
type Transformer = (token: number, cache: WinkCache, param: unknown, index: number) => number;

/** The part of wink's cache (internal to wink) that its automata and token mappers read. */
type WinkCache = object;

/**
 * The raw token array (wink's `rdd.tokens`: four numbers a token) and the cache of the last
 * readDoc(), handed to the sentence-boundary transformer at every token (undefined when the last
 * read passed it no token).
 */
let lastTokens: number[] | undefined;
let lastCache: WinkCache | undefined;

/**
 * The sentence-boundary model with its transformer wrapped to note the raw tokens and the cache it
 * is given (the same objects every pass of that readDoc reads), then to answer what it answered.
 */
function noticingSbd(load: () => { transformers: (Transformer | undefined)[] }): () => unknown {
  return () => {
    const m = load();
    const transformers = m.transformers.map((f): Transformer | undefined =>
      f === undefined
        ? undefined
        : (token, cache, param, index) => {
            lastTokens = param as number[];
            lastCache = cache;
            return f(token, cache, param, index);
          },
    );
    return { ...m, transformers };
  };
}

export function nlp(): Wink {
  if (!instance) {
    // The package's model with the faster core loader (src/analysis/wink-core-model.ts), keeping a
    // handle on the core model wink builds its cache from.
    const model = winkModel((loaded) => {
      core = loaded as unknown as CoreModel;
    });
    model.sbd = noticingSbd(model.sbd as () => { transformers: (Transformer | undefined)[] });
    parts = model;
    instance = winkNLP(model as unknown as Model, PIPELINE);
  }
  return instance;
}

/**
 * The raw document data of the last readDoc(), as far as wink's `its` functions read it (the raw
 * tokens and the cache); undefined when the last read passed the sentence transformer no token.
 */
export function lastReadData(): { tokens: number[]; cache: WinkCache } | undefined {
  return lastTokens && lastCache ? { tokens: lastTokens, cache: lastCache } : undefined;
}

/** The model's add-ons (wink hands them to every `its` function; `its.lemma` calls their lemmatiser). */
export function winkAddons(): unknown {
  nlp();
  return parts!.addons;
}

/** wink's automaton (src/automaton.js), as far as the NER passes use it. */
interface Automaton {
  importJSON(json: unknown): void;
  setPatternSwap(patterns: unknown[] | null): void;
  recognize(tokens: number[], transform?: Transformer): [number, number, string][];
}

let ner: { automata: Automaton[]; transformers: (Transformer | undefined)[]; cache: WinkCache } | undefined;

/** wink's NER automata over `cache`, as wink's own load() builds them (once). */
function nerAutomata(cache: WinkCache): NonNullable<typeof ner> {
  if (ner?.cache === cache) return ner;
  const fsm = require('wink-nlp/src/automaton.js') as (cache: WinkCache) => Automaton;
  const model = (parts!.ner as () => { machines: unknown[]; transformers: (Transformer | undefined)[] })();
  const automata = model.machines.map((machine) => {
    const a = fsm(cache);
    a.importJSON(machine);
    return a;
  });
  return (ner = { automata, transformers: model.transformers, cache });
}

/**
 * The named entities of the last readDoc(), as wink's NER passes would have set them inside it:
 * `[first token, last token, type]` (wink's token indexes). Call it before the next readDoc().
 */
export function entitiesOfLastRead(tokenCount: number): [number, number, string][] {
  // A read with tokens always calls the sentence transformer, unless every token is a line break,
  // which the NER passes skip as well: nothing to find then.
  const tokens = lastTokens;
  const cache = lastCache;
  if (tokenCount === 0 || !tokens || !cache || tokens.length !== tokenCount * 4) return [];
  const { automata, transformers } = nerAutomata(cache);
  const mappers = require('wink-nlp/src/tokens-mappers.js') as { mapRawTokens2UIdOfNormal(rdd: unknown): number[] };
  const ids = mappers.mapRawTokens2UIdOfNormal({ tokens, cache, numOfTokens: tokenCount });
  let px: [number, number, string][] | null = null;
  for (let i = 0; i < automata.length; i++) {
    automata[i]!.setPatternSwap(px);
    px = automata[i]!.recognize(ids, transformers[i]);
  }
  return px ?? [];
}

/** Drops the out-of-vocabulary words earlier reads added to wink's lexicon lookup. */
function forgetOutOfVocabulary(): void {
  const lexeme = core?.features?.lexeme;
  if (!lexeme) return;
  const { hash, list, intrinsicSize } = lexeme;
  // Entries stay in `list` (indexes of earlier documents remain valid); only the lookup forgets them.
  for (let k = Math.max(examined, intrinsicSize); k < list.length; k++) {
    const word = list[k]!;
    if (hash[word] === k) delete hash[word];
  }
  examined = list.length;
}

/**
 * The text of wink's lexicon entry `lexeme` (a token's `its.uniqueId`): what `its.value` returns for
 * the token (wink's own cache.value() reads the same list), without a pass of wink's out() over the
 * tokens. Undefined when the model is not loaded or the index is outside the list.
 */
export function lexemeText(lexeme: number): string | undefined {
  return core?.features?.lexeme?.list[lexeme];
}

/**
 * Whether wink's `its.lemma` of a (non-contraction) token with a given lexicon entry is fixed: it is
 * when the list entry it finally reads (the single lemma, or the normal form it lemmatises) lies
 * inside the vocabulary. It lies beyond for contraction lexemes met unsplit ("cannot" before a
 * comma): their lemma field holds an expansion pointer, and wink reads whatever out-of-vocabulary
 * word the list holds at that index by then (nothing at first, "Count" after enough documents), so
 * such a lemma depends on what was read before and must be asked of wink each time (864 of the
 * 87,593 lexemes). Worked out per lexeme on first use (a scan of the whole vocabulary cost a cold
 * start 5 ms): 0 not known yet, 1 fixed, 2 not.
 */
let stableLemmas: Uint8Array | undefined;
/**
 * Whether an out-of-vocabulary token's lemma is a function of its text: wink lemmatises its normal
 * form, itself or the spelling a vocabulary entry maps it to, which must lie inside the vocabulary.
 */
let oovLemmasStable: boolean | undefined;

/** A packed field of vocabulary lexeme `i` (wink's cache.js reads them the same way). */
function lexemeField(lexicon: Uint32Array, size: number, l: readonly number[] | undefined, i: number): number {
  return l ? (lexicon[l[0]! + i * size]! & l[1]!) >>> l[2]! : 0;
}

function lemmaStability(i: number, n: number): boolean {
  const layout = core!.packing!.layout;
  const lexicon = core!.lexicon!;
  const size = core!.packing!.size;
  const mapped = lexemeField(lexicon, size, layout['isSpellingMapped'], i) === 1;
  // its.lemma: mappedSpelling(), then the single lemma or lemmatize(value(normal())).
  const m = mapped ? lexemeField(lexicon, size, layout['lemma'], i) : i;
  if (m >= n) return false;
  let target: number;
  if (lexemeField(lexicon, size, layout['isSLemma'], m) === 1) target = lexemeField(lexicon, size, layout['lemma'], m);
  else target = mapped ? m : lexemeField(lexicon, size, layout['normal'], i) + i;
  return target < n;
}

function mappedSpellingsInside(n: number): boolean {
  const lexicon = core!.lexicon!;
  const size = core!.packing!.size;
  const mappedAt = core!.packing!.layout['isSpellingMapped'];
  const lemmaAt = core!.packing!.layout['lemma'];
  if (!mappedAt || !lemmaAt) return false;
  const [mw, mm, ms] = mappedAt as [number, number, number];
  const [lw, lm, ls] = lemmaAt as [number, number, number];
  for (let i = 0; i < n; i++) {
    if ((lexicon[mw + i * size]! & mm) >>> ms === 1 && (lexicon[lw + i * size]! & lm) >>> ls >= n) return false;
  }
  return true;
}

/** Whether wink's lemma of a non-contraction token with lexicon entry `lexeme` depends only on its text, tag and type. */
export function lemmaIsStable(lexeme: number): boolean {
  const n = core?.features?.lexeme?.intrinsicSize ?? 0;
  if (n === 0 || lexeme < 0 || !core?.lexicon || !core.packing) return false;
  if (lexeme >= n) return (oovLemmasStable ??= mappedSpellingsInside(n));
  stableLemmas ??= new Uint8Array(n);
  let known = stableLemmas[lexeme]!;
  if (known === 0) stableLemmas[lexeme] = known = lemmaStability(lexeme, n) ? 1 : 2;
  return known === 1;
}

/** Call once at the start of every document: forgets what earlier documents taught wink (see above). */
export function beginDocument(): void {
  nlp();
  forgetOutOfVocabulary();
}

/** wink's readDoc (call `beginDocument()` first for each document). */
export function readDoc(text: string): WinkDocument {
  const wink = nlp();
  lastTokens = undefined;
  return wink.readDoc(text);
}
