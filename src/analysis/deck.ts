/**
 * A headline deck: the summary line some outlets print under the headline ("Police make arrests in
 * aftermath of attack in Jakarta."). It is written in headlinese (present tense, articles dropped)
 * even though it ends with a full stop, so checks that expect prose (a dropped article) must not read
 * it as prose.
 *
 * The test is shape only, no word lists: the document's second line, right under a headline (a first
 * line without a full stop); short; no dateline ("JAKARTA (ANTARA) -" puts a dash near the start of a
 * lead, never of a deck); and its first verb in the present tense, as headlines are ("make", "asks"),
 * where a lead reports in the past or the present perfect ("have registered": session 20, a release's
 * lead under its headline was read as a deck and its missing articles went unreported).
 */
import type { AnalysedDocument } from './types.js';

const DASHES = new Set(['-', '–', '—', '--']);
const MAX_WORDS = 50;
/** A past participle after "have"/"has": a regular -ed form or "been". */
const PERFECT_PARTICIPLE = /^(?:[a-z]+ed|been)$/;

const cache = new WeakMap<AnalysedDocument, number>();

/** Whether the document's first line ends without a full stop (or ! or ?): a headline, even in sentence case. */
export function firstLineIsHeadline(doc: AnalysedDocument): boolean {
  const head = doc.paragraphs[0];
  return head !== undefined && !/[.!?]["\u201d']?\s*$/.test(doc.text.slice(head.start, head.end));
}

/** The paragraph index of the document's deck line, or -1 when it has none. Computed once per document. */
export function deckParagraph(doc: AnalysedDocument): number {
  let p = cache.get(doc);
  if (p === undefined) cache.set(doc, (p = findDeck(doc)));
  return p;
}

function findDeck(doc: AnalysedDocument): number {
  const head = doc.paragraphs[0];
  const deck = doc.paragraphs[1];
  if (!head || !deck || deck.sentenceEnd <= deck.sentenceStart) return -1;
  if (!firstLineIsHeadline(doc)) return -1;
  const first = doc.sentences[deck.sentenceStart]!;
  const last = doc.sentences[deck.sentenceEnd - 1]!;
  let words = 0;
  for (let i = first.tokenStart; i < last.tokenEnd; i++) if (/\p{L}/u.test(doc.tokens[i]!.text)) words++;
  if (words > MAX_WORDS) return -1;
  for (let i = first.tokenStart; i < Math.min(first.tokenEnd, first.tokenStart + 12); i++) {
    if (DASHES.has(doc.tokens[i]!.text)) return -1;
  }
  for (let i = first.tokenStart; i < first.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // "have registered", "has been": the present perfect reports, as a lead does; headlinese says "register".
    if ((t.lower === 'have' || t.lower === 'has') && t.pos === 'AUX' && PERFECT_PARTICIPLE.test(doc.tokens[i + 1]?.lower ?? '')) return -1;
    // Present: the bare form ("make") or its -s form ("asks"); anything else (past, -ing) is not headlinese.
    return t.lower === t.lemma || t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es` ? deck.index : -1;
  }
  return -1;
}
