/**
 * number-agreement: a plural person title in apposition to one named person — "members of the
 * Chinese Communist Party's Politburo Li Hongzhong", "ministers of foreign affairs Retno Marsudi",
 * "the leaders Xi Jinping" — and the "their" that then refers back to that one person ("Li Hongzhong
 * and their delegation"). Indonesian marks neither number on "anggota"/"menteri" nor gender on
 * "-nya", so machine translation may pick the plural title and the plural pronoun.
 *
 * The title comes from `data/lexicons/plural-titles.json`. It may take a complement ("of the X",
 * "of X's Y"), after which the name must follow a body or office word from the same lexicon
 * ("Politburo", "Committee", "foreign affairs"), an acronym ("DPR") or a place ("Central Java"), or
 * the name follows the title directly. The name is
 * one person: 2–3 capitalised words, not a list ("A and B", "A, B and C"; but "A and Minister of
 * Trade B" gives B a title of his own, so A alone bears the plural), not a possessive, not
 * followed by a verb (which would make it a reduced relative clause: "the officials Widodo
 * appointed"), and the title is not counted ("two officials", "several ministers").
 */
import { indefiniteArticle } from '../patterns/template.js';
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { loadLexicon } from '../lexicons/load.js';
import { cueFor } from '../people/cues.js';
import { gluedEnd, personByName } from './name-spans.js';
import type { FindingDraft, Rule } from './types.js';

interface PluralTitleEntry {
  plural: string;
  singular: string;
  note?: string;
}

interface PluralTitlesLexicon {
  entries: PluralTitleEntry[];
  bodyWords: string[];
}

interface Data {
  singularOf: Map<string, string>;
  body: Set<string>;
}

let data: Data | undefined;

function lexicon(): Data {
  if (!data) {
    const lex = loadLexicon<PluralTitleEntry>('plural-titles') as unknown as PluralTitlesLexicon;
    data = { singularOf: new Map(lex.entries.map((e) => [e.plural, e.singular])), body: new Set(lex.bodyWords) };
  }
  return data;
}

interface WordEntry {
  english: string;
  class: string;
}

let places: Set<string> | undefined;

/**
 * Last words of English place names ("Java" in "Central Java", "Korea"), from the Indonesian words
 * lexicon: a person's name may follow one directly ("governors of Central Java Ganjar Pranowo").
 * Only used after the run's first word, so a name starting the run is never cut.
 */
function placeWords(): Set<string> {
  if (places) return places;
  places = new Set(['indonesia']);
  try {
    for (const e of loadLexicon<WordEntry>('indonesian-words').entries) {
      if (e.class !== 'country' && e.class !== 'place') continue;
      for (const alt of e.english.split(/[;/]/)) {
        const words = alt.replace(/\([^)]*\)/g, '').trim().split(/\s+/);
        const last = words[words.length - 1];
        if (words.length > 1 && last) places.add(last.toLowerCase());
      }
    }
  } catch {
    // Optional: without the lexicon only body words split a title from a name.
  }
  return places;
}

/** Words before a plural title that count it: then a plural is right ("two officials", "both leaders"). */
const QUANTIFIERS = new Set(['several', 'many', 'all', 'both', 'some', 'few', 'other', 'various', 'numerous', 'multiple', 'most', 'these', 'those', 'dozens', 'hundreds', 'thousands', 'fellow']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const UPPER_START = /^\p{Lu}/u;
/** Capitalised words that make a run a thing, not a person ("the Governors Island Agreement"). */
const NOT_NAMES = new Set(
  (
    'agreement accord accords treaty act bill charter declaration island islands river street road square park ' +
    'forum dialogue summit conference meeting initiative program programme project network alliance partnership ' +
    'coalition movement group company corporation institute university college school foundation ' +
    'exchange market index games cup club team band ' +
    // Units and offices of a force or government: "members of the Metro Police Criminal Investigation Unit".
    'unit units division squad task force office agency command bureau department directorate section brigade battalion ' +
    'center centre hall house building airport port station bridge monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october november december'
  ).split(' '),
);

/** Verbs that take the name as subject, not as the subject of a relative clause about the title. */
const SUBJECT_VERBS = new Set(['say', 'arrive', 'explain', 'add', 'emphasize', 'emphasise', 'stress', 'reveal', 'speak', 'admit', 'insist']);
const CONNECTORS = new Set(['and', 'with', 'along', 'together', 'accompanied', 'by', 'as', 'well']);

/** Words before "of" that count the title after it: "a number of members", "one of the members". */
const OF_COUNTS = new Set(['number', 'group', 'team', 'some', 'all', 'most', 'many', 'several', 'dozens', 'hundreds', 'thousands', 'one', 'each', 'both', 'none', 'two', 'three', 'four', 'five', 'delegation', 'contingent']);
/** A determiner before the title: the singular needs no article of its own. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'another', 'every', 'each', 'former', 'then']);
/** Titles held by many at once: "a member of the House", but "the minister of defence". */
const ONE_OF_MANY = new Set(['member', 'representative', 'delegate', 'official', 'officer', 'legislator', 'lawmaker', 'envoy', 'deputy', 'senator', 'councillor', 'councilor', 'commissioner', 'judge', 'adviser', 'advisor', 'spokesperson', 'spokesman', 'spokeswoman']);

function isCapitalWord(t: Token): boolean {
  return t.type === 'word' && UPPER_START.test(t.text);
}

/** The title is counted or quantified: "two senior officials", "several Politburo members". */
function quantified(tokens: Token[], i: number, sentenceStart: number): boolean {
  let b = i - 1;
  let steps = 0;
  while (b >= sentenceStart && steps < 3 && MODIFIER_POS.has(tokens[b]!.pos) && !QUANTIFIERS.has(tokens[b]!.lower)) {
    b--;
    steps++;
  }
  if (b < sentenceStart) return false;
  const q = tokens[b]!;
  return (q.pos === 'NUM' && q.lower !== 'one') || QUANTIFIERS.has(q.lower);
}

/** End (exclusive) of the title's complement "of the Chinese Communist Party's Politburo …", from `k`. */
function complementEnd(tokens: Token[], k: number, sentenceEnd: number): number {
  let j = k;
  let ofs = 0;
  while (j < sentenceEnd && j - k < 12) {
    const u = tokens[j]!;
    // "Ambassadors of Indonesia for Australia …": a second complement with "for"/"to", only before a
    // place ("spokesmen for President Biden" and "advisers to Joe Biden" are several people).
    if ((u.lower === 'of' || ((u.lower === 'for' || u.lower === 'to') && placeAt(tokens, j + 1))) && ofs < 2) {
      ofs++;
      j++;
      if (tokens[j]?.lower === 'the' && j < sentenceEnd) j++;
      continue;
    }
    if (POSSESSIVE.has(u.text) && !u.spaceBefore) {
      j++;
      continue;
    }
    if (MODIFIER_POS.has(u.pos) || isCapitalWord(u)) {
      j = gluedEnd(tokens, j + 1, sentenceEnd);
      continue;
    }
    break;
  }
  return j;
}

/** A place name starts at token k ("Australia", "the United States"), per the person-cue lexicon. */
function placeAt(tokens: Token[], k: number): boolean {
  let t = tokens[k];
  if (t?.lower === 'the') t = tokens[k + 1];
  if (!t || !isCapitalWord(t)) return false;
  if (cueFor(t.text)?.place) return true;
  const n = tokens[t.i + 1];
  return n !== undefined && n.spaceBefore && cueFor(`${t.text} ${n.text}`)?.place === true;
}

/** Number of space-separated words in tokens [a, b). */
function wordCount(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (k === a || tokens[k]!.spaceBefore) n++;
  return n;
}

interface Apposition {
  /** First token of the person's name. */
  from: number;
  to: number;
}

const HYPHEN = /^[-‐‑]$/;
const ACRONYM = /^[\p{Lu}\d]+$/u;
const LETTERS = /^\p{L}+$/u;

/** Start of the run of capitalised words (hyphenated parts included) that ends at `end`, after `floor`. */
function capitalRunStart(tokens: Token[], end: number, floor: number): number {
  let a = end;
  let j = end - 1;
  while (j > floor) {
    // The word's first token: walk back over unspaced hyphens and letters ("Jong" "-" "un").
    let u = j;
    while (u - 1 > floor && !tokens[u]!.spaceBefore && (HYPHEN.test(tokens[u]!.text) || LETTERS.test(tokens[u]!.text))) u--;
    if (!isCapitalWord(tokens[u]!)) break;
    a = u;
    j = u - 1;
  }
  return a;
}

/** The single person named right after the title (and its complement), if any. */
function personAfter(doc: AnalysedDocument, titleIndex: number): Apposition | undefined {
  const { tokens } = doc;
  const { body } = lexicon();
  const s = doc.sentences[tokens[titleIndex]!.sentence]!;
  const first = tokens[titleIndex + 1];
  if (!first || titleIndex + 1 >= s.tokenEnd || !first.spaceBefore) return undefined;
  const end = complementEnd(tokens, titleIndex + 1, s.tokenEnd);
  const runStart = capitalRunStart(tokens, end, titleIndex);
  if (runStart >= end) return undefined;
  // Where does the name begin? After the last body/office word inside the run ("Politburo Li
  // Hongzhong"), or at the run's start when the run follows the title directly or follows a
  // lower-case body word ("ministers of foreign affairs Retno Marsudi").
  let from = runStart;
  for (let k = runStart; k < end; k++) {
    const t = tokens[k]!;
    const cue = cueFor(t.text);
    // An acronym is a body too ("members of Commission I of the DPR Dave Laksono").
    const acronym = t.text.length > 1 && ACRONYM.test(t.text);
    // A listed place may open the run too ("… for Australia Siswo Pramono").
    if (body.has(t.lower) || acronym || (cue && (cue.title || cue.place)) || (k > runStart && placeWords().has(t.lower))) from = k + 1;
  }
  // A split inside a hyphenated word ("PDI-P") moves to the next word.
  while (from < end && from > runStart && !tokens[from]!.spaceBefore) from++;
  if (from === runStart && runStart !== titleIndex + 1) {
    const before = tokens[runStart - 1]!;
    if (!body.has(before.lower) || isCapitalWord(before)) return undefined;
  }
  if (from >= end) return undefined;
  const words = wordCount(tokens, from, end);
  const name = doc.text.slice(tokens[from]!.start, tokens[end - 1]!.end);
  // One word is a name only when the gazetteer knows it as a person ("Suharyanto", "Jokowi").
  if (words > 3 || (words === 1 && personByName(name) === undefined)) return undefined;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (k > from && !t.spaceBefore) continue;
    const cue = cueFor(t.text);
    if (!isCapitalWord(t) || body.has(t.lower) || body.has(t.lemma) || NOT_NAMES.has(t.lower) || (cue && (cue.title || cue.honorific))) return undefined;
  }
  return { from, to: end };
}

/** True for a word the plural-titles lexicon lists as a plural ("Ministers"): not a singular title. */
function singularTitleIsPlural(lower: string): boolean {
  return lexicon().singularOf.has(lower);
}

/** "A and B", "A, B and C", "A's …", or a verb after the name (a reduced relative clause). */
function notOnePerson(tokens: Token[], to: number, sentenceEnd: number): boolean {
  const next = tokens[to];
  if (!next || to >= sentenceEnd) return false;
  if (POSSESSIVE.has(next.text)) return true;
  if (next.pos === 'VERB' || next.pos === 'AUX') {
    // "Li Hongzhong said the talks…" is one person speaking; "the officials Widodo appointed" and
    // "the officials Budi said were corrupt" are reduced relative clauses about several people.
    if (!SUBJECT_VERBS.has(next.lemma)) return true;
    const after = tokens[to + 1];
    if (after && (after.pos === 'VERB' || after.pos === 'AUX' || after.lower === 'that')) return true;
  }
  const after = tokens[to + 1];
  if ((next.lower === 'and' || next.lower === 'or' || next.text === '&' || next.text === ',' || next.text === '/') && after && to + 1 < sentenceEnd) {
    // "ministers of defense Sjafrie Sjamsoeddin and Minister of Foreign Affairs Sugiono": a second
    // person with a singular title of their own is not a second bearer of the plural title.
    let ownTitle = false;
    // "… and Vietnamese Minister of Industry …": a demonym or two may precede the title.
    for (let k = to + 1; next.lower === 'and' && k < Math.min(sentenceEnd, to + 4) && !ownTitle; k++) {
      const u = tokens[k]!;
      if (!isCapitalWord(u)) break;
      const cue = cueFor(u.text);
      ownTitle = cue !== undefined && cue.title && !singularTitleIsPlural(u.lower);
    }
    if (isCapitalWord(after) && after.lower !== 'their' && !ownTitle) return true;
  }
  return false;
}

/** A "their" within the next few linking words: "Li Hongzhong and their delegation". */
function theirAfter(tokens: Token[], to: number, sentenceEnd: number): Token | undefined {
  for (let k = to; k < Math.min(sentenceEnd, to + 4); k++) {
    const t = tokens[k]!;
    if (t.lower === 'their') return t;
    if (!CONNECTORS.has(t.lower)) return undefined;
  }
  return undefined;
}

function matchCase(model: string, word: string): string {
  return UPPER_START.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

export const numberAgreement: Rule = {
  meta: {
    id: 'number-agreement',
    category: 'fluency/grammar',
    severity: 'minor',
    description: "A plural person title in apposition to one named person ('members of the Politburo Li Hongzhong') and a 'their' referring back to that person.",
    examples: {
      invalid: [
        {
          text: 'The talks were attended by ministers of foreign affairs Penny Wong, who flew in from Canberra.',
          flags: ['ministers'],
          suggestion: 'the minister',
        },
        {
          text: 'Members of the Central Committee Wang Huning and their entourage arrived in Vientiane on Sunday.',
          flags: ['Members', 'their'],
          suggestion: 'A member',
        },
        {
          text: 'Jakarta welcomed the leaders Anthony Albanese for a two-day visit.',
          flags: ['leaders'],
        },
        {
          text: 'Also present were heads of the National Police Listyo Sigit Prabowo and his deputies.',
          flags: ['heads'],
          suggestion: 'the head',
        },
        {
          text: 'The Envoys of Malaysia for Japan Ahmad Faizal and their spouses attended the banquet.',
          flags: ['Envoys', 'their'],
          suggestion: 'Envoy',
        },
        {
          text: 'The reception was hosted by ambassadors of the Philippines to Germany Maria Reyes.',
          flags: ['ambassadors'],
          suggestion: 'the ambassador',
        },
        {
          text: 'The forum was opened by governors of West Java Dedi Mulyadi and Minister of Home Affairs Tito Karnavian.',
          flags: ['governors'],
          suggestion: 'the governor',
        },
      ],
      valid: [
        'Members of the Politburo Standing Committee met in Beijing on Tuesday.',
        'The ministers Retno Marsudi and Wang Yi held talks in Jakarta.',
        'Chris Martin and other members of the band Coldplay visited the school.',
        'Two officials, Ali and Budi, were detained by police.',
        'The officials Joko Widodo appointed last year have all resigned.',
        'Several ministers Anwar Ibrahim trusted were replaced in the reshuffle.',
        'The foreign minister of Australia, Penny Wong, arrived on Monday.',
        'Leaders of the Communist Party of China gathered for the plenum.',
        "Members of Prabowo Subianto's party welcomed the decision.",
        'G20 leaders Joe Biden, Xi Jinping and Narendra Modi attended the dinner.',
        'Spokesmen for President Joe Biden declined to comment.',
        'Advisers to Prime Minister Anthony Albanese briefed reporters in Canberra.',
        'The Ambassadors Club of Jakarta met on Friday.',
        'The two suspects were arrested by members of the Bogor Police Criminal Investigation Unit on Monday.',
      ],
    },
  },
  run(doc) {
    const { tokens } = doc;
    const { singularOf } = lexicon();
    const out: FindingDraft[] = [];
    for (const t of tokens) {
      const singular = singularOf.get(t.lower);
      if (singular === undefined || t.type !== 'word') continue;
      const s = doc.sentences[t.sentence]!;
      // A capital mid-sentence puts the title inside a name: "House of Representatives", "the
      // Meetings of the Heads of Agencies", "the Governors Island Agreement".
      // Only a title right after a sentence-opening "The" may be capitalised ("The Ambassadors of …").
      if (isCapitalWord(t) && t.i > s.tokenStart && !(t.i === s.tokenStart + 1 && tokens[s.tokenStart]!.lower === 'the')) continue;
      if (quantified(tokens, t.i, s.tokenStart)) continue;
      // "a number of members of …", "one of the members of …": the title counts several people.
      if (t.i - 2 >= s.tokenStart && tokens[t.i - 1]!.lower === 'of' && OF_COUNTS.has(tokens[t.i - 2]!.lower)) continue;
      const person = personAfter(doc, t.i);
      if (!person || notOnePerson(tokens, person.to, s.tokenEnd)) continue;
      const name = doc.text.slice(tokens[person.from]!.start, tokens[person.to - 1]!.end);
      // Without a determiner before it the singular needs an article: "a member of the Politburo Li",
      // "the minister of defence Sjafrie" (one of many members; one holder of an office).
      const prev = t.i > s.tokenStart ? tokens[t.i - 1]! : undefined;
      const determined = prev !== undefined && (DETERMINERS.has(prev.lower) || prev.lower === "'s" || prev.lower === '’s');
      const bare = matchCase(t.text, singular);
      const article = ONE_OF_MANY.has(singular) ? indefiniteArticle(singular) : 'the';
      const fix = determined ? bare : t.i === s.tokenStart ? `${article[0]!.toUpperCase()}${article.slice(1)} ${bare.toLowerCase()}` : `${article} ${bare}`;
      out.push({
        start: t.start,
        end: t.end,
        message: `Plural title "${t.text}" stands in apposition to one person, ${name}: use the singular "${fix}".`,
        suggestions: [fix],
        confidence: 0.7,
        note: 'Indonesian titles carry no number ("anggota Politbiro", "menteri"), so machine translation may pick the plural for one person.',
      });
      const their = theirAfter(tokens, person.to, s.tokenEnd);
      if (their) {
        const gender = personByName(name)?.gender;
        const pronoun = gender === 'male' ? 'his' : gender === 'female' ? 'her' : undefined;
        out.push({
          start: their.start,
          end: their.end,
          message: pronoun
            ? `"${their.text}" refers back to one person, ${name}: use "${matchCase(their.text, pronoun)}".`
            : `"${their.text}" refers back to one person, ${name}, after a plural title; use his or her as fits the person.`,
          suggestions: pronoun ? [matchCase(their.text, pronoun)] : [],
          confidence: 0.6,
          note: 'Indonesian "-nya" marks neither number nor gender; after a plural title machine translation may render it "their".',
        });
      }
    }
    return out;
  },
};
