/**
 * article-common-name: an office, centre or station named only with ordinary words, after a
 * preposition and without "the": "a meeting at Presidential Office", "taken to Police Station",
 * "head of Data and Information Center", "rice stored at State Logistics Agency (Bulog)". Indonesian
 * has no articles ("di Rumah Sakit Polri", "di Kantor Presiden"), so translation capitalises the
 * words as a name and writes no article. English gives a name made of common nouns and adjectives
 * "the" ("the Police Station", "the Presidential Office"); only a name with a proper noun in it goes
 * without ("at Bhayangkara Hospital", "at Soekarno-Hatta Airport").
 *
 * Whether a capitalised word is an ordinary word comes from the language model's casing table: the
 * word is mostly written lower case in the training text ("police", "state", "data"); a name, or a
 * word the model does not know (most Indonesian names), stops the rule. The heads are institution
 * nouns that native news always writes with "the" when the name is all common words; "Hall", "Court",
 * "Street", "Airport", "School", "Headquarters" and "Hospital" are left out ("at City Hall", "in
 * Superior Court", "at Police Headquarters", "from International Airport", "in Mercy Hospital" are
 * good American English). Ministries,
 * agencies and commissions followed by anything but a bracketed short form are article-number's
 * bare-name-institution pattern; this rule reads them only before "(": "at State Logistics Agency
 * (Bulog)". One pass over the tokens; title-case headlines and sentences without a full stop are
 * skipped.
 */
import { deckParagraph } from '../analysis/deck.js';
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { titleCase } from '../lexicons/indonesian.js';
import { articleReading } from '../lm/article-reading.js';
import { isCommonWord } from '../lm/features.js';
import { model } from '../lm/load.js';
import type { FindingDraft, Rule } from './types.js';
import { indonesiaCued } from './untranslated-general.js';
import { DASHES } from './text-scan.js';

/** Institution nouns read in any position. */
const HEADS = new Set(['Office', 'Station', 'Center', 'Centre', 'Bureau', 'Unit', 'Division']);
/** Heads that article-number's bare-name-institution reads, except before a bracketed short form. */
const BRACKET_HEADS = new Set(['Ministry', 'Agency', 'Commission', 'Directorate', 'Department', 'Secretariat', 'Inspectorate']);
/**
 * Heads of a body's name read only before its bracketed short form ("at Police Traffic Management Corps
 * (Korlantas)", "with Regional Leadership Communication Forum (Forkopimda)"): without the short form native
 * news writes some of them bare ("Peace Corps service", "State Game Commission", "Mortar Board").
 */
const BRACKET_ONLY_HEADS = new Set(['Corps', 'Board', 'Council', 'Committee', 'Forum', 'Team', 'Force', 'Authority', 'Institute', 'Body']);
/**
 * Heads of an event's or a scheme's name, read only in an article that reads as translated
 * (src/lm/article-reading.ts): "after attending Limited Cabinet Meeting", "to implement One Channel
 * System". Native news writes some such names bare ("at Lodge Meeting", "in Southwest Conference", "in
 * Teaching Program", all in Brown), so they are never judged in an article that reads as native or
 * that is too short or mixed to read. Law, Act and Regulation are left out: a law's name is often
 * a label with its number ("Presidential Regulation (Perpres) Number 75"), or a body of law
 * ("uphold International Humanitarian Law").
 */
const EVENT_HEADS = new Set(['Meeting', 'Conference', 'Summit', 'Session', 'System', 'Program', 'Programme']);
/**
 * Verbs after which English writes a name as it is ("a system called Integrated Road Safety
 * Management System", "a team dubbed Quick Reaction Team"): a naming verb is no object slot.
 */
const NAMING_VERBS = new Set(['call', 'name', 'dub', 'title', 'entitle', 'term', 'label', 'nickname', 'brand', 'know', 'rename', 'christen', 'style']);
/** Spelled numbers that open a scheme's name ("One Channel System", "One Map Policy"). */
const NAME_NUMBERS = new Set(['One', 'Two', 'Three']);
/** Titles of a person: "Head of Data Center" names the centre, which needs "the". */
const PERSON_TITLES = new Set(['Head', 'Chief', 'Director', 'Chairman', 'Chairwoman', 'Chairperson', 'Secretary', 'Coordinator', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Manager', 'Commander', 'Deputy', 'General', 'Officer', 'Inspector', 'Superintendent']);
const PREPOSITIONS = new Set(['of', 'at', 'in', 'from', 'by', 'to', 'with', 'against', 'into', 'for', 'near', 'inside', 'outside']);
/**
 * Prepositions and list openers that article-number's bare-name-institution does not read: after them a
 * ministry, agency or commission is judged without its bracketed short form too ("registered through
 * Regional Election Commission", "partners such as National Search and Rescue Agency").
 */
const MORE_PREPOSITIONS = new Set(['through', 'via', 'under', 'among', 'including', 'between', 'towards', 'toward', 'within', 'namely', 'involving', 'i.e.', 'ie']);

/** The token before the name opens a noun phrase: a preposition, "such as", "like" as a preposition. */
function prepositionKind(tokens: readonly Token[], k: number, sentence: number): 'base' | 'more' | undefined {
  const t = tokens[k];
  if (!t || t.sentence !== sentence) return undefined;
  if (PREPOSITIONS.has(t.text)) return 'base';
  if (MORE_PREPOSITIONS.has(t.lower) && t.text === t.lower) return 'more';
  if (t.text === 'like' && t.pos === 'ADP') return 'more';
  if (t.text === 'as' && tokens[k - 1]?.lower === 'such' && tokens[k - 1]!.sentence === sentence) return 'more';
  return undefined;
}
/** Head words of institution names that go on with "for": "Center for …", "Institute for …". */
const NAME_HEADS_BEFORE_FOR = new Set(['Center', 'Centre', 'Institute', 'Commission', 'Agency', 'Council', 'Office', 'Foundation', 'Association', 'Committee', 'Board', 'Ministry', 'Department', 'Society', 'Fund', 'Alliance', 'Coalition', 'Forum', 'Network', 'Union', 'Bureau', 'Directorate']);
/**
 * Heads that take "the" even when the name holds a proper noun: "in the Nusantara II Building", "by the
 * Riau Provincial Government" (Indonesian "Gedung Nusantara", "Pemerintah Provinsi Riau"). A
 * government only after the level word ("Provincial", "Regency", "Central"…); "City Government"
 * alone is a concept ("the octopus of City Government").
 */
const ALWAYS_THE = new Set(['Building', 'Government']);
const GOVERNMENT_LEVELS = new Set(['Provincial', 'Regency', 'Municipal', 'Regional', 'Central', 'Village', 'City', 'District']);
const ROMAN = /^[IVX]+$/;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** At most this many words between the preposition and the head. */
const MAX_WORDS = 4;
/** Lower-case words a name of this kind may hold between capitalised words. */
const JOINERS = new Set(['and', '&']);
const SENTENCE_END = /^[.!?…]$/;

/** The sentence ends with a full stop, question or exclamation mark (closing quotes may follow): prose. */
function prose(doc: AnalysedDocument, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  for (let k = s.tokenEnd - 1; k >= s.tokenStart; k--) {
    const t = doc.tokens[k]!;
    if (SENTENCE_END.test(t.text)) return true;
    if (t.pos !== 'PUNCT') return false;
  }
  return false;
}

/** What follows the head ends the name: not another capitalised word, "of", a possessive, a noun or a hyphen. */
function nameEnds(next: Token | undefined, sentence: number, head: Token, tokens: readonly Token[], bareAllowed: boolean): boolean {
  if (!next || next.sentence !== sentence) return true;
  if (next.text === '(') {
    // "from National Civil Service Agency (BKN) head Bima": the bracketed short form, then a title before a
    // person's name, which the name modifies, as "Agency head Bima" would without the bracket.
    let c = next.i + 1;
    while (c < tokens.length && c <= next.i + 6 && tokens[c]!.text !== ')') c++;
    const after = tokens[c]?.text === ')' ? tokens[c + 1] : undefined;
    const name = after ? tokens[after.i + 1] : undefined;
    // The noun is a title only when a name follows it ("head Bima"); "(Bulog) depots" still needs "the".
    return !(after !== undefined && after.sentence === sentence && /^\p{Ll}/u.test(after.text) && after.pos === 'NOUN' && name !== undefined && name.sentence === sentence && /^\p{Lu}\p{Ll}/u.test(name.text));
  }
  if (BRACKET_ONLY_HEADS.has(head.text) || (BRACKET_HEADS.has(head.text) && !bareAllowed)) return false;
  if (/^\p{Lu}/u.test(next.text) || next.lower === 'of' || next.text === "'s" || next.text === '’s' || next.text === '-') return false;
  return next.pos !== 'NOUN' && next.pos !== 'PROPN';
}

/**
 * The token at k is a verb whose object the name is: lower case, not a naming verb ("called"), not
 * "be"/"have", and not a participle modifying a noun phrase after a determiner or adjective ("the
 * existing Public Health Service", "a contemplated Air Force bulletin").
 */
function objectVerb(tokens: readonly Token[], k: number, sentence: number): boolean {
  const v = tokens[k];
  if (!v || v.sentence !== sentence || v.pos !== 'VERB' || !/^[a-z]+$/.test(v.text)) return false;
  if (NAMING_VERBS.has(v.lemma) || v.lemma === 'be' || v.lemma === 'have') return false;
  const before = tokens[k - 1];
  return !(before && before.sentence === sentence && (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM' || before.text === "'s" || before.text === '’s'));
}

/** A lower-case past or present-tense verb: "received", "intensifies". */
const FINITE = /^[a-z]+(?:ed|es|s)$/;

function isHeadlineSentence(doc: AnalysedDocument, cache: Map<number, boolean>, sentence: number): boolean {
  let isHeadline = cache.get(sentence);
  if (isHeadline === undefined) cache.set(sentence, (isHeadline = titleCase(doc, sentence) || !prose(doc, sentence) || doc.sentences[sentence]!.paragraph === deckParagraph(doc)));
  return isHeadline;
}

/** The token at k (just before the name) is nothing, or a dateline's dash: the name opens the clause. */
function opensClause(doc: AnalysedDocument, k: number, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  if (k < s.tokenStart) return true;
  const t = doc.tokens[k]!;
  return DASHES.has(t.text) && k - s.tokenStart <= 4;
}

/**
 * The name of a building or a government that needs "the" whatever its words: a building not
 * followed by a label ("Building C", "Building 7", 'Building "S"'), a government after its level
 * word, "City Government" only with a place before it.
 */
function alwaysTheName(tokens: readonly Token[], i: number, words: number): boolean {
  const head = tokens[i]!;
  const next = tokens[i + 1];
  if (head.text === 'Building') {
    if (next && next.sentence === head.sentence && (next.type === 'number' || /^[\p{Lu}\d"“'‘]/u.test(next.text))) return false;
    return words >= 1;
  }
  const level = tokens[i - 1]!;
  if (!GOVERNMENT_LEVELS.has(level.text)) return false;
  return level.text === 'Central' || words >= 2;
}

export const articleCommonName: Rule = {
  meta: {
    id: 'article-common-name',
    category: 'fluency/grammar',
    severity: 'minor',
    description: 'An office, centre or station (in a translated article also a meeting or scheme, and after a verb) named only with ordinary words, without "the": "to Police Station", "at Presidential Office", "attending Limited Cabinet Meeting".',
    examples: {
      invalid: [
        { text: 'The two suspects were taken to Police Station for questioning, the Bekasi police spokesman said.', flags: ['to Police Station'], suggestion: 'to the Police Station' },
        { text: 'The minister spoke after a closed meeting at Presidential Office in Jakarta on Friday.', flags: ['at Presidential Office'], suggestion: 'at the Presidential Office' },
        { text: 'Rice is stored at State Logistics Agency (Bulog) warehouses across the island.', flags: ['at State Logistics Agency'], suggestion: 'at the State Logistics Agency' },
        { text: 'Sutopo, head of Data and Information Center at the agency, gave the figures for Java.', flags: ['of Data and Information Center'], suggestion: 'of the Data and Information Center' },
        { text: 'The hearing was held in Merapi II Building on Tuesday.', flags: ['in Merapi II Building'], suggestion: 'in the Merapi II Building' },
        { text: 'The funds were sent to Lampung Regency Government last month.', flags: ['to Lampung Regency Government'], suggestion: 'to the Lampung Regency Government' },
        { text: 'MEDAN – North Sumatra Provincial Government opened two shelters on Friday.', flags: ['North Sumatra Provincial Government'], suggestion: 'The North Sumatra Provincial Government' },
        { text: 'Candidates signed up through General Election Commission (KPU) offices in every district of Java.', flags: ['through General Election Commission'], suggestion: 'through the General Election Commission' },
        { text: 'The patrol was run by Highway Traffic Corps (Korlantas) officers and volunteers in Bali.', flags: ['by Highway Traffic Corps'], suggestion: 'by the Highway Traffic Corps' },
        { text: 'Aid came from several bodies, such as National Flood Control Agency, the Red Cross and local clinics in Aceh.', flags: ['such as National Flood Control Agency'], suggestion: 'such as the National Flood Control Agency' },
        { text: 'The governor met with Regional Leadership Forum (Forkopimda) members in Medan on Monday.', flags: ['with Regional Leadership Forum'], suggestion: 'with the Regional Leadership Forum' },
        // An article that reads as translated: event and scheme names, and a name after an object verb.
        {
          text: 'The head of the weather agency said the peak of the rainy season is expected to occur in January. His party has also coordinated with related parties to anticipate the potential of floods in several regions. The community is asked to remain vigilant and to always monitor the weather information. This was conveyed by the head of the agency after attending Limited Cabinet Meeting at the palace on Monday. Both countries also agreed to implement One Channel System for the placement of migrant workers.',
          flags: ['attending Limited Cabinet Meeting', 'implement One Channel System'],
          suggestion: 'attending the Limited Cabinet Meeting',
        },
      ],
      valid: [
        'Two of the injured are being treated at Bhayangkara Hospital in Medan, and one in Mercy Hospital.',
        'The council met at City Hall, and the case went to Superior Court.',
        'He died in College Station, Texas, and the speech was given at Chase Center in Wilmington.',
        'He was questioned at Police Headquarters and flew out from International Airport.',
        'The Police Station is full, and the Presidential Office said so.',
        'Results came from the Data and Information Center, and Police Station staff were told.',
        'Visit To Police Station In Medan',
        'Figures came from the Ministry of Home Affairs Information Center on Monday.',
        'The council met in the Merapi Building, and clerks moved to Building C and to Temporary Building "S".',
        'The grant came from the Lampung Regency Government and from City Government funds; the essay was on City Government.',
        'North Sumatra Provincial Government Opens Shelters',
        'Floods hit Medan\nNorth Sumatra Provincial Government opens two shelters for evacuees.\nMEDAN - The provincial government opened two shelters on Friday.',
        'Students looking toward Peace Corps service met members of Mortar Board and of State Game Commission staff.',
        'He spoke through Regional Election Commission staff and under Justice Department rules.',
        'The grant went to Bali Tourism Board (BTB) and to Harvard Institute (HI) fellows.',
        // Too short to read as translated: event names and verb objects are not judged.
        'Mr. Crumb would see him at Lodge Meeting the next night, after he had visited Police Station.',
        // A translated article, but a naming verb, a name with "the", a participle modifier and a body of law.
        'The head of the weather agency said the peak of the rainy season is expected to occur in January. His party has also coordinated with related parties to anticipate the potential of floods in several regions. The agency has a database called Integrated Disaster Information System for this purpose. This was conveyed by the head of the agency after attending the Limited Cabinet Meeting at the palace on Monday. He said that everyone has a responsibility to uphold International Humanitarian Law and to support the existing Early Warning System.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    const m = model();
    const headline = new Map<number, boolean>();
    // Event heads, numbered names and verb objects only in an article that reads as translated: asked once, at the first candidate.
    let translated: boolean | undefined;
    const readsTranslated = (): boolean => (translated ??= articleReading(doc) === 'translated');
    // A name of common words is the Indonesian construction only in an article about Indonesia or one
    // that reads as translated: elsewhere "in College Station, Texas" and "at Chase Center" are places.
    let judged: boolean | undefined;
    const inScope = (): boolean => (judged ??= indonesiaCued(doc.text) || readsTranslated());
    for (let i = 2; i < tokens.length; i++) {
      const head = tokens[i]!;
      const always = ALWAYS_THE.has(head.text);
      const event = EVENT_HEADS.has(head.text);
      if (!HEADS.has(head.text) && !BRACKET_HEADS.has(head.text) && !BRACKET_ONLY_HEADS.has(head.text) && !always && !event) continue;
      if (!inScope()) break;
      const sentence = head.sentence;
      // Back over the name: capitalised ordinary words, with "and" between two of them.
      let k = i - 1;
      let words = 0;
      let common = true;
      let numbered = false;
      while (k >= 0 && tokens[k]!.sentence === sentence && words < MAX_WORDS + 1) {
        const t = tokens[k]!;
        // "Nusantara II Building": a numeral inside a building's name.
        if (always && ROMAN.test(t.text) && head.text === 'Building') {
          k--;
          continue;
        }
        if (CAPITALISED.test(t.text)) {
          if (always) {
            // A proper noun may stand in such a name; a capitalised determiner is an article already.
            if (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'NUM' || t.lower === 'the') common = false;
            words++;
            k--;
            continue;
          }
          // "One Channel System": a spelled number opening a scheme's name, judged only in a translated
          // article (native news names "One World Trade Center" bare).
          if (NAME_NUMBERS.has(t.text) && CAPITALISED.test(tokens[k + 1]!.text)) numbered = true;
          // "at The Hague Office", "in This Office": a capitalised determiner is an article already.
          else if (!isCommonWord(m, t.lower) || t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'NUM') common = false;
          words++;
          k--;
        } else if (!always && JOINERS.has(t.lower) && words > 0 && k > 0 && CAPITALISED.test(tokens[k - 1]!.text)) k--;
        else break;
      }
      if (!common || words < 1 || words > MAX_WORDS) continue;
      if (always && !alwaysTheName(tokens, i, words)) continue;
      const prep = tokens[k];
      if (always && opensClause(doc, k, sentence)) {
        // "Riau Provincial Government received …": the name opens the sentence (or follows the dateline) before its verb.
        const verb = tokens[i + 1];
        if (!verb || verb.sentence !== sentence || verb.pos !== 'VERB' || !FINITE.test(verb.text)) continue;
        if (isHeadlineSentence(doc, headline, sentence)) continue;
        const first = tokens[k + 1]!;
        const name = doc.text.slice(first.start, head.end);
        out.push({
          start: first.start,
          end: head.end,
          message: `"${name}" is an institution named with a common noun, so English writes "the": "The ${name}".`,
          suggestions: [`The ${name}`],
          confidence: 0.75,
          fixable: true,
          note: 'Indonesian has no articles ("Pemerintah Provinsi Riau menerima"); the translation capitalises the words as a name and leaves "the" out.',
        });
        continue;
      }
      let kind = prepositionKind(tokens, k, sentence);
      // After a verb taking the name as its object ("attending Limited Cabinet Meeting"), only in a
      // translated article; article-number's bare-name-institution reads prepositions only, so a
      // ministry or agency is judged there without its bracketed short form too.
      const verb = kind === undefined && objectVerb(tokens, k, sentence);
      if (verb) kind = 'more';
      if (!prep || kind === undefined) continue;
      if ((event || numbered || verb) && !readsTranslated()) continue;
      // "the Ministry of Home Affairs Information Center": "of" inside a longer name, whose article
      // stands before its first word. After a person's title ("Head of Data Center") it is not.
      const owner = tokens[k - 1];
      if (prep.text === 'of' && owner && owner.sentence === sentence && /^\p{Lu}/u.test(owner.text) && !PERSON_TITLES.has(owner.text)) continue;
      // "the Center for Food and Drug Monitoring Agency", "the Institute for Policy Research": "for"
      // after an institution's head word joins one longer name.
      if (prep.text === 'for' && owner && owner.sentence === sentence && NAME_HEADS_BEFORE_FOR.has(owner.text)) continue;
      if (!nameEnds(tokens[i + 1], sentence, head, tokens, kind === 'more')) continue;
      if (isHeadlineSentence(doc, headline, sentence)) continue;
      const name = doc.text.slice(tokens[k + 1]!.start, head.end);
      // "such as National Search and Rescue Agency": the span opens at "such".
      const from = prep.text === 'as' && kind === 'more' ? tokens[k - 1]! : prep;
      const lead = doc.text.slice(from.start, prep.end);
      out.push({
        start: from.start,
        end: head.end,
        message: `"${name}" is made of ordinary words, not a proper name, so English writes "the": "${lead} the ${name}".`,
        suggestions: [`${lead} the ${name}`],
        confidence: 0.75,
        fixable: true,
        note: 'Indonesian has no articles ("di Rumah Sakit Polri", "di Kantor Presiden"); the translation capitalises the words as a name and leaves "the" out.',
      });
    }
    return out;
  },
};
