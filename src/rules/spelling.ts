/**
 * spelling: a misspelled ordinary English word ("kilomenter", "Moreoever", "prostester"), and two
 * written forms (spelling-forms.ts): "can not" for "cannot" and a lower-case pronoun "i".
 *
 * The word list is Hunspell's en-US and en-GB dictionaries (SCOWL, via the dictionary-en and
 * dictionary-en-gb packages) with every affixed form expanded at build time
 * (scripts/build-wordlist.ts; src/lexicons/english-words.ts). A word is only reported when all of
 * these hold, because a spelling checker that flags names is soon switched off:
 * - it is lower case, or capitalised only because it opens its sentence (a capitalised word
 *   elsewhere is a name; all-capitals are acronyms);
 * - it has letters only (no digits, @, #, URL or file parts, no hyphen or apostrophe joins);
 * - neither the dictionaries, nor the `word-list` package's rarer words and variants ("glamor",
 *   "employe", "forbad": english-extra.txt.gz), nor the list of news words they lack
 *   (grammar-words.json: spelling-allowed) has it, and it is no Indonesian word (the untranslated rules own those: the
 *   Indonesian lexicon, Indonesian affixation, Indonesian clauses);
 * - it has six letters or more, or it is a lower-case word of four or five letters with two adjacent
 *   letters swapped from a frequent word ("thier", "wiht");
 * - a dictionary word is one edit away, and that word is attested in ordinary English (the fluency
 *   model's Brown vocabulary), so a foreign or coined word with no near English neighbour stays
 *   silent; a word of eight letters or more may take an unattested dictionary word when a dropped
 *   letter, two swapped letters or a letter typed twice explain it alone ("interogated").
 * Parts of hyphenated compounds are checked when long and beside an English part ("three-dimentional"),
 * and so is a word before a possessive "'s".
 * Before the derivation excuse: a doubled letter typed once ("occured") and a suffix joined against
 * the e-drop or doubling rule ("severly", "takeing"). And a capitalised word inside a sentence is
 * reported when it is a frequent word with a letter dropped ("Distric Court"), two letters swapped
 * ("Palcae") or two vowels exchanged ("Tournemant"), or one edit from a noun right after an
 * institution's adjective ("Presidential Palance"): see capitalisedSlip(). A sentence's short first
 * word one letter from a frequent function word is reported too ("Thsi is"): see openerSlip().
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { TextIdTable } from '../analysis/text-ids.js';
import { hasExactly, isDictionaryWord, isEnglishWord, oneEdits, spellingSuggestions } from '../lexicons/english-words.js';
import { isCommonWord, tagLogProb } from '../lm/features.js';
import { grammarList } from '../lexicons/grammar-words.js';
import { inIndonesianClause, sentenceInitial, titleCase, wordHits } from '../lexicons/indonesian.js';
import { model } from '../lm/load.js';
import { child, NO_PROB, QUANT } from '../lm/trie.js';
import { runTogetherSplit } from './spacing.js';
import { writtenForms } from './spelling-forms.js';
import { gazetteer } from '../people/gazetteer.js';
import { cueFor } from '../people/cues.js';
import { indonesianRoots } from '../lexicons/indonesian-morphology.js';
import { capitalisationSlips } from './capitalisation.js';
import type { FindingDraft, Rule } from './types.js';
import { isCapitalisedWord, isLowerWord } from './word-shape.js';

/** Indonesian affixed and suffixed forms (mengirimkan, diminta, kemanusiaan, rumahnya, pembangunan). */
const INDONESIAN_SHAPE = /^(?:(?:meng|meny|mem|men|me[lrwy]|ber|di|ter|per|peng|peny|pem|pen|ke)\p{Ll}{3,}(?:kan|an|i|lah)|\p{Ll}{3,}(?:nya|kan|lah|kah))$/u;

/** Italian and Latin plurals and endings ("virtuosi", "continuo"), common in Indonesian words too. */
const FOREIGN_ENDING = /(?:[io]|ie)$/;

/** Particles of foreign phrases English borrows whole ("de facto", "per capita", "bete noire"). */
const FOREIGN_PARTICLES = new Set(['de', 'la', 'le', 'les', 'el', 'du', 'des', 'per', 'pro', 'mea', 'nolo', 'avant', 'haute', 'bete', 'maitre', 'en', 'au', 'al', 'et', 'ad', 'von', 'van', 'der', 'di', 'da', 'del', 'di', 'sine', 'vice', 'ex', 'op', 'bona']);

/**
 * The candidate tests' expressions, compiled once: a regex literal inside a function builds a new
 * RegExp object each time it is evaluated, and these run for every word of every document.
 */
const LETTERS_ONLY = /^\p{L}{4,}$/u;
const GLUED_BEFORE = /[@#/\\_\-'’\p{L}\p{N}]/u;
const GLUED_AFTER = /[@/\\_\-'’\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const LOWER_LETTERS_3 = /^\p{Ll}{3,}$/u;

/** A neighbour that is itself no English word, or a foreign particle: the word is part of a foreign phrase. */
function foreignNeighbour(doc: AnalysedDocument, t: Token): boolean {
  for (const k of [t.i - 1, t.i + 1]) {
    const u = doc.tokens[k];
    if (!u || u.sentence !== t.sentence || u.type !== 'word') continue;
    if (FOREIGN_PARTICLES.has(u.lower)) return true;
    if (LOWER_LETTERS_3.test(u.text) && !isEnglishWord(u.text)) return true;
  }
  return false;
}

/**
 * Lower-case particles inside Filipino, Portuguese and Italian surnames ("Ronald dela Rosa", "Bato
 * dela Rosa", "Pedro dos Santos", "Maria della Torre"): no English words, but parts of a name when a
 * capitalised name word follows.
 */
const SURNAME_PARTICLES = new Set(['dela', 'delos', 'della', 'dello', 'degli', 'dos', 'das']);

/** A closing quotation mark: the end of a quoted nickname inside a name ("Ronald “Bato” dela Rosa"). */
const CLOSING_QUOTE = /^["”’']$/;

/**
 * `t` is a surname particle between a capitalised word before and a capitalised name word after.
 * The word before may be a quoted nickname: "Ronald “Bato” dela Rosa".
 */
function surnameParticle(doc: AnalysedDocument, t: Token): boolean {
  if (!SURNAME_PARTICLES.has(t.text)) return false;
  const next = doc.tokens[t.i + 1];
  let prev = doc.tokens[t.i - 1];
  if (prev !== undefined && CLOSING_QUOTE.test(prev.text)) prev = doc.tokens[t.i - 2];
  return next !== undefined && next.sentence === t.sentence && next.type === 'word' && isCapitalisedWord(next.text) &&
    prev !== undefined && prev.sentence === t.sentence && prev.type === 'word' && /^\p{Lu}/u.test(prev.text);
}

/** A genus abbreviated to its initial: "C." in "C. elegans", "E." in "E. coli". */
const GENUS_INITIAL = /^\p{Lu}\.$/u;
/** Latin endings of species epithets: elegans, coli, aegypti, falciparum, sapiens, cerevisiae. */
const EPITHET_ENDING = /(?:us|um|ae|ii|i|is|ensis|ans|ens|oides|ica|ata|alis)$/;

/**
 * `t` is the species epithet of a binomial name after an abbreviated genus ("the nematode C.
 * elegans", "E. coli"): Latin, not a misspelled English word.
 */
function speciesEpithet(doc: AnalysedDocument, t: Token): boolean {
  if (!isLowerWord(t.text) || !EPITHET_ENDING.test(t.text)) return false;
  const prev = doc.tokens[t.i - 1];
  return prev !== undefined && GENUS_INITIAL.test(prev.text) && t.start - prev.end === 1;
}

const QUOTE_MARK = /^["“‘']$/;

/** Words that introduce a word cited as a word: "the word chantier", "the French term", "called". */
const MENTION_BEFORE = new Set(['word', 'words', 'term', 'terms', 'called', 'dubbed']);

/**
 * A foreign word cited and glossed, not written as English: "the word chantier", "from the Greek
 * chole, meaning bile, and sterios, meaning solid".
 */
function mentioned(doc: AnalysedDocument, t: Token): boolean {
  let prev = doc.tokens[t.i - 1];
  // "the word “tailin's”": an opening quotation mark between.
  if (prev && QUOTE_MARK.test(prev.text)) prev = doc.tokens[t.i - 2];
  if (prev && prev.sentence === t.sentence && MENTION_BEFORE.has(prev.lower)) return true;
  let k = t.i + 1;
  if (doc.tokens[k]?.text === ',' || doc.tokens[k]?.text === '(') k++;
  const next = doc.tokens[k];
  return next !== undefined && next.sentence === t.sentence && next.lower === 'meaning';
}

const APOSTROPHE = /['’]/;

/** A possessive "'s" follows at `end` ("the goverment's plan"): the word before it is still checked. */
function possessive(doc: AnalysedDocument, end: number): boolean {
  return APOSTROPHE.test(doc.text[end] ?? '') && doc.text[end + 1] === 's' && !LETTER.test(doc.text[end + 2] ?? '');
}

/**
 * A lower-case part of seven letters or more of a hyphenated compound whose other part (the word
 * across the hyphen) is an English word: "three-dimentional", "a televison-radio set". Shorter parts and
 * parts beside a foreign or unknown word stay a compound's business ("papier-mache", "ski-joring").
 */
function compoundPart(doc: AnalysedDocument, t: Token, joiner: string, side: -1 | 1): boolean {
  if (joiner !== '-' || t.text.length < 7 || !isLowerWord(t.text)) return false;
  const hyphen = doc.tokens[t.i + side];
  const other = doc.tokens[t.i + 2 * side];
  if (!hyphen || hyphen.text !== '-' || !other || other.type !== 'word' || other.sentence !== t.sentence) return false;
  if (side === 1 ? hyphen.end !== other.start : other.end !== hyphen.start) return false;
  const far = side === 1 ? doc.text[other.end] ?? ' ' : doc.text[other.start - 1] ?? ' ';
  return LETTERS_ONLY.test(other.text) && isEnglishWord(other.text) && !GLUED_BEFORE.test(far) && !GLUED_AFTER.test(far);
}

function candidate(doc: AnalysedDocument, t: Token): boolean {
  // Four letters need at least four UTF-16 units: shorter tokens skip the regex.
  if (t.type !== 'word' || t.text.length < 4 || !LETTERS_ONLY.test(t.text)) return false;
  const before = doc.text[t.start - 1] ?? ' ';
  const after = doc.text[t.end] ?? ' ';
  if ((GLUED_BEFORE.test(before) && !compoundPart(doc, t, before, -1)) || (GLUED_AFTER.test(after) && !possessive(doc, t.end) && !compoundPart(doc, t, after, 1))) return false;
  if (after === '.' && LETTER.test(doc.text[t.end + 1] ?? '')) return false;
  if (isLowerWord(t.text)) return true;
  // Capitalised only as the sentence's first word, and not in a title-case headline; nor before
  // another capitalised word, where it is a given name ("Hermin Esti, a senior official, …").
  if (!isCapitalisedWord(t.text) || !sentenceInitial(doc, t.i) || titleCase(doc, t.sentence)) return false;
  const next = doc.tokens[t.i + 1];
  return !(next !== undefined && next.sentence === t.sentence && next.spaceBefore && next.type === 'word' && isCapitalisedWord(next.text));
}

export const spelling: Rule = {
  meta: {
    id: 'spelling',
    category: 'fluency/spelling',
    severity: 'minor',
    description: 'A misspelled ordinary English word ("kilomenter", "Moreoever", "Palcae", "Thsi is"), "can not" for "cannot", a participle split from its prefix ("under paid"), or the pronoun "I" in lower case; names, acronyms, Indonesian words, URLs and handles are never checked.',
    yieldsTo: ['spacing', 'untranslated-word', 'untranslated-sentence'],
    examples: {
      invalid: [
        { text: 'The new toll road is 40 kilomenter long.', flags: ['kilomenter'], suggestion: 'kilometer' },
        { text: 'Moreoever, the bridge will open in March.', flags: ['Moreoever'], suggestion: 'Moreover' },
        { text: 'One prostester was detained outside the parliament.', flags: ['prostester'], suggestion: 'protester' },
        { text: 'The players can not give their best on a flooded pitch.', flags: ['can not'], suggestion: 'cannot' },
        { text: 'After the storm, i also asked the residents to stay home.', flags: ['i'], suggestion: 'I' },
        { text: 'The verdict will be read on Tuesday (Mey 9), the judge said.', flags: ['Mey'], suggestion: 'May' },
        { text: 'The farmers sold thier rice to the cooperative.', flags: ['thier'], suggestion: 'their' },
        { text: 'Drug arrests have risen sharply since last Month, the police said.', flags: ['Month'], suggestion: 'month' },
        { text: 'The programme will reach 2.5 Million Young Women in the province.', flags: ['Million Young Women'], suggestion: 'million young women' },
        { text: 'The ministry will disburse Rp1 Trillion to cooperatives this month.', flags: ['Trillion'], suggestion: 'trillion' },
        { text: 'Only registered buyers may purchase 3 Kg gas cylinders from January.', flags: ['Kg'], suggestion: 'kg' },
        { text: '"Prices have held," the president said During a visit to Medan on Thursday.', flags: ['During'], suggestion: 'during' },
        { text: 'Exporters worried as the Indonesian Rupiah fell again.', flags: ['Rupiah'], suggestion: 'rupiah' },
        { text: 'The governor asked the Police to guard the market.', flags: ['Police'], suggestion: 'police' },
        { text: 'Fishing boats were seen in Natuna Waters last week.', flags: ['Waters'], suggestion: 'waters' },
        { text: 'The bridge was closed at noon, The police said on Monday.', flags: ['The'], suggestion: 'the' },
        { text: 'The farmers fear a long draught as the dry season starts.', flags: ['draught'], suggestion: 'drought' },
        { text: 'The office stays closed untill the water recedes.', flags: ['untill'], suggestion: 'until' },
        { text: 'The landslide occured after two days of rain.', flags: ['occured'], suggestion: 'occurred' },
        { text: 'Two bridges were severly damaged by the flood.', flags: ['severly'], suggestion: 'severely' },
        { text: 'The case goes to the North Jakarta Distric Court next week.', flags: ['Distric'], suggestion: 'District' },
        { text: 'The three couriers were interogated at the port.', flags: ['interogated'], suggestion: 'interrogated' },
        { text: 'The envoys were received at the State Palcae on Tuesday.', flags: ['Palcae'], suggestion: 'Palace' },
        { text: 'The Regional Tournemant opens in Solo next week.', flags: ['Tournemant'], suggestion: 'Tournament' },
        { text: 'Thsi is the first harvest of the year.', flags: ['Thsi'], suggestion: 'This' },
        { text: 'Guests met at the Presidential Palance in Bogor.', flags: ['Palance'], suggestion: 'Palace' },
        { text: 'Many guards are under paid, the union said.', flags: ['under paid'], suggestion: 'underpaid' },
      ],
      valid: [
        'Minister Sri Mulyani met Bahlil Lahadalia in Jakarta.',
        'A weekly magazine ran an exposé of the procurement deal, and its protégé denied it in a café.',
        'The BMKG issued a warning for Kulon Progo on Sunday.',
        'Residents called the market a warung tradisional.',
        'Follow @bnpb_indonesia or see https://example.org/flood for maps.',
        'The colour of the organisation’s logo changed in 2019.',
        'The new port can not only handle tankers but also cruise ships.',
        'Conditions (i) and (ii) apply, and vitamin B and i are listed.',
        'Mary 12 and Marco 9 scored for the home side.',
        'Next Year Begins With a New Budget',
        'Gas Buyers of 3 Kg Cylinders Must Register From January',
        'Governor Says During the Drought Water Trucks Will Run Daily',
        '"We wait," he said. "In June we vote, and then we see."',
        'Hermin Esti, a senior official at the ministry, said the plan would go ahead.',
        'The court named two partners of the restructuring firm Alvarez & Marsal as liquidators.',
        'The bus stopped at KM 12 of the toll road, and the driver took a 15-km detour.',
        'He sold 3 kg of rice and drove 12 km to the market.',
        'The village chief, the kades, also met the gtrf team.',
        'He watched Last Week Tonight and read This Week in Asia.',
        'Officials said the Government would pay for the repairs.',
        'The Police Chief visited Bogor, and the Police of the Republic of Indonesia sent a team.',
        'The Dollar General store sold 20 million items.',
        // A currency word after a courtesy title or a branch of Taiwan's government is a name.
        'The bill cleared the Legislative Yuan on Friday, and Mr Yuan, a lawmaker, voted for it.',
        'He ordered a draught beer at the bar.',
        'Players from Bogor, Bandung and Depok met in Jakarta.',
        'The shepherds kept the Italian word pastore, and the island took the Greek name sterios, meaning solid.',
        'Reporters asked Christan Hartono and the Matson family about the Handley report.',
        'The Rollin brothers met Tony Calenda at the Guardia station.',
        'Students of Institut Teknologi Bandung marched to Monumen Nasional.',
        'The winless side fired its coach, and the parklike campus reopened.',
        // A surname particle between name words.
        'Senator Ronald dela Rosa and Joana dos Santos met the press in Manila.',
        // A surname particle after a quoted nickname; a species epithet after an abbreviated genus.
        'Senator Ronald “Bato” dela Rosa spoke after the vote.',
        'The lab bred the worm C. elegans and grew E. coli in broth.',
        // A capitalised word after a given name is a surname.
        '(Reporting by Anna Whitfield; Editing by Richard Pullin)',
        // Names one letter from a word; a name opening a sentence; "over" before an adjective and its noun.
        'Governor Notte met Judge Bootle and the Deller Consort in Fairless Hills.',
        'Getz is a difficult player to guard.',
        'The workers argued over paid leave for a week.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const allowed = grammarList('spelling-allowed');
    const indonesian = new Set<number>();
    for (const h of wordHits(doc)) for (let k = h.tokenStart; k < h.tokenEnd; k++) indonesian.add(k);
    const m = model();
    for (const t of doc.tokens) {
      // candidate() refuses these first; a word already judged correct (its verdict depends on the
      // word alone) is reported in no context: both are skipped before the costlier tests.
      if (t.type !== 'word' || t.text.length < 4) continue;
      if (t.text.length >= 6 && t.text !== t.lower && !indonesian.has(t.i)) {
        const slip = capitalisedSlip(doc, t, allowed, indonesian);
        if (slip !== undefined) {
          out.push({ start: t.start, end: t.end, message: `"${t.text}" is not an English word: did you mean "${slip}"?`, suggestions: [slip], confidence: 0.7, fixable: true });
          continue;
        }
      }
      if (t.text.length <= 5 && t.text !== t.lower && !indonesian.has(t.i)) {
        const opener = openerSlip(doc, t, allowed);
        if (opener !== undefined) {
          out.push({ start: t.start, end: t.end, message: `"${t.text}" is not an English word: did you mean "${opener}"?`, suggestions: [opener], confidence: 0.75, fixable: true });
          continue;
        }
      }
      if (judgedCorrect(t)) continue;
      if (!candidate(doc, t) || indonesian.has(t.i)) continue;
      let fixes = verdicts.get(t.text);
      if (fixes === undefined) fixes = judge(t, allowed, m);
      if (fixes === null || foreignNeighbour(doc, t) || mentioned(doc, t) || surnameParticle(doc, t) || speciesEpithet(doc, t) || inIndonesianClause(doc, t.start, t.end)) continue;
      out.push({
        start: t.start,
        end: t.end,
        message: `"${t.text}" is not an English word: did you mean "${fixes[0]}"?`,
        suggestions: fixes,
        confidence: 0.75,
        fixable: fixes.length === 1,
      });
    }
    out.push(...writtenForms(doc, (a, b) => seenBigram(a, b) > -Infinity));
    out.push(...capitalisationSlips(doc));
    return out;
  },
};

/**
 * The verdict on a candidate word not judged before: its suggestions, or null when it is correct;
 * remembered by word. (A function of its own: the closures below would otherwise capture the
 * loop's variables, and every iteration of the token loop would allocate a context for them.)
 */
/** A Latin letter with a diacritic, and the combining marks NFD splits off it. */
const ACCENTED = /[\u00c0-\u024f]/u;
const COMBINING = /[\u0300-\u036f]/gu;

function judge(t: Token, allowed: ReadonlySet<string>, m: ReturnType<typeof model>): string[] | null {
  const lower = t.lower;
  const initialCapital = t.text !== lower;
  const key = t.text;
  let fixes: string[] | null = null;
  const short = lower.length < 6;
  // "exposé", "café", "protégé": English keeps the accent of a French loan, and the dictionary lists
  // the word without it. A word whose letters without their accents are English is that word.
  const accentless = ACCENTED.test(lower) ? lower.normalize('NFD').replace(COMBINING, '') : lower;
  const accentedEnglish = accentless !== lower && (allowed.has(accentless) || isEnglishWord(accentless));
  const unknown = !accentedEnglish && !allowed.has(lower) && !isEnglishWord(t.text);
  const collapsed = !short && unknown ? doubledSlip(lower) : undefined;
  const restored = collapsed === undefined && unknown && lower.length >= 5 && !FOREIGN_ENDING.test(lower) ? droppedDouble(lower) ?? (short ? undefined : boundarySlip(lower) ?? vowelExchange(lower, MIN_LOGP)) : undefined;
  if (restored !== undefined) {
    // "occured", "commited", "begining", "usualy": one letter of a double typed once in a frequent
    // word; "severly", "takeing", "arguement": an "e" kept or dropped against the spelling rule where
    // a suffix joins its stem; "tournemant": two vowels exchanged across a consonant. Checked
    // before the derivation excuse, which took "occured" for "occur" + "-ed" and "severly" for
    // "sever" + "-ly".
    fixes = [initialCapital ? `${restored[0]!.toUpperCase()}${restored.slice(1)}` : restored];
  } else if (collapsed !== undefined) {
    // "untill", "whille": a letter typed twice in a very frequent word. The prefix and suffix
    // excuses below would take "untill" for un- + "till".
    fixes = [initialCapital ? `${collapsed[0]!.toUpperCase()}${collapsed.slice(1)}` : collapsed];
  } else if (!accentedEnglish && (!short || !initialCapital) && !FOREIGN_ENDING.test(lower) && !allowed.has(lower) && !isEnglishWord(t.text) && !INDONESIAN_SHAPE.test(lower) && !derived(lower) && !runTogetherSplit(lower)) {
    // A word of four or five letters is only a typo of a frequent word with two letters swapped
    // ("thier", "wiht"): short foreign words and abbreviations are one edit from too much.
    const all = spellingSuggestions(t.text, 8);
    let near = all.filter((s) => plausibleCorrection(lower, s.toLowerCase()) && (!short || (swapped(lower, s) && veryFrequent(s))));
    // A long word with no frequent neighbour: a dictionary word the fluency model's vocabulary
    // lacks ("interrogated", "encyclopedia", "harassment") explains it when it is the only word one
    // letter longer, with two letters swapped or with a doubled letter single: the typist's commonest
    // slips.
    if (near.length === 0 && lower.length >= 8) {
      const rare = all.filter((s) => rareCorrection(lower, s.toLowerCase()));
      if (rare.length === 1) near = rare;
    }
    // A capitalised opener needs a suggestion that is an ordinary lower-case word in English
    // ("Moreover"), not a name's look-alike.
    // The most frequent correction first: "lauched" is "launched" before "latched".
    const ok = near
      .filter((s) => !initialCapital || (isCommonWord(m, s.toLowerCase()) && (t.pos !== 'PROPN' || functionWord(m, s.toLowerCase()))))
      .map((s, k) => ({ s, k, lp: unigram(s.toLowerCase()) }))
      .sort((a, b) => b.lp - a.lp || a.k - b.k)
      .map((x) => x.s)
      .slice(0, 3);
    // A closed compound ("teahouse") is a word unless a one-letter slip explains it better
    // ("prostester": "pros" + "tester", but one letter from "protester"): every suggestion is
    // one edit away, so a compound with a suggestion is reported.
    if (ok.length > 0) fixes = ok;
  }
  if (verdicts.size >= MAX_VERDICTS) {
    verdicts.clear();
    correctById.clear();
  }
  verdicts.set(key, fixes);
  if (fixes === null && t.textId !== undefined && t.textId >= 0) correctById.set(t.textId, 1);
  return fixes;
}

const PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'non', 'dis', 'mis', 're', 'pre', 'post', 'anti', 'inter', 'intra', 'super', 'sub', 'over', 'under', 'out', 'mid', 'semi', 'multi', 'co', 'counter', 'pro', 'ex', 'hyper', 'mega', 'micro', 'mini', 'neo', 'pseudo', 'self', 'trans', 'ultra', 'extra', 'de', 'bi', 'tri', 'geo', 'eco', 'cyber', 'tele', 'auto'];
const SUFFIXES = ['y', 'ily', 'ry', 'ery', 'less', 'like', 'ness', 'ism', 'isms', 'ist', 'ists', 'er', 'ers', 'ian', 'ians', 'ly', 'ish', 'ful', 'hood', 'ship', 'wise', 'dom', 'able', 'ity', 'ize', 'ise', 'ized', 'ised', 'ization', 'isation', 'ment', 'ments', 'al', 'ally', 'ing', 'ings', 'ed', 's', 'es'];

/**
 * A regular derivation of a dictionary word ("winless", "parklike", "noncommissioned",
 * "interlibrary"): English coins these freely and no dictionary lists them all, so they are not
 * misspellings. The stem must be an everyday dictionary word: the extra list's rare words would
 * excuse typos ("lauched" from "lauch").
 */
function derived(word: string): boolean {
  for (const p of PREFIXES) if (word.length - p.length >= 4 && word.startsWith(p) && isDictionaryWord(word.slice(p.length))) return true;
  for (const s of SUFFIXES) {
    if (word.length - s.length < 3 || !word.endsWith(s)) continue;
    const stem = word.slice(0, -s.length);
    if (isDictionaryWord(stem) || isDictionaryWord(`${stem}e`) || (/(.)\1$/.test(stem) && isDictionaryWord(stem.slice(0, -1)))) return true;
  }
  return false;
}

/** Unigram log-probability (log10 × QUANT) a suggestion needs in the fluency model's Brown vocabulary: about three occurrences in a million words. */
const MIN_LOGP = -5.5 * QUANT;
const STEM_ENDINGS = /(?:ers|er|s|ed|ing)$/;

/** Attested often enough in ordinary English: the word, or its stem for -er/-s/-ed/-ing forms ("protester"). */
function frequent(word: string): boolean {
  const m = model();
  const logp = (w: string): number => {
    const id = m.wordIndex.get(w);
    return id === undefined ? -Infinity : (m.wordFreq.levels[0]!.logp[id] ?? -Infinity);
  };
  return logp(word) >= MIN_LOGP || (STEM_ENDINGS.test(word) && logp(word.replace(STEM_ENDINGS, '')) >= MIN_LOGP);
}

/** Unigram log-probability of a word in the fluency model's Brown vocabulary (-Infinity when absent). */
function unigram(word: string): number {
  const m = model();
  const id = m.wordIndex.get(word);
  return id === undefined ? -Infinity : (m.wordFreq.levels[0]!.logp[id] ?? -Infinity);
}

/** The word with one doubled letter typed once is a very frequent word ("untill" → "until"). */
function doubledSlip(word: string): string | undefined {
  for (let k = 1; k < word.length; k++) {
    if (word[k] !== word[k - 1]) continue;
    const single = word.slice(0, k) + word.slice(k + 1);
    if (single.length >= 4 && hasExactly(single) && veryFrequent(single)) return single;
  }
  return undefined;
}

/**
 * The word is a frequent word with one of its doubled letters typed once ("occured" → "occurred",
 * "begining" → "beginning"); the only such word. Five-letter words need a very frequent one.
 */
function droppedDouble(word: string): string | undefined {
  let found: string | undefined;
  for (let k = 0; k < word.length; k++) {
    const full = word.slice(0, k + 1) + word[k] + word.slice(k + 1);
    if (full === found || !hasExactly(full) || !(word.length < 6 ? veryFrequent(full) : unigram(full) >= MIN_LOGP)) continue;
    if (found !== undefined) return undefined;
    found = full;
  }
  return found;
}

const VOWEL_END = /[aeiou]$/;
/** capitalisedSlip()'s verdicts by word: the correction, or null. */
const capitalVerdicts = new Map<string, string | null>();

/**
 * A capitalised word inside a sentence that is a frequent word with one letter left out:
 * "the Central Jakarta Distric Court" → "District", "Goverment Regulation" → "Government". A
 * capitalised word is usually a name, and names one letter from a word are common ("Matson",
 * "Handley", "Weider"), but nearly all of them add a letter to the word or change one; a name that
 * is a word with a letter dropped is rare. So only a dropped letter is reported, when it explains
 * the word alone (the only frequent dictionary word one edit away with the same first letter) and
 * the word does not end in a vowel (Italian, Spanish and Indonesian names: "Calenda", "Guardia").
 */
function capitalisedSlip(doc: AnalysedDocument, t: Token, allowed: ReadonlySet<string>, indonesian: ReadonlySet<number>): string | undefined {
  if (!isCapitalisedWord(t.text)) return undefined;
  let fix = capitalVerdicts.get(t.text);
  if (fix === undefined) {
    fix = null;
    const lower = t.lower;
    if (!allowed.has(lower) && !isEnglishWord(t.text) && !INDONESIAN_SHAPE.test(lower) && !knownName(lower) && !indonesianRoots().has(lower)) {
      // A letter dropped (not after a final vowel: "Calenda", "Guardia"), two adjacent letters
      // swapped ("Palcae" → "Palace"), or two vowels exchanged across a consonant ("Tournemant" →
      // "Tournament"): the last two almost never make a name (none in a million words of Brown,
      // Wikinews and GUM), a dropped letter rarely does.
      const only = onlyFrequentNeighbour(lower);
      const found = only !== undefined && ((only.length === lower.length + 1 && !VOWEL_END.test(lower)) || swapped(lower, only)) ? only : vowelExchange(lower, CAPITAL_MIN_LOGP);
      if (found !== undefined) fix = `${found[0]!.toUpperCase()}${found.slice(1)}`;
    }
    if (capitalVerdicts.size >= MAX_VERDICTS) capitalVerdicts.clear();
    capitalVerdicts.set(t.text, fix);
  }
  if (fix === null) fix = afterInstitutionAdjective(doc, t, allowed) ?? null;
  if (fix === null) return undefined;
  const before = doc.text[t.start - 1] ?? ' ';
  const after = doc.text[t.end] ?? ' ';
  if (GLUED_BEFORE.test(before) || (GLUED_AFTER.test(after) && !possessive(doc, t.end)) || (after === '.' && LETTER.test(doc.text[t.end + 1] ?? ''))) return undefined;
  if (foreignNeighbour(doc, t) || indonesianNeighbour(doc, t, indonesian) || mentioned(doc, t) || inIndonesianClause(doc, t.start, t.end)) return undefined;
  if (afterGivenName(doc, t)) return undefined;
  // "Alvarez & Marsal", "Procter & Gamble": a name after an ampersand is a firm's partner.
  if (doc.tokens[t.i - 1]?.text === '&') return undefined;
  // Inside a capitalised name ("Distric Court") the capital stays; between lower-case words ("the
  // Netral attitude") the word is an ordinary one and the capital was a slip too.
  return sentenceInitial(doc, t.i) || capitalisedNeighbour(doc, t) ? fix : fix.toLowerCase();
}

/** Adjective endings of institutions' names: "Presidential", "Regional", "Judiciary", "Legislative", "Economic". */
const INSTITUTION_ADJECTIVE = /(?:al|ary|ive|ic)$/;

/**
 * A capitalised word right after a capitalised adjective of an institution's name, one letter
 * added, dropped, changed or two swapped from the only frequent dictionary word that is mostly a
 * noun (common, or in Brown mostly part of names: "Palace"): "the Presidential Palance" → "Palace", "the Regional Hospitel" → "Hospital". A letter added
 * or changed is how names differ from words ("Notte", "Fairless", "Papua"), but a name right after
 * such an adjective is rare: none in the 1.2 million words of Brown, Wikinews and GUM, where names
 * follow titles, given names, compass words and "Central", "General" (titles and places of the
 * person-cue list are no such adjective). Six letters or more, not a sentence's first word, in no
 * list, not a place or title of the person-cue list.
 */
function afterInstitutionAdjective(doc: AnalysedDocument, t: Token, allowed: ReadonlySet<string>): string | undefined {
  const p = doc.tokens[t.i - 1];
  if (!p || p.sentence !== t.sentence || p.type !== 'word' || t.start - p.end !== 1 || p.text.length < 6 || !isCapitalisedWord(p.text) || !INSTITUTION_ADJECTIVE.test(p.lower)) return undefined;
  const m = model();
  if (cueFor(p.text) !== undefined || !hasExactly(p.lower) || !isCommonWord(m, p.lower) || topTag(m, p.lower) !== 'ADJ') return undefined;
  const lower = t.lower;
  if (allowed.has(lower) || isEnglishWord(t.text) || INDONESIAN_SHAPE.test(lower) || knownName(lower) || indonesianRoots().has(lower) || cueFor(t.text) !== undefined || sentenceInitial(doc, t.i)) return undefined;
  const only = onlyFrequentNeighbour(lower);
  const tag = only === undefined ? '' : topTag(m, only);
  if (only === undefined || (tag !== 'NOUN' && tag !== 'PROPN')) return undefined;
  return `${only[0]!.toUpperCase()}${only.slice(1)}`;
}

/** Same length and one letter changed, or two adjacent letters swapped. */
function sameLengthEdit(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || swapped(a, b);
}

/** log10 p(b | a) × QUANT in the fluency model when the bigram "a b" was seen, else -Infinity. */
function seenBigram(a: string, b: string): number {
  const m = model();
  const ia = m.wordIndex.get(a);
  const ib = m.wordIndex.get(b);
  if (ia === undefined || ib === undefined) return -Infinity;
  const c = child(m.word, 1, ia, ib);
  const lp = c < 0 ? NO_PROB : m.word.levels[1]!.logp[c]!;
  return lp === NO_PROB ? -Infinity : lp;
}

/** About a thousand occurrences in a million words of Brown: "this", "they", "when", "also". */
const OPENER_MIN_LOGP = -3 * QUANT;
/** log10 p(next | correction) the pair needs: "this is" is -1.5, "they may" -2.1. */
const OPENER_PAIR_LOGP = -2.5 * QUANT;
const ALPHA = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A sentence's capitalised first word of four or five letters that no list has, one letter
 * changed or two letters swapped from a very frequent function word that the next word commonly
 * follows: "Thsi is" → "This is", "Thie is" → "This is". A name opens sentences too ("Getz is",
 * "Juet demanded"), so the correction must be a function word seen about a thousand times in a
 * million words, the pair must be a frequent one in the fluency model ("get is" and "just demanded"
 * are not), only one such correction may fit, and the word must not stand capitalised inside
 * another sentence of the text (a name recurs).
 */
function openerSlip(doc: AnalysedDocument, t: Token, allowed: ReadonlySet<string>): string | undefined {
  const n = t.text.length;
  if (n < 4 || !isCapitalisedWord(t.text) || !sentenceInitial(doc, t.i)) return undefined;
  const next = doc.tokens[t.i + 1];
  if (!next || next.sentence !== t.sentence || next.type !== 'word' || next.start - t.end !== 1 || !isLowerWord(next.text)) return undefined;
  const lower = t.lower;
  if (allowed.has(lower) || isEnglishWord(t.text) || knownName(lower) || indonesianRoots().has(lower) || GLUED_BEFORE.test(doc.text[t.start - 1] ?? ' ')) return undefined;
  const m = model();
  let found: string | undefined;
  for (let i = 1; i < n; i++) {
    for (const c of [...ALPHA, '']) {
      // '' stands for the swap of letters i and i + 1.
      const cand = c === '' ? (i + 1 < n ? lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2) : '') : lower.slice(0, i) + c + lower.slice(i + 1);
      if (cand === '' || cand === lower || cand === found || !sameLengthEdit(lower, cand) || unigram(cand) < OPENER_MIN_LOGP || !hasExactly(cand) || !functionWord(m, cand)) continue;
      if (seenBigram(cand, next.lower) < OPENER_PAIR_LOGP) continue;
      if (found !== undefined) return undefined;
      found = cand;
    }
  }
  if (found === undefined || titleCase(doc, t.sentence)) return undefined;
  // A name recurs: the same word capitalised inside a sentence.
  for (const u of doc.tokens) if (u.text === t.text && u.i !== t.i && !sentenceInitial(doc, u.i)) return undefined;
  return `${found[0]!.toUpperCase()}${found.slice(1)}`;
}

/**
 * A word next to `t` is Indonesian (a lexicon hit, or an Indonesian stem that is no English word):
 * the capitalised word belongs to an Indonesian name ("Institut Teknologi Bandung", "Monumen
 * Nasional"), where Indonesian spelling is right.
 */
function indonesianNeighbour(doc: AnalysedDocument, t: Token, indonesian: ReadonlySet<number>): boolean {
  for (const k of [t.i - 1, t.i + 1]) {
    const u = doc.tokens[k];
    if (!u || u.sentence !== t.sentence || u.type !== 'word') continue;
    if (indonesian.has(k) || (indonesianRoots().has(u.lower) && !isEnglishWord(u.text))) return true;
  }
  return false;
}

const UPPER_INITIAL = /^\p{Lu}/u;

/** The word next to `t` in its sentence, either side, is capitalised. */
function capitalisedNeighbour(doc: AnalysedDocument, t: Token): boolean {
  for (const k of [t.i - 1, t.i + 1]) {
    const u = doc.tokens[k];
    if (u && u.sentence === t.sentence && u.type === 'word' && UPPER_INITIAL.test(u.text)) return true;
  }
  return false;
}

/**
 * The only lower-case dictionary word one edit from `word` (a letter dropped, added or changed, or
 * two swapped; the first letter kept) that is frequent enough for a capitalised word's correction;
 * undefined when there is none or more than one. The model's vocabulary (a hash look-up) is asked
 * before the dictionary (a binary search): this runs once for every unknown capitalised word, and
 * names are many.
 */
function onlyFrequentNeighbour(word: string): string | undefined {
  let found: string | undefined;
  for (const c of oneEdits(word, 1)) {
    if (c === word || c === found || c.length < 2 || unigram(c) < CAPITAL_MIN_LOGP || !hasExactly(c)) continue;
    if (found !== undefined) return undefined;
    found = c;
  }
  return found;
}

/**
 * The word before `t` in its sentence is a capitalised given name ("Richard Pullin", "Editing by
 * Stephen Coates"): `t` is the surname, which no dictionary lists.
 */
function afterGivenName(doc: AnalysedDocument, t: Token): boolean {
  const prev = doc.tokens[t.i - 1];
  return prev !== undefined && prev.sentence === t.sentence && prev.type === 'word' && isCapitalisedWord(prev.text) && gazetteer().givenNames.has(prev.lower);
}

/** A given name or a word of a public figure's name in the gazetteer ("Christan", "Rollin"). */
function knownName(lower: string): boolean {
  const g = gazetteer();
  return g.givenNames.has(lower) || g.byWord.has(lower);
}

/** About ten occurrences in a million words: the frequency a capitalised word's correction needs. */
const CAPITAL_MIN_LOGP = -5 * QUANT;

const BOUNDARY_SUFFIXES = ['ly', 'ment', 'ments', 'ness', 'ing', 'ed', 'ity', 'able', 'ful'];

/**
 * A suffix joined to its stem against English spelling: a silent "e" kept or dropped wrongly
 * ("severly" → "severely", "takeing" → "taking", "arguement" → "argument") or a consonant doubled
 * wrongly ("committment" → "commitment"). The regular derivation excuse reads these as "sever" +
 * "-ly", "take" + "-ing"; the repaired word must be frequent and the only such repair.
 */
function boundarySlip(word: string): string | undefined {
  let found: string | undefined;
  for (const s of BOUNDARY_SUFFIXES) {
    const b = word.length - s.length;
    if (b < 3 || !word.endsWith(s)) continue;
    const stem = word.slice(0, b);
    const repairs = [`${stem}e${s}`];
    if (stem.endsWith('e')) repairs.push(`${stem.slice(0, -1)}${s}`);
    if (stem[b - 1] === stem[b - 2]) repairs.push(`${stem.slice(0, -1)}${s}`);
    for (const r of repairs) {
      if (r === found || !hasExactly(r) || !frequent(r)) continue;
      if (found !== undefined) return undefined;
      found = r;
    }
  }
  return found;
}

/** `fix` is `word` with one of its doubled letters typed once: "innoculate" / "inoculate". */
function undoubled(word: string, fix: string): boolean {
  for (let k = 1; k < word.length; k++) if (word[k] === word[k - 1] && word.slice(0, k) + word.slice(k + 1) === fix) return true;
  return false;
}

/** Two adjacent letters swapped: "thier" / "their". */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

const VOWELS = 'aeiou';

/**
 * The only frequent dictionary word (log-probability `minLogp` or more in the model's Brown
 * vocabulary) that `word` becomes when two vowels on either side of one consonant are exchanged:
 * "tournemant" → "tournament", "seperate" is no such case (one vowel changed). Six letters or more;
 * the first letter is never moved. Names and foreign words almost never have this shape (none in
 * the 1.2 million words of Brown, Wikinews 2019-2020 and GUM news), typists' slips do.
 */
function vowelExchange(word: string, minLogp: number): string | undefined {
  if (word.length < 6) return undefined;
  let found: string | undefined;
  for (let i = 1; i + 2 < word.length; i++) {
    const a = word[i]!;
    const b = word[i + 2]!;
    if (a === b || !VOWELS.includes(a) || !VOWELS.includes(b) || VOWELS.includes(word[i + 1]!)) continue;
    const c = word.slice(0, i) + b + word[i + 1] + a + word.slice(i + 3);
    if (c === found || unigram(c) < minLogp || !hasExactly(c)) continue;
    if (found !== undefined) return undefined;
    found = c;
  }
  return found;
}

/** About a hundred occurrences in a million words of Brown: "their", "with", "from". */
function veryFrequent(word: string): boolean {
  const m = model();
  const id = m.wordIndex.get(word);
  return id !== undefined && (m.wordFreq.levels[0]!.logp[id] ?? -Infinity) >= -4 * QUANT;
}

/**
 * A correction a typist's slip explains: a lower-case dictionary word one edit away (the
 * suggestions are), with the same first letter (typos rarely hit the first letter;
 * foreign words and old spellings often differ there: "glamor"/"clamor"), not a prefix of the word
 * (a borrowed form with an extra ending: "rancho", "princesse"), and frequent in ordinary English.
 */
function plausibleCorrection(word: string, fix: string): boolean {
  if (!hasExactly(fix) || fix[0] !== word[0] || word.startsWith(fix)) return false;
  return frequent(fix);
}

/**
 * A dictionary word outside the fluency model's vocabulary that a dropped letter, two swapped letters
 * or a letter typed twice explain, with the same first letter: "interogated" → "interrogated".
 */
function rareCorrection(word: string, fix: string): boolean {
  return hasExactly(fix) && fix[0] === word[0] && !word.startsWith(fix) && (fix.length === word.length + 1 || swapped(word, fix) || undoubled(word, fix));
}

/**
 * Verdicts by word for the whole process (a word's verdict depends only on the word, the word list
 * and the model): checking a batch of articles looks each unknown word up once. Bounded.
 */
const verdicts = new Map<string, string[] | null>();
const MAX_VERDICTS = 50_000;
/**
 * 1 at the text id of every word whose verdict in `verdicts` is null (correct), kept in step with
 * it: the test at every token reads an array instead of hashing the word into `verdicts`.
 */
const correctById = new TextIdTable();

/** `verdicts.get(t.text) === null`. */
function judgedCorrect(t: Token): boolean {
  const id = t.textId;
  return id !== undefined && id >= 0 ? correctById.get(id) === 1 : verdicts.get(t.text) === null;
}

const FUNCTION_TAGS = ['ADV', 'SCONJ', 'CCONJ', 'ADP', 'DET', 'PRON', 'AUX', 'PART'];

/**
 * The word is mostly a function word or adverb in Brown ("moreover", "although"): a capitalised
 * opener that wink takes for a name is then a misspelt connective, not a surname.
 */
function functionWord(m: ReturnType<typeof model>, word: string): boolean {
  return FUNCTION_TAGS.includes(topTag(m, word));
}

/** The word's commonest part of speech in Brown ('' when the model lacks the word). */
function topTag(m: ReturnType<typeof model>, word: string): string {
  const id = m.wordIndex.get(word);
  if (id === undefined) return '';
  let best = '';
  let bestLp = -Infinity;
  for (const [tag, tagId] of m.posIndex) {
    const lp = tagLogProb(m, id, tagId);
    if (lp > bestLp) {
      bestLp = lp;
      best = tag;
    }
  }
  return best;
}
