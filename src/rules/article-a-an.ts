/**
 * article-a-an: "a" before a vowel sound or "an" before a consonant sound ("a important",
 * "an new", "a hour"). Indonesian has no articles, so a translator who adds them by hand, or a
 * post-editor who changes the adjective after the article ("a new" → "a important"), leaves the
 * article that no longer agrees. Which article a word takes is decided by its sound, through the
 * `indefinite` package ("an hour", "a university", "a one-day visit").
 *
 * A lower-case word is judged by its sound; of capitalised words only initialisms read letter by
 * letter ("a LPG tank" → "an LPG tank", `initialismArticle`), so acronyms read as words and names ("a
 * NATO summit", "an Uber driver"), whose sound a spelling rule cannot know, are left alone; so is "an"
 * before an h-word that older British usage writes with "an" ("an historic", "an hotel").
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { indefiniteArticle } from '../patterns/template.js';
import { inCaseOf, wordAfterArticle } from './indefinite-article.js';
import type { FindingDraft, Rule } from './types.js';

const OPENERS = new Set(['"', '“', "'", '‘', '(', '[']);
const WORD = /^[a-z][a-z'’]*$/;
/** The article goes with the next word only when that word starts a noun phrase ("where a is", "12a of" are not articles). */
const PHRASE_POS = new Set(['NOUN', 'ADJ', 'VERB', 'ADV', 'PROPN', 'NUM']);

/**
 * Words in u- are where spelling says least about sound ("a usable", "an unusable"), and
 * `indefinite` knows only some of them; only the clear cases are judged. "un-" + a consonant or
 * another vowel is "an" ("an unknown", "an unusual", "an uninhabited"), but "uni-" + other letters
 * and "unanim-" are "a" ("a union", "a unanimous"); "us-", "ut-", "ura-", "uri-", "ubiq-" are "a"
 * ("a useful", "a utility"; not "usher", "utter").
 */
/**
 * Words whose spelling already settles the article: after "a", a consonant other than h, x, y or u
 * ("a new"); after "an", a vowel other than e, o and u ("an important"). Only the rest ("a hour",
 * "an one", "an euro", "a x-ray", "a yttrium"…) is looked up, once per word.
 */
function plainlyRight(article: string, word: string): boolean {
  return article === 'a' ? /^[bcdfgjklmnpqrstvwz]/.test(word) : /^[ai]/.test(word);
}

/** "a" or "an" before a lower-case word, by its sound; undefined when unsure ("u..." words). */
const memo = new Map<string, 'a' | 'an' | undefined>();

export function articleFor(word: string): 'a' | 'an' | undefined {
  let a = memo.get(word);
  if (a === undefined && !memo.has(word)) {
    a = word.startsWith('u') ? uArticle(word) : indefiniteArticle(word) === 'an' ? 'an' : 'a';
    if (memo.size < 10_000) memo.set(word, a);
  }
  return a;
}

function uArticle(word: string): 'a' | 'an' | undefined {
  if (/^un(?:[^aeiouy]|[eou]|i[nmd]|a(?!nim))/.test(word)) return 'an';
  if (/^(?:uni(?![nmd])|unanim|us(?!her)|ut(?!t)|ur[aiou]|ubiq)/.test(word)) return 'a';
  return undefined;
}

/** A capital "A"/"An" is the article only as the sentence's first word ("Grade A eggs" is not). */
function isArticle(doc: AnalysedDocument, t: Token): boolean {
  if (t.text === 'a' || t.text === 'an') return true;
  if (t.text !== 'A' && t.text !== 'An') return false;
  const s = doc.sentences[t.sentence]!;
  let i = s.tokenStart;
  while (i < t.i && OPENERS.has(doc.tokens[i]!.text)) i++;
  return i === t.i;
}

/**
 * Initialisms read letter by letter: capitals with no vowel after the first letter ("NGO" has one and
 * is left alone, "LPG", "KPK", "MRT" have none), a letter glued to a number ("L-300", "F-16",
 * "M16") or capitals joined by a lower-case "o" ("MoU", "LoI"). Their article follows the name of the
 * first letter: "an LPG tank", "an F-16", "an MoU", "a KPK team", "a UN envoy". H is left alone
 * ("a HGV" and "an HGV" are both written). Acronyms read as words ("NATO", "ASEAN") hold vowels and
 * are never judged.
 */
const SPELLED_OUT = /^(?:[A-Z][B-DF-HJ-NP-TV-Z]{1,4}|[A-Z]-?\d{1,4}|[A-Z](?:o[A-Z]){1,2}s?)$/;
/** Letters whose names start with a vowel sound ("ef", "el", "em", "en", "ar", "es", "ex", and the vowels). */
const VOWEL_LETTER = /^[AEFILMNORSX]/;
/** Letters whose names start with a consonant sound ("bee", "jay", "you", "double-u"…). */
const CONSONANT_LETTER = /^[BCDGJKPQTUVWYZ]/;

function initialismArticle(word: string): 'a' | 'an' | undefined {
  if (!SPELLED_OUT.test(word)) return undefined;
  if (VOWEL_LETTER.test(word)) return 'an';
  return CONSONANT_LETTER.test(word) ? 'a' : undefined;
}

export const articleAAn: Rule = {
  meta: {
    id: 'article-a-an',
    category: 'fluency/grammar',
    severity: 'minor',
    description: '"a" before a vowel sound or "an" before a consonant sound ("a important", "an new"): the article must follow the next word\'s sound.',
    examples: {
      invalid: [
        { text: 'The court made a important ruling on Monday.', flags: ['a important'], suggestion: 'an important' },
        { text: 'Residents waited a hour for the ferry.', flags: ['a hour'], suggestion: 'an hour' },
        { text: 'An new bridge opened in Demak.', flags: ['An new'], suggestion: 'A new' },
        { text: 'Police found a unidentified body and a unusual bag.', flags: ['a unidentified', 'a unusual'], suggestion: 'an unidentified' },
        { text: 'Officers stopped a LPG truck and an KPK car.', flags: ['a LPG', 'an KPK'], suggestion: 'an LPG' },
      ],
      valid: [
        'It took an hour to reach a university in Bandung.',
        'An honest official made a one-day visit and an unusual offer.',
        'A NATO envoy met an FBI agent and a European diplomat.',
        'An NGO signed an MoU with a UN agency, a KPK team and an F-16 pilot; a HGV and an HGV passed.',
        'The minister called it an historic day for a united region.',
        'She earned Grade A in English and a euro coin.',
        'A used car, a useful tool and a utopian plan met an unusual end in a union hall.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const next = wordAfterArticle(tokens, i);
      if (!next || next.text.length < 2) continue;
      if (!WORD.test(next.text)) {
        const initialism = initialismFinding(doc, i, next);
        if (initialism) out.push(initialism);
        continue;
      }
      const a = tokens[i]!;
      if (plainlyRight(a.lower, next.lower)) continue;
      if (!PHRASE_POS.has(next.pos) || (i > 0 && !a.spaceBefore && tokens[i - 1]!.sentence === a.sentence)) continue;
      if (!isArticle(doc, a)) continue;
      const wanted = articleFor(next.lower);
      if (wanted === undefined || wanted === a.lower) continue;
      // "an historic", "an hotel": older usage writes "an" before some h-words; not an error.
      if (a.lower === 'an' && next.lower.startsWith('h')) continue;
      const article = inCaseOf(a, wanted);
      out.push({
        start: a.start,
        end: next.end,
        message: `"${next.text}" takes "${wanted}", by its sound: "${article} ${next.text}".`,
        suggestions: [`${article} ${next.text}`],
        fixable: true,
        confidence: 0.85,
        note: 'Indonesian has no articles; an article added by hand or left after the next word changed no longer agrees with that word\'s sound.',
      });
    }
    return out;
  },
};

/** "a LPG tank", "an KPK team": an initialism read letter by letter takes the article of its first letter's name. */
function initialismFinding(doc: AnalysedDocument, i: number, next: Token): FindingDraft | undefined {
  const a = doc.tokens[i]!;
  const wanted = initialismArticle(next.text);
  if (wanted === undefined || wanted === a.lower || (i > 0 && !a.spaceBefore && doc.tokens[i - 1]!.sentence === a.sentence)) return undefined;
  if (!isArticle(doc, a) || doc.inQuote(a.start)) return undefined;
  const article = inCaseOf(a, wanted);
  return {
    start: a.start,
    end: next.end,
    message: `"${next.text}" is read letter by letter and takes "${wanted}": "${article} ${next.text}".`,
    suggestions: [`${article} ${next.text}`],
    fixable: true,
    confidence: 0.75,
    note: 'The article follows the sound of the first letter\'s name ("an LPG tank", "a KPK team"); a translator who adds the article by hand reads the initialism as a word.',
  };
}
