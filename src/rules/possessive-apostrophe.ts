/**
 * possessive-apostrophe: a bare apostrophe after a noun that does not end in s, used as a
 * possessive ("the police' quick response", "Trump’ economic adviser"). English adds "'s" to
 * every noun that does not end in s ("the police's", "Trump's"); the bare apostrophe is for plurals
 * in -s ("the farmers' union") and, by some styles, names in -s ("Jones' car"). Indonesian has no
 * possessive suffix of this kind ("respons cepat polisi"), and the slip is common in translated copy.
 *
 * Left alone: a closing single quote (an opening ‘, ’, ' or ` earlier in the paragraph and not yet
 * closed), elisions ("goin'", "rock 'n' roll"), words in s, x or z, and words of one or two letters.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import type { FindingDraft, Rule } from './types.js';

const APOSTROPHES = new Set(["'", '\u2019']);
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
    description: 'A bare apostrophe as the possessive of a noun that does not end in s ("the police\' response", "Widodo’ adviser"): English writes "\'s".',
    examples: {
      invalid: [
        { text: 'The police\' quick response saved the two climbers.', flags: ["police'"], suggestion: "police's" },
        { text: 'Widodo’ economic adviser resigned on Monday.', flags: ['Widodo’'], suggestion: 'Widodo’s' },
        { text: 'The company\' new plant opens in Batam next year.', flags: ["company'"], suggestion: "company's" },
        { text: 'Critics called the levy \'unfair\'. The ministry\' new draft keeps it.', flags: ["ministry'"], suggestion: "ministry's" },
      ],
      valid: [
        'The farmers\' union rejected the price cap.',
        'Mr. Jones\' car was found near the river.',
        'They called the plan \'unfair\' and left the room.',
        'The band played rock \'n\' roll until midnight.',
        'The children’s ward reopened on Friday.',
        'Traders piled into a \'Sell America. Buy Europe\' trade on Friday.',
        'Analysts expect the ‘Made in Indonesia. Sold in Asia’ campaign to grow.',
        'Investors returned to a ’Sell America’ trade on Friday.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const mark = tokens[i]!;
      if (!APOSTROPHES.has(mark.text) || mark.spaceBefore) continue;
      const noun = tokens[i - 1]!;
      const next = tokens[i + 1]!;
      if (noun.type !== 'word' || noun.sentence !== mark.sentence || next.sentence !== mark.sentence) continue;
      if (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') continue;
      if (!/^\p{L}{3,}$/u.test(noun.text) || /[sxz]$/i.test(noun.text) || /in$/.test(noun.text)) continue;
      // A possessive is followed by the possessed noun phrase: a word after a space.
      if (!next.spaceBefore || next.type !== 'word' || !(next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.pos === 'NUM' || next.pos === 'VERB')) continue;
      if (closesQuotation(doc, mark)) continue;
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
    return out;
  },
};
