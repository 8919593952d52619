/**
 * Checks of the punctuation rule about commas that cut a clause where Indonesian puts a pause, kept
 * apart from the name-subject checks of punctuation.ts. Each reads the analysis's tokens once per
 * sentence and judges a shape of the clause, never a phrase:
 *
 * - a pronoun subject set off by a comma that no comma closes ("We, at the company will …");
 * - a plain noun-phrase subject cut from its finite verb by a comma ("the catastrophe that hit the
 *   province, damaged 5,000 buildings"; "In May, the ministry and the agency, held a meeting");
 * - a comma between a bare title or organisation noun and the name it stands before ("rights
 *   activist, Dewi Lestari."; "State shipping company, PT Laut Biru bought …");
 * - a dash left at the start of a paragraph whose dateline was dropped ("– In the first week …");
 * - a place set off by a comma after the place it lies in, never closed before the verb ("The
 *   Government of Agam Regency, West Sumatra intensified …").
 */
import type { AnalysedDocument, Sentence, Token } from '../analysis/types.js';
import { cueFor, cueForLower } from '../people/cues.js';
import type { FindingDraft } from './types.js';
import { DASHES } from './text-scan.js';

/** Irregular or auxiliary finite forms (a regular finite verb is recognised by its ending). */
export const IRREGULAR_FINITE = new Set([
  'said', 'says', 'told', 'tells', 'made', 'met', 'gave', 'went', 'took', 'saw', 'became', 'came', 'left', 'sent', 'held', 'led', 'spoke',
  'wrote', 'won', 'lost', 'kept', 'found', 'thought', 'brought', 'began', 'stood', 'ran', 'paid', 'sold', 'built', 'rose', 'fell', 'chose',
  'met', 'knew', 'felt', 'heard', 'meant', 'put', 'set', 'cut', 'hit', 'let', 'read', 'sought', 'taught', 'bought', 'fought', 'drew', 'flew',
  'grew', 'threw', 'showed', 'shows', 'has', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'did', 'does',
]);
/** Sentence adverbs that an appositive pair of commas sets off ("The minister, however, said"). */
export const APPOSITIVE_ADVERBS = new Set(['however', 'meanwhile', 'though', 'too', 'therefore', 'instead', 'nevertheless', 'nonetheless', 'moreover', 'furthermore']);

/** A finite verb: an irregular or auxiliary form, or a verb ending in "-ed"/"-es" or an inflected "-s". */
export function isFiniteVerb(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  if (IRREGULAR_FINITE.has(t.lower)) return t.pos === 'VERB' || t.pos === 'AUX';
  if (t.pos !== 'VERB') return false;
  return /(?:ed|es)$/.test(t.lower) || (/[^s]s$/.test(t.lower) && t.lemma !== t.lower);
}

const UPPER_START = /^\p{Lu}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const OPEN_QUOTES = new Set(['"', '\u201C']);

/** Reporting verbs that open a quotative inversion ("The answer, says the professor, is …"). */
const ATTRIBUTION_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'stated', 'states', 'noted', 'notes', 'asked', 'asks',
  'continued', 'continues', 'stressed', 'stresses', 'revealed', 'reveals', 'claimed', 'claims', 'argued', 'argues', 'recalled', 'recalls',
  'admitted', 'admits', 'insisted', 'insists', 'concluded', 'concludes', 'remarked', 'remarks', 'wrote', 'writes', 'reported', 'reports',
  'warned', 'warns', 'conveyed', 'conveys', 'mentioned', 'mentions', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'replied', 'replies',
]);
/** Subject pronouns that open an English clause. */
const SUBJECT_PRONOUNS = new Set(['we', 'i', 'they', 'he', 'she']);

// ---------------------------------------------------------------------------------------------
// A pronoun subject set off by a comma never closed

/**
 * `"We, at the port authority will check …"`: a subject pronoun opens the clause, a comma follows,
 * a prepositional phrase, and the verb comes without the comma that would close the phrase.
 * English writes "We at the port authority will" (or closes it: "We, at the port authority, will").
 */
export function pronounSubjectComma(doc: AnalysedDocument, s: Sentence, out: FindingDraft[]): void {
  for (let x = s.tokenStart; x + 3 < s.tokenEnd; x++) {
    const pron = doc.tokens[x]!;
    if (!SUBJECT_PRONOUNS.has(pron.lower) || pron.pos !== 'PRON') continue;
    // Opening the clause: the sentence start or an opening quotation mark.
    if (x > s.tokenStart && !OPEN_QUOTES.has(doc.tokens[x - 1]!.text)) continue;
    const comma = doc.tokens[x + 1]!;
    const prep = doc.tokens[x + 2]!;
    if (comma.text !== ',' || comma.spaceBefore || prep.pos !== 'ADP' || prep.lower === 'of') continue;
    // The phrase runs without punctuation to a finite verb.
    for (let y = x + 3; y < s.tokenEnd && y < x + 12; y++) {
      const t = doc.tokens[y]!;
      if (t.type === 'punctuation' && t.text !== '-' && t.text !== '&') break;
      if (t.type !== 'word' && t.type !== 'number') break;
      if (y > x + 3 && (t.pos === 'AUX' || isFiniteVerb(t)) && LOWER_WORD.test(t.text)) {
        out.push({
          start: pron.start,
          end: comma.end,
          message: `The comma after "${pron.text}" opens a phrase that no comma closes before the verb "${t.text}": drop it ("${pron.text} ${prep.text} …") or close the phrase with a second comma.`,
          suggestions: [pron.text],
          confidence: 0.7,
          note: 'Indonesian pauses after the subject pronoun ("Kami, di otoritas pelabuhan akan …"); English sets a phrase after the subject off with two commas or none.',
          fixable: true,
        });
        return;
      }
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ') break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A noun-phrase subject cut from its verb by a comma

/** Tokens a plain noun phrase may hold between its first word and its head. */
function nounPhraseWord(t: Token): boolean {
  if (t.type === 'number') return true;
  if (t.type !== 'word') return t.text === '-' && !t.spaceBefore;
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM') return true;
  return t.lower === 'the' || t.lower === 'of' || t.lower === 'and' || t.lower === "'s" || t.lower === '\u2019s';
}

/**
 * The end (exclusive) of a plain noun phrase starting at `from`, or -1: a determiner "the", a noun,
 * adjective or name first, then noun-phrase words, acronyms in brackets ("(Disdik)"), and at most one
 * restrictive relative clause ("that/which/who" + finite verb + its complement) with no comma.
 * Returns the index of the first token that is none of these.
 */
function nounPhraseEnd(doc: AnalysedDocument, from: number, to: number): { end: number; relative: boolean; head: number } | undefined {
  const first = doc.tokens[from]!;
  if (first.type !== 'word') return undefined;
  if (first.pos === 'DET' ? first.lower !== 'the' : first.pos !== 'NOUN' && first.pos !== 'PROPN' && first.pos !== 'ADJ') return undefined;
  let x = from;
  let head = -1;
  let relative = false;
  while (x < to) {
    const t = doc.tokens[x]!;
    // "The rebels shot the pilot dead": "the" straight after a noun opens a second noun phrase, so
    // the word before it ("shot") was a verb with its object, and the words are a clause, not a subject.
    if (t.lower === 'the' && x > from && head === x - 1) return undefined;
    if (nounPhraseWord(t)) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN') head = x;
      x++;
      continue;
    }
    // "(Disdik)", "(May 4)": an acronym or a date in brackets.
    if (t.text === '(' && head >= 0) {
      let y = x + 1;
      while (y < to && y < x + 4 && (doc.tokens[y]!.type === 'number' || (doc.tokens[y]!.pos === 'PROPN' && /^\p{Lu}[\p{L}\d.]*$/u.test(doc.tokens[y]!.text)))) y++;
      if (y > x + 1 && doc.tokens[y]?.text === ')') {
        x = y + 1;
        continue;
      }
    }
    // "the storm that hit the coast of Maluku": one relative clause after a noun; or
    // a reduced passive one, "floods triggered by torrential rain".
    const reduced = t.pos === 'VERB' && /ed$/.test(t.lower) && doc.tokens[x + 1]?.lower === 'by';
    if (!relative && head === x - 1 && doc.tokens[x - 1]!.pos === 'NOUN' && (reduced || t.lower === 'that' || t.lower === 'which' || t.lower === 'who')) {
      const verb = doc.tokens[x + 1];
      if (!reduced && (!verb || !isFiniteVerb(verb) || verb.pos === 'AUX')) return undefined;
      relative = true;
      x += 2;
      // Its complement: noun-phrase words and prepositions, at least one word.
      const y0 = x;
      while (x < to) {
        const u = doc.tokens[x]!;
        if (nounPhraseWord(u) || (u.pos === 'ADP' && u.type === 'word') || u.pos === 'DET') x++;
        else break;
      }
      if (x === y0) return undefined;
      break;
    }
    break;
  }
  if (head < 0) return undefined;
  return { end: x, relative, head };
}

/** The verb after the comma is a finite verb of the clause, not a participle, a list's next verb or a quotative inversion. */
function clauseVerbAfter(doc: AnalysedDocument, s: Sentence, j: number): Token | undefined {
  const verb = doc.tokens[j];
  if (!verb || j + 1 >= s.tokenEnd || !isFiniteVerb(verb) || !LOWER_WORD.test(verb.text)) return undefined;
  const after = doc.tokens[j + 1]!;
  // "the company, based in Texas", "the plan, said to cost", "the man, seen by": participles.
  if (after.lower === 'by' || after.lower === 'to' || after.type === 'punctuation') return undefined;
  // ("damaged at least 60 boats" quantifies an object: a finite verb.)
  const quantifier = after.lower === 'at' && (doc.tokens[j + 2]?.lower === 'least' || doc.tokens[j + 2]?.lower === 'most');
  // A regular past form is finite only with an object after it ("recorded 300 cases", "damaged the
  // bridge"); "called Composite", "whipped", "based in Texas" are participles.
  const objectStart = after.type === 'number' || after.pos === 'DET' || after.pos === 'NUM' || after.pos === 'PRON' || ((after.pos === 'NOUN' || after.pos === 'ADJ') && LOWER_WORD.test(after.text));
  if (!IRREGULAR_FINITE.has(verb.lower) && /ed$/.test(verb.lower) && !quantifier && !objectStart) return undefined;
  // "firms that cut, reduced or froze wages": a series of verbs.
  if (after.lower === 'and' || after.lower === 'or') return undefined;
  // "The answer, says the professor, is …": a quotative inversion.
  if (ATTRIBUTION_VERBS.has(verb.lower) && (after.pos === 'PROPN' || after.pos === 'DET' || after.pos === 'PRON')) return undefined;
  // "is" / "was" after a name list is a clause of its own only when the comma is not an appositive's;
  // the later-comma test below decides that.
  for (let x = j + 1; x < s.tokenEnd - 1; x++) {
    if (doc.tokens[x]!.text !== ',') continue;
    let y = x + 1;
    if (doc.tokens[y]!.pos === 'ADV') y++;
    // A later ", verb" closes an appositive: "In May, the firm, hit by losses, cut jobs".
    if (y < s.tokenEnd && (doc.tokens[y]!.pos === 'VERB' || doc.tokens[y]!.pos === 'AUX') && isFiniteVerb(doc.tokens[y])) return undefined;
  }
  return verb;
}

/**
 * The introductory phrase [from, to) opens with a preposition, a subordinator or an -ing form, holds
 * no finite verb or relative word of its own, and does not end in a name: "In 1921 Henry Morton,
 * baker and grocer, became …" and "Then Budi Santoso, the goalkeeper, left …" carry their subject in
 * the opening segment, and the comma after it opens an appositive.
 */
export function introductory(doc: AnalysedDocument, from: number, to: number): boolean {
  if (to - from < 1) return false;
  const first = doc.tokens[from]!;
  if (first.pos !== 'ADP' && first.pos !== 'SCONJ' && !(first.pos === 'VERB' && first.lower.endsWith('ing'))) return false;
  for (let x = from + 1; x < to; x++) {
    const t = doc.tokens[x]!;
    if (t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ' || t.lower === 'that' || isFiniteVerb(t)) return false;
  }
  const last = doc.tokens[to - 1]!;
  return last.pos !== 'PROPN' || CALENDAR.test(last.text);
}

/** Months and weekdays: a name that ends an introductory phrase of time ("In March, …"), not a subject. */
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "In March, the Health Office and the Education Office (Disdik), held a meeting",
 * "He said that the storm that hit the coast of Maluku, damaged 60 boats": a plain noun
 * phrase opens the clause (after the sentence start, an introductory phrase and its comma, or a
 * "that" after a verb), runs to a comma, and a finite verb with its complement follows. English
 * never separates them; an appositive or parenthesis closed by a second comma is a different shape
 * and stays silent.
 */
export function nounPhraseSubjectComma(doc: AnalysedDocument, s: Sentence, commas: readonly number[], out: FindingDraft[]): void {
  for (const k of commas) {
    const comma = doc.tokens[k]!;
    if (comma.spaceBefore || k - s.tokenStart < 2) continue;
    // Where the subject may start: after the previous comma (an introductory phrase before it), at
    // the sentence start, or after "that" following a verb.
    const starts: number[] = [];
    let prevComma = -1;
    for (const c of commas) if (c < k && c >= s.tokenStart) prevComma = c;
    if (prevComma >= 0) {
      // Exactly one comma before: the introductory phrase [s.tokenStart, prevComma).
      const earlier = commas.filter((c) => c >= s.tokenStart && c < prevComma).length;
      // The subject after it opens with "the" ("…, the ministry and the agency, held"): a bare noun
      // or a possessive there is an appositive of what the opening named ("…, the mayor's oldest friend, came").
      if (earlier === 0 && introductory(doc, s.tokenStart, prevComma) && doc.tokens[prevComma + 1]!.lower === 'the') starts.push(prevComma + 1);
      // A lone sentence adverb ("Meanwhile, the central bank's rate today, recorded …") holds no subject, so
      // any noun phrase after it is the clause's subject.
      else if (earlier === 0 && prevComma === s.tokenStart + 1 && doc.tokens[s.tokenStart]!.pos === 'ADV' && LOWER_WORD.test(doc.tokens[s.tokenStart]!.text.toLowerCase())) starts.push(prevComma + 1);
    } else {
      starts.push(s.tokenStart);
      for (let x = s.tokenStart + 1; x < k - 1; x++) {
        const t = doc.tokens[x]!;
        if (t.lower === 'that' && t.pos === 'SCONJ' && doc.tokens[x - 1]!.pos === 'VERB') {
          starts.push(x + 1);
          break;
        }
      }
    }
    for (const from of starts) {
      const np = nounPhraseEnd(doc, from, k);
      if (!np || np.end !== k) continue;
      // A single word ("Smith, …", "Ironically, …") is too weak a sign of a subject; names are the
      // name-subject check's, unless the phrase is a compound or holds a relative clause.
      if (k - from < 2) continue;
      const last = doc.tokens[k - 1]!;
      if (!np.relative && last.text !== ')' && (doc.tokens[np.head]!.pos !== 'NOUN' || !LOWER_WORD.test(doc.tokens[np.head]!.text))) {
        // A proper-name head needs a coordination ("X and the Y") to be told from a name subject.
        let coordinated = false;
        for (let x = from; x < k; x++) if (doc.tokens[x]!.lower === 'and') coordinated = true;
        if (!coordinated) continue;
      }
      if (doc.inQuote(comma.start)) continue;
      // "The envoy of course, will …": a sentence adverb closes the phrase, not a subject.
      if (doc.tokens[k - 1]!.lower === 'course' && doc.tokens[k - 2]!.lower === 'of') continue;
      const verb = clauseVerbAfter(doc, s, k + 1);
      if (!verb) continue;
      let w = k - 1;
      while (w > from && !doc.tokens[w]!.spaceBefore) w--;
      const start = doc.tokens[w]!.start;
      out.push({
        start,
        end: verb.end,
        message: `Comma between the subject ("${doc.text.slice(doc.tokens[from]!.start, last.end)}") and its verb "${verb.text}": English does not separate them.`,
        suggestions: [`${doc.text.slice(start, last.end)} ${verb.text}`],
        confidence: 0.65,
        note: 'Indonesian marks the end of a long subject with a pause; English sets no comma between a subject and its verb unless a second comma closes an inserted phrase.',
        fixable: true,
      });
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A comma between a bare title and the name

/** Organisation nouns that stand before a company or agency name like a title ("oil company PT …"). */
const ORGANISATION_HEADS = new Set([
  'company', 'firm', 'corporation', 'agency', 'bank', 'lender', 'insurer', 'airline', 'carrier', 'operator', 'producer', 'maker',
  'manufacturer', 'developer', 'miner', 'retailer', 'distributor', 'startup', 'enterprise', 'conglomerate', 'institution', 'foundation',
]);

/**
 * "… of labour activist, Dewi Lestari.", "State shipping company, PT Laut Biru bought …": a singular
 * person or organisation noun without a determiner, used as a title before a name, and a comma
 * between them. English writes a bare title straight before the name ("labour activist Dewi
 * Lestari"); with a comma the noun needs "the"/"a" and a closing comma ("the activist, Dewi,").
 * Silent when a determiner or possessive opens the phrase, when a comma closes the name, and for an
 * introductory "As chairman, Smith …".
 */
export function bareTitleComma(doc: AnalysedDocument, s: Sentence, commas: readonly number[], out: FindingDraft[]): void {
  for (const k of commas) {
    if (k - 1 < s.tokenStart || k + 2 >= s.tokenEnd) continue;
    const head = doc.tokens[k - 1]!;
    if (head.type !== 'word' || head.pos !== 'NOUN' || !LOWER_WORD.test(head.text) || doc.tokens[k]!.spaceBefore) continue;
    const person = cueForLower(head)?.personNoun === true;
    if (!person && !ORGANISATION_HEADS.has(head.lower)) continue;
    // The name: one to four capitalised words (initials and "PT" included), then the sentence end
    // or a finite verb: not a closing comma.
    let n = k + 1;
    while (n < s.tokenEnd && n < k + 5 && doc.tokens[n]!.type === 'word' && UPPER_START.test(doc.tokens[n]!.text) && doc.tokens[n]!.pos === 'PROPN') n++;
    if (n === k + 1 || n >= s.tokenEnd) continue;
    if (n - (k + 1) < 2 && !person) continue;
    const after = doc.tokens[n]!;
    const ends = n === s.tokenEnd - 1 && (after.text === '.' || after.text === ';');
    const verb = !ends && LOWER_WORD.test(after.text) && (after.pos === 'AUX' || isFiniteVerb(after));
    if (!ends && !verb) continue;
    // Walk back over the title's modifiers to what opens it.
    let b = k - 2;
    let modifiers = 0;
    while (b >= s.tokenStart) {
      const t = doc.tokens[b]!;
      const modifier =
        (t.type === 'word' && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN')) ||
        (t.text === '-' && !t.spaceBefore) ||
        (t.lower === 'and' && b > s.tokenStart && doc.tokens[b - 1]!.pos === 'NOUN') ||
        (t.pos === 'VERB' && t.lower.endsWith('ed') && b > s.tokenStart && UPPER_START.test(doc.tokens[b - 1]!.text)) ||
        // A gerund used as a noun: "shipping company", "mining firm".
        (t.pos === 'VERB' && t.lower.endsWith('ing') && doc.tokens[b + 1]!.pos === 'NOUN');
      if (!modifier) break;
      modifiers++;
      b--;
    }
    let opens: boolean;
    // At the sentence start the title needs a noun among its modifiers ("Rights activist, …", "Oil
    // company, …"), never an adjective alone ("Fine lad, Budi thought, …").
    let nounModifier = false;
    for (let x = b + 1; x < k - 1; x++) if (doc.tokens[x]!.pos === 'NOUN' || doc.tokens[x]!.pos === 'PROPN') nounModifier = true;
    if (b < s.tokenStart) opens = nounModifier && doc.tokens[n + 1]?.text !== ',';
    else {
      const t = doc.tokens[b]!;
      // Mid-sentence after a preposition ("of labour activist, …"), never the introductory "As chairman, …";
      // a word tagged as a preposition right after a determiner is the title's adjective ("As a near
      // neighbour, Australia has …"), and the determiner makes the phrase no bare title.
      const afterDeterminer = b > s.tokenStart && doc.tokens[b - 1]!.pos === 'DET';
      opens = (t.pos === 'ADP' && t.lower !== 'as' && b > s.tokenStart && t.type === 'word' && !afterDeterminer) || (DASHES.has(t.text) && t.spaceBefore);
    }
    if (!opens || doc.inQuote(head.start)) continue;
    // Only the sentence end after a person's name: a verb after it may be the clause's own.
    if (ends && !person) continue;
    const first = doc.tokens[k + 1]!;
    out.push({
      // Before a verb the comma cuts subject from verb; before the sentence end some older English
      // styles still write it ("according to interior consultant, John Smith"): a note there.
      ...(ends ? { severity: 'info' as const } : {}),
      start: head.start,
      end: first.end,
      message: `Comma between the title "${head.text}" and the name it stands before: a bare title runs straight into the name ("${head.text} ${doc.text.slice(first.start, doc.tokens[n - 1]!.end)}").`,
      suggestions: [`${head.text} ${first.text}`],
      confidence: 0.65,
      note: 'Indonesian separates a title from the name with a comma ("aktivis buruh, Dewi Lestari"); English writes a title without a determiner directly before the name.',
      fixable: true,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// A dash opening a paragraph

/**
 * "– In the first week of June, the police …": a prose paragraph that opens with a dash, left
 * behind when the dateline before it ("JAKARTA –") was dropped. A single such paragraph in the text
 * (several are a list or dialogue) with a sentence of eight words or more after the dash.
 */
export function strayOpeningDash(doc: AnalysedDocument): FindingDraft[] {
  let found: FindingDraft | undefined;
  let count = 0;
  for (const p of doc.paragraphs) {
    const s = doc.sentences[p.sentenceStart];
    if (!s) continue;
    const dash = doc.tokens[s.tokenStart]!;
    if (!DASHES.has(dash.text) && !/^[-\u2013\u2014]$/.test(doc.text.slice(p.start, p.start + 1))) continue;
    count++;
    if (count > 1) return [];
    if (!DASHES.has(dash.text) || dash.start !== p.start) continue;
    const next = doc.tokens[s.tokenStart + 1];
    // "- The fire …" or, glued, "-The fire …".
    if (!next || next.type !== 'word' || !UPPER_START.test(next.text)) continue;
    let words = 0;
    for (let x = s.tokenStart + 1; x < s.tokenEnd; x++) if (doc.tokens[x]!.type === 'word') words++;
    const last = doc.tokens[s.tokenEnd - 1]!;
    if (words < 8 || (last.text !== '.' && last.text !== '"' && last.text !== '\u201D')) continue;
    found = {
      start: dash.start,
      end: next.start,
      message: 'The paragraph opens with a dash, left over from a dropped dateline: remove it.',
      suggestions: [''],
      confidence: 0.6,
      note: 'Wire copy opens with "CITY – …"; when the dateline is cut, the dash stays behind.',
      fixable: true,
    };
  }
  return found ? [found] : [];
}

/** The comma-and-clause checks above, one sentence at a time. */
export function clauseCommaChecks(doc: AnalysedDocument, commas: readonly number[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  let c = 0;
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    while (c < commas.length && commas[c]! < s.tokenStart) c++;
    let e = c;
    while (e < commas.length && commas[e]! < s.tokenEnd) e++;
    if (e === c) continue;
    pronounSubjectComma(doc, s, out);
    const here = commas.slice(c, e);
    nounPhraseSubjectComma(doc, s, here, out);
    bareTitleComma(doc, s, here, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A place's region set off by a comma never closed before the verb

const COMPASS = new Set(['North', 'South', 'East', 'West', 'Central', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
const PLACE_UNITS = new Set(['Province', 'Regency', 'City', 'District']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'of']);
const FINITE_AUX = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'must', 'may', 'might', 'should', 'shall', 'does', 'did']);
const CAPITAL_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
/** Capitalised words that open an introductory phrase, not a name: "In", "At", "Furthermore". */
const OPENER_TAGS = new Set(['ADP', 'SCONJ', 'ADV', 'PRON', 'CCONJ']);

/** A place name: a place cue ("West Sumatra", "Jakarta"), or a compass word before one ("South Jakarta"). */
function placeName(words: readonly string[]): boolean {
  const name = words.join(' ');
  if (cueFor(name)?.place === true) return true;
  return words.length >= 2 && COMPASS.has(words[0]!) && cueFor(words.slice(1).join(' '))?.place === true;
}

function finiteAt(t: Token | undefined): boolean {
  return t !== undefined && LOWER_WORD.test(t.text) && ((t.pos === 'AUX' && FINITE_AUX.has(t.lower)) || isFiniteVerb(t));
}

/**
 * "The Government of Agam Regency, West Sumatra intensified …", "The landslide in Cimanggung
 * District, Sumedang Regency, West Java occurred …": a place is followed by a comma and the region
 * it lies in, and the sentence's verb comes straight after the region. English sets the region off
 * with two commas ("Agam Regency, West Sumatra, intensified"); Indonesian writes one ("Pemkab Agam,
 * Sumatera Barat menggencarkan …"). The subject must open the sentence (or the lead after a
 * dateline's dash), possibly as a noun with a place phrase ("Community activities in Baturaja
 * City, …"); an introductory phrase ("In Bandung, West Java has …", "Furthermore, in Afghanistan,
 * Indonesia has …") or a clause before the comma keeps it silent.
 */
export function unclosedPlaceAppositives(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    const commas: number[] = [];
    for (let x = s.tokenStart; x < s.tokenEnd; x++) if (doc.tokens[x]!.text === ',') commas.push(x);
    if (commas.length > 0) unclosedPlaceAppositive(doc, s, commas, out);
  }
  return out;
}

/**
 * One sentence of unclosedPlaceAppositives. The title-case filter of the other comma checks is not
 * applied: a lead heavy with names ("… - The Government of Agam Regency, West Sumatra intensified
 * …") reads as title case, and the lower-case finite verb required here never stands in a headline.
 */
function unclosedPlaceAppositive(doc: AnalysedDocument, s: Sentence, commas: readonly number[], out: FindingDraft[]): void {
  // The lead after a dateline's dash ("LUBUKBASUNG (ANTARA) - The Government of …").
  let from = s.tokenStart;
  for (let x = s.tokenStart; x < Math.min(s.tokenEnd, s.tokenStart + 14); x++) {
    const t = doc.tokens[x]!;
    if ((DASHES.has(t.text) || t.text === '--') && t.spaceBefore) {
      from = x + 1;
      while (from < s.tokenEnd && (DASHES.has(doc.tokens[from]!.text) || doc.tokens[from]!.text === '--')) from++;
      break;
    }
  }
  for (const x of commas) {
    if (x <= from + 1) continue;
    const comma = doc.tokens[x]!;
    const prev = doc.tokens[x - 1]!;
    if (comma.spaceBefore || !CAPITAL_WORD.test(prev.text) || doc.inQuote(comma.start)) continue;
    // The region: one to three capitalised words, optionally "Province", then a finite verb.
    let r = x + 1;
    while (r < s.tokenEnd && r < x + 4 && CAPITAL_WORD.test(doc.tokens[r]!.text) && doc.tokens[r]!.spaceBefore && !PLACE_UNITS.has(doc.tokens[r]!.text)) r++;
    if (r === x + 1) continue;
    const words = doc.tokens.slice(x + 1, r).map((t) => t.text);
    if (!placeName(words)) continue;
    if (doc.tokens[r]?.text === 'Province') r++;
    const verb = doc.tokens[r];
    if (!finiteAt(verb) || !verb!.spaceBefore) continue;
    // Back over the place and its host: capitalised words, "of", "the", earlier "Place, Place" commas.
    let b = x - 1;
    while (b > from && ((CAPITAL_WORD.test(doc.tokens[b - 1]!.text) && !OPENER_TAGS.has(doc.tokens[b - 1]!.pos)) || ['of', 'the', 'The'].includes(doc.tokens[b - 1]!.text) || (doc.tokens[b - 1]!.text === ',' && CAPITAL_WORD.test(doc.tokens[b - 2]?.text ?? '')))) b--;
    const before = doc.tokens[b - 1];
    // "Indonesia, Malaysia signed …": two places opening the sentence are a list missing its "and".
    if (b === from && placeName(doc.tokens.slice(b, x).map((t) => t.text))) continue;
    if (b > from) {
      // A place phrase inside the subject: "activities in Baturaja City, …", never the sentence's opener.
      if (!before || !PLACE_PREPOSITIONS.has(before.lower) || b - 1 === from) continue;
      let plain = true;
      for (let y = from; y < b - 1; y++) {
        const u = doc.tokens[y]!;
        if (u.text === ',' || finiteAt(u) || OPEN_QUOTES.has(u.text) || u.text === '\u201D') plain = false;
      }
      const first = doc.tokens[from]!;
      if (!plain || first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV' || first.pos === 'PRON') continue;
    }
    const region = doc.text.slice(doc.tokens[x + 1]!.start, doc.tokens[r - 1]!.end);
    out.push({
      start: doc.tokens[x + 1]!.start,
      end: verb!.end,
      message: `The region "${region}" is set off by a comma that is never closed: close it before the verb ("${region}, ${verb!.text}").`,
      suggestions: [`${region}, ${verb!.text}`],
      confidence: 0.65,
      note: 'Indonesian sets the province after the place with one comma ("Kabupaten Agam, Sumatera Barat menggencarkan …"); English brackets it with two.',
      fixable: true,
    });
  }
}
