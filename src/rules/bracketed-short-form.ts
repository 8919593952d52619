/**
 * An Indonesian short form in brackets after the English name it abbreviates: "Deputy Regent (Wabub)",
 * "the Joint Farmers Group (Gapoktan)", "the watershed (DAS)", "the crime scene (TKP)", "middle officers
 * (pamen)". Indonesian English pages translate the name and copy the Indonesian acronym after it, as
 * the source wrote "Wakil Bupati (Wabub)"; the English reader gets nothing from letters that spell
 * Indonesian words. No list is needed: an English acronym spells the initials of the English words
 * before it (Narcotics Crime Investigation Department (NCID), Organization of Islamic Cooperation
 * (OIC)), an Indonesian one does not.
 *
 * Precision first, and only a hint (info):
 *  - only in an article about Indonesia;
 *  - the two words before the bracket must be English (a person's name before initials or a nickname,
 *    "Basuki Tjahaja Purnama (Ahok)", is not an English name), and not a person ("the suspect (MS)")
 *    or a company, party or medium, whose own name English keeps ("the state oil company (Pertamina)");
 *  - the letters must not be the initials of those words, in order (English acronyms, however formed);
 *  - acronyms of the acronym lexicon and words of the word lexicon are those rules' business;
 *  - an English word in brackets ("(sic)", "(IT)") is English; capitals of three letters or more are
 *    an acronym even when they spell a word ("the watershed (DAS)").
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { isEnglishWord } from '../lexicons/indonesian-morphology.js';
import { outletNamesInCapitals } from '../lexicons/news-outlets.js';
import type { FindingDraft } from './types.js';

/** Words for people: letters in brackets after them are initials ("the suspect (MS)"). */
const PERSON_NOUNS = new Set([
  'suspect', 'suspects', 'perpetrator', 'perpetrators', 'victim', 'victims', 'man', 'woman', 'men', 'women', 'boy', 'girl',
  'resident', 'residents', 'driver', 'initial', 'initials', 'named', 'identified', 'alias', 'teenager', 'student', 'child',
  'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'employee', 'worker', 'witness', 'defendant',
  'convict', 'inmate', 'courier', 'dealer', 'official', 'officer', 'person', 'people', 'individual', 'citizen', 'patient',
  'player', 'players', 'fans', 'supporters', 'coach', 'athlete', 'athletes', 'singer', 'actor', 'actress',
]);

/** Heads of company and media names: their own names stay in brackets in English too ("the state oil company (Pertamina)"). */
const COMPANY_HEADS = new Set([
  'company', 'companies', 'firm', 'airline', 'enterprise', 'corporation', 'operator', 'platform', 'app', 'application', 'brand',
  'daily', 'newspaper', 'magazine', 'portal', 'outlet', 'website', 'bank', 'insurer', 'carrier', 'utility', 'conglomerate',
  'party', 'team', 'club', 'band',
  // Markets: tickers and index codes are their own names ("the Strait Times Index (SGX)").
  'index', 'exchange', 'composite', 'market', 'bourse', 'stock', 'stocks', 'shares', 'bond', 'bonds', 'fund',
]);

/**
 * Heads of capitalised organisation names. English-language news, native outlets included, keeps the
 * Indonesian acronym of a body it names ("the Islamic Defenders Front (FPI)"), as it keeps KPK; the
 * hint is for titles, terms and common nouns ("Deputy Regent (Wabub)", "the crime scene (TKP)").
 */
const ORGANISATION_HEADS = new Set([
  'front', 'center', 'centre', 'agency', 'commission', 'council', 'movement', 'institute', 'board', 'office', 'ministry',
  'directorate', 'service', 'foundation', 'association', 'union', 'federation', 'bureau', 'authority', 'court', 'police',
  'army', 'navy', 'force', 'forces', 'command', 'unit', 'detachment', 'corps', 'group', 'organisation', 'organization',
  'mitigation', 'management', 'house', 'assembly', 'alliance', 'network', 'coalition', 'society', 'committee',
  'body', 'division', 'department', 'secretariat', 'university', 'school', 'hospital', 'program', 'programme', 'fund',
]);

/** Small words an acronym may skip ("Organization of Islamic Cooperation" → OIC). */
const SKIPPABLE = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'at', 'a', 'an', '&']);

const ALL_CAPS = /^[A-Z]{2,6}$/;
/**
 * A blend: a capital and lower-case letters ending in a consonant (Wabub, Gapoktan, Kementan). Blends
 * clip closed syllables; a bracketed word ending in a vowel is far more often a place (Ilaga, Wamena).
 */
const BLEND = /^[A-Z][a-z]{2,10}[b-df-hj-np-tv-z]$/;
/** A lower-case term (pamen). */
const LOWER = /^[a-z]{4,12}$/;
const LETTER = /\p{L}/u;

const CAPITALISED = /^\p{Lu}/u;

/**
 * The name right before the bracket, in the same sentence: a run of capitalised words (with the small
 * words inside it, "Organization of Islamic Cooperation") when the word before the bracket is
 * capitalised, else the lower-case words back to a capitalised word or punctuation ("the crime scene").
 */
function nameBefore(doc: AnalysedDocument, open: Token): Token[] {
  const out: Token[] = [];
  const last = doc.tokens[open.i - 1];
  if (!last || last.sentence !== open.sentence) return out;
  const capitalised = CAPITALISED.test(last.text);
  for (let k = open.i - 1; k >= 0 && out.length < 8; k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== open.sentence) break;
    if (t.type !== 'word' || !LETTER.test(t.text)) {
      // A hyphen inside a compound ("Anti-Corruption") is part of the name, and so is the ampersand
      // of a capitalised company name ("Freeport-McMoRan Copper & Gold").
      if (t.text === '-' && !t.spaceBefore) continue;
      if (t.text === '&' && capitalised && out.length > 0) {
        out.unshift(t);
        continue;
      }
      break;
    }
    // A capitalised name runs over its small words ("Organization of Islamic Cooperation"); a
    // lower-case one too ("sahur on the road (SOTR)"), up to a capitalised word.
    if (capitalised ? !CAPITALISED.test(t.text) && !SKIPPABLE.has(t.lower) : CAPITALISED.test(t.text)) break;
    out.unshift(t);
  }
  // Small words at the left edge belong to the sentence, not the name ("and the Islamic …").
  while (out.length > 0 && SKIPPABLE.has(out[0]!.lower)) out.shift();
  return out;
}

/** Whether the letters spell, in order, initials of the words (a subsequence, small words optional). */
function spellsInitials(letters: string, words: readonly Token[]): boolean {
  const initials = words.map((w) => w.text[0]!.toUpperCase());
  let k = 0;
  for (const c of letters.toUpperCase()) {
    while (k < initials.length && initials[k] !== c) k++;
    if (k === initials.length) return false;
    k++;
  }
  return true;
}

/**
 * Capitals whose letters but the last are the initials of the lower-case words right before the
 * bracket: "a light rail (LRT) line", "the mass rapid (MRT) system" — an English acronym whose last
 * word (transit) the writer leaves out of the name.
 */
function headLeftOut(letters: string, words: readonly Token[]): boolean {
  const n = letters.length - 1;
  if (n < 2 || words.length < n) return false;
  const last = words.slice(-n);
  // Lower-case words only: a capitalised name ("Mayapada Hospital of Bandung (MHBD)") is given in
  // full by its writer, and letters beyond its initials are no left-out English head.
  return last.every((w, k) => w.text === w.lower && w.text[0]!.toUpperCase() === letters[k]!.toUpperCase());
}

/**
 * Capitals that abbreviate one compound word by letters inside it, the first letter first: "gigawatt
 * (GW)", "kilowatt-hour (KWH)", "television (TV)". An Indonesian acronym after one English word
 * ("the watershed (DAS)") does not.
 */
function abbreviatesWord(letters: string, words: readonly Token[]): boolean {
  if (words.length !== 1) return false;
  const w = words[0]!.lower;
  const l = letters.toLowerCase();
  if (w[0] !== l[0]) return false;
  let k = 1;
  for (const c of l.slice(1)) {
    k = w.indexOf(c, k);
    if (k < 0) return false;
    k++;
  }
  return true;
}

/**
 * Findings for Indonesian short forms in brackets after an English name. `known` says whether another
 * rule's lexicon already covers the form (it then reports it itself).
 */
export function bracketedShortForms(doc: AnalysedDocument, indonesian: () => boolean, known: (form: string) => boolean): FindingDraft[] {
  const out: FindingDraft[] = [];
  const seen = new Set<string>();
  for (const open of doc.tokens) {
    if (open.text !== '(') continue;
    const x = doc.tokens[open.i + 1];
    const close = doc.tokens[open.i + 2];
    if (!x || !close || close.text !== ')' || x.sentence !== open.sentence || x.type !== 'word') continue;
    const form = x.text;
    const caps = ALL_CAPS.test(form);
    if (!caps && !BLEND.test(form) && !LOWER.test(form)) continue;
    // Capitals of three letters or more are an acronym whatever word they also spell ("DAS", watershed).
    if (seen.has(form) || known(form) || outletNamesInCapitals().has(form.toUpperCase()) || ((!caps || form.length < 3) && isEnglishWord(form.toLowerCase()))) continue;
    const name = nameBefore(doc, open);
    const content = name.filter((w) => !SKIPPABLE.has(w.lower));
    if (content.length === 0) continue;
    // The head of the name (its last two words) must be English, and not a person or a company.
    const head = content.slice(-2);
    if (!head.every((w) => isEnglishWord(w.lower) && !PERSON_NOUNS.has(w.lower) && !COMPANY_HEADS.has(w.lower))) continue;
    // A capitalised organisation's acronym is one English news keeps, like KPK.
    if (CAPITALISED.test(head[head.length - 1]!.text) && ORGANISATION_HEADS.has(head[head.length - 1]!.lower)) continue;
    // Capitals that spell the initials of the words before them are an English acronym, however formed.
    if (caps && (spellsInitials(form, name) || abbreviatesWord(form, content) || headLeftOut(form, content))) continue;
    // "Freeport-McMoRan Copper & Gold (FCX)": a company's name (an ampersand joins it) is followed by
    // its own ticker or short form, which English keeps.
    if (name.some((w) => w.text === '&')) continue;
    if (!indonesian()) return [];
    seen.add(form);
    const english = doc.text.slice(name[0]!.start, name[name.length - 1]!.end);
    out.push({
      start: x.start,
      end: x.end,
      message: caps
        ? `"${form}" does not abbreviate "${english}": it is the Indonesian acronym, copied after the translated words. Unless the article uses it again as a name, drop it, or give the English acronym if there is one.`
        : `"${form}" is the Indonesian ${LOWER.test(form) ? 'term' : 'short form'} for "${english}", copied after the translation; unless the article uses it again, drop it.`,
      suggestions: [],
      confidence: 0.35,
      severity: 'info',
      note: 'Indonesian writes a name once in full and then its acronym or syllable blend in brackets; translated, the name becomes English and the bracket keeps the Indonesian letters.',
    });
  }
  return out;
}
