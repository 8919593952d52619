/**
 * quote-spacing: double quotation marks set against the wrong word. Indonesian copy, and the
 * machine translation of it, often drops or misplaces the space around a quote mark ("He
 * continued,”We …", "“Jokowi”Widodo"), types the closing mark after the space instead of before
 * it ("… went well, “said Ahmad"), or leaves a quotation unclosed.
 *
 * Each paragraph's double marks (straight " and curly “ ”) are paired in order: the first opens,
 * the next closes, and so on. News style continues a quotation into the next paragraph by opening
 * that paragraph with a quote mark and leaving the previous one unclosed, so a paragraph with an
 * odd number of marks is only "unbalanced" when the next paragraph does not open with a quote.
 * The roles of the marks are only trusted in a balanced (or continued) paragraph; in an unbalanced
 * one only a mark glued to words on both sides is reported, and the missing mark itself.
 *
 * Single quotes are left alone: the same character is an apostrophe, and inches, feet and minutes
 * use the straight double mark after a digit, so a mark next to a digit is skipped too.
 */
import type { AnalysedDocument } from '../analysis/types.js';
import type { FindingDraft, Rule } from './types.js';

const MARK = /["\u201C\u201D]/g;
/** How many paragraphs without a quotation mark a quotation left open may run through before its closing mark. */
const QUIET_PARAGRAPHS = 4;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Characters that may sit right before an opening mark: an opening bracket or a dash. */
const BEFORE_OPEN = /[\s([{\u2014\u2013/-]/;
/** Characters that may sit right after a closing mark. */
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013'’/-]/;

/** Words that open an attribution after a quotation: "…, ”said Ahmad", "…, “he added". */
const ATTRIBUTION = /^(?:said|says|say|added|adds|asked|asks|explained|explains|told|tells|stated|states|stressed|noted|continued|concluded|according|he|she|they|we|the|his|her)\b/;

interface Mark {
  /** Offset of the mark in the original text. */
  at: number;
  char: string;
  role: 'open' | 'close';
}

/** The paragraph starts (after spaces) with a double quote mark: it continues a quotation. */
function opensWithQuote(text: string, start: number, end: number): boolean {
  const m = /^\s*["\u201C\u201D]/.exec(text.slice(start, Math.min(end, start + 8)));
  return m !== null;
}

/** Start of the word (with any punctuation glued to its end) before `at`, across spaces. */
function wordBefore(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && /\s/.test(text[i - 1]!)) i--;
  while (i > floor && /[,.;:!?]/.test(text[i - 1]!)) i--;
  while (i > floor && /[\p{L}\p{N}'’-]/u.test(text[i - 1]!)) i--;
  return i;
}

/** End of the word after `at`, across spaces. */
function wordAfter(text: string, at: number, ceiling: number): number {
  let i = at;
  while (i < ceiling && /\s/.test(text[i]!)) i++;
  while (i < ceiling && /[\p{L}\p{N}'’-]/u.test(text[i]!)) i++;
  return i;
}

/**
 * The offset of a single opening quote (‘ or ', at the start or after a space or bracket, before a
 * letter) in text[from, to) that no single closing mark follows before `to`; -1 when there is none.
 */
function singleOpener(text: string, from: number, to: number): number {
  const span = text.slice(from, to);
  const m = /(?:^|[\s(])([\u2018'])\p{L}/u.exec(span);
  if (!m) return -1;
  const at = m.index + m[0].length - 2;
  // A closing single mark later (not an apostrophe inside a word) pairs with it: a quote in a quote.
  if (/[\p{L}.,!?][\u2019'](?!\p{L})/u.test(span.slice(at + 1))) return -1;
  return from + at;
}

function curlyText(text: string): boolean {
  return /[\u201C\u201D]/.test(text);
}

export const quoteSpacing: Rule = {
  meta: {
    id: 'quote-spacing',
    category: 'fluency/punctuation',
    severity: 'minor',
    description: 'A double quotation mark glued to the wrong word or missing its space ("said,”We", "“Rudy”Hartono", "well, “said"), a space inside the marks ("“ We", "year. ”"), or a quotation left unclosed in its paragraph.',
    examples: {
      invalid: [
        { text: '“The price will stay the same," the director said. “We have enough stock,” he added.', flags: ['same,"'], suggestion: 'same,”' },
        { text: 'The ministry said the plan was “ready for the cabinet ”on Monday.', flags: ['cabinet ”on'], suggestion: 'cabinet” on' },
        { text: '"Fuel prices remain fixed, the company\'s spokesman Budi said on Monday.', flags: ['fixed, the'], suggestion: 'fixed," the' },
        { text: '“The boats left at dawn. Nobody has told the families, she said.', flags: ['families, she'], suggestion: 'families,” she' },
        { text: 'The head of the office spoke to reporters. \u2018\u2019Some recipients have moved away, so a team will check the list," he said.', flags: ['\u2018\u2019'], suggestion: '"' },
        { text: 'Forty residents were angry about the delay. Then they blocked the road,” explained the spokesman.', flags: ['Forty'], suggestion: '“Forty' },
        { text: 'The mayor added,”We will rebuild the market by June.”', flags: ['added,”We'], suggestion: 'added, “We' },
        { text: '“Rudy”Hartono won the title eight times.', flags: ['Rudy”Hartono'], suggestion: 'Rudy” Hartono' },
        { text: '“The harvest went well, “said the farmer from Klaten.', flags: ['well, “said'], suggestion: 'well,” said' },
        { text: '“The harvest went well, ”said the farmer from Klaten.', flags: ['well, ”said'], suggestion: 'well,” said' },
        { text: 'The minister said“the budget is final.”', flags: ['said“the'], suggestion: 'said “the' },
        { text: 'He said the plan was "ready for the cabinet.\nThe cabinet meets on Monday.', flags: ['"'] },
        { text: '”We will not sell,” the farmer said.', flags: ['”We'], suggestion: '“We' },
        { text: '“Prices rose this year. ” he explained.', flags: ['year. ”'], suggestion: 'year.”' },
        { text: 'The chief said, “ We are ready for the flood season.”', flags: ['“ We'], suggestion: '“We' },
        { text: '‘The harvest failed this year,” the farmer said.', flags: ['‘The'], suggestion: '“The' },
      ],
      valid: [
        'The harvest was poor in Klaten this year, the worst in a decade," said the farmer.\n"We will plant again in March," he added.',
        // A short term in scare quotes is no quotation of speech (British papers set it in single marks).
        'Ferry sinks off Bali\n\n“We heard a bang,” one survivor said.\n\n\'Suspected debris\' has been found near the island, officials said.\n\n“We keep searching,” the chief said.',
        // A headline quotes in single marks by convention, whatever the body does.
        '‘Dangerous’ haze closes schools in Kalimantan\n\n“The air is bad,” the mayor said.\n\n“Stay indoors,” he added.',
        '“We will rebuild the market by June,” the mayor said.',
        'The screen measures 55" across and costs less than a 40" one did.',
        '"Seven suspects were held earlier, North Sumatra added 1", said the police spokesman.',
        '“The first stage is done.\n“The second stage starts in May,” the engineer said.',
        'The farmers\' union called the plan "unfair" and walked out.',
        'He called it “the ‘last’ chance” for the league.',
        'The word "sate" (satay) needs no translation.',
        '“It is ‘over’ now,” the coach said.',
        'The coast guard said it would patrol "day and night” near the islands.\n\nThe ministry called it "a routine drill” on Friday.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const text = doc.text;
    const curly = curlyText(text);
    const open = curly ? '\u201C' : '"';
    const close = curly ? '\u201D' : '"';
    let openBefore = false;
    // Paragraphs without any quotation mark since the one left open: a long quotation (a statement
    // quoted whole) runs through them when its writer drops the reopening marks, and its closing
    // mark comes a few paragraphs later.
    let quietSince = 0;
    for (let pi = 0; pi < doc.paragraphs.length; pi++) {
      const p = doc.paragraphs[pi]!;
      const marks: Mark[] = [];
      MARK.lastIndex = 0;
      const para = text.slice(p.start, p.end);
      for (let m = MARK.exec(para); m !== null; m = MARK.exec(para)) {
        const at = p.start + m.index;
        const prev = text[at - 1] ?? ' ';
        const next = text[at + 1] ?? ' ';
        // Inches and seconds: 55" or 5'10". Not where a quotation is open and the mark closes it
        // before a comma or a full stop ("… South Sulawesi added 1", said the spokesman).
        if (m[0] === '"' && /\d/.test(prev) && !(marks.length % 2 === 1 && /[,.;!?]/.test(next))) continue;
        marks.push({ at, char: m[0], role: marks.length % 2 === 0 ? 'open' : 'close' });
        void next;
      }
      if (marks.length === 0) {
        if (openBefore && ++quietSince > QUIET_PARAGRAPHS) openBefore = false;
        continue;
      }
      const nextPara = doc.paragraphs[pi + 1];
      const continued = nextPara !== undefined && opensWithQuote(text, nextPara.start, nextPara.end);
      const balanced = marks.length % 2 === 0 || continued;
      const previousOpen = openBefore;
      const reopenedLater = previousOpen && quietSince > 0;
      openBefore = marks.length % 2 === 1;
      quietSince = 0;
      if (!balanced) {
        // An opening mark whose quotation runs to the paragraph's end is the continuation style
        // with the next paragraph's reopening mark forgotten (or a closing mark lost at the end of
        // a paragraph, common in clean copy too): a note. A stray closing mark is an error.
        const last = marks[marks.length - 1]!;
        // A stray closing mark after a paragraph left open ends a quotation whose reopening mark was
        // forgotten: a note too.
        const strayClose = last.char === '\u201D' && (marks.length === 1 || marks[marks.length - 2]!.char === '\u201D') && !previousOpen;
        const single = strayClose ? singleOpener(text, marks.length === 1 ? p.start : marks[marks.length - 2]!.at + 1, last.at) : -1;
        // "‘’For example, … the data," he said.": two single marks typed for a double opening mark;
        // the straight mark that closes the quotation is then no opening mark left unclosed.
        const pairedSingles = !strayClose && last.char === '"' ? doubledSingleOpener(text, marks.length === 1 ? p.start : marks[marks.length - 2]!.at + 1, last.at) : -1;
        if (pairedSingles >= 0) {
          out.push({
            start: pairedSingles,
            end: pairedSingles + 2,
            message: 'Two single quotation marks stand in for a double one: open the quotation with a double mark.',
            suggestions: [open],
            confidence: 0.75,
            fixable: true,
          });
        } else if (single >= 0) {
          // "‘In the past year … ,” he said": the quotation opened with a single mark, closed with a double.
          const to = wordAfter(text, single + 1, p.end);
          out.push({
            start: single,
            end: to,
            message: 'This quotation opens with a single quotation mark but closes with a double one: open it with a double mark too.',
            suggestions: [`${open}${text.slice(single + 1, to)}`],
            confidence: 0.75,
            fixable: true,
          });
        } else {
          const opening = strayClose ? missingOpening(text, p.start, last.at, open) : undefined;
          const closing = !strayClose ? missingClosing(text, last.at, p.end, close) : undefined;
          // The missing mark found, the note on the lone mark would repeat it.
          if (opening) out.push(opening);
          if (closing) out.push(closing);
          if (!opening && !closing && reopenedLater && last.char === '\u201D' && marks.length === 1) out.push({
            start: last.at,
            end: last.at + 1,
            message: 'This closing mark ends a quotation opened a few paragraphs earlier: each paragraph it runs through should reopen with a quotation mark.',
            confidence: 0.4,
            severity: 'info',
            note: 'A quotation that runs over several paragraphs opens each of them with a quote mark and closes only at its end.',
          });
          else if (!opening && !closing) out.push({
          start: last.at,
          end: last.at + 1,
          message: strayClose
            ? 'This closing quotation mark has no opening mark in its paragraph: open the quotation, or remove the stray mark.'
            : 'This quotation is not closed in its paragraph, and the next paragraph does not continue it: close it (or open the next paragraph with a quote mark).',
          confidence: strayClose ? 0.7 : 0.5,
          severity: strayClose ? 'minor' : 'info',
          note: 'A quotation that continues into the next paragraph leaves this one unclosed only when the next paragraph opens with a quote mark.',
        });
        }
      }
      if (curly && marks.length % 2 === 0) out.push(...mixedPairs(text, marks, open, close));
      for (const mk of marks) {
        const prev = text[mk.at - 1] ?? ' ';
        const next = text[mk.at + 1] ?? ' ';
        const atStart = mk.at === p.start;
        const atEnd = mk.at + 1 === p.end;
        // Role by shape when the pairing is not trusted.
        const role: 'open' | 'close' | undefined = balanced ? mk.role : mk.char === '\u201C' ? 'open' : mk.char === '\u201D' ? 'close' : undefined;
        const gluedBefore = !atStart && (WORD_CHAR.test(prev) || /[,.;:!?]/.test(prev));
        const gluedAfter = !atEnd && WORD_CHAR.test(next);
        if (/\d/.test(prev) || /\d/.test(next)) continue;
        let fix: { from: number; to: number; replacement: string; message: string } | undefined;
        if (gluedBefore && gluedAfter && role !== undefined) {
          const from = wordBefore(text, mk.at, p.start);
          const to = wordAfter(text, mk.at + 1, p.end);
          const before = text.slice(from, mk.at);
          const after = text.slice(mk.at + 1, to);
          fix =
            role === 'open'
              ? { from, to, replacement: `${before} ${open}${after}`, message: 'An opening quotation mark needs a space before it.' }
              : { from, to, replacement: `${before}${close} ${after}`, message: 'A closing quotation mark needs a space after it.' };
        } else if (balanced && role === 'close' && gluedAfter && !atStart && /[,.!?] $/.test(text.slice(mk.at - 2, mk.at)) && ATTRIBUTION.test(text.slice(mk.at + 1, mk.at + 14))) {
          // "… went well, “said Ahmad": the closing mark typed after the space instead of before it.
          const from = wordBefore(text, mk.at, p.start);
          const to = wordAfter(text, mk.at + 1, p.end);
          const before = text.slice(from, mk.at).trimEnd();
          if (before === '' || !/[\p{L}\p{N},.;:!?]$/u.test(before)) continue;
          fix = { from, to, replacement: `${before}${close} ${text.slice(mk.at + 1, to)}`, message: 'The closing quotation mark is set after the space, against the next word: it belongs right after the quoted words.' };
        } else if (balanced && role === 'open' && mk.char === '\u201C' && WORD_CHAR.test(prev) && /\s/.test(next) && !atEnd) {
          // "He said“ we …" mirrored: the opening mark glued to the word before, a space after it.
          const from = wordBefore(text, mk.at, p.start);
          const to = wordAfter(text, mk.at + 1, p.end);
          fix = { from, to, replacement: `${text.slice(from, mk.at)} ${open}${text.slice(mk.at + 1, to).trimStart()}`, message: 'The opening quotation mark is glued to the word before it and spaced from the quoted words.' };
        } else if (balanced && curly && role === 'open' && mk.char === '\u201D' && WORD_CHAR.test(next) && (atStart || /[\s(]/.test(prev))) {
          // "”I don’t want …": the opening quotation typed with the closing mark.
          const to = wordAfter(text, mk.at + 1, p.end);
          fix = { from: mk.at, to, replacement: `${open}${text.slice(mk.at + 1, to)}`, message: 'This quotation opens with a closing mark (”): use an opening mark (“).' };
        } else if (balanced && curly && role === 'close' && mk.char === '\u201C' && /[\p{L}\p{N}.,!?]/u.test(prev) && (atEnd || /[\s.,;:!?)]/.test(next))) {
          // "… the market“ he said": the closing quotation typed with the opening mark.
          const from = wordBefore(text, mk.at, p.start);
          fix = { from, to: mk.at + 1, replacement: `${text.slice(from, mk.at)}${close}`, message: 'This quotation closes with an opening mark (“): use a closing mark (”).' };
        } else if (balanced && role === 'close' && prev === ' ' && gluedAfter && /[\p{L}\p{N}.,!?]/u.test(text[mk.at - 2] ?? '') && mk.char !== '\u201C') {
          // "… for the cabinet ”on Monday": the space typed before the closing mark instead of after it.
          const from = wordBefore(text, mk.at, p.start);
          const to = wordAfter(text, mk.at + 1, p.end);
          fix = { from, to, replacement: `${text.slice(from, mk.at).trimEnd()}${close} ${text.slice(mk.at + 1, to)}`, message: 'The space is on the wrong side of the closing quotation mark: it belongs after the mark, not before it.' };
        } else if (balanced && role === 'open' && mk.char === '"' && /[\p{L}:,]/u.test(prev) && next === ' ' && WORD_CHAR.test(text[mk.at + 2] ?? '') && !atEnd && !(prev === ',' && ATTRIBUTION.test(text.slice(mk.at + 2, mk.at + 16)))) {
          // 'He said:" We …': the straight opening mark glued to the word before, a space after it. Not
          // '… loss and fear," said Dimas.', a lone mark taken for an opener because the next paragraph
          // opens with one: after the comma that ends the quoted words and before the attribution it
          // closes a quotation whose opening mark is missing, and moving it would break the sentence.
          const from = wordBefore(text, mk.at, p.start);
          const to = wordAfter(text, mk.at + 1, p.end);
          const before = text.slice(from, mk.at);
          fix = { from, to, replacement: `${before}${/[,:]$/.test(before) ? ' ' : ' '}${open}${text.slice(mk.at + 1, to).trimStart()}`, message: 'The opening quotation mark is glued to the word before it and spaced from the quoted words.' };
        } else if (balanced && role === 'open' && next === ' ' && WORD_CHAR.test(text[mk.at + 2] ?? '') && (atStart || /[\s(]/.test(prev)) && mk.char !== '\u201D') {
          // "“ We will go …": a space between the opening mark and the quoted words.
          const to = wordAfter(text, mk.at + 1, p.end);
          fix = { from: mk.at, to, replacement: `${open}${text.slice(mk.at + 1, to).trimStart()}`, message: 'A space separates the opening quotation mark from the quoted words.' };
        } else if (balanced && role === 'close' && /\s/.test(prev) && /[\p{L}\p{N}.,!?]/u.test(text[mk.at - 2] ?? '') && (atEnd || /\s/.test(next))) {
          // "… year to date. ” he explained": a space between the quoted words and the closing mark.
          const from = wordBefore(text, mk.at, p.start);
          fix = { from, to: mk.at + 1, replacement: `${text.slice(from, mk.at).trimEnd()}${close}`, message: 'A space separates the closing quotation mark from the quoted words.' };
        }
        if (!fix) continue;
        if (BEFORE_OPEN.test(prev) && fix.message.startsWith('An opening')) continue;
        if (AFTER_CLOSE.test(next) && fix.message.startsWith('A closing')) continue;
        out.push({
          start: fix.from,
          end: fix.to,
          message: fix.message,
          suggestions: [fix.replacement],
          confidence: 0.85,
          note: 'Indonesian copy and its machine translation often misplace the space around quotation marks.',
          fixable: true,
        });
      }
    }
    out.push(...singleAmongDouble(doc, open));
    return out;
  },
};

/** Reporting verbs that close an attribution after a quotation. */
const REPORTING = /^(?:said|says|explained|added|stated|told|stressed|asserted|revealed|remarked|noted|continued|emphasized|emphasised|concluded|affirmed|asked|urged|insisted)$/;

/**
 * A paragraph whose only quote mark is a closing one before an attribution ("A group of residents
 * were angry …,” explained the spokesman"): the quotation's opening mark is missing, and when the
 * paragraph says nothing before the quotation (no colon, no reporting verb) it belongs at the
 * paragraph's start.
 */
function missingOpening(text: string, start: number, closeAt: number, open: string): FindingDraft | undefined {
  const after = text.slice(closeAt + 1, closeAt + 40);
  const m = /^ +(\p{L}+)(?: (\p{L}+))?/u.exec(after);
  if (!m || !(REPORTING.test(m[1]!) || (/^(?:he|she|they|we)$/i.test(m[1]!) && REPORTING.test(m[2] ?? '')))) return undefined;
  const body = text.slice(start, closeAt);
  if (!/^\p{Lu}/u.test(body) || /[:"\u201C\u201D\u2018]/.test(body) || /\b(?:said|says|stated|explained|added|told)\b/.test(body)) return undefined;
  const to = wordAfter(text, start, closeAt);
  return {
    start,
    end: to,
    message: 'This quotation has its closing mark but no opening mark: open it at the start of the quoted words.',
    suggestions: [`${open}${text.slice(start, to)}`],
    confidence: 0.65,
    fixable: true,
  };
}

/** Where two single quotation marks open a quotation ("‘’For", "''We") between `from` and `to`, or -1. */
function doubledSingleOpener(text: string, from: number, to: number): number {
  const m = /(?:^|[\s(])([‘’']{2})(?=\p{L})/u.exec(text.slice(from, to));
  return m ? from + m.index + m[0].length - 2 : -1;
}

/**
 * An opening mark never closed in its paragraph, and an attribution after a comma in the same
 * sentence ("“Prices remain fixed, the company's spokesman Budi said on Monday."): the closing mark
 * is missing before the attribution. The comma taken is the first one followed by a name, a title
 * or a pronoun whose stretch up to the reporting verb holds at most one more comma (an appositive).
 * The quotation's first sentence is read first, then the paragraph's last one: a quotation of
 * several sentences ends with its attribution ("“… . The network was not told, he said.").
 */
function missingClosing(text: string, openAt: number, end: number, close: string): FindingDraft | undefined {
  let stop = end;
  const sentenceEnd = /[.!?](?= |$)/g;
  sentenceEnd.lastIndex = openAt + 1;
  for (let m = sentenceEnd.exec(text); m !== null && m.index < end; m = sentenceEnd.exec(text)) {
    stop = m.index;
    break;
  }
  const first = attributionComma(text, openAt + 1, stop, close);
  if (first || stop >= end) return first;
  // The last sentence: after the last full stop (or ! ?) and space before the paragraph's final mark.
  let lastStart = -1;
  const boundary = /[.!?] +(?=\S)/g;
  boundary.lastIndex = stop;
  for (let m = boundary.exec(text); m !== null && m.index < end - 1; m = boundary.exec(text)) lastStart = m.index + m[0].length;
  if (lastStart < 0 || lastStart >= end) return undefined;
  let lastStop = end;
  while (lastStop > lastStart && /[\s.!?]/.test(text[lastStop - 1]!)) lastStop--;
  return attributionComma(text, lastStart, lastStop, close);
}

/** The attribution comma inside [from, stop), reported with the closing mark placed after it. */
function attributionComma(text: string, from: number, stop: number, close: string): FindingDraft | undefined {
  const body = text.slice(from, stop);
  for (const c of body.matchAll(/([\p{L}\p{N}]),( +)(?=\p{Lu}|(?:he|she|they|the) )/gu)) {
    const rest = body.slice(c.index + c[0].length);
    const v = /\b(?:said|says|explained|added|stated|told|stressed|asserted|revealed|remarked|noted|continued|emphasized|emphasised|concluded|affirmed)\b/.exec(rest);
    if (!v || (rest.slice(0, v.index).match(/,/g) ?? []).length > 1 || v.index > 120) continue;
    const at = from + c.index + 1;
    const start = wordBefore(text, at, from);
    const to = wordAfter(text, at + 1, stop);
    return {
      start,
      end: to,
      message: 'The quotation is never closed: its closing mark belongs after this comma, before the attribution.',
      suggestions: [`${text.slice(start, at + 1)}${close} ${text.slice(at + 1, to).trimStart()}`],
      confidence: 0.6,
      fixable: true,
    };
  }
  return undefined;
}

/**
 * In a text quoted with curly marks, one quotation opened with a curly mark and closed with a
 * straight one, or the reverse ("“… very important," he added"): the straight mark is a slip.
 */
function mixedPairs(text: string, marks: readonly Mark[], open: string, close: string): FindingDraft[] {
  const out: FindingDraft[] = [];
  // A text that closes quotations with "”" again and again but never opens one with "“" opens every
  // quotation with a straight mark (or the reverse): its typesetting converts one side only, the same
  // way throughout, so no pair mixes against the rest of it. One curly mark among straight ones is a slip.
  const count = (c: string): number => text.split(c).length - 1;
  const curlyOpens = text.includes('\u201C') || count('\u201D') < 2;
  const curlyCloses = text.includes('\u201D') || count('\u201C') < 2;
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const a = marks[k]!;
    const b = marks[k + 1]!;
    if ((a.char === '"') === (b.char === '"')) continue;
    const straight = a.char === '"' ? a : b;
    if (straight === a ? !curlyOpens : !curlyCloses) continue;
    // A straight mark glued to words on both sides is reported (and fixed) as glued.
    if (WORD_CHAR.test(text[straight.at + 1] ?? '') && /[\p{L}\p{N},.;:!?]/u.test(text[straight.at - 1] ?? '')) continue;
    const right = straight === a ? open : close;
    const from = straight === a ? straight.at : wordBefore(text, straight.at, Math.max(0, straight.at - 40));
    const to = straight === a ? wordAfter(text, straight.at + 1, text.length) : straight.at + 1;
    const piece = text.slice(from, to);
    out.push({
      start: from,
      end: to,
      message: `This quotation mixes a curly and a straight quotation mark: use "${right}" here as in the rest of the text.`,
      suggestions: [straight === a ? `${right}${piece.slice(1)}` : `${piece.slice(0, -1)}${right}`],
      confidence: 0.6,
      fixable: true,
    });
  }
  return out;
}

/**
 * "‘In the past year there has been so much uncertainty …,’ he told …" in a text whose other
 * quoted paragraphs open with double marks: one quotation typed in single marks. British style
 * quotes speech in single marks throughout, so only a text with at least two paragraphs opened by a
 * double mark and exactly one opened by a single mark is judged.
 */
/** A paragraph that does not end like a sentence (no stop before closing marks): a headline or caption. */
function headlineLike(paragraph: string): boolean {
  return !/[.!?…:;][\s"'\u2019\u201D)\]]*$/u.test(paragraph.trimEnd());
}

function singleAmongDouble(doc: AnalysedDocument, open: string): FindingDraft[] {
  const text = doc.text;
  let doubles = 0;
  const singles: number[] = [];
  for (const p of doc.paragraphs) {
    const c = text[p.start];
    if (c === '"' || c === '\u201C') doubles++;
    // A headline (a paragraph without a closing stop) quotes in single marks by convention in British
    // and American papers alike: "'Dangerous' air pollution shuts schools".
    else if ((c === '\u2018' || c === "'") && /\p{Lu}/u.test(text[p.start + 1] ?? '') && !headlineLike(text.slice(p.start, p.end))) singles.push(p.start);
  }
  if (doubles < 2 || singles.length !== 1) return [];
  const at = singles[0]!;
  const para = doc.paragraphs.find((p) => p.start === at)!;
  // The quotation's closing single mark: the last one after a word or stop and before a space.
  let closeAt = -1;
  for (const m of text.slice(at, para.end).matchAll(/[\p{L}.,!?]([\u2019'])(?=\s|$)/gu)) closeAt = at + m.index + 1;
  const close = open === '\u201C' ? '\u201D' : '"';
  const to = closeAt > at ? closeAt + 1 : wordAfter(text, at + 1, text.length);
  const inner = text.slice(at + 1, closeAt > at ? closeAt : to);
  // "'Suspected debris' has now been found …": a short term in scare quotes, closed without a stop
  // or comma inside, is no quotation of speech; British papers set such terms in single marks
  // while quoting speech in double ones.
  if (closeAt > at && /\p{L}$/u.test(inner) && inner.split(/\s+/).length <= 4) return [];
  return [
    {
      start: at,
      end: to,
      message: 'This quotation is set in single quotation marks where the rest of the text quotes with double marks.',
      suggestions: [closeAt > at ? `${open}${inner}${close}` : `${open}${inner}`],
      confidence: 0.6,
      fixable: true,
    },
  ];
}
