/**
 * article-office-title: an office named by "Title of Organisation" used as a noun phrase without
 * "the" ("Minister of Health requested …", "… said Minister of Health.", "Head of the Regional
 * Office, Budi Santoso, said …"). Indonesian has no articles and puts the office straight before
 * the holder ("Menteri Kesehatan meminta …", "Kepala Kantor Wilayah, Budi, mengatakan …"), so
 * translation software writes the title as if it were a name. English writes "Health Minister Budi"
 * or "the Minister of Health": a title followed by "of" reads as a common noun and needs "the" unless
 * a name follows it directly ("Secretary of State Antony Blinken said" is good English and left alone).
 *
 * Two shapes are judged, both where a noun phrase begins (the sentence start, after a
 * sentence-opening connective and comma, after a closing quote, or after a reporting verb):
 * - no name at all: the "of" phrase holds only dictionary words and acronyms and a lower-case verb,
 *   or the end of the sentence, follows it;
 * - the holder's name set off by commas ("Head of X, Name, said"): apposition, which needs "the".
 * Headlines and title-case lines are left alone (a lower-case verb or a full stop is required), and
 * so is quoted speech. One pass over the tokens.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { hasExactly } from '../lexicons/english-words.js';
import { articleReading } from '../lm/article-reading.js';
import { cueForText } from '../people/cues.js';
import { gazetteer, normaliseName } from '../people/gazetteer.js';
import type { FindingDraft, Rule } from './types.js';
import { DASHES } from './text-scan.js';

/** Office nouns that head "<Title> of <organisation>". */
const HEADS = new Set([
  'Minister', 'Director', 'Head', 'Chairman', 'Chairwoman', 'Chairperson', 'Chief', 'Governor', 'Regent', 'Mayor',
  'Secretary', 'Commander', 'Coordinator', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Rector', 'Dean', 'Ambassador',
  'Manager', 'Inspector', 'Superintendent', 'Commissioner', 'Administrator', 'Treasurer', 'Principal', 'Speaker',
]);
/** Words that may stand before or after the head inside the title ("Deputy Head", "Director General"). */
const TITLE_MODIFIERS = new Set(['Deputy', 'Vice', 'Acting', 'Senior', 'Assistant', 'Executive', 'General', 'Junior', 'First', 'Second', 'Plt', 'Plt.']);
/** Lower-case words an organisation's name may hold ("Ministry of Law and Human Rights"). */
const ORG_JOINERS = new Set(['of', 'the', 'and', 'for', '&', '-', '(', ')', "'s", '’s']);
/** Verbs after which an inverted subject follows ("…," said Minister of Health.). */
const REPORTING = new Set(['said', 'says', 'stated', 'states', 'explained', 'explains', 'added', 'adds', 'noted', 'notes', 'stressed', 'emphasized', 'emphasised', 'asserted', 'revealed', 'conveyed', 'remarked', 'continued', 'concluded', 'told']);
/**
 * Prepositions before which an office needs "the" as any noun phrase does ("led by the Head of the
 * Presidential Staff"), and "according to". Judged only in an article that reads as translated (see
 * below). Not "for", "to" or "as", which take an office as a role: "ran for Governor of New York",
 * "promoted to Head of Research", "served as Chairman of the board".
 */
const PREPOSITIONS = new Set(['by', 'from', 'with', 'at', 'under', 'against']);
const OPENERS = new Set(['"', '“', '‘', "'", '(']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);
const STOPS = new Set(['.', '!', '?']);
const ACRONYM = /^[\p{Lu}\d]{2,}$/u;
const ROMAN = /^[IVX]+$/;
const CAPITALISED = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * Where a noun phrase begins: sentence start (openers skipped), after "Therefore,", after '," ', after
 * a reporting verb, or (asked for by `prepositions`) after a preposition.
 */
function phraseStart(doc: AnalysedDocument, t: Token, prepositions: boolean): 'start' | 'inverted' | 'preposition' | undefined {
  const { tokens } = doc;
  const s = doc.sentences[t.sentence]!;
  // '…," Head of …' : a quotation closed by a comma, then the speaker ('"' both opens and closes).
  if (t.i - 2 >= s.tokenStart && CLOSING_QUOTES.has(tokens[t.i - 1]!.text) && tokens[t.i - 2]!.text === ',') return 'start';
  let k = t.i - 1;
  while (k >= s.tokenStart && OPENERS.has(tokens[k]!.text)) k--;
  if (k < s.tokenStart) return 'start';
  const prev = tokens[k]!;
  if (REPORTING.has(prev.lower)) return 'inverted';
  if (prepositions && k === t.i - 1 && (PREPOSITIONS.has(prev.text) || (prev.text === 'to' && tokens[k - 1]?.lower === 'according'))) return 'preposition';
  // "Therefore, Minister of …": one or two opening words, then a comma.
  if (prev.text === ',' && k - s.tokenStart >= 1 && k - s.tokenStart <= 2) {
    for (let j = s.tokenStart; j < k; j++) if (tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NUM') return undefined;
    return 'start';
  }
  return undefined;
}

function isProse(doc: AnalysedDocument, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  let i = s.tokenEnd - 1;
  while (i >= s.tokenStart && CLOSING_QUOTES.has(doc.tokens[i]!.text)) i--;
  return i >= s.tokenStart && STOPS.has(doc.tokens[i]!.text);
}

/**
 * A capitalised word that is not a lower-case English word ("Budi", "Kombes", "Goldberg", "Arthur"):
 * part of a name, not of an office. The dictionary's capitalised entries are names, so only its
 * lower-case forms count.
 */
function nameLike(t: Token): boolean {
  if (ACRONYM.test(t.text) || ROMAN.test(t.text)) return false;
  return !hasExactly(t.lower);
}

interface OrgRun {
  /** Index of the first token after the organisation's name. */
  end: number;
  /** Every capitalised word of it is an English word: no person's name is hidden in it. */
  plain: boolean;
}

function orgRun(tokens: readonly Token[], from: number, sentenceEnd: number): OrgRun | undefined {
  let i = from;
  let plain = true;
  let words = 0;
  while (i < sentenceEnd) {
    const t = tokens[i]!;
    if (CAPITALISED.test(t.text) || ACRONYM.test(t.text)) {
      words++;
      if (nameLike(t)) plain = false;
    } else if (!ORG_JOINERS.has(t.lower)) break;
    i++;
  }
  // "of the" alone, or a run ending on a joiner, is not an organisation's name.
  if (words === 0 || ORG_JOINERS.has(tokens[i - 1]!.lower) && tokens[i - 1]!.text !== ')') return undefined;
  return { end: i, plain };
}

/** "Budi Santoso," / "Sen. Coms Heru Pranoto,": a capitalised name run closed by a comma. */
function nameThenComma(doc: AnalysedDocument, from: number): number | undefined {
  const { tokens } = doc;
  let i = from;
  let named = false;
  // wink may end a sentence after a rank's abbreviation ("Sr. Comr. Ade"): stay in the paragraph instead.
  const paragraph = doc.sentences[tokens[from - 1]!.sentence]!.paragraph;
  while (i < tokens.length && i - from < 8 && doc.sentences[tokens[i]!.sentence]!.paragraph === paragraph) {
    const t = tokens[i]!;
    if (t.text === ',') return named ? i : undefined;
    if (/^\p{Lu}/u.test(t.text)) {
      if (nameLike(t)) named = true;
    } else if (t.text !== '.') return undefined;
    i++;
  }
  return undefined;
}

export const articleOfficeTitle: Rule = {
  meta: {
    id: 'article-office-title',
    category: 'fluency/grammar',
    severity: 'minor',
    // article-number's bare-title patterns already report some of these spans: one finding per slip.
    // calque-phrase's "said Head of" pattern reports the inverted speaker's "Head" already.
    yieldsTo: ['article-number', 'calque-phrase'],
    description: 'An office written "Title of Organisation" without "the" where no name follows it directly ("Minister of Health requested", "said Minister of Health.", "Head of X, Name, said").',
    examples: {
      invalid: [
        { text: 'Meanwhile, Minister of Transport asked travellers to leave early.', flags: ['Minister'], suggestion: 'the Minister' },
        { text: '"We will send more doctors," said Minister of Health.', flags: ['Minister'], suggestion: 'the Minister' },
        { text: 'Head of the Regional Disaster Agency, Budi Santoso, said the river had burst its banks.', flags: ['Head'], suggestion: 'The Head' },
        { text: '"He will be questioned," Deputy Director of the Criminal Unit, Sr. Comr. Ade Kurnia, stated.', flags: ['Deputy Director'], suggestion: 'the Deputy Director' },
        // An article that reads as translated (src/lm/article-reading.ts): the office after a
        // preposition, and the inverted speaker with a name after it, are judged too.
        {
          text: 'The flood that hit three villages in Bekasi Regency on Tuesday was caused by high intensity rain. His party has also coordinated with related parties to handle the evacuation of residents. The residents were evacuated to the village office and the nearest mosque. "We ask the community to remain vigilant because the rain is predicted to continue until next week," said Minister of Social Affairs, Budi Santoso. The aid was distributed by the task force that was led by Head of Regional Disaster Agency.',
          flags: ['Minister', 'Head'],
          suggestion: 'the Minister',
        },
        {
          text: 'The Indonesian Minister of Trade Budi Santoso said that the price of rice is still stable in several regions. The government will continue to monitor the stock of rice in the markets. His party also asked the regional governments to report the condition of prices every week. The distribution of rice to remote areas will be carried out by the logistics agency.',
          flags: ['The Indonesian Minister'],
          suggestion: 'Indonesian Minister',
        },
      ],
      valid: [
        'Secretary of State Antony Blinken said the talks had been useful.',
        'The Minister of Health asked every clinic to stay open.',
        'Minister of Health Opens New Clinic in Kupang',
        '"We are ready," said the Head of the Regional Office, Budi Santoso.',
        'Head of Public Relations Hadi Wahyudi said the suspect was arrested on Monday.',
        // Too short to read as translated: the wider shapes are not judged.
        '"We will take firm action," said Director of Criminal Investigation Agus Salim.',
        'The force was led by Head of Regional Disaster Agency.',
        // The name set off by commas is good English, in a translated article too.
        'The Indonesian Minister of Trade, Budi Santoso, said that the price of rice is still stable in several regions. The government will continue to monitor the stock of rice in the markets. His party also asked the regional governments to report the condition of prices every week. The distribution of rice to remote areas will be carried out by the logistics agency.',
        // A translated article, but the title runs straight into its holder's name: good English.
        'The police have named two suspects in the case of the burning of the market in Garut. The two suspects were arrested at their respective houses on Monday night. His party is still deepening the motive of the perpetrators. "We will take firm action against anyone who disturbs public order," said Director of Criminal Investigation Agus Salim. The handling of the case is under coordination of the regional police.',
        // Native news: an office as a role after "for", "to" or "as", and "Secretary of State".
        'He ran for Governor of New York in 1958 and was later promoted to Chief of Staff. "The talks were useful," said Secretary of State Dean Rusk. He served as Chairman of the Board until the spring. The committee met again on Friday, and the senators left for home.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    // The wider shapes (after a preposition, the speaker with a name after a reporting verb) only in
    // an article that reads as translated: asked once, at the first candidate.
    let translated: boolean | undefined;
    const readsTranslated = (): boolean => (translated ??= articleReading(doc) === 'translated');
    for (let i = 0; i < tokens.length; i++) {
      const head = tokens[i]!;
      if (!HEADS.has(head.text)) continue;
      // The title: modifiers before the head ("Deputy", "Acting Senior Vice"…), the head, modifiers or a second head after it.
      let first = i;
      while (first - 1 >= 0 && tokens[first - 1]!.sentence === head.sentence && TITLE_MODIFIERS.has(tokens[first - 1]!.text)) first--;
      let j = i + 1;
      while (j < tokens.length && (TITLE_MODIFIERS.has(tokens[j]!.text) || HEADS.has(tokens[j]!.text))) j++;
      const s = doc.sentences[head.sentence]!;
      if (j >= s.tokenEnd || tokens[j]!.lower !== 'of' || tokens[j]!.text !== 'of') continue;
      const start = tokens[first]!;
      const titled = theBeforeTitleAndName(doc, first, j, readsTranslated);
      if (titled) {
        out.push(titled.finding);
        i = titled.end;
        continue;
      }
      const where = phraseStart(doc, start, true);
      if (!where || doc.inQuote(start.start)) continue;
      if (where === 'preposition' && !readsTranslated()) continue;
      const run = orgRun(tokens, j + 1, s.tokenEnd);
      if (!run) continue;
      // "Secretary of State" is a title English writes straight before a name, even one made of
      // dictionary words ("said Secretary of State Dean Rusk."): left alone in every shape.
      if (head.text === 'Secretary' && tokens[j + 1]?.text === 'State') continue;
      const after = tokens[run.end];
      let flagged = false;
      if (run.plain && after) {
        // No name: the office itself is the subject (a lower-case verb follows) or the inverted speaker (the sentence ends).
        if (where === 'start' && /^[a-z]/.test(after.text) && (after.pos === 'VERB' || after.pos === 'AUX')) flagged = true;
        if (where === 'inverted' && (STOPS.has(after.text) || (after.text === ',' && run.end + 1 < s.tokenEnd && /^[a-z]/.test(tokens[run.end + 1]!.text) && tokens[run.end + 1]!.pos !== 'VERB'))) flagged = true;
        // After a preposition, the office ends its phrase: "led by Head of Presidential Staff."
        if (where === 'preposition' && (STOPS.has(after.text) || after.text === ',' || after.text === ';' || (/^[a-z]/.test(after.text) && after.pos !== 'NOUN'))) flagged = true;
      }
      // In an article that reads as translated, the inverted speaker with the holder's name in
      // apposition: '…," said Minister of Health, Budi.' needs "the". The title run straight into the
      // name ('…," said Minister of Finance Sri Mulyani.') is left alone: English writes a title
      // straight before a name ("said Secretary of State Dean Rusk"), and "the" there would need a
      // comma the fix cannot place. "Secretary of State" is left alone in any article.
      if (!flagged && where === 'inverted' && after?.text === ',' && run.plain && readsTranslated()) flagged = true;
      if (!flagged && where === 'start' && after?.text === ',') {
        // "Head of X, Name, said": the name in apposition, so the office before it is a common noun.
        const comma = nameThenComma(doc, run.end + 1);
        const verb = comma === undefined ? undefined : tokens[comma + 1];
        if (verb && /^[a-z]/.test(verb.text) && (verb.pos === 'VERB' || verb.pos === 'AUX')) flagged = true;
      }
      if (!flagged || !isProse(doc, tokens[Math.min(run.end + 1, tokens.length - 1)]!.sentence)) continue;
      const title = doc.text.slice(start.start, tokens[j - 1]!.end);
      const atStart = where === 'start' && start.i === firstWord(doc, head.sentence);
      const article = atStart ? 'The' : 'the';
      out.push({
        start: start.start,
        end: tokens[j - 1]!.end,
        message: `"${title} of …" names an office, not a person: English writes "${article} ${title} of …" (or the title straight before the holder's name).`,
        suggestions: [`${article} ${title}`],
        fixable: true,
        confidence: 0.75,
        note: 'Indonesian has no articles and puts an office straight before its holder ("Menteri Kesehatan"), so translation software writes the title like a name.',
      });
      i = run.end;
    }
    return out;
  },
};

/**
 * Where the holder's name starts inside an organisation run [from, end): a rank or title from the
 * person-cue lexicon followed by a word that is not an English word ("AKBP Karosekali", "Brig. Gen.
 * Faisal"), or a known given name ("Retno Marsudi", "Ali Mukartono") that is not an English word,
 * with only name-like words after it. At least one word of the organisation must come before it.
 */
function nameStart(tokens: readonly Token[], from: number, end: number): number | undefined {
  const given = gazetteer().givenNames;
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    if (cueForText(t)?.title && k + 1 < end && CAPITALISED.test(tokens[k + 1]!.text) && nameLike(tokens[k + 1]!)) return k;
    if (!CAPITALISED.test(t.text) || !nameLike(t) || !given.has(normaliseName(t.text))) continue;
    let all = true;
    for (let m = k + 1; m < end; m++) if (!CAPITALISED.test(tokens[m]!.text) || !nameLike(tokens[m]!)) all = false;
    if (all) return k;
  }
  return undefined;
}

/**
 * "The (Indonesian) Minister of Foreign Affairs Retno Marsudi said …": "the" before a title that runs
 * straight into its holder's name, the whole opening the clause as its subject. English writes the
 * title before the name without an article ("Foreign Minister Retno Marsudi said") or sets the name off
 * with commas ("the Minister of Foreign Affairs, Retno Marsudi, said"). Indonesian has no article to
 * drop and translation software adds one to the title as if it stood alone. Judged only in an article
 * that reads as translated: native writing has "the late President John Kennedy" and the like.
 */
function theBeforeTitleAndName(doc: AnalysedDocument, first: number, of: number, readsTranslated: () => boolean): { finding: FindingDraft; end: number } | undefined {
  const { tokens } = doc;
  let k = first - 1;
  // One capitalised modifier between the article and the title: "The Indonesian Minister of …".
  // (wink tags "Indonesian" there a proper noun.)
  if (k >= 0 && CAPITALISED.test(tokens[k]!.text) && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN') && tokens[k]!.sentence === tokens[first]!.sentence) k--;
  const the = tokens[k];
  if (!the || the.lower !== 'the' || the.sentence !== tokens[first]!.sentence) return undefined;
  const s = doc.sentences[the.sentence]!;
  // After a dateline ("JAKARTA - The Head of …") the clause starts too.
  const dateline = the.i > s.tokenStart && DASHES.has(tokens[the.i - 1]!.text);
  if ((!dateline && phraseStart(doc, the, false) !== 'start') || doc.inQuote(the.start)) return undefined;
  const run = orgRun(tokens, of + 1, s.tokenEnd);
  if (!run || run.plain) return undefined;
  const verb = tokens[run.end];
  if (!verb || verb.sentence !== the.sentence || !/^[a-z]/.test(verb.text) || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return undefined;
  if (nameStart(tokens, of + 1, run.end) === undefined || !isProse(doc, the.sentence) || !readsTranslated()) return undefined;
  const title = doc.text.slice(tokens[k + 1]!.start, tokens[of - 1]!.end);
  return {
    end: run.end,
    finding: {
      start: the.start,
      end: tokens[of - 1]!.end,
      message: `A title straight before its holder's name takes no article: "${title} of … <name>" without "${the.text}", or set the name off with commas ("${the.text} ${title} of …, <name>,").`,
      suggestions: [the.text === 'The' ? title[0]!.toUpperCase() + title.slice(1) : title],
      confidence: 0.6,
      note: 'Indonesian has no articles; translation software adds "the" to an office title even when the holder\'s name follows it directly ("Menteri Luar Negeri Retno Marsudi mengatakan").',
    },
  };
}

function firstWord(doc: AnalysedDocument, sentence: number): number {
  const s = doc.sentences[sentence]!;
  let k = s.tokenStart;
  while (k < s.tokenEnd && OPENERS.has(doc.tokens[k]!.text)) k++;
  return k;
}
