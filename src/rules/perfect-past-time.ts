/**
 * Part of verb-form: the present perfect with a finished past time: "the analyst has said on
 * Wednesday", "police have arrested two men yesterday", "he has been questioned last week".
 * Indonesian "telah"/"sudah" marks a finished action, and translation renders it "has"/"have" even
 * when the sentence names the time; English then needs the simple past ("said", "was questioned").
 *
 * Precision first: the time must be finished for certain. "yesterday", "last week", "two days ago"
 * may follow a short object ("have arrested two men yesterday"); a weekday or a date ("on Monday",
 * "on 3 May") may be a future day ("has called a meeting on Monday"), so it counts only right
 * after the participle ("has said on Wednesday"). "would have said", "to have left" and "having
 * met" are left alone: there the perfect is part of another form.
 *
 * Its mirror, pastWithSince (verb-form check 14): a simple past with "since" + a year, which
 * English puts in the present perfect ("exceeded demand since 2020" → "has exceeded").
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { simplePast, verbForms } from '../lexicons/verb-forms.js';
import type { FindingDraft } from './types.js';
import { MODALS } from './verb-words.js';
import { MONTHS, WEEKDAYS } from '../lexicons/calendar.js';

/** After "last": a finished period ("last week", "last Monday"). */
const LAST_PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'season', 'term', 'quarter', 'semester', ...WEEKDAYS, ...MONTHS]);
/** Units before "ago": "two days ago". */
const AGO_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;
/** Adverbs that may stand between "has" and its participle. */
const BETWEEN = new Set(['also', 'already', 'just', 'reportedly', 'allegedly', 'previously', 'earlier', 'officially', 'finally', 'recently']);
/** Words that end the verb's own phrase: a new clause or a complement whose time is not the verb's. */
const STOP_POS = new Set(['VERB', 'AUX', 'SCONJ', 'CCONJ', 'PUNCT']);
const STOP_WORDS = new Set(['within', 'over', 'during', 'throughout', 'that', 'which', 'who', 'whom', 'whose', 'since', 'for', 'until', 'till', 'when', 'before', 'after', 'while', 'by', 'to']);
/** "has got a meeting yesterday" is possession; "has had" and "has been" + adjective are left too. */
const NOT_PARTICIPLE = new Set(['got', 'gotten', 'had']);

/** The finished time starting at token k, as [first, last] token indices, or undefined. */
function finishedTime(tokens: readonly Token[], k: number, sentence: number, rightAfter: boolean): [number, number] | undefined {
  const t = tokens[k];
  if (!t || t.sentence !== sentence) return undefined;
  const next = tokens[k + 1];
  const same = next !== undefined && next.sentence === sentence;
  if (t.lower === 'yesterday') return [k, k];
  // "last week" is finished; "the last week", "this last year" run up to now.
  const before = tokens[k - 1];
  if (t.lower === 'last' && same && LAST_PERIODS.has(next.lower) && !(before && (before.pos === 'DET' || before.lower === 'past'))) return [k, k + 1];
  // "two days ago", "a week ago".
  if (same && AGO_UNITS.test(t.lower) && next.lower === 'ago' && k > 0) return [k - 1, k + 1];
  if (!rightAfter || t.lower !== 'on' || !same) return undefined;
  // "on Wednesday", "on May 3", "on 3 May".
  if (WEEKDAYS.has(next.lower) && next.text !== next.lower) return [k, k + 1];
  const after = tokens[k + 2];
  if (MONTHS.has(next.lower) && next.text !== next.lower && after?.sentence === sentence && /^\d{1,2}$/.test(after.text)) return [k, k + 2];
  if (/^\d{1,2}$/.test(next.text) && after?.sentence === sentence && MONTHS.has(after.lower) && after.text !== after.lower) return [k, k + 2];
  return undefined;
}

/** The participle's token when `i` is a perfect "has"/"have" (with "been" for a passive). */
function participleAfter(tokens: readonly Token[], i: number): { been?: Token; verb: Token; at: number } | undefined {
  const a = tokens[i]!;
  let j = i + 1;
  if (tokens[j] && BETWEEN.has(tokens[j]!.lower)) j++;
  let been: Token | undefined;
  if (tokens[j]?.lower === 'been') {
    been = tokens[j];
    j++;
  }
  const v = tokens[j];
  if (!v || v.sentence !== a.sentence || v.type !== 'word' || v.text !== v.lower || v.pos !== 'VERB') return undefined;
  if (NOT_PARTICIPLE.has(v.lower)) return undefined;
  const irregular = verbForms().byBase.get(v.lemma);
  const participle = irregular ? irregular.participle.includes(v.lower) : /[a-z]{2}ed$/.test(v.lower) && v.lemma !== v.lower;
  if (!participle) return undefined;
  return { been, verb: v, at: j };
}

/** "has said on Wednesday" → "said"; "have been detained yesterday" → "were detained". */
export function perfectWithPastTime(doc: AnalysedDocument, i: number): FindingDraft | undefined {
  const { tokens } = doc;
  const a = tokens[i]!;
  const lower = a.lower;
  if ((lower !== 'has' && lower !== 'have') || a.pos !== 'AUX') return undefined;
  const prev = tokens[i - 1];
  // "would have said", "to have left", "may have been hurt yesterday": not a present perfect.
  if (prev && prev.sentence === a.sentence && (MODALS.has(prev.lower) || prev.lower === 'to' || prev.lower === "n't" || prev.lower === 'not')) return undefined;
  const p = participleAfter(tokens, i);
  if (!p) return undefined;
  let time: [number, number] | undefined;
  for (let k = p.at + 1; k <= p.at + 5 && !time; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== a.sentence) break;
    time = finishedTime(tokens, k, a.sentence, k === p.at + 1);
    if (time) break;
    // Only a short object may come between: no new clause, no second verb, no other time phrase.
    if (STOP_POS.has(t.pos) || STOP_WORDS.has(t.lower) || t.lower === 'ago') break;
  }
  if (!time) return undefined;
  const been = p.been;
  const past = been ? (lower === 'has' || prev?.lower === 'i' ? 'was' : 'were') : simplePast(p.verb.lemma);
  if (!past) return undefined;
  // "has also said" → "also said": an adverb between is kept, before the past form.
  const adverb = tokens[i + 1] !== been && tokens[i + 1] !== p.verb ? `${tokens[i + 1]!.text} ` : '';
  const fix = `${adverb}${past}${been ? ` ${p.verb.text}` : ''}`;
  const span = doc.text.slice(a.start, p.verb.end);
  const timeText = doc.text.slice(tokens[time[0]]!.start, tokens[time[1]]!.end);
  return {
    start: a.start,
    end: p.verb.end,
    message: `"${timeText}" names a finished time, so English uses the simple past: "${fix}", not "${span}".`,
    suggestions: [fix],
    confidence: 0.75,
    note: 'Indonesian "telah"/"sudah" marks a finished action and is rendered "has"; English does not use the present perfect with a finished time such as "yesterday" or "on Wednesday".',
    fixable: true,
  };
}

/** A year: "since 2020". */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Words that make "since" count from a point to a unique or record event: "the first since 2010", "the highest since 2008". */
const RECORD_WORDS = new Set(['first', 'last', 'ever', 'only', 'most', 'least', 'time', 'times', 'record', 'ago']);
/** Words that open another clause: the verb before them is not the one "since" belongs to. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'after', 'before', 'if', 'although', 'though', 'as', 'until', 'and', 'but', 'or', 'than']);
/** Auxiliaries that leave the verb in another tense: a perfect, a modal, a present. */
const OTHER_TENSE = new Set(['has', 'have', 'had', "'ve", '\u2019ve', 'been', 'be', 'being', 'having', 'is', 'are', 'am', 'do', 'does', 'did', 'to', ...MODALS]);

/** The time after "since" at `i`, as the index of its last token: a year, or a month and a year ("since August 2022"). */
function sinceYear(tokens: readonly Token[], i: number): number | undefined {
  const n1 = tokens[i + 1];
  const since = tokens[i]!;
  if (!n1 || n1.sentence !== since.sentence) return undefined;
  if (YEAR.test(n1.text)) return i + 1;
  const n2 = tokens[i + 2];
  if (MONTHS.has(n1.lower) && n1.text !== n1.lower && n2 && n2.sentence === since.sentence && YEAR.test(n2.text)) return i + 2;
  return undefined;
}

/**
 * 14. A simple past, active or passive, with "since" + a year: "exceeded demand since 2020" → "has
 * exceeded", "the link which was cut off since August 2022" → "has been cut off". Indonesian
 * "sejak 2020" needs no change of verb form, so the translation keeps the past; English counts up
 * to now with the present perfect. `i` is "since". The time must end the clause (no verb after it:
 * "goods imported since 2020 were taxed"), and the verb must be the clause's only one, at most
 * eight words back, with no record word between ("the biggest rise since 2008", "the first time
 * since 2010"), no perfect, modal or present auxiliary, and a subject before it (not a participle
 * after a comma or a noun after "the").
 */
export function pastWithSince(doc: AnalysedDocument, i: number): FindingDraft | undefined {
  const { tokens } = doc;
  const since = tokens[i]!;
  const last = sinceYear(tokens, i);
  if (last === undefined) return undefined;
  const after = tokens[last + 1];
  if (after && after.sentence === since.sentence && after.pos !== 'PUNCT' && after.pos !== 'CCONJ') return undefined;
  const s = doc.sentences[since.sentence]!;
  let verb: Token | undefined;
  let be: Token | undefined;
  for (let k = i - 1; k >= s.tokenStart && k >= i - 8; k--) {
    const t = tokens[k]!;
    if (RECORD_WORDS.has(t.lower) || /^[a-z]{2,}est$/.test(t.lower)) return undefined;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || CLAUSE_WORDS.has(t.lower)) break;
    if (OTHER_TENSE.has(t.lower)) return undefined;
    if (t.lower === 'was' || t.lower === 'were') {
      // "was cut off since": the passive's auxiliary, right before its participle (an adverb may stand between).
      if (!verb || be) return undefined;
      be = t;
      continue;
    }
    if (t.pos === 'AUX') return undefined;
    if (t.pos === 'VERB') {
      if (verb || be) return undefined;
      verb = t;
    }
  }
  if (!verb || verb.text !== verb.lower) return undefined;
  const first = be ?? verb;
  const prev = tokens[first.i - 1];
  // A subject before the verb: a pronoun, a noun, a name, an adverb or a relative pronoun.
  if (!prev || prev.sentence !== since.sentence || prev.lower === 'that' || !(prev.pos === 'PRON' || prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADV' || prev.lower === 'which' || prev.lower === 'who')) return undefined;
  const irregular = verbForms().byBase.get(verb.lemma);
  let fix: string;
  if (be) {
    const participle = irregular ? irregular.participle.includes(verb.lower) : /[a-z]{2}ed$/.test(verb.lower) && verb.lemma !== verb.lower;
    if (!participle) return undefined;
    fix = `${be.lower === 'was' ? 'has' : 'have'} been`;
  } else {
    // After a noun an -ed form with nothing before "since", or with "by", may be a reduced relative:
    // "eBooks posted since November 2003", "the homes built by the agency since 2019".
    const nxt = tokens[verb.i + 1]!;
    if (nxt.lower === 'by' || (nxt.i === i && prev.pos !== 'PRON')) return undefined;
    const past = simplePast(verb.lemma);
    // A past that is also the base ("cut", "put", "set") may be an infinitive: "to pay off the debt and almost cut the tax since 1921".
    if (!past || past !== verb.lower || past === verb.lemma) return undefined;
    const participle = irregular ? irregular.participle[0] : verb.lower;
    if (!participle) return undefined;
    const plural = prev.lower === 'they' || prev.lower === 'we' || prev.lower === 'i' || prev.lower === 'you' || (prev.pos === 'NOUN' && prev.lower !== prev.lemma);
    fix = `${plural ? 'have' : 'has'} ${participle}`;
  }
  const span = be ?? verb;
  const timeText = doc.text.slice(since.start, tokens[last]!.end);
  return {
    start: span.start,
    end: span.end,
    message: `"${timeText}" counts up to now, so English uses the present perfect: "${fix}", not "${span.text}".`,
    suggestions: [fix],
    confidence: 0.6,
    note: 'Indonesian "sejak" needs no change of verb form, so the translation keeps the simple past; English uses "has/have" + participle with "since" + a point in time.',
    fixable: true,
  };
}
