/**
 * Small helpers shared by verb-form and subject-verb-agreement: how a token reads as a verb form,
 * from wink-nlp's POS and lemma and, where the tagger cannot be trusted (title-case headlines,
 * words that are also nouns), from the fluency model's Brown tag probabilities.
 */
import type { Token } from '../analysis/types.js';
import { tagLogProb } from '../lm/features.js';
import { model } from '../lm/load.js';

/** Modal auxiliaries: a bare verb must follow. */
export const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);

/** Finite auxiliaries: the modals and the finite forms of be, have and do. */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([...MODALS, 'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'does', 'did', 'do']);

/** Adverbs that may stand between a subject or auxiliary and its verb. */
export const MID_ADVERBS = new Set([
  'not', "n't", 'also', 'still', 'then', 'immediately', 'soon', 'only', 'never', 'already', 'further',
  'later', 'just', 'even', 'again', 'always', 'often', 'usually', 'once', 'directly', 'reportedly', 'allegedly',
]);

/** Verbs whose simple past is their base form: "he put", "she set", "it cost". */
export const PAST_SAME_AS_BASE = new Set(
  'put cut set hit let shut spread cost hurt read quit bet cast broadcast forecast upset burst split thrust shed bid rid beat fit wed knit slit'.split(' '),
);

/** Brown's probabilities that the word is a verb, a noun, an adjective (0 for unknown words). */
export function tagShares(lower: string): { verb: number; noun: number; adj: number; known: boolean } {
  const m = model();
  const id = m.wordIndex.get(lower);
  if (id === undefined) return { verb: 0, noun: 0, adj: 0, known: false };
  const p = (tag: string): number => {
    const tagId = m.posIndex.get(tag);
    return tagId === undefined ? 0 : 10 ** tagLogProb(m, id, tagId);
  };
  return { verb: p('VERB'), noun: p('NOUN'), adj: p('ADJ'), known: true };
}

/** Mostly a verb in Brown: neither a common noun nor an adjective ("support" is; "plan", "open" are not). */
export function mostlyVerb(lower: string): boolean {
  const s = tagShares(lower);
  return s.known && s.verb >= 0.9 && s.noun < 0.05 && s.adj < 0.05;
}

/** A lower-case word token that wink-nlp reads as a verb in its base form ("convey", "arrest"). */
export function isBareVerb(t: Token): boolean {
  return (
    t.type === 'word' &&
    t.text === t.lower &&
    t.pos === 'VERB' &&
    t.lemma === t.lower &&
    !/(?:ing|ed)$/.test(t.lower) &&
    !/[^s]s$/.test(t.lower)
  );
}

/**
 * The base of a third-person -s form ("gives" → "give", "carries" → "carry"), when the word reads
 * as a verb: tagged VERB with a different lemma, or (in title case, where the tagger reads names)
 * mostly a verb in Brown with a base that is too.
 */
export function baseOfThirdPerson(t: Token): string | undefined {
  if (t.type !== 'word' || !/[a-z]s$/.test(t.lower) || /ss$/.test(t.lower)) return undefined;
  if (t.text === t.lower) {
    if (t.pos !== 'VERB' || t.lemma === t.lower || t.lemma === 'be') return undefined;
    return t.lemma;
  }
  if (!/^[A-Z][a-z]+$/.test(t.text)) return undefined;
  const s = tagShares(t.lower);
  if (!s.known || s.verb < 0.8) return undefined;
  const lower = t.lower;
  const candidates = [lower.slice(0, -1), lower.endsWith('es') ? lower.slice(0, -2) : '', lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : ''];
  return candidates.find((c) => c.length > 1 && tagShares(c).verb >= 0.5);
}

/** The index of the next token after i, skipping one mid-sentence adverb ("will also", "he still"). */
export function afterAdverb(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  if (next && next.sentence === tokens[i]!.sentence && MID_ADVERBS.has(next.lower)) return i + 2;
  return i + 1;
}

/** Keeps the case of the first letter of `like`: "Gives" → "Give". */
export function matchCase(word: string, like: string): string {
  return /^[A-Z]/.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
