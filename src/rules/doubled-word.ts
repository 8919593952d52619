/**
 * doubled-word: the same word twice in a row ("to to", "the the"), a slip of editing that machine
 * translation passes through and that Indonesian reduplication ("hati-hati", "kupu kupu") can
 * produce when the hyphen is lost. Words English doubles on purpose ("had had", "that that",
 * "very very") are listed in data/lexicons/grammar-words.json (doubled-word-allowed). Capitalised
 * pairs ("Bora Bora", "Sing Sing") are names, and doubles across punctuation or a line are not
 * slips, so both stay silent; so do words the Indonesian lexicon knows (the reduplication rule's).
 */
import type { AnalysedDocument } from '../analysis/types.js';
import { grammarList } from '../lexicons/grammar-words.js';
import { wordHits } from '../lexicons/indonesian.js';
import type { FindingDraft, Rule } from './types.js';

export const doubledWord: Rule = {
  meta: {
    id: 'doubled-word',
    category: 'fluency/grammar',
    severity: 'minor',
    description: 'The same word twice in a row ("to to", "the the"); words English doubles on purpose ("had had", "that that") are left alone.',
    yieldsTo: ['reduplication'],
    examples: {
      invalid: [
        { text: 'The ministry plans to to raise the fuel subsidy next year.', flags: ['to to'], suggestion: 'to' },
        { text: 'The the flood reached the second floor of the school.', flags: ['The the'], suggestion: 'The' },
        { text: 'Farmers in in Kudus lost most of their rice crop.', flags: ['in in'], suggestion: 'in' },
      ],
      valid: [
        'The company had had two chief executives in a year.',
        'He said that that decision was final.',
        'The resort on Bora Bora reopened in May.',
        'They waited, waited and then left.',
        'It was a very very close race.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const allowed = grammarList('doubled-word-allowed');
    const indonesian = new Set(wordHits(doc).filter((h) => h.tokenEnd - h.tokenStart === 1).map((h) => h.tokenStart));
    const { tokens, text } = doc;
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1]!;
      const b = tokens[i]!;
      if (a.type !== 'word' || b.type !== 'word' || a.sentence !== b.sentence) continue;
      if (a.lower !== b.lower || text.slice(a.end, b.start) !== ' ') continue;
      if (allowed.has(a.lower) || /^\p{Lu}/u.test(b.text) || !/^\p{L}+$/u.test(a.text)) continue;
      if (indonesian.has(a.i) || indonesian.has(b.i)) continue;
      out.push({
        start: a.start,
        end: b.end,
        message: `"${a.text}" is written twice.`,
        suggestions: [a.text],
        confidence: 0.9,
        fixable: true,
      });
    }
    return out;
  },
};
