/**
 * garbled-structure: sixteen shapes of a sentence whose build broke in translation, each read from
 * wink's tags and the sentence boundaries alone (no pattern list of phrases):
 *
 * - `cut-sentence`: a sentence that opens in lower case (a verb or a function word) straight after a full stop, so the
 *   clause lost its subject to the stop: a reporting clause cut off by a stop inside the quote
 *   (`"… crowds." appealed to the Head of Regional Police.`: Indonesian *imbau Kapolda*, "the police
 *   chief appealed", read as an appeal TO the chief), or a list of actions the translation split
 *   from its subject ("… to the refugees. carry out rapid assessments, …"). After a quote only a past
 *   or -ed form counts (a reporting verb), elsewhere only after an ordinary lower-case word of five
 *   letters or more (not an abbreviation such as "Blvd." or "nw.", where the splitter may cut).
 * - `adjective-head`: "the" + an adjective + "of", the adjective standing as the head noun ("the
 *   disproportionate of exports and imports", "the important of the program"): Indonesian
 *   nominalises an adjective with *ke-…-an* or *-nya* (*pentingnya*, *tidak seimbangnya*), and the
 *   translation keeps the adjective. Only adjectives of an adjective-only ending (-ous, -ive, -ful,
 *   -less, -able, -ible, -ant, -ent, -ate, -ic, -ical), wink-tagged ADJ, less the ones English uses as
 *   nouns ("the potential of", "the equivalent of", "the representative of", "the constituent of").
 * - `stranded-source`: a sentence that opens with an -ing word and a preposition, then straight a
 *   comma ("Reporting from, the minister said …", "Quoting from, …"): Indonesian *Dilansir dari*
 *   / *Mengutip dari* with the source's name dropped. Not "To begin with," (an infinitive) or a
 *   preposition stranded in a relative clause ("the company it depends on,").
 * - `that-is-name`: a common noun, then "that is"/"which is" and a name that ends the phrase ("the
 *   Australian program that is Australia Digital Services,"): Indonesian *yaitu* / *yakni* ("namely")
 *   rendered as a relative clause, where English writes the name in apposition ("the program,
 *   Services Australia,").
 *
 * - `raised-subject`: a noun raised out of a wh-clause into the subject of a negated passive of
 *   knowing ("The earthquake cannot be predicted when it will occur"; Indonesian "tidak bisa diprediksi
 *   kapan …").
 * - `not-to-mention`: a sentence of eight words or more opened by "Not to mention" (Indonesian "Belum
 *   lagi …").
 *
 * - `demonstrative-year`: "this"/"that" before a year, with or without early/late/mid ("in this
 *   early 2018,"; Indonesian "awal 2018 ini"), not when the year modifies a noun ("this 2024 election").
 *
 * - `lone-subordinate`: a whole sentence that is one subordinate clause ("While other provinces with
 *   fewer people have more regencies."; Indonesian "Sedangkan …", "Padahal …", "Kalau ada …" open a
 *   sentence of their own).
 * - `verbless-example`: a sentence of running prose opened by "For example", "Including", "Such as",
 *   "Especially", "Namely" with no finite verb ("For example, the shortage of shallots in the
 *   markets."; Indonesian "Misalnya, …", "Termasuk …" open a sentence of their own).
 * - `report-without-report`: a subject and a verb of saying followed only by when and where ("The
 *   minister said during a visit to the port on Friday."): the reporting clause of a quote ("…," kata
 *   Menteri saat …) left on its own when the quote was cut off or moved.
 *
 * - `not-only`: "Not only X, Y (also) …" with no "but" ("Not only farmers, the traders also lost
 *   money."; Indonesian "Tidak hanya X, Y juga …"), at the head of the sentence or after a sentence
 *   adverb and a comma; not an inversion ("Not only did they …") or "Not only that,".
 * - `just-that`: "It's just that" opening a sentence of news prose, outside quotes (Indonesian
 *   "Hanya saja, …", "however").
 *
 * - `concessive-but`: a sentence opened by "although", "though", "even though", "even if" or
 *   "despite" whose clause goes on to ", but" ("Although the price rose, but sales held up.";
 *   Indonesian "Meskipun …, tetapi …").
 *
 * - `so-that-fragment`: a whole sentence that is one "so that" clause ("So that a fire broke out in
 *   the stalls."; Indonesian "Sehingga …" opens a sentence of its own).
 *
 * - `swallowed-subject`: a sentence opened by a prepositional phrase that goes straight on to its verb
 *   ("In the letter stated that …", "Based on the agency's review of the plan has been approved …";
 *   Indonesian "Dalam surat itu disebutkan …", "Dalam rapat itu dihadiri oleh …": the fronted phrase
 *   stands where the subject goes).
 * - `range-fragment`: a sentence of running prose that is only a "From … (to) …" phrase with no verb
 *   ("Starting from Aceh to the Riau islands."; Indonesian "Mulai dari … hingga …" opens a sentence
 *   of its own).
 *
 * Each shape is rare: none of them fires on the 88 Brown press texts or on the native controls of the
 * real set's tune halves (docs/rules/garbled-structure.md has the counts). Severity info, except a
 * cut sentence, which is a plain error whatever the reading (minor).
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { lacksFiniteVerb } from '../lm/clause.js';
import type { FindingDraft, Rule } from './types.js';

/** Endings no English noun has often enough to matter, read only on words wink tagged ADJ. */
const ADJECTIVE_ENDING = /(ous|ive|ful|less|able|ible|ant|ent|ate|ic|ical)$/;
/** Adjectives of those endings that English also writes as a head noun before "of". */
const NOMINAL_ADJECTIVES = new Set([
  'potential', 'equivalent', 'representative', 'constituent', 'relative', 'native', 'initiative', 'executive',
  'alternative', 'incumbent', 'resident', 'adjacent', 'accountant', 'assistant', 'attendant', 'applicant',
  'participant', 'descendant', 'remnant', 'occupant', 'inhabitant', 'opponent', 'proponent', 'component',
  'exponent', 'president', 'agent', 'extent', 'content', 'intent', 'absent', 'present', 'moment', 'comment',
  'critic', 'classic', 'mechanic', 'logic', 'magic', 'music', 'public', 'graphic', 'rhetoric', 'topic',
  'fabric', 'clinic', 'plastic', 'chemical', 'vertical', 'radical', 'periodical', 'objective', 'directive',
  'motive', 'detective', 'collective', 'perspective', 'narrative', 'delegate', 'graduate', 'advocate',
  'associate', 'candidate', 'estimate', 'affiliate', 'senate', 'climate', 'private', 'intermediate',
  'immediate', 'ultimate', 'elite', 'helpful', 'handful', 'mouthful', 'spoonful', 'cupful', 'roomful',
  'countless', 'vulnerable', 'valuable', 'variable', 'constable', 'notable', 'eligible', 'cable', 'table',
  'significant', 'elephant', 'servant', 'giant', 'merchant', 'tenant', 'peasant', 'infant', 'defendant',
  'consultant', 'informant', 'correspondent', 'student', 'patient', 'client', 'parent', 'continent',
  'current', 'recent', 'ancient', 'best', 'latest',
]);
const PAST_IRREGULAR = new Set(['said', 'told', 'added', 'wrote', 'stated', 'explained', 'appealed', 'asked', 'urged', 'continued', 'concluded', 'insisted', 'stressed', 'noted', 'revealed', 'affirmed']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);
/** Parts of speech a cut-off clause opens with when no quote stands before it. */
const CUT_OPENERS = new Set(['VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ', 'ADV', 'DET', 'PART']);
const SOURCE_PREPOSITIONS = new Set(['from', 'of', 'by', 'to', 'on', 'at', 'in']);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'word';
}

/** The sentence `index` opens with a lower-case verb cut from the sentence before by a stop. */
function cutSentence(doc: AnalysedDocument, index: number): FindingDraft | undefined {
  if (index === 0) return undefined;
  const sentence = doc.sentences[index]!;
  const previous = doc.sentences[index - 1]!;
  if (previous.paragraph !== sentence.paragraph || previous.boilerplate) return undefined;
  // The first token is read in place: copying the sentence's tokens is left for the few that open
  // in lower case.
  const first = doc.tokens[sentence.tokenStart];
  if (sentence.tokenStart >= sentence.tokenEnd || !isWord(first) || !/^\p{Ll}{2,}$/u.test(first.text)) return undefined;
  const tokens = doc.sentenceTokens(index);
  if (tokens.filter((t) => t.type === 'word').length < 3) return undefined;
  const before = doc.sentenceTokens(index - 1);
  const last = before[before.length - 1];
  const beforeLast = before[before.length - 2];
  const third = before[before.length - 3];
  if (!last || !beforeLast) return undefined;
  if (CLOSING_QUOTES.has(last.text) && beforeLast.text === '.') {
    // A quote closed with a stop, then a reporting verb: only a past form ("appealed", "said").
    if (first.pos !== 'VERB' || !(first.lower.endsWith('ed') || PAST_IRREGULAR.has(first.lower))) return undefined;
  } else if (last.text === '.') {
    // An ordinary word before the stop: not an abbreviation ("Blvd.", "nw.", "approx.").
    if (!isWord(beforeLast) || !/^\p{Ll}{5,}$/u.test(beforeLast.text) || third?.text === '.') return undefined;
    // A verb or a function word: a lower-case noun here is more often an abbreviation ("tva lakes").
    if (!CUT_OPENERS.has(first.pos)) return undefined;
  } else {
    return undefined;
  }
  let lastWord = Math.min(tokens.length - 1, 7);
  while (lastWord > 0 && tokens[lastWord]!.type !== 'word') lastWord--;
  const end = tokens[lastWord]!.end;
  return {
    start: first.start,
    end: Math.min(sentence.end, end),
    message: `This sentence opens in lower case with "${first.text}", cut from the sentence before by a full stop: the clause has lost what it belongs to (a reporting clause after a quote, a list of actions split from the one who does them, a phrase split from its clause). Consider: join it to the sentence before (with a comma before a reporting verb), or give it its subject.`,
    confidence: 0.8,
    severity: 'minor',
  };
}

function adjectiveHead(tokens: readonly Token[], i: number): FindingDraft | undefined {
  const the = tokens[i]!;
  const adj = tokens[i + 1];
  const of = tokens[i + 2];
  if (the.lower !== 'the' || !isWord(adj) || adj.pos !== 'ADJ' || of?.lower !== 'of') return undefined;
  if (!/^\p{Ll}+$/u.test(adj.text) || !ADJECTIVE_ENDING.test(adj.lower) || NOMINAL_ADJECTIVES.has(adj.lower)) return undefined;
  return {
    start: the.start,
    end: of.end,
    message: `"${the.text} ${adj.text} of" uses the adjective "${adj.text}" as a noun: machine translation keeps the adjective where Indonesian made it a noun. Consider: the noun of the same word ("the importance of", "the imbalance of") or a clause.`,
    confidence: 0.6,
  };
}

function strandedSource(tokens: readonly Token[]): FindingDraft | undefined {
  const [ing, prep, comma] = tokens;
  if (!isWord(ing) || !/^\p{Lu}\p{Ll}+ing$/u.test(ing.text) || !prep || !SOURCE_PREPOSITIONS.has(prep.lower) || comma?.text !== ',') return undefined;
  return {
    start: ing.start,
    end: prep.end,
    message: `"${ing.text} ${prep.text}," opens the sentence with a preposition and no object: the source it names was dropped (Indonesian "Dilansir dari …", "Mengutip dari …"). Consider: name the source ("As reported by …,") or drop the phrase.`,
    confidence: 0.7,
  };
}

function thatIsName(tokens: readonly Token[], i: number, end: number): FindingDraft | undefined {
  const noun = tokens[i]!;
  const rel = tokens[i + 1];
  const be = tokens[i + 2];
  if (noun.pos !== 'NOUN' || (rel?.lower !== 'that' && rel?.lower !== 'which') || !/^\p{Ll}/u.test(noun.text) || (be?.lower !== 'is' && be?.lower !== 'are' && be?.lower !== 'was')) return undefined;
  let j = i + 3;
  while (j < end && isWord(tokens[j]) && /^\p{Lu}/u.test(tokens[j]!.text)) j++;
  // At least one name word, and the name ends the phrase.
  if (j === i + 3 || tokens[i + 3]!.pos !== 'PROPN') return undefined;
  const next = j < end ? tokens[j] : undefined;
  if (next && !/^[.,;:)"”]$/.test(next.text)) return undefined;
  const name = tokens[j - 1]!;
  return {
    start: rel.start,
    end: name.end,
    message: `"${rel.text} ${be.text}" before a name reads as a relative clause about the ${noun.text}; Indonesian "yaitu" ("namely") introduces the name itself. Consider: the name in apposition, set off with commas.`,
    confidence: 0.6,
  };
}

/** Verbs of knowing whose passive, negated, takes a wh-clause only with "it" as subject. */
const EPISTEMIC_PARTICIPLES = new Set(['predicted', 'known', 'ascertained', 'estimated', 'determined', 'calculated', 'forecast']);
const WH_WORDS = new Set(['when', 'where', 'how', 'whether']);
const NEGATIONS = new Set(['not', "n't", 'never', 'cannot']);
const BE_FORMS = new Set(['be', 'been', 'is', 'are', 'was', 'were']);

/**
 * "This earthquake cannot be predicted when it will occur": a noun phrase raised out of the wh-clause
 * into the subject of a negated passive of knowing (Indonesian "X tidak bisa diprediksi kapan …",
 * "belum diketahui di mana …"). English keeps the noun in the clause with "it" as subject ("It cannot
 * be predicted when the earthquake will occur"). Only with a negation in the verb group, so a
 * temporal "when" ("The price was determined when the deal closed") is left alone.
 */
function raisedSubject(tokens: readonly Token[], i: number, start: number): FindingDraft | undefined {
  const be = tokens[i]!;
  const participle = tokens[i + 1];
  const wh = tokens[i + 2];
  if (!BE_FORMS.has(be.lower) || !participle || !EPISTEMIC_PARTICIPLES.has(participle.lower) || !wh || !WH_WORDS.has(wh.lower)) return undefined;
  let j = i - 1;
  let negated = false;
  while (j >= start && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'PART' || tokens[j]!.pos === 'ADV' || NEGATIONS.has(tokens[j]!.lower))) {
    if (NEGATIONS.has(tokens[j]!.lower) || tokens[j]!.lower === 'yet') negated = true;
    j--;
  }
  const subject = j >= start ? tokens[j] : undefined;
  if (!negated || !subject || (subject.pos !== 'NOUN' && subject.pos !== 'PROPN')) return undefined;
  return {
    start: subject.start,
    end: wh.end,
    message: `"${subject.text}" is the subject of "${participle.text}" and also what the "${wh.text}" clause is about: the noun was raised out of the clause, as Indonesian allows ("tidak bisa diprediksi kapan …"). Consider: "It cannot be ${participle.text} ${wh.text} …", with the noun inside the clause.`,
    confidence: 0.6,
  };
}

/**
 * "Not to mention the flood of rumours about the case that slowed the inquiry.": a long sentence
 * opened by "Not to mention" (Indonesian "Belum lagi …", which opens a sentence of its own). English
 * uses the phrase to add to the sentence before; standing alone it is a short aside ("Not to mention
 * the cost."), so only a sentence of eight words or more counts.
 */
function notToMention(tokens: readonly Token[]): FindingDraft | undefined {
  const [not, to, mention] = tokens;
  if (not?.lower !== 'not' || to?.lower !== 'to' || mention?.lower !== 'mention') return undefined;
  if (tokens.filter((t) => t.type === 'word').length < 8) return undefined;
  return {
    start: not.start,
    end: mention.end,
    message: '"Not to mention" opens a sentence of its own here: Indonesian "Belum lagi …" starts a new sentence, English adds the point to the one before. Consider: join it to the sentence before, or rewrite it as a clause ("The flood of rumours also slowed …").',
    confidence: 0.5,
  };
}

const YEAR = /^(19|20)\d\d$/;
const YEAR_PARTS = new Set(['early', 'late', 'mid', 'end']);

/**
 * "in this early 2018", "during this 2024,": a demonstrative before a year, Indonesian "awal 2018
 * ini", "tahun 2024 ini", where "ini" ("this") follows the time expression. English says "early
 * 2018" or "this year". Not when the year modifies a noun ("this 2024 election", "that 1998 crisis").
 */
function demonstrativeYear(tokens: readonly Token[], i: number, start: number, end: number): FindingDraft | undefined {
  const det = tokens[i]!;
  if (det.lower !== 'this' && det.lower !== 'that') return undefined;
  // After a preposition only ("in this early 2018"): "said that 2018 was …" is a conjunction.
  if (i === start || tokens[i - 1]!.pos !== 'ADP') return undefined;
  let j = i + 1;
  const part = tokens[j];
  if (part && (YEAR_PARTS.has(part.lower) || part.lower === 'year')) j++;
  const year = tokens[j];
  if (!year || !YEAR.test(year.text)) return undefined;
  const next = j + 1 < end ? tokens[j + 1] : undefined;
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return undefined;
  const rest = part && part !== year && part.lower !== 'year' ? `${part.text} ${year.text}` : year.text;
  return {
    start: det.start,
    end: year.end,
    message: `"${det.text}" before the year reads as Indonesian "… ${year.text} ini", where "ini" ("this") follows the time. Consider: "${rest}".`,
    suggestions: [rest],
    confidence: 0.6,
  };
}

/** Finite auxiliaries and modals, with the contracted forms wink splits off. */
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', "'s", "'re", "'m", "'ve", "'ll", "'d", '’s', '’re', '’m', '’ve', '’ll', '’d', 'wo', 'ca']);
const SUBJECT_TAGS = new Set(['PRON', 'NOUN', 'PROPN']);
const QUOTE_MARK = /^["“”'‘’]$/;

/**
 * Finite verbs among `tokens`: a finite auxiliary, or a verb that is not an -ing form, not after an
 * auxiliary or "to", and either inflected or right after its subject (as src/lm/clause.ts counts).
 */
function finiteVerbs(tokens: readonly Token[]): number {
  let n = 0;
  tokens.forEach((t, i) => {
    const p = tokens[i - 1];
    if ((t.pos === 'AUX' || t.pos === 'VERB') && FINITE_AUX.has(t.lower)) n++;
    else if (t.pos === 'VERB' && !t.lower.endsWith('ing') && !(p && (p.pos === 'AUX' || p.lower === 'to')) && (t.lower !== t.lemma || (p !== undefined && SUBJECT_TAGS.has(p.pos)))) n++;
  });
  return n;
}

/** Runs of verbs and auxiliaries (a "not" or an adverb inside a run keeps it one). */
function verbGroups(tokens: readonly Token[]): number {
  let groups = 0;
  let inGroup = false;
  for (const t of tokens) {
    const verb = t.pos === 'VERB' || t.pos === 'AUX';
    if (verb && !inGroup) groups++;
    inGroup = verb || (inGroup && (t.pos === 'PART' || t.pos === 'ADV'));
  }
  return groups;
}

const NOMINATIVE = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
const SUBORDINATORS = new Set(['although', 'though', 'whereas', 'while', 'if']);
/** What opens a full subordinate clause (its subject); an adverb, a preposition or "not" opens a reduced one ("While in office", "If not"). */
const CLAUSE_SUBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/**
 * "While other provinces with fewer people have more regencies.": a whole sentence that is one
 * subordinate clause (Indonesian "Sedangkan …", "Padahal …", "Kalau ada …" open a sentence of their
 * own; English "while", "although", "even though", "if" need a main clause). Only a plain one-clause
 * sentence counts: a subject after the conjunction, one verb group, one finite verb, no comma, colon
 * or semicolon (so no main clause hides after it, and no imperative: "While it bakes, stir the
 * sauce."), and no noun right after a plural noun (the tagger reads "citizens share" as two nouns,
 * which would hide a second verb); a question is left alone.
 */
function loneSubordinate(tokens: readonly Token[]): FindingDraft | undefined {
  const ts = tokens.filter((t) => !QUOTE_MARK.test(t.text));
  if (ts.filter((t) => t.type === 'word').length < 5) return undefined;
  const first = ts[0]!;
  const k = first.lower === 'even' && (ts[1]?.lower === 'though' || ts[1]?.lower === 'if') ? 2 : SUBORDINATORS.has(first.lower) ? 1 : 0;
  const subject = ts[k];
  if (k === 0 || !subject || !CLAUSE_SUBJECT_OPENERS.has(subject.pos)) return undefined;
  // An adjective opens the subject only before its noun ("While other provinces …"); alone it is a reduced clause ("Although tired, …").
  if (subject.pos === 'ADJ' && ts[k + 1]?.pos !== 'NOUN') return undefined;
  // A subject pronoun further on opens a second clause the tagger may not show ("If the rain stops we …").
  if (ts.some((t, i) => i > k && NOMINATIVE.has(t.lower))) return undefined;
  const last = ts[ts.length - 1]!;
  if (last.text !== '.' || ts.some((t) => t.text === ',' || t.text === ';' || t.text === ':')) return undefined;
  if (ts.some((t, i) => i > k && t.pos === 'NOUN' && (ts[i - 1]!.pos === 'NOUN' || ts[i - 1]!.pos === 'PROPN') && ts[i - 1]!.lower.endsWith('s') && !t.lower.endsWith('s'))) return undefined;
  if (finiteVerbs(ts) !== 1 || verbGroups(ts) !== 1) return undefined;
  return loneSubordinateDraft(first, ts, ts.slice(0, k).map((t) => t.text).join(' '));
}

function loneSubordinateDraft(first: Token, ts: readonly Token[], opener: string): FindingDraft {
  let last = ts.length - 1;
  while (last > 0 && ts[last]!.type !== 'word' && ts[last]!.type !== 'number') last--;
  return {
    start: first.start,
    end: ts[last]!.end,
    message: `This sentence is only a subordinate clause: "${opener}" needs a main clause, and there is none (Indonesian "Sedangkan …", "Padahal …", "Kalau …" open a sentence of their own). Consider: join it to the sentence before, or open it with "Meanwhile," or "But" and drop "${opener}".`,
    confidence: 0.6,
  };
}

const REPORTING_LEMMAS = new Set(['say', 'state', 'explain', 'reveal', 'emphasize', 'emphasise', 'claim', 'note', 'stress', 'assert', 'convey']);
const REPORTING_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * "The minister said during a visit to the port on Friday.": a subject and a verb of saying, then only
 * when, where and how, and the sentence ends: what was said is missing. Indonesian puts the reporting
 * clause after the quote ("…," kata Menteri saat berkunjung …), and a translation that cuts the quote
 * off with a full stop, or moves it, leaves the reporting clause on its own. Only when no quotation
 * mark stands in the sentence, the verb is a past or -s form (not an imperative or a bare "state"),
 * an adverb or a preposition follows it straight away (not an object: "told the world", "noted the
 * decline"), no "that", "so" or "as" follows, no finite verb follows, and the sentence ends with a
 * full stop (not a colon introducing the quote).
 */
function reportWithoutReport(tokens: readonly Token[]): FindingDraft | undefined {
  if (tokens.some((t) => /["“”]/.test(t.text))) return undefined;
  const last = tokens[tokens.length - 1];
  if (last?.text !== '.') return undefined;
  let i = 0;
  if (tokens[0]?.pos === 'PRON' && REPORTING_SUBJECT_PRONOUNS.has(tokens[0].lower)) i = 1;
  else while (i < tokens.length && NP_TAGS.has(tokens[i]!.pos)) i++;
  if (i === 0 || i > 8) return undefined;
  const verb = tokens[i];
  if (!verb || verb.pos !== 'VERB' || !REPORTING_LEMMAS.has(verb.lemma) || (verb.lower === verb.lemma && verb.lower !== 'say')) return undefined;
  const rest = tokens.slice(i + 1);
  if (rest.filter((t) => t.type === 'word').length < 3) return undefined;
  if (rest[0]!.pos !== 'ADP' && rest[0]!.pos !== 'ADV') return undefined;
  if (rest.some((t) => t.lower === 'that' || t.lower === 'so' || t.lower === 'as') || finiteVerbs(rest) > 0) return undefined;
  return {
    start: tokens[0]!.start,
    end: verb.end,
    message: `"${verb.text}" reports nothing: the sentence gives who spoke and when or where, but not what was said (the quote or statement it belongs to was cut off by a full stop or moved). Consider: join it to the quote or statement it reports.`,
    confidence: 0.6,
  };
}

/**
 * reportWithoutReport's cheap first test, on the document's tokens in place (most sentences open
 * with a noun phrase or a pronoun, and copying each one's tokens cost more than the shape): the
 * sentence ends in a full stop and a verb of saying follows its opening noun phrase.
 */
function mayReportNothing(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[end - 1]?.text !== '.') return false;
  let i = start;
  const first = tokens[start]!;
  if (first.pos === 'PRON' && REPORTING_SUBJECT_PRONOUNS.has(first.lower)) i = start + 1;
  else while (i < end && NP_TAGS.has(tokens[i]!.pos)) i++;
  if (i === start || i - start > 8) return false;
  const verb = tokens[i];
  return verb !== undefined && i < end && verb.pos === 'VERB' && REPORTING_LEMMAS.has(verb.lemma);
}

/** Openers that introduce examples or a subset of what the sentence before named. */
const EXAMPLE_OPENERS: readonly (readonly string[])[] = [['including'], ['such', 'as'], ['for', 'example'], ['for', 'instance'], ['especially'], ['particularly'], ['among', 'others'], ['namely']];

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * Whether a verb group after `from` stands outside a relative clause (one verb group per subject
 * relative pronoun before it); an object relative counts as a main verb, to be safe.
 */
function hasMainVerb(tokens: readonly Token[], from: number): boolean {
  let licensed = false;
  let inGroup = false;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    const verb = t.pos === 'VERB' || t.pos === 'AUX';
    if (verb && !inGroup) {
      if (!licensed) return true;
      licensed = false;
    }
    inGroup = verb || (inGroup && (t.pos === 'PART' || t.pos === 'ADV'));
    if (RELATIVE_PRONOUNS.has(t.lower)) {
      // A subject relative only ("that have", "which is"): after an object relative ("that we use costs")
      // the tagger may have read the main verb as a noun.
      const a = tokens[i + 1];
      const b = tokens[i + 2];
      const subjectRelative = a !== undefined && (a.pos === 'VERB' || a.pos === 'AUX' || (a.pos === 'ADV' && (b?.pos === 'VERB' || b?.pos === 'AUX')));
      if (!subjectRelative) return true;
      licensed = true;
    }
  }
  return false;
}

/**
 * "For example, the shortage of chilli in the markets.": a sentence of running prose (not quoted
 * speech, where a spoken fragment is normal) that opens with "For example", "Including", "Such as",
 * "Especially", "Namely" and has no finite verb: Indonesian "Misalnya, …", "Termasuk …", "Seperti …",
 * "Terutama …", "Yakni …" open a sentence of their own, and the translation keeps it as a verbless
 * fragment. English joins the examples to the sentence before or gives them a verb.
 */
function verblessExample(doc: AnalysedDocument, tokens: readonly Token[]): FindingDraft | undefined {
  const first = tokens[0];
  if (!first || doc.inQuote(first.start) || QUOTE_MARK.test(first.text)) return undefined;
  const opener = EXAMPLE_OPENERS.find((o) => o.every((w, j) => tokens[j]?.lower === w));
  if (!opener) return undefined;
  if (tokens.filter((t) => t.type === 'word').length < 4 || tokens.some((t) => t.text === '?')) return undefined;
  // No verb at all (a participle would make it a reduced clause worth a second look, not a sure fragment),
  // and no noun right after a plural noun: the tagger reads "shallots cost" as two nouns.
  // A verb inside a relative clause ("Especially for the villages that lie near the river.") leaves it
  // a fragment: each relative pronoun licenses one verb group; any other verb is a main verb.
  const relative = tokens.some((t, i) => i >= opener.length && RELATIVE_PRONOUNS.has(t.lower));
  if (relative ? hasMainVerb(tokens, opener.length) : !lacksFiniteVerb(tokens) || tokens.some((t, i) => i >= opener.length && (t.pos === 'VERB' || t.pos === 'AUX'))) return undefined;
  if (tokens.some((t, i) => i > 0 && t.pos === 'NOUN' && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PROPN') && tokens[i - 1]!.lower.endsWith('s') && !t.lower.endsWith('s'))) return undefined;
  const head = tokens[opener.length - 1]!;
  let last = tokens.length - 1;
  while (last > 0 && tokens[last]!.type !== 'word' && tokens[last]!.type !== 'number') last--;
  // The whole fragment: it is the sentence that needs a verb or a new home.
  return {
    start: first.start,
    end: tokens[last]!.end,
    message: `"${doc.text.slice(first.start, head.end)}" opens a sentence with no verb: the examples stand on their own, as Indonesian "Misalnya, …", "Termasuk …", "Seperti …" allow. Consider: join them to the sentence before (", for example …", ", including …") or give them a verb.`,
    confidence: 0.6,
  };
}

/** What follows "Not only" when English inverts ("Not only is the bridge …", "Not only did they …"), or a pronoun of "Not only that, …". */
const NOT_ONLY_INVERSION = new Set([...FINITE_AUX, 'that', 'this', 'so']);

/**
 * "Not only farmers, the traders also lost money.": "not only" opening the sentence (or its clause,
 * after a sentence adverb and a comma: "Therefore, not only …"), with no inversion after it, a
 * comma further on and no "but" anywhere after it. Indonesian "Tidak hanya X, Y juga …" has no
 * "but"; English needs "Not only X but also Y", an inversion ("Not only did the farmers …"), or
 * "Besides X, Y also …". "Not only that," is left to the calque lexicon.
 */
function notOnlyWithoutBut(doc: AnalysedDocument, tokens: readonly Token[]): FindingDraft | undefined {
  let i = QUOTE_MARK.test(tokens[0]?.text ?? '') ? 1 : 0;
  // One sentence adverb and a comma may come first ("Therefore, not only …").
  if (tokens[i]?.lower !== 'not' && tokens[i]?.pos === 'ADV' && tokens[i + 1]?.text === ',') i += 2;
  const not = tokens[i];
  const only = tokens[i + 1];
  const next = tokens[i + 2];
  if (not?.lower !== 'not' || only?.lower !== 'only' || !isWord(next) || NOT_ONLY_INVERSION.has(next.lower)) return undefined;
  if (next.pos === 'AUX' || next.text.startsWith("'") || next.text.startsWith('’')) return undefined;
  const rest = tokens.slice(i + 2);
  if (!rest.some((t) => t.text === ',') || rest.some((t) => t.lower === 'but' || t.text === '?')) return undefined;
  const preposition = next.pos === 'ADP';
  const draft: FindingDraft = {
    start: not.start,
    end: only.end,
    message: `"${doc.text.slice(not.start, only.end)}" opens the clause, but no "but" follows: Indonesian "Tidak hanya X, Y juga …" has none, English needs one. Consider: "Besides X, Y also …", or "Not only X but also Y".`,
    confidence: 0.6,
  };
  // "Besides" fits a noun phrase or an -ing clause ("Besides the players, the coach also …"), not a preposition ("Besides in Jakarta").
  if (!preposition) draft.suggestions = [/^\p{Lu}/u.test(not.text) ? 'Besides' : 'besides'];
  return draft;
}

/**
 * "It's just that the police have not named the suspects.": a sentence of running prose (not quoted
 * speech, where it is ordinary talk) opened by "It's just that" / "It is just that": Indonesian
 * "Hanya saja, …" ("however") rendered word for word. English news writes "However," or "But".
 */
function justThat(doc: AnalysedDocument, tokens: readonly Token[]): FindingDraft | undefined {
  const [it, be, just, that] = tokens;
  if (it?.lower !== 'it' || !be || !(be.lower === 'is' || be.lower === "'s" || be.lower === '’s') || just?.lower !== 'just' || that?.lower !== 'that') return undefined;
  if (doc.inQuote(it.start) || tokens.filter((t) => t.type === 'word').length < 7 || tokens.some((t) => t.text === '?')) return undefined;
  return {
    start: it.start,
    end: that.end,
    message: `"${doc.text.slice(it.start, that.end)}" opens a sentence of news prose: a word-for-word rendering of Indonesian "Hanya saja, …", which means "however". Consider: "However,".`,
    suggestions: ['However,'],
    confidence: 0.6,
  };
}

/** Concessive openers Indonesian pairs with "tetapi"/"namun" ("Meskipun …, tetapi …"). */
const CONCESSIVE = new Set(['although', 'though', 'despite']);

/**
 * "Although the price rose, but sales held up.": a sentence opened by a concessive conjunction
 * ("although", "though", "even though", "even if", "despite") that goes on to ", but": Indonesian
 * pairs "meskipun"/"walaupun" with "tetapi"/"namun" ("Meskipun …, tetapi …"); English marks the
 * contrast once. The span is ", but", and the fix drops "but".
 */
function concessiveBut(tokens: readonly Token[]): FindingDraft | undefined {
  const k = QUOTE_MARK.test(tokens[0]?.text ?? '') ? 1 : 0;
  const first = tokens[k];
  if (!first) return undefined;
  const opener = first.lower === 'even' && (tokens[k + 1]?.lower === 'though' || tokens[k + 1]?.lower === 'if') ? 2 : CONCESSIVE.has(first.lower) ? 1 : 0;
  if (opener === 0) return undefined;
  // The subordinate clause runs to the first comma after its finite verb ("Although the price rose,"),
  // past fronted phrases of its own ("Although in terms of volume, it is good,"); "despite" takes a
  // noun phrase, which runs to the first comma. What follows that comma must be "but": a reduced clause
  // and a main clause before the "but" ("Though small, the shop sells everything, but …") is English.
  let i = k + opener;
  for (;;) {
    let j = i;
    while (j < tokens.length && tokens[j]!.text !== ',' && tokens[j]!.text !== ';' && tokens[j]!.text !== ':') j++;
    const chunk = tokens.slice(i, j);
    if (j >= tokens.length || tokens[j]!.text !== ',' || chunk.length === 0) return undefined;
    const clause = first.lower === 'despite' || finiteVerbs(chunk) > 0;
    if (!clause && chunk[0]!.pos !== 'ADP') return undefined;
    if (clause) {
      const but = tokens[j + 1];
      if (but?.lower !== 'but') return undefined;
      const comma = tokens[j]!;
      return {
        start: comma.start,
        end: but.end,
        message: `"${tokens.slice(k, k + opener).map((t) => t.text).join(' ')}" already marks the contrast, and ", but" marks it again: Indonesian pairs "meskipun" with "tetapi" ("Meskipun …, tetapi …"), English does not. Consider: drop "but".`,
        suggestions: [','],
        confidence: 0.7,
      };
    }
    i = j + 1;
  }
}

/** Phrases after a comma that add to a clause without starting a main clause. */
const NON_CLAUSE_AFTER_COMMA = new Set(['including', 'especially', 'particularly', 'namely', 'both', 'either', 'such', 'as', 'from', 'in', 'on', 'at', 'for', 'with', 'by', 'to']);

/** What may follow the conjunction "so that": its subject, or an adverb before it. */
const SO_THAT_SUBJECT = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'ADV', 'NOUN']);
const SPEAKER_PRONOUNS = new Set(['i', 'we', 'you']);

/**
 * "So that the stalls were empty by noon.": a whole sentence that is one "so that" clause, Indonesian
 * "Sehingga …" ("with the result that") opening a sentence of its own. English joins it to the
 * sentence before (", so …") or opens with "As a result,". Only when "that" is a conjunction (not
 * "So that proves it", "So that's it": a verb straight after it) and no main clause follows the
 * clause after a comma ("So that the children can play, the council closed the road." is English),
 * not "that" as a determiner ("So that particular bone …"), and not with "I", "we" or "you" as subject
 * (transcribed speech, where such fragments are ordinary);
 * a comma before a closing quote, before a verb (a comma between subject and verb, itself a slip)
 * or before a phrase ("including …", "especially …") does not open one.
 */
function soThatFragment(doc: AnalysedDocument, tokens: readonly Token[]): FindingDraft | undefined {
  const k = QUOTE_MARK.test(tokens[0]?.text ?? '') ? 1 : 0;
  const so = tokens[k];
  const that = tokens[k + 1];
  const next = tokens[k + 2];
  if (so?.lower !== 'so' || that?.lower !== 'that' || !isWord(next) || !SO_THAT_SUBJECT.has(next.pos) || next.text.startsWith("'") || next.text.startsWith('’')) return undefined;
  // "that" as a determiner ("So that particular bone …") takes a bare noun or adjective; the conjunction takes a subject.
  if (next.pos === 'NOUN' && !next.lower.endsWith('s')) return undefined;
  // A first- or second-person subject is speech ("So that I would go to work."), where fragments are ordinary.
  if (SPEAKER_PRONOUNS.has(next.lower)) return undefined;
  if (tokens.filter((t) => t.type === 'word').length < 5 || tokens.some((t) => t.text === '?' || t.text === ';' || t.text === ':')) return undefined;
  for (let i = k + 2; i < tokens.length; i++) {
    if (tokens[i]!.text !== ',') continue;
    const a = tokens[i + 1];
    const b = tokens[i + 2];
    if (!a || QUOTE_MARK.test(a.text)) continue;
    if (a.pos === 'VERB' || a.pos === 'AUX' || (a.pos === 'ADV' && (b?.pos === 'VERB' || b?.pos === 'AUX'))) continue;
    if (NON_CLAUSE_AFTER_COMMA.has(a.lower)) continue;
    return undefined;
  }
  let last = tokens.length - 1;
  while (last > 0 && tokens[last]!.type !== 'word' && tokens[last]!.type !== 'number') last--;
  if (doc.text.slice(tokens[last]!.end, tokens[tokens.length - 1]!.end).indexOf('.') < 0) return undefined;
  return {
    start: so.start,
    end: that.end,
    message: '"So that" opens a sentence with no main clause: Indonesian "Sehingga …" ("with the result that") starts a sentence of its own, English cannot. Consider: join it to the sentence before (", so …"), or open with "As a result,".',
    confidence: 0.6,
  };
}

/**
 * "He said seven suspects were arrested in several provinces. Starting from Aceh to the Riau
 * islands.": a sentence of running prose that is only a "from … (to) …" phrase, with no verb:
 * Indonesian "Mulai dari … hingga …" or "Dari … sampai …" opens a sentence of its own to spell out
 * the range or the members of what the sentence before named. English joins the phrase to that
 * sentence (", from Aceh to the Riau islands") or gives it a verb. Not in quoted speech (a spoken
 * answer, "From the two wings and the keeper.", is ordinary), not under five words ("From Monday to
 * Friday." is a timetable line), not with a verb other than an -ing form
 * anywhere ("From the hill the village looks small."), and not with a noun right after a plural noun
 * (the tagger reads "prices rise" as two nouns, hiding the verb).
 */
function rangeFragment(doc: AnalysedDocument, tokens: readonly Token[], sentenceStart: number): FindingDraft | undefined {
  const first = tokens[0];
  if (!first || QUOTE_MARK.test(first.text) || doc.inQuote(sentenceStart)) return undefined;
  const from = first.lower === 'from' ? 0 : tokens[1]?.lower === 'from' && (first.lower === 'starting' || first.lower === 'ranging' || first.lower === 'beginning') ? 1 : -1;
  if (from < 0) return undefined;
  if (tokens.filter((t) => t.type === 'word' || t.type === 'number').length < 5) return undefined;
  if (tokens.some((t, i) => t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')) || t.text === '?' || t.text === '"' || t.text === '“' || t.text === '”' || (i > 0 && t.pos === 'NOUN' && tokens[i - 1]!.pos === 'NOUN' && /[^s]s$/.test(tokens[i - 1]!.lower)))) return undefined;
  // A comma, then a determiner or a pronoun: a main clause after the fronted phrase, whose verb the
  // tagger may have read as an adjective or a noun ("Starting from Monday, the shops open at seven.").
  if (tokens.some((t, i) => t.text === ',' && (tokens[i + 1]?.pos === 'DET' || tokens[i + 1]?.pos === 'PRON'))) return undefined;
  let last = tokens.length - 1;
  while (last > 0 && tokens[last]!.type !== 'word' && tokens[last]!.type !== 'number') last--;
  if (doc.text.slice(tokens[last]!.end, tokens[tokens.length - 1]!.end).indexOf('.') < 0) return undefined;
  return {
    start: first.start,
    end: tokens[last]!.end,
    message: `This sentence is only a "${tokens.slice(0, from + 1).map((t) => t.text).join(' ')} …" phrase, with no verb: Indonesian "Mulai dari … hingga …" / "Dari … sampai …" opens a sentence of its own to spell out a range or a list. Consider: join it to the sentence before (", from … to …") or give it a verb.`,
    confidence: 0.6,
  };
}

/** Prepositions (and "based on", "according to", "related to") that open a fronted phrase Indonesian lets stand as the subject. */
const FRONTED_OPENERS = new Set(['in', 'at', 'on', 'during', 'with', 'from', 'through', 'regarding', 'within', 'under', 'based', 'according', 'into', 'related', 'concerning', 'among', 'throughout']);
/** Openers that need a second word to be a preposition. */
const FRONTED_SECOND: Readonly<Record<string, string>> = { based: 'on', according: 'to', related: 'to' };
/** Sentence adverbs that may stand, with their comma, before the fronted phrase. */
const LEAD_ADVERBS = new Set(['meanwhile', 'then', 'also', 'furthermore', 'moreover', 'however', 'thus', 'so', 'besides', 'additionally']);
/** Words that open a new noun phrase rather than go on with the one before: a second subject noun phrase. */
const QUANTIFIERS = new Set(['much', 'many', 'few', 'several', 'most', 'more', 'some', 'all', 'no', 'each', 'every', 'both', 'other', 'another']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Prepositions that carry the fronted noun phrase on ("the time of my meeting", "Article 1 of the decision"). */
const NP_LINKS = new Set(['of', 'for', 'in', 'on', 'at', 'between', 'from', 'to', 'with', 'about', 'regarding']);

/**
 * The end (exclusive) of the noun phrase of a fronted prepositional phrase opened at `k`, or -1 when
 * what follows the preposition is not one tight noun phrase: a determiner or possessive, adjectives,
 * nouns and names, chained by "of" and the like, at most four links. A second noun phrase, the subject
 * of the clause, shows where no comma does: a name after a common noun ("In recent weeks Jakarta
 * …"), an adjective, a quantifier or a number after a noun ("In the present work whole sera …", "At
 * the inn one guest …"; a number after a capitalised label, "Article 1", goes on), or a noun after
 * a plural ("In recent years gagwriters …").
 */
function frontedPhraseEnd(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  const second = FRONTED_SECOND[tokens[k]!.lower];
  if (second !== undefined) {
    if (tokens[j]?.lower !== second) return -1;
    j++;
  }
  for (let link = 0; link < 4; link++) {
    const d = tokens[j];
    if (d && (d.pos === 'DET' || POSSESSIVES.has(d.lower))) j++;
    const s = j;
    let sawCommon = false;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const p = j > s ? tokens[j - 1]! : undefined;
      const afterNoun = p !== undefined && (p.pos === 'NOUN' || p.pos === 'PROPN');
      if (t.pos === 'NOUN') {
        if (p?.pos === 'NOUN' && /[^siu]s$/.test(p.lower)) return -1;
        sawCommon = true;
      } else if (t.pos === 'PROPN') {
        if (sawCommon) return -1;
      } else if (t.pos === 'ADJ' || t.pos === 'NUM') {
        if (afterNoun && !(t.pos === 'NUM' && /^\d/.test(t.text) && /^\p{Lu}/u.test(p.text))) return -1;
        if (QUANTIFIERS.has(t.lower) && j > s) return -1;
      } else if (!(t.pos === 'PART' && (t.lower === "'s" || t.lower === '’s'))) break;
      j++;
    }
    if (j === s) return -1;
    const last = tokens[j - 1]!;
    if (last.pos !== 'NOUN' && last.pos !== 'PROPN' && last.pos !== 'NUM') return -1;
    const link2 = tokens[j];
    if (link2 && link2.pos === 'ADP' && NP_LINKS.has(link2.lower)) {
      j++;
      continue;
    }
    return j;
  }
  return -1;
}

/** The tokens' text as written, a space only where the text has one ("the agency's review"). */
function phraseText(ts: readonly Token[]): string {
  return ts.map((t, i) => (i > 0 && t.spaceBefore ? ' ' : '') + t.text).join('');
}

/** Participles of coming and arising, which open an inversion after a fronted phrase ("With the law has come a surge …"). */
const INVERTING_PARTICIPLES = new Set(['come', 'gone', 'arisen', 'emerged', 'appeared', 'risen', 'followed', 'arrived', 'grown', 'sprung', 'developed', 'stood', 'lain', 'sat', 'passed', 'remained', 'existed', 'begun', 'occurred']);

/** A past participle or past form in lower case ("told", "been", "approved"), not a base, -s or -ing form. */
function pastForm(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s') && /^\p{Ll}/u.test(t.text);
}

/**
 * "In the letter stated that the permit had expired.", "Based on the agency's review of the plan has
 * been approved …", "In the meeting was attended by the regent …": a sentence that opens with a
 * prepositional phrase and goes straight on to its verb, so the clause has no subject. Indonesian lets
 * the fronted phrase stand where the subject should be ("Dalam surat itu disebutkan bahwa …",
 * "Berdasarkan evaluasi …, telah disetujui …", "Dalam rapat itu dihadiri oleh …"); English needs
 * the noun as subject ("The meeting was attended by …") or a subject of its own ("In the letter, the
 * ministry stated that …"). Only verb groups that cannot open an inverted clause: "has"/"have"/"had"
 * and a past form, a past or "-s" verb and "that", or a form of "be", a past participle and "by" or "that"
 * (an inversion, "In the corner stood a lamp", "Among the victims were two children", has none of
 * them; a modal is left alone: "To the winner will go the prize").
 */
function swallowedSubject(tokens: readonly Token[]): FindingDraft | undefined {
  let k = QUOTE_MARK.test(tokens[0]?.text ?? '') ? 1 : 0;
  if (LEAD_ADVERBS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.text === ',') k += 2;
  const prep = tokens[k];
  if (!prep || !FRONTED_OPENERS.has(prep.lower)) return undefined;
  if (FRONTED_SECOND[prep.lower] === undefined && prep.pos !== 'ADP') return undefined;
  let j = frontedPhraseEnd(tokens, k);
  if (j < 0) return undefined;
  if (tokens[j]?.text === ',') j++;
  while (tokens[j]?.pos === 'ADV') j++;
  const verb = tokens[j];
  if (!verb || !/^\p{Ll}/u.test(verb.text)) return undefined;
  let last: Token | undefined;
  if (verb.lower === 'has' || verb.lower === 'have' || verb.lower === 'had') {
    const done = tokens[j + 1];
    // "has been" only as a passive ("has been approved"): "With the law has been a surge …" would be an
    // inversion; and not a verb of coming or arising, which inverts ("With the new law has come a surge …").
    if (done && pastForm(done) && !INVERTING_PARTICIPLES.has(done.lower)) {
      if (done.lower !== 'been') last = done;
      else if (pastForm(tokens[j + 2])) last = tokens[j + 2];
    }
  } else if (BE_FORMS.has(verb.lower) && verb.lower !== 'be' && verb.lower !== 'been') {
    let x = j + 1;
    while (tokens[x]?.pos === 'ADV') x++;
    const after = tokens[x + 1]?.lower;
    if (pastForm(tokens[x]) && (after === 'by' || after === 'that')) last = tokens[x];
  } else if (verb.pos === 'VERB' && (pastForm(verb) || (verb.lower !== verb.lemma && /[^s]s$/.test(verb.lower))) && tokens[j + 1]?.lower === 'that') {
    last = verb;
  }
  if (!last) return undefined;
  return {
    start: prep.start,
    end: last.end,
    message: `The sentence opens with the phrase "${phraseText(tokens.slice(k, Math.min(j, k + 6)))}${j > k + 6 ? ' …' : ''}" and goes straight on to "${verb.text}": the verb has no subject. Indonesian lets a fronted phrase stand as the subject ("Dalam rapat itu dihadiri oleh …", "Berdasarkan …, telah disetujui …"). Consider: make the phrase's noun the subject ("The meeting was attended by …") or give the verb a subject of its own ("In the letter, the ministry stated that …").`,
    confidence: 0.6,
  };
}

export const garbledStructure: Rule = {
  meta: {
    id: 'garbled-structure',
    category: 'fluency/grammar',
    severity: 'info',
    description: 'A sentence whose build broke in translation: a fronted phrase standing as the subject ("In the letter stated that …"; Indonesian "Dalam surat itu disebutkan …"), a sentence that is only a "From … to …" phrase (Indonesian "Mulai dari … hingga …"), "Not only X, Y also …" with no "but" (Indonesian "Tidak hanya"), "It\'s just that" opening news prose (Indonesian "Hanya saja"), "Although X, but Y" (Indonesian "Meskipun …, tetapi …"), a sentence that is only a "So that" clause (Indonesian "Sehingga …"), a clause cut from its subject by a stop, an adjective standing as a noun ("the disproportionate of"), a source dropped after "Reporting from,", "that is" before a name (Indonesian "yaitu"), a noun raised out of a wh-clause ("X cannot be predicted when"), a long sentence opened by "Not to mention", "this" before a year ("in this early 2018"), a sentence that is only a subordinate clause ("While other provinces have more regencies."), a verb of saying that reports nothing ("The minister said during a visit on Friday."), examples with no verb as a sentence ("For example, the shortage of rice.").',
    examples: {
      invalid: [
        { text: 'The clinic stays open all night for the families. "Please keep your masks on in the wards." urged the Head of the Health Office.', flags: ['urged the Head of the Health Office'] },
        { text: 'Volunteers brought tents and water to the evacuees. distribute food parcels, blankets and medicine to the shelters.', flags: ['distribute food parcels, blankets and medicine to'] },
        { text: 'The report points to the disproportionate of rice and maize prices in the province.', flags: ['the disproportionate of'] },
        { text: 'Reporting from, the minister said the talks would continue next week.', flags: ['Reporting from'] },
        { text: 'The city wants a scheme like the Dutch program that is Bike City Utrecht, the mayor said.', flags: ['that is Bike City Utrecht'] },
        { text: 'The landslide cannot be predicted when it will happen, the agency said.', flags: ['landslide cannot be predicted when'] },
        { text: 'Not to mention the wave of rumours about the case that slowed the work of the investigators.', flags: ['Not to mention'] },
        { text: 'The council wants the bridge finished in this early 2025, the regent said.', flags: ['this early 2025'], suggestion: 'early 2025' },
        { text: 'The city has three new parks. While the older districts around the harbour still have no green space at all.', flags: ['While the older districts around the harbour still have no green space at all'] },
        { text: 'Farmers want cheaper seed. "Even though the price of fertiliser keeps rising every month."', flags: ['Even though the price of fertiliser keeps rising every month'] },
        { text: 'The bridge will reopen in May. The regent said during an inspection of the river banks on Monday morning.', flags: ['The regent said'] },
        { text: 'Several crops failed this year. For example, the shortage of shallots in the northern markets.', flags: ['For example, the shortage of shallots in the northern markets'] },
        { text: 'Not only farmers, the traders in the old market also lost money after the flood.', flags: ['Not only'], suggestion: 'Besides' },
        { text: 'The fire was put out by noon. It is just that the cause of the fire has not been found by the investigators.', flags: ['It is just that'], suggestion: 'However,' },
        { text: 'Although the price of rice rose in May, but sales in the markets held up.', flags: [', but'], suggestion: ',' },
        { text: 'The wires in the old market were never replaced. So that a fire broke out in the stalls on Sunday night.', flags: ['So that'] },
        { text: 'Rents rose across the city. Especially for the districts that lie close to the new station.', flags: ['Especially for the districts that lie close to the new station'] },
        { text: 'In the letter from the ministry stated that the permit had expired in March.', flags: ['In the letter from the ministry stated'] },
        { text: 'He said seven suspects were arrested in several provinces. Starting from Aceh to the Riau islands.', flags: ['Starting from Aceh to the Riau islands'] },
        { text: 'The number of daily flights kept rising. From only four at first, then six, to now twelve flights a day.', flags: ['From only four at first, then six, to now twelve flights a day'] },
        { text: "Based on the agency's review of the plan has been approved by the council.", flags: ["Based on the agency's review of the plan has been approved"] },
        { text: 'In the meeting was attended by the regent and the police chief of the district.', flags: ['In the meeting was attended'] },
        { text: 'In the second paragraph explains that the fee is waived for farmers.', flags: ['In the second paragraph explains'] },
      ],
      valid: [
        '"We will keep the roads open." The governor said so on Monday after the flood.',
        'The shop on Atlantic Blvd. plans a month-long festival, its owner said.',
        'The report stressed the importance of rice and maize prices in the province.',
        'Investors weighed the potential of the new mine against the cost.',
        'To begin with, the council must agree on a budget.',
        'Reporting from Jakarta, the correspondent said the talks would continue.',
        'The only player that is Brazilian left the club in May.',
        'The team chose a program that is British in origin.',
        'It cannot be predicted when the landslide will happen.',
        'The price was determined when the deal closed in May.',
        'Not to mention the cost.',
        'Turnout in this 2024 election was the highest in years.',
        'Prices have doubled since early 2025.',
        'The minister said that 2024 was a hard year for farmers.',
        'While the older districts still have no parks, the city is planting trees along the harbour.',
        'While in office he built three bridges across the river.',
        'If not, the council will have to find the money elsewhere.',
        'While it bakes, stir the sauce with a wooden spoon.',
        'If the plan works we will open two more clinics next year.',
        'Even though prices rose, sales kept growing.',
        'The regent said during an inspection on Monday that the bridge would reopen in May.',
        'The regent told the crowd on Monday about the new bridge.',
        'The regent said so during an inspection on Monday.',
        'He said: "We will reopen the bridge in May."',
        'The company noted the decline in sales with concern.',
        'Several crops failed this year. For example, shallots ran short in the northern markets.',
        '"Many things can go wrong. For example, the weather."',
        'Including the bonus, the coach earned more than any other in the league.',
        'Not only farmers but also traders lost money after the flood.',
        'Not only did the farmers lose their crops, the traders lost their stalls too.',
        'Not only is the bridge old, it is also too narrow for the buses.',
        '"It\'s just that I never liked the place," she said.',
        'Although the price of rice rose in May, sales in the markets held up.',
        'Though small, the shop sells everything, but the prices are high.',
        'So that the children can cross safely, the council closed the road.',
        '"So that proves it," the inspector said.',
        'Rents rose across the city. For example, the flats that face the park cost twice as much.',
        'For example, the tenants who live near the station pay more.',
        'In the corner stood an old lamp with a green shade.',
        'From the hill the village looks small.',
        'He asked where the players came from. "From the north and the coast."',
        'From Monday, the ferry will sail twice a day.',
        'Starting from Monday, the shops open at seven.',
        'The museum opens at nine. From Monday to Friday.',
        'Among the victims were two children from the village.',
        'In recent years farmers have planted more maize than rice.',
        'In the letter, the ministry stated that the permit had expired.',
        'To the winner will go the prize of a new car.',
        'At the inn one guest had hurt his foot on the stairs.',
        'In the present work whole sera have been fractionated by chromatography.',
        'With the new law in place has come a surge of applications.',
        'Among the winners has been a small school from the hills.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const sentence of doc.sentences) {
      if (sentence.boilerplate) continue;
      const cut = cutSentence(doc, sentence.index);
      if (cut) out.push(cut);
      // The sentence's tokens are read in place; a copy is made only for the two openers read from
      // a sentence's first words ("Reporting from,", "Not to mention").
      const { tokenStart: start, tokenEnd: end } = sentence;
      const opener = start < end ? doc.tokens[start]! : undefined;
      if (opener && (opener.lower === 'not' || opener.lower.endsWith('ing'))) {
        const tokens = doc.sentenceTokens(sentence.index);
        const stranded = strandedSource(tokens) ?? notToMention(tokens);
        if (stranded) out.push(stranded);
      }
      if (opener && start + 2 < end) {
        // "Not only …," with no "but", at the head of the sentence or after a quote or a sentence adverb and a comma.
        const second = doc.tokens[start + 1]!;
        const third = doc.tokens[start + 2]!;
        if ((opener.lower === 'not' && second.lower === 'only') || (second.lower === 'not' && third.lower === 'only') || (second.text === ',' && third.lower === 'not')) {
          const notOnly = notOnlyWithoutBut(doc, doc.sentenceTokens(sentence.index));
          if (notOnly) out.push(notOnly);
        } else if ((opener.lower === 'so' && second.lower === 'that') || (QUOTE_MARK.test(opener.text) && second.lower === 'so' && third.lower === 'that')) {
          const fragment = soThatFragment(doc, doc.sentenceTokens(sentence.index));
          if (fragment) out.push(fragment);
        } else if (opener.lower === 'it' && second.lower !== 'was') {
          const just = justThat(doc, doc.sentenceTokens(sentence.index));
          if (just) out.push(just);
        }
      }
      if (opener && (FRONTED_OPENERS.has(opener.lower) || LEAD_ADVERBS.has(opener.lower) || QUOTE_MARK.test(opener.text))) {
        const swallowed = swallowedSubject(doc.sentenceTokens(sentence.index));
        if (swallowed) out.push(swallowed);
      }
      if (opener) {
        // Two shapes read the whole sentence; both open on a conjunction, a quote, a pronoun or a noun phrase.
        const o = opener.lower;
        const afterQuote = QUOTE_MARK.test(opener.text) && start + 1 < end ? doc.tokens[start + 1]!.lower : undefined;
        if (CONCESSIVE.has(o) || o === 'even' || (afterQuote !== undefined && (CONCESSIVE.has(afterQuote) || afterQuote === 'even'))) {
          const but = concessiveBut(doc.sentenceTokens(sentence.index));
          if (but) out.push(but);
        }
        if (SUBORDINATORS.has(o) || o === 'even' || (afterQuote !== undefined && (SUBORDINATORS.has(afterQuote) || afterQuote === 'even'))) {
          const lone = loneSubordinate(doc.sentenceTokens(sentence.index));
          if (lone) out.push(lone);
        } else if (o === 'from' || o === 'starting' || o === 'ranging' || o === 'beginning') {
          const range = rangeFragment(doc, doc.sentenceTokens(sentence.index), sentence.start);
          if (range) out.push(range);
        } else if (o === 'including' || o === 'such' || o === 'for' || o === 'especially' || o === 'particularly' || o === 'among' || o === 'namely') {
          const example = verblessExample(doc, doc.sentenceTokens(sentence.index));
          if (example) out.push(example);
        } else if ((opener.pos === 'PRON' || NP_TAGS.has(opener.pos)) && mayReportNothing(doc.tokens, start, end)) {
          const report = reportWithoutReport(doc.sentenceTokens(sentence.index));
          if (report) out.push(report);
        }
      }
      const tokens = doc.tokens;
      for (let i = start; i + 2 < end; i++) {
        // Each shape opens on "the", a noun, a form of "be", or "this"/"that": other tokens are passed over.
        const t = tokens[i]!;
        const lower = t.lower;
        if (lower !== 'the' && t.pos !== 'NOUN' && !BE_FORMS.has(lower) && lower !== 'this' && lower !== 'that') continue;
        const f = adjectiveHead(tokens, i) ?? thatIsName(tokens, i, end) ?? raisedSubject(tokens, i, start) ?? demonstrativeYear(tokens, i, start, end);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
