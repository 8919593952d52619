/**
 * Checks of the punctuation rule about written forms that newsroom typing in Indonesia produces and
 * English copy never has, kept apart from the comma checks (punctuation.ts) and the single marks
 * (punctuation-marks.ts):
 *
 * - a full stop closing a quotation that its attribution continues (`acts." explained the chief`);
 * - a backtick typed for an apostrophe or a quotation mark ("BI`s policy", "Joko `Jokowi` Widodo");
 * - a dateline run into the lead: its dash glued to the words ("YOGYAKARTA-The government") or left
 *   out ("JAKARTA Until Friday");
 * - "No." glued to its number ("Law No.2 of 2002");
 * - "Covid 19" without its hyphen;
 * - "However" opening a clause without its comma ("However he is optimistic");
 * - a sentence opened in lower case after a full stop ("to the refugees. carry out").
 *
 * Each check first looks for a literal it needs (a backtick, "No.", "Covid", "However", a quote mark
 * after a full stop), so a text without one costs a string search.
 */
import type { AnalysedDocument } from '../analysis/types.js';
import { isEnglishWord } from '../lexicons/english-words.js';
import { cueFor } from '../people/cues.js';
import { attributionAt } from './punctuation-marks.js';
import type { FindingDraft } from './types.js';

// ---------------------------------------------------------------------------------------------
// A full stop inside a quotation that the attribution continues

/**
 * `… these thuggery acts." explained the Head of Regional Police`: the quoted sentence is closed
 * with a full stop, and a lower-case attribution goes on after the mark. English closes a quotation
 * followed by its attribution with a comma inside the mark (`acts," explained`). A lower-case word
 * after a full stop is a slip in any case; only attributions (a reporting verb, or a pronoun and
 * one) are reported, so a quoted abbreviation ("the ‘U.S.’ label") stays silent.
 */
export function stopBeforeAttribution(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const text = doc.text;
  const re = /[\p{L}\p{N})]\.(["\u201D]) (?=\p{Ll})/gu;
  for (let at = text.indexOf('.'); at !== -1; at = text.indexOf('.', at + 1)) {
    const mark = text[at + 1];
    if (mark !== '"' && mark !== '\u201D') continue;
    re.lastIndex = at - 1;
    const m = re.exec(text);
    if (!m || m.index !== at - 1) continue;
    const after = at + 3;
    if (!attributionAt(doc, after)) continue;
    // The word before the stop must be a word of the quotation, not an abbreviation's own dot ("U.S.").
    const word = doc.tokenAt(at - 1);
    if (word && word.end > at) continue;
    out.push({
      start: at,
      end: at + 2,
      message: 'A quotation followed by its attribution ends with a comma inside the closing mark, not a full stop.',
      suggestions: [`,${mark}`],
      confidence: 0.8,
      fixable: true,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A backtick for an apostrophe or a quotation mark

/** Endings after an apostrophe: "BI`s", "don`t", "they`re", "we`ll", "I`m", "they`ve", "he`d". */
const CONTRACTION = /^(?:s|t|re|ll|ve|m|d)(?![\p{L}\p{N}])/u;

/**
 * "BI`s efforts", "the rupiah`s value", "Joko `Jokowi` Widodo": a backtick is a keyboard mark for
 * code, never an apostrophe or a quotation mark in edited English. Indonesian newsroom systems
 * (and older Antara copy) type it for both, and the translation keeps it. The apostrophe is
 * replaced by the text's own style (curly when the text uses curly marks), a backtick pair by
 * quotation marks.
 */
export function backtickMarks(doc: AnalysedDocument): FindingDraft[] {
  const text = doc.text;
  if (!text.includes('`')) return [];
  const out: FindingDraft[] = [];
  const curly = /[\u2019\u201C\u201D]/.test(text);
  const apostrophe = curly ? '\u2019' : "'";
  for (const p of doc.paragraphs) {
    const para = text.slice(p.start, p.end);
    const ticks = para.split('`').length - 1;
    // A paragraph with many backticks, or with code-like marks, is code or mark-up, not copy.
    if (ticks === 0 || ticks > 6 || /[{}<>=;]\s*`|`\s*[{}<>=(]/.test(para)) continue;
    for (let i = para.indexOf('`'); i !== -1; i = para.indexOf('`', i + 1)) {
      const before = para[i - 1] ?? ' ';
      const rest = para.slice(i + 1, i + 4);
      if (/[\p{L}\p{N}]/u.test(before) && CONTRACTION.test(rest)) {
        out.push({
          start: p.start + i,
          end: p.start + i + 1,
          message: 'A backtick typed for an apostrophe: English writes an apostrophe.',
          suggestions: [apostrophe],
          confidence: 0.85,
          fixable: true,
        });
        continue;
      }
      // An opening tick before a word, closed by a tick or a straight/curly single mark after one
      // to six words in the same paragraph: a quotation.
      if ((i > 0 && !/[\s(]/.test(before)) || !/\p{L}/u.test(para[i + 1] ?? '')) continue;
      const close = /^[^`'\u2019\n]{1,60}?[\p{L}\p{N}.,!?][`'\u2019](?![\p{L}])/u.exec(para.slice(i + 1));
      if (!close) continue;
      const inner = para.slice(i + 1, i + close[0].length);
      // Code in backticks ("run `npm test`") is lower case; a quoted name or phrase in copy opens with a
      // capital, or closes with an apostrophe in the old typewriter style (`like this').
      if (inner.split(/\s+/).length > 6 || (!/^\p{Lu}/u.test(inner) && close[0].endsWith('`'))) continue;
      const [open, shut] = curly ? ['\u201C', '\u201D'] : ['"', '"'];
      out.push({
        start: p.start + i,
        end: p.start + i + 1 + close[0].length,
        message: 'Backticks typed as quotation marks: English sets the words in quotation marks.',
        suggestions: [`${open}${inner}${shut}`],
        confidence: 0.8,
        fixable: true,
      });
      i += close[0].length;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A dateline run into the lead

/** An upper-case dateline at a paragraph start: "YOGYAKARTA", "NEW YORK", "AMBON, MALUKU". */
const DATELINE = /^(\p{Lu}{3,}(?:[ ,]+\p{Lu}{3,}){0,2})(?: ?\([\p{L} .,/]{2,30}\))?/u;

/** A wire date right after the dateline's place: " Oct 25", ", Sept. 7", " March 3". */
const DATELINE_DATE = /^,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/;

function piecesOf(s: string): number {
  return s.split(/\s+/).filter((w) => w !== '').length;
}

function placeWord(caps: string): boolean {
  const first = caps.split(/[ ,]+/)[0]!;
  const name = first[0] + first.slice(1).toLowerCase();
  return cueFor(name)?.place === true || cueFor(caps.split(/[ ,]+/).map((w) => w[0] + w.slice(1).toLowerCase()).join(' '))?.place === true;
}

/**
 * "YOGYAKARTA-The government is …", "JAKARTA Until Friday, …": the dateline of a wire story is set
 * off from the lead by a spaced dash ("YOGYAKARTA - The government"); Indonesian releases glue the
 * hyphen to both words or leave it out (a closed em dash is house style, not a glued hyphen). Only a paragraph after the headline (or a first line that
 * is a whole lead sentence, not a headline) that opens with an
 * upper-case place name (data/lexicons/person-cues.json) followed by a capitalised word is read, so
 * an acronym opening a sentence ("BNPB Head Suharyanto said") is never taken for a dateline.
 */
export function datelineDash(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const text = doc.text;
  for (let k = 0; k < doc.paragraphs.length && k < 4; k++) {
    const p = doc.paragraphs[k]!;
    // Line 1 is the headline, unless it is plainly the lead itself (a text pasted without its
    // headline): a long sentence closed by a full stop.
    if (k === 0 && !(/[.!?"\u201D]$/.test(text.slice(p.start, p.end).trimEnd()) && piecesOf(text.slice(p.start, p.end)) >= 15)) continue;
    const head = text.slice(p.start, Math.min(p.end, p.start + 60));
    const m = DATELINE.exec(head);
    if (!m) continue;
    const rest = head.slice(m[0].length);
    // "SEOUL Oct 25 (Reuters) - …", "TOKYO, Sept 7 -": the wire's date sits between the place and
    // the dash (Reuters, AFP), so the word after the place is the month, not the lead.
    if (DATELINE_DATE.test(rest)) continue;
    // A closed em dash ("HONG KONG—Indonesian …") is American house style (The Wall Street Journal,
    // Chicago's closed em dash), not a glued hyphen, and so is a closed en dash (a copy that sets
    // the em dash as an en dash: "SHANGHAI–China's retail sales …"; no text of the real set glues
    // one): only a hyphen is reported.
    const glued = /^(-)(?=\p{Lu}\p{Ll})/u.exec(rest);
    const missing = /^ (?=\p{Lu}\p{Ll}+ )/u.exec(rest);
    // "BANDUNG- The …", "BANDUNG -The …": the dash spaced on one side only.
    const half = /^(?:([-\u2013\u2014]) (?=\p{Lu})| ([-\u2013\u2014])(?=\p{Lu}\p{Ll}))/u.exec(rest);
    if ((!glued && !missing && !half) || !placeWord(m[1]!)) continue;
    const at = p.start + m[0].length;
    if (half) {
      const dash = half[1] ?? half[2]!;
      out.push({
        start: at,
        end: at + half[0].length,
        message: `The dateline's dash is spaced on one side only ("${half[0]}"): a wire dateline is set off by a dash with a space on each side.`,
        suggestions: [` ${dash} `],
        confidence: 0.75,
        fixable: true,
      });
    } else if (glued) {
      const dash = glued[1]!;
      out.push({
        start: at,
        end: at + 1,
        message: 'The dateline is glued to the lead: a wire dateline is set off by a spaced dash.',
        suggestions: [` ${dash} `],
        confidence: 0.75,
        fixable: true,
      });
    } else {
      const next = /^\S+/.exec(rest.slice(1))![0];
      out.push({
        start: p.start,
        end: at + 1 + next.length,
        message: 'The dateline runs into the lead without its dash: a wire dateline is set off by a spaced dash.',
        suggestions: [`${m[0]} - ${next}`],
        confidence: 0.65,
        fixable: true,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// "No.2", "Covid 19"

/**
 * "Law No.2 of 2002": English sets a space between the abbreviation "No." and its number ("No. 2").
 * A capital N and a digit right after the stop: "no.2" in a file name or a URL is left alone.
 */
const rankBefore = /(?:\b(?:the|a|its|his|her|their|our|my|your|world)|\w['\u2019]s|\ws['\u2019]) $/iu;

export function numberAbbreviation(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const text = doc.text;
  for (let at = text.indexOf('No.'); at !== -1; at = text.indexOf('No.', at + 3)) {
    if (/[\p{L}\p{N}./]/u.test(text[at - 1] ?? ' ') || !/\d/.test(text[at + 3] ?? '')) continue;
    const tok = doc.tokenAt(at);
    if (tok && (tok.type === 'url' || tok.type === 'email')) continue;
    // "the protesters' No.1 demand", "world No.1": a rank after a determiner, a possessive or "world"
    // is a house style of Australian and British papers, not a law or document number ("Law No.2").
    if (rankBefore.test(text.slice(Math.max(0, at - 16), at)) && /^\d(?!\d)/.test(text.slice(at + 3))) continue;
    let end = at + 3;
    while (end < text.length && /[\d]/.test(text[end]!)) end++;
    out.push({
      start: at,
      end,
      message: `A space goes between "No." and its number: "No. ${text.slice(at + 3, end)}".`,
      suggestions: [`No. ${text.slice(at + 3, end)}`],
      confidence: 0.8,
      fixable: true,
    });
  }
  return out;
}

/** "Covid 19", "COVID 19": the disease's name is hyphenated (WHO: "COVID-19"). */
export function covidHyphen(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const re = /\b(Covid|COVID|covid) 19\b/g;
  if (!/covid 19/i.test(doc.text)) return out;
  for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `The disease's name is hyphenated: "${m[1]}-19".`,
      suggestions: [`${m[1]}-19`],
      confidence: 0.85,
      fixable: true,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// "However" without its comma

/** Subjects that may open the clause after "However": pronouns and determiners. */
const SUBJECT_OPENERS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there', 'this', 'that', 'these', 'those', 'the', 'his', 'her', 'their', 'its', 'our', 'my']);

/**
 * "However he is optimistic that …": "however" as a sentence adverb is set off by a comma; without
 * it, "however" reads as "in whatever way" ("However he tries, he fails"), which is the only reading
 * English gives the bare word before a subject. So "However" + a pronoun, determiner or name is
 * reported, except where a comma follows within the next few words (that is the concessive clause).
 */
export function howeverWithoutComma(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  if (!doc.text.includes('However ')) return out;
  for (const s of doc.sentences) {
    if (s.boilerplate || s.tokenEnd - s.tokenStart < 6) continue;
    // The sentence's first word, or the first after an opening quote.
    let k = s.tokenStart;
    if (/^["\u201C]$/.test(doc.tokens[k]!.text)) k++;
    const t = doc.tokens[k]!;
    // Quoted speech is transcribed (often translated) by the reporter: its commas are the speaker's
    // rhythm as heard, and native outlets print "However we didn't finish well" in a coach's words.
    if (t.text !== 'However' || doc.inQuote(t.start)) continue;
    const next = doc.tokens[k + 1]!;
    if (!next.spaceBefore || next.type !== 'word') continue;
    const subject = SUBJECT_OPENERS.has(next.lower) || (next.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(next.text));
    if (!subject) continue;
    let concessive = false;
    for (let x = k + 2; x < Math.min(s.tokenEnd, k + 7); x++) if (doc.tokens[x]!.text === ',') concessive = true;
    if (concessive) continue;
    out.push({
      start: t.start,
      end: next.end,
      message: `"However" as a sentence adverb is set off by a comma: "However, ${next.text}".`,
      suggestions: [`However, ${next.text}`],
      confidence: 0.75,
      fixable: true,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A sentence opened in lower case after a full stop

/** Lower-case abbreviations that end in a stop and may be followed by a lower-case word. */
/** Capitalised abbreviations of five letters or more that a lower-case word may follow. */
const NAME_ABBREVIATIONS = new Set(['Calif', 'Assoc', 'Admin', 'Comdr', 'Sergt', 'Penna', 'Messrs', 'Kombes', 'Komjen', 'Irjen', 'Brigjen', 'Colonel', 'Lieut']);

const LOWER_ABBREVIATIONS = new Set([
  'etc', 'approx', 'incl', 'esp', 'misc', 'dept', 'govt', 'est', 'max', 'min', 'vol', 'vols', 'ref', 'fig', 'figs', 'no', 'nos', 'cf', 'al',
  'ibid', 'viz', 'resp', 'ca', 'sq', 'ft', 'lbs', 'oz', 'hrs', 'yrs', 'mos', 'pp', 'ed', 'eds', 'trans', 'var', 'vs', 'excl', 'cont', 'ext',
  'sec', 'secs', 'mins', 'hr', 'mo', 'wk', 'wks', 'pct', 'tel', 'int', 'gen', 'corp', 'bros', 'assn', 'natl', 'intl', 'univ',
]);

/**
 * "… logistical assistance to the refugees. carry out rapid assessments": a full stop after a
 * lower-case word, then a lower-case word: the next sentence lost its capital (machine translation
 * splits a source sentence, or a list item, and keeps the lower case). Both words must be English
 * words and the first no abbreviation ("approx. five", "etc. and"), and the stop is followed by one
 * space, so "a.m. on", file names and URLs stay silent.
 */
export function lowerCaseAfterStop(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const text = doc.text;
  for (let at = text.indexOf('. '); at !== -1; at = text.indexOf('. ', at + 2)) {
    const c = text.charCodeAt(at + 2);
    if (!(c >= 97 && c <= 122)) continue;
    let a = at;
    while (a > 0 && /\p{Ll}/u.test(text[a - 1]!)) a--;
    // A name may end the sentence before ("quoted by Antara. others are"): a capitalised word of
    // five letters or more, no abbreviation ("Calif.", "Corp.", "Assoc.").
    let name = false;
    if (a > 0 && at - a >= 4 && /\p{Lu}/u.test(text[a - 1]!) && (a < 2 || /[\s(]/.test(text[a - 2]!))) {
      a--;
      name = true;
    }
    if (at - a < 3 || (a > 0 && !/[\s(]/.test(text[a - 1]!))) continue;
    let b = at + 2;
    while (b < text.length && /\p{Ll}/u.test(text[b]!)) b++;
    if (b - (at + 2) < 2 || /[\p{L}\p{N}.@/_-]/u.test(text[b] ?? ' ')) continue;
    const before = text.slice(a, at);
    const after = text.slice(at + 2, b);
    if (name ? NAME_ABBREVIATIONS.has(before) || after.length < 3 : LOWER_ABBREVIATIONS.has(before) || !isEnglishWord(before)) continue;
    if (!isEnglishWord(after)) continue;
    // A list of items or a label ("device. measuring scale -- soap, …") is a layout, not a sentence.
    if (/--|\u2014|:/.test(text.slice(b, b + 30))) continue;
    // A unit after a number ("9 sec. of viewing", "12 min. later") is an abbreviation, whatever it is.
    if (/\d\s?$/.test(text.slice(Math.max(0, a - 2), a))) continue;
    const tok = doc.tokenAt(a);
    if (tok && (tok.type === 'url' || tok.type === 'email')) continue;
    out.push({
      start: at + 2,
      end: b,
      message: `A sentence starts after the full stop: "${after}" takes a capital letter.`,
      suggestions: [after[0]!.toUpperCase() + after.slice(1)],
      confidence: 0.7,
      fixable: true,
    });
  }
  return out;
}
