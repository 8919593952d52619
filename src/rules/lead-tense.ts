/**
 * Part of verb-form (check 16): a present -s verb reporting an act in a dateline lead. "JAKARTA -
 * The ministry provides several recommendations …", "Jakarta (ANTARA) - The House approves 50 bills
 * …". Indonesian verbs carry no tense and Indonesian leads state the news event with the bare verb
 * ("Kemendikbud memberikan rekomendasi"), so the translation reads like a headline; an English lead
 * after a dateline reports what happened in the past or the present perfect ("provided", "has
 * provided").
 *
 * Anchors, all required: a dateline (capitalised words, numbers and punctuation before a spaced dash
 * at the start of a sentence that ends with a full stop, never a headline or a deck; or a place in
 * capitals whose dash was lost, "JAKARTA The agency …"); the lead's first
 * verb, right after its subject (nouns, names, "of", "and", brackets); an -s form with an object or a
 * "that" clause; no habitual word in the sentence ("every day", "always", "still", "now"); and an
 * article that does not read as native (src/lm/article-reading.ts). Verbs of state, ongoing process
 * or outlook stay silent ("The rice stock remains sufficient", "BMKG predicts heavy rain", "PLN
 * continues to …", "the airline fully supports …"): their present is English in a lead too. Reporting
 * verbs (the REPORTING list of check 10: "invites", "encourages") are a hint (info), as check 10 is;
 * other verbs are minor; "X ensures that" is left to false-friend ("assures").
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { articleReading } from '../lm/article-reading.js';
import { pastParticiple, simplePast, thirdPerson } from '../lexicons/verb-forms.js';
import type { FindingDraft } from './types.js';
import { DASHES } from './text-scan.js';
import { tagShares } from './verb-words.js';

/**
 * Verbs whose present states a condition, an ongoing process, an outlook or a stance, which an
 * English lead may keep in the present ("remains", "continues to", "predicts", "aims to", "supports").
 */
const STATE_VERBS = new Set(
  ('be have seem remain include mean need contain own consist belong know require depend involve cost weigh equal lack deserve resemble exist live ' +
    'stand lie cover represent reach total amount comprise number range vary matter apply hold continue aim plan want expect hope predict target ' +
    'seek intend estimate project forecast believe consider assess view see look appear face keep stay rank serve occur happen mark offer allow ' +
    'enable make show suggest indicate reflect support embody remember say prefer feel think wish fear doubt understand recognize recognise ' +
    'promise threaten tend struggle try manage help regret').split(' '),
);

/** Words that make the present habitual or ongoing ("almost every day", "still", "now"). */
const HABITUAL = new Set(['every', 'daily', 'always', 'usually', 'regularly', 'routinely', 'often', 'annually', 'weekly', 'monthly', 'yearly', 'still', 'now', 'currently', 'continuously', 'increasingly', 'constantly', 'sometimes', 'never', 'generally', 'normally']);

/** Tokens a lead's subject may hold between the dateline and its verb. */
const SUBJECT_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'ADP', 'NUM', 'CCONJ', 'PART', 'PUNCT', 'ADV', 'X', 'SYM']);
/** Words that open a clause: the verb after them is not the lead's own. */
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'whose', 'whom', 'when', 'where', 'while', 'after', 'before', 'as', 'if', 'since', 'although', 'because']);
/** What may open the verb's complement: an object or a "that" clause. */
const OBJECT_POS = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'PRON']);

/** The index of the first token after a dateline dash in the document's first sentences, or -1. */
function datelineLead(doc: AnalysedDocument): number {
  const { tokens } = doc;
  for (let s = 0; s < Math.min(doc.sentences.length, 4); s++) {
    const sent = doc.sentences[s]!;
    if (!/[.!?]["\u201d')]*$/.test(doc.text.slice(sent.start, sent.end).trimEnd())) continue;
    // A dateline whose dash was lost: "JAKARTA The National Food Agency …".
    const first = tokens[sent.tokenStart];
    const second = tokens[sent.tokenStart + 1];
    if (first && second && second.sentence === s && /^\p{Lu}{4,}$/u.test(first.text) && /^\p{Lu}\p{Ll}/u.test(second.text)) return sent.tokenStart + 1;
    let words = 0;
    for (let i = sent.tokenStart; i < sent.tokenEnd && i - sent.tokenStart <= 10; i++) {
      const t = tokens[i]!;
      if (DASHES.has(t.text)) {
        const next = tokens[i + 1];
        if (words === 0 || !next || next.sentence !== s || !next.spaceBefore) break;
        return i + 1;
      }
      if (t.type === 'word') {
        if (!/^\p{Lu}/u.test(t.text)) break;
        words++;
      } else if (t.type !== 'number' && t.type !== 'punctuation') break;
    }
  }
  return -1;
}

/**
 * 16. The dateline lead's verb in the present: "JAKARTA - The ministry provides several
 * recommendations …" → "provided" (or "has provided"). `reporting` are check 10's reporting verbs,
 * reported as a hint.
 */
export function presentLead(doc: AnalysedDocument, reporting: ReadonlySet<string>): FindingDraft | undefined {
  const start = datelineLead(doc);
  if (start < 0) return undefined;
  const { tokens } = doc;
  const s = tokens[start]!.sentence;
  const sent = doc.sentences[s]!;
  let v: Token | undefined;
  for (let k = start; k < sent.tokenEnd && k < start + 25; k++) {
    const t = tokens[k]!;
    // A capitalised word the tagger reads as a verb belongs to a name ("Ministry of Public Works").
    if (t.pos === 'VERB' && t.text === t.lower) {
      v = t;
      break;
    }
    if ((!SUBJECT_POS.has(t.pos) && !(t.pos === 'VERB' && /^\p{Lu}/u.test(t.text))) || CLAUSE_OPENERS.has(t.lower) || HABITUAL.has(t.lower) || t.text === ':' || t.text === '"' || t.text === '\u201c') return undefined;
  }
  if (!v || v === tokens[start] || v.text !== v.lower || doc.inQuote(v.start)) return undefined;
  const lemma = v.lemma;
  if (lemma === v.lower || !/[^s]s$/.test(v.lower) || thirdPerson(lemma) !== v.lower || STATE_VERBS.has(lemma)) return undefined;
  const shares = tagShares(v.lower);
  if (shares.known && shares.verb < 0.5) return undefined;
  const prev = tokens[v.i - 1]!;
  // The subject ends in a noun (the tagger reads some, "chief", as adjectives), a name, a bracket or an
  // appositive's comma; after a possessive ("men's doubles pair") the -s word is a noun.
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADJ' || prev.text === ')' || prev.text === ',')) return undefined;
  // "A number of village heads spread across …": a word that is also a noun, after a noun, heads the subject.
  if (shares.noun >= 0.3 && !(prev.pos === 'PROPN' || prev.text === ')' || prev.text === ',')) return undefined;
  const next = tokens[v.i + 1];
  if (!next || next.sentence !== s || !(OBJECT_POS.has(next.pos) || next.lower === 'that')) return undefined;
  // "Bulog ensures that …" is memastikan as a verb of saying: false-friend reports it with "assures".
  if (lemma === 'ensure' && next.lower === 'that') return undefined;
  for (let k = sent.tokenStart; k < sent.tokenEnd; k++) if (HABITUAL.has(tokens[k]!.lower)) return undefined;
  if (articleReading(doc) === 'native') return undefined;
  const past = simplePast(lemma);
  const participle = pastParticiple(lemma);
  if (!past || !participle) return undefined;
  const hint = reporting.has(lemma);
  return {
    start: v.start,
    end: v.end,
    message: `A news lead after a dateline reports what happened: "${past}" or "has ${participle}", not the present "${v.text}".`,
    suggestions: [past, `has ${participle}`],
    confidence: hint ? 0.5 : 0.6,
    ...(hint ? { severity: 'info' as const } : {}),
    note: 'Indonesian verbs carry no tense, and an Indonesian lead states the event with the bare verb ("Kemendikbud memberikan …"); the translation keeps the present, which English keeps for headlines.',
  };
}
