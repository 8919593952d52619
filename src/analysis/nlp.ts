/**
 * The single wink-nlp instance. Loading the English model costs a few hundred milliseconds, so it
 * happens once, on first use, and every analysis shares it.
 *
 * The pipeline is the annotations analyse() reads: sentence boundaries, named entities and POS
 * (which also gives lemmas). wink's default pipeline adds negation, sentiment and custom entities,
 * which nothing here reads; leaving them out saves about a sixth of readDoc's time and changes no
 * token, tag, lemma, sentence or entity (checked on the Brown corpus and nlp-corpus).
 *
 * wink-nlp adds every out-of-vocabulary word it meets to its lexicon, and the tokeniser later treats
 * a known lexeme differently: after "the game's, final" has been read, "game's" stays one token in
 * every later document instead of "game" + "'s". Results would then depend on what was read before
 * (another file in a batch). `beginDocument()` forgets the words earlier documents added, so every
 * document is tokenised as if it were the first. (Within one document, its paragraphs share what
 * wink learns, as they would in a single readDoc: the result still depends on the input alone.
 * Forgetting per paragraph instead costs about a fifth more wink time.)
 */
import winkNLP, { type Model } from 'wink-nlp';
import { winkModel } from './wink-core-model.js';

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
/** Lexicon entries below this index have been examined by forgetOutOfVocabulary(). */
let examined = 0;

export const PIPELINE = ['sbd', 'ner', 'pos'];

export function nlp(): Wink {
  if (!instance) {
    // The package's model with the faster core loader (src/analysis/wink-core-model.ts), keeping a
    // handle on the core model wink builds its cache from.
    const model = winkModel((loaded) => {
      core = loaded as unknown as CoreModel;
    });
    instance = winkNLP(model as unknown as Model, PIPELINE);
  }
  return instance;
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
 * Per vocabulary lexeme, whether wink's `its.lemma` of a (non-contraction) token with that lexicon
 * entry is fixed: 1 when the list entry it finally reads (the single lemma, or the normal form it
 * lemmatises) lies inside the vocabulary, 0 when it lies beyond. It lies beyond for contraction
 * lexemes met unsplit ("cannot" before a comma): their lemma field holds an expansion pointer, and
 * wink reads whatever out-of-vocabulary word the list holds at that index by then (nothing at first,
 * "Count" after enough documents), so such a lemma depends on what was read before and must be asked
 * of wink each time. Entry 0 of the result is valid for every lexeme; computed once.
 */
let stableLemmas: Uint8Array | undefined;
/** Whether an out-of-vocabulary token's lemma is a function of its text (every spelling map points inside the vocabulary). */
let oovLemmasStable = false;

function computeStableLemmas(): Uint8Array {
  const layout = core?.packing?.layout;
  const lexicon = core?.lexicon;
  const size = core?.packing?.size;
  const n = core?.features?.lexeme?.intrinsicSize ?? 0;
  const flags = new Uint8Array(n);
  if (!layout || !lexicon || size === undefined) return flags;
  const field = (i: number, name: string): number => {
    const l = layout[name];
    return l ? (lexicon[l[0]! + i * size]! & l[1]!) >>> l[2]! : 0;
  };
  let mappedInside = true;
  for (let i = 0; i < n; i++) {
    const mapped = field(i, 'isSpellingMapped') === 1;
    if (mapped && field(i, 'lemma') >= n) mappedInside = false;
    // its.lemma: mappedSpelling(), then the single lemma or lemmatize(value(normal())).
    const m = mapped ? field(i, 'lemma') : i;
    let target: number;
    if (m >= n) target = Number.POSITIVE_INFINITY;
    else if (field(m, 'isSLemma') === 1) target = field(m, 'lemma');
    else target = mapped ? field(i, 'lemma') : field(i, 'normal') + i;
    flags[i] = target < n ? 1 : 0;
  }
  oovLemmasStable = mappedInside;
  return flags;
}

/** Whether wink's lemma of a non-contraction token with lexicon entry `lexeme` depends only on its text, tag and type. */
export function lemmaIsStable(lexeme: number): boolean {
  stableLemmas ??= computeStableLemmas();
  const n = stableLemmas.length;
  if (n === 0 || lexeme < 0) return false;
  return lexeme < n ? stableLemmas[lexeme] === 1 : oovLemmasStable;
}

/** Call once at the start of every document: forgets what earlier documents taught wink (see above). */
export function beginDocument(): void {
  nlp();
  forgetOutOfVocabulary();
}

/** wink's readDoc (call `beginDocument()` first for each document). */
export function readDoc(text: string): WinkDocument {
  return nlp().readDoc(text);
}
