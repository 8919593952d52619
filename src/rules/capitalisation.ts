/**
 * Capitalisation slips the spelling rule reports (issue 10, item 4): an ordinary word written with
 * a capital inside a sentence. Indonesian capitalises nouns of office, institutions and amounts in
 * running text more freely than English news ("Pemerintah", "Rupiah", "12,1 Juta Remaja"), and a
 * machine translation keeps the capital. A capitalised word inside a sentence is usually a name,
 * so only these narrow shapes are reported, each outside a title-case headline:
 *
 * 1. A number word after a number or an amount ("12.1 Million Young Women", "Rp1 Trillion"): always
 *    lower case in English; the capitalised common nouns that follow it are lower-cased with it. A
 *    unit symbol after a number ("3 Kg", "12 Km") is lower case too.
 * 2. A currency named in running text ("the weakening Indonesian Rupiah", "against the US Dollar"):
 *    English writes rupiah, dollar, ringgit, yuan, baht, peso and rupee in lower case. A capital
 *    word after it ("Dollar General", "Rupiah Index") makes it part of a name, which stays silent,
 *    and so does a courtesy title or a branch of Taiwan's government before it ("Mr Yuan", "the
 *    Legislative Yuan").
 * 3. A capitalised word right after a comma inside a sentence, before a lower-case word: a
 *    function word ("…, The police said") or a common noun the dictionary has only in lower case
 *    before a verb ("…, Data recorded"): the translator started a new sentence where English keeps
 *    one. Titles before a name ("…, Head of …", "…, Minister Budi") are followed by "of" or a
 *    capital and stay silent.
 * 4. "the Police" standing alone (not before a capitalised word: "the Police Chief" is a title; nor
 *    before "of": "the Police of the Republic of Indonesia" is the force's name): English news writes
 *    police in lower case. Severity info: the force's own English releases capitalise it as an
 *    institution's name throughout, a house style an editor may keep. ("the Government" is left
 *    alone: American and British papers long capitalised it, and Brown's 1961 press does.)
 * 5. "Waters" after a place name ("in Natuna Waters", Indonesian "perairan Natuna"): English
 *    writes "the Natuna waters".
 * 6. A bare capitalised plural of common nouns after a lower-case verb or preposition ("had set up
 *    Emergency Schools", "the construction of Toll Roads", Indonesian "Sekolah Darurat", "Jalan
 *    Tol") that the same text also writes in lower case ("an emergency school"): the translation
 *    kept the source's capitals on a programme's or a thing's everyday name. Every word must be a
 *    dictionary word in lower case only; a determiner before it ("the Advisory Boards"), a capital,
 *    number, bracket or "of" after it (a longer name, an acronym's expansion), a word that brings in
 *    a title ("concerning Civil Servants", a law's name; "titled", "called") and a title of a work
 *    (the phrase also stands after a possessive, "Pip's great expectations") keep it silent.
 * 8. An indefinite article before a capitalised run of common nouns whose head is an event or a
 *    document ("in a Media Gathering entitled …", "submit an Oral Statement", "gave a Testimony",
 *    Indonesian "Rapat Koordinasi", "Pernyataan Lisan"): "a" makes it one of many, not a name, and
 *    English writes it in lower case. Silent before a capital, a number, a bracket, a hyphen or
 *    "of" ("a Decree of the Minister …", a title), and when a word of the run is no lower-case-only
 *    dictionary word ("a World Trade Conference").
 * 9. A capitalised preposition, conjunction or time word right after a reporting verb, before a
 *    lower-case word ("…," Jokowi said During the National Family Day event"): English continues
 *    the sentence in lower case. Not at a quotation's start.
 * 7. "the Head of State" standing for the president (Indonesian "Kepala Negara", the press's
 *    epithet for the president): English writes "the head of state", or the president's title. Not
 *    before a capital ("the Head of State Visit Committee") nor a second "of".
 */
import { outletNamesInCapitals } from '../lexicons/news-outlets.js';
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { hasExactly, isEnglishWord } from '../lexicons/english-words.js';
import { sentenceInitial, titleCase } from '../lexicons/indonesian.js';
import type { FindingDraft } from './types.js';
import { isCapitalisedWord, startsLower } from './word-shape.js';
import { gazetteer, normaliseName } from '../people/gazetteer.js';

const NUMBER_WORDS = new Set(['Million', 'Billion', 'Trillion', 'Thousand', 'Hundred', 'Millions', 'Billions', 'Thousands', 'Hundreds']);
const CURRENCIES = new Set(['Rupiah', 'Dollar', 'Dollars', 'Ringgit', 'Yuan', 'Baht', 'Peso', 'Pesos', 'Rupee', 'Rupees']);
const INSTITUTIONS = new Set(['Police']);
/**
 * Unit symbols Indonesian copy capitalises after a number ("elpiji 3 Kg", "12 Km"), with their
 * English form. Only shapes no English text uses for anything else after a number: "KM" could be a
 * kilometre post's name, but "KM 12" puts the number after it and stays silent.
 */
const CAPITALISED_UNITS = new Map([
  ['Kg', 'kg'], ['KG', 'kg'], ['Kgs', 'kg'], ['Km', 'km'], ['KM', 'km'], ['Kms', 'km'], ['Kwh', 'kWh'], ['KWH', 'kWh'], ['KWh', 'kWh'],
]);
/** A number, or an amount with its currency glued on ("Rp1", "IDR5", "US$3"). */
function amountBefore(t: Token): boolean {
  return t.type === 'number' || /^(?:Rp\.?|IDR|US\$|S\$|A\$|\$)\d[\d.,]*$/u.test(t.text);
}
/**
 * Words before a currency word that make it a name: a courtesy title before a surname ("Mr Yuan",
 * "Dr Peso") and the five branches of Taiwan's government ("the Legislative Yuan", "the Executive
 * Yuan").
 */
const NAME_BEFORE_CURRENCY = new Set([
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Professor', 'Madam', 'Madame', 'Sir',
  'Legislative', 'Executive', 'Judicial', 'Control', 'Examination',
]);
const PLACE_NOUN_BEFORE = new Set(['in', 'into', 'around', 'across', 'within', 'off', 'the']);

/** Function words that never start a name after a comma. */
const FUNCTION_OPENERS = new Set([
  'the', 'this', 'these', 'those', 'it', 'they', 'he', 'she', 'we', 'there', 'its', 'their', 'his', 'our',
  'in', 'on', 'at', 'for', 'with', 'from', 'and', 'but', 'or', 'so', 'while', 'which', 'who', 'when', 'where', 'because',
  'although', 'then', 'however', 'according', 'since', 'if', 'some', 'many', 'most', 'both', 'each', 'every', 'an',
]);

const VERB_TAGS = new Set(['VERB', 'AUX']);

/**
 * Item 9: a capitalised preposition or conjunction right after a reporting verb, inside a sentence
 * ("…," Jokowi said During the event"): the translator's new clause kept a sentence's capital.
 */
const REPORTING_VERBS = new Set(['said', 'says', 'stated', 'explained', 'added', 'continued', 'concluded', 'revealed', 'stressed', 'emphasised', 'emphasized', 'noted', 'conveyed', 'asserted', 'admitted']);
const ADVERBIAL_OPENERS = new Set(['During', 'In', 'On', 'At', 'When', 'After', 'Before', 'While', 'Since', 'Following', 'Upon', 'Until', 'Through', 'Amid', 'Regarding', 'Meanwhile', 'Today', 'Yesterday', 'Last', 'Earlier', 'Later', 'Separately']);

function sameSentence(doc: AnalysedDocument, k: number, s: number): Token | undefined {
  const t = doc.tokens[k];
  return t !== undefined && t.sentence === s ? t : undefined;
}

/** Inside a sentence (not its first word or a clause opened by a quote or colon) and not in a headline. */
function running(doc: AnalysedDocument, t: Token): boolean {
  return t.spaceBefore && !sentenceInitial(doc, t.i) && !titleCase(doc, t.sentence);
}

function lowerFinding(t: Token, end: Token, doc: AnalysedDocument, what: string): FindingDraft {
  const span = doc.text.slice(t.start, end.end);
  const fix = span.replace(/\p{Lu}\p{Ll}+/gu, (w) => w.toLowerCase());
  return {
    start: t.start,
    end: end.end,
    message: `"${span}" is ${what} and written in lower case in English: "${fix}".`,
    suggestions: [fix],
    confidence: 0.7,
    fixable: true,
  };
}

/**
 * "… Village Funds Of Rp. 15 Billion JAKARTA - …": the abbreviation's full stop cut a title-case
 * headline in two, so the number word opens a sentence that is not title case. It continues the
 * headline when the previous sentence is title case and only capitalised words or numbers come
 * before it in its own sentence.
 */
function headlineTail(doc: AnalysedDocument, t: Token): boolean {
  const s = t.sentence;
  if (s === 0 || !titleCase(doc, s - 1)) return false;
  const start = doc.sentences[s]!.tokenStart;
  for (let k = start; k < t.i; k++) {
    const u = doc.tokens[k]!;
    if (u.type === 'word' && !/^\p{Lu}/u.test(u.text)) return false;
  }
  return true;
}

/** The capitalised common nouns and adjectives after a number word ("Million Young Women"). */
function commonRunEnd(doc: AnalysedDocument, from: number, s: number): Token {
  let end = doc.tokens[from]!;
  for (let k = from + 1; k < from + 4; k++) {
    const u = sameSentence(doc, k, s);
    if (!u || !isCapitalisedWord(u.text) || !u.spaceBefore || !hasExactly(u.lower)) break;
    end = u;
  }
  return end;
}

/** The word stands capitalised inside another sentence of the text (not as its first word). */
function capitalisedElsewhere(doc: AnalysedDocument, t: Token): boolean {
  for (const u of doc.tokens) if (u.i !== t.i && u.text === t.text && !sentenceInitial(doc, u.i)) return true;
  return false;
}

/**
 * The word opens a longer capitalised name elsewhere in the text ("Amnesty International said …"
 * then "…, Amnesty says"): the bare word is that name's short form, even where the long one opens
 * a sentence.
 */
function headsNameElsewhere(doc: AnalysedDocument, t: Token): boolean {
  for (const u of doc.tokens) {
    if (u.i === t.i || u.text !== t.text) continue;
    const v = sameSentence(doc, u.i + 1, u.sentence);
    if (v !== undefined && v.spaceBefore && isCapitalisedWord(v.text)) return true;
  }
  return false;
}

/** A word opening in a capital (read only where a branch needs it). */
function capitalWord(u: Token | undefined): boolean {
  return u !== undefined && u.type === 'word' && /^\p{Lu}/u.test(u.text);
}

/** Heads of an event or a document that an indefinite article makes a common noun (shape 8). */
const EVENT_HEADS = new Set([
  'Meeting', 'Gathering', 'Conference', 'Session', 'Statement', 'Visit', 'Hearing', 'Briefing', 'Ceremony', 'Webinar',
  'Discussion', 'Dialogue', 'Seminar', 'Workshop', 'Testimony', 'Decision', 'Letter', 'Instruction', 'Appeal', 'Force',
]);

/** Shape 8: "a Media Gathering", "an Oral Statement". Returns the run's last token, or undefined. */
function indefiniteEventRun(doc: AnalysedDocument, i: number, prev: Token): Token | undefined {
  const { tokens } = doc;
  const s = tokens[i]!.sentence;
  if ((prev.lower !== 'a' && prev.lower !== 'an') || !startsLower(prev.text) || !running(doc, tokens[i]!)) return undefined;
  let j = i;
  for (;;) {
    const u = sameSentence(doc, j + 1, s);
    if (!u || !u.spaceBefore || u.type !== 'word' || !isCapitalisedWord(u.text)) break;
    j++;
  }
  if (j - i > 1) return undefined;
  const run = tokens.slice(i, j + 1);
  const last = run[run.length - 1]!;
  // The modifier may also be a name in the dictionary ("Media", "Limited"): the head decides.
  if (!EVENT_HEADS.has(last.text) || !run.every((u) => isCapitalisedWord(u.text) && hasExactly(u.lower) && !FUNCTION_OPENERS.has(u.lower) && !ARTICLES.has(u.lower))) return undefined;
  const after = sameSentence(doc, j + 1, s);
  // "an Air Force psychiatrist": the run names a lower-case head noun's kind.
  if (after !== undefined && (capitalWord(after) || (startsLower(after.text) && after.pos === 'NOUN') || after.type === 'number' || after.lower === 'of' || after.text === '(' || after.text === '-' || after.text === '\u2019' || after.text === "'")) return undefined;
  return last;
}

/** Words before a bare capitalised plural that make it a determined name or a title. */
const NOT_BEFORE_PLURAL = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'concerning', 'regarding', 'about', 'on', 'titled', 'entitled', 'called', 'named', 'dubbed', 'is', 'are', 'was', 'were',
]);
const ARTICLES = new Set(['a', 'all', 'any', 'no', 'not', 'one', 'to', 'of', 'by', 'as', 'into', 'under', 'over', 'upon', 'after', 'before']);
/** Words joining two parts of one name ("Institute of Interior Designers", "Food, Drugs and Cosmetics"). */
const NAME_LINKS = new Set(['of', 'and', 'for', 'on', 'in', 'to', 'at', '&', 'de']);

/** A lower-case dictionary word whose capitalised form the dictionary does not hold. */
function commonOnly(u: Token): boolean {
  return isCapitalisedWord(u.text) && hasExactly(u.lower) && !hasExactly(u.text);
}

/** The singular of a regular plural the dictionary holds in lower case ("schools" → "school"), or undefined. */
function singularOf(lower: string): string | undefined {
  const st = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : /[^s]s$/.test(lower) ? lower.slice(0, -1) : undefined;
  return st !== undefined && hasExactly(st) ? st : undefined;
}

/**
 * Shape 6: "establishing Emergency Schools" where the text also has "emergency school(s)". Returns
 * the last token of the run, or undefined.
 */
function barePluralRun(doc: AnalysedDocument, i: number, prev: Token, lowerOf: () => string): Token | undefined {
  const { tokens } = doc;
  const s = tokens[i]!.sentence;
  if (prev.type !== 'word' || !startsLower(prev.text) || NOT_BEFORE_PLURAL.has(prev.lower) || !running(doc, tokens[i]!)) return undefined;
  const before = sameSentence(doc, i - 2, s);
  if (NAME_LINKS.has(prev.lower) && capitalWord(before)) return undefined;
  let j = i;
  for (;;) {
    const u = sameSentence(doc, j + 1, s);
    if (!u || !u.spaceBefore || u.type !== 'word' || !isCapitalisedWord(u.text)) break;
    j++;
  }
  if (j === i || j - i > 3) return undefined;
  const run = tokens.slice(i, j + 1);
  if (!run.every((u) => commonOnly(u) && !FUNCTION_OPENERS.has(u.lower) && !ARTICLES.has(u.lower))) return undefined;
  const after = sameSentence(doc, j + 1, s);
  // "Halal Products law": the run names a lower-case head noun's kind, part of a longer name.
  if (after !== undefined && (capitalWord(after) || (startsLower(after.text) && after.pos === 'NOUN') || after.type === 'number' || after.lower === 'of' || after.text === '(' || (after.text === '-' && !after.spaceBefore))) return undefined;
  const last = run[run.length - 1]!;
  const single = singularOf(last.lower);
  if (single === undefined) return undefined;
  const head = run.slice(0, -1).map((u) => u.lower).join(' ');
  const forms = [`${head} ${single}`, `${head} ${last.lower}`];
  const lowerText = lowerOf();
  const at = (f: string): number[] => {
    const found: number[] = [];
    for (let k = lowerText.indexOf(f); k >= 0; k = lowerText.indexOf(f, k + 1)) found.push(k);
    return found;
  };
  let lowerSeen = false;
  for (const f of forms) {
    for (const k of at(f)) {
      const edge = (c: string | undefined): boolean => c === undefined || !/[\p{L}-]/u.test(c);
      if (!edge(doc.text[k - 1]) || !edge(doc.text[k + f.length])) continue;
      const written = doc.text.slice(k, k + f.length);
      if (written === f) {
        // A title of a work: its words after a possessive ("Pip's great expectations").
        if (/['\u2019]s\s$/u.test(doc.text.slice(Math.max(0, k - 3), k))) return undefined;
        lowerSeen = true;
      }
    }
  }
  return lowerSeen ? last : undefined;
}

export function capitalisationSlips(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const { tokens } = doc;
  // The lower-cased text, made only when a bare plural run needs to search it.
  let lowerText: string | undefined;
  const lowerOf = (): string => (lowerText ??= doc.text.toLowerCase());
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The type first (no read of the text's characters for punctuation and numbers); a word
    // opening in an ASCII lower-case letter is passed over before the shape test.
    if (t.type !== 'word') continue;
    const c0 = t.text.charCodeAt(0);
    const unit = c0 === 75 ? CAPITALISED_UNITS.get(t.text) : undefined; // "K"
    if (unit !== undefined) {
      // "3 Kg LPG", "a 12 KM stretch": a unit symbol after a number is lower case in English.
      const prev = sameSentence(doc, i - 1, t.sentence);
      if (prev?.type !== 'number' || !t.spaceBefore || !running(doc, t) || headlineTail(doc, t) || doc.text[t.end] === '-') continue;
      out.push({
        start: t.start,
        end: t.end,
        message: `The unit "${t.text}" is written "${unit}" in English.`,
        suggestions: [unit],
        confidence: 0.7,
        fixable: true,
      });
      continue;
    }
    if (t.text.length < 3 || (c0 >= 97 && c0 <= 122) || !isCapitalisedWord(t.text)) continue;
    const s = t.sentence;
    const prev = sameSentence(doc, i - 1, s);
    const next = sameSentence(doc, i + 1, s);
    if (!prev) continue;
    if (NUMBER_WORDS.has(t.text)) {
      if (!amountBefore(prev) || !running(doc, t) || headlineTail(doc, t)) continue;
      out.push(lowerFinding(t, commonRunEnd(doc, i, s), doc, 'a number word'));
      continue;
    }
    if (CURRENCIES.has(t.text)) {
      // "the Dollar-Britten suite": a hyphenated name.
      if (doc.text[t.end] === '-' || capitalWord(next) || (next !== undefined && next.type === 'number') || !running(doc, t)) continue;
      if (NAME_BEFORE_CURRENCY.has(prev.text) || (prev.text === '.' && NAME_BEFORE_CURRENCY.has(`${sameSentence(doc, i - 2, s)?.text ?? ''}.`))) continue;
      out.push(lowerFinding(t, t, doc, 'the name of a currency'));
      continue;
    }
    if (INSTITUTIONS.has(t.text)) {
      if (prev.lower !== 'the' || capitalWord(next) || next?.lower === 'of' || !running(doc, t)) continue;
      // A note, not a slip: Indonesian police and government releases write "the Police" for the
      // force as an institution throughout (house style, as "the Government" was in 1961 papers),
      // and an editor may keep it; English news lower-cases it.
      out.push({ ...lowerFinding(t, t, doc, 'an ordinary noun here'), severity: 'info', confidence: 0.4 });
      continue;
    }
    if (t.text === 'Waters') {
      const before = sameSentence(doc, i - 2, s);
      if (!before || !PLACE_NOUN_BEFORE.has(before.text) || capitalWord(next) || !isCapitalisedWord(prev.text) || isEnglishWord(prev.lower) || !running(doc, prev)) continue;
      out.push(lowerFinding(t, t, doc, 'an ordinary noun after a place name'));
      continue;
    }
    if (t.text === 'Head' && prev.lower === 'the' && next?.lower === 'of' && sameSentence(doc, i + 2, s)?.text === 'State') {
      const state = tokens[i + 2]!;
      const after = sameSentence(doc, i + 3, s);
      if (running(doc, t) && !capitalWord(after) && after?.lower !== 'of') {
        out.push({
          ...lowerFinding(t, state, doc, 'an ordinary noun phrase here (Indonesian "Kepala Negara", the president)'),
          message: '"Head of State" for the president is written in lower case in English: "head of state" (or name the president).',
          suggestions: ['head of state'],
          confidence: 0.6,
        });
        i += 2;
        continue;
      }
    }
    if (prev.lower === 'a' || prev.lower === 'an') {
      const end = indefiniteEventRun(doc, i, prev);
      if (end !== undefined) {
        out.push({ ...lowerFinding(t, end, doc, 'an ordinary noun phrase after "a"'), confidence: 0.6 });
        i = end.i;
        continue;
      }
    }
    // barePluralRun() returns nothing unless another capitalised word follows (spaced) and no
    // determiner or title word stands before: those cheap tests come before the dictionary's binary
    // search and the run's scan, and most capitalised words after a lower-case word stop at them.
    if (prev.type === 'word' && next !== undefined && next.spaceBefore && next.type === 'word' && startsLower(prev.text) && !NOT_BEFORE_PLURAL.has(prev.lower) && isCapitalisedWord(next.text) && hasExactly(t.lower)) {
      const end = barePluralRun(doc, i, prev, lowerOf);
      if (end !== undefined) {
        out.push({ ...lowerFinding(t, end, doc, 'an everyday name the text also writes in lower case'), confidence: 0.6 });
        i = end.i;
        continue;
      }
    }
    if (prev.text === ',' && next !== undefined && next.type === 'word' && startsLower(next.text) && next.spaceBefore) {
      const before = sameSentence(doc, i - 2, s);
      if (!before || (before.type !== 'word' && before.type !== 'number') || prev.spaceBefore || !t.spaceBefore) continue;
      if (t.text === 'I' || titleCase(doc, s)) continue;
      // "…, Antara reported": a news agency's name keeps its capital (lower-casing it is no fix).
      if (outletNamesInCapitals().has(t.text.toUpperCase())) continue;
      const fn = FUNCTION_OPENERS.has(t.lower);
      const noun = !fn && !hasExactly(t.text) && isEnglishWord(t.lower) && VERB_TAGS.has(next.pos) && !/(?:ed|ing)$/.test(t.lower);
      if (!fn && !noun) continue;
      // A name that is also a word ("Player", "Keys") recurs with its capital inside sentences.
      if (noun && (capitalisedElsewhere(doc, t) || headsNameElsewhere(doc, t))) continue;
      // A given name that is also a word, the subject of its clause ("At 44, Raj feels …", "…, Will said").
      if (noun && gazetteer().givenNames.has(normaliseName(t.text))) continue;
      // A quotation or a list of names ("Bandung, Bogor, Depok") may open with a capital.
      if (doc.quotes.some((q) => q.start <= t.start && t.start <= q.start + 2)) continue;
      out.push({
        start: t.start,
        end: t.end,
        message: `"${t.text}" after a comma continues the sentence: write "${t.lower}" (or end the sentence before it).`,
        suggestions: [t.lower],
        confidence: 0.65,
        fixable: true,
      });
      continue;
    }
    if (prev.type === 'word' && REPORTING_VERBS.has(prev.text) && ADVERBIAL_OPENERS.has(t.text) && next !== undefined && next.type === 'word' && startsLower(next.text) && next.spaceBefore && t.spaceBefore && running(doc, t)) {
      // "…," Jokowi said During the National Family Day event: the adverbial goes on the sentence.
      if (doc.quotes.some((q) => q.start <= t.start && t.start <= q.start + 2)) continue;
      out.push({
        start: t.start,
        end: t.end,
        message: `"${t.text}" after "${prev.text}" continues the sentence: write "${t.lower}".`,
        suggestions: [t.lower],
        confidence: 0.65,
        fixable: true,
      });
    }
  }
  return out;
}
