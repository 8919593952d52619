/**
 * spacing: a missing or doubled space inside a sentence.
 *
 * 1. Two words run together: a lower-case word the dictionary lacks that splits into two words it
 *    has, both attested in ordinary English (the fluency model's Brown vocabulary):
 *    "thesechallenges" → "these challenges". A capitalised name glued to a capitalised common noun
 *    ("JakartaFinance" → "Jakarta Finance") counts too, unless it is a camel-case brand
 *    (data/lexicons/grammar-words.json: camel-case-brands) or recurs in the text (then it is a
 *    name the writer meant). So does an ordinary lower-case word glued to a proper name that the
 *    dictionary has only capitalised ("ofIndonesia" → "of Indonesia", "visitedJakarta").
 * 2. A doubled space between two words of a sentence ("the  minister"). Between sentences some
 *    writers still type two spaces, and a paragraph with many runs of spaces is laid out as a
 *    table, so neither is reported.
 * 3. A currency code glued to its amount ("IDR430.2 billion") in a text that elsewhere spaces the
 *    same code ("IDR 16.65 trillion"): the copy mixes two styles, and the spaced one is the style
 *    of English news that writes ISO codes. A text that always glues the code keeps its style.
 *
 * 4. Two spaces after one sentence in a text that puts one space after its other sentences: the
 *    writer's own style is single spacing, and the double one is a slip (a text that double-spaces
 *    throughout keeps its style).
 * 5. A space between a number and its percent sign ("17 %"): English writes "17%".
 * 6. A day range written with a spaced hyphen before or after a month ("6 - 17 May"): English
 *    closes it up ("6-17 May"; an en dash in print).
 * 7. Spaces inside round brackets ("( BNPB )", "(BNPB )"): English sets the bracket against the
 *    words it holds. Only a short bracket on one line whose content starts and ends with a letter,
 *    digit or stop is reported, so a formula or a blank left to fill ("( )") stays silent.
 *
 * A space before a comma is the punctuation rule's.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { TextIdTable } from '../analysis/text-ids.js';
import { hasExactly, isEnglishWord } from '../lexicons/english-words.js';
import { grammarList } from '../lexicons/grammar-words.js';
import { inIndonesianClause, sentenceInitial, titleCase, wordHits } from '../lexicons/indonesian.js';
import { model } from '../lm/load.js';
import type { FindingDraft, Rule } from './types.js';
import { includesAfter, includesBefore } from './text-scan.js';
import { isCapitalisedWord, isLowerWord, startsLower } from './word-shape.js';

/**
 * Function words that are never English prefixes or suffixes: a run-together pair must have one
 * of them as a half ("thesechallenges", "ofthe", "policyand"), because two content words joined
 * are usually a closed compound the dictionary lacks ("knuckleball", "teahouse"), and "in", "on",
 * "over", "out", "up", "by", "for", "a" begin too many derived words ("inhomogeneous").
 */
const FUNCTION_WORDS = new Set([
  'the', 'these', 'those', 'this', 'that', 'of', 'to', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will',
  'would', 'can', 'could', 'should', 'their', 'his', 'her', 'its', 'our', 'which', 'who', 'from', 'with', 'also', 'not', 'very', 'such',
]);

function common(word: string): boolean {
  return word.length >= 2 && model().wordIndex.has(word) && hasExactly(word);
}

/**
 * runTogetherSplit's answers by word: the dictionary look-ups (one per split point, each a binary
 * search) ran for every long lower-case token, and news repeats its words. The answer depends only
 * on the word and the bundled lists, so a hit returns what the computation would. Bounded.
 */
const splitMemo = new Map<string, [string, string] | undefined>();

/** The split of a run-together lower-case word into two common words, if there is exactly one. */
export function runTogetherSplit(word: string): [string, string] | undefined {
  if (word.length < 5) return undefined;
  // Only word-sized keys are kept: a pathological input's huge "word" must not sit in the memo.
  if (word.length > 64) return computeSplit(word);
  if (splitMemo.has(word)) return splitMemo.get(word);
  if (splitMemo.size > 50_000) splitMemo.clear();
  const split = computeSplit(word);
  splitMemo.set(word, split);
  return split;
}

/**
 * The most frequent function words: two of them glued ("ofthe", "tothe", "asone", "willbe") are a
 * lost space whatever the length, since no English word is made of two of them that the
 * dictionary lacks ("into", "onto", "atone" are words and stay silent).
 */
const GLUE_WORDS = new Set([
  'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'and', 'as', 'one', 'is', 'was', 'are', 'will', 'be', 'been', 'has', 'have',
  'not', 'it', 'he', 'we', 'they', 'from', 'with', 'that', 'this', 'an', 'or', 'its', 'their',
]);

function computeSplit(word: string): [string, string] | undefined {
  if (isEnglishWord(word)) return undefined;
  const splits: [string, string][] = [];
  for (let k = 2; k <= word.length - 2; k++) {
    const a = word.slice(0, k);
    const b = word.slice(k);
    const glue = GLUE_WORDS.has(a) && GLUE_WORDS.has(b);
    if (!glue && word.length < 7) continue;
    if (common(a) && common(b) && (glue || ((FUNCTION_WORDS.has(a) || FUNCTION_WORDS.has(b)) && Math.max(a.length, b.length) >= 4))) splits.push([a, b]);
  }
  if (splits.length !== 1) return undefined;
  const [a, b] = splits[0]!;
  // A one-letter slip inside a common word ("weekand" for "weekend") is a typo, not a lost space:
  // spelling's edit-distance suggestion fixes it, where "week and" would not. Two glued function
  // words ("ofthe") stay a split whatever their neighbours.
  if (!(GLUE_WORDS.has(a) && GLUE_WORDS.has(b)) && oneLetterFromCommon(word)) return undefined;
  return splits[0];
}

/** Whether changing one letter of `word` gives a common English word ("weekand" → "weekend"). */
function oneLetterFromCommon(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    for (let c = 97; c <= 122; c++) {
      const ch = String.fromCharCode(c);
      if (ch === word[i]) continue;
      if (common(word.slice(0, i) + ch + word.slice(i + 1))) return true;
    }
  }
  return false;
}

/** A lower-case word of two letters or more glued to a capitalised word: "ofIndonesia". */
const GLUED_TO_NAME = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}{3,})$/u;
const CAMEL = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{3,})$/u;

/** The first character is an ASCII lower-case letter (so never \p{Lu}). */
function asciiLowerStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** lowerWordShape() values (0 is TextIdTable's "not known yet"). */
const NOT_LOWER = 1;
const LOWER_NO_SPLIT = 2;
const LOWER_SPLIT = 3;
const shapeById = new TextIdTable();

/**
 * Whether a token is all lower-case letters and, if so, whether runTogetherSplit() splits it: both
 * depend on the text alone, so they are remembered by the token's text id and most long words cost
 * an array read instead of a regex and a memo lookup.
 */
function lowerWordShape(t: Token): number {
  const id = t.textId;
  if (id !== undefined && id >= 0) {
    const known = shapeById.get(id);
    if (known !== 0) return known;
  }
  const shape = !isLowerWord(t.text) ? NOT_LOWER : runTogetherSplit(t.text) ? LOWER_SPLIT : LOWER_NO_SPLIT;
  if (id !== undefined && id >= 0) shapeById.set(id, shape);
  return shape;
}

/** A genus: a capitalised Latin-looking word ("Micarea", "Paruroctonus") or its initial ("C."). */
const GENUS = /^(?:\p{Lu}\p{Ll}+(?:a|us|um|is|es|on|ia|ops|ex|ix)|\p{Lu}\.)$/u;
/** Latin endings of species epithets that can look like two words run together ("stellaris"). */
const EPITHET = /^(?=\p{Ll}{7,}$)\p{Ll}+(?:aris|alis|ensis|oides|icus|ica|atus|ata|ii|ae|um|us)$/u;

/**
 * Species epithets of the document: a Latin-looking lower-case word right after a genus that is no
 * English word ("Micarea stellaris"). Later uses of the same word ("“stellaris” means star") are
 * the epithet cited again.
 */
function epithets(doc: AnalysedDocument): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const prev = doc.tokens[i - 1]!;
    // The length, the single space and the lower-case start are necessary for EPITHET and cost no
    // regex: most tokens stop there.
    if (t.text.length >= 7 && t.start - prev.end === 1 && prev.sentence === t.sentence && startsLower(t.text) && EPITHET.test(t.text) && GENUS.test(prev.text) && !isEnglishWord(prev.text.toLowerCase())) out.add(t.text);
  }
  return out;
}

function runTogether(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  // The species epithets and the Indonesian lexicon hits are asked about only for a token that
  // splits (a few per document, none in most): both are built at the first such token.
  let latin: Set<string> | undefined;
  let indonesian: Set<number> | undefined;
  const brands = grammarList('camel-case-brands');
  const counts = new Map<string, number>();
  // CAMEL needs at least eight characters: shorter tokens skip the regex.
  // CAMEL opens in a capital: a token opening in an ASCII lower-case letter skips it too.
  for (const t of doc.tokens) if (t.text.length >= 8 && !asciiLowerStart(t.text) && CAMEL.test(t.text)) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  for (const t of doc.tokens) {
    if (t.type !== 'word') continue;
    // The word's own shape first (memoised, cheap); the context tests below only for a candidate.
    let fix: string | undefined;
    const shape = t.text.length >= 5 ? lowerWordShape(t) : NOT_LOWER;
    if (shape !== NOT_LOWER) {
      const split = shape === LOWER_NO_SPLIT ? undefined : runTogetherSplit(t.text);
      if (split) fix = `${split[0]} ${split[1]}`;
    } else if (t.text.length >= 5 && isCapitalisedWord(t.text) && sentenceInitial(doc, t.i) && !titleCase(doc, t.sentence)) {
      // "Asone of the efforts", "Thegovernment agreed": the sentence's first word glued to the
      // next. A name recurs in its text, so a word seen twice stays silent. The split (memoised)
      // comes first: the recurrence scan reads every token, and most first words do not split.
      const split = runTogetherSplit(t.lower);
      if (split && !recurs(doc, t)) fix = `${split[0][0]!.toUpperCase()}${split[0].slice(1)} ${split[1]}`;
    } else if (t.text.length >= 6 && startsLower(t.text) && GLUED_TO_NAME.test(t.text)) {
      const m = GLUED_TO_NAME.exec(t.text)!;
      const head = m[1]!;
      const tail = m[2]!;
      // "ofIndonesia", "visitedJakarta": an ordinary lower-case word glued to a proper name the
      // dictionary has only capitalised. A brand written this way joins a word the dictionary
      // also has in lower case ("inDrive", "theGuardian", "myRepublic"), which stays silent.
      if (!brands.has(t.text) && common(head) && hasExactly(tail) && !hasExactly(tail.toLowerCase()) && !isEnglishWord(t.text)) fix = `${head} ${tail}`;
    } else {
      const m = t.text.length >= 8 && !asciiLowerStart(t.text) ? CAMEL.exec(t.text) : null;
      if (m && !brands.has(t.text) && counts.get(t.text) === 1 && !isEnglishWord(t.text)) {
        const head = m[1]!;
        const tail = m[2]!;
        // The tail must be an ordinary lower-case word; the head a word or name the dictionary has.
        // The head must be a proper name (the dictionary has it only capitalised: "Jakarta"), so that
        // brands made of two common words ("ByteDance", "PlayStation") stay silent.
        // A name with a brand word after it is a title or company styled as one word ("AramcoWorld",
        // "AsiaOne", "GarudaFood"), not two words that lost their space.
        if (hasExactly(tail.toLowerCase()) && model().wordIndex.has(tail.toLowerCase()) && hasExactly(head) && !hasExactly(head.toLowerCase()) && !BRAND_TAILS.has(tail.toLowerCase())) fix = `${head} ${tail}`;
      }
    }
    if (!fix) continue;
    if (indonesian === undefined) {
      indonesian = new Set<number>();
      for (const h of wordHits(doc)) for (let k = h.tokenStart; k < h.tokenEnd; k++) indonesian.add(k);
    }
    latin ??= epithets(doc);
    if (indonesian.has(t.i) || latin.has(t.text) || glued(doc, t) || inIndonesianClause(doc, t.start, t.end)) continue;
    out.push({
      start: t.start,
      end: t.end,
      message: `"${t.text}" looks like two words run together: "${fix}".`,
      suggestions: [fix],
      confidence: 0.75,
      fixable: true,
    });
  }
  return out;
}


/** Words that end a brand or title written as one word after a name: "AramcoWorld", "AsiaOne", "UrduPoint". */
const BRAND_TAILS = new Set(['world', 'one', 'news', 'food', 'foods', 'net', 'link', 'media', 'group', 'mart', 'pay', 'care', 'tech', 'works', 'sport', 'sports', 'air', 'point', 'hub', 'wire', 'online']);

/** The same word stands elsewhere in the text. */
function recurs(doc: AnalysedDocument, t: Token): boolean {
  for (const u of doc.tokens) if (u.i !== t.i && u.lower === t.lower) return true;
  return false;
}

/** Part of a longer unit: a URL, handle, hashtag, file name or hyphenated compound. */
function glued(doc: AnalysedDocument, t: Token): boolean {
  const before = doc.text[t.start - 1] ?? ' ';
  const after = doc.text[t.end] ?? ' ';
  return /[@#/\\_.\-\p{L}\p{N}]/u.test(before) || /[@/\\_\-\p{L}\p{N}]/u.test(after) || (after === '.' && /[\p{L}]/u.test(doc.text[t.end + 1] ?? ''));
}

function doubledSpaces(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const p of doc.paragraphs) {
    const para = doc.text.slice(p.start, p.end);
    const runs = para.match(/ {2,}/g);
    // Many runs of spaces lay out a table ("Jakarta  120  340"): a run of three spaces or more, or
    // one beside a digit, marks one. Prose typed with a doubled space here and there has neither,
    // however many it holds (copy pasted from a PDF or a phone draft).
    if (!runs || (runs.length >= 3 && (runs.some((r) => r.length > 2) || /\d {2}|  \d/.test(para)))) continue;
    const re = /([\p{L},;]) {2,}(\p{L})/gu;
    for (let m = re.exec(para); m !== null; m = re.exec(para)) {
      const start = p.start + m.index + 1;
      const end = start + m[0].length - 2;
      const prev = doc.tokenAt(start - 1);
      const next = doc.tokenAt(end);
      if (!prev || !next || prev.sentence !== next.sentence) continue;
      out.push({
        start,
        end,
        message: 'Two spaces between words: one is enough.',
        suggestions: [' '],
        confidence: 0.7,
        fixable: true,
      });
    }
  }
  return out;
}

/** ISO 4217 codes that news copy from Indonesia writes before amounts. */
const CURRENCY = /(?<![\p{L}\p{N}])(IDR|USD|SGD|MYR|EUR|JPY|CNY|RMB|KRW|AUD|GBP|HKD|THB|PHP|INR|SAR)( ?)(\d[\d.,]*)/gu;

function gluedCurrency(doc: AnalysedDocument): FindingDraft[] {
  const text = doc.text;
  if (!/[A-Z]{3} ?\d/.test(text)) return [];
  const spaced = new Set<string>();
  const glued: RegExpExecArray[] = [];
  for (const m of text.matchAll(CURRENCY)) {
    if (m[2] === ' ') spaced.add(m[1]!);
    else glued.push(m);
  }
  return glued
    .filter((m) => spaced.has(m[1]!))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `"${m[0]}": the code and the amount are spaced elsewhere in this text ("${m[1]} …"); write "${m[1]} ${m[3]}" here too.`,
      suggestions: [`${m[1]} ${m[3]}`],
      confidence: 0.7,
      fixable: true,
    }));
}

/** A sentence end and the next sentence's first letter (or its opening quote), with one or more spaces. */
const SENTENCE_GAP = /[.!?]["\u201D\u2019)]? +(?=[\p{Lu}"\u201C])/gu;

function doubledSentenceSpaces(doc: AnalysedDocument): FindingDraft[] {
  const text = doc.text;
  if (!text.includes('  ')) return [];
  let single = 0;
  const doubled: [number, number][] = [];
  for (const m of text.matchAll(SENTENCE_GAP)) {
    const spaces = m[0].length - m[0].trimEnd().length;
    if (spaces === 1) single++;
    else doubled.push([m.index + m[0].length - spaces, m.index + m[0].length]);
  }
  // The text's own style is single spacing: many single gaps, and the double ones a few slips.
  if (doubled.length === 0 || doubled.length > 2 || single < 4 * doubled.length || single < 4) return [];
  const out: FindingDraft[] = [];
  for (const [start, end] of doubled) {
    const prev = doc.tokenAt(start - 1);
    // An abbreviation's dot ("Mr.  Smith") is not a sentence end; a URL's dot is not either.
    if (!prev || prev.type === 'url' || prev.type === 'email' || /^\p{Lu}\p{Ll}{0,2}\.$/u.test(prev.text)) continue;
    out.push({
      start,
      end,
      message: 'Two spaces after this sentence, where the rest of the text uses one.',
      suggestions: [' '],
      confidence: 0.6,
      fixable: true,
    });
  }
  return out;
}

const SPACED_PERCENT = /(?<=\d) +%/g;

function spacedPercent(doc: AnalysedDocument): FindingDraft[] {
  if (!includesAfter(doc.text, ' ', '%')) return [];
  const out: FindingDraft[] = [];
  for (const m of doc.text.matchAll(SPACED_PERCENT)) {
    const start = m.index;
    let from = start;
    while (from > 0 && /[\d.,]/.test(doc.text[from - 1]!)) from--;
    const number = doc.text.slice(from, start);
    out.push({
      start: from,
      end: start + m[0].length,
      message: `English writes the percent sign against its number: "${number}%".`,
      suggestions: [`${number}%`],
      confidence: 0.7,
      fixable: true,
    });
  }
  return out;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const MONTH_AFTER = new RegExp(`^ (?:${MONTHS})\\b`);
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS}) $`);

function spacedDayRange(doc: AnalysedDocument): FindingDraft[] {
  const text = doc.text;
  const out: FindingDraft[] = [];
  // Each spaced hyphen or en dash is looked at directly, not by a regex tried at every offset.
  // The occurrences of " - " are found from the dash character, far rarer than the space that a
  // search for the three characters keys on (slow in a two-byte text); the start of each accepted
  // occurrence is at least three past the previous one, as successive indexOf(dash, at + 3) gave.
  for (const mark of ['-', '\u2013']) {
    let from = 0;
    for (let h = text.indexOf(mark, 1); h !== -1; h = text.indexOf(mark, h + 1)) {
      const at = h - 1;
      if (at < from || text.charCodeAt(at) !== 32 || text.charCodeAt(h + 1) !== 32) continue;
      from = at + 3;
      // Both regexes need a digit against the dash's spaces: most dashes stop at that look.
      const dl = text.charCodeAt(at - 1);
      const dr = text.charCodeAt(at + 3);
      if (!(dl >= 48 && dl <= 57 && dr >= 48 && dr <= 57)) continue;
      const left = /(?:^|[^\d.,])(\d{1,2})$/.exec(text.slice(Math.max(0, at - 3), at));
      const right = /^(\d{1,2})(?![\d.,:])/.exec(text.slice(at + 3, at + 6));
      if (!left || !right) continue;
      const start = at - left[1]!.length;
      const end = at + 3 + right[1]!.length;
      if (!MONTH_AFTER.test(text.slice(end, end + 11)) && !MONTH_BEFORE.test(text.slice(Math.max(0, start - 11), start))) continue;
      out.push({
        start,
        end,
        message: `A range of days is written closed up: "${left[1]}-${right[1]}".`,
        suggestions: [`${left[1]}-${right[1]}`],
        confidence: 0.65,
        fixable: true,
      });
    }
  }
  return out;
}

/** A round bracket with a space after its opening or before its closing mark, on one line. */
const SPACED_BRACKET = /\(( *)([\p{L}\p{N}][^()\n]{0,78}?[\p{L}\p{N}.]|[\p{L}\p{N}])( *)\)/gu;

function spacedBrackets(doc: AnalysedDocument): FindingDraft[] {
  const text = doc.text;
  if (!includesBefore(text, '(', ' ') && !includesAfter(text, ' ', ')')) return [];
  const out: FindingDraft[] = [];
  for (const m of text.matchAll(SPACED_BRACKET)) {
    const before = m[1]!;
    const after = m[3]!;
    if (before.length === 0 && after.length === 0) continue;
    // "( 1 )" list markers and "( a )" clause labels are a layout, not a slip.
    if (m[2]!.length < 2) continue;
    const inner = m[2]!;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `No space inside brackets in English: "(${inner})".`,
      suggestions: [`(${inner})`],
      confidence: 0.75,
      fixable: true,
    });
  }
  return out;
}

/** A round bracket glued to the word before it or after it: "agency(BNPB) said", "(BNPB)said". */
const GLUED_BRACKET = /(?<![\p{L}\p{N}@/._-])(\p{L}{2,})\(([\p{L}][\p{L} .&-]{0,40}[\p{L}.])\)(?=[\s,.;:])|(?<=[\s])\(([\p{L}][\p{L} .&-]{0,40}[\p{L}.])\)(\p{L}{2,})(?![\p{L}\p{N}(])/gu;

/**
 * "the disaster agency(BNPB) said", "the agency (BNPB)said": a bracketed short form or gloss glued
 * to the word beside it. English sets a space outside the brackets. Only letters inside (so a
 * function call "f(x)" or a plural "(s)" of one letter stays silent) and an ordinary word outside.
 */
/**
 * A letter right before "(" or right after ")" somewhere in the text: the brackets' positions are
 * found by indexOf, which is much faster than a regex with no literal to scan for.
 */
function bracketGlued(text: string): boolean {
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) if (i > 0 && LETTER.test(text[i - 1]!)) return true;
  for (let i = text.indexOf(')'); i >= 0; i = text.indexOf(')', i + 1)) if (LETTER.test(text[i + 1] ?? '')) return true;
  return false;
}
const LETTER = /\p{L}/u;

function gluedBrackets(doc: AnalysedDocument): FindingDraft[] {
  const text = doc.text;
  if (!bracketGlued(text)) return [];
  const out: FindingDraft[] = [];
  for (const m of text.matchAll(GLUED_BRACKET)) {
    const before = m[1] !== undefined;
    const word = before ? m[1]! : m[4]!;
    const inner = before ? m[2]! : m[3]!;
    if (inner.length < 2) continue;
    const tok = doc.tokenAt(m.index);
    if (tok && (tok.type === 'url' || tok.type === 'email')) continue;
    const fix = before ? `${word} (${inner})` : `(${inner}) ${word}`;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `A space belongs outside the brackets: "${fix}".`,
      suggestions: [fix],
      confidence: 0.7,
      fixable: true,
    });
  }
  return out;
}

/** A number glued to the ordinary word after it: "20people", "5percent", "1,000children". */
const GLUED_NUMBER = /(?<![\p{L}\p{N}.,/_-])(\d[\d.,]*\d|\d)(\p{Ll}{4,})(?![\p{L}\p{N}])/gu;
const DIGIT_THEN_LOWER = /\d\p{Ll}{4}/u;
const BIG_NUMBER_WORDS = new Set(['million', 'billion', 'trillion']);

function gluedNumbers(doc: AnalysedDocument): FindingDraft[] {
  const text = doc.text;
  const out: FindingDraft[] = [];
  // Most texts have no digit followed by a lower-case letter at all: one scan instead of the match.
  if (!DIGIT_THEN_LOWER.test(text)) return out;
  for (const m of text.matchAll(GLUED_NUMBER)) {
    const word = m[2]!;
    // An English word the fluency model knows, not a unit or an ordinal ("km", "th" are shorter).
    if (!hasExactly(word) || !model().wordIndex.has(word)) continue;
    // "£38million", "$10million": an amount of money with its million glued on is a house style of
    // British papers (the Daily Mail writes it throughout), not a lost space.
    if (BIG_NUMBER_WORDS.has(word) && /[£$€¥]$/u.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    const tok = doc.tokenAt(m.index);
    if (tok && (tok.type === 'url' || tok.type === 'email')) continue;
    const fix = `${m[1]!} ${word}`;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `A space belongs between the number and the word: "${fix}".`,
      suggestions: [fix],
      confidence: 0.7,
      fixable: true,
    });
  }
  return out;
}

export const spacing: Rule = {
  meta: {
    id: 'spacing',
    category: 'fluency/typography',
    severity: 'minor',
    description: 'A missing space between two words ("thesechallenges", "JakartaFinance"), a doubled space inside a sentence (or after one sentence of a single-spaced text), a space before a percent sign ("17 %"), a spaced day range ("6 - 17 May"), spaces inside brackets ("( BNPB )"), or a currency code glued to its amount where the text elsewhere spaces it ("IDR430.2 billion").',
    examples: {
      invalid: [
        { text: 'The government must face thesechallenges together.', flags: ['thesechallenges'], suggestion: 'these challenges' },
        { text: 'The forum was organised by JakartaFinance and two banks.', flags: ['JakartaFinance'], suggestion: 'Jakarta Finance' },
        { text: 'The minister  said the plan was ready.', flags: ['  '], suggestion: ' ' },
        { text: 'The regent  said the road to the  village would reopen after the  rains ended.', flags: ['  ', '  ', '  '], suggestion: ' ' },
        { text: 'The president ofIndonesia opened the summit.', flags: ['ofIndonesia'], suggestion: 'of Indonesia' },
        { text: 'Mandiri sold IDR 16.6 trillion of bonds, and BRI sold IDR4.2 trillion.', flags: ['IDR4.2'], suggestion: 'IDR 4.2' },
        { text: 'Sales of fuel rose 17 % in September.', flags: ['17 %'], suggestion: '17%' },
        { text: 'The travel ban runs from 6 - 17 May 2021.', flags: ['6 - 17'], suggestion: '6-17' },
        { text: 'The disaster agency ( BNPB ) sent tents to Palu.', flags: ['( BNPB )'], suggestion: '(BNPB)' },
        { text: 'The team met the regent (Bupati ) of Bantul.', flags: ['(Bupati )'], suggestion: '(Bupati)' },
        { text: 'The rain stopped. The river fell. The pumps ran. The roads dried.  The schools reopened. The market filled.', flags: ['  '], suggestion: ' ' },
        { text: 'The aid was sent tothe village on Monday.', flags: ['tothe'], suggestion: 'to the' },
        { text: 'Asone of the efforts, the agency planted trees.', flags: ['Asone'], suggestion: 'As one' },
        { text: 'The disaster agency(BNPB) said twelve people died.', flags: ['agency(BNPB)'], suggestion: 'agency (BNPB)' },
        { text: 'The flood killed 20people in the village.', flags: ['20people'], suggestion: '20 people' },
      ],
      valid: [
        // A species epithet after its genus, and cited again: Latin, not two words.
        'The moss was named Bryoria vulgaris ("vulgaris" means common).',
        // A title styled as one word after a name, and a British paper's "£38million".
        'Photographers from AramcoWorld joined the expedition to the caves.',
        'The tycoon was fined £38million and ordered to repay $10million.',
        'Jakarta  120  340  560 and Bandung  80  95  110 were the figures.',
        'Fans queued for the new PlayStation in Jakarta, and ByteDance opened an office.',
        'The regulator fined PayPal and YouTube last year.',
        'Drivers for inDrive and readers of theGuardian met in eBay offices.',
        'Nevertheless, the committee approved the budget.',
        'The deal ends here.  A new one starts in May.',
        'Follow @jakartaweather or visit weatherstation.example.org for updates.',
        'Mandiri sold IDR16.6 trillion of bonds, and BRI sold IDR4.2 trillion.',
        'Chelsea won 2 - 1 in May, and rates rose 3%.',
        'The rain stopped.  The river fell.  The pumps ran.  The roads dried.',
        'Tick the box marked ( ) and sign the form under clause ( a ).',
        'The agency (BNPB) sent tents to Palu (Central Sulawesi).',
        'The road is 40km long and opened in the 1990s.',
        'He went into the house and onto the roof to atone.',
        'Solve f(x) for each of the plural(s) listed.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    return [...runTogether(doc), ...doubledSpaces(doc), ...gluedCurrency(doc), ...doubledSentenceSpaces(doc), ...spacedPercent(doc), ...spacedDayRange(doc), ...spacedBrackets(doc), ...gluedBrackets(doc), ...gluedNumbers(doc)];
  },
};
