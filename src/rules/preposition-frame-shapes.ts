/**
 * The head + preposition shape that the preposition-frame statistics count
 * (scripts/build-preposition-frames.ts, over the native training text) and the preposition-frame
 * rule judges (over a checked text). One module serves both, so the corpus is read with exactly the
 * shape the rule looks up. wink-nlp gives POS tags but no parse, so the shape is a tag sequence:
 *
 * - a head: a verb, common noun or adjective (lower-case letters, three or more), and
 * - the word right after it: one of PREPOSITIONS ("consist of", "impact on", "interested in").
 *
 * Only the word directly after the head is read: that is where a complement preposition stands,
 * and an adverb or object in between ("discussed it at length in Jakarta") most often marks an
 * adjunct. "to" before a verb is an infinitive marker, not a preposition ("interested to know"),
 * and is counted apart; "to" before an "-ing" form is a preposition ("committed to improving").
 * A verb directly followed by a determiner, pronoun, noun or number has a direct object; the count
 * of those tells a transitive verb ("discuss", "emphasize") from one that takes a preposition.
 */
import type { Token } from '../analysis/types.js';

/** The prepositions whose use after a head is counted. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'about', 'against', 'among', 'at', 'between', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'onto',
  'over', 'to', 'toward', 'towards', 'upon', 'with',
]);

export type HeadPos = 'VERB' | 'NOUN' | 'ADJ';
const HEAD_POS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ']);
const HEAD_WORD = /^[a-z]{3,}$/;
const OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'you', 'who', 'there']);

export type AfterHead = { kind: 'preposition'; prep: string } | { kind: 'infinitive' } | { kind: 'object' } | { kind: 'other' };

/** The head at `i`, if the token can be one: its POS class and lemma. */
export function headAt(tokens: readonly Token[], i: number): { pos: HeadPos; lemma: string } | undefined {
  const t = tokens[i]!;
  if (!HEAD_POS.has(t.pos) || !HEAD_WORD.test(t.lower) || !HEAD_WORD.test(t.lemma)) return undefined;
  return { pos: t.pos as HeadPos, lemma: t.lemma };
}

/** What follows the head at `i` within the sentence ending before token `end`. */
export function afterHead(tokens: readonly Token[], i: number, end: number): AfterHead {
  if (i + 1 >= end) return { kind: 'other' };
  const n = tokens[i + 1]!;
  if (PREPOSITIONS.has(n.lower) && n.text === n.lower) {
    if (n.lower === 'to') {
      const m = i + 2 < end ? tokens[i + 2]! : undefined;
      if (m && (m.pos === 'VERB' || m.pos === 'AUX') && !m.lower.endsWith('ing')) return { kind: 'infinitive' };
    }
    return { kind: 'preposition', prep: n.lower };
  }
  if (OBJECT_POS.has(n.pos) && !SUBJECT_PRONOUNS.has(n.lower)) return { kind: 'object' };
  return { kind: 'other' };
}
