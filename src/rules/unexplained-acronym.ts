/**
 * An acronym no lexicon lists, which the article never explains: "refugee camps such as RPTRA Triputa",
 * "said at TMPN Jakarta", "optimise SPBKB services". Indonesian copy is dense with the acronyms of local
 * agencies, programmes and places (RPTRA = Ruang Publik Terpadu Ramah Anak, a child-friendly park);
 * translated, the letters reach the English reader as they are, with no English name anywhere. No list
 * of Indonesian acronyms can be complete, so this reads the shape instead: capitals of four to seven
 * letters, unknown to English.
 *
 * Precision first, and only a hint (info):
 *  - only in an article about Indonesia;
 *  - never an acronym English news prints unexplained: a word of the English word lists (NATO, GDP,
 *    CEO), of the fluency model's news vocabulary (Wikinews and Brown), or of
 *    `data/lexicons/english-acronyms.json` (ASEAN, APEC, GAVI); never a news outlet (KOMPAS);
 *  - never one the article explains: in brackets anywhere ("(RPTRA)"), followed by a bracket
 *    ("RPTRA (child-friendly park)"), spelling the initials of the capitalised words before it or of
 *    a capitalised name earlier in the article ("the Indonesia Morowali Industrial Park … IMIP"), or
 *    after a gloss ("a rate known as the FASBI", "called", "dubbed");
 *  - never a dateline or a byline ("BANDA ACEH, KOMPAS.com –", a line in capitals), the first two
 *    words of a paragraph (datelines, companies heading a sentence), a stock ticker ("FMII shares"), a
 *    company's name after PT, a name a noun explains ("the JAKI platform"), or a sentence in capitals;
 *  - acronyms of the acronym lexicon and terms of the word lexicon are those rules' business;
 *  - once per form.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { isEnglishWord } from '../lexicons/english-words.js';
import { loadLexicon } from '../lexicons/load.js';
import { outletNamesInCapitals } from '../lexicons/news-outlets.js';
import { model } from '../lm/load.js';
import type { FindingDraft } from './types.js';

interface EnglishAcronym {
  acronym: string;
  name: string;
}

let known: { acronyms: unknown; outlets: unknown; forms: Set<string> } | undefined;

/** Acronyms English prints as they are, and news outlets' names, in capitals. */
function englishForms(): Set<string> {
  const acronyms = loadLexicon<EnglishAcronym>('english-acronyms');
  const outlets = outletNamesInCapitals();
  if (known?.acronyms !== acronyms || known.outlets !== outlets) {
    const forms = new Set<string>();
    for (const e of acronyms.entries) forms.add(e.acronym);
    // "KOMPAS.COM" credits as "KOMPAS" too.
    for (const n of outlets) forms.add(n.replace(/\..*$/, ''));
    known = { acronyms, outlets, forms };
  }
  return known.forms;
}

const CANDIDATE = /^[A-Z]{4,7}$/;
const DATELINE_MARK = /^(?:[,\u2013\u2014-]|--)$/;

/** Mostly capitals: a headline, a slug or a byline, where every word looks like an acronym. */
function shouting(doc: AnalysedDocument, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  const letters = doc.text.slice(s.start, s.end).replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length >= 12 ? upper / letters.length > 0.6 : upper === letters.length;
}

/** "BANDA ACEH, KOMPAS.com –", "PALU, Indonesia (AP) —": a place in capitals opening the paragraph. */
function dateline(doc: AnalysedDocument, tok: Token): boolean {
  const line = doc.text.lastIndexOf('\n', tok.start - 1) + 1;
  if (tok.start - line > 40) return false;
  const before = doc.text.slice(line, tok.start);
  if (/\p{Ll}{2}/u.test(before.replace(/\b\p{Lu}\p{Ll}+\b/gu, ''))) return false;
  const next = doc.tokens[tok.i + 1];
  return next !== undefined && (DATELINE_MARK.test(next.text) || next.text === '.');
}

/** Among the first two words of its paragraph: a dateline ("DELI SERDANG Directorate …") or a company heading a sentence. */
function paragraphOpening(doc: AnalysedDocument, tok: Token): boolean {
  const line = doc.text.lastIndexOf('\n', tok.start - 1) + 1;
  return !/\s\S+\s/.test(doc.text.slice(line, tok.start + 1).trimStart());
}

/** Nouns after the letters that say what they name: "the JAKI platform", "the SIPP app". */
const NAMING_HEADS = new Set(['platform', 'app', 'application', 'website', 'portal', 'program', 'programme', 'system', 'brand', 'hashtag', 'account']);

/** The letters are the initials, in order, of the capitalised words right before them. */
function spelledBefore(doc: AnalysedDocument, tok: Token, form: string): boolean {
  let initials = '';
  for (let k = tok.i - 1; k >= 0 && initials.length < 12; k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== tok.sentence || t.type !== 'word') break;
    if (/^\p{Lu}/u.test(t.text)) initials = t.text[0]! + initials;
    else if (!/^(?:of|and|for|the|on|in)$/.test(t.lower)) break;
  }
  return initials.endsWith(form);
}

/**
 * The letters are the initials, in order, of a capitalised name anywhere before their first use:
 * "the Indonesia Morowali Industrial Park … IMIP erupts" (English news often names the body in one
 * sentence and uses its letters in the next, without a bracket).
 */
function spelledEarlier(doc: AnalysedDocument, first: Token, form: string): boolean {
  let initials = '';
  let sentence = -1;
  for (let k = 0; k < first.i; k++) {
    const t = doc.tokens[k]!;
    if (t.sentence !== sentence || t.type !== 'word') {
      initials = '';
      sentence = t.sentence;
      if (t.type !== 'word') continue;
    }
    if (/^\p{Lu}/u.test(t.text)) {
      initials += t.text[0]!;
      if (initials.endsWith(form)) return true;
    } else if (!/^(?:of|and|for|the|on|in)$/.test(t.lower)) initials = '';
  }
  return false;
}

/**
 * 'the "just energy transition partnerships," or JETP': the letters follow ", or" after the words
 * they spell, in lower case too (a term, not a capitalised name), across closing quotes.
 */
function orAfterWords(doc: AnalysedDocument, tok: Token, form: string): boolean {
  let k = tok.i - 1;
  if (doc.tokens[k]?.lower !== 'or') return false;
  k--;
  let comma = false;
  while (k >= 0 && doc.tokens[k]!.type !== 'word') {
    const p = doc.tokens[k]!.text;
    if (p === ',') comma = true;
    else if (!/^["'\u201d\u2019]$/u.test(p)) return false;
    k--;
  }
  if (!comma) return false;
  let initials = '';
  for (let n = 0; k >= 0 && n < form.length + 3; k--, n++) {
    const t = doc.tokens[k]!;
    if (t.sentence !== tok.sentence || t.type !== 'word') break;
    if (/^(?:of|and|for|the|on|in)$/.test(t.lower)) continue;
    initials = t.text[0]!.toUpperCase() + initials;
    if (initials === form.toUpperCase()) return true;
  }
  return false;
}

/**
 * A gloss names the letters as a name: "a rate known as the FASBI", "a scheme called PKH", "dubbed
 * SIKM", or calls them the acronym of the name just given: "a highway known by its acronym EDSA",
 * "the agency, known by its Tagalog acronym PAGASA".
 */
function glossed(doc: AnalysedDocument, tok: Token): boolean {
  for (let k = tok.i - 1; k >= Math.max(0, tok.i - 3); k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== tok.sentence) return false;
    if ((t.lower === 'as' && doc.tokens[k - 1]?.lower === 'known') || /^(?:called|dubbed|termed|abbreviated|acronym|abbreviation)$/.test(t.lower)) return true;
    if (t.lower !== 'the' && t.lower !== 'locally' && t.lower !== 'simply' && t.lower !== 'its' && !ACRONYM_LANGUAGE.test(t.lower)) return false;
  }
  return false;
}

/** The language an acronym is said to come from: "its Tagalog acronym", "its Indonesian acronym". */
const ACRONYM_LANGUAGE = /^(?:indonesian|malay|tagalog|filipino|spanish|english|local|official)$/;

/** Known to the fluency model's news vocabulary (lower-cased keys). */
function inModelVocabulary(form: string): boolean {
  return model().wordIndex.get(form.toLowerCase()) !== undefined;
}

/**
 * Findings for acronyms the article never explains. `known` says whether another rule's lexicon
 * covers the form (it then reports it itself).
 */
export function unexplainedAcronyms(doc: AnalysedDocument, indonesian: () => boolean, lexiconForm: (form: string) => boolean): FindingDraft[] {
  const out: FindingDraft[] = [];
  const seen = new Set<string>();
  for (const tok of doc.tokens) {
    if (tok.type !== 'word' || tok.text.length < 4 || tok.text.length > 7 || !CANDIDATE.test(tok.text)) continue;
    const form = tok.text;
    if (seen.has(form)) continue;
    seen.add(form);
    if (lexiconForm(form) || englishForms().has(form) || isEnglishWord(form) || inModelVocabulary(form)) continue;
    if (!indonesian()) return [];
    // Explained somewhere: in brackets, or with a bracket right after it.
    if (doc.text.includes(`(${form})`) || doc.text.includes(`${form} (`) || doc.text.includes(`(${form} `)) continue;
    const uses = doc.tokens.filter((t) => t.text === form);
    const first = uses[0]!;
    if (uses.some((t) => shouting(doc, t.sentence) || dateline(doc, t) || paragraphOpening(doc, t) || spelledBefore(doc, t, form) || glossed(doc, t) || orAfterWords(doc, t, form))) continue;
    if (spelledEarlier(doc, first, form)) continue;
    if (uses.some((t) => NAMING_HEADS.has(doc.tokens[t.i + 1]?.lower ?? ''))) continue;
    const prev = doc.tokens[first.i - 1];
    const next = doc.tokens[first.i + 1];
    // "PT KCIC": a company's own name; "FMII shares", "SMDM's shares": a stock ticker.
    if (uses.some((t) => doc.tokens[t.i - 1]?.text === 'PT')) continue;
    if (uses.some((t) => /^(?:shares?|stocks?|'s|\u2019s)$/.test(doc.tokens[t.i + 1]?.text ?? ''))) continue;
    // Glued to other letters or digits (a code: "KN-23A", "abc.XYZW"), not an acronym in prose.
    if ((prev && !first.spaceBefore && /[\p{L}\d./-]$/u.test(prev.text)) || (next && !next.spaceBefore && /^[\p{L}\d/-]/u.test(next.text))) continue;
    out.push({
      start: first.start,
      end: first.end,
      message: `"${form}" is an acronym the article never explains; English readers need its English name at first use, with the acronym in brackets if it comes back.`,
      suggestions: [],
      confidence: 0.35,
      severity: 'info',
      note: 'Indonesian copy names local agencies, programmes and places by acronym; translated, the letters stay as they are and nothing tells the English reader what they stand for.',
    });
  }
  return out;
}
