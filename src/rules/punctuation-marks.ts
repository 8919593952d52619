/**
 * Checks of the punctuation rule about single marks and the spaces around them, kept apart from
 * the comma-and-clause checks of punctuation.ts:
 *
 * - a space before a full stop or semicolon ("the village .", "council ;however");
 * - a missing space after a comma, semicolon or full stop between two words ("village,the",
 *   "closed.The road");
 * - "ie" and "eg" without their stops ("ie National Development Planning Agency");
 * - a reporting verb run into "citing"/"quoting" ("Idrus said citing Antara": Indonesian "kata
 *   Idrus mengutip Antara");
 * - a quotation closed without the comma its attribution needs ("… the same work team” Jokowi
 *   mentioned");
 * - a bracket left open, or closed without an opening, in its paragraph;
 * - a name set off from the title before it by a comma never closed ("Minister of Social Affairs,
 *   Juliari P. Batubara and his entourage visited").
 *
 * Every check reads the analysed text with its tokens; none tokenises again.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { isEnglishWord } from '../lexicons/english-words.js';
import { cueFor } from '../people/cues.js';
import type { FindingDraft } from './types.js';
import { includesAfter } from './text-scan.js';
import { isFiniteVerb } from './punctuation-clauses.js';
import { isCapitalisedWord, twoLowerWords } from './word-shape.js';

// ---------------------------------------------------------------------------------------------
// Space before a full stop or semicolon

/**
 * "The road was closed .", "the council ;however": a space between a word and the full stop or
 * semicolon after it. An ellipsis (" ...", " . . .") and a lone dot in a list or code stay silent.
 */
export function spaceBeforeStop(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  // Every match ends in a space directly followed by the mark: a text without " ." or " ;" has
  // none, and most news text is such (two substring searches instead of the regex over every
  // paragraph, which CPU profiles showed as about a twentieth of the punctuation rule).
  if (!includesAfter(doc.text, ' ', '.') && !includesAfter(doc.text, ' ', ';')) return out;
  for (const p of doc.paragraphs) {
    const para = doc.text.slice(p.start, p.end);
    const re = /([\p{L}\p{N})\u201D"]) +([.;])(?=$|[ \p{L}\u201C"])/gu;
    for (let m = re.exec(para); m !== null; m = re.exec(para)) {
      const at = p.start + m.index + 1;
      const mark = m[2]!;
      const next = para[m.index + m[0].length];
      // " . . ." and " .." are ellipses; a number that opens its paragraph before " ." is a list item
      // ("1 . Apply"). A number inside a sentence ("confirmed on Friday, June 4 .") is the slip itself.
      if (mark === '.' && (next === '.' || para[m.index + m[0].length + 1] === '.')) continue;
      if (/\p{N}/u.test(m[1]!) && mark === '.' && /^\s*[\p{N}.]*$/u.test(para.slice(0, m.index + 1))) continue;
      // " .com", " .NET": a name, not a full stop.
      if (mark === '.' && next !== undefined && /\p{L}/u.test(next) && !/^\p{Lu}\p{Ll}/u.test(para.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      const word = doc.tokenAt(at - 1);
      if (!word || word.type === 'url' || word.type === 'email') continue;
      // Mark-up or a code sample: several spaced stops in one paragraph are a layout, not a slip,
      // unless each ends a sentence after a word ("the celebration . The Muslim holiday"): the
      // writer's habit, every one a slip.
      if ((para.match(/ [.;](?= |$)/g) ?? []).length > 2 && !spacedStopsEndSentences(para)) break;
      const end = at + m[0].length - 1;
      // A mark glued to the next word ("council ;however") gets its space after it.
      const glued = next !== undefined && next !== ' ';
      out.push({
        start: at,
        end,
        message: mark === '.' ? 'Space before a full stop: English sets it directly after the word.' : 'Space before a semicolon: English sets it directly after the word.',
        suggestions: [glued ? `${mark} ` : mark],
        confidence: 0.75,
        fixable: true,
      });
    }
  }
  return out;
}

/** Every " ." of the paragraph follows a word and ends a sentence (a capital or the paragraph's end next). */
function spacedStopsEndSentences(para: string): boolean {
  const all = para.match(/ \.(?= |$)/g)?.length ?? 0;
  const sentences = para.match(/\p{L}{2,} \.(?=$| +[\p{Lu}"\u201C])/gu)?.length ?? 0;
  return all > 0 && all === sentences && !para.includes(' ;');
}

// ---------------------------------------------------------------------------------------------
// Missing space after a comma, semicolon or full stop

/** Two-letter sentence openers that may follow a full stop typed without its space. */
const SHORT_OPENERS = new Set(['It', 'He', 'We', 'In', 'At', 'As', 'On', 'If', 'So', 'No', 'An', 'By', 'To']);

/**
 * "the village,the road", "council;however", "The road closed.The bridge": a mark between two
 * words with no space after it. Numbers ("1,000", "3.5"), URLs, e-mail addresses, domain names
 * ("Antaranews.com", "REPUBLIKA.CO.ID"), file names and abbreviations ("U.S.", "e.g.") stay silent:
 * the word before must be a lower-case English word of three letters or more, or (after a comma or
 * full stop) a capitalised word of four letters or more or a four-digit year ("Jakarta,the",
 * "Friday.The", "2021,the"; after a comma the next word must then be a lower-case English word of
 * three letters or more), and after a full stop the word after must be a capitalised English word.
 */
export function missingSpaceAfter(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const text = doc.text;
  // One pass over the marks glued to a letter; the words around each are read from there.
  const re = /[,;.:](?=\p{L})/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    let a = at;
    while (a > 0 && /\p{Ll}/u.test(text[a - 1]!)) a--;
    // A colon only between two lower-case English words of three letters or more, never in a URL
    // or a scheme ("https:", "mailto:"): "in all aspects:economy" (the look-ups follow below).
    if (text[at] === ':' && (at - a < 3 || !/^\p{Ll}{3,}\b/u.test(text.slice(at + 1, at + 5)))) continue;
    // A word after a glued colon may carry its own glued comma: "aspects:economy,trade".
    const afterColon = a > 1 && text[a - 1] === ':' && /\p{Ll}/u.test(text[a - 2]!);
    // After a comma, the word before may also be a name ("Jakarta,the") or a number ("2021,the"):
    // only a lower-case English word may follow then, so "1,000", "A,B" and code stay silent.
    let nameOrNumber = false;
    if (text[at] !== ';' && a > 0 && at - a >= 3 && /\p{Lu}/u.test(text[a - 1]!)) {
      a--;
      nameOrNumber = true;
    } else if (text[at] !== ';' && a === at) {
      while (a > 0 && /\d/.test(text[a - 1]!)) a--;
      nameOrNumber = at - a === 4;
      if (!nameOrNumber) continue;
    }
    if (at - a < 3 || (a > 0 && !afterColon && /[\p{L}\p{N}@./:_,-]/u.test(text[a - 1]!))) continue;
    let b = at + 1;
    while (b < text.length && /\p{L}/u.test(text[b]!)) b++;
    if (b < text.length && (/[\p{N}@/_-]/u.test(text[b]!) || (text[b] === '.' && /\p{L}/u.test(text[b + 1] ?? '')))) continue;
    const before = text.slice(a, at);
    const mark = text[at]!;
    const after = text.slice(at + 1, b);
    // "put out.A total of …": the article opening the next sentence, before a lower-case word.
    const articleA = mark === '.' && after === 'A' && /^ \p{Ll}{2,}/u.test(text.slice(b, b + 4));
    if (mark === '.' && !articleA && !(/^\p{Lu}\p{Ll}+$/u.test(after) && (after.length >= 3 || SHORT_OPENERS.has(after)))) continue;
    if (mark !== '.' && !/^\p{L}\p{Ll}*$/u.test(after)) continue;
    if (mark === ':' && (nameOrNumber || !/^\p{Ll}+$/u.test(after))) continue;
    if (nameOrNumber && mark === ',' && !(/^\p{Ll}{3,}$/u.test(after) && isEnglishWord(after))) continue;
    if (!nameOrNumber && !isEnglishWord(before)) continue;
    // After a full stop, the next sentence may open with a name ("next year.Sandi acknowledged"):
    // taken when the text uses that name elsewhere as a word of its own, so a file name or a
    // domain ("config.Json", "detik.Com") stays silent.
    if (!articleA && !isEnglishWord(after) && !(mark === '.' && !nameOrNumber && after.length >= 4 && namedElsewhere(text, after, at))) continue;
    const tok = doc.tokenAt(a);
    if (tok && (tok.type === 'url' || tok.type === 'email')) continue;
    const fixed = `${before}${mark} ${after}`;
    out.push({
      start: a,
      end: b,
      message: `No space after the ${mark === ',' ? 'comma' : mark === ';' ? 'semicolon' : mark === ':' ? 'colon' : 'full stop'}: "${fixed}".`,
      suggestions: [fixed],
      confidence: 0.8,
      fixable: true,
    });
  }
  return out;
}

/** Whether `name` stands elsewhere in the text as a word of its own (after a space, before no letter). */
function namedElsewhere(text: string, name: string, skip: number): boolean {
  for (let k = text.indexOf(name); k !== -1; k = text.indexOf(name, k + 1)) {
    if (k === skip + 1) continue;
    if (/[\s("\u201C]/.test(text[k - 1] ?? ' ') && !/\p{L}/u.test(text[k + name.length] ?? ' ')) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// "ie" and "eg" without stops

const BARE_ABBREVIATIONS = new Map([
  ['ie', 'i.e.'],
  ['eg', 'e.g.'],
]);

/**
 * "other institutions, ie National Development Planning Agency": the Latin abbreviations are
 * written with stops in English news ("i.e.", "e.g."). Only the lower-case word between a comma or
 * bracket and a following word is taken for the abbreviation.
 */
export function bareAbbreviations(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const t of doc.tokens) {
    const fix = BARE_ABBREVIATIONS.get(t.text);
    if (fix === undefined || t.type !== 'word') continue;
    const prev = doc.tokens[t.i - 1];
    const next = doc.tokens[t.i + 1];
    if (!prev || !next || prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    if (prev.text !== ',' && prev.text !== '(') continue;
    if (!next.spaceBefore || (next.type !== 'word' && next.type !== 'number')) continue;
    out.push({
      start: t.start,
      end: t.end,
      message: `"${t.text}" is written "${fix}" in English.`,
      suggestions: [fix],
      confidence: 0.8,
      fixable: true,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// "said citing Antara"

const CITING = new Set(['citing', 'quoting']);
const SAID = new Set(['said', 'says', 'stated', 'explained', 'added', 'wrote', 'reported', 'told']);

/**
 * "… ," Idrus said citing Antara.": the participle phrase after an attribution is set off by a
 * comma in English ("Idrus said, citing Antara", or "Idrus said, as quoted by Antara").
 */
export function saidCiting(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const t of doc.tokens) {
    if (!CITING.has(t.lower) || !t.spaceBefore) continue;
    const v = doc.tokens[t.i - 1];
    const next = doc.tokens[t.i + 1];
    if (!v || !SAID.has(v.lower) || v.sentence !== t.sentence || !next || next.sentence !== t.sentence) continue;
    // "citing" must introduce a source: a name, a determiner or a noun ("citing data", "citing the").
    if (!(next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'ADJ')) continue;
    out.push({
      start: v.start,
      end: t.end,
      message: `A comma sets off "${t.text} …" from the attribution: "${v.text}, ${t.text}".`,
      suggestions: [`${v.text}, ${t.text}`],
      confidence: 0.7,
      note: 'Indonesian "kata X mengutip Y" has no comma; English sets the participle phrase off with one.',
      fixable: true,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A quotation closed without its comma before the attribution

const REPORTING_AFTER = new Set([
  'said', 'says', 'stated', 'added', 'explained', 'mentioned', 'stressed', 'emphasized', 'emphasised', 'continued', 'asserted', 'noted',
  'revealed', 'told', 'concluded', 'remarked', 'insisted', 'conveyed', 'hoped', 'urged', 'asked', 'argued', 'admitted', 'claimed', 'warned',
]);
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * `"… in the same work team” Jokowi mentioned`: the quoted sentence ends in a word, and the
 * attribution follows the closing mark without the comma English puts inside it (`team,” Jokowi
 * mentioned`). The quotation must be speech (four words or more, opened at a sentence or clause
 * start) and the words after it an attribution (a pronoun or name, then a reporting verb, or the
 * verb first: "said Ahmad"), so a quoted title or term ("the ‘Sell America’ trade") stays silent.
 */
export function quoteWithoutComma(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  // insideStyle() reads the whole text and depends on nothing else: asked once per document, not once
  // per quotation with its comma outside (old wire copy has dozens).
  let inside: boolean | undefined;
  for (const q of doc.quotes) {
    const closeAt = q.end - 1;
    const mark = doc.text[closeAt];
    if (mark !== '\u201D' && mark !== '"') continue;
    const last = doc.text[closeAt - 1] ?? '';
    if (!/\p{L}/u.test(last)) continue;
    const inner = doc.text.slice(q.start + 1, closeAt);
    if (inner.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 4) continue;
    // Opened as speech: at the paragraph start, or after a colon, a comma or a sentence end.
    const opener = doc.tokenAt(q.start);
    const para = opener ? doc.paragraphs[doc.sentences[opener.sentence]!.paragraph] : undefined;
    if (!para) continue;
    const lead = doc.text.slice(para.start, q.start).trimEnd();
    if (lead !== '' && !/[:,.]$/.test(lead)) continue;
    // `word" said Ahmad` (no comma) or `word", said Ahmad` (the comma outside the mark).
    const outside = doc.text[q.end] === ',';
    const gap = q.end + (outside ? 1 : 0);
    if (doc.text[gap] !== ' ' || !attributionAt(doc, gap + 1)) continue;
    const wordStart = lastWordStart(doc, closeAt);
    // A comma outside the mark is a house style of some publishers (and of old wire copy): a slip only
    // where the same text elsewhere puts it inside; otherwise a note.
    const style = outside && !(inside ??= insideStyle(doc)) ? { severity: 'info' as const } : {};
    out.push({
      ...style,
      start: wordStart,
      end: gap,
      message: outside
        ? 'A quotation followed by its attribution takes its comma inside the closing mark, not after it.'
        : 'A quotation followed by its attribution ends with a comma inside the closing mark.',
      suggestions: [`${doc.text.slice(wordStart, closeAt)},${mark}`],
      confidence: 0.75,
      fixable: true,
    });
  }
  return out;
}

/** The text closes some quotation with the comma inside the mark before an attribution (`ready," he said`). */
function insideStyle(doc: AnalysedDocument): boolean {
  for (const m of doc.text.matchAll(/\p{L},["\u201D] /gu)) if (attributionAt(doc, m.index + m[0].length)) return true;
  return false;
}

/** An attribution starts at `at`: a reporting verb, or a pronoun or up to four name words and then one ("said Ahmad", "he added"). */
export function attributionAt(doc: AnalysedDocument, at: number): boolean {
  const first = doc.tokenAt(at);
  if (!first || first.type !== 'word' || first.start !== at) return false;
  if (REPORTING_AFTER.has(first.lower)) return true;
  let k = first.i;
  if (SPEAKER_PRONOUNS.has(first.lower)) k++;
  else while (k < first.i + 4 && /^\p{Lu}\p{L}+$/u.test(doc.tokens[k]?.text ?? '') && doc.tokens[k]!.pos === 'PROPN') k++;
  const verb = doc.tokens[k];
  return k > first.i && verb !== undefined && REPORTING_AFTER.has(verb.lower) && verb.sentence === first.sentence;
}

function lastWordStart(doc: AnalysedDocument, at: number): number {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}'’-]/u.test(doc.text[i - 1]!)) i--;
  return i;
}

// ---------------------------------------------------------------------------------------------
// A paragraph of running prose without its closing full stop

/** A paragraph that is a heading, byline, credit or list line rather than prose. */
const NOT_PROSE_END = /(?:^|\s)(?:Editor|Editing|Reporter|Reporting|Writer|Translator|Photo|Source|Read also|Baca juga)\b|[:;,(\-–—]$/iu;

/** The characters `\s` matches (ECMAScript white space and line terminators). */
function isSpaceCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `s.split(/\s+/).length` without building the array (this runs for every paragraph): runs of white
 * space + 1; with `cap`, counting stops there and the answer is min(count, cap), so a test such as
 * "fewer than ten words" reads only the paragraph's first words instead of all of it.
 */
function piecesBetweenSpaces(s: string, cap = Infinity): number {
  let n = 1;
  for (let i = 0; i < s.length && n < cap; i++) if (isSpaceCode(s.charCodeAt(i)) && (i === 0 || !isSpaceCode(s.charCodeAt(i - 1)))) n++;
  return n;
}

/**
 * "… increased by 420 people or 15.2 percent⏎For the performance of …": a paragraph of running
 * prose (a sentence of ten words or more, with a lower-case word, not the headline) that ends in a
 * word or number with no full stop, while the next paragraph goes on. Headings, bylines and list
 * items are short or carry their own marks, and the text must end its other prose paragraphs with
 * a stop (so a text laid out without stops keeps its layout).
 */
/** The characters that end a stopped paragraph: . ! ? " ' ” ’ ) ] */
const STOP_ENDS = new Set([0x2e, 0x21, 0x3f, 0x22, 0x27, 0x201d, 0x2019, 0x29, 0x5d]);

/** Words no English sentence ends on: a paragraph stopping on one was broken mid-sentence. */
const MID_SENTENCE_END = /^(?:that|the|a|an|of|to|and|or|but|in|on|at|by|for|with|from|as|which|who|whose|its|their|his|her)$/i;
/**
 * Words that introduce a list laid out as the next paragraph ("the most fire-prone areas are⏎Rokan
 * Hilir, Siak, …": a native page's bulleted list, flattened by the copy): not a slip.
 */
const LIST_INTRODUCER_END = /^(?:are|is|were|was|include|includes|included|including|namely|follows|following)$/i;

export function missingFinalStop(doc: AnalysedDocument): FindingDraft[] {
  const paras = doc.paragraphs;
  if (paras.length < 4) return [];
  const out: FindingDraft[] = [];
  let stopped = 0;
  const open: number[] = [];
  // The opening run of paragraphs without a stop is the headline block: a headline, then a
  // standfirst or a photo caption ("Aerial footage shows the flooded villages of the island"), which
  // news sites print without a full stop.
  let headingBlock = true;
  for (let i = 1; i + 1 < paras.length; i++) {
    const p = paras[i]!;
    const body = doc.text.slice(p.start, p.end).trimEnd();
    // `/[.!?"'\u201D\u2019)\]]$/.test(body)` as a look at the last character: the regex tried every
    // position of every paragraph before failing at all but the last.
    const ends = body.length > 0 && STOP_ENDS.has(body.charCodeAt(body.length - 1));
    // A lead opening with a dateline ("JAKARTA (ANTARA) - …") is the article's first paragraph, not a standfirst.
    const dateline = /^\p{Lu}{3,}[\p{Lu} ,.'()]*\s*[-\u2013\u2014:(]/u.test(body);
    const inHeading = headingBlock && !dateline;
    if (ends || dateline) headingBlock = false;
    // Capped at 13: the tests below ask only "fewer than 10" and "at most 12"; the exact count is
    // taken for the few paragraphs that reach the title-case test.
    const words = piecesBetweenSpaces(body, 13);
    if (words < 10 || !twoLowerWords(body)) continue;
    if (ends) {
      stopped++;
      continue;
    }
    if (inHeading) continue;
    // A standfirst under a heading inside the text (a page of several obituaries or reviews: "Eddie
    // Grant obituary⏎Businessman who founded the county's first hospice after …"): the paragraph
    // before is a short heading without a stop (not the headline: the lead under it is handled by
    // the heading block), and this one is a single clause with no comma and no dateline.
    const prev = paras[i - 1]!;
    const prevBody = doc.text.slice(prev.start, prev.end).trimEnd();
    if (
      i >= 2 &&
      !dateline &&
      prevBody.length > 0 &&
      !STOP_ENDS.has(prevBody.charCodeAt(prevBody.length - 1)) &&
      piecesBetweenSpaces(prevBody, 9) <= 8 &&
      !/[,;:]|\p{Ll}{2}[.!?] /u.test(body)
    )
      continue;
    // A sub-headline inside the text ("Heavy rain clears the haze as the president arrives"): one
    // short clause, no comma, no sentence break. A paragraph of running prose that lost its stop is
    // longer or carries its clauses' commas.
    if (words <= 12 && !/[,;:]|\p{Ll}{2}[.!?] /u.test(body)) continue;
    if (!/[\p{L}\p{N}]$/u.test(body) || NOT_PROSE_END.test(body) || !/^\p{Lu}/u.test(body)) continue;
    // The next paragraph opens a new sentence with a capital; a quotation or a mark there may be the
    // paragraph's own continuation ("the team: “We have …").
    const next = paras[i + 1]!;
    if (!/^\p{Lu}\p{Ll}/u.test(doc.text.slice(next.start, next.start + 2))) continue;
    // Title case throughout is a heading, however long.
    const capitalised = body.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitalised * 2 > piecesBetweenSpaces(body)) continue;
    open.push(p.start + body.length);
  }
  if (open.length === 0 || open.length > 2 || stopped < 3 * open.length) return [];
  for (const end of open) {
    let start = end;
    while (start > 0 && /[\p{L}\p{N}.,%]/u.test(doc.text[start - 1]!)) start--;
    const word = doc.text.slice(start, end);
    if (LIST_INTRODUCER_END.test(word)) continue;
    // A paragraph that stops on a word no English sentence ends on ("said on Thursday night that")
    // was broken mid-sentence: the sentence goes on in the next paragraph, so no full stop belongs there.
    if (MID_SENTENCE_END.test(word)) {
      out.push({
        start,
        end,
        message: `This paragraph breaks off mid-sentence after "${word}": the sentence goes on in the next paragraph; join the two.`,
        suggestions: [],
        confidence: 0.6,
      });
      continue;
    }
    out.push({
      start,
      end,
      message: 'This paragraph of running text ends without a full stop.',
      suggestions: [`${word}.`],
      confidence: 0.6,
      fixable: true,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A hyphen left hanging before a space

/**
 * "the 20-km- Pejagan-Pemalang toll road": a hyphenated compound with a stray hyphen before the next
 * word. A suspended hyphen ("20- and 30-year bonds", "pre- or post-war") is followed by a
 * conjunction, so only a hyphen before any other word is reported.
 */
const SUSPENDED_BEFORE = /^(?:and|or|to|nor|und|as)\b/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function hangingHyphen(doc: AnalysedDocument): FindingDraft[] {
  const text = doc.text;
  const out: FindingDraft[] = [];
  // Each "- " is looked at directly: a regex with a look-behind would be tried at every offset.
  for (let at = text.indexOf('- '); at !== -1; at = text.indexOf('- ', at + 2)) {
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') || !/\p{L}/u.test(text[at + 2] ?? ' ')) continue;
    let start = at;
    let hyphens = 0;
    while (start > 0 && (WORD_CHAR.test(text[start - 1]!) || text[start - 1] === '-')) {
      if (text[start - 1] === '-') hyphens++;
      start--;
    }
    // A compound before the stray hyphen ("20-km"), its parts words or numbers.
    const word = text.slice(start, at);
    if (word.startsWith('-') || word.includes('--') || SUSPENDED_BEFORE.test(text.slice(at + 2, at + 6))) continue;
    if (hyphens === 0) {
      const loose = looseHyphen(text, start, at, word);
      if (loose) out.push(loose);
      continue;
    }
    out.push({
      start,
      end: at + 1,
      message: `A stray hyphen after "${word}": the compound ends there.`,
      suggestions: [word],
      confidence: 0.7,
      fixable: true,
    });
  }
  return out;
}

/** Words that join the next one with a hyphen when a stray space follows it ("nine- month"). */
const JOINING_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'hundred', 'thousand',
  'self', 'non', 'anti', 'pre', 'post', 'multi', 'semi', 'well',
]);

/**
 * A plain word with a hyphen and then a space before a lower-case word: "graft- twice within a
 * week- does", "the nine- month period". English has no such hyphen: either the compound was
 * split ("nine-month") or a dash lost its space ("graft — twice"). The word must be letters with
 * lower case (ratings such as "BBB- " and single letters stay silent) and the next a lower-case
 * word; a suspended hyphen ("small- and medium-sized") was skipped before.
 */
function looseHyphen(text: string, start: number, at: number, word: string): FindingDraft | undefined {
  if (!/^\p{L}\p{Ll}{2,}$/u.test(word) || (start > 0 && !/[\s("\u201C]/.test(text[start - 1]!))) return undefined;
  let b = at + 2;
  while (b < text.length && /\p{Ll}/u.test(text[b]!)) b++;
  const next = text.slice(at + 2, b);
  if (next.length < 2 || /[\p{L}\p{N}]/u.test(text[b] ?? ' ')) return undefined;
  // A word split at a line's end and joined again ("inter- national") closes up; a number or a
  // prefix makes a hyphenated compound ("nine- month", "self- reliance"); anything else is a dash.
  const closed = isEnglishWord(`${word}${next}`.toLowerCase()) ? `${word}${next}` : undefined;
  const join = closed ?? (JOINING_WORDS.has(word.toLowerCase()) ? `${word}-${next}` : undefined);
  return {
    start,
    end: b,
    message: join
      ? `A stray space after the hyphen: the word is "${join}".`
      : `A hyphen with a space after it only: this break is a dash ("${word} — ${next}").`,
    suggestions: [join ?? `${word} — ${next}`],
    confidence: join ? 0.7 : 0.6,
    fixable: true,
  };
}

// ---------------------------------------------------------------------------------------------
// A semicolon before a relative clause

/**
 * "the homecoming ban; which of course still refers to …": a semicolon joins two clauses that could
 * each stand alone, and a clause opened by the relative "which" cannot; English sets it off with a
 * comma. "; which one" and "; which is why" open a question or a new clause and stay silent.
 */
export function semicolonBeforeWhich(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const t of doc.tokens) {
    if (t.text !== ';' || t.spaceBefore) continue;
    const next = doc.tokens[t.i + 1];
    const after = doc.tokens[t.i + 2];
    const prev = doc.tokens[t.i - 1];
    if (!next || next.text !== 'which' || !prev || prev.type !== 'word' || next.sentence !== t.sentence) continue;
    if (after && (after.lower === 'one' || after.lower === 'ones' || (after.lower === 'is' && doc.tokens[t.i + 3]?.lower === 'why'))) continue;
    out.push({
      start: t.start,
      end: t.end,
      message: 'A semicolon joins two full clauses; a "which" clause is set off with a comma.',
      suggestions: [','],
      confidence: 0.7,
      fixable: true,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Unbalanced brackets

/**
 * A bracket opened and never closed in its paragraph, or closed without an opening ("the Cabinet
 * Secretariat (Setkab, held …"). List markers ("1)", "a)") and smileys are left alone.
 */
export function unbalancedBrackets(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const p of doc.paragraphs) {
    const para = doc.text.slice(p.start, p.end);
    if (!para.includes('(') && !para.includes(')')) continue;
    const open: number[] = [];
    const stray: number[] = [];
    for (let i = 0; i < para.length; i++) {
      const c = para[i];
      if (c === '(') open.push(i);
      else if (c === ')') {
        if (open.length > 0) open.pop();
        // "… 154 games.)": a parenthetical of whole sentences, which may run across paragraphs.
        else if (/[.!?]["\u201D]?$/.test(para.slice(Math.max(0, i - 2), i))) continue;
        // "1)", "a)" at the start of a paragraph or after a space: an enumeration.
        else if (!/(?:^|\s)[\p{L}\p{N}]{1,2}$/u.test(para.slice(Math.max(0, i - 3), i)) && !/[:;]-?$/.test(para.slice(Math.max(0, i - 2), i))) stray.push(i);
      }
    }
    // Several stray marks are a layout (a list of "a) … b) …"), not a slip.
    if (open.length + stray.length !== 1) continue;
    const at = open[0] ?? stray[0]!;
    // A bracket opening a sentence ("(American League expansion …") may hold several sentences and
    // paragraphs: only a bracket inside a sentence is expected to close in it.
    if (open.length === 1 && /(?:^|[.!?]["\u201D]?\s+)$/.test(para.slice(0, at))) continue;
    const unopened = open.length === 0;
    const tok: Token | undefined = doc.tokenAt(p.start + at);
    if (tok && (tok.type === 'url' || tok.type === 'emoticon' || tok.type === 'emoji')) continue;
    out.push({
      start: p.start + at,
      end: p.start + at + 1,
      message: unopened ? 'This closing bracket has no opening bracket in its paragraph.' : 'This bracket is never closed in its paragraph.',
      confidence: 0.6,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// An appositive name opened by a comma and never closed

/** Office words that head a title phrase even where the person cues lack them. */
const OFFICE_HEADS = new Set(['Head', 'Chief', 'Coordinator', 'Rector', 'Dean', 'Administrator', 'Executive', 'Officer']);
const TITLE_LINKS = new Set(['of', 'for', 'at', 'on', 'the', 'and', '&']);
const FOLLOWERS = new Set(['his', 'her', 'their']);
/** Office nouns written in lower case after an opening "The": "The head of the agency, …". */
const LOWER_OFFICE_HEADS = new Set(['head', 'chief', 'chairman', 'chairwoman', 'chairperson', 'director', 'secretary', 'coordinator', 'commander', 'spokesperson', 'spokesman', 'spokeswoman']);
/** An acronym the title phrase gives in brackets: "(BPBD)", "(Kemenkes)". */
const BRACKETED_ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}\d-]{1,11}$/u;

/**
 * "Minister of Social Affairs, Juliari P. Batubara and his entourage visited …", "Vice President
 * of Corporate Communication at Pertamina, Ali Mundakir said …": a capitalised office title opens
 * the sentence and a comma sets the name after it off, but no comma closes it before the verb.
 * English writes the title and name without commas ("Minister of Social Affairs Juliari Batubara
 * visited") or brackets the name with two ("the minister, Juliari Batubara, visited"); the fix
 * closes the appositive, which is English whatever the title.
 */
export function unclosedAppositive(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    // The title starts the sentence, or follows a dateline's dash ("AMBON (28/11) - Minister …").
    let from = s.tokenStart;
    for (let x = s.tokenStart; x < Math.min(s.tokenEnd, s.tokenStart + 12); x++) {
      const t = doc.tokens[x]!;
      if ((t.text === '-' || t.text === '\u2013' || t.text === '\u2014') && t.spaceBefore) {
        from = x + 1;
        break;
      }
    }
    titleThenName(doc, s, from, out);
    // Or it follows a sentence adverb and its comma: "Meanwhile, the Head of …, Amzar explained".
    const opener = doc.tokens[from];
    if (opener && opener.pos === 'ADV' && /^\p{Lu}\p{Ll}+$/u.test(opener.text) && doc.tokens[from + 1]?.text === ',') titleThenName(doc, s, from + 2, out);
    // Or it opens the attribution after a quotation: "… before Eid," Vice President of …, Ali said.
    for (let x = from + 1; x < s.tokenEnd - 1; x++) {
      const t = doc.tokens[x]!;
      if ((t.text === '\u201D' || t.text === '"') && doc.tokens[x - 1]!.text === ',' && doc.tokens[x + 1]!.spaceBefore) titleThenName(doc, s, x + 1, out);
      // Or an organisation's possessive after a comma: "…, Pertamina's Vice President of …, Ali said".
      else if ((t.lower === "'s" || t.lower === '\u2019s') && doc.tokens[x - 2]?.text === ',' && doc.tokens[x - 1]!.pos === 'PROPN') titleThenName(doc, s, x + 1, out);
    }
    roleThenVerb(doc, s, out);
  }
  return out;
}

/** A single name word: a capital and two lower-case letters or more. */
const SINGLE_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/** One title-then-name attribution starting at token `from` of sentence `s`. */
function titleThenName(doc: AnalysedDocument, s: { tokenEnd: number }, from: number, out: FindingDraft[]): void {
  let k = from;
  let head = false;
  let limit = from + 12;
  while (k < s.tokenEnd && k < limit) {
    const t = doc.tokens[k]!;
    if (t.text === ',') break;
    // An acronym in brackets after the agency's name: "Agency (BPBD) of OKU Regency, …".
    if (t.text === '(' && k > from && BRACKETED_ACRONYM.test(doc.tokens[k + 1]?.text ?? '') && doc.tokens[k + 2]?.text === ')') {
      k += 3;
      limit += 3;
      continue;
    }
    // "The head of the … Team, Atikoh said": a lower-case office noun after the opening "The".
    if (k === from + 1 && doc.tokens[from]!.text === 'The' && LOWER_OFFICE_HEADS.has(t.text) && doc.tokens[k + 1]?.lower === 'of') {
      head = true;
      k++;
      continue;
    }
    const capitalised = /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text);
    if (k === from && t.text === 'The' && LOWER_OFFICE_HEADS.has(doc.tokens[k + 1]?.text ?? '')) {
      k++;
      continue;
    }
    if (!capitalised && !TITLE_LINKS.has(t.lower)) break;
    // "As Mayor, Mr. Levitt might …", "In Jakarta, Governor …": an introductory phrase, no title.
    if (capitalised && !TITLE_LINKS.has(t.lower) && (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'ADV' || t.pos === 'PRON' || t.pos === 'DET')) break;
    if (capitalised && (OFFICE_HEADS.has(t.text) || cueFor(t.text)?.title === true)) head = true;
    // A person noun heading the phrase in Indonesian order: "Analyst of Valbury Futures, …",
    // "Lecturer at Gadjah Mada University, …" (Indonesian "Analis …, Lukman mengatakan").
    if (k === from && capitalised && cueFor(t.lower)?.personNoun === true && (doc.tokens[k + 1]?.lower === 'of' || doc.tokens[k + 1]?.lower === 'at' || doc.tokens[k + 1]?.lower === 'from')) head = true;
    k++;
  }
  const comma = doc.tokens[k];
  if (!head || !comma || comma.text !== ',' || k - from < 2 || doc.inQuote(comma.start)) return;
  const last = doc.tokens[k - 1]!;
  if (!/^\p{Lu}/u.test(last.text)) return;
  // The name: two to five capitalised words or initials, then a verb or "and his/her/their"; one
  // name word (an Indonesian single name: "Head of Sumur Batu Village, Nurhidayat said") when a
  // finite verb follows it.
  let n = k + 1;
  while (n < s.tokenEnd && n < k + 6 && /^\p{Lu}[\p{L}.'’-]*$/u.test(doc.tokens[n]!.text) && doc.tokens[n]!.spaceBefore) n++;
  if (n >= s.tokenEnd) return;
  const single = n - (k + 1) === 1 && SINGLE_NAME.test(doc.tokens[k + 1]!.text) && doc.tokens[k + 1]!.pos === 'PROPN' && !CALENDAR.test(doc.tokens[k + 1]!.text) && cueFor(doc.tokens[k + 1]!.text) === undefined && (doc.tokens[n]!.pos === 'AUX' || isFiniteVerb(doc.tokens[n]));
  if (n - (k + 1) < (single ? 1 : 2)) return;
  const after = doc.tokens[n]!;
  const verb = (after.pos === 'VERB' || after.pos === 'AUX') && /^\p{Ll}/u.test(after.text) && !after.lower.endsWith('ing');
  const conj = after.lower === 'and' && FOLLOWERS.has(doc.tokens[n + 1]?.lower ?? '');
  if (!verb && !conj) return;
  const name = doc.text.slice(doc.tokens[k + 1]!.start, doc.tokens[n - 1]!.end);
  out.push({
    start: last.start,
    end: after.end,
    message: `The name "${name}" is set off from its title by a comma that is never closed: write the title and name without commas, or close the comma after the name.`,
    suggestions: [`${last.text}, ${name}, ${after.text}`],
    confidence: 0.65,
    note: 'Indonesian separates a title from the name with a comma ("Menteri Sosial, Juliari Batubara dan rombongan"); in English a comma after the title opens an appositive that a second comma must close.',
    fixable: true,
  });
}

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Meanwhile)$/;

/**
 * "Cucu, a 48-year-old resident told Reuters", "Dedi Prasetyo, the national police spokesperson
 * told …": a name, then a comma opening an appositive ("a"/"the" and a person noun) that no comma
 * closes before the reporting verb. The name must open the sentence or the attribution after a
 * quotation or a comma, so that an introductory phrase ("In Jakarta, the police chief said") never
 * passes for a name.
 */
function roleThenVerb(doc: AnalysedDocument, s: { tokenStart: number; tokenEnd: number }, out: FindingDraft[]): void {
  for (let c = s.tokenStart + 1; c < s.tokenEnd - 3; c++) {
    const comma = doc.tokens[c]!;
    if (comma.text !== ',' || doc.inQuote(comma.start)) continue;
    const det = doc.tokens[c + 1]!;
    if (det.lower !== 'a' && det.lower !== 'an' && det.lower !== 'the') continue;
    // The name: one to four capitalised proper nouns, opening the sentence or after a comma or quote.
    let n = c;
    while (n > s.tokenStart && c - n < 4 && /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(doc.tokens[n - 1]!.text) && doc.tokens[n - 1]!.pos === 'PROPN' && !CALENDAR.test(doc.tokens[n - 1]!.text)) n--;
    if (n === c) continue;
    const lead = doc.tokens[n - 1];
    const opens = n === s.tokenStart || (lead !== undefined && (lead.text === ',' || ((lead.text === '\u201D' || lead.text === '"') && doc.tokens[n - 2]?.text === ',')));
    if (!opens || doc.tokens.slice(n, c).some((t) => cueFor(t.text)?.place === true)) continue;
    // The appositive: up to six words without a comma, ending in a person noun, then the verb.
    for (let k = c + 2; k < Math.min(s.tokenEnd - 1, c + 8); k++) {
      const t = doc.tokens[k]!;
      if (t.type === 'punctuation' && t.text !== '-') break;
      const verb = doc.tokens[k + 1]!;
      if (cueFor(t.lower)?.personNoun !== true || t.text !== t.lower || !REPORTING_AFTER.has(verb.lower)) continue;
      out.push({
        start: t.start,
        end: verb.end,
        message: `The appositive opened by the comma after "${doc.tokens[c - 1]!.text}" needs a comma to close it before "${verb.text}".`,
        suggestions: [`${t.text}, ${verb.text}`],
        confidence: 0.65,
        fixable: true,
      });
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Space before a question mark, exclamation mark or colon; a comma glued between two names

/** A paragraph's opening dateline in capitals ("JAKARTA", "BANDA ACEH, Indonesia" is not one). */
const DATELINE_LEAD = /^[\p{Lu}][\p{Lu} .,'’-]*\p{Lu}$/u;
/** A word of two letters or more, spaces, then ? ! or : before a space, a quote or the line's end. */
const SPACED_MARK = /(\p{L}{2,}) +([?!:])(?=$|[ \n"\u201C\u201D])/gu;

/**
 * "Is the plan ready ?", "The chief asked : what …": a space between a word and the question mark,
 * exclamation mark or colon after it (French typography sets one; English never does). A paragraph
 * with several spaced colons is a table or a form ("Name : …", "Date : …") and stays silent.
 */
export function spaceBeforeMark(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const text = doc.text;
  if (!includesAfter(text, ' ', '?') && !includesAfter(text, ' ', '!') && !includesAfter(text, ' ', ':')) return out;
  // A form laid out one field a line ("Name : Budi", "Age : 40") spaces every colon.
  const spacedColons = (text.match(/\p{L} +:(?= |$)/gmu) ?? []).length;
  for (const p of doc.paragraphs) {
    const para = text.slice(p.start, p.end);
    if ((para.match(/ [:?!](?= |$)/g) ?? []).length > 2) continue;
    for (const m of para.matchAll(SPACED_MARK)) {
      const at = p.start + m.index + m[1]!.length;
      const mark = m[2]!;
      if (mark === ':' && spacedColons > 2) continue;
      // "JAKARTA : Shares of …": a dateline in capitals, which some wire desks set off with a spaced
      // colon as their house style, as others use a dash.
      if (mark === ':' && DATELINE_LEAD.test(para.slice(0, m.index + m[1]!.length))) continue;
      const word = doc.tokenAt(at - 1);
      if (!word || word.type === 'url' || word.type === 'email') continue;
      const name = mark === '?' ? 'question mark' : mark === '!' ? 'exclamation mark' : 'colon';
      out.push({
        start: at,
        end: at + m[0].length - m[1]!.length,
        message: `Space before a ${name}: English sets it directly after the word.`,
        suggestions: [mark],
        confidence: 0.7,
        fixable: true,
      });
    }
  }
  return out;
}

const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The matches of `sticky` (a regex with the `y` flag that starts at a word's first letter) at the
 * words glued to a comma whose neighbours pass `left` and `right`, in text order and without overlap,
 * as `text.matchAll` of the same regex would give them. Scanning only the commas keeps these checks
 * linear: matched over the whole text, a letter-run regex tries every letter of every word.
 */
function commaGlued(text: string, sticky: RegExp, left: RegExp, right: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (let i = text.indexOf(','); i > 0; i = text.indexOf(',', i + 1)) {
    if (!left.test(text[i - 1]!) || !right.test(text[i + 1] ?? '')) continue;
    let j = i - 1;
    while (j > 0 && LETTER_BEFORE.test(text[j - 1]!)) j--;
    if (j < lastEnd) continue;
    sticky.lastIndex = j;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      lastEnd = m.index + m[0].length;
    }
  }
  return out;
}
const LETTER_BEFORE = /\p{L}/u;
const GLUED_NAMES = /(?<![\p{L}\p{N}@./_-])(\p{Lu}\p{Ll}{2,}),(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}@/_-])/uy;
const GLUED_NUMBER = /(?<![\p{L}\p{N}@./_-])(\p{L}{3,}),(\d{1,4})(?![\d,.]*\p{L})/uy;
const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;
const ANY_LETTER = /\p{L}/u;
const DIGIT = /\d/;

/**
 * "on Monday,May 3", "links Jakarta,Bogor and Depok": a comma glued between two capitalised words.
 * Taken when either word is a day or month, or both stand elsewhere in the text as words of their
 * own (names the writer uses), so a code or a chemical formula stays silent.
 */
export function gluedCommaBetweenNames(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const text = doc.text;
  for (const m of commaGlued(text, GLUED_NAMES, LOWER_LETTER, UPPER_LETTER)) {
    const a = m[1]!;
    const b = m[2]!;
    const start = m.index;
    const calendar = CALENDAR_WORDS.test(a) || CALENDAR_WORDS.test(b);
    if (!calendar && !(namedElsewhere(text, a, start - 1) && namedElsewhere(text, b, start + a.length))) continue;
    const tok = doc.tokenAt(start);
    if (tok && (tok.type === 'url' || tok.type === 'email')) continue;
    out.push({
      start,
      end: start + m[0].length,
      message: `No space after the comma: "${a}, ${b}".`,
      suggestions: [`${a}, ${b}`],
      confidence: 0.75,
      fixable: true,
    });
  }
  return out;
}

/**
 * "on Monday,12 May", "the village,20 people": a comma glued between a word and a number. The word
 * must be a lower-case English word or a day or month name of three letters or more, so a code
 * ("A,1") or a list of numbers ("1,2,3") stays silent.
 */
export function gluedCommaBeforeNumber(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const text = doc.text;
  for (const m of commaGlued(text, GLUED_NUMBER, ANY_LETTER, DIGIT)) {
    const word = m[1]!;
    if (!CALENDAR_WORDS.test(word) && !(/^\p{Ll}+$/u.test(word) && isEnglishWord(word))) continue;
    const tok = doc.tokenAt(m.index);
    if (tok && (tok.type === 'url' || tok.type === 'email')) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `No space after the comma: "${word}, ${m[2]!}".`,
      suggestions: [`${word}, ${m[2]!}`],
      confidence: 0.7,
      fixable: true,
    });
  }
  return out;
}

const REPORTING_VERBS = new Set(['said', 'says', 'explained', 'stated', 'told', 'added', 'noted', 'remarked', 'revealed', 'stressed', 'asserted', 'emphasized', 'emphasised', 'conveyed']);
const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The words between a reporting verb and the comma at `comma` are an office title: capitalised
 * words and links ("said the Head of the Bangka BPBD,"), one of them an office word.
 */
function attributionTitle(doc: AnalysedDocument, sentenceStart: number, comma: number): boolean {
  let head = false;
  for (let x = comma - 1; x >= sentenceStart && x >= comma - 14; x--) {
    const t = doc.tokens[x]!;
    if (REPORTING_VERBS.has(t.lower)) return head && x < comma - 1;
    if (t.text === '(' || t.text === ')' || t.lower === "'s" || t.lower === '\u2019s') continue;
    if (TITLE_LINKS.has(t.lower)) continue;
    if (!/^\p{Lu}/u.test(t.text)) return false;
    if (OFFICE_HEADS.has(t.text) || cueFor(t.text)?.title === true) head = true;
  }
  return false;
}

/**
 * "…,” said the ministry's director of disease control, Siti Rahma on Monday.": an attribution's
 * title set off from the name by a comma that is never closed before the time ("on Monday").
 * English closes the appositive ("…, Siti Rahma, on Monday") or drops both commas.
 */
export function appositiveBeforeTime(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    let reported = false;
    for (let x = s.tokenStart; x < s.tokenEnd - 3; x++) {
      const t = tokens[x]!;
      // Once a reporting verb is seen the sentence stays reported: no look-up per later token.
      if (!reported && REPORTING_VERBS.has(t.lower)) reported = true;
      if (!reported || t.text !== ',') continue;
      // Two to four capitalised words after the comma, then "on" and a day or month. After an
      // office title right behind the verb ("said Head of the Bangka BPBD, Nursi in Sungailiat") one
      // name word is enough, and "in"/"at" and a place may follow as well.
      let k = x + 1;
      while (k < s.tokenEnd && k < x + 5 && isCapitalisedWord(tokens[k]!.text) && tokens[k]!.pos === 'PROPN') k++;
      const words = k - x - 1;
      const on = tokens[k];
      const when = tokens[k + 1];
      if (!on || !when || words < 1) continue;
      const title = attributionTitle(doc, s.tokenStart, x);
      const time = on.lower === 'on' && DAY_OR_MONTH.test(when.text);
      const place = title && (on.lower === 'in' || on.lower === 'at') && when.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(when.text) && !DAY_OR_MONTH.test(when.text);
      if ((!time && !place) || (words < 2 && !title)) continue;
      if (DAY_OR_MONTH.test(tokens[x + 1]!.text) || cueFor(tokens[x + 1]!.text)?.title === true) continue;
      if (place && tokens.slice(x + 1, k).some((t) => cueFor(t.text)?.place === true)) continue;
      const first = tokens[x + 1]!;
      const last = tokens[k - 1]!;
      const name = doc.text.slice(first.start, last.end);
      out.push({
        start: first.start,
        end: when.end,
        message: `The name set off by a comma is not closed before the ${time ? 'time' : 'place'}: "${name}, ${on.text} ${when.text}".`,
        suggestions: [`${name}, ${on.text} ${when.text}`],
        confidence: 0.6,
        fixable: true,
      });
    }
  }
  return out;
}
