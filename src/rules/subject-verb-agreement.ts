/**
 * subject-verb-agreement: a verb that does not agree with a plain subject right before it.
 * Indonesian verbs never agree with their subject ("dia memiliki", "mereka memiliki"), so
 * Indonesian-English drops or misplaces the -s of the third person:
 *
 * 1. a plural noun phrase before "is"/"was"/"has"/"does" or an -s verb: "the suspects has",
 *    "Most of the residents was" → "have", "were";
 * 2. "they"/"we" before "is"/"was"/"has"/"does": "they was" → "were";
 * 3. "he"/"she"/"it" before a bare verb, "have", "are" or "do": "he also convey", "she have";
 * 4. a one-person subject (a name of two or more words, or "the" + a singular noun) before a bare
 *    verb: "Minister Pratikno also convey the message" → "conveys"/"conveyed";
 * 5. "the number of" + plural before "are"/"were"/"have": "The number of evacuees are" → "is";
 * 6. two coordinated noun phrases before "is"/"was"/"has": "The minister and the governor was";
 * 7. "one of" / "each of" + a plural before "are"/"were"/"have": "One of the suspects were" → "was";
 * 8. a plural head with a prepositional phrase before "is"/"was"/"has" or an -s verb: "The residents
 *    of the village has", "the offices in Central Java works", "the deaths from the virus rises".
 *
 * Plural heads include the irregular plurals "people", "children", "men", "women", and a
 * capitalised plural noun opening the sentence ("Residents was asked"); plural quantifiers include
 * "dozens of", "hundreds of", "a lot of".
 *
 * Only plain subjects are judged: the subject starts the clause (the sentence, or after a comma or
 * a conjunction), so "the work of the scientists has", "one of the suspects has" and "Among the
 * victims is a child" stay silent; so do collective nouns ("the police have"), nouns in -s that
 * are singular ("news", "series"), measures ("two years is"), questions and subjunctives.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { titleCase } from '../lexicons/indonesian.js';
import { simplePast, thirdPerson, verbForms } from '../lexicons/verb-forms.js';
import { hasExactly } from '../lexicons/english-words.js';
import { model } from '../lm/load.js';
import { QUANT } from '../lm/trie.js';
import type { FindingDraft, Rule } from './types.js';
import { MID_ADVERBS, MODALS, PAST_SAME_AS_BASE, isBareVerb, mostlyVerb, tagShares } from './verb-words.js';

// Expressions of the per-token tests, compiled once (a regex literal is a new RegExp each time it runs).
const ENDS_S_NOT_SS_US = /[^su]s$/;
const ENDS_S_NOT_SS = /[^s]s$/;
const ENDS_S = /s$/;
const CAPITALISED_ASCII = /^[A-Z][a-z]+$/;
const PARTICIPLE_ED = /^[a-z]{3,}ed$/;

// Maps, not object literals: looked up with every word of the text, and a plain object's keyed
// lookup with ever-changing keys takes V8's slow generic path (and would answer Object.prototype's
// members, such as "constructor", as if they were verbs).
/** Singular verb → plural: "the suspects has" → "have". */
const TO_PLURAL = new Map<string, string>([['is', 'are'], ['was', 'were'], ['has', 'have'], ['does', 'do'], ["doesn't", "don't"]]);
/** Plural verb → singular: "he have" → "has". */
const TO_SINGULAR = new Map<string, string>([['are', 'is'], ['were', 'was'], ['have', 'has'], ['do', 'does']]);
/** Words after which a new clause (and so a subject) starts. */
const CLAUSE_START = new Set([',', ';', ':', 'while', 'because', 'although', 'though', 'whereas', '(', '\u201c', '"']);
/** Reporting verbs whose object is a clause without "that": "he said the suspects were …". */
const REPORTING = new Set(['said', 'says', 'stated', 'explained', 'added', 'revealed', 'admitted', 'stressed', 'noted', 'emphasized', 'emphasised', 'claimed', 'confirmed', 'believed', 'believes', 'hoped', 'hopes', 'asserted', 'assured']);
/** Determiners and quantifiers that may open a plural noun phrase. */
const PLURAL_OPENERS = new Set(['the', 'these', 'those', 'many', 'several', 'all', 'both', 'some', 'most', 'few', 'various', 'other', 'such', 'their', 'our', 'its', 'his', 'her', 'my', 'your']);
/** Quantifiers whose "of" phrase is plural when its noun is: "most of the suspects has", "dozens of residents was". */
const PLURAL_OF = new Set(['most', 'many', 'some', 'all', 'several', 'both', 'few', 'dozens', 'hundreds', 'thousands', 'millions', 'tens', 'scores', 'lots', 'lot']);
/**
 * Irregular plurals that are plural whatever the sentence: "the children is", "many people has".
 * (The collective-noun list keeps "people" from the singular checks: "the people have" is right.)
 */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women']);
/** A capitalised word opening a sentence: "Residents was asked …". */
const CAPITALISED_PLURAL = /^[A-Z][a-z]{3,}s$/;
/** Measures: "two years is a long time", "50 percent is", "Rp 5 billion was". */
const MEASURES = new Set(
  'years months weeks days hours minutes seconds decades centuries percent dollars rupiah rupiahs euros yen pounds cents miles kilometers kilometres metres meters feet inches tons tonnes kilograms kilos grams liters litres hectares acres points votes'.split(' '),
);
/** Words after which a bare verb may be a subjunctive: "that he resign", "lest it fall", "wherever it take place". */
const SUBJUNCTIVE_OPENERS = new Set(['that', 'lest', 'if', 'whether', 'wherever', 'whatever', 'whenever', 'however', 'whoever', 'till', 'until', 'unless']);
/** Verbs that behave like modals before a bare verb: "he need not", "she dare not". */
const MODAL_LIKE = new Set(['need', 'dare', 'let', 'please', 'better']);

function isPluralNoun(t: Token): boolean {
  if (t.type !== 'word') return false;
  if (IRREGULAR_PLURALS.has(t.text)) return true;
  if (t.pos !== 'NOUN' || t.text !== t.lower) return false;
  const l = t.lower;
  if (!ENDS_S_NOT_SS_US.test(l) || l === t.lemma || l.length < 4) return false;
  if (verbForms().singularInS.has(l)) return false;
  return l === `${t.lemma}s` || l === `${t.lemma}es` || (t.lemma.endsWith('y') && l === `${t.lemma.slice(0, -1)}ies`);
}

/**
 * A capitalised plural noun opening its sentence ("Residents was asked"): wink may read it as a name,
 * so Brown decides: the word and its singular are mostly nouns in lower case, and not a name.
 */
function sentenceInitialPlural(doc: AnalysedDocument, t: Token): boolean {
  if (t.type !== 'word' || t.i !== doc.sentences[t.sentence]!.tokenStart || !CAPITALISED_PLURAL.test(t.text)) return false;
  const l = t.lower;
  // "Metaphysics is", "Athletics was": nouns in -ics are singular as subjects.
  if (verbForms().singularInS.has(l) || verbForms().collective.has(l) || l.endsWith('ics')) return false;
  const singular = l.endsWith('ies') ? `${l.slice(0, -3)}y` : l.slice(0, -1);
  const plural = tagShares(l);
  // Brown knows the word: mostly a noun, written in lower case nearly always (not a surname). Brown
  // does not ("Villagers", "Evacuees"): both forms are lower-case words of the dictionary.
  const noun = plural.known ? plural.noun >= 0.8 && mostlyLowerCase(l) && tagShares(singular).noun >= 0.6 : hasExactly(l) && hasExactly(singular);
  if (!noun) return false;
  // A name in -s ("Powers was covering"): this text never capitalises the word inside a sentence.
  // (Last: it reads the whole text, and pluralSubject asks only before a verb that would disagree.)
  for (const u of doc.tokens) if (u.text === t.text && u.i !== doc.sentences[u.sentence]!.tokenStart) return false;
  return true;
}

/** Brown writes the word in lower case at least 95 % of the time outside sentence openers. */
function mostlyLowerCase(lower: string): boolean {
  const m = model();
  const id = m.wordIndex.get(lower);
  const v = id === undefined ? undefined : m.casing.levels[0]!.logp[id];
  return v !== undefined && v / QUANT > Math.log10(0.95);
}

/** True when token k starts a clause: first in its sentence, or after a clause opener. */
function clauseStart(doc: AnalysedDocument, k: number): boolean {
  const t = doc.tokens[k]!;
  const s = doc.sentences[t.sentence]!;
  if (k === s.tokenStart) return true;
  const prev = doc.tokens[k - 1]!;
  // ", and" joins clauses; a bare "and" may join two nouns of one subject ("between A and B was").
  if (prev.lower === 'and' || prev.lower === 'but') return k - 2 >= s.tokenStart && doc.tokens[k - 2]!.text === ',';
  // "said (that) the suspects has …": a reported clause starts after "that" or a reporting verb.
  return CLAUSE_START.has(prev.lower) || prev.lower === 'that' || (REPORTING.has(prev.lower) && prev.pos === 'VERB');
}

interface Found {
  draft: FindingDraft;
  at: Token;
}

/** A finding on a verb whose agreeing form is `fix`, applied by `--fix`. */
function verbFix(verb: Token, fix: string, message: string, confidence: number, note: string): Found {
  return { at: verb, draft: { start: verb.start, end: verb.end, message, suggestions: [fix], confidence, note, fixable: true } };
}

/** 1. "the suspects has", "Most of the residents was". */
function pluralSubject(doc: AnalysedDocument, i: number): Found | undefined {
  const { tokens } = doc;
  const head = tokens[i]!;
  const verb = tokens[i + 1];
  if (!verb || verb.sentence !== head.sentence || head.type !== 'word') return undefined;
  // Only a verb or an auxiliary is ever reported (the test below): any other word stops here,
  // before the look-ups (this runs at every word of the text).
  if (verb.pos !== 'AUX' && verb.pos !== 'VERB') return undefined;
  let fix = TO_PLURAL.get(verb.lower);
  if (!fix && verb.pos === 'VERB' && verb.text === verb.lower && ENDS_S_NOT_SS.test(verb.lower) && verb.lemma !== verb.lower && verb.lower === thirdPerson(verb.lemma) && tagShares(verb.lower).verb >= 0.6) fix = verb.lemma;
  if (!fix || (verb.pos !== 'AUX' && verb.pos !== 'VERB')) return undefined;
  if (!isPluralNoun(head) && !sentenceInitialPlural(doc, head)) return undefined;
  // "the communications needs of the state": a noun compound, not a verb.
  const after = tokens[i + 2];
  if (after && after.sentence === head.sentence && after.lower === 'of' && !TO_PLURAL.get(verb.lower)) return undefined;
  // Walk back over the noun phrase: adjectives, nouns, numbers, hyphens.
  const s = doc.sentences[head.sentence]!;
  let k = i;
  let hasNumber = false;
  while (k - 1 >= s.tokenStart) {
    const p = tokens[k - 1]!;
    if (p.pos === 'ADJ' || (p.pos === 'NOUN' && p.text === p.lower) || p.pos === 'NUM' || p.text === '-') {
      if (p.pos === 'NUM') hasNumber = true;
      k--;
      continue;
    }
    break;
  }
  const opener = tokens[k - 1];
  let start = k;
  if (opener && opener.sentence === head.sentence && PLURAL_OPENERS.has(opener.lower)) start = k - 1;
  // Without a determiner or a number, only a noun phrase opening the sentence or following a plural
  // quantifier's "of" ("Dozens of residents was …"); after a comma it may be the end of a list of
  // adjectives ("the simple, preliterate societies").
  else if (!hasNumber && k !== s.tokenStart && !(opener?.lower === 'of' && PLURAL_OF.has(tokens[k - 2]?.lower ?? ''))) return undefined;
  if (hasNumber && MEASURES.has(head.lower)) return undefined;
  // "Most of the suspects has": the "of" phrase of a plural quantifier opening the clause.
  let subjectStart = start;
  const of = tokens[start - 1];
  if (of && of.sentence === head.sentence && of.lower === 'of') {
    const q = tokens[start - 2];
    if (!q || q.sentence !== head.sentence || !PLURAL_OF.has(q.lower)) return undefined;
    subjectStart = start - 2;
    // "a lot of": the article opens the subject; a bare "lot" ("the lot of the poor") is not a quantifier.
    if (q.lower === 'lot') {
      if (tokens[start - 3]?.lower !== 'a') return undefined;
      subjectStart = start - 3;
    }
  }
  if (!clauseStart(doc, subjectStart)) return undefined;
  // A question or inversion: "Why are the talks …", "Has the ministry …" never reach here; a
  // sentence-initial "the …" that is an object fronted by "that" is rare enough to accept.
  return verbFix(verb, fix, `"${head.text}" is plural, so the verb is "${fix}", not "${verb.text}".`, 0.8, 'Indonesian verbs do not agree with their subject, so the translation may keep the singular verb after a plural noun.');
}

/** 2. "they was", "we has". */
function pluralPronoun(doc: AnalysedDocument, i: number): Found | undefined {
  const { tokens } = doc;
  const pron = tokens[i]!;
  const verb = tokens[i + 1];
  if (!verb || verb.sentence !== pron.sentence || (pron.lower !== 'they' && pron.lower !== 'we')) return undefined;
  const fix = TO_PLURAL.get(verb.lower);
  if (!fix || (verb.pos !== 'AUX' && verb.pos !== 'VERB')) return undefined;
  return verbFix(verb, fix, `After "${pron.text}" the verb is "${fix}", not "${verb.text}".`, 0.85, 'Indonesian verbs do not agree with their subject.');
}

/**
 * The verb after a one-person subject ending at `subjEnd` (an optional adverb between): a bare verb,
 * "have", "are" or "do". Returns the fix and the verb token.
 */
function singularVerb(doc: AnalysedDocument, subjEnd: number, pronoun: boolean): { verb: Token; fixes: string[]; adverb?: Token } | undefined {
  const { tokens } = doc;
  const subj = tokens[subjEnd]!;
  let j = subjEnd + 1;
  let adverb: Token | undefined;
  const maybeAdv = tokens[j];
  if (maybeAdv && maybeAdv.sentence === subj.sentence && MID_ADVERBS.has(maybeAdv.lower) && maybeAdv.lower !== 'not' && maybeAdv.lower !== "n't") {
    adverb = maybeAdv;
    j++;
  }
  const verb = tokens[j];
  if (!verb || verb.sentence !== subj.sentence || verb.type !== 'word' || verb.text !== verb.lower) return undefined;
  const single = TO_SINGULAR.get(verb.lower);
  if (single) {
    // Pronouns and "the" + a common noun: "Indonesia are through to the final" is British sports
    // English, and "if he were" a subjunctive.
    if (verb.lower === 'were' || (!pronoun && subj.pos !== 'NOUN')) return undefined;
    const after = tokens[j + 1];
    // "do" as a main verb after "it" is rare; "he do" / "she have" are what MT writes.
    if (verb.lower === 'do' && after && after.lower !== 'not' && after.lower !== "n't") return undefined;
    return { verb, fixes: [single], adverb };
  }
  if (!isBareVerb(verb) || MODAL_LIKE.has(verb.lower) || PAST_SAME_AS_BASE.has(verb.lower)) return undefined;
  // Without an adverb, the verb must be one Brown almost never uses as a noun or adjective.
  if (!adverb && !mostlyVerb(verb.lower)) return undefined;
  if (adverb && verb.pos !== 'VERB') return undefined;
  const fixes = [thirdPerson(verb.lower)];
  const past = simplePast(verb.lower);
  if (past) fixes.push(past);
  return { verb, fixes, adverb };
}

/** 3. "he also convey", "she have", "it are". */
function singularPronoun(doc: AnalysedDocument, i: number): Found | undefined {
  const { tokens } = doc;
  const pron = tokens[i]!;
  if (pron.lower !== 'he' && pron.lower !== 'she' && pron.lower !== 'it') return undefined;
  const prev = tokens[i - 1];
  if (prev && prev.sentence === pron.sentence) {
    // Questions and inversions ("does he have", "couldn't he live", "May He bless you").
    if (prev.pos === 'AUX' || prev.lower === "n't" || prev.lower === 'n\u2019t' || prev.lower === 'not' || MODALS.has(prev.lower) || MODAL_LIKE.has(prev.lower)) return undefined;
    // "it" is a subject only at a clause start: "men who practice it are …".
    if (pron.lower === 'it' && !(prev.pos === 'PUNCT' || prev.pos === 'CCONJ' || prev.pos === 'SCONJ')) return undefined;
    // Subjunctives and archaic forms: "(demanded) that he resign", "lest it fall", "wherever it take place".
    if (SUBJUNCTIVE_OPENERS.has(prev.lower)) return undefined;
  }
  const hit = singularVerb(doc, i, true);
  if (!hit) return undefined;
  return agreeDraft(pron.text, hit);
}

/** 4. "Minister Pratikno also convey", "the governor ask". */
function singularNounSubject(doc: AnalysedDocument, i: number): Found | undefined {
  const { tokens } = doc;
  const head = tokens[i]!;
  const s = doc.sentences[head.sentence]!;
  let k = i;
  if (head.pos === 'PROPN' && CAPITALISED_ASCII.test(head.text) && !ENDS_S.test(head.lower)) {
    // A name of two or more capitalised words ("Minister Pratikno", "Sri Mulyani").
    while (k - 1 >= s.tokenStart && tokens[k - 1]!.pos === 'PROPN' && CAPITALISED_ASCII.test(tokens[k - 1]!.text)) k--;
    if (k === i) return undefined;
    for (let m = k; m <= i; m++) if (verbForms().collective.has(tokens[m]!.lower) || ENDS_S.test(tokens[m]!.lower)) return undefined;
  } else if (head.pos === 'NOUN' && head.text === head.lower && head.lemma === head.lower && !ENDS_S.test(head.lower)) {
    // "The following have been found": a nominalised -ing form is plural as often as not.
    if (verbForms().collective.has(head.lower) || head.lower.endsWith('ing')) return undefined;
    // "the flood", "this problem", or with one adjective between: "the big flood".
    let d = i - 1;
    const adj = tokens[d];
    if (adj && adj.sentence === head.sentence && adj.pos === 'ADJ' && adj.text === adj.lower) d--;
    const det = tokens[d];
    if (!det || det.sentence !== head.sentence || (det.lower !== 'the' && det.lower !== 'this')) return undefined;
    k = d;
  } else return undefined;
  if (!clauseStart(doc, k) || SUBJUNCTIVE_OPENERS.has(tokens[k - 1]?.lower ?? '')) return undefined;
  // A sentence that opens in lower case is a fragment the splitter cut (a line break inside it).
  if (k === s.tokenStart && tokens[k]!.text === tokens[k]!.lower) return undefined;
  const prev = tokens[k - 1];
  if (prev && prev.sentence === head.sentence && (prev.lower === 'and' || prev.lower === '&')) return undefined;
  const hit = singularVerb(doc, i, false);
  if (!hit) return undefined;
  // Without an adverb between, an object must follow ("Pratikno convey the message"): "the
  // maximum reach for …" reads a noun compound.
  // An auxiliary ("the flood have damaged", "the road are closed") needs what an auxiliary takes
  // after it: a participle, an adjective, "been", "not", a determiner.
  const next = tokens[hit.verb.i + 1];
  if (TO_SINGULAR.has(hit.verb.lower)) {
    if (!next || next.sentence !== head.sentence || !['VERB', 'ADJ', 'DET', 'ADV', 'PART', 'AUX', 'NUM'].includes(next.pos)) return undefined;
  } else if (!hit.adverb && (!next || next.sentence !== head.sentence || !(next.pos === 'DET' || next.pos === 'PRON'))) return undefined;
  const subject = doc.text.slice(tokens[k]!.start, head.end);
  return agreeDraft(subject, hit);
}

function agreeDraft(subject: string, hit: { verb: Token; fixes: string[] }): Found {
  const { verb, fixes } = hit;
  const either = fixes.length > 1 ? ` (or "${fixes[1]}" in a past narrative)` : '';
  return {
    at: verb,
    draft: {
      start: verb.start,
      end: verb.end,
      message: `"${subject}" is one person or thing, so the verb is "${fixes[0]}"${either}, not "${verb.text}".`,
      suggestions: fixes,
      confidence: 0.75,
      note: 'Indonesian verbs do not agree with their subject and do not mark tense, so the translation may leave the bare verb.',
      fixable: true,
    },
  };
}

/** 5. "The number of evacuees are" → "is". */
function numberOf(doc: AnalysedDocument, i: number): Found | undefined {
  const { tokens } = doc;
  const the = tokens[i]!;
  if (the.lower !== 'the' || tokens[i + 1]?.lower !== 'number' || tokens[i + 2]?.lower !== 'of' || !clauseStart(doc, i)) return undefined;
  const s = doc.sentences[the.sentence]!;
  for (let k = i + 3; k < Math.min(s.tokenEnd, i + 9); k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN' || t.pos === 'DET' || t.text === '-') continue;
    const fix = TO_SINGULAR.get(t.lower);
    if (!fix || t.lower === 'do') return undefined;
    return verbFix(t, fix, `The subject is "the number", which is singular: "${fix}", not "${t.text}".`, 0.8, 'Indonesian "jumlah" takes no agreement; the translation lets the plural noun after "of" choose the verb.');
  }
  return undefined;
}

/** Determiners of the plural noun phrase after "one of": "one of the suspects", "one of his aides". */
const OF_DETERMINERS = new Set(['the', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * The plural noun phrase starting at token `from` ("the two main suspects"): its head's index, or
 * -1. A determiner first, then up to three lower-case adjectives, nouns, numbers or participles before the head.
 */
function pluralPhraseAt(doc: AnalysedDocument, from: number, sentence: number, names = false): number {
  const { tokens } = doc;
  let k = from;
  const det = tokens[k];
  if (!det || det.sentence !== sentence || !OF_DETERMINERS.has(det.lower)) return -1;
  k++;
  for (let n = 0; n < 4; n++, k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return -1;
    if (isPluralNoun(t)) {
      const next = tokens[k + 1];
      // The head is the last noun: "the village heads" ends at "heads", "the suspects' lawyers" is no plain phrase.
      if (next && next.sentence === sentence && next.pos === 'NOUN' && next.text === next.lower) continue;
      return k;
    }
    // A name or an acronym modifying the head ("the BMKG offices", "the Jakarta hospitals"), when asked.
    if (names && t.pos === 'PROPN' && NAME_MODIFIER.test(t.text)) continue;
    // Adjectives, nouns, numbers and participles ("the detained traders").
    if (!((t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'NUM' || (t.pos === 'VERB' && PARTICIPLE_ED.test(t.lower))) && t.text === t.lower)) return -1;
  }
  return -1;
}

/** 7. "One of the suspects were" → "was", "Each of the villages have" → "has". */
function oneOf(doc: AnalysedDocument, i: number): Found | undefined {
  const { tokens } = doc;
  const one = tokens[i]!;
  if ((one.lower !== 'one' && one.lower !== 'each') || tokens[i + 1]?.lower !== 'of' || !clauseStart(doc, i)) return undefined;
  const head = pluralPhraseAt(doc, i + 2, one.sentence);
  if (head < 0) return undefined;
  const verb = tokens[head + 1];
  if (!verb || verb.sentence !== one.sentence || verb.pos !== 'AUX' && verb.pos !== 'VERB') return undefined;
  const fix = TO_SINGULAR.get(verb.lower);
  // "do" is too often a main verb to judge; "were" may be a subjunctive only after "if", which clauseStart does not reach.
  if (!fix || verb.lower === 'do') return undefined;
  return verbFix(verb, fix, `The subject is "${one.text.toLowerCase()}" (of the ${tokens[head]!.text}), which is singular: "${fix}", not "${verb.text}".`, 0.8, 'Indonesian "salah satu" and "masing-masing" take no agreement; the translation lets the plural noun after "of" choose the verb.');
}

/** Heads whose "of" phrase often carries the agreement in edited English: "the rest of the money is". */
const OF_PHRASE_HEADS = new Set(['rest', 'remainder', 'bulk', 'majority', 'minority', 'kinds', 'types', 'sorts', 'lots', 'dozens', 'hundreds', 'thousands', 'millions', 'tens', 'scores']);

/** Closing quotes and brackets after a sentence's full stop. */
const CLOSING_QUOTES = new Set(['"', '\u201d', "'", '\u2019', ')']);
/** Tags after which a noun phrase cannot go on: a determiner, an adverb, a preposition, a number, "to". */
const AFTER_VERB_TAGS = new Set(['DET', 'ADV', 'ADP', 'NUM', 'PART']);

/**
 * An -s form that wink tags as a noun ("the virus rises every week": "virus rises" read as a
 * compound) but that is the sentence's only verb: the -s form of a verb (an irregular one, or a
 * word Brown tags a verb at least a fifth of the time), after a singular common noun, before a word
 * no noun phrase goes on with, and no verb or auxiliary after it in a sentence that ends with a full
 * stop.
 */
function sentenceVerbAsNoun(doc: AnalysedDocument, t: Token): boolean {
  const { tokens } = doc;
  if (t.pos !== 'NOUN' || t.text !== t.lower || !ENDS_S_NOT_SS.test(t.lower) || t.lemma === t.lower || t.lower !== thirdPerson(t.lemma)) return false;
  if (!verbForms().byBase.has(t.lemma) && tagShares(t.lemma).verb < 0.2) return false;
  const before = tokens[t.i - 1];
  const next = tokens[t.i + 1];
  if (!before || before.pos !== 'NOUN' || isPluralNoun(before) || !next || next.sentence !== t.sentence || !AFTER_VERB_TAGS.has(next.pos)) return false;
  const s = doc.sentences[t.sentence]!;
  for (let k = t.i + 1; k < s.tokenEnd; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
  // A sentence of prose, ended by a full stop: a headline or a caption may have no verb at all ("The
  // effects of the price rises on households").
  let last = s.tokenEnd - 1;
  while (last > t.i && CLOSING_QUOTES.has(tokens[last]!.text)) last--;
  return tokens[last]!.text === '.' || tokens[last]!.text === '!';
}

/** Prepositions whose phrase may follow a plural head before its verb: "the offices in Central Java works". */
const HEAD_PREPOSITIONS = new Set(['of', 'in', 'from', 'at', 'across', 'on', 'for', 'with', 'under', 'within', 'throughout', 'around', 'near', 'outside', 'inside', 'among', 'over', 'into', 'along', 'behind', 'beyond', 'to']);
/** Modifiers that make a plural head a measure ("the average suspended solids in the tank was"). */
const MEASURE_MODIFIERS = new Set(['average', 'total', 'combined', 'overall', 'mean', 'median', 'net', 'gross', 'cumulative']);
/** A capitalised name word or an acronym. */
const NAME_MODIFIER = /^(?:[A-Z][a-z]+|[A-Z]{2,})$/;

/**
 * 8. A plural head with a prepositional phrase before a singular verb: "The residents of the village
 * has been evacuated" → "have", "the offices in Central Java works" → "work", "the deaths from the
 * virus rises" → "rise".
 */
function pluralHeadOfPhrase(doc: AnalysedDocument, i: number): Found | undefined {
  const { tokens } = doc;
  const det = tokens[i]!;
  if ((det.lower !== 'the' && det.lower !== 'these' && det.lower !== 'those') || !clauseStart(doc, i)) return undefined;
  const head = pluralPhraseAt(doc, i, det.sentence, true);
  if (head < 0 || OF_PHRASE_HEADS.has(tokens[head]!.lower)) return undefined;
  const prep = tokens[head + 1];
  if (!prep || !HEAD_PREPOSITIONS.has(prep.lower)) return undefined;
  for (let m = i + 1; m < head; m++) if (MEASURE_MODIFIERS.has(tokens[m]!.lower)) return undefined;
  const headToken = tokens[head]!;
  const beforeHead = tokens[head - 1]!;
  // Beyond "of", a head that may be a verb after a singular noun is no plural head: "The tension rises
  // at the time …" is a clause ("rises" read as a compound's noun).
  if (prep.lower !== 'of' && beforeHead.pos === 'NOUN' && !isPluralNoun(beforeHead) && (verbForms().byBase.has(headToken.lemma) || tagShares(headToken.lemma).verb >= 0.2)) return undefined;
  // The "of" phrase: an optional determiner, then up to four modifiers and nouns (names too: "of West Java").
  const s = doc.sentences[det.sentence]!;
  let k = head + 2;
  const d2 = tokens[k];
  if (d2 && (d2.pos === 'DET' || OF_DETERMINERS.has(d2.lower))) k++;
  let words = 0;
  let nounVerb = false;
  while (k < s.tokenEnd && words < 5) {
    const t = tokens[k]!;
    if (words > 0 && sentenceVerbAsNoun(doc, t)) {
      nounVerb = true;
      break;
    }
    if (t.type === 'word' && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) {
      // Beyond "of", a common noun followed by a name ends the phrase: "at the time South Korea is …"
      // starts a clause.
      if (prep.lower !== 'of' && t.pos === 'PROPN' && tokens[k - 1]!.pos === 'NOUN') return undefined;
      k++;
      words++;
      continue;
    }
    break;
  }
  if (words === 0) return undefined;
  const verb = tokens[k];
  if (!verb || verb.sentence !== det.sentence || verb.text !== verb.lower) return undefined;
  if (nounVerb) return verbFix(verb, verb.lemma, `The subject's head "${tokens[head]!.text}" is plural, so the verb is "${verb.lemma}", not "${verb.text}".`, 0.7, 'Indonesian verbs do not agree with their subject, so the translation may take the number from the nearest noun.');
  if (verb.pos !== 'AUX' && verb.pos !== 'VERB') return undefined;
  let fix = TO_PLURAL.get(verb.lower);
  // An -s verb ("works", "rises"): wink's reading as a verb, after a name, a number or a plural noun
  // (which an -s noun cannot continue as a compound: "of the clover stems" is no verb).
  if (!fix && verb.pos === 'VERB' && ENDS_S_NOT_SS.test(verb.lower) && verb.lemma !== verb.lower && verb.lower === thirdPerson(verb.lemma)) {
    const before = tokens[k - 1]!;
    if (before.pos === 'PROPN' || before.pos === 'NUM' || isPluralNoun(before)) fix = verb.lemma;
  }
  if (!fix || verb.lower === 'does' || verb.lower === "doesn't") return undefined;
  // The last word of the "of" phrase may be the real head of a compound the tagger split ("the
  // costs of living is" is rare); a plural there agrees anyway, so only the first head is judged.
  return verbFix(verb, fix, `The subject's head "${tokens[head]!.text}" is plural, so the verb is "${fix}", not "${verb.text}".`, 0.7, 'Indonesian verbs do not agree with their subject, so the translation may take the number from the nearest noun.');
}

/** Determiners that mark a noun phrase as a thing of its own: "the minister and the governor". */
const OWN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);
/** Words that make a coordinated subject singular or distributive: "every man and woman is". */
const DISTRIBUTIVE = new Set(['each', 'every', 'no', 'neither', 'either']);

interface Conjunct {
  /** First token of the noun phrase (its determiner, if any). */
  start: number;
  head: Token;
  determiner?: Token;
}

/** The noun phrase that ends at token `end` (its head): lower-case adjectives and nouns, an optional determiner. */
function conjunctEndingAt(doc: AnalysedDocument, end: number, floor: number): Conjunct | undefined {
  const { tokens } = doc;
  const head = tokens[end];
  if (!head || head.type !== 'word') return undefined;
  // The sentence's first word may head the first item with its capital, when Brown reads it as a
  // common noun ("Rice, sugar and cooking oil is"); a name ("Jakarta, Bandung and …") is not judged.
  const capitalFirst = end === floor && CAPITALISED_ASCII.test(head.text) && tagShares(head.lower).noun >= 0.5;
  if (!capitalFirst && (head.pos !== 'NOUN' || head.text !== head.lower)) return undefined;
  let k = end;
  while (k - 1 >= floor && k > end - 4) {
    const p = tokens[k - 1]!;
    // A capital only on the sentence's first word ("Fuel prices and inflation is").
    // wink may tag such a first word a proper noun; only a common noun's lower-case form is plain.
    const modifier = p.type === 'word' && (((p.pos === 'ADJ' || p.pos === 'NOUN') && p.text === p.lower) || (k - 1 === floor && CAPITALISED_ASCII.test(p.text) && (p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'ADJ')));
    // A participle may open the phrase right after "and" or a determiner ("and liquefied petroleum
    // gas"); elsewhere an -ed verb is more likely the clause's own verb ("Police arrested traders").
    const before = tokens[k - 2];
    const participle = p.pos === 'VERB' && p.text === p.lower && PARTICIPLE_ED.test(p.lower) && before !== undefined && (before.lower === 'and' || OWN_DETERMINERS.has(before.lower));
    if (modifier || participle) k--;
    else break;
  }
  const d = tokens[k - 1];
  if (d && k - 1 >= floor && (OWN_DETERMINERS.has(d.lower) || DISTRIBUTIVE.has(d.lower))) return { start: k - 1, head, determiner: d };
  return { start: k, head };
}

/**
 * 6. Two coordinated noun phrases before "is"/"was"/"has": "The minister and the governor was",
 * "Fuel prices and inflation is". Only when the two are plainly two things: each has its own
 * determiner, or one is a plural noun; "the president and CEO is" (one person), "law and order
 * is" (one idea) and "every man and woman is" stay silent.
 */
function compoundSubject(doc: AnalysedDocument, i: number): Found | undefined {
  const { tokens } = doc;
  const verb = tokens[i]!;
  const fix = TO_PLURAL.get(verb.lower);
  if (!fix || verb.lower === 'does' || verb.lower === "doesn't" || (verb.pos !== 'AUX' && verb.pos !== 'VERB')) return undefined;
  const s = doc.sentences[verb.sentence]!;
  let end = i - 1;
  // A bracketed short form after the second noun: "liquefied petroleum gas (LPG) is".
  if (tokens[end]?.text === ')' && tokens[end - 2]?.text === '(' && end - 3 >= s.tokenStart) end -= 3;
  if (end - 2 < s.tokenStart) return undefined;
  const second = conjunctEndingAt(doc, end, s.tokenStart);
  if (!second) return undefined;
  const and = tokens[second.start - 1];
  if (!and || and.lower !== 'and' || second.start - 2 < s.tokenStart) return undefined;
  const first = conjunctEndingAt(doc, second.start - 2, s.tokenStart);
  if (!first || first.head.lower === second.head.lower) return undefined;
  // After a comma the pair may close a list that belongs to an earlier subject ("the operation,
  // hampered by bad weather, mudslides and rugged terrain, was halted"): only a clause that opens
  // the sentence or follows a subordinator, "that" or a reporting verb.
  // A list of three or more ("Rice, sugar and cooking oil is") is walked back to its first item,
  // which must then open the sentence or its clause as above.
  let listStart = first.start;
  let items = 2;
  let earlierPlural = false;
  for (let guard = 0; guard < 6 && tokens[listStart - 1]?.text === ',' && listStart - 2 >= s.tokenStart; guard++) {
    const earlier = conjunctEndingAt(doc, listStart - 2, s.tokenStart);
    if (!earlier || (earlier.determiner && DISTRIBUTIVE.has(earlier.determiner.lower))) return undefined;
    listStart = earlier.start;
    items++;
    earlierPlural ||= isPluralNoun(earlier.head);
  }
  const opener = tokens[listStart - 1];
  if (!clauseStart(doc, listStart) || (opener && opener.sentence === verb.sentence && (opener.pos === 'PUNCT' || opener.lower === 'and' || opener.lower === 'but'))) return undefined;
  // "between the army and the police is", "both … and": only a subject opening its clause, and
  // no distributive word anywhere in it.
  for (const c of [first, second]) if (c.determiner && DISTRIBUTIVE.has(c.determiner.lower)) return undefined;
  const prev = tokens[first.start - 1];
  if (prev && prev.sentence === verb.sentence && (prev.lower === 'both' || prev.lower === 'either' || prev.lower === 'neither')) return undefined;
  const two = (first.determiner !== undefined && second.determiner !== undefined) || isPluralNoun(first.head) || isPluralNoun(second.head) || earlierPlural;
  // Two bare phrases of two words or more each ("fuel oil and liquefied petroleum gas is"), or a
  // bare list of three ("education, health and infrastructure was"), are several things too, but
  // set phrases may make one idea or area ("economic growth and social stability is the aim"): a
  // note only.
  const bareCompounds = !two && ((first.determiner === undefined && second.determiner === undefined && first.head.i - first.start >= 1 && second.head.i - second.start >= 1) || items >= 3);
  if (!two && !bareCompounds) return undefined;
  // Collective or singular-in-s heads ("the police and the army is" is still plural, but "news")
  // are judged by isPluralNoun already; a verb followed by "been"/"not" is fine to judge.
  const subject = doc.text.slice(tokens[listStart]!.start, tokens[end]!.end);
  return {
    at: verb,
    draft: {
      start: verb.start,
      end: verb.end,
      message: `"${subject}" names two things joined by "and", so the verb is "${fix}", not "${verb.text}".`,
      suggestions: [fix],
      confidence: bareCompounds ? 0.45 : 0.7,
      note: 'Indonesian verbs do not agree with their subject, so the translation may keep the singular verb after two nouns joined by "dan".',
      fixable: !bareCompounds,
      ...(bareCompounds ? { severity: 'info' as const } : {}),
    },
  };
}

export const subjectVerbAgreement: Rule = {
  meta: {
    id: 'subject-verb-agreement',
    category: 'fluency/grammar',
    severity: 'minor',
    description: 'A verb that does not agree with a plain subject: "the suspects has", "they was", "he also convey", "The number of evacuees are", "the minister and the governor was".',
    examples: {
      invalid: [
        { text: 'The two suspects has been handed over to prosecutors.', flags: ['has'], suggestion: 'have' },
        { text: 'Most of the stalls was closed during the flood.', flags: ['was'], suggestion: 'were' },
        { text: 'They was evacuated to the village hall.', flags: ['was'], suggestion: 'were' },
        { text: 'After the meeting, he also convey the president\u2019s message.', flags: ['convey'], suggestion: 'conveys' },
        { text: 'Education Minister Nadiem Makarim also emphasize the need for teachers.', flags: ['emphasize'], suggestion: 'emphasizes' },
        { text: 'The number of evacuees are still rising.', flags: ['are'], suggestion: 'is' },
        { text: 'The minister and the governor was present at the ceremony.', flags: ['was'], suggestion: 'were' },
        { text: 'Cooking oil prices and inflation is expected to rise before the holiday.', flags: ['is'], suggestion: 'are' },
        { text: 'One of the detained traders were released on Friday.', flags: ['were'], suggestion: 'was' },
        { text: 'Each of the districts have its own shelter.', flags: ['have'], suggestion: 'has' },
        { text: 'The stalls of the old market has been demolished.', flags: ['has'], suggestion: 'have' },
        { text: 'Dozens of stalls was destroyed in the fire.', flags: ['was'], suggestion: 'were' },
        { text: 'Many people has complained about the smell from the landfill.', flags: ['has'], suggestion: 'have' },
        { text: 'Villagers was asked to move away from the river bank.', flags: ['was'], suggestion: 'were' },
        { text: 'The heavy rain have damaged hundreds of houses.', flags: ['have'], suggestion: 'has' },
        { text: 'The officials said that the district offices in Central Java works closely with the agency.', flags: ['works'], suggestion: 'work' },
        { text: 'The landslides near the new dam was reported on Monday.', flags: ['was'], suggestion: 'were' },
        { text: 'The cases from the new strain rises every week.', flags: ['rises'], suggestion: 'rise' },
      ],
      valid: [
        'The work of the two scientists has been published, and one of the suspects has confessed.',
        'Among the victims was a child, and the police have closed the road.',
        'Two years is a long time, and the news is good.',
        'The ministry demanded that he resign, and does he have a plan?',
        'Let it go, said the governor, and the committee were divided.',
        'A number of residents were evacuated, and the number of evacuees is rising.',
        'Indonesia are through to the final after the Philippines lost.',
        'The president and chief executive was in Jakarta, and law and order is the priority.',
        'Every man and woman is welcome, and the convoy, slowed by rain, mudslides and heavy traffic was late.',
        'One of the traders who were detained has been released, and each of them has a lawyer.',
        'The rest of the money was returned, and the costs of the repair have risen.',
        'Metaphysics is no longer taught there, and the following have been chosen.',
        'The folk are proud of their market, and the ministry have not replied.',
        'The average suspended solids in the tank was low, and the price of rice in the market rises.',
        'The roots of healthy clover stems grow deep, and the cases in the new report show a rise.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    const headline = new Map<number, boolean>();
    const isHeadline = (s: number): boolean => {
      let h = headline.get(s);
      if (h === undefined) headline.set(s, (h = titleCase(doc, s)));
      return h;
    };
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type !== 'word') continue;
      const hit =
        pluralSubject(doc, i) ?? pluralPronoun(doc, i) ?? singularPronoun(doc, i) ?? singularNounSubject(doc, i) ?? numberOf(doc, i) ?? compoundSubject(doc, i) ?? oneOf(doc, i) ?? pluralHeadOfPhrase(doc, i);
      if (hit && !isHeadline(hit.at.sentence)) out.push(hit.draft);
    }
    return out;
  },
};
