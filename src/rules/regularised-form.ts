/**
 * regularised-form: an English word built by the regular rule where English uses an irregular
 * form, a slip typical of learners and of machine translation from a language without inflection:
 * - an irregular verb given "-ed" ("shaked", "buyed", "teached", "binded", "hitted");
 * - a noun or verb in consonant + "y" given a bare "-s" ("countrys", "policys", "applys");
 * - a reflexive pronoun built regularly ("himselves", "themselfs", "ourselfs", "hisself");
 * - a negative with the wrong prefix ("undirect", "unpossible", "unlegal", "inpossible").
 *
 * The spelling rule excuses these: each is a regular derivation of a dictionary word ("country" +
 * "s", "un" + "direct"), which English coins freely ("winless", "nonmusical"). Here a form is only
 * reported when the English dictionaries lack it, edited English (the fluency model's Brown and
 * Wikinews vocabulary) never writes it, AND the irregular form is known: the
 * verb's irregular past (data/lexicons/verb-forms.json), "-ies", or the negative with another
 * prefix. A regular form a dictionary accepts or news writes ("leaded", "speeded", "learned",
 * "mosquitos", "broadcasted") stays silent. Only lower-case words are read (or a sentence's capitalised first word outside a
 * title-case headline): a capitalised word elsewhere is a name ("the Currys"), and words the
 * Indonesian lexicon knows are the untranslated rules'.
 *
 * The checks mirror what harper.js (RegularIrregulars, WrongNegative) finds on Indonesian-origin
 * pages (scripts/eval-real-peer.ts), written on calque's dictionaries and name handling.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { isDictionaryWord } from '../lexicons/english-words.js';
import { sentenceInitial, titleCase, wordHits } from '../lexicons/indonesian.js';
import { verbForms } from '../lexicons/verb-forms.js';
import { TextIdTable } from '../analysis/text-ids.js';
import { model } from '../lm/load.js';
import { tagShares } from './verb-words.js';
import type { FindingDraft, Rule } from './types.js';

const LOWER = /^\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const CONSONANT_YS = /[^aeiou]ys$/;
const VOWELS = /[aeiou]/;
/** Forms of "have" and "be" (and "get") after which a past participle, not a simple past, stands. */
const PARTICIPLE_AFTER = new Set(['have', 'has', 'had', 'having', "'ve", "'s", "'d", 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'get', 'got', 'gotten']);
const ADVERBS_BETWEEN = new Set(['not', "n't", 'also', 'already', 'just', 'never', 'been', 'recently', 'reportedly', 'allegedly', 'even', 'still']);

/** Reflexive pronouns: the person part and the right form ("him" → "himself"). */
const REFLEXIVE = /^(him|her|it|one|them|our|your|their|his)(self|selfs|selve|selves|selfes)$/;
const REFLEXIVE_FORM: Record<string, string> = {
  him: 'himself', her: 'herself', it: 'itself', one: 'oneself', his: 'himself',
  them: 'themselves', our: 'ourselves', your: 'yourselves', their: 'themselves',
};
const NEGATIVE_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'dis'];
const QUALITY_NOUN = /(?:ity|ance|ence|ness)$/;

interface VerbSlip {
  base: string;
  past: string;
  participle: string;
}

let verbSlips: { source: unknown; map: Map<string, VerbSlip> } | undefined;

/** Regular "-ed" forms of the irregular verbs that no dictionary has ("shaked", "binded", "hitted"). */
function regularisedVerbs(): Map<string, VerbSlip> {
  const forms = verbForms();
  if (verbSlips?.source === forms) return verbSlips.map;
  const map = new Map<string, VerbSlip>();
  for (const [base, e] of forms.byBase) {
    if (base.length < 3 || base === 'be') continue;
    const candidates = base.endsWith('e') ? [`${base}d`] : [`${base}ed`];
    // One syllable ending consonant-vowel-consonant doubles its last letter ("hit" → "hitted").
    if (/[^aeiou][aeiou][^aeiouwxy]$/.test(base) && (base.match(/[aeiou]+/g) ?? []).length === 1) candidates.push(`${base}${base.at(-1)!}ed`);
    for (const c of candidates) {
      // "broadcasted", "forecasted" are variants the larger dictionaries list; not slips to report.
      if (base.endsWith('cast') || forms.inflected.has(c) || forms.bases.has(c) || !unattested(c)) continue;
      map.set(c, { base, past: e.past[0]!, participle: e.participle[0]! });
    }
  }
  verbSlips = { source: forms, map };
  return map;
}

/**
 * No dictionary has the word and edited English (the fluency model's vocabulary: Brown and
 * Wikinews) never writes it: "speeded" and "leaded" are English, "shaked" is not.
 */
function unattested(word: string): boolean {
  return !isDictionaryWord(word) && !model().wordIndex.has(word);
}

/** The word read for a slip: lower case, or capitalised only as its sentence's first word. */
function readable(doc: AnalysedDocument, t: Token): boolean {
  if (t.type !== 'word' || t.text.length < 5) return false;
  if (LOWER.test(t.text)) return true;
  return CAPITALISED.test(t.text) && sentenceInitial(doc, t.i) && !titleCase(doc, t.sentence);
}

/** The word before `t` in its sentence, skipping adverbs that stand between an auxiliary and its verb. */
function auxiliaryBefore(doc: AnalysedDocument, t: Token): string | undefined {
  for (let k = t.i - 1; k >= 0 && k >= t.i - 3; k--) {
    const u = doc.tokens[k]!;
    if (u.sentence !== t.sentence) return undefined;
    if (!ADVERBS_BETWEEN.has(u.lower) || u.lower === 'been') return u.lower;
  }
  return undefined;
}

function keepCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

interface Slip {
  fixes: string[];
  message: string;
}

function verbSlip(doc: AnalysedDocument, t: Token, lower: string, verbs: Map<string, VerbSlip>): Slip | undefined {
  const v = verbs.get(lower);
  if (!v) return undefined;
  const participleFirst = PARTICIPLE_AFTER.has(auxiliaryBefore(doc, t) ?? '');
  const fixes = [...new Set(participleFirst ? [v.participle, v.past] : [v.past, v.participle])];
  return { fixes, message: `"${t.text}" is not English: the past of "${v.base}" is irregular ("${v.past}", "${v.participle}").` };
}

function pluralSlip(t: Token, lower: string, next?: Token, before?: Token): Slip | undefined {
  if (!CONSONANT_YS.test(lower) || !unattested(lower)) return undefined;
  const stem = lower.slice(0, -1);
  const right = `${lower.slice(0, -2)}ies`;
  if (!isDictionaryWord(stem) || !isDictionaryWord(right)) return undefined;
  // Before a noun the slip is as often a possessive with its apostrophe lost ("the countrys trade
  // deficit" = "the country's"): offer both, the possessive first, and leave the choice to the editor.
  // A name or an acronym after it is a possessive too ("the home affairs ministrys DDN housing"),
  // and so is a capitalised name after "the" ("the countrys National Sports Committee").
  const theBefore = before?.lower === 'the' && before.sentence === t.sentence;
  const nameNext = next !== undefined && next.sentence === t.sentence && next.type === 'word' && (/^\p{Lu}{2,}$/u.test(next.text) || (theBefore && /^\p{Lu}/u.test(next.text)));
  if (next !== undefined && (((next.pos === 'NOUN' || next.pos === 'ADJ') && /^\p{Ll}/u.test(next.text)) || nameNext)) {
    return {
      fixes: [`${stem}'s`, right],
      message: `"${t.text}" is not English: the possessive is "${stem}'s", the plural "${right}".`,
    };
  }
  return { fixes: [right], message: `"${t.text}" is not English: a word in consonant + "y" takes "-ies" ("${right}").` };
}

function reflexiveSlip(t: Token, lower: string): Slip | undefined {
  const m = REFLEXIVE.exec(lower);
  if (!m) return undefined;
  const right = REFLEXIVE_FORM[m[1]!]!;
  if (right === lower || !unattested(lower)) return undefined;
  return { fixes: [right], message: `"${t.text}" is not English: the reflexive pronoun is "${right}".` };
}

function negativeSlip(t: Token, lower: string): Slip | undefined {
  const prefix = NEGATIVE_PREFIXES.find((p) => lower.startsWith(p));
  if (!prefix) return undefined;
  const rest = lower.slice(prefix.length);
  if (rest.length < 4 || !VOWELS.test(rest) || !isDictionaryWord(rest) || !unattested(lower)) return undefined;
  // Only a quality takes a negative prefix ("direct", "legal", "ability"): "unvested" is no slip
  // for "invested", whose "in" is no negative.
  if (!QUALITY_NOUN.test(rest) && tagShares(rest).adj < 0.5) return undefined;
  const right = NEGATIVE_PREFIXES.filter((p) => p !== prefix).map((p) => p + rest).find((w) => isDictionaryWord(w));
  if (!right) return undefined;
  return { fixes: [right], message: `"${t.text}" is not English: the negative of "${rest}" is "${right}".` };
}

/**
 * Per token text id: 1 when no slip check can fire on the text, 2 when one may (0: not known yet).
 * Whether a slip exists is a function of the lower-case text alone (only its fixes' order and
 * message read the context), and nearly every word of a document has none, so the four checks'
 * dictionary and model lookups run once per distinct word instead of at every token. Forgotten
 * when the irregular-verb table is rebuilt (its lexicon changed).
 */
const noSlip = { verbs: undefined as Map<string, VerbSlip> | undefined, byId: new TextIdTable() };

function maySlip(t: Token, verbs: Map<string, VerbSlip>): boolean {
  if (noSlip.verbs !== verbs) {
    noSlip.byId.clear();
    noSlip.verbs = verbs;
  }
  const id = t.textId;
  const known = id !== undefined && id >= 0 ? noSlip.byId.get(id) : 0;
  if (known !== 0) return known === 2;
  const lower = t.lower;
  const may = verbs.has(lower) || pluralSlip(t, lower) !== undefined || reflexiveSlip(t, lower) !== undefined || negativeSlip(t, lower) !== undefined;
  if (id !== undefined && id >= 0) noSlip.byId.set(id, may ? 2 : 1);
  return may;
}

export const regularisedForm: Rule = {
  meta: {
    id: 'regularised-form',
    category: 'fluency/grammar',
    severity: 'minor',
    description: 'An irregular English form built by the regular rule: "shaked", "countrys", "himselves", "undirect"; forms a dictionary accepts ("leaded", "mosquitos"), names and Indonesian words are left alone.',
    examples: {
      invalid: [
        { text: 'The quake shaked the coastal towns for almost a minute.', flags: ['shaked'], suggestion: 'shook' },
        { text: 'The agency has buyed two new fire engines this year.', flags: ['buyed'], suggestion: 'bought' },
        { text: 'The reform must narrow the countrys trade deficit.', flags: ['countrys'], suggestion: "country's" },
        { text: 'Families moved into the home affairs ministrys DDN housing block.', flags: ['ministrys'], suggestion: "ministry's" },
        { text: 'Leaders of both countrys signed the agreement on Friday.', flags: ['countrys'], suggestion: 'countries' },
        { text: 'The result worried the countrys National Sports Committee, its chairman said.', flags: ['countrys'], suggestion: "country's" },
        { text: 'Village heads should set an example from themselfs first.', flags: ['themselfs'], suggestion: 'themselves' },
        { text: 'The storm had an undirect effect on the harvest.', flags: ['undirect'], suggestion: 'indirect' },
        { text: 'Officials said the plan was unpossible to carry out before May.', flags: ['unpossible'], suggestion: 'impossible' },
      ],
      valid: [
        'The ship carried leaded fuel, and the police speeded up the search.',
        'The Currys of Dallas hosted the dinner for the two families.',
        'Mosquitos and flies spread quickly after the floods, the agency said.',
        'The minister himself shook hands with the farmers.',
        'The companies said the undisclosed deal was indirect and informal.',
        'Residents bought rice at the market, where prices stayed stable.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    let indonesian: Set<number> | undefined;
    // Once per document: the lexicon look-up behind it ran at every word.
    const verbs = regularisedVerbs();
    const tokens = doc.tokens;
    // By index: a for-of loop here made an iterator result per token (2.8 MB per 60,000 words).
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      // The cheap memo first; readable() runs two regexes.
      if (t.type !== 'word' || t.text.length < 5 || !maySlip(t, verbs) || !readable(doc, t)) continue;
      const lower = t.lower;
      const slip = verbSlip(doc, t, lower, verbs) ?? pluralSlip(t, lower, doc.tokens[t.i + 1], doc.tokens[t.i - 1]) ?? reflexiveSlip(t, lower) ?? negativeSlip(t, lower);
      if (!slip) continue;
      // Built lazily: few documents have a candidate at all.
      if (!indonesian) {
        indonesian = new Set<number>();
        for (const h of wordHits(doc)) for (let k = h.tokenStart; k < h.tokenEnd; k++) indonesian.add(k);
      }
      if (indonesian.has(t.i)) continue;
      const fixes = slip.fixes.map((f) => keepCase(t.text, f));
      out.push({ start: t.start, end: t.end, message: slip.message, suggestions: fixes, confidence: 0.85, fixable: fixes.length === 1 });
    }
    return out;
  },
};
