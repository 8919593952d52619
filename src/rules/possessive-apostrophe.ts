/**
 * possessive-apostrophe: a bare apostrophe after a noun that does not end in s, used as a
 * possessive ("the police' quick response", "Trump’ economic adviser"). English adds "'s" to
 * every noun that does not end in s ("the police's", "Trump's"); the bare apostrophe is for plurals
 * in -s ("the farmers' union") and, by some styles, names in -s ("Jones' car"). Indonesian has no
 * possessive suffix of this kind ("respons cepat polisi"), and the slip is common in translated copy.
 *
 * Left alone: a closing single quote (an opening ‘, ' or ` earlier in the sentence), elisions
 * ("goin'", "rock 'n' roll"), words in s, x or z, and words of one or two letters.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import type { FindingDraft, Rule } from './types.js';

const APOSTROPHES = new Set(["'", '\u2019']);
const OPENING_SINGLE = /(?:^|[\s(\u201C"])['\u2018`]\p{L}/u;

/** An opening single quote before the token, in the same sentence: the mark closes a quotation. */
function closesQuotation(doc: AnalysedDocument, mark: Token): boolean {
  const s = doc.sentences[mark.sentence]!;
  const lead = doc.text.slice(Math.max(s.start, doc.paragraphs[s.paragraph]!.start), mark.start);
  return OPENING_SINGLE.test(lead);
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
      ],
      valid: [
        'The farmers\' union rejected the price cap.',
        'Mr. Jones\' car was found near the river.',
        'They called the plan \'unfair\' and left the room.',
        'The band played rock \'n\' roll until midnight.',
        'The children’s ward reopened on Friday.',
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
