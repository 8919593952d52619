/**
 * Written forms the spelling rule reports besides unknown words: "can not" for "cannot" (AP and
 * every international desk write one word, except before "only" in "can not only … but also"), and
 * the pronoun "I" typed in lower case between words ("i also remind"). Both come from fast typing
 * in Indonesian newsrooms, where "tidak bisa" and "saya" give no hint of the English form.
 *
 * Also a month name one letter off, next to a day or year ("Tuesday (Mey 9)", "on 12 Agust 2021"):
 * a capitalised word is otherwise never checked (it may be a name), but beside a date number the
 * word can only be the month. Indonesian month names ("Mei", "Agustus") are the untranslated
 * rules'; English words ("Mar", "Jun", "Joy") are never reported.
 *
 * And a participle split from its prefix ("are under paid" → "underpaid"): see splitParticiple().
 *
 * And a common time noun capitalised after "last", "next", "this", "every", "each" or "per" inside
 * a sentence ("since last Month", "every Week"): Indonesian copy capitalises such words after the
 * source's "Bulan lalu" or a heading style, English writes them lower case. A title-case headline
 * is left alone.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { hasExactly, isEnglishWord } from '../lexicons/english-words.js';
import { verbForms } from '../lexicons/verb-forms.js';
import { sentenceInitial, titleCase } from '../lexicons/indonesian.js';
import type { FindingDraft } from './types.js';

const NOT_AFTER_I = new Set(['is', 'are', 'has', 'does', 'were']);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const INDONESIAN_MONTHS = new Set(['Januari', 'Februari', 'Pebruari', 'Maret', 'Mei', 'Juni', 'Juli', 'Agustus', 'Agustos', 'Oktober', 'Nopember', 'Desember']);

/** One edit (substitution, insertion, deletion or adjacent swap) between a and b. */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The tests of monthTypo(), compiled once and without a closure: it runs at every capitalised
 * word, and a regex literal or an arrow function in its body was a new object at each call.
 */
const DAY_NUMBER = /^(?:\d{1,2}|\d{4})$/;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** A day or year number in the same sentence. */
function dayBeside(u: Token | undefined, sentence: number): boolean {
  return u !== undefined && u.sentence === sentence && DAY_NUMBER.test(u.text);
}

function monthTypo(doc: AnalysedDocument, i: number): FindingDraft | undefined {
  const t = doc.tokens[i]!;
  if (t.type !== 'word' || t.text.length < 3) return undefined;
  // The neighbours first: a date number beside the word is rare, and the look-ups below are not free.
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  if (!dayBeside(prev, t.sentence) && !dayBeside(next, t.sentence)) return undefined;
  if (!CAPITALISED.test(t.text) || INDONESIAN_MONTHS.has(t.text) || isEnglishWord(t.text)) return undefined;
  const month = MONTHS.find((m) => m[0] === t.text[0] && oneEdit(t.text, m));
  if (!month) return undefined;
  return { start: t.start, end: t.end, message: `"${t.text}" beside a date is the month "${month}" misspelt.`, suggestions: [month], confidence: 0.8, fixable: true };
}

const TIME_NOUNS = new Set(['Week', 'Month', 'Year', 'Day', 'Night', 'Morning', 'Afternoon', 'Evening', 'Weekend', 'Weeks', 'Months', 'Years', 'Days', 'Nights']);
const TIME_DETERMINERS = new Set(['last', 'next', 'this', 'every', 'each', 'per', 'past', 'coming']);

function capitalisedTimeNoun(doc: AnalysedDocument, i: number): FindingDraft | undefined {
  const t = doc.tokens[i]!;
  if (!TIME_NOUNS.has(t.text)) return undefined;
  const prev = doc.tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence || !TIME_DETERMINERS.has(prev.text) || !t.spaceBefore) return undefined;
  // "Next Year's Budget" in a headline, or a name that starts with the pair ("Last Night" as a title).
  if (sentenceInitial(doc, prev.i) || titleCase(doc, t.sentence)) return undefined;
  const next = doc.tokens[i + 1];
  if (next && next.sentence === t.sentence && /^\p{Lu}/u.test(next.text) && next.type === 'word') return undefined;
  const lower = t.text.toLowerCase();
  return { start: t.start, end: t.end, message: `"${t.text}" is an ordinary word here: write "${lower}".`, suggestions: [lower], confidence: 0.75, fixable: true };
}

/** Words of weather and farming: a sentence with one of them is about a drought, not a draught. */
const DROUGHT_CONTEXT = /\b(?:dry|season|seasons|rain|rains|rainy|rainfall|water|crop|crops|harvest|harvests|farmer|farmers|farmland|El Ni[nñ]o|wildfires?|famine|irrigation|rice|paddy|paddies|wells|heatwave|climate|weather)\b/i;

/**
 * "entering a transition season from the rainy to draught": "draught" (a current of air, a drink
 * from the tap, a ship's depth) for "drought" (Indonesian "kemarau", "kekeringan"). Only in a
 * sentence about weather, water or farming.
 */
function draughtForDrought(doc: AnalysedDocument, t: Token): FindingDraft | undefined {
  if (t.lower !== 'draught' && t.lower !== 'draughts') return undefined;
  const s = doc.sentences[t.sentence];
  if (!s || !DROUGHT_CONTEXT.test(doc.text.slice(s.start, s.end))) return undefined;
  const fix = t.text.replace(/raught/, 'rought');
  return { start: t.start, end: t.end, message: `"${t.text}" is a current of air or a drink: a long dry spell is a "${fix}".`, suggestions: [fix], confidence: 0.7, fixable: true };
}

/** Adverb prefixes English closes up with a participle: "underpaid", "overcrowded", "outnumbered". */
const SPLIT_PREFIXES = new Set(['under', 'over', 'out', 'up', 'down', 'with', 'back', 'by']);
const ED = /^\p{Ll}{2,}ed$/u;
/** The word after the pair must be a function word or adverb (or no word follows): a content word may be the head the participle modifies. */
const PAIR_FOLLOWERS = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PART', 'ADV', 'PRON', 'AUX']);

/** An irregular past participle of the verb table that is no base form ("paid", "taken", "grown"). */
let participles: Set<string> | undefined;
function irregularParticiple(word: string): boolean {
  if (!participles) {
    participles = new Set();
    // A participle that is also a base form ("run", "come", "set") may be a noun or a present verb:
    // "rise over run", "over come" in old prose.
    const forms = verbForms();
    for (const e of forms.byBase.values()) for (const p of e.participle) if (!forms.bases.has(p)) participles.add(p);
  }
  return participles.has(word);
}

/**
 * A participle split from its adverb prefix: "they are under paid" → "underpaid", "the ward was
 * over crowded" → "overcrowded", "the court up held the verdict" → "upheld". English writes these
 * verbs closed; copy typed in Indonesian newsrooms splits them. Only SPLIT_PREFIXES before a regular
 * -ed or irregular participle, when the joined word is in the dictionary and the fluency model never
 * saw the pair ("under way", "over time" are seen, and are English). A content word after the pair
 * keeps it silent: there "over" is a preposition before an adjective ("a dispute over paid leave",
 * "picked up used bottles"); only a function word, an adverb or no word may follow.
 */
function splitParticiple(doc: AnalysedDocument, i: number, pairSeen: (a: string, b: string) => boolean): FindingDraft | undefined {
  const t = doc.tokens[i]!;
  if (!SPLIT_PREFIXES.has(t.text)) return undefined;
  const p = doc.tokens[i + 1];
  if (!p || p.type !== 'word' || p.sentence !== t.sentence || doc.text.slice(t.end, p.start) !== ' ') return undefined;
  if (!ED.test(p.text) && !irregularParticiple(p.text)) return undefined;
  const after = doc.tokens[i + 2];
  if (after && after.sentence === t.sentence && after.type === 'word' && !PAIR_FOLLOWERS.has(after.pos)) return undefined;
  if (doc.text[p.end] === '-' || doc.text[t.start - 1] === '-') return undefined;
  const joined = `${t.text}${p.text}`;
  if (!hasExactly(joined) || pairSeen(t.text, p.text)) return undefined;
  return { start: t.start, end: p.end, message: `"${t.text} ${p.text}" is one word in English: "${joined}".`, suggestions: [joined], confidence: 0.7, fixable: true };
}

export function writtenForms(doc: AnalysedDocument, pairSeen: (a: string, b: string) => boolean = () => true): FindingDraft[] {
  const out: FindingDraft[] = [];
  const { tokens } = doc;
  for (const t of tokens) {
    if (t.text.length < 7 || (t.text.charCodeAt(0) | 32) !== 100) continue;
    const drought = draughtForDrought(doc, t);
    if (drought) out.push(drought);
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text.length <= 10 && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90) {
      const typo = monthTypo(doc, i) ?? capitalisedTimeNoun(doc, i);
      if (typo) {
        out.push(typo);
        continue;
      }
    }
    if (t.text === 'i') {
      // A lower-case "i" between words, before a verb: the pronoun ("i also remind", "i think").
      const prev = tokens[i - 1];
      const next = tokens[i + 1]!;
      const verb = next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX'));
      if (!t.spaceBefore || !next.spaceBefore || !prev || prev.sentence !== t.sentence || next.sentence !== t.sentence || next.type !== 'word' || !verb) continue;
      if (prev.text === '(' || doc.text[t.end] !== ' ') continue;
      // "vitamins B and i are listed": a letter; the pronoun never takes "is", "are", "has", "does".
      if (NOT_AFTER_I.has(next.lower)) continue;
      out.push({ start: t.start, end: t.end, message: 'The pronoun "I" is always written as a capital.', suggestions: ['I'], confidence: 0.8, fixable: true });
      continue;
    }
    if (t.text.length <= 5 && SPLIT_PREFIXES.has(t.text)) {
      const split = splitParticiple(doc, i, pairSeen);
      if (split) {
        out.push(split);
        continue;
      }
    }
    if (t.lower !== 'can') continue;
    const not = tokens[i + 1]!;
    const after = tokens[i + 2];
    if (not.lower !== 'not' || not.text === 'NOT' || !not.spaceBefore || not.sentence !== t.sentence || doc.text.slice(t.end, not.start) !== ' ') continue;
    // "can not only … but also": "not" belongs to "only".
    if (after && after.sentence === t.sentence && (after.lower === 'only' || after.lower === 'just' || after.lower === 'merely')) continue;
    const fix = t.text === 'Can' ? 'Cannot' : 'cannot';
    out.push({
      start: t.start,
      end: not.end,
      message: `"${t.text} not" is written as one word in English news: "${fix}".`,
      suggestions: [fix],
      confidence: 0.65,
      fixable: true,
    });
  }
  return out;
}
