/**
 * reduplication: Indonesian plural reduplication carried into English ("negara-negara" →
 * "countries-countries", "nelayan-nelayan" → "fishermen-fishermen"). Indonesian marks an
 * indefinite plural by repeating the noun; a translator that maps each half to English keeps the
 * hyphenated pair, which English never uses for plurals.
 *
 * A finding needs a hyphenated token pair (no spaces) whose halves are the same noun, or its
 * singular and plural. English reduplicatives (so-so, bye-bye, yo-yo), names (Baden-Baden,
 * Bora-Bora) and untranslated Indonesian words (left to untranslated-word) are allow-listed in
 * `data/lexicons/reduplication-allowlist.json`.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { isEnglishWord } from '../lexicons/english-words.js';
import { loadLexicon } from '../lexicons/load.js';
import type { FindingDraft, Rule } from './types.js';

interface AllowEntry {
  word: string;
  kind: 'english' | 'name' | 'indonesian' | 'other-language';
  english?: string;
  note?: string;
}

let allow: Set<string> | undefined;

/** Halves never flagged: the allowlist, plus non-homograph words of the Indonesian lexicon when present. */
function allowed(): Set<string> {
  if (allow) return allow;
  allow = new Set(loadLexicon<AllowEntry>('reduplication-allowlist').entries.map((e) => e.word));
  try {
    // Untranslated Indonesian words are the untranslated-word rule's to report; do not double-flag.
    const indo = loadLexicon<{ term?: unknown; englishHomograph?: unknown }>('indonesian-words');
    for (const e of indo.entries) {
      if (typeof e.term === 'string' && e.englishHomograph !== true && !e.term.includes(' ')) allow.add(e.term.toLowerCase());
    }
  } catch {
    // The Indonesian lexicon is optional here.
  }
  return allow;
}

/** Halves of at least three letters: two-letter pairs (ha-ha, ti-ti, no-no) are sounds and words, not plural nouns. */
const WORD = /^\p{L}{3,}$/u;
const UPPER_START = /^\p{Lu}/u;

let massNouns: ReadonlySet<string> | undefined;

/** A noun the countability lexicon (data/lexicons/noun-countability.json) classes as mass. */
function massNoun(lower: string): boolean {
  massNouns ??= new Set(loadLexicon<{ noun: string; class: string }>('noun-countability').entries.filter((e) => e.class === 'mass').map((e) => e.noun));
  return massNouns.has(lower);
}

/** Regular English plural of a singular noun (used only to suggest the fix). */
export function pluralOf(word: string): string {
  const lower = word.toLowerCase();
  if (/man$/.test(lower) && lower.length > 4) return word.slice(0, -3) + (word.endsWith('MAN') ? 'MEN' : 'men');
  if (/[^aeiou]y$/.test(lower)) return word.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(lower)) return word + 'es';
  return word + 's';
}

/** True when `a` and `b` are the same noun, or its singular and plural. */
function samePair(a: Token, b: Token): boolean {
  if (a.lower === b.lower) return true;
  if (a.lemma === b.lemma && a.lemma.length > 1) return true;
  return pluralOf(a.lower) === b.lower || pluralOf(b.lower) === a.lower;
}

/** A plural noun form: wink's lemma is its singular ("countries" → "country", "fishermen" → "fisherman"). */
function isPlural(t: Token): boolean {
  return t.lemma !== t.lower && (t.lower === pluralOf(t.lemma) || /(?:s|men|people|children)$/.test(t.lower));
}

function matchCase(model: string, word: string): string {
  return UPPER_START.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Words that introduce the next word as a term: "statues known as tau-tau", "a dance called ..." */
const TERM_INTRO = new Set(['called', 'dubbed', 'termed', 'named', 'nicknamed']);

/** The pair is a term the writer introduces ("known as tau-tau"), a local word, not a plural calque. */
function introducedAsTerm(doc: AnalysedDocument, i: number): boolean {
  const s = doc.tokens[i]!.sentence;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== s) return false;
    if (TERM_INTRO.has(t.lower) || (t.lower === 'as' && (doc.tokens[k - 1]?.lower === 'known' || (doc.tokens[k - 1]?.lower === 'locally' && doc.tokens[k - 2]?.lower === 'known')))) return true;
    if (t.lower !== 'the' && t.lower !== 'locally' && t.lower !== 'simply' && t.text !== '"' && t.text !== '\u201C' && t.text !== "'" && t.text !== '\u2018') return false;
  }
  return false;
}

function check(doc: AnalysedDocument, i: number): FindingDraft | undefined {
  const a = doc.tokens[i]!;
  const dash = doc.tokens[i + 1];
  const b = doc.tokens[i + 2];
  if (!dash || !b || dash.text !== '-' || dash.spaceBefore || b.spaceBefore) return undefined;
  if (a.sentence !== b.sentence || a.type !== 'word' || b.type !== 'word') return undefined;
  if (!WORD.test(a.text) || !WORD.test(b.text)) return undefined;
  // Longer chains (knock-knock-knock) and parts of longer compounds are not plural reduplication.
  const before = doc.tokens[i - 1];
  const after = doc.tokens[i + 3];
  if (before && !a.spaceBefore && (before.text === '-' || before.type === 'word')) return undefined;
  if (after && !after.spaceBefore && (after.text === '-' || after.type === 'word')) return undefined;
  if (!samePair(a, b)) return undefined;
  if (introducedAsTerm(doc, i)) return undefined;
  // Halves that are no English word ("ogoh-ogoh", Balinese effigies; "tau-tau"): a local term kept in
  // the English, not an English noun doubled; its plural ("ogohs") would not be English either.
  if (!isEnglishWord(a.lower) && !isEnglishWord(a.lemma)) return undefined;
  const list = allowed();
  if (list.has(a.lower) || list.has(b.lower) || list.has(a.lemma) || list.has(b.lemma)) return undefined;
  // Both halves capitalised mid-sentence: a name (Baden-Baden style), not a plural.
  if (UPPER_START.test(b.text)) return undefined;
  const nounish = a.pos === 'NOUN' || b.pos === 'NOUN' || isPlural(a) || isPlural(b);
  if (!nounish) {
    // Indonesian also doubles adjectives, adverbs and numerals ("pelan-pelan" slowly, "besar-besar"
    // big ones, "satu-satu" one by one, "hati-hati" careful); translated half by half this gives
    // "slowly-slowly", "big-big", "one-one". English has no such pairs beyond the allow-listed
    // reduplicatives, but the right rendering depends on the sense, so it is a note without a fix.
    if (a.lower !== b.lower) return undefined;
    return {
      start: a.start,
      end: b.end,
      message: `"${a.text}-${b.text}" doubles a word as Indonesian reduplication does ("pelan-pelan", "satu-satu"); English says it once or rephrases ("slowly", "one by one", "big ones").`,
      suggestions: [],
      confidence: 0.5,
      severity: 'info',
      note: 'Indonesian reduplicates adjectives, adverbs and numerals for intensity, distribution or plurality; a word-for-word translation keeps the doubled form.',
    };
  }
  // A capitalised pair inside a sentence opens a name ("Oro-oro Ombo Village Hall"): English keeps a
  // place's name as it is, so there is no plural to suggest (and nothing --fix may apply).
  const sentenceStart = doc.sentences[a.sentence]!;
  const opensSentence = /^[\s"“‘'(\-–—]*$/.test(doc.text.slice(sentenceStart.start, a.start));
  const named = UPPER_START.test(a.text) && !opensSentence;
  const plural = isPlural(b) ? b.lower : isPlural(a) ? a.lower : pluralOf(a.lower);
  // A mass noun has no plural in English ("violences-violences" → "violence", "equipments" → "equipment").
  const lemma = isPlural(b) ? b.lemma : isPlural(a) ? a.lemma : a.lower;
  const suggestion = matchCase(a.text, massNoun(lemma) ? lemma : plural);
  return {
    start: a.start,
    end: b.end,
    message: `"${a.text}-${b.text}" repeats a noun to mark the plural, as Indonesian reduplication does; English uses the plural alone ("${suggestion}").`,
    suggestions: named ? [] : [suggestion],
    confidence: a.lower === b.lower && !isPlural(a) ? 0.7 : 0.85,
    note: named
      ? 'Indonesian forms an indefinite plural by repeating the noun (negara-negara "countries"). Capitalised inside a sentence the pair may open a name ("Oro-oro Ombo"), which English keeps: no fix is offered.'
      : 'Indonesian forms an indefinite plural by repeating the noun (negara-negara "countries"); translated half by half it becomes "countries-countries".',
    ...(named ? {} : { fixable: true }),
  };
}

export const reduplication: Rule = {
  meta: {
    id: 'reduplication',
    category: 'fluency/grammar',
    severity: 'minor',
    description: 'A noun repeated with a hyphen to mark the plural ("countries-countries"), from Indonesian reduplication.',
    // An Indonesian word left in ("sabu-sabu", crystal meth) is untranslated-word's: its English plural is no fix.
    yieldsTo: ['untranslated-word'],
    examples: {
      invalid: [
        { text: 'Several countries-countries in Africa have pledged grain to the programme.', flags: ['countries-countries'], suggestion: 'countries' },
        { text: 'The fishermen-fishermen of the northern coast refused to sail on Monday.', flags: ['fishermen-fishermen'], suggestion: 'fishermen' },
        { text: 'Party leader-leader from three provinces met in Surabaya on Sunday.', flags: ['leader-leader'], suggestion: 'leaders' },
        { text: 'Students-students gathered outside the rectorate before noon.', flags: ['Students-students'], suggestion: 'Students' },
        { text: 'The rescuers lifted the victims slowly-slowly from the rubble.', flags: ['slowly-slowly'] },
      ],
      valid: [
        'Hundreds of residents joined the ogoh-ogoh parade in Denpasar on the eve of Nyepi.',
        'The food was so-so, but the view over the harbour made up for it.',
        'Negotiators described the deal as a win-win for both governments.',
        'The children waved bye-bye as the ferry left the pier.',
        'The spa town of Baden-Baden hosted the conference.',
        'Prices in the two countries have risen steadily since March.',
        'A well-known half-time show drew record ratings.',
        'He played with a yo-yo while waiting for the verdict.',
        'Tourists queued for a tuk-tuk outside the station.',
        // A local word the writer introduces as a term, not a plural.
        'Carved wooden effigies of the dead, known locally as tau-tau, guard the cliff graves.',
      ],
    },
  },
  run(doc) {
    const out: FindingDraft[] = [];
    for (let i = 0; i + 2 < doc.tokens.length; i++) {
      if (doc.tokens[i + 1]!.text !== '-') continue;
      const f = check(doc, i);
      if (f) {
        out.push(f);
        i += 2;
      }
    }
    return out;
  },
};
