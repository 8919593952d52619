/**
 * Two clause-level signals of garbled machine translation, over wink-nlp's tags, shared by training
 * (calibration on held-out Brown) and scoring. Both were chosen by reading the sentences editors
 * marked `garbled` in the tune half of the team's real Indonesian-origin set and checked against its
 * native controls (docs/fluency.md); neither was fitted to the seeds or the test half.
 *
 * 1. `repeatedContentWords`: the same content word (noun, verb or adjective, by lemma) said twice in
 *    one sentence (invented examples of the pattern: "The inquiry is still under inquiry", "the donation
 *    was in the form of food donation"). Machine translation renders each mention of the source literally,
 *    where an editor would use a pronoun or a synonym. Light verbs (be, have, say …) and names do not
 *    count. On the tune half: 0.46 repeats per garbled sentence, 0.10 per native news sentence.
 * 2. `lacksFiniteVerb`: a sentence of running prose with no finite verb at all, so no main clause:
 *    the verb went into a relative clause or a participle ("Poor results that become a burden for the
 *    club this season." has one, inside the relative clause; "Three billion rupiah for the bridge, and
 *    the rest for the roads." none).
 *    A verb counts as finite when it is a finite auxiliary, or a verb that is not an -ing form, not
 *    after an auxiliary or "to", and either inflected (text differs from its lemma) or right after
 *    its subject (a pronoun or noun; a relative pronoun opens a relative clause instead). On the tune
 *    half it fires on 1 of 46 garbled sentences and none of 78 native ones: rare, but when a
 *    sentence of running prose has no main verb an editor rewrites it.
 */
import type { TokenLike } from './features.js';

/** Verbs every sentence may repeat without it reading badly. */
const LIGHT = new Set(['be', 'have', 'do', 'say', 'make', 'take', 'give', 'get', 'go', 'use', 'also', 'will', 'would', 'can']);
const CONTENT_TAGS = new Set(['NOUN', 'VERB', 'ADJ']);
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'does', 'did', 'do', 'am', "'s", "'re", "'m", "'ve", "'ll", "'d", 'wo', 'ca']);
const SUBJECT_TAGS = new Set(['PRON', 'NOUN', 'PROPN']);
/** A relative pronoun before a verb opens a relative clause, not a main one. */
const RELATIVE = new Set(['that', 'which', 'who']);

/** `/^[a-z]/.test(text)` without the regex: this runs for every token of every sentence checked. */
function lowerInitial(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** Number of repeated mentions of lower-case content lemmas (each lemma's count less one), at most `cap`: beyond two, a long list sentence of edited English repeats as much. */
export function repeatedContentWords(tokens: readonly TokenLike[], cap = 2): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (const t of tokens) {
    if (!CONTENT_TAGS.has(t.pos) || !lowerInitial(t.text)) continue;
    const lemma = t.lemma ?? t.lower ?? t.text.toLowerCase();
    if (lemma.length <= 3 || LIGHT.has(lemma)) continue;
    if (seen.has(lemma)) {
      repeats++;
      if (repeats >= cap) return cap;
    } else seen.add(lemma);
  }
  return repeats;
}

/** Whether the sentence has no finite verb anywhere (see the module comment for "finite"). */
export function lacksFiniteVerb(tokens: readonly TokenLike[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = (t.lower ?? t.text.toLowerCase()).replace('’', "'");
    if (t.pos === 'AUX') {
      if (FINITE_AUX.has(lower)) return false;
      continue;
    }
    if (t.pos !== 'VERB' || lower.endsWith('ing')) continue;
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    if (prev && (prev.pos === 'AUX' || (prev.lower ?? prev.text.toLowerCase()) === 'to')) continue;
    const lemma = t.lemma ?? lower;
    const subject = prev !== undefined && SUBJECT_TAGS.has(prev.pos) && !RELATIVE.has(prev.lower ?? prev.text.toLowerCase());
    if (lemma !== lower || subject) return false;
  }
  return true;
}
