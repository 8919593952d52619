/**
 * The complement shapes of a verb that the verb-frame statistics count (scripts/build-verb-frames.ts,
 * over the training text) and the verb-complement rule judges (over a checked text). One module
 * serves both, so the corpus is read with exactly the shapes the rule looks up. wink-nlp gives POS
 * tags but no parse: each shape is a short tag sequence.
 *
 * - `that`: the verb directly followed by "that" and a clause ("reminded that the permits expire").
 * - `objectThat`: the verb, an object pronoun, then "that" and a clause ("reminded them that …").
 * - `to`: the verb directly followed by "to" and a verb ("invited to keep the peace").
 * - `objectTo`: the verb, an object pronoun, then "to" and a verb ("invited them to keep …").
 *
 * Objects are pronouns only: after a noun phrase, "that" may open a relative clause ("accepted the
 * terms that …") and "to" a purpose clause ("provide funds to build …"), which say nothing of the
 * verb's frame.
 *
 * The direct shapes are counted only where the verb is plainly active and finite, with its subject
 * right before it (`hasSubjectBefore`): after "be"/"get" it is passive ("was reminded that"), and a
 * past form after a noun may head a reduced relative clause ("those allowed to vote"); neither says
 * anything about the active frame.
 */
import type { Token } from '../analysis/types.js';

export type FrameShape = 'that' | 'objectThat' | 'to' | 'objectTo';

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'everyone', 'everybody']);
const VERB_LEMMA = /^[a-z]{3,}$/;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'who', 'you']);
const ACTIVE_AUX = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'did', 'does', 'do']);
const HAVE = new Set(['has', 'have', 'had']);
/** A word that looks like a plural noun ("passengers"; not "press" or "bus"). */
const PLURAL_LOOKING = /[^su]s$/;

/**
 * True when the verb at `i` has its subject, or an auxiliary of the active voice, right before it
 * (across adverbs): "Jokowi (also) reminded", "he urged", "will invite", "has reminded". A past
 * form after a common noun may head a reduced relative clause ("residents invited to attend"), so
 * before "to" a noun subject counts only with a present-tense "-s" form ("The ministry urges to …")
 * or, after a singular noun, when the sentence has no other finite verb, which a reduced relative
 * clause needs (a plural is left alone: "Passengers allowed to board." is a caption's passive) ("The
 * minister encouraged to plant mangroves." has none; "The families allowed to return found …" and
 * "There are 20 people allowed to vote" have);
 * a reduced relative with a "that" clause ("the people informed that …") is rare enough that a
 * noun counts before "that" ("The minister reminded that …").
 */
export function hasSubjectBefore(tokens: readonly Token[], i: number, start: number, end: number, shape: 'that' | 'to'): boolean {
  const v = tokens[i]!;
  // An object moved to the front ("whom the count had persuaded to lend …") leaves the verb
  // without its object in place: not the frame in question.
  for (let j = i - 1; j >= start && j >= i - 8; j--) if (tokens[j]!.lower === 'whom') return false;
  for (let j = i - 1; j >= start && j >= i - 3; j--) {
    const t = tokens[j]!;
    if (t.pos === 'ADV') continue;
    if (HAVE.has(t.lower)) return v.lower !== v.lemma && !v.lower.endsWith('s'); // "has urged", not "has orders"
    if (ACTIVE_AUX.has(t.lower)) return true;
    // A capitalised plural opening the sentence is a common noun wink read as a name ("Passengers
    // allowed to board."): judged as a noun below.
    // A name or noun after a preposition is that preposition's object, and a past form after it
    // heads a reduced relative clause on the noun before ("the only province in Indonesia allowed
    // to impose …"); a present "-s" form still has its subject there ("The office in Jakarta urges to …").
    if ((t.pos === 'PROPN' || t.pos === 'NOUN') && !/[^s]s$/.test(v.lower) && objectOfPreposition(tokens, j, start)) return false;
    if ((t.pos === 'PROPN' && !(j === start && PLURAL_LOOKING.test(t.lower))) || SUBJECT_PRONOUNS.has(t.lower)) {
      // "Are they encouraged to …": a question's passive.
      const before = j > start ? tokens[j - 1]! : undefined;
      return !(before && (before.pos === 'AUX' || before.pos === 'VERB') && before.lemma === 'be');
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return shape === 'that' || /[^s]s$/.test(v.lower) || (!PLURAL_LOOKING.test(t.lower) && !finiteVerbIn(tokens, start, j) && !finiteVerbIn(tokens, i + 3, end));
    return false;
  }
  return false;
}

/**
 * True when the name or noun ending at `j` is governed by a preposition of place or the like:
 * walking back across the rest of its noun phrase (names, nouns, adjectives, numbers, a determiner
 * or possessive), the first other token is a preposition other than "of" or "to" ("in Indonesia",
 * "across the two provinces").
 */
function objectOfPreposition(tokens: readonly Token[], j: number, start: number): boolean {
  for (let k = j - 1; k >= start && k >= j - 5; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'PART') continue;
    // Not "of": "The governor of Aceh urged to …" has its subject in "The governor of Aceh".
    return t.pos === 'ADP' && t.lower !== 'to' && t.lower !== 'of';
  }
  return false;
}

/** True when a finite verb (an auxiliary, or an inflected verb that is no gerund) stands in [from, end). */
function finiteVerbIn(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing'))) return true;
  }
  return false;
}

const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'there', 'this', 'these', 'those']);
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'all', 'some', 'many', 'every', 'each', 'no', 'any']);

/** True for a finite verb or auxiliary (not a gerund or participle standing alone). */
function isFiniteVerb(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'));
}

/**
 * A clause follows "that" at `i`: a subject (a pronoun, a noun phrase with at most one
 * prepositional phrase, or a gerund phrase) and then, across adverbs, a finite verb. "reminded that the permits
 * expire", "reminded that maintaining the area is…"; not "took that job because he…" (a
 * determiner) nor "that is" (a relative pronoun).
 */
function clauseFollows(tokens: readonly Token[], i: number, end: number): boolean {
  let j = i + 1;
  if (j >= end) return false;
  const first = tokens[j]!;
  if (first.pos === 'VERB' && first.lower.endsWith('ing')) {
    // A gerund subject: its verb comes within a few tokens, before any punctuation.
    for (let k = j + 1; k < end && k <= j + 5; k++) {
      const t = tokens[k]!;
      if (t.pos === 'PUNCT') return false;
      if (t.pos === 'AUX') return true;
    }
    return false;
  }
  if (CLAUSE_SUBJECT_PRONOUNS.has(first.lower)) j++;
  else {
    let ofs = 0;
    for (;;) {
      if (j < end && SUBJECT_DETERMINERS.has(tokens[j]!.lower)) j++;
      if (j < end && tokens[j]!.pos === 'NUM') j++;
      let words = 0;
      while (j < end && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[j]!.pos) && words < 5) {
        j++;
        words++;
      }
      if (words === 0 || !['NOUN', 'PROPN'].includes(tokens[j - 1]!.pos)) return false;
      if (ofs === 0 && j < end && tokens[j]!.pos === 'ADP') {
        j++;
        ofs++;
        continue;
      }
      break;
    }
  }
  while (j < end && tokens[j]!.pos === 'ADV') j++;
  return j < end && isFiniteVerb(tokens[j]!);
}

/**
 * The shape the verb at `i` (in the sentence [start, end)) takes, or undefined. `to` and `that`
 * are reported only with a subject before the verb (see the module comment).
 */
export function frameShapeAt(tokens: readonly Token[], i: number, start: number, end: number): FrameShape | undefined {
  const v = tokens[i]!;
  if (v.pos !== 'VERB' || !VERB_LEMMA.test(v.lemma)) return undefined;
  const next = tokens[i + 1];
  if (!next || i + 1 >= end) return undefined;
  if (next.lower === 'that') return clauseFollows(tokens, i + 1, end) && hasSubjectBefore(tokens, i, start, end, 'that') ? 'that' : undefined;
  if (next.lower === 'to') {
    const after = tokens[i + 2];
    return after && i + 2 < end && after.pos === 'VERB' && after.lower === after.lemma && hasSubjectBefore(tokens, i, start, end, 'to') ? 'to' : undefined;
  }
  if (!OBJECT_PRONOUNS.has(next.lower)) return undefined;
  const j = i + 2;
  if (j >= end) return undefined;
  const w = tokens[j]!;
  if (w.lower === 'that' && clauseFollows(tokens, j, end)) return 'objectThat';
  if (w.lower === 'to') {
    const after = tokens[j + 1];
    if (after && j + 1 < end && after.pos === 'VERB' && after.lower === after.lemma) return 'objectTo';
  }
  return undefined;
}
