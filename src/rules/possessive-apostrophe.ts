/**
 * possessive-apostrophe: a bare apostrophe after a noun that does not end in s, used as a
 * possessive ("the police' quick response", "Trump’ economic adviser"). English adds "'s" to
 * every noun that does not end in s ("the police's", "Trump's"); the bare apostrophe is for plurals
 * in -s ("the farmers' union") and, by some styles, names in -s ("Jones' car"). Indonesian has no
 * possessive suffix of this kind ("respons cepat polisi"), and the slip is common in translated copy.
 *
 * Left alone: a closing single quote (an opening ‘, ’, ' or ` earlier in the paragraph and not yet
 * closed), elisions ("goin'", "rock 'n' roll"), words in s, x or z, and words of one or two letters.
 *
 * Three more shapes of the same slip (missingApostrophe below):
 * - an opening quote typed for the apostrophe ("the suspects‘ identity"): ‘ glued to the end of a
 *   word and followed by a space never opens a quotation;
 * - a name with a bare "s" ("Bank Indonesias board", "Indonesias reserves"), where the name
 *   without it stands elsewhere in the text and the "s" form is no English word;
 * - "the" + a plural noun + a noun that the plural possesses ("the governments decision", "the
 *   rupiahs value"), the head taken from a closed list (grammar-words.json: possessed-heads), or
 *   any lower-case noun after a plural of an owner noun ("the volcanos crater", "the nations rice
 *   needs"; grammar-words.json: possessor-plurals).
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { isEnglishWord } from '../lexicons/english-words.js';
import { grammarList } from '../lexicons/grammar-words.js';
import type { FindingDraft, Rule } from './types.js';
import { includesAfter } from './text-scan.js';

/** Nouns plural without an -s, which after "the villages" start a clause rather than name a possession. */
const PLURAL_SUBJECTS = new Set(['people', 'police', 'staff', 'personnel', 'folk', 'cattle', 'youth', 'children', 'men', 'women', 'officials', 'residents', 'they', 'we']);
/** Each one character long: run() tests the length first, which settles nearly every token. */
const APOSTROPHES = new Set(["'", '\u2019', '\u2018']);
/**
 * An opening single quote: at the start, or after a space, bracket, dash or double quote, and
 * before a letter. A right quote (’) there opens too: feeds whose smart quotes went wrong type "a
 * ’Sell America’ trade", and no apostrophe stands after a space before a letter but in elisions
 * ("’tis"), which are rarer in news than that slip.
 */
const OPENING_SINGLE = /(?:^|[\s(\[\u201C"\u2014\u2013-])['\u2018\u2019`](?=\p{L})/gu;
/** A closing single quote: after a letter, number or stop, and not before a letter ("don't"). */
const CLOSING_SINGLE = /(?<=[\p{L}\p{N}.,!?])['\u2019](?!\p{L})/gu;

/**
 * The mark closes a quotation: an opening single quote earlier in the paragraph is still open at
 * the mark. Openings and closings are paired in order across the paragraph, not the sentence, since
 * a quoted phrase may hold a full stop ("a 'Sell America. Buy Europe' trade") that the sentence
 * splitter takes for a sentence end.
 */
function closesQuotation(doc: AnalysedDocument, mark: Token): boolean {
  const para = doc.paragraphs[doc.sentences[mark.sentence]!.paragraph]!;
  const lead = doc.text.slice(para.start, mark.start);
  const events: [number, 1 | -1][] = [];
  for (const m of lead.matchAll(OPENING_SINGLE)) events.push([m.index + m[0].length - 1, 1]);
  for (const m of lead.matchAll(CLOSING_SINGLE)) events.push([m.index, -1]);
  events.sort((a, b) => a[0] - b[0]);
  let open = 0;
  for (const [, d] of events) open = Math.max(0, open + d);
  return open > 0;
}

export const possessiveApostrophe: Rule = {
  meta: {
    id: 'possessive-apostrophe',
    category: 'fluency/punctuation',
    severity: 'minor',
    description: 'A possessive with a bare or missing apostrophe: "the police\' response", "Widodo’ adviser" (English writes "\'s"), "the suspects‘ faces" (an opening quote for the apostrophe), "Bank Indonesias board", "the governments decision".',
    examples: {
      invalid: [
        { text: 'The company \'s profit rose sharply this year.', flags: ["company 's"], suggestion: "company's" },
        { text: 'The police\' quick response saved the two climbers.', flags: ["police'"], suggestion: "police's" },
        { text: 'Widodo’ economic adviser resigned on Monday.', flags: ['Widodo’'], suggestion: 'Widodo’s' },
        { text: 'The company\' new plant opens in Batam next year.', flags: ["company'"], suggestion: "company's" },
        { text: 'Ash fell within five kilometres of the volcanos crater on Sunday.', flags: ['volcanos crater'], suggestion: "volcano's crater" },
        { text: 'Critics called the levy \'unfair\'. The ministry\' new draft keeps it.', flags: ["ministry'"], suggestion: "ministry's" },
        { text: 'Police asked the public to study the suspects‘ faces.', flags: ['suspects‘'], suggestion: 'suspects’' },
        { text: 'Bank Indonesia met on Monday, and Bank Indonesias board kept the rate.', flags: ['Indonesias'], suggestion: "Indonesia's" },
        { text: 'The governments decision to cut the subsidy surprised traders.', flags: ['governments decision'], suggestion: "government's decision" },
      ],
      valid: [
        'The farmers\' union rejected the price cap.',
        'The nations agreed on a plan, and the governments concerned sent the cities funds to spend.',
        'Mr. Jones\' car was found near the river.',
        'They called the plan \'unfair\' and left the room.',
        'The band played rock \'n\' roll until midnight.',
        'The children’s ward reopened on Friday.',
        'Traders piled into a \'Sell America. Buy Europe\' trade on Friday.',
        'Analysts expect the ‘Made in Indonesia. Sold in Asia’ campaign to grow.',
        'Investors returned to a ’Sell America’ trade on Friday.',
        'The Harveys will host a dinner, and Harvey will speak.',
        'The investors value the company highly, analysts said.',
        'The sales value rose while the rates decision was delayed.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const mark = tokens[i]!;
      if (mark.text.length !== 1 || !APOSTROPHES.has(mark.text) || mark.spaceBefore) continue;
      const noun = tokens[i - 1]!;
      const next = tokens[i + 1]!;
      if (noun.type !== 'word' || noun.sentence !== mark.sentence || next.sentence !== mark.sentence) continue;
      if (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') continue;
      if (!/^\p{L}{3,}$/u.test(noun.text) || /in$/.test(noun.text)) continue;
      // A left quote glued after a word and before a space is a mistyped apostrophe, whatever the word ends in.
      const leftQuote = mark.text === '\u2018';
      if (/[sxz]$/i.test(noun.text) && !leftQuote) continue;
      // A possessive is followed by the possessed noun phrase: a word after a space.
      if (!next.spaceBefore || next.type !== 'word' || !(next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.pos === 'NUM' || next.pos === 'VERB')) continue;
      if (!leftQuote && closesQuotation(doc, mark)) continue;
      if (leftQuote) {
        const fix = /[sxz]$/i.test(noun.text) ? `${noun.text}\u2019` : `${noun.text}\u2019s`;
        out.push({
          start: noun.start,
          end: mark.end,
          message: `"‘" after "${noun.text}" is an opening quote mark typed for the apostrophe: write "${fix}".`,
          suggestions: [fix],
          confidence: 0.85,
          fixable: true,
        });
        continue;
      }
      out.push({
        start: noun.start,
        end: mark.end,
        message: `"${noun.text}" does not end in s, so its possessive is "${noun.text}${mark.text}s", not a bare apostrophe.`,
        suggestions: [`${noun.text}${mark.text}s`],
        confidence: 0.85,
        note: 'A bare apostrophe marks the possessive of plurals in -s ("the farmers\' union"); every other noun takes "\'s".',
        fixable: true,
      });
    }
    return [...out, ...missingApostrophe(doc), ...spacedPossessive(doc)];
  },
};

/** Words before a plural that make it a count, not a possessor ("the two governments"). */
const NOT_POSSESSOR_BEFORE = new Set(['the', 'two', 'three', 'both', 'all', 'many', 'several', 'these', 'those']);

/** Verb forms that agree only with a plural subject. */
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do']);

/**
 * One or two lower-case modifiers before token `i` follow a count word ("five adult Komodos",
 * "several young Balis"): the name is counted, so its "s" is a plural.
 */
function countedBeforeModifiers(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const u = tokens[k]!;
    if (u.sentence !== tokens[i]!.sentence) return false;
    if (u.type === 'number' || (k < i - 1 && NOT_POSSESSOR_BEFORE.has(u.lower) && u.lower !== 'the')) return k < i - 1;
    if (u.type !== 'word' || !/^\p{Ll}+$/u.test(u.text) || (u.pos !== 'ADJ' && u.pos !== 'NOUN')) return false;
  }
  return false;
}

/** A word, a space, then "'s" and a space and a lower-case word: "the company 's profit". */
const SPACED_POSSESSIVE = /(?<![\p{L}\p{N}'’])(\p{L}{2,}) +(['’]s)(?= +\p{Ll})/gu;

/**
 * "the company 's profit", "Indonesia ’s exports": the possessive "'s" parted from its noun by a
 * space (a tokeniser's output pasted back, or a space typed before the apostrophe). An opening
 * single quote before the word ("'s" then closes a quotation) keeps it silent.
 */
function spacedPossessive(doc: AnalysedDocument): FindingDraft[] {
  const text = doc.text;
  if (!includesAfter(text, ' ', "'s") && !includesAfter(text, ' ', '\u2019s')) return [];
  const out: FindingDraft[] = [];
  for (const m of text.matchAll(SPACED_POSSESSIVE)) {
    const word = m[1]!;
    const fix = `${word}${m[2]!}`;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `No space before the possessive: "${fix}".`,
      suggestions: [fix],
      confidence: 0.75,
      fixable: true,
    });
  }
  return out;
}

/**
 * A possessive written without its apostrophe: a name with a bare "s" ("Indonesias reserves"), or
 * "the" + a plural + a possessed noun ("the governments decision").
 */
function missingApostrophe(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const { tokens } = doc;
  let words: Set<string> | undefined;
  // The fix writes the apostrophe the text itself uses most.
  const curly = countOf(doc.text, '\u2019') > countOf(doc.text, "'");
  const ap = curly ? '\u2019' : "'";
  const heads = grammarList('possessed-heads');
  const attributive = grammarList('attributive-plurals');
  const owners = grammarList('possessor-plurals');
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word' || t.text.length < 4 || t.text.charCodeAt(t.text.length - 1) !== 115 /* s */) continue;
    const next = tokens[i + 1]!;
    if (next.sentence !== t.sentence || !next.spaceBefore || next.type !== 'word') continue;
    const prev = tokens[i - 1];
    const after = doc.text[t.end] ?? '';
    if (after !== ' ') continue;
    if (/^\p{Lu}\p{Ll}+s$/u.test(t.text)) {
      // A name and a stray "s": the bare name stands elsewhere in the text.
      // "the Harveys", "the battling Billikens", "two Koreas": a family, team or plural of the name.
      if (prev && (NOT_POSSESSOR_BEFORE.has(prev.lower) || prev.type === 'number' || prev.pos === 'ADJ')) continue;
      // "five adult Komodos", "the two young Balis": a count word before lower-case modifiers.
      if (countedBeforeModifiers(tokens, i)) continue;
      const stem = t.text.slice(0, -1);
      // Names whose plural English writes with "s" end in a consonant, e or y ("Billikens",
      // "Harveys"); Indonesian and most Asian place and person names end in a vowel.
      if (!/[aiou]$/.test(stem) || isEnglishWord(t.text)) continue;
      words ??= new Set(tokens.filter((u) => u.type === 'word').map((u) => u.text));
      if (!words.has(stem)) continue;
      // "as Balis is one of …": a name with a stray s before its verb is the name itself.
      const verb = next.pos === 'AUX' || next.pos === 'VERB';
      // "Komodos are lazing", "the Komodos were fed": a plural verb agrees with the name used as a
      // plural noun, not with the name itself.
      if (verb && PLURAL_VERBS.has(next.lower)) continue;
      const fix = verb ? stem : `${stem}${ap}s`;
      if (!verb && !(next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || /^\p{Lu}/u.test(next.text))) continue;
      out.push({
        start: t.start,
        end: t.end,
        message: verb ? `"${t.text}" is the name "${stem}" with a stray "s".` : `"${t.text}" is the possessive of "${stem}" without its apostrophe: write "${fix}".`,
        suggestions: [fix],
        confidence: 0.75,
        fixable: true,
      });
      continue;
    }
    // "the governments decision": the + plural + a noun the plural possesses.
    if (!prev || prev.lower !== 'the' || !/^\p{Ll}+s$/u.test(t.text) || /(?:ss|us|is)$/.test(t.text) || attributive.has(t.text)) continue;
    // The head from the closed list, or any lower-case noun after an owner plural ("the volcanos
    // crater", "the nations rice needs"), but not a verb or a plural that may be its verb ("the
    // nations agree", "the cities ends").
    // "In the villages people lined up": a plural subject noun after an introductory phrase.
    const owner = owners.has(t.text) && next.pos === 'NOUN' && !/s$/.test(next.lower) && !PLURAL_SUBJECTS.has(next.lower) && doc.tokens[i + 2]?.lower !== 'to';
    if ((!heads.has(next.lower) && !owner) || next.text !== next.lower) continue;
    const stem = t.text.endsWith('ies') ? `${t.text.slice(0, -3)}y` : t.text.slice(0, -1);
    if (!isEnglishWord(stem)) continue;
    // A head followed by an object is a verb after all ("the investors value the …").
    const beyond = tokens[i + 2];
    if (beyond && beyond.sentence === t.sentence && (beyond.pos === 'DET' || beyond.pos === 'PRON' || beyond.pos === 'NUM')) continue;
    const fix = `${t.text}${ap}`;
    out.push({
      start: t.start,
      end: next.end,
      message: `"the ${t.text} ${next.text}": the plural possesses the ${next.text}, so it needs an apostrophe: "the ${stem}${ap}s ${next.text}" (one ${stem}) or "the ${fix} ${next.text}" (several).`,
      suggestions: [`${stem}${ap}s ${next.text}`, `${fix} ${next.text}`],
      confidence: 0.6,
      fixable: true,
    });
  }
  return out;
}

/** How often `ch` occurs in `text`: what `(text.match(/ch/g) ?? []).length` gives, without an array of the matches. */
function countOf(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}
