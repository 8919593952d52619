/**
 * noun-countability: article and number slips judged by what the training text says about each noun
 * (`data/lexicons/noun-countability.json`, derived by scripts/build-countability.ts from Brown and
 * Wikinews), not by hand-made word lists:
 *
 * - a singular count noun after a plural numeral or quantifier ("three new country", "several
 *   official said") or after "one of the" ("one of the key witness");
 * - "a"/"an" before a mass noun ("a progress", "an important information"), and a mass noun in the
 *   plural ("informations");
 * - a bare singular count noun where English needs a determiner: after a preposition and an
 *   adjective ("in sustainable way"), or as the subject opening a sentence ("Company said …");
 * - a bare singular count noun after a plural noun and "of" ("heads of institution").
 *
 * Indonesian has no articles and marks the plural only by context or reduplication, so translation
 * software leaves nouns bare and singular where English needs "a"/"the" or an -s. Only lower-case
 * common nouns are judged (a capital at a sentence start aside): names never. One pass over the
 * tokens, with map look-ups.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { loadLexicon } from '../lexicons/load.js';
import { indefiniteArticle, transform } from '../patterns/template.js';
import { articleReading } from '../lm/article-reading.js';
import { tagShares } from './verb-words.js';
import type { FindingDraft, Rule } from './types.js';

/** One entry of data/lexicons/noun-countability.json (written by scripts/build-countability.ts). */
export interface CountabilityEntry {
  noun: string;
  class: 'count' | 'mass';
  singular: number;
  bare: number;
  indefinite: number;
  plural: number;
  bareAfter?: string[];
}

interface Classes {
  count: Map<string, CountabilityEntry>;
  mass: Map<string, CountabilityEntry>;
}

let classes: Classes | undefined;

function lexicon(): Classes {
  if (!classes) {
    const count = new Map<string, CountabilityEntry>();
    const mass = new Map<string, CountabilityEntry>();
    for (const e of loadLexicon<CountabilityEntry>('noun-countability').entries) {
      if (e.class === 'count') count.set(e.noun, e);
      else mass.set(e.noun, e);
    }
    classes = { count, mass };
  }
  return classes;
}

/** Medal metals in the plural: sports English counts them ("won three golds"). */
const MEDALS = new Set(['golds', 'silvers', 'bronzes']);

/** Words that count a following noun as more than one. */
const PLURAL_QUANTIFIERS = new Set(['several', 'many', 'various', 'numerous', 'multiple', 'both', 'these', 'those', 'few']);
/** Quantifiers a noun tagged as an adjective may follow: not "these"/"those"/"both", which take "present", "concerned"… */
const NUMBER_LIKE = new Set(['several', 'many', 'various', 'numerous', 'multiple']);
const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety'.split(' '),
);
/** Digits for a count of two or more; not a year ("the 2019 election"), not a decimal. */
const COUNT_DIGITS = /^(?:[2-9]|[1-9]\d{1,2}|[1-9]\d{0,2}(?:,\d{3})+)$/;
/** Words that join numbers in a list ("1, 2 and 3", "4 to 6"). */
const LIST_JOINERS = new Set([',', 'and', 'or', '&', '/', 'to', '-', '–']);
/** Words before a number that make it a label, not a count ("Article 5 paragraph", "No. 3 player"). */
const LABEL_BEFORE = /^(?:no|number|article|chapter|section|page|paragraph|point|room|gate|phase|level|grade|class|category|stage|type|tier|round|the|rp|us\$|\$|#)$/i;
const LIST_NUMBER = /^\d{1,3}$/;

/** A word that makes the number after it a label ("No.", "class"), also in the plural ("grades", "classes"). */
function labelWord(lower: string): boolean {
  return LABEL_BEFORE.test(lower.replace(/\.$/, '')) || LABEL_BEFORE.test(lower.replace(/s$/, '')) || LABEL_BEFORE.test(lower.replace(/es$/, ''));
}
const PREPOSITIONS = new Set(['in', 'on', 'at', 'with', 'from', 'for', 'by', 'into', 'during', 'through', 'without', 'about', 'under', 'after', 'before', 'against', 'within', 'toward', 'towards', 'across', 'over', 'onto', 'upon', 'via']);
const OWNERS = new Set(['the', 'our', 'his', 'her', 'their', 'its', 'these', 'those', 'my', 'your']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const LOWER = /^[a-z]+$/;
const CAPITALISED = /^\p{Lu}[a-z]+$/u;
/** Words after a noun that make it one of a list or pair ("forest and land fires", "city/regency"). */
const LIST_WORDS = new Set(['and', 'or', '/', '&', '-']);
/** Nouns that are numbers themselves: "a couple of dozen generals", "three hundred". */
const NUMBER_NOUNS = new Set(['dozen', 'score', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'percent', 'per']);
const MODALS = new Set(['can', 'will', 'may', 'must', 'might', 'shall']);
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'where', 'when']);
/** Nouns that name a kind, after which "these kind of" is a common informal slip of natives too. */
const KIND_NOUNS = new Set(['kind', 'sort', 'type']);
/** Adjectives that do a determiner's work ("for last month", "in next year"). */
const DETERMINER_ADJECTIVES = new Set(['last', 'next', 'previous', 'past', 'following', 'same', 'such', 'own', 'whole', 'certain', 'enough']);
const PARTICIPLE = /^[a-z]{3,}(?:ed|ing)$/;
const SENTENCE_STOPS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
/** The bare-slot check asks for more evidence than the count class: a head bare at most this often, seen at least this often. */
const BARE_SLOT_MAX_SHARE = 0.08;
const BARE_SLOT_MIN_SINGULAR = 30;
const MASS_PLURAL_MIN_SINGULAR = 20;

function isSingularCount(t: Token): CountabilityEntry | undefined {
  if (t.lower !== t.lemma || NUMBER_NOUNS.has(t.lower)) return undefined;
  return lexicon().count.get(t.lower);
}

/** Nouns with a mass sense of capacity before "for"/"to" ("room for", "space to"). */
const MASS_SENSE_NOUNS = new Set(['room', 'space', 'scope', 'leeway', 'headroom']);

/** Units a number measures: "a 40 month sentence", "an 18 foot surge" use them, singular, as modifiers. */
/**
 * Preposition + bare noun idioms the corpus counts too seldom to list in bareAfter: "urged fans not
 * to go to the location on site", "staff on board", "off site", "in person".
 */
const BARE_IDIOMS = new Set(['on site', 'off site', 'on board', 'on stage', 'on air', 'on camera', 'in person', 'on foot', 'on deck', 'at sea', 'on course', 'on screen', 'off camera', 'off screen']);

const MEASURE_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'foot', 'inch', 'yard', 'mile', 'meter', 'metre', 'kilometer', 'kilometre', 'centimeter', 'centimetre', 'millimeter', 'millimetre', 'km', 'cm', 'mm', 'kg', 'gram', 'pound', 'ton', 'tonne', 'acre', 'hectare', 'storey', 'story', 'lane', 'seat', 'bed', 'room', 'page', 'point', 'member', 'man', 'game', 'match', 'step', 'mph', 'degree', 'volt', 'watt', 'megawatt', 'gigawatt', 'liter', 'litre', 'gallon', 'barrel']);

/**
 * Number + unit as a compound modifier written without hyphens: "a 40 month sentence", "an 18 to
 * 23 foot (5.5 to 7 meter) storm surge". The unit stays singular there, and the noun it modifies
 * may follow a bracketed conversion.
 */
function unitModifier(tokens: readonly Token[], from: number, head: Token): boolean {
  for (let k = from; k < head.i; k++) if (MEASURE_UNITS.has(tokens[k]!.lower)) return true;
  if (!MEASURE_UNITS.has(head.lower)) return false;
  let k = head.i + 1;
  if (tokens[k]?.text === '(') {
    const stop = Math.min(tokens.length, k + 12);
    while (k < stop && tokens[k]!.text !== ')') k++;
    k++;
  } else if (tokens[k]?.text === ')') k++;
  const n = tokens[k];
  if (n === undefined || n.sentence !== head.sentence || !LOWER.test(n.text)) return false;
  // "the first 25 basis point cut to come": a noun the tagger read as a verb ("cut", "rise", "hike")
  // is the modified noun when the lexicon counts it as a noun.
  return n.pos === 'NOUN' || (n.pos === 'VERB' && n.lower === n.lemma && lexicon().count.has(n.lower));
}

/** The next token continues a noun phrase (the noun is a modifier) or hangs on it ("country's", "-based"). */
function continuesPhrase(next: Token | undefined, sentence: number): boolean {
  if (!next || next.sentence !== sentence) return false;
  if (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM') return true;
  if (!next.spaceBefore && (next.text === '-' || next.text === '/' || POSSESSIVE_MARKS.has(next.text))) return true;
  return false;
}

/**
 * The head of the noun phrase that starts at `from`: up to three lower-case modifiers (adjectives,
 * nouns; participles when `participles`) and the noun the phrase ends on. Undefined when the
 * phrase runs on, holds a capital or number, is cut by a hyphen, or holds a plural noun before its
 * last word ("many local churches drop", "these attributes cluster": the plural is the head and the
 * last word a verb).
 */
function phraseHead(tokens: readonly Token[], from: number, sentence: number, participles = false): Token | undefined {
  for (let k = from; k < from + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || !LOWER.test(t.text) || !t.spaceBefore) return undefined;
    // A participle may modify the noun after a preposition ("in abandoned house", "from burning village").
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'ADV' && !(participles && t.pos === 'VERB' && PARTICIPLE.test(t.text))) return undefined;
    if (k > from && tokens[k - 1]!.pos === 'NOUN' && tokens[k - 1]!.lower !== tokens[k - 1]!.lemma) return undefined;
    const next = tokens[k + 1];
    if (!continuesPhrase(next, sentence) && !(next && next.sentence === sentence && next.spaceBefore && LOWER.test(next.text) && next.pos === 'ADJ' && t.pos !== 'NOUN')) {
      return t;
    }
  }
  return undefined;
}

/**
 * The word after a head noun ends its phrase: punctuation, a preposition, an auxiliary, a relative
 * word, or a verb in a form that cannot be a plural noun or a gerund ("said", "turned"). A word
 * like "works", "ends" or "singing" may be a mis-tagged noun or a modifier ("these chamber works",
 * "club singing appearances"), and a pronoun after it means the "noun" was a verb ("three
 * report their sales"): then nothing is judged.
 */
function endsPhrase(next: Token | undefined, sentence: number, relatives = true): boolean {
  if (!next || next.sentence !== sentence) return true;
  if (next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'DET' || next.pos === 'AUX' || next.pos === 'SCONJ' || next.pos === 'PART') return !(relatives === false && RELATIVES.has(next.lower));
  if (RELATIVES.has(next.lower)) return relatives;
  return next.pos === 'VERB' && LOWER.test(next.text) && !/(?:s|ing)$/.test(next.lower);
}

/** The sentence ends like prose (. ! ? …): headlines and captions drop articles on purpose. */
function isProse(doc: AnalysedDocument, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  let i = s.tokenEnd - 1;
  while (i >= s.tokenStart && CLOSERS.has(doc.tokens[i]!.text)) i--;
  return i >= s.tokenStart && SENTENCE_STOPS.has(doc.tokens[i]!.text);
}

/**
 * The quantifier is itself a modifier or part of a bigger number: after a determiner ("the
 * multiple secant", "a two cycle engine", "his many friend") or glued by a hyphen ("twenty-two
 * rifle", "fifty-fifty chance").
 */
function quantifierIsModifier(tokens: readonly Token[], i: number): boolean {
  const q = tokens[i]!;
  const before = tokens[i - 1];
  if (!before || before.sentence !== q.sentence) return false;
  if (!q.spaceBefore || before.text === '-') return true;
  return before.pos === 'DET' || OWNERS.has(before.lower) || before.lower === 'a' || before.lower === 'an';
}

function firstTokenOfSentence(tokens: readonly Token[], t: Token): number {
  let i = t.i;
  while (i > 0 && tokens[i - 1]!.sentence === t.sentence) i--;
  return i;
}

function isPluralCount(q: Token, tokens: readonly Token[]): boolean {
  if (PLURAL_QUANTIFIERS.has(q.lower)) return true;
  if (NUMBER_WORDS.has(q.lower)) {
    // After a capitalised word the number is part of a date or a name ("January fifteen report").
    const before = tokens[q.i - 1];
    return !(before && before.sentence === q.sentence && /^\p{Lu}/u.test(before.text) && q.i !== firstTokenOfSentence(tokens, q));
  }
  if (q.type !== 'number' && q.pos !== 'NUM') return false;
  if (!COUNT_DIGITS.test(q.text)) return false;
  // Glued to what comes before ("magnitude-6.2", which wink may even cut into two sentences).
  if (!q.spaceBefore && q.i > 0) return false;
  const before = tokens[q.i - 1];
  if (before && before.sentence === q.sentence && (LABEL_BEFORE.test(before.lower.replace(/\.$/, '')) || /^\p{Lu}/u.test(before.text) || !q.spaceBefore)) return false;
  // The last of several labels: "class 1, 2 and 3 system", "grades 4 to 6 pupils" name classes or
  // grades, not a count of systems.
  let k = q.i - 1;
  while (k >= 0 && tokens[k]!.sentence === q.sentence && (LIST_JOINERS.has(tokens[k]!.lower) || LIST_NUMBER.test(tokens[k]!.text))) k--;
  const lead = tokens[k];
  if (k < q.i - 1 && lead && lead.sentence === q.sentence && labelWord(lead.lower)) return false;
  // A name's number after its bracketed short form: "the Special Detachment (Densus) 88 team".
  const named = tokens[q.i - 2];
  if (before?.text === ')' && named && named.sentence === q.sentence && /^\p{Lu}/u.test(named.text)) return false;
  return true;
}

function matchCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

function pluralFinding(head: Token, why: string, confidence: number): FindingDraft {
  const plural = transform(head.text, 'plural');
  return {
    start: head.start,
    end: head.end,
    message: `"${head.text}" is a count noun and ${why}: use the plural "${plural}".`,
    suggestions: [plural],
    fixable: true,
    confidence,
    note: 'Indonesian marks the plural only by context or reduplication, so translation software keeps the noun singular after a number or quantifier.',
  };
}

export const nounCountability: Rule = {
  meta: {
    id: 'noun-countability',
    category: 'fluency/grammar',
    severity: 'minor',
    description: 'Number and article slips judged by corpus-derived noun countability: "several official said", "a progress", "informations", "in sustainable way".',
    yieldsTo: ['article-number', 'article-plural', 'number-agreement'],
    examples: {
      invalid: [
        { text: 'The agency said several official were questioned on Monday.', flags: ['official'], suggestion: 'officials' },
        { text: 'Rescuers reached 14 remote village by boat.', flags: ['village'], suggestion: 'villages' },
        { text: 'She is one of the most senior judge in the province.', flags: ['judge'], suggestion: 'judges' },
        { text: 'The talks brought an important progress for both sides.', flags: ['an important progress'], suggestion: 'important progress' },
        { text: 'The ministry has not received informations about the victims.', flags: ['informations'], suggestion: 'information' },
        { text: 'Officers found the drugs under small table in the kitchen.', flags: ['small table'], suggestion: 'a small table' },
        { text: 'The governor asked regents and heads of institution to cut spending.', flags: ['institution'], suggestion: 'institutions' },
        // An article that reads as translated: a bare count noun as a verb's object (a note).
        {
          text: 'The head of the weather agency said the peak of the rainy season is expected to occur in January. His party has also coordinated with related parties to anticipate the potential of floods in several regions. The community is asked to remain vigilant and to always monitor the weather information. This was conveyed by the head of the agency after attending the cabinet meeting at the palace on Monday. The agency also plans to train village team for the evacuation.',
          flags: ['village team'],
          suggestion: 'the village team',
        },
      ],
      valid: [
        'The rupiah has weakened more than 6 percent year to date, traders in Jakarta said.',
        'The government will merge the class 1, 2 and 3 system of the health insurance into one.',
        'The bank intervened in both spot, forward and bond markets.',
        'Several officials were questioned on Monday.',
        'Both sides made progress in the talks.',
        'The 2019 election drew 14 candidates.',
        'Those present at the meeting agreed on a plan.',
        'He travelled to the village by car and returned on foot.',
        'The club asked supporters not to queue on site before the gates opened.',
        'Information about the victims was released by the police.',
        'Two soldiers and a police officer were hurt.',
        // A name's number after its bracketed short form.
        'Officers of the Special Detachment (Densus) 88 team arrested him.',
        'The project was finished in record time.',
        'Volunteers went from house to house with food and water.',
        'The heads of state met in Bali, and the places of worship were full.',
        // "Change of" names what changes in the singular.
        'The party has ruled for decades, albeit with frequent changes of leader.',
        // Number + unit as an unhyphenated modifier, a category number, a conversion in brackets.
        'The judge handed down a 30 month sentence, and a category 4 storm hit the coast with a 12 to 15 foot (4 to 5 meter) surge.',
        // A unit before a noun the tagger may read as a verb.
        'Economists expect a 25 basis point cut in March and a 50 basis point hike later.',
        // A collective: one member of the last generation, not one of several generations.
        'The weaver is one of the last generation in the valley to learn the old patterns.',
        // Too short to read as translated: the verb-object slot is not judged.
        'Officials plan to train village team before the rainy season starts, the spokesman said.',
        // A translated article, but a comparative reads the object as an amount.
        'The head of the weather agency said the peak of the rainy season is expected to occur in January. His party has also coordinated with related parties to anticipate the potential of floods in several regions. The community is asked to remain vigilant and to always monitor the weather information. This was conveyed by the head of the agency after attending the cabinet meeting at the palace on Monday. The agency plans to allow higher collection of the levy when prices rise.',
      ],
    },
  },
  run(doc) {
    const { tokens } = doc;
    const { count, mass } = lexicon();
    const out: FindingDraft[] = [];
    // The verb-object slot (8) only in an article that reads as translated: asked once, at the first candidate.
    let translated: boolean | undefined;
    const readsTranslated = (): boolean => (translated ??= articleReading(doc) === 'translated');
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      // 1. Plural numeral or quantifier + modifiers + singular count noun.
      if (next && next.sentence === t.sentence && t.text === t.lower && isPluralCount(t, tokens) && !(t.lower === 'few' && tokens[i - 1]?.lower !== 'a') && !quantifierIsModifier(tokens, i) && !DETERMINER_ADJECTIVES.has(next.lower)) {
        const head = phraseHead(tokens, i + 1, t.sentence);
        const entry = head && isSingularCount(head);
        const after = head && tokens[head.i + 1];
        // A head tagged as an adjective ("several official said") only after a numeral-like
        // quantifier and before a verb: "several firm, gray nodules" is an adjective.
        const adjectiveHead = head !== undefined && head.pos === 'ADJ' && (NUMBER_LIKE.has(t.lower) || t.pos === 'NUM' || NUMBER_WORDS.has(t.lower)) && after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX');
        // Left alone: a gerund ("those beginning with"), a modal read as a noun ("these can be"), and
        // an adjective in a list ("several firm, gray nodules").
        // "both spot, forward and bond trades": "both" opening a list of three names no single noun.
        // "weakened 6 percent year to date": the period phrase "year/month to date", not a counted noun.
        const unsure = head !== undefined && (/ing$/.test(head.lower) || MODALS.has(head.lower) || (after?.text === ',' && tokens[head.i + 2]?.pos === 'ADJ') || (t.lower === 'both' && after?.text === ',') || (after?.lower === 'to' && tokens[head.i + 2]?.lower === 'date'));
        if (head && entry && !unsure && !KIND_NOUNS.has(head.lower) && (head.pos === 'NOUN' || adjectiveHead) && !unitModifier(tokens, i + 1, head)) {
          // "three year old" (an age) is ADJ after the noun, so not a phrase end: left alone.
          if (endsPhrase(after, t.sentence)) {
            const draft = pluralFinding(head, `"${t.text}" counts more than one`, 0.7);
            // A head wink tagged as an adjective is less sure: a note.
            out.push(head.pos === 'ADJ' ? { ...draft, severity: 'info', confidence: 0.5 } : draft);
          }
        }
      }
      // 2. "one of the/our/his …", "each of the …", "several of these …", "a number of …",
      // "hundreds of …" + singular count noun.
      const before = tokens[i - 1];
      const labelled = before !== undefined && before.sentence === t.sentence && (before.pos === 'NOUN' || before.pos === 'PROPN');
      const of = next?.lower === 'of' && next.sentence === t.sentence ? ofPhraseStart(tokens, i) : undefined;
      if (of !== undefined && !labelled) {
        let from = of;
        if (tokens[from]?.lower === 'most' || tokens[from]?.lower === 'more') from++;
        const head = phraseHead(tokens, from, t.sentence);
        if (head && head.pos === 'NOUN' && isSingularCount(head) && !/ing$/.test(head.lower)) {
          const after = tokens[head.i + 1];
          // Not before a relative clause: "one of the minority that ruled" names a group.
          if (endsPhrase(after, t.sentence, false) && !KIND_NOUNS.has(head.lower) && !COLLECTIVE_NOUNS.has(head.lower) && !sharedHeadList(tokens, head, t.sentence)) {
            out.push(pluralFinding(head, `"${doc.text.slice(t.start, next!.end)}" picks from several`, 0.7));
          }
        }
      }
      // 3. "a"/"an" (+ adjectives) + mass noun.
      if ((t.lower === 'a' || t.lower === 'an') && next && next.spaceBefore && next.sentence === t.sentence) {
        const head = phraseHead(tokens, i + 1, t.sentence);
        const entry = head && head.pos === 'NOUN' && head.lower === head.lemma ? mass.get(head.lower) : undefined;
        // Before an adjective only a noun the corpus never gave "a" ("a noble anger" is English);
        // a noun modifier changes what is counted ("a yeast bread").
        const plain = head !== undefined && (head.i === i + 1 || (entry?.indefinite === 0 && onlyAdjectives(tokens, i + 1, head.i)));
        if (head && entry && plain && tokens[head.i + 1]?.lower !== 'of' && endsPhrase(tokens[head.i + 1], t.sentence)) {
          const phrase = doc.text.slice(next.start, head.end);
          out.push({
            start: t.start,
            end: head.end,
            message: `"${head.text}" is a mass noun: English uses no "${t.text}" before it.`,
            suggestions: [matchCase(t.text, phrase)],
            confidence: 0.5,
            severity: 'info',
            note: 'Indonesian has no articles; translation software adds "a" before nouns such as information or progress, which English does not count. A note only: many mass nouns have a count sense too ("win a gold").',
          });
        }
      }
      // 4. Plural of a mass noun.
      // Only a noun the corpus never pluralised: "cancers", "anxieties" are English in another sense.
      // (The cheap tests first: the regex only runs on a noun whose lemma differs and that ends in -s.)
      // "three golds", "two bronzes": medals, counted in sports English.
      if (t.pos === 'NOUN' && t.lower !== t.lemma && t.lower.endsWith('s') && LOWER.test(t.text) && !MEDALS.has(t.lower) && neverPluralised(mass.get(t.lemma))) {
        out.push({
          start: t.start,
          end: t.end,
          message: `"${t.lemma}" is a mass noun in English and has no plural: "${t.lemma}".`,
          suggestions: [t.lemma],
          confidence: 0.5,
          severity: 'info',
          note: 'Indonesian marks the plural by reduplication or context; translation software then adds -s to a noun English does not count. A note only: a mass noun may have a count sense ("two golds").',
        });
      }
      // 5. Preposition (+ adjectives) + bare singular count noun: "in sustainable way", "back with
      // family". Without an adjective the noun must follow the preposition directly and end its
      // phrase; "from house to house", "day by day" and lists ("forest and land fires") are left alone.
      if (PREPOSITIONS.has(t.lower) && next && next.sentence === t.sentence && LOWER.test(next.text) && (next.pos === 'ADJ' || next.pos === 'NOUN' || (next.pos === 'VERB' && PARTICIPLE.test(next.text)))) {
        let head = next.pos === 'NOUN' ? next : phraseHead(tokens, i + 1, t.sentence, true);
        // A noun compound ("in land acquisition process"): judged by its last noun, which the
        // corpus must also never leave bare after the noun before it ("on election day" is English).
        let compoundOk = true;
        if (head === next && continuesPhrase(tokens[i + 2], t.sentence)) {
          const last = phraseHead(tokens, i + 1, t.sentence);
          if (last && last !== next && last.pos === 'NOUN' && onlyNouns(tokens, i + 1, last.i)) {
            head = last;
            const c = isSingularCount(last);
            compoundOk = c !== undefined && bareSlotAllowed(c, tokens[last.i - 1]!.lower);
          }
        }
        const entry = head && head.pos === 'NOUN' && compoundOk ? isSingularCount(head) : undefined;
        const after = head && tokens[head.i + 1];
        const plainOk = head !== next || (after?.sentence !== t.sentence || !(LIST_WORDS.has(after.lower) || (after.pos === 'ADP' && tokens[head.i + 2]?.lower === head.lower))) && tokens[i - 1]?.lower !== head.lower;
        // "with room for 138,000 spectators": room, space and scope before "for" or "to" are the mass
        // sense (capacity), which takes no article.
        const massSense = (head !== undefined && MASS_SENSE_NOUNS.has(head.lower) && (after?.lower === 'for' || after?.lower === 'to')) || (head === next && BARE_IDIOMS.has(`${t.lower} ${next.lower}`));
        if (head && entry && plainOk && !massSense && !DETERMINER_ADJECTIVES.has(next.lower) && endsPhrase(after, t.sentence) && bareSlotAllowed(entry, t.lower) && !doc.inQuote(t.start) && isProse(doc, t.sentence)) {
          const phrase = doc.text.slice(next.start, head.end);
          const article = indefiniteFor(phrase);
          out.push({
            start: next.start,
            end: head.end,
            message: `"${head.text}" is a singular count noun and needs an article here: "${article} ${phrase}" or "the ${phrase}".`,
            suggestions: [`${article} ${phrase}`, `the ${phrase}`],
            confidence: 0.5,
            severity: 'info',
            note: 'Indonesian has no articles, so translation software leaves a singular noun bare where English needs "a" or "the". A note only: idioms the corpus lacks ("into play") look the same.',
          });
        }
      }
      // 7. A plural noun + "of" + a bare singular count noun: "heads of institution", "owners of
      // kiosk in the market". The corpus must never have left the noun bare after "of" ("heads of
      // state", "points of view" are English, and so "of" is in their bareAfter), and the noun must
      // be a strongly count one (bareSlotAllowed).
      if (t.lower === 'of' && next && next.sentence === t.sentence && before !== undefined && before.sentence === t.sentence && isPluralNounToken(before, tokens[i - 2])) {
        const found = ofSlotFinding(doc, i);
        if (found) out.push(found);
      }
      // 8. An object verb + (adverb) + modifiers + bare singular count noun, in an article that reads
      // as translated only: "plans to train national team", "the data shows flood subsided".
      if (t.pos === 'VERB' && next && next.sentence === t.sentence) {
        const found = verbObjectFinding(doc, i, readsTranslated);
        if (found) out.push(found);
      }
      // 6. A sentence opening with a bare singular count noun as subject: "Company said …".
      // The verb must not end in -s or -ing: "Table covers were clean" has a plural noun there.
      if (t.pos === 'NOUN' && CAPITALISED.test(t.text) && i === firstWordOf(doc, t.sentence) && next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/(?:s|ing)$/.test(next.lower))) && next.sentence === t.sentence) {
        const entry = t.lemma === t.lower ? count.get(t.lower) : undefined;
        if (entry && bareSlotAllowed(entry, '<start>') && !doc.inQuote(t.start) && isProse(doc, t.sentence) && !usedAsName(doc, t)) {
          out.push({
            start: t.start,
            end: t.end,
            message: `"${t.text}" is a singular count noun and needs an article as the subject: "The ${t.lower}".`,
            suggestions: [`The ${t.lower}`],
            confidence: 0.5,
            severity: 'info',
            note: 'Indonesian has no articles, so translation software opens the sentence with a bare noun. A note only: a name may look like a common noun.',
          });
        }
      }
    }
    return out.map((d) => (doc.inQuote(d.start) ? asQuotedNote(d) : d));
  },
};

/**
 * Verbs whose bare noun after them is a role or a complement, not an object needing an article
 * ("became president", "was elected chairman", "named head of"), and light verbs with bare-noun idioms
 * ("take place", "make sense", "give way"): the verb-object slot (8) never reads after them.
 */
const NO_OBJECT_SLOT = new Set(
  'be have do get become remain stay seem appear turn sound look feel prove go come call name elect appoint nominate crown dub title term make take give pay set lose gain keep hold catch find consider declare deem rename swear serve act pose'.split(' '),
);
/** Determiners wink may tag as pronouns: "this imposing list". */
const ARTICLE_LIKE = new Set(['a', 'an', 'the', 'this', 'that', 'every', 'each', 'no', 'any', 'some', 'another']);
/** A comparative adjective: "higher", "greater", "colder" (and words like "other", "under", left out by the -er test's length). */
const COMPARATIVE = /^[a-z]{3,}er$/;
/** Time nouns a verb takes without an article in idioms ("spend Christmas", "start work"). */
const TIME_HEADS = new Set(['day', 'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'weekend', 'time', 'hour', 'minute']);
/** The count-class thresholds the verb-object slot asks of its noun (the lexicon's own: seen 10 times, bare at most 15 %). */
const VERB_SLOT_MIN_SINGULAR = 10;
const VERB_SLOT_MAX_SHARE = 0.15;
/** …and after "a"/"an" in at least a tenth of its singular uses. */
const VERB_SLOT_MIN_INDEFINITE = 0.1;

/**
 * 8. The verb at `i` takes a bare singular count noun as its object: "plans to train national
 * team", "the data shows flood subsided". Only in an article that reads as translated
 * (src/lm/article-reading.ts), where no Brown text or native control falls: native English has
 * bare objects the corpus lacks, and the evidence is the lexicon's, so the finding is a note.
 * The verb is a lower-case verb that Brown mostly tags a verb (or an infinitive after "to"), not a
 * participle modifying a noun ("the fast track room", "men's doubles sector"); the noun ends its
 * phrase outside a list, and its corpus never left it bare after this verb.
 */
function verbObjectFinding(doc: AnalysedDocument, i: number, readsTranslated: () => boolean): FindingDraft | undefined {
  const { tokens } = doc;
  const v = tokens[i]!;
  if (!LOWER.test(v.text) || NO_OBJECT_SLOT.has(v.lemma)) return undefined;
  const before = tokens[i - 1];
  if (!v.spaceBefore) return undefined;
  const infinitive = before !== undefined && before.sentence === v.sentence && before.lower === 'to' && before.pos === 'PART' && before.spaceBefore;
  if (before && before.sentence === v.sentence && (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM' || POSSESSIVE_MARKS.has(before.text) || OWNERS.has(before.lower) || ARTICLE_LIKE.has(before.lower))) return undefined;
  // "this imposing list", "the most eagerly awaited novel": a participle after a determiner and adverbs modifies the noun.
  if (/(?:ing|ed)$/.test(v.lower)) {
    let b = i - 1;
    while (b >= 0 && tokens[b]!.sentence === v.sentence && tokens[b]!.pos === 'ADV') b--;
    const d = tokens[b];
    if (b < i - 1 && d && d.sentence === v.sentence && (d.pos === 'DET' || d.pos === 'ADJ' || OWNERS.has(d.lower) || ARTICLE_LIKE.has(d.lower) || POSSESSIVE_MARKS.has(d.text))) return undefined;
  }
  // "the Social Agency coordinating team", "the Merdeka learning program": an -ing form after a noun modifies the next one.
  if (/ing$/.test(v.lower) && before && before.sentence === v.sentence && (before.pos === 'NOUN' || before.pos === 'PROPN')) return undefined;
  let from = i + 1;
  if (tokens[from]?.pos === 'ADV' && LOWER.test(tokens[from]!.text) && tokens[from]!.sentence === v.sentence) from++;
  const first = tokens[from];
  if (!first || first.sentence !== v.sentence || !LOWER.test(first.text) || DETERMINER_ADJECTIVES.has(first.lower)) return undefined;
  // "to allow higher collection", "gives greater access": a comparative before the noun reads it as an amount.
  if (first.pos === 'ADJ' && (COMPARATIVE.test(first.lower) || first.lower === 'more' || first.lower === 'less')) return undefined;
  if (first.pos !== 'NOUN' && first.pos !== 'ADJ') return undefined;
  const head = first.pos === 'NOUN' && !continuesPhrase(tokens[from + 1], v.sentence) ? first : phraseHead(tokens, from, v.sentence);
  if (!head || head.pos !== 'NOUN' || /ing$/.test(head.lower) || TIME_HEADS.has(head.lower) || KIND_NOUNS.has(head.lower)) return undefined;
  if (head !== first && !onlyModifiers(tokens, from, head.i)) return undefined;
  const entry = isSingularCount(head);
  if (!entry || entry.singular < VERB_SLOT_MIN_SINGULAR || entry.bare / entry.singular > VERB_SLOT_MAX_SHARE || (entry.bareAfter ?? []).includes(v.lower)) return undefined;
  // A noun that rarely takes "a"/"an" has a mass sense as an object ("receives direction from"): left alone.
  if (entry.indefinite / entry.singular < VERB_SLOT_MIN_INDEFINITE) return undefined;
  const after = tokens[head.i + 1];
  if (after && after.sentence === v.sentence && (LIST_WORDS.has(after.lower) || after.text === ',')) return undefined;
  if (!endsPhrase(after, v.sentence) || doc.inQuote(v.start) || !isProse(doc, v.sentence)) return undefined;
  if (!infinitive && tagShares(v.lower).verb < 0.5) return undefined;
  if (!readsTranslated()) return undefined;
  const phrase = doc.text.slice(first.start, head.end);
  const article = indefiniteFor(phrase);
  return {
    start: first.start,
    end: head.end,
    message: `"${head.text}" is a singular count noun and needs an article as the object of "${v.text}": "the ${phrase}" or "${article} ${phrase}".`,
    suggestions: [`the ${phrase}`, `${article} ${phrase}`],
    confidence: 0.5,
    severity: 'info',
    note: 'Indonesian has no articles, so translation software leaves the object noun bare ("melatih tim nasional"). A note only: the noun classes come from corpus counts, and an idiom the corpus lacks looks the same.',
  };
}

/** Every token in [from, to) is an adjective, adverb or singular lower-case noun: a noun phrase's modifiers. */
function onlyModifiers(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const u = tokens[k]!;
    if (u.pos === 'ADJ' || u.pos === 'ADV') continue;
    if (u.pos !== 'NOUN' || u.lower !== u.lemma) return false;
  }
  return true;
}

/** Words after which an -s form is a noun even when wink tags it a verb: "and heads of", "the heads of". */
const NOUN_POSITION = new Set(['DET', 'ADJ', 'CCONJ', 'ADP', 'NUM']);

/**
 * A lower-case plural noun: its text differs from its lemma and ends in -s ("heads", "cases"). wink
 * tags "heads" in "ministers and heads of" a verb; in a noun's position (after a determiner,
 * adjective, conjunction or preposition), or when Brown often tags the form a noun, it is read as
 * the noun.
 */
function isPluralNounToken(t: Token, previous: Token | undefined): boolean {
  if (t.lower === t.lemma || !t.lower.endsWith('s') || !LOWER.test(t.text)) return false;
  if (t.pos === 'NOUN') return true;
  if (t.pos !== 'VERB') return false;
  // After another word, a form Brown often tags as a noun ("heads": 36 %), never one that is
  // nearly always a verb ("warns of", "consists of", "thinks of").
  return (previous !== undefined && previous.sentence === t.sentence && NOUN_POSITION.has(previous.pos)) || tagShares(t.lower).noun >= 0.3;
}

/**
 * 7. The bare singular count noun after "<plural noun> of" at `i` (the "of"), as a note: the
 * plural before "of" makes a plural after it likely ("heads of institutions"), but "of" takes
 * idioms the corpus may lack, so it is info only.
 */
function ofSlotFinding(doc: AnalysedDocument, i: number): FindingDraft | undefined {
  const { tokens } = doc;
  const of = tokens[i]!;
  const first = tokens[i + 1]!;
  if (!LOWER.test(first.text) || DETERMINER_ADJECTIVES.has(first.lower)) return undefined;
  // "Changes of leader", "changes of government", "changes of heart": English names the thing
  // that changes in the singular after "change of", however many changes there are.
  if (tokens[i - 1]!.lemma === 'change' || tokens[i - 1]!.lower === 'changes') return undefined;
  const head = first.pos === 'NOUN' && !continuesPhrase(tokens[i + 2], of.sentence) ? first : phraseHead(tokens, i + 1, of.sentence);
  if (!head || head.pos !== 'NOUN' || /ing$/.test(head.lower) || KIND_NOUNS.has(head.lower) || COLLECTIVE_NOUNS.has(head.lower)) return undefined;
  // Only adjectives between "of" and the noun: a noun compound ("cases of drug abuse") is judged by
  // its last noun, whose bare use after another noun the slot test does not cover.
  if (head !== first && !onlyAdjectives(tokens, i + 1, head.i)) return undefined;
  const entry = isSingularCount(head);
  if (!entry || !bareSlotAllowed(entry, 'of')) return undefined;
  const after = tokens[head.i + 1];
  if (after && after.sentence === of.sentence && LIST_WORDS.has(after.lower)) return undefined;
  if (!endsPhrase(after, of.sentence) || doc.inQuote(of.start) || !isProse(doc, of.sentence)) return undefined;
  const draft = pluralFinding(head, `"${tokens[i - 1]!.text} of" before it names several`, 0.45);
  return { ...draft, severity: 'info', fixable: false };
}

/**
 * In quoted speech a slip may be the speaker's own ("I can win a gold"), as the pattern families
 * treat it: a note of severity info, never fixed automatically.
 */
function asQuotedNote(d: FindingDraft): FindingDraft {
  return {
    ...d,
    severity: 'info',
    confidence: Math.min(d.confidence ?? 0.8, 0.4),
    message: `${d.message} (in quoted speech: the speaker's wording, or its translation)`,
    fixable: false,
  };
}

/** Seen often enough (20 singulars) and never in the plural: "informations" is wrong, "rehabilitations" English. */
function neverPluralised(entry: CountabilityEntry | undefined): boolean {
  return entry !== undefined && entry.plural === 0 && entry.singular >= MASS_PLURAL_MIN_SINGULAR;
}

/** Quantity nouns that take a plural after "a … of" ("a number of villages", "a handful of cases"). */
const QUANTITY_NOUNS = new Set(['number', 'couple', 'handful', 'variety', 'range', 'series', 'pair', 'host', 'dozen']);
/** Plural quantity words that take a plural after "of" ("hundreds of houses"). */
const PLURAL_QUANTITIES = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'scores']);
/** Words that pick from a group with "of the/our …" ("each of the villages", "several of our staff"). */
const PICKERS = new Set(['one', 'each', 'several', 'many', 'both', 'few', 'either', 'neither']);
/**
 * Collective nouns: "one of the family", "several of the crowd", "one of the last generation to …" pick members of one group, which
 * English allows. Corpus counts cannot tell a collective from another count noun, so this short
 * closed class is listed.
 */
const COLLECTIVE_NOUNS = new Set(
  'family crowd group team crew staff public majority minority gang party committee board audience population community household tribe clan class band generation cohort breed'.split(' '),
);

/**
 * Where the noun phrase after "of" starts when `tokens[i]` is a word that needs a plural there:
 * "one of the/our …", "each of these …", "a number of …", "the number of …", "hundreds of …"; undefined otherwise.
 * Partitives ("some of the country", "most of the island", "a lot of room") are left alone.
 */
function ofPhraseStart(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i]!;
  const owner = tokens[i + 2];
  if (PICKERS.has(t.lower)) return owner && owner.sentence === t.sentence && OWNERS.has(owner.lower) ? i + 3 : undefined;
  if (PLURAL_QUANTITIES.has(t.lower)) return i + 2;
  const a = tokens[i - 1];
  if (QUANTITY_NOUNS.has(t.lower) && a && (a.lower === 'a' || a.lower === 'an') && a.sentence === t.sentence) return i + 2;
  // "the (total) number of" counts too: "the number of victims", never "the number of victim".
  if (t.lower === 'number' && a && a.sentence === t.sentence && (a.lower === 'the' || (a.lower === 'total' && tokens[i - 2]?.lower === 'the'))) return i + 2;
  return undefined;
}

/**
 * The singular opens a list of noun modifiers that share one head noun after the last of them: "a
 * variety of previously unknown insect, snail and plant species" counts species, not insects.
 */
function sharedHeadList(tokens: readonly Token[], head: Token, sentence: number): boolean {
  let k = head.i + 1;
  let last: number | undefined;
  for (let n = 0; n < 12 && k < tokens.length; n++, k++) {
    const u = tokens[k]!;
    if (u.sentence !== sentence) break;
    if (u.text === ',' || u.lower === 'and' || u.lower === 'or') continue;
    if (u.pos === 'NOUN' && LOWER.test(u.text) && u.lower === u.lemma) {
      last = k;
      continue;
    }
    break;
  }
  if (last === undefined) return false;
  // The list has a conjunction, and a noun follows its last item in the same sentence: the shared head.
  let conj = false;
  for (let j = head.i + 1; j < last; j++) if (tokens[j]!.lower === 'and' || tokens[j]!.lower === 'or') conj = true;
  const shared = tokens[last + 1];
  return conj && shared !== undefined && shared.sentence === sentence && shared.pos === 'NOUN' && LOWER.test(shared.text);
}

/** Every token in [from, to) is a singular lower-case noun: a noun compound's modifiers. */
function onlyNouns(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos !== 'NOUN' || tokens[k]!.lower !== tokens[k]!.lemma) return false;
  return true;
}

function onlyAdjectives(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'ADV') return false;
  return true;
}

/** Each entry's bareAfter as a set, made on first use. */
const bareAfterSets = new WeakMap<CountabilityEntry, Set<string>>();

/** A bare singular in this slot is wrong only for a noun the corpus almost never leaves bare, and never after this word. */
function bareSlotAllowed(entry: CountabilityEntry, before: string): boolean {
  if (entry.singular < BARE_SLOT_MIN_SINGULAR || entry.bare / entry.singular > BARE_SLOT_MAX_SHARE) return false;
  let seen = bareAfterSets.get(entry);
  if (!seen) {
    seen = new Set(entry.bareAfter ?? []);
    bareAfterSets.set(entry, seen);
  }
  return !seen.has(before);
}

/**
 * The capitalised word is a name somewhere in the document ("Park" of Park Geun-hye): written
 * with its capital away from a sentence start, or tagged as a proper noun. Looked at only for a
 * candidate, so the scan is rare.
 */
function usedAsName(doc: AnalysedDocument, word: Token): boolean {
  for (const u of doc.tokens) {
    if (u.text !== word.text || u.i === word.i) continue;
    if (u.pos === 'PROPN' || u.i !== firstWordOf(doc, u.sentence)) return true;
    // "Park Geun-hye": a capitalised word right after it makes it part of a name.
    const next = doc.tokens[u.i + 1];
    if (next && next.sentence === u.sentence && next.spaceBefore && /^\p{Lu}/u.test(next.text)) return true;
  }
  return false;
}

function firstWordOf(doc: AnalysedDocument, sentence: number): number {
  const s = doc.sentences[sentence]!;
  let i = s.tokenStart;
  while (i < s.tokenEnd && (doc.tokens[i]!.pos === 'PUNCT' || CLOSERS.has(doc.tokens[i]!.text) || doc.tokens[i]!.text === '“')) i++;
  return i;
}

/** "a" or "an" by sound, through the indefinite package ("an hour", "a university"). */
function indefiniteFor(phrase: string): string {
  return indefiniteArticle(phrase);
}
