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
      core = loaded as CoreModel;
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

/** Call once at the start of every document: forgets what earlier documents taught wink (see above). */
export function beginDocument(): void {
  nlp();
  forgetOutOfVocabulary();
}

/** wink's readDoc (call `beginDocument()` first for each document). */
export function readDoc(text: string): WinkDocument {
  return nlp().readDoc(text);
}
