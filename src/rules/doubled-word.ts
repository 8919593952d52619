/**
 * doubled-word: the same word twice in a row ("to to", "the the", "Agency Agency"), or the same two
 * words twice ("in the in the"), a slip of editing that machine translation passes through.
 *
 * The comparison ignores case ("The the") and the space between the two may be any run of spaces
 * or a single line break inside a wrapped paragraph ("the\nthe" where the line ends without a
 * stop). Left alone, because English or names write them on purpose:
 * - words English doubles ("had had", "that that", "very very"; data/lexicons/grammar-words.json:
 *   doubled-word-allowed), and "is is" after "what it"/"this" ("What it is is a loan");
 * - a capitalised pair whose word is no common lower-case English word: a name ("Bora Bora",
 *   "Sing Sing" is listed), while "Agency Agency" or "Police Police" doubles an ordinary word;
 * - doubles across punctuation or a paragraph break, initials before the same word ("AS as"),
 *   words with digits, and words the Indonesian lexicon knows: Indonesian reduplication ("hati
 *   hati", "kupu kupu") is the reduplication rule's, to which this rule yields.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { hasExactly } from '../lexicons/english-words.js';
import { grammarList } from '../lexicons/grammar-words.js';
import { wordHits } from '../lexicons/indonesian.js';
import { isCommonWord } from '../lm/features.js';
import { model } from '../lm/load.js';
import type { FindingDraft, Rule } from './types.js';

const LETTERS = /^\p{L}+$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Spaces only, or one line break with spaces around it. */
const GAP = /^[ \t\u00A0]+$|^[ \t\u00A0]*\r?\n[ \t\u00A0]*$/;
/** Words before which "is is" is a pseudo-cleft, not a slip: "What it is is …", "The thing is is". */
/**
 * Words that link a repeated word to itself ("years and years and", "side by side by", "day after
 * day after"): the repetition is the idiom, not a slip.
 */
const LINKS = new Set(['and', 'or', 'nor', 'by', 'after', 'upon', 'to', 'for', 'on', 'in', 'over']);
/** Words English doubles on purpose but never triples: three in a row keep one double (the second may be meant). */
const TRIPLE_SLIPS = new Set(['had', 'that', 'there', 'is']);
const NONE: ReadonlySet<string> = new Set();
/** Verbs whose "to" a relative clause leaves at its end ("the lengths he went to"), before an infinitive's "to". */
const STRANDING_VERBS = new Set(['go', 'goes', 'went', 'gone', 'going', 'come', 'comes', 'came', 'coming', 'listen', 'listened', 'refer', 'referred', 'talk', 'talked', 'turn', 'turned', 'point', 'pointed', 'object', 'objected', 'reply', 'replied', 'respond', 'responded', 'admit', 'admitted', 'lead', 'led', 'resort', 'resorted']);
const IS_IS_BEFORE = new Set(['it', 'what', 'this', 'that', 'thing', 'problem', 'question']);

/** The gap between two tokens is a word space (or a wrapped line inside a paragraph). */
function wordGap(doc: AnalysedDocument, a: Token, b: Token): boolean {
  const gap = doc.text.slice(a.end, b.start);
  return gap.length > 0 && gap.length <= 8 && GAP.test(gap);
}

/** The word, capitalised as written, stands elsewhere in the text before another capitalised word: a name. */
function namedElsewhere(doc: AnalysedDocument, a: Token): boolean {
  const word = a.text;
  for (let at = doc.text.indexOf(word); at >= 0; at = doc.text.indexOf(word, at + 1)) {
    if (at === a.start) continue;
    const before = at > 0 ? doc.text[at - 1]! : ' ';
    const after = doc.text.slice(at + word.length, at + word.length + 2);
    if (!/[\p{L}\p{N}]/u.test(before) && /^ \p{Lu}/u.test(after)) return true;
  }
  return false;
}

/** Two tokens that are the same word written twice, with the shape checks that keep names silent. */
function sameWord(doc: AnalysedDocument, a: Token, b: Token, allowed: ReadonlySet<string>): boolean {
  if (a.type !== 'word' || b.type !== 'word' || a.lower !== b.lower || !LETTERS.test(a.text)) return false;
  if (allowed.has(a.lower) || !wordGap(doc, a, b)) return false;
  const lineBreak = doc.text.slice(a.end, b.start).includes('\n');
  if (/^\p{Lu}/u.test(b.text)) {
    // A capitalised double is a slip only when the word is an ordinary lower-case English word
    // written the same way twice ("Agency Agency"); otherwise it is a name ("Bora Bora").
    if (lineBreak || a.text !== b.text || !CAPITALISED.test(a.text) || a.text.length < 3) return false;
    if (!hasExactly(a.lower) || !isCommonWord(model(), a.lower)) return false;
  } else if (a.sentence !== b.sentence && !lineBreak) return false;
  else if (/^\p{Lu}/u.test(a.text) && a.i !== doc.sentences[a.sentence]!.tokenStart && namedElsewhere(doc, a)) {
    // "…,” Said said": a capitalised word inside a sentence that the text also writes before another
    // capitalised word ("Said Iqbal") is a name, and the lower-case word after it is the next word of
    // the sentence. ("The the" opening a sentence stays a slip.)
    return false;
  }
  // Initials or an acronym before the same letters as a word ("AS as the driver", "IT it") are
  // two different words that share a spelling, not a slip.
  if (a.text.length > 1 && a.text === a.text.toUpperCase() && b.text !== a.text) return false;
  return true;
}

export const doubledWord: Rule = {
  meta: {
    id: 'doubled-word',
    category: 'fluency/grammar',
    severity: 'minor',
    description: 'The same word twice in a row ("to to", "the the", "Agency Agency") or the same two words twice ("in the in the"); words English doubles on purpose ("had had", "that that") and names ("Bora Bora") are left alone.',
    yieldsTo: ['reduplication'],
    examples: {
      invalid: [
        { text: 'The ministry plans to to raise the fuel subsidy next year.', flags: ['to to'], suggestion: 'to' },
        { text: 'The the flood reached the second floor of the school.', flags: ['The the'], suggestion: 'The' },
        { text: 'Farmers in in Kudus lost most of their rice crop.', flags: ['in in'], suggestion: 'in' },
        { text: 'The Regional Disaster Management Agency Agency sent two boats.', flags: ['Agency Agency'], suggestion: 'Agency' },
        { text: 'The team worked in the in the northern district for a week.', flags: ['in the in the'], suggestion: 'in the' },
        { text: 'Rescuers reached the village after the\nthe water fell.', flags: ['the\nthe'], suggestion: 'the' },
        { text: 'The price of of rice rose again in March.', flags: ['of of'], suggestion: 'of' },
        { text: 'From there there there was a path to the river.', flags: ['there there there'], suggestion: 'there there' },
      ],
      valid: [
        'Labour leader Said Iqbal rejected the plan. "We will strike," Said said in a video.',
        'The company had had two chief executives in a year.',
        'He said that that decision was final.',
        'The resort on Bora Bora reopened in May.',
        'They waited, waited and then left.',
        'It was a very very close race.',
        'Police named the suspects by their initials: RS as the driver and AS as the lookout.',
        'What it is is a loan, not a grant.',
        'Floods hit the south of Jakarta\nJakarta (ANTARA) - Floods hit the south of the city.',
        'The rain stopped in the\n\nthe end of the story is a heading.',
        'He visited Walla Walla and Baden Baden last year.',
        'She waited for years and years and then sold the land.',
        'The reporter recalled the lengths he went to to get an interview.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const allowed = grammarList('doubled-word-allowed');
    const { tokens } = doc;
    let indonesian: Set<number> | undefined;
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1]!;
      const b = tokens[i]!;
      // The cheap test first: most token pairs differ.
      if (a.lower !== b.lower || a.type !== 'word') continue;
      // "From there there there was a truck": a word English doubles ("there there", "had had") is
      // never written three times on purpose.
      const c = tokens[i + 1];
      if (TRIPLE_SLIPS.has(a.lower) && c && c.lower === a.lower && sameWord(doc, a, b, NONE) && sameWord(doc, b, c, NONE)) {
        out.push({ start: a.start, end: c.end, message: `"${a.text}" is written three times.`, suggestions: [doc.text.slice(a.start, b.end)], confidence: 0.85, fixable: true });
        i++;
        continue;
      }
      if (sameWord(doc, a, b, allowed)) {
        if (a.lower === 'is' && IS_IS_BEFORE.has(tokens[i - 2]?.lower ?? '')) continue;
        // "the lengths he went to to get an interview": a preposition left at the end of its clause,
        // then an infinitive's "to".
        if (a.lower === 'to' && STRANDING_VERBS.has(tokens[i - 2]?.lower ?? '')) continue;
        indonesian ??= new Set(wordHits(doc).filter((h) => h.tokenEnd - h.tokenStart === 1).map((h) => h.tokenStart));
        if (indonesian.has(a.i) || indonesian.has(b.i)) continue;
        // A word written three times ("the the the") is one slip: one finding over the whole run.
        let last = b;
        while (tokens[last.i + 1] && tokens[last.i + 1]!.lower === a.lower && sameWord(doc, last, tokens[last.i + 1]!, allowed)) last = tokens[last.i + 1]!;
        i = last.i;
        out.push({
          start: a.start,
          end: last.end,
          message: `"${a.text}" is written twice.`,
          suggestions: [a.text],
          confidence: 0.9,
          fixable: true,
        });
      }
    }
    // The same two words twice ("in the in the"): both pairs are words, the second pair follows the first.
    for (let i = 3; i < tokens.length; i++) {
      const a1 = tokens[i - 3]!;
      const b1 = tokens[i - 2]!;
      const a2 = tokens[i - 1]!;
      const b2 = tokens[i]!;
      if (a1.lower !== a2.lower || b1.lower !== b2.lower || a1.lower === b1.lower || LINKS.has(b1.lower)) continue;
      if (a1.type !== 'word' || b1.type !== 'word' || a2.type !== 'word' || b2.type !== 'word') continue;
      if (!LETTERS.test(a1.text) || !LETTERS.test(b1.text) || a1.sentence !== b2.sentence) continue;
      if (!wordGap(doc, a1, b1) || !wordGap(doc, b1, a2) || !wordGap(doc, a2, b2)) continue;
      // A capitalised repeat is a name or a title said twice ("New York New York"): left alone.
      if (/^\p{Lu}/u.test(a2.text) || /^\p{Lu}/u.test(b2.text)) continue;
      out.push({
        start: a1.start,
        end: b2.end,
        message: `"${doc.text.slice(a1.start, b1.end)}" is written twice.`,
        suggestions: [doc.text.slice(a1.start, b1.end)],
        confidence: 0.85,
        fixable: true,
      });
    }
    return out;
  },
};
