/**
 * verb-form: verb forms Indonesian-English gets wrong because Indonesian verbs do not inflect for
 * tense ("dia akan memerintahkan", "sudah terjadi"):
 *
 * 1. a modal before a past form: "he would ordered" → "would order";
 * 2. infinitive "to" before a past form: "something to watched out for" → "to watch";
 * 3. "did"/"does"/"do" + not, or a question opened by "Did …", before a past form: "did not went" →
 *    "did not go";
 * 4. the passive of a verb that takes no object: "the accident was happened" → "happened", "had
 *    been flourished" → "had flourished", "will be occurred" → "will occur";
 * 6. a modal before an -s or -ing form: "must gives" → "must give", "can helping" → "can help";
 * 7. have/has/had before a simple past or a bare verb: "has took" → "has taken", "has arrest";
 * 8. a passive with a bare verb: "was arrest by police", "has been evacuate";
 * 9. a relative clause without "is"/"was": "the unit that led by", "the office which located in";
 * 10. a present reporting verb in an article told in the past ("BNPB asks the public"): a hint, info;
 * 11. the present perfect with a finished time: "has said on Wednesday" → "said" (perfect-past-time.ts);
 * 12. a passive followed by an object, of a verb whose passive never takes one (a list derived from
 *     corpus statistics, data/lexicons/passive-no-object.json): "were arrested the suspect";
 * 13. a participle without its auxiliary after a pronoun or a conjunction + name: "he taken to
 *     hospital", "after Widodo sworn in as president" → "was taken", "was sworn in" (missing-auxiliary.ts);
 * 14. a simple past with "since" + a year: "exceeded demand since 2020" → "has exceeded", "which was
 *     cut off since 2022" → "has been cut off" (perfect-past-time.ts);
 * 15. a headline in the past tense with an object: "Police Deployed Thousands for …" → "Deploy";
 * 16. a dateline lead's verb in the present: "JAKARTA - The ministry provides several
 *     recommendations …" → "provided" (lead-tense.ts);
 * 17. a condition in the simple past before a main clause with "will": "if we failed to arrange the
 *     meeting, we will …" → "fail" (a hint, info);
 * 5. "is"/"are"/"was"/"were" directly before a bare verb that is not also a noun or adjective:
 *    "the policy is support farmers" (reported without a fix: "supports", "is supporting" and "is
 *    to support" are all possible).
 *
 * Past forms are regular -ed verbs (wink-nlp's lemma gives the base) and the irregular forms of
 * data/lexicons/grammar-words.json (irregular-past); the verbs without a passive are
 * data/lexicons/intransitive-verbs.json (derived from corpus statistics by
 * scripts/derive-intransitive-verbs.ts) plus grammar-words' intransitive-verbs list. Title-case
 * headlines are skipped.
 */
import { firstLineIsHeadline } from '../analysis/deck.js';
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { grammarList } from '../lexicons/grammar-words.js';
import { titleCase } from '../lexicons/indonesian.js';
import { tagLogProb } from '../lm/features.js';
import { model } from '../lm/load.js';
import { articleReading } from '../lm/article-reading.js';
import type { FindingDraft, Rule } from './types.js';
import { loadLexicon } from '../lexicons/load.js';
import { pastParticiple, simplePast, thirdPerson, verbForms } from '../lexicons/verb-forms.js';
import { missingAuxiliary, participleOnlyForms } from './missing-auxiliary.js';
import { pastWithSince, perfectWithPastTime } from './perfect-past-time.js';
import { presentLead } from './lead-tense.js';
import { baseOfThirdPerson, isBareVerb, matchCase, mostlyVerb, tagShares } from './verb-words.js';
import { DASHES } from './text-scan.js';
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from '../lexicons/calendar.js';

const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);
/** Words that may stand between the auxiliary and the verb. */
const BETWEEN = new Set(['not', "n't", 'also', 'still', 'then', 'immediately', 'soon', 'only', 'never', 'already', 'further', 'later', 'just', 'even', 'again']);
/** Base forms that end in -ed ("proceed", "shed"): never a past form. */
const ED_BASE = /(?:eed|^shed|^wed|^embed|^bed|^shred|^bred|^led|^fled|^sped)$/;
/** Modals read in a title-case headline; "May", "Will" and "Can" are also a month, a name and a noun there. */
const HEADLINE_MODALS = new Set(['must', 'should', 'would', 'could', 'shall', 'might']);
/** Words after which "that"/"which" opens a relative clause on the noun before it. */
const RELATIVES = new Set(['that', 'which', 'who']);
/** Question words: after them a modal comes before its subject. */
const WH = new Set(['how', 'why', 'what', 'where', 'when', 'who', 'which', 'whom', 'whose']);
/**
 * Verbs whose "V by" is intransitive or a phrasal verb ("stood by", "won by two goals", "rose by
 * 5 percent", "stopped by"): a relative clause "that V-ed by" is then complete.
 */
const BY_INTRANSITIVE = new Set(
  'stand stop drop come go pass sit live abide swing get walk run fly win lose rise fall increase decrease grow drop decline climb jump gain shrink slip surge plunge soar ease edge dip tumble slide trail finish end begin start open close pass move travel swear'.split(' '),
);
/** Adverbs between "is" and a bare verb ("are still investigate"): they mark the progressive meant. */
const ASPECT_ADVERBS = new Set(['still', 'currently', 'now', 'also', 'already']);
/** Simple pasts of "be" and "do": after "had" they start a new clause ("what he had was …"). */
const BE_DO_PAST = new Set(['was', 'were', 'did']);
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
const HAVE = new Set(['has', 'have', 'had']);

/**
 * Verbs whose "to" is a preposition and never opens an infinitive ("referred to", "listened to",
 * "objected to"): after them a stranded "to" ends a reduced relative clause ("the concept referred to
 * refers to …", "the tapes listened to contains …"), and the -s verb that follows is the clause's own.
 */
const PREPOSITIONAL_TO = new Set([
  'refer', 'allude', 'listen', 'attend', 'object', 'respond', 'point', 'subscribe', 'relate', 'talk', 'speak', 'belong',
  'adhere', 'cater', 'contribute', 'react', 'reply', 'pertain', 'conform', 'succumb', 'testify', 'resort', 'add',
  'lead',
]);
/** Verbs of the "verb + bare noun + to" idioms: fall prey/victim to, play host to, lay claim/siege to, pay tribute to, give rise/way to, bear witness to. */
const NOUN_IDIOM_VERBS = new Set(['fall', 'play', 'lay', 'pay', 'give', 'bear']);
/**
 * Every word at which run()'s token loop can report something (a modal, "to", "do", a form of
 * "have" or "be", a relative pronoun): any other word is skipped after one Set lookup, instead of
 * going through the loop's dozen tests (in CPU profiles those tests on every token were most of
 * the rule's own time).
 */
const LOOP_TRIGGERS = new Set<string>([...MODALS, 'to', 'did', 'does', 'do', 'having', ...HAVE, ...BE, ...RELATIVES]);
/** Verbs whose past participle is their base form: "is set", "was put", "are cut". */
const SAME_PARTICIPLE = new Set(
  // knit, fit, wed, sweat and spit keep a participle equal to the base beside the -ed one ("has knit a scarf").
  'set put cut hit let shut spread cost hurt read quit bet cast broadcast forecast upset burst split thrust shed bid rid come become run overcome beat knit fit wed sweat spit'.split(' '),
);

/** Verbs of state: "is consisted of" means the present "consists of", not the perfect "has consisted of". */
const STATIVE = new Set(['consist', 'belong', 'exist', 'remain', 'differ', 'seem', 'reside', 'originate', 'appear', 'participate', 'function', 'prevail']);

let intransitiveMemo: { hand: ReadonlySet<string>; derived: unknown; all: Set<string> } | undefined;

/** The derived list (data/lexicons/intransitive-verbs.json) and the hand list of grammar-words, merged once. */
function intransitiveForms(): ReadonlySet<string> {
  const hand = grammarList('intransitive-verbs');
  const derived = loadLexicon<{ form: string }>('intransitive-verbs');
  if (intransitiveMemo?.hand === hand && intransitiveMemo.derived === derived) return intransitiveMemo.all;
  const all = new Set(hand);
  for (const e of derived.entries) all.add(e.form);
  intransitiveMemo = { hand, derived, all };
  return all;
}

/** Prepositions and particles a prepositional verb's passive leaves behind ("waited for", "sat up"). */
const PARTICLES = new Set(['in', 'on', 'at', 'for', 'to', 'with', 'about', 'upon', 'up', 'out', 'off', 'down', 'over', 'after', 'into', 'from', 'through', 'along', 'around', 'against']);

/**
 * "was waited for", "was objected to", "was listened to by": a preposition left at the end makes a
 * prepositional verb's passive, which is good English.
 */
function strandedPreposition(tokens: readonly Token[], j: number): boolean {
  const p = tokens[j + 1];
  if (!p || p.sentence !== tokens[j]!.sentence || !PARTICLES.has(p.lower)) return false;
  const q = tokens[j + 2];
  if (!q || q.sentence !== p.sentence) return true;
  return q.lower === 'by' || q.pos === 'PUNCT' || q.pos === 'ADP' || q.pos === 'ADV' || q.pos === 'CCONJ' || q.pos === 'SCONJ' || q.pos === 'AUX' || q.pos === 'VERB' || TIME_AFTER.has(q.lower);
}

/** Time words that may follow a stranded preposition: "the counters that were complained about yesterday". */
const TIME_AFTER = new Set(['yesterday', 'today', 'tonight', 'earlier', 'recently', 'last', 'this', 'every', 'again', 'now', 'then', 'often', 'since']);

/** Object words after a passive: "were arrested the suspect". */
const OBJECT_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'these', 'those']);
/**
 * Nouns and degree words that make "was arrested the next day", "was built the hard way" an adverbial
 * phrase, not an object (the derivation skips the same phrases when it counts).
 */
const ADVERBIAL_NP = new Set(
  'day days week weeks month months year years morning afternoon evening night weekend next following same previous last first second third moment instant time times hour hours minute minutes season summer winter spring autumn fall decade century while few couple most least best worst only other way lot bit little deal whole hard right wrong monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
/** Words that open a clause before the subject: "When the bridge was completed the town grew" only lacks a comma. */
const SUBORDINATORS = new Set(['once', 'when', 'after', 'before', 'until', 'if', 'since', 'as', 'because', 'while', 'where', 'unless', 'though', 'although', 'whether', 'whenever', 'till']);
/** Verbs verb-form-phrase's passive-with-object already reads. */
const PHRASE_PASSIVES = new Set(['attended', 'visited', 'inaugurated', 'conveyed', 'explained', 'emphasized', 'emphasised', 'chaired', 'witnessed']);

let passiveMemo: { source: unknown; forms: Set<string> } | undefined;

/** data/lexicons/passive-no-object.json: passives the corpora never show with an object. */
function passiveNoObject(): ReadonlySet<string> {
  const lex = loadLexicon<{ form: string }>('passive-no-object');
  if (passiveMemo?.source === lex) return passiveMemo.forms;
  passiveMemo = { source: lex, forms: new Set(lex.entries.map((e) => e.form)) };
  return passiveMemo.forms;
}

/**
 * "The police were arrested the suspect", "the agency is already prepared the aid": a passive of a
 * verb whose passive never takes an object, followed by an object all the same. Indonesian
 * "menangkap" (active) and "ditangkap" (passive) differ by a prefix the translation misread.
 */
function passiveWithObject(doc: AnalysedDocument, i: number, forms: ReadonlySet<string>): FindingDraft | undefined {
  const { tokens } = doc;
  const a = tokens[i]!;
  const j = verbAfter(tokens, i);
  const v = tokens[j];
  const n = tokens[j + 1];
  if (!v || !n || n.sentence !== a.sentence || v.sentence !== a.sentence || v.text !== v.lower || v.pos !== 'VERB') return undefined;
  if (!forms.has(v.lower) || PHRASE_PASSIVES.has(v.lower) || !OBJECT_WORDS.has(n.lower)) return undefined;
  const n2 = tokens[j + 2];
  const n3 = tokens[j + 3];
  if (!n2 || n2.sentence !== a.sentence || !(n2.pos === 'NOUN' || n2.pos === 'PROPN' || n2.pos === 'ADJ' || n2.pos === 'NUM')) return undefined;
  for (const t of [n2, n3]) if (t && t.sentence === a.sentence && (ADVERBIAL_NP.has(t.lower) || /[a-z]est$/.test(t.lower))) return undefined;
  // "It was reported the …", "there were …": no subject that could act.
  const subj = tokens[i - 1];
  if (!subj || subj.sentence !== a.sentence || subj.lower === 'it' || subj.lower === 'there' || subj.lower === 'what' || subj.pos === 'PUNCT') return undefined;
  const s = doc.sentences[a.sentence]!;
  for (let k = Math.max(s.tokenStart, i - 8); k < i; k++) if (SUBORDINATORS.has(tokens[k]!.lower) || tokens[k]!.lower === 'the' && tokens[k + 1]?.lower === 'more') return undefined;
  // "From this belief is derived the orientation …": a fronted phrase puts the subject after the verb.
  const first = tokens[s.tokenStart]!;
  if (first.pos === 'ADP' || first.pos === 'ADV') {
    let verbBefore = false;
    for (let k = s.tokenStart + 1; k < i; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') verbBefore = true;
    if (!verbBefore) return undefined;
  }
  const between = j > i + 1 ? `${tokens[i + 1]!.text} ` : '';
  const past = a.lower === 'was' || a.lower === 'were';
  const fix = past ? `${between}${v.text}` : `${a.lower === 'is' ? 'has' : 'have'} ${between}${v.text}`;
  return {
    start: a.start,
    end: v.end,
    message: `"${doc.text.slice(a.start, v.end)}" is passive, yet an object follows ("${n.text} ${n2.text}"): the active "${fix}" is meant.`,
    suggestions: [fix],
    confidence: 0.7,
    fixable: true,
    note: 'Indonesian active and passive verbs differ only by a prefix (menangkap, ditangkap); the translation kept "was" before an active verb with its object.',
  };
}

/** Words that make "X is wait" a pseudo-cleft ("All we can do is wait", "What they need is rest"). */
const CLEFT_WORDS = new Set(['do', 'does', 'did', 'done', 'what', 'all', 'thing', 'only']);

/**
 * "The accident was happen yesterday", "many problems are exist", "the team is consist of": "be"
 * before the bare form of a verb that has no passive (its participle is in the derived list), which
 * Brown reads as a verb and seldom as a noun or adjective ("the key is sleep", "are peer reviewed"
 * stay silent).
 */
function beBareIntransitive(doc: AnalysedDocument, i: number, intransitive: ReadonlySet<string>): FindingDraft | undefined {
  const { tokens } = doc;
  const a = tokens[i]!;
  const j = verbAfter(tokens, i);
  const v = tokens[j];
  if (!v || v.sentence !== a.sentence || v.type !== 'word' || v.text !== v.lower || /(?:ed|ing|s)$/.test(v.lower)) return undefined;
  const next = tokens[j + 1];
  if (next && next.sentence === a.sentence && next.text === '-' && !next.spaceBefore) return undefined;
  const participle = pastParticiple(v.lower);
  if (!participle || participle === v.lower || !intransitive.has(participle)) return undefined;
  const shares = tagShares(v.lower);
  if (shares.verb < 0.6 || shares.noun >= 0.3 || shares.adj >= 0.1) return undefined;
  // Pseudo-clefts: "All we can do is wait", "What they did was wait".
  const s = doc.sentences[a.sentence]!;
  for (let k = s.tokenStart; k < i; k++) if (CLEFT_WORDS.has(tokens[k]!.lower)) return undefined;
  const between = j > i + 1 ? `${tokens[i + 1]!.text} ` : '';
  let fix: string;
  if (a.lower === 'was' || a.lower === 'were') fix = `${between}${simplePast(v.lower) ?? participle}`;
  else if (STATIVE.has(v.lower)) fix = `${between}${a.lower === 'is' ? thirdPerson(v.lower) : v.lower}`;
  else fix = `${a.lower === 'is' ? 'has' : 'have'} ${between}${participle}`;
  return {
    start: a.start,
    end: v.end,
    message: `"${v.text}" takes no object and has no passive; "${doc.text.slice(a.start, v.end)}" needs the verb alone: "${fix}".`,
    suggestions: [fix],
    confidence: 0.8,
    fixable: true,
    note: 'Indonesian "terjadi", "ada" and "terdiri" come out with "is"/"was" in front, as if English needed an auxiliary.',
  };
}

/** Built once per loaded list (not per document): keyed by the list the lexicon loader returned. */
let irregularMemo: { list: ReadonlySet<string>; bases: Map<string, string> } | undefined;

function irregularBases(): Map<string, string> {
  const list = grammarList('irregular-past');
  if (irregularMemo?.list === list) return irregularMemo.bases;
  const m = new Map<string, string>();
  for (const item of list) {
    const [past, base] = item.split(' ');
    if (past && base) m.set(past, base);
  }
  irregularMemo = { list, bases: m };
  return m;
}

/** The base form when the token is a past form (regular -ed, or a listed irregular form). */
function baseOfPast(t: Token, irregular: Map<string, string>): string | undefined {
  if (t.type !== 'word' || t.text !== t.lower) return undefined;
  const irr = irregular.get(t.lower);
  if (irr) return irr;
  if (t.pos !== 'VERB' || !/[a-z]{2,}ed$/.test(t.lower) || ED_BASE.test(t.lower) || t.lemma === t.lower || t.lemma.length < 2) return undefined;
  return t.lemma;
}

/** Subject pronouns of a condition and whether each takes the third person. */
const CONDITION_SUBJECTS = new Map<string, boolean>([['i', false], ['we', false], ['you', false], ['they', false], ['he', true], ['she', true], ['it', true]]);
/** Adverbs that may stand between a subject and its verb in a condition. */
const CONDITION_ADVERBS = new Set(['also', 'still', 'only', 'really', 'ever', 'later', 'then', 'again']);

/**
 * 17. A condition about the future in the simple past, its main clause with "will": "if we failed to
 * arrange the meeting, we will seek alternatives" → "if we fail". A hint (info): a condition may
 * also ask about a past fact ("if he lied, he will be charged"). The "if" clause: a pronoun, "the"
 * + a noun or a name, an optional adverb, then a past form (or "did not" + verb); the main clause,
 * after the first comma within 25 words: a pronoun, "the" + a noun or a name, then "will"/"shall".
 */
function pastCondition(doc: AnalysedDocument, i: number, irregular: Map<string, string>): FindingDraft | undefined {
  const { tokens } = doc;
  const a = tokens[i]!;
  const s = doc.sentences[a.sentence]!;
  if (tokens[i - 1]?.lower === 'as' && tokens[i - 1]!.sentence === a.sentence) return undefined;
  const subjectEnd = (j: number): { end: number; third: boolean } | undefined => {
    const t = tokens[j];
    if (!t || t.sentence !== a.sentence) return undefined;
    const pron = CONDITION_SUBJECTS.get(t.text === 'I' ? 'i' : t.text === t.lower ? t.lower : '');
    if (pron !== undefined) return { end: j, third: pron };
    if (t.lower === 'the' || t.lower === 'this') {
      let k = j + 1;
      while (tokens[k]?.sentence === a.sentence && tokens[k]!.pos === 'ADJ') k++;
      const n = tokens[k];
      if (!n || n.sentence !== a.sentence || n.pos !== 'NOUN' || n.text !== n.lower) return undefined;
      return { end: k, third: n.lemma === n.lower && !/[^s]s$/.test(n.lower) };
    }
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) {
      let k = j;
      while (tokens[k + 1]?.sentence === a.sentence && tokens[k + 1]!.pos === 'PROPN') k++;
      return { end: k, third: true };
    }
    return undefined;
  };
  const subj = subjectEnd(i + 1);
  if (!subj) return undefined;
  let v = subj.end + 1;
  if (CONDITION_ADVERBS.has(tokens[v]?.lower ?? '')) v++;
  const verb = tokens[v];
  if (!verb || verb.sentence !== a.sentence) return undefined;
  let fix: string | undefined;
  if (verb.lower === 'did' && (tokens[v + 1]?.lower === 'not' || tokens[v + 1]?.lower === "n't")) fix = subj.third ? 'does' : 'do';
  else {
    const base = verb.pos === 'VERB' ? baseOfPast(verb, irregular) : undefined;
    if (!base) return undefined;
    fix = subj.third ? thirdPerson(base) : base;
  }
  // The main clause after the first comma.
  let c = v + 1;
  while (c < s.tokenEnd && c < v + 26 && tokens[c]!.text !== ',') {
    if (tokens[c]!.lower === 'if' || tokens[c]!.lower === 'would' || tokens[c]!.lower === 'had') return undefined;
    c++;
  }
  if (c >= s.tokenEnd || tokens[c]!.text !== ',') return undefined;
  let m = c + 1;
  if (tokens[m]?.lower === 'then') m++;
  const main = subjectEnd(m);
  if (!main) return undefined;
  let w = main.end + 1;
  if (CONDITION_ADVERBS.has(tokens[w]?.lower ?? '')) w++;
  const will = tokens[w];
  if (!will || will.sentence !== a.sentence || !(will.lower === 'will' || will.lower === 'shall' || will.lower === "'ll" || will.lower === '\u2019ll')) return undefined;
  return {
    start: verb.start,
    end: verb.end,
    message: `The main clause looks ahead ("${will.text}"), so the condition takes the present: "${fix}", not "${verb.text}".`,
    suggestions: [fix],
    confidence: 0.5,
    severity: 'info',
    note: 'Indonesian verbs carry no tense ("kalau kami gagal …, kami akan …"), so a translation may put the condition in the past.',
  };
}

/** Skips the allowed words between an auxiliary at i and its verb; returns the verb's index. */
function verbAfter(tokens: Token[], i: number): number {
  let j = i + 1;
  if (tokens[j] && BETWEEN.has(tokens[j]!.lower) && tokens[j]!.sentence === tokens[i]!.sentence) j++;
  return j;
}

/** Mostly a verb in Brown: neither a common noun nor an adjective ("support" is; "plan", "open" are not). */
function onlyVerb(t: Token): boolean {
  const m = model();
  const id = m.wordIndex.get(t.lower);
  if (id === undefined) return false;
  const p = (tag: string): number => {
    const tagId = m.posIndex.get(tag);
    return tagId === undefined ? 0 : 10 ** tagLogProb(m, id, tagId);
  };
  return p('VERB') >= 0.9 && p('NOUN') < 0.05 && p('ADJ') < 0.05;
}

type Push = (d: FindingDraft, t: Token) => void;

/**
 * A modal before an -s or -ing form: "must gives" → "must give", "will continuing" → "will
 * continue". The -s check also reads title-case headlines ("Ministry Must Gives Examples"), where
 * the tagger is unreliable, from Brown's tag probabilities.
 */
function modalOtherForm(doc: AnalysedDocument, a: Token, v: Token, push: Push, out: FindingDraft[]): void {
  if (v.type !== 'word' || v.lower === 'needs') return;
  // A question ("How can judges …", "Could supplying arms …") puts the subject after the modal;
  // a comparison ("as well as he could employing …") leaves the verb out.
  const s = doc.sentences[a.sentence]!;
  const prev = doc.tokens[a.i - 1];
  if (a.i === s.tokenStart || !prev || prev.sentence !== a.sentence || WH.has(prev.lower) || prev.pos === 'PUNCT') return;
  for (let k = Math.max(s.tokenStart, a.i - 3); k < a.i; k++) if (doc.tokens[k]!.lower === 'as' || doc.tokens[k]!.lower === 'than') return;
  if (a.pos === 'AUX' && v.text === v.lower && v.pos === 'VERB' && /[a-z]{2}ing$/.test(v.lower) && v.lemma !== v.lower && v.lemma !== 'be') {
    push(
      {
        start: v.start,
        end: v.end,
        message: `After the modal "${a.text}" English needs the base form: "${v.lemma}" (or "be ${v.text}"), not "${v.text}".`,
        suggestions: [v.lemma, `be ${v.text}`],
        confidence: 0.8,
        note: 'Indonesian "akan" + verb carries no aspect, so the translation may keep an -ing form after "will".',
        fixable: true,
      },
      v,
    );
    return;
  }
  const headline = a.text !== a.lower;
  // In a headline both words are capitalised; in a sentence both are lower case.
  if (headline !== (v.text !== v.lower)) return;
  const base = baseOfThirdPerson(v);
  if (!base || base === 'be' || base === 'have' || base === 'do') return;
  const fix = matchCase(base, v.text);
  const draft: FindingDraft = {
    start: v.start,
    end: v.end,
    message: `After the modal "${a.text}" English needs the base form: "${fix}", not "${v.text}".`,
    suggestions: [fix],
    confidence: headline ? 0.7 : 0.8,
    note: 'Indonesian "harus memberi" has no agreement to drop; the translation adds the -s of "he gives" after the modal.',
    fixable: true,
  };
  if (headline) out.push(draft);
  else push(draft, v);
}

/**
 * Infinitive "to" before an -s form: "is expected to continues" → "to continue". Only after a verb
 * or adjective that takes the infinitive, and only for a word Brown reads as a verb at least 80 % of
 * the time and as a noun under 10 % ("continues", "builds"; not "cuts" or "calls", which are nouns as
 * often: "responded to cuts"); a word Brown lacks is left alone ("connected to bribes").
 */
function toThirdPerson(tokens: readonly Token[], a: Token, v: Token, push: Push): void {
  const prev = tokens[a.i - 1];
  if (!prev || prev.sentence !== a.sentence || (prev.pos !== 'VERB' && prev.pos !== 'ADJ' && prev.pos !== 'AUX')) return;
  // "the tasks I have alluded to requires …": a relative clause ending on a stranded "to".
  if (HAVE.has(tokens[prev.i - 1]?.lower ?? '') && tokens[prev.i - 2]?.pos === 'PRON') return;
  // "the concept referred to refers to …": a verb whose "to" is a preposition takes no infinitive.
  if (PREPOSITIONAL_TO.has(prev.lemma)) return;
  // "fall prey to offers", "play host to talks", "give rise to": a verb + bare noun idiom whose "to"
  // is a preposition (the tagger may read the noun, "prey", as a verb).
  const before = tokens[prev.i - 1];
  if (before && before.sentence === a.sentence && NOUN_IDIOM_VERBS.has(before.lemma) && !/(?:s|ed|ing)$/.test(prev.lower)) return;
  const base = baseOfThirdPerson(v);
  if (!base || v.text !== v.lower || base === 'be' || base === 'have' || base === 'do') return;
  const shares = tagShares(v.lower);
  if (!shares.known || shares.verb < 0.8 || shares.noun >= 0.1) return;
  push(
    {
      start: v.start,
      end: v.end,
      message: `After infinitive "to" English needs the base form: "${base}", not "${v.text}".`,
      suggestions: [base],
      confidence: 0.8,
      note: 'Indonesian verbs do not agree with their subject, so the translation may carry the -s of the finite verb ("it continues") into the infinitive.',
      fixable: true,
    },
    v,
  );
}

/** Nouns "have" takes before a clause without "that": "I have hope the economy recovers". */
const CLAUSE_NOUNS = new Set(['hope', 'doubt', 'fear', 'proof', 'word', 'notice', 'reason', 'need', 'wish', 'dream', 'feel', 'guess', 'bet', 'trust', 'love']);

/** An object right after the verb at j: a determiner or a number, then a noun that is no time or degree word. */
function objectFollows(tokens: readonly Token[], j: number): boolean {
  const n = tokens[j + 1];
  const n2 = tokens[j + 2];
  if (!n || !n2 || n.sentence !== tokens[j]!.sentence || n2.sentence !== n.sentence) return false;
  if (!(OBJECT_WORDS.has(n.lower) || n.lower === 'all' || n.lower === 'several' || n.pos === 'NUM')) return false;
  if (!(n2.pos === 'NOUN' || n2.pos === 'PROPN' || n2.pos === 'ADJ' || n2.pos === 'NUM')) return false;
  const n3 = tokens[j + 3];
  for (const t of [n2, n3]) if (t && t.sentence === n.sentence && (ADVERBIAL_NP.has(t.lower) || /[a-z]est$/.test(t.lower))) return false;
  return true;
}

/** "has took" → "has taken", "have went" → "have gone", "has arrest" → "has arrested". */
function perfectForm(tokens: readonly Token[], i: number): FindingDraft | undefined {
  const a = tokens[i]!;
  const j = verbAfter(tokens as Token[], i);
  const v = tokens[j];
  if (!v || v.sentence !== a.sentence || v.type !== 'word' || v.text !== v.lower) return undefined;
  const forms = verbForms();
  const next = tokens[j + 1];
  // "has tell-tale shadows", "had hold of": a compound or a noun, not a verb.
  if (next && next.sentence === a.sentence && ((next.text === '-' && !next.spaceBefore) || next.lower === 'of')) return undefined;
  // "what this team had was …": "had" is the main verb and "was" starts the next clause.
  if (BE_DO_PAST.has(v.lower)) return undefined;
  const irr = forms.pastOnly.get(v.lower);
  let fix: string | undefined;
  let why: string;
  if (irr) {
    fix = irr.participle[0];
    why = `"${v.text}" is the simple past of "${irr.base}"; after "${a.text}" English needs the participle "${fix}".`;
  } else {
    // "has arrest": a bare verb that is almost never a noun, right after the auxiliary.
    if (!isBareVerb(v) || SAME_PARTICIPLE.has(v.lower) || forms.bases.has(v.lower) && forms.byBase.get(v.lower)!.participle.includes(v.lower)) return undefined;
    if (v.lower === 'got' || v.lower === 'better') return undefined;
    // A word Brown also reads as a noun ("arrest", "support") counts when an object follows it:
    // "have arrest two suspects" (the object shows the verb; "have lunch the next day" is a time).
    // Words in -ent/-en/-wn may be old participles ("has rent the bond") and stay out.
    if (!mostlyVerb(v.lower) && !(objectFollows(tokens, j) && tagShares(v.lower).verb >= 0.15 && !CLAUSE_NOUNS.has(v.lower) && !/(?:ent|en|wn)$/.test(v.lower))) return undefined;
    // "have to": an obligation, not a perfect; "had better go".
    if (next && next.lower === 'to' && next.sentence === a.sentence) return undefined;
    fix = pastParticiple(v.lower);
    why = `After "${a.text}" English needs the participle "${fix}", not the bare verb "${v.text}".`;
  }
  if (!fix) return undefined;
  return {
    start: v.start,
    end: v.end,
    message: why,
    suggestions: [fix],
    confidence: irr ? 0.85 : 0.75,
    note: 'Indonesian verbs have no participle; "sudah mengambil" comes out with whatever form the translator reached for.',
    fixable: true,
  };
}

/**
 * Verbs that take a to-infinitive in the active but have no passive before one ("he was tried to
 * flee" is no English): after "is"/"was" the writer meant the progressive. Their -ing forms.
 */
const ACTIVE_BEFORE_INFINITIVE = new Map<string, string>([
  ['continue', 'continuing'],
  ['try', 'trying'],
  ['attempt', 'attempting'],
  ['strive', 'striving'],
  ['struggle', 'struggling'],
  ['seek', 'seeking'],
  ['want', 'wanting'],
  ['hope', 'hoping'],
  ['fail', 'failing'],
  ['refuse', 'refusing'],
  ['manage', 'managing'],
  ['begin', 'beginning'],
  ['start', 'starting'],
  ['agree', 'agreeing'],
]);

/** "was arrest by police" → "was arrested", "has been evacuate" → "has been evacuated". */
function passiveBareVerb(tokens: readonly Token[], i: number): FindingDraft | undefined {
  const a = tokens[i]!;
  const j = verbAfter(tokens as Token[], i);
  const v = tokens[j];
  if (!v || v.sentence !== a.sentence || SAME_PARTICIPLE.has(v.lower)) return undefined;
  const forms = verbForms();
  if (forms.byBase.get(v.lower)?.participle.includes(v.lower)) return undefined;
  const next = tokens[j + 1];
  // "it will be carry-out only": the verb is the first part of a hyphenated compound noun.
  if (next !== undefined && !next.spaceBefore && /^[-\u2010\u2011]$/.test(next.text)) return undefined;
  const byAgent = next !== undefined && next.sentence === a.sentence && next.lower === 'by';
  // After "been" a bare verb is never right; after "is"/"was" only an agent shows a passive was
  // meant. The tagger reads "was arrest by" as a noun as often as a verb, so with an agent a word
  // that is a verb at all in Brown will do ("was president by 1960" is not one).
  if (byAgent) {
    const bare = v.type === 'word' && v.text === v.lower && (v.pos === 'VERB' || v.pos === 'NOUN') && !/(?:ing|ed|[^s]s)$/.test(v.lower);
    if (!bare || forms.inflected.has(v.lower) || tagShares(v.lower).verb < 0.15) return undefined;
  } else if (a.lower !== 'been' && a.lower !== 'be' && infinitiveFollows(tokens, j)) {
    // "are not allow to return", "is predict to rise": a passive before an infinitive ("are not
    // allowed to"), for a word Brown almost only reads as a verb, and not in a pseudo-cleft ("all he
    // did was try to help").
    if (!isBareVerb(v) || forms.inflected.has(v.lower) || !mostlyVerb(v.lower) || pseudoCleft(tokens, i)) return undefined;
    // "he is continue to monitor" (masih terus memantau): a verb whose passive takes no infinitive
    // ("is continued to" is no English) was meant in the progressive: "is continuing to".
    const ing = ACTIVE_BEFORE_INFINITIVE.get(v.lower);
    if (ing) {
      const past = a.lower === 'was' || a.lower === 'were';
      const simple = past ? simplePast(v.lower) ?? `${v.lower}ed` : a.lower === 'is' ? thirdPerson(v.lower) : v.lower;
      return {
        start: v.start,
        end: v.end,
        message: `"${a.text} ${v.text} to" mixes "${a.text}" with a bare verb: English writes "${a.text} ${ing} to" (or "${simple} to" without "${a.text}").`,
        suggestions: [ing],
        confidence: 0.8,
        note: 'Indonesian marks the ongoing action with an adverb ("masih terus", "sedang"), so the translation puts "is" before the bare verb.',
        fixable: true,
      };
    }
  } else {
    // After "been": a verb the tagger reads as one, rarely a noun in Brown ("evacuate", "arrest"? no: a noun).
    if ((a.lower !== 'been' && a.lower !== 'be') || !isBareVerb(v) || forms.inflected.has(v.lower)) return undefined;
    const shares = tagShares(v.lower);
    // "will be blunt", "would be cool": after "be" only a word Brown almost never uses otherwise.
    const strict = mostlyVerb(v.lower) && v.lower !== 'like';
    if (!(strict || (a.lower === 'been' && shares.noun < 0.2 && shares.adj < 0.2))) return undefined;
  }
  const fix = pastParticiple(v.lower);
  if (!fix) return undefined;
  return {
    start: v.start,
    end: v.end,
    message: `A passive needs the participle: "${a.text} ${fix}", not "${a.text} ${v.text}".`,
    suggestions: [fix],
    confidence: 0.8,
    note: 'Indonesian marks the passive with di- on an unchanged verb ("ditangkap"), so the translation may keep the bare verb.',
    fixable: true,
  };
}

/** "to" + a lower-case verb follows the word at j: "allow to return". */
function infinitiveFollows(tokens: readonly Token[], j: number): boolean {
  const to = tokens[j + 1];
  const verb = tokens[j + 2];
  return to !== undefined && verb !== undefined && to.lower === 'to' && to.sentence === tokens[j]!.sentence && verb.sentence === to.sentence && verb.pos === 'VERB' && verb.text === verb.lower;
}

/** A pseudo-cleft before the "be" at i: "All we can do is wait", "What they did was try to help". */
function pseudoCleft(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (CLEFT_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * A relative clause that lost its "is"/"was": "the unit that led by the chief of staff" (Indonesian
 * "yang dipimpin oleh"). The relative follows a noun, the verb is a past participle of a verb that
 * takes an object, and "by" + an agent follows; "than that described by", "the team that won by
 * two goals" and "who stood by him" stay silent.
 */
function relativeWithoutBe(tokens: readonly Token[], i: number, intransitive: ReadonlySet<string>): FindingDraft | undefined {
  const rel = tokens[i]!;
  const head = tokens[i - 1];
  if (!head || head.sentence !== rel.sentence || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return undefined;
  if (rel.lower !== 'who') {
    const d = relativeStative(tokens, i);
    if (d) return d;
  }
  const v = tokens[i + 1];
  const by = tokens[i + 2];
  const agent = tokens[i + 3];
  if (!v || !by || !agent || agent.sentence !== rel.sentence || by.lower !== 'by' || v.type !== 'word' || v.text !== v.lower) return undefined;
  if (v.pos !== 'VERB' || intransitive.has(v.lower)) return undefined;
  const forms = verbForms();
  const irregular = [...forms.byBase.values()].find((e) => e.participle.includes(v.lower));
  const base = irregular ? irregular.base : /[a-z]{2}ed$/.test(v.lower) && v.lemma !== v.lower ? v.lemma : undefined;
  if (!base || BY_INTRANSITIVE.has(base) || forms.pastOnly.has(v.lower)) return undefined;
  // The agent: "the", a name or title, or a noun; never a margin ("by two goals", "by a wide margin").
  const agentOk = agent.lower === 'the' || agent.pos === 'PROPN' || (agent.pos === 'NOUN' && agent.lower !== 'far');
  if (!agentOk) return undefined;
  return {
    start: rel.start,
    end: v.end,
    message: `"${rel.text} ${v.text} by": the relative clause needs "is" or "was": "${rel.text} is ${v.text}" or "${rel.text} was ${v.text}".`,
    suggestions: [`${rel.text} is ${v.text}`, `${rel.text} was ${v.text}`],
    confidence: 0.7,
    fixable: false,
    note: 'Indonesian "yang dipimpin oleh" has no auxiliary; the translation keeps "that led by".',
  };
}

/**
 * Participles that describe where or when something is, and the prepositions that follow them:
 * "the office which located in Kuningan" (Indonesian "yang terletak di") needs "is located".
 */
const STATIVE_PARTICIPLES: Record<string, readonly string[]> = {
  located: ['in', 'at', 'on', 'near', 'along', 'inside', 'outside', 'between'],
  situated: ['in', 'at', 'on', 'near', 'along', 'between'],
  based: ['in', 'at', 'on'],
  headquartered: ['in', 'at'],
  stationed: ['in', 'at', 'on', 'near'],
  scheduled: ['for', 'on', 'to', 'in', 'at'],
  held: ['in', 'at'],
};

/** "the office which located in Kuningan", "the meeting that scheduled for Monday". */
function relativeStative(tokens: readonly Token[], i: number): FindingDraft | undefined {
  const rel = tokens[i]!;
  let j = i + 1;
  if (tokens[j]?.lower === 'directly' || tokens[j]?.lower === 'also') j++;
  const v = tokens[j];
  const prep = tokens[j + 1];
  if (!v || !prep || prep.sentence !== rel.sentence || v.text !== v.lower) return undefined;
  const preps = STATIVE_PARTICIPLES[v.lower];
  if (!preps || !preps.includes(prep.lower)) return undefined;
  const between = j > i + 1 ? `${tokens[i + 1]!.text} ` : '';
  return {
    start: rel.start,
    end: v.end,
    message: `"${rel.text} ${between}${v.text} ${prep.text}": the relative clause needs "is" or "was": "${rel.text} is ${between}${v.text}".`,
    suggestions: [`${rel.text} is ${between}${v.text}`, `${rel.text} was ${between}${v.text}`],
    confidence: 0.75,
    fixable: false,
    note: 'Indonesian "yang terletak di" and "yang dijadwalkan" have no auxiliary; the translation keeps "which located in".',
  };
}

/** The first line of a document without a full stop: a headline, even in sentence case. */
function headlineLine(doc: AnalysedDocument, sentence: number): boolean {
  const p = doc.paragraphs[0];
  if (!p || sentence < p.sentenceStart || sentence >= p.sentenceEnd) return false;
  return firstLineIsHeadline(doc);
}

/**
 * Reporting and speech-act verbs (not "say": "Israel says …" states a standing position) whose present -s form in a past narrative reads as a slip.
 * The second line holds the verbs Indonesian news reports speech with (memastikan, menilai, mengapresiasi,
 * menjamin, memprediksi, mengecam, menegaskan kembali, menyoroti), which native news seldom puts in the present.
 */
const REPORTING = new Set(
  ('ask hope explain add state reveal emphasize emphasise stress urge appeal request claim admit assert affirm convey express invite instruct order remind warn mention note monitor expect plan want encourage promise regret welcome deny confirm acknowledge ' +
    'ensure assess appreciate guarantee predict condemn reiterate highlight underline underscore').split(' '),
);

/** A dash that ends a dateline ("JAKARTA, NNC - …"): only capitalised words and punctuation before it in its sentence. */
function datelineDash(doc: AnalysedDocument, d: number): boolean {
  const { tokens } = doc;
  const t = tokens[d];
  if (!t || !DASHES.has(t.text)) return false;
  const start = doc.sentences[t.sentence]!.tokenStart;
  if (d === start || d - start > 8) return false;
  for (let k = start; k < d; k++) {
    const x = tokens[k]!;
    if (x.type === 'word' && x.text !== x.text.toUpperCase()) return false;
  }
  return true;
}

/**
 * Reporting verbs whose present can state a lasting wish or plan in good English ("he wants the
 * police to …", "Pertamina expects support …"): they stay a hint in a translated article too.
 */
const STANCE_VERBS = new Set(['want', 'expect', 'plan']);

/** Words after a past form in a headline that make it a passive or an intransitive ("Suspect Arrested By", "JCI Dropped To"). */
const HEADLINE_PASSIVE_NEXT = new Set(['by', 'in', 'from', 'to', 'at', 'after', 'due', 'for', 'with', 'on', 'over', 'as', 'into', 'near', 'during', 'amid', 'off', 'out', 'up', 'down', 'again', 'and', 'or', 'while', 'since', 'before', 'following', 'despite', 'under', 'of', 'because', 'according', 'without', 'through', 'via', 'within', 'across', 'until', 'towards', 'toward']);
const HEADLINE_COMPLEMENT_VERBS = new Set(['crown', 'name', 'elect', 'appoint', 'declare', 'vote', 'dub', 'hail', 'swear', 'choose', 'rank', 'list', 'call', 'label', 'brand', 'deem', 'select', 'nominate', 'award', 'grant', 'give', 'hand', 'sentence', 'fine', 'charge', 'find']);
const HEADLINE_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);
const HEADLINE_ADVERBS = new Set(['not', 'never', 'already', 'just', 'also', 'still', 'yet', 'finally', 'reportedly', 'allegedly', 'officially', 'now', 'been']);
const HEADLINE_MEASURES = new Set(['tons', 'tonnes', 'kilograms', 'kg', 'grams', 'unit', 'units', 'pieces', 'packs', 'liters', 'litres', 'hectares', 'meters', 'metres', 'kilometers', 'kilometres']);
const HEADLINE_TIME_WORDS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|fresh|new|record|time|day|week|month|year|straight|row)$/;
/**
 * Participles English sets before a noun as adjectives ("Revised Budget", "Adapted Regulations",
 * "Proposed Toll Road"): followed by a capitalised noun in a title-case headline they modify it and
 * are no past-tense verb.
 */
const HEADLINE_ADJECTIVAL_PARTICIPLES = new Set([
  'adapted', 'revised', 'amended', 'proposed', 'integrated', 'advanced', 'detailed', 'updated', 'renewed', 'combined', 'armed', 'organized', 'organised', 'certified', 'licensed', 'subsidized', 'subsidised', 'designated', 'unified', 'simplified',
  // People described by what is said or was done to them ("Police Arrest Suspected Terrorist", "Army Evacuates Wounded Soldiers").
  'suspected', 'alleged', 'wanted', 'wounded', 'injured', 'displaced', 'stranded', 'disabled', 'retired', 'convicted',
]);
/** A month, weekday or day word after a headline's verb: a date, no object. */
const HEADLINE_DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS, 'today', 'tomorrow', 'yesterday', 'tonight']);
const HEADLINE_OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'thousands', 'hundreds', 'dozens', 'millions', 'billions', 'tens']);

/**
 * 15. A headline in the past tense with an object: "Police Deployed Thousands for Lilin Operation",
 * "Regional Council Appreciated the Governor's Program" → "Deploy", "Appreciates". English headlines
 * put past events in the present; Indonesian verbs carry no tense and the translation picks the past.
 * Only the document's first line when it has no full stop (a headline), a simple past (not a form that
 * is also the base, "Hit", "Set") after at least one word of subject, and an object right after it (a
 * number, a determiner, or a capitalised word that is no preposition); a preposition after the verb
 * makes it the passive or an intransitive ("Suspect Arrested By Densus 88", "Houses Burned Due To")
 * and stays silent, and so does anything after a colon or inside quotation marks.
 */
/** Particles of phrasal verbs: an -s word before one is the headline's verb ("Scales Back", "Rules Out"). */
const HEADLINE_PARTICLES = new Set(['back', 'up', 'down', 'out', 'off', 'over']);

function pastHeadline(doc: AnalysedDocument, isHeadline: (s: number) => boolean): FindingDraft | undefined {
  if (!firstLineIsHeadline(doc)) return undefined;
  const p = doc.paragraphs[0]!;
  const { tokens } = doc;
  for (let s = p.sentenceStart; s < p.sentenceEnd; s++) {
    const sent = doc.sentences[s]!;
    // A title-case line of headline length: a first line without a full stop can also be a
    // paragraph cut by the layout (Brown) or a sentence-case lead.
    if (!isHeadline(s) || sent.tokenEnd - sent.tokenStart > 24) continue;
    // "How Trump Made Life Difficult for …", "Why Jakarta Banned …": a question word opens an
    // explainer's headline, a clause that tells a past event in the past.
    if (/^(?:how|why|what|when|where|who)$/.test(tokens[sent.tokenStart]!.lower)) continue;
    for (let i = sent.tokenStart + 1; i + 1 < sent.tokenEnd; i++) {
      const v = tokens[i]!;
      if (v.text === ':' || v.text === '"' || v.text === '\u201c' || v.text === '|' || DASHES.has(v.text)) break;
      if (v.type !== 'word' || !/^\p{L}+$/u.test(v.text) || doc.inQuote(v.start)) continue;
      if (!v.lower.endsWith('ed') && v.pos !== 'VERB') continue;
      const lemma = v.lemma;
      if (lemma === v.lower || simplePast(lemma) !== v.lower) continue;
      // "Persib Crowned Liga 1 Champion", "Widodo Named Person of the Year": a passive headline whose
      // verb takes a complement.
      if (HEADLINE_COMPLEMENT_VERBS.has(lemma)) return undefined;
      const prev = tokens[i - 1]!;
      if (prev.type !== 'word' || !/^\p{Lu}/u.test(prev.text) || prev.pos === 'ADP' || prev.pos === 'DET') continue;
      // "Police Arrest Man Who Stole Motorbikes": a relative clause tells what happened before the
      // headline's event, in the past as in any sentence.
      if (prev.lower === 'who' || prev.lower === 'which' || prev.lower === 'that') continue;
      // "For Deported US Citizens", "Has Left Java", "Is Arrested": after a preposition or an
      // auxiliary the form is a participle; after a measure ("1.2 Tons Transferred", "1 Unit
      // Motorized Ship") it describes the goods.
      if (HEADLINE_PASSIVE_NEXT.has(prev.lower) || HEADLINE_AUXILIARIES.has(prev.lower) || HEADLINE_MEASURES.has(prev.lower)) return undefined;
      // "Has Not Peaked", "Have Already Left": an auxiliary before an adverb.
      if (HEADLINE_ADVERBS.has(prev.lower) && HEADLINE_AUXILIARIES.has(tokens[i - 2]?.lower ?? '')) return undefined;
      const next = tokens[i + 1]!;
      // "South Korean Won Closes Near Low", "Korea's Won Slides": a present -s verb right after the
      // form makes it a noun of the subject (the currency won), not the headline's verb.
      if (next.type === 'word' && next.pos === 'VERB' && /^\p{Lu}\p{Ll}+s$/u.test(next.text) && next.lemma !== next.lower) continue;
      if (v.lower === 'won' && /^(?:korean|korea's|korea’s|n\.?korean)$/.test(prev.lower)) continue;
      if (HEADLINE_PASSIVE_NEXT.has(next.lower) || /ly$/.test(next.lower)) return undefined;
      // "Trading Halted a Third Time": a passive headline followed by a time phrase.
      const after = tokens[i + 2];
      if ((next.lower === 'a' || next.lower === 'the') && after !== undefined && HEADLINE_TIME_WORDS.test(after.lower)) return undefined;
      // "Study of Revised Regional Regulations": a participle before a capitalised
      // noun that is no name or determiner modifies it.
      if (HEADLINE_ADJECTIVAL_PARTICIPLES.has(v.lower) && next.type === 'word' && /^\p{Lu}\p{Ll}/u.test(next.text) && next.pos !== 'DET') return undefined;
      // "Hundreds Feared Dead in Landslide", "Climbers Feared Trapped": a passive with its complement.
      if ((v.lower === 'feared' || v.lower === 'believed' || v.lower === 'presumed') && /^(?:dead|missing|trapped|killed|drowned|lost|buried|injured)$/.test(next.lower)) return undefined;
      // "Species Recently Discovered That You Haven't Heard Of": a relative clause with its own
      // subject right after the form makes it a participle inside the headline's noun phrase.
      if (/^(?:that|which|who|whom)$/.test(next.lower) && /^(?:you|we|they|i|he|she|it|the|a|an|most|many|few|scientists|experts|people)$/.test(tokens[i + 2]?.lower ?? '')) return undefined;
      // "Rescuers Reach Devastated Areas", "Police Find Abandoned Car": after the headline's own
      // present verb the form is an adjective before its capitalised noun, not a second verb; so it is
      // after an infinitive ("Minister Vows to Back Delayed Superholding": "back" after "to" is a verb
      // however rarely the tagger reads it as one).
      if (i - 1 > sent.tokenStart && (prev.pos === 'VERB' || tagShares(prev.lower).verb >= 0.25 || tokens[i - 2]?.lower === 'to') && (prev.lemma === prev.lower || prev.lower === thirdPerson(prev.lemma)) && !prev.lower.endsWith('ed') &&
        next.type === 'word' && /^\p{Lu}\p{Ll}/u.test(next.text) && next.pos !== 'DET' && next.pos !== 'ADP') return undefined;
      // "Indonesia Scales Back Planned VAT Hike": a present -s verb earlier in the headline is its
      // verb, and the form after it modifies the object.
      let earlierVerb = false;
      for (let k = sent.tokenStart + 1; k < i - 1 && !earlierVerb; k++) {
        const u = tokens[k]!;
        earlierVerb = u.type === 'word' && /^\p{Lu}\p{Ll}+s$/u.test(u.text) && (u.pos === 'VERB' || tagShares(u.lower).verb >= 0.2 || HEADLINE_PARTICLES.has(tokens[k + 1]!.lower)) && /^\p{Lu}/u.test(tokens[k - 1]!.text);
      }
      if (earlierVerb) continue;
      // "Minimum Wages Announced November 30", "Results Released Tomorrow": a date after the verb is
      // no object, and the headline is a passive.
      if (HEADLINE_DATE_WORDS.has(next.lower)) return undefined;
      const object = next.pos === 'NUM' || /^\d/.test(next.text) || HEADLINE_OBJECT_DETERMINERS.has(next.lower) || (next.type === 'word' && /^\p{Lu}/u.test(next.text) && next.pos !== 'ADP');
      if (!object) return undefined;
      // The subject's number: "Police Deploy", "Residents Flee", "Governor Issues".
      const plural = prev.lower === 'police' || prev.lower === 'people' || (/[^su]s$/.test(prev.lower) && prev.lower !== 'times' && prev.lower !== 'news');
      const fix = matchCase(plural ? lemma : thirdPerson(lemma), v.text);
      return {
        start: v.start,
        end: v.end,
        message: `Headline in the past tense: English headlines report a past event in the present ("${fix}"), unless the verb is a passive ("Suspect Arrested").`,
        suggestions: [fix],
        confidence: 0.6,
        fixable: true,
        note: 'Indonesian verbs carry no tense; the translation renders a headline\'s verb in the past, where English headlinese uses the present for what has happened.',
      };
    }
  }
  return undefined;
}

/**
 * 10. A present reporting verb in an article told in the past: "BNPB asks the public …", "He also
 * hopes …" where the article's attributions are "said". A hint (severity info, confidence 0.4):
 * native features use the present on purpose, so it only points an editor at the sentence.
 * In an article that reads as translated (src/lm/article-reading.ts: no Brown text and no native
 * control does), the present is often the untensed Indonesian verb rendered literally, so the hint
 * carries the past form as its suggestion (confidence 0.55), except for the stance verbs above; it
 * stays info, because English also states a standing wish or position in the present.
 */
const CONDITION_OPENERS = new Set(['if', 'unless']);

function tenseShift(doc: AnalysedDocument, isHeadline: (s: number) => boolean): FindingDraft[] {
  const { tokens } = doc;
  let said = 0;
  let says = 0;
  // An index loop: this function runs once per document, too rarely for V8 to optimise a for…of
  // before it has allocated an iterator result per token.
  for (let i = 0; i < tokens.length; i++) {
    const l = tokens[i]!.lower;
    if (l === 'said') said++;
    else if (l === 'says') says++;
  }
  // The article must report in the past, and not mix in the present as a style of its own. "says"
  // itself is read only in an article that reads as translated, where "said" need only not be
  // outnumbered (the slips are among the "says" counted).
  const past3 = said >= 2 && said >= 3 * says;
  if (said < 2 || said < says) return [];
  const out: FindingDraft[] = [];
  let translated: boolean | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const v = tokens[i]!;
    if (v.pos !== 'VERB' || v.text !== v.lower || !/[^s]s$/.test(v.lower) || v.lemma === v.lower) continue;
    const isSays = v.lower === 'says';
    if (!isSays && (!past3 || !REPORTING.has(v.lemma))) continue;
    if (isSays && (translated ??= articleReading(doc) === 'translated') === false) continue;
    const next = tokens[i + 1];
    // A parenthetical attribution (", he adds,") keeps the present in good English.
    if (next && next.sentence === v.sentence && next.text === ',') continue;
    if (doc.inQuote(v.start) || isHeadline(v.sentence) || headlineLine(doc, v.sentence)) continue;
    let k = i - 1;
    if (['also', 'then', 'further', 'again', 'later'].includes(tokens[k]!.lower)) k--;
    const subj = tokens[k];
    if (!subj || subj.sentence !== v.sentence) continue;
    let m = k;
    if (subj.lower === 'he' || subj.lower === 'she') m = k;
    else if (subj.pos === 'PROPN') while (m - 1 >= 0 && tokens[m - 1]!.sentence === v.sentence && tokens[m - 1]!.pos === 'PROPN') m--;
    else if (subj.pos === 'NOUN' && tokens[k - 1]?.lower === 'the') m = k - 1;
    else continue;
    const sent = doc.sentences[v.sentence]!;
    const before = tokens[m - 1];
    if (!(m === sent.tokenStart || (before && before.sentence === v.sentence && (before.text === ',' || before.text === ';' || (isSays && datelineDash(doc, m - 1)))))) continue;
    // "If all goes to plan, the government expects …": the main clause of a condition is in the
    // present whatever tense the article reports in.
    if (CONDITION_OPENERS.has(tokens[sent.tokenStart]!.lower) && m > sent.tokenStart) continue;
    const past = simplePast(v.lemma);
    if (!past) continue;
    // Asked once per document, at the first candidate: the reading scores every sentence.
    translated ??= articleReading(doc) === 'translated';
    if (translated && !STANCE_VERBS.has(v.lemma)) {
      out.push({
        start: v.start,
        end: v.end,
        message: `The article reads as translated and reports in the past ("said"), but "${v.text}" is present: "${past}".`,
        suggestions: [past],
        // A hint still (info): on unseen text the integrator read "The president hopes that …" and
        // "Pertamina says it keeps …", present tense English allows for a standing wish or position.
        confidence: 0.55,
        severity: 'info',
        note: 'Indonesian verbs carry no tense ("dia berharap", "dia memastikan"), so a translation renders a past report in the present.',
      });
      continue;
    }
    out.push({
      start: v.start,
      end: v.end,
      message: `The article reports in the past ("said"), but "${v.text}" is present: "${past}" may be meant.`,
      suggestions: [past],
      confidence: 0.4,
      severity: 'info',
      note: 'Indonesian verbs carry no tense, so a translation may switch to the present in the middle of a past report.',
    });
  }
  return out;
}

export const verbForm: Rule = {
  meta: {
    id: 'verb-form',
    category: 'fluency/grammar',
    severity: 'minor',
    description: 'A wrong verb form: a past, -s or -ing form after a modal ("would ordered", "must gives", "can helping"), a past after "to" or "did", "has took", "was arrest by", a relative clause without "is" ("that led by"), the passive of a verb without an object ("was happened"), or "is" before a bare verb.',
    examples: {
      invalid: [
        { text: 'Street Vendors Hid Their Goods From Jakarta Officers\n\nDozens of vendors at the market packed up on Monday.', flags: ['Hid'], suggestion: 'Hide' },
        { text: 'Regional Council Appreciated the Governor\'s Program\n\nThe council met in Bandung on Friday.', flags: ['Appreciated'], suggestion: 'Appreciates' },
        { text: 'The governor said he would ordered an audit of the port.', flags: ['ordered'], suggestion: 'order' },
        { text: 'The minister said that if the talks failed to produce a deal, the ministry will try again.', flags: ['failed'], suggestion: 'fail' },
        { text: 'BANDUNG - The provincial council gives full support to the new dam project.\n\nThe council met the governor on Monday.', flags: ['gives'], suggestion: 'gave' },
        { text: 'Residents have two things to watched out for this week.', flags: ['watched'], suggestion: 'watch' },
        { text: 'Heavy rain is expected to continues until Friday.', flags: ['continues'], suggestion: 'continue' },
        { text: 'The minister did not went to the summit in Lima.', flags: ['went'], suggestion: 'go' },
        { text: 'The accident was happened near the toll gate.', flags: ['was happened'], suggestion: 'happened' },
        { text: 'Batik making had been flourished in the town since 1900.', flags: ['been flourished'], suggestion: 'flourished' },
        { text: 'The new committee is consisted of nine members.', flags: ['is consisted'], suggestion: 'consists' },
        { text: 'Two fishermen were died when the boat capsized.', flags: ['were died'], suggestion: 'died' },
        { text: 'Officers from the sector police were arrested the two couriers on Monday.', flags: ['were arrested'], suggestion: 'arrested' },
        { text: 'The new policy is encourage small farmers to plant maize.', flags: ['is encourage'] },
        { text: 'Officers are still investigate the cause of the fire.', flags: ['are still investigate'] },
        { text: 'The agency can helping the farmers who lost their harvest.', flags: ['helping'], suggestion: 'help' },
        { text: 'Palace Says Ministries Should Gives Priority to Farmers', flags: ['Gives'], suggestion: 'Give' },
        { text: 'The village head has took the victims to the health centre.', flags: ['took'], suggestion: 'taken' },
        { text: 'The suspect was arrest by officers from the sector police.', flags: ['arrest'], suggestion: 'arrested' },
        { text: 'The audit was done by the unit that headed by the deputy regent.', flags: ['that headed'], suggestion: 'that is headed' },
        { text: 'The new market which located in Pasar Minggu opens today.', flags: ['which located'], suggestion: 'which is located' },
        { text: 'A currency analyst has said on Wednesday that the rupiah would hold.', flags: ['has said'], suggestion: 'said' },
        { text: 'Officers have also detained two couriers yesterday in Medan.', flags: ['have also detained'], suggestion: 'also detained' },
        { text: 'The driver has been questioned last week by traffic police.', flags: ['has been questioned'], suggestion: 'was questioned' },
        { text: 'The toll road plan was revived after President Hasan sworn in as president in 2019.', flags: ['sworn'], suggestion: 'was sworn' },
        { text: 'Police said he taken to the district hospital with burns.', flags: ['taken'], suggestion: 'was taken' },
        { text: 'Residents said they seen smoke above the warehouse before dawn.', flags: ['seen'], suggestion: 'saw' },
        { text: 'The village holds a festival which known as Sekaten every year.', flags: ['which known'], suggestion: 'which is known' },
        { text: 'The cooperative even exceeded its sales target since 2019.', flags: ['exceeded'], suggestion: 'has exceeded' },
        { text: 'The ferry line, which was closed since March 2021, will reopen.', flags: ['was'], suggestion: 'has been' },
      ],
      valid: [
        'How Jakarta Cleared Its Rivers of Rubbish\n\nThe city hired thousands of cleaners, officials said.',
        'The owner said the restaurant will be carry-out only from next week.',
        'Indonesia Scales Back Planned VAT Hike, Will Apply Only to Luxury Goods\n\nThe tax rise will apply to luxury goods only, the minister said.',
        // A participle before a capitalised noun after the headline's own present verb is an adjective.
        'Dozens Feared Trapped After Mine Collapse\n\nRescuers reached the mine on Sunday.',
        'Frogs Recently Described That Most Hikers Miss\n\nThe frogs live high in the canopy.',
        'Divers Reach Flooded Caves Near Town\n\nThe divers went down on Sunday.',
        'River Flood Has Not Peaked Yet, Agency Says\n\nThe water kept rising on Monday.',
        'SEMARANG - The rice stock remains sufficient, and the weather agency predicts more rain.\n\nThe governor visited the warehouse on Monday.',
        'Bekasi Council Team for the Study of Revised Regional Regulations Meets\n\nThe team met on Monday.',
        'Workshop on Health Protocol Adapted Village Markets in Garut\n\nTraders met the team on Friday.',
        'Bandung Club Crowned League Champion After a Late Win\n\nThe club won on Sunday.',
        'Suspected Terrorist Arrested By Densus 88 In Palu\n\nPolice detained the man on Sunday.',
        'Regional Minimum Wages Announced November 30\n\nThe governor will sign the decree in Bandung.',
        'Trading Halted a Third Time as Stocks Slide\n\nThe exchange stopped trading on Tuesday.',
        'Smugglers Have Left Java Via Merak Port\n\nThe ships left on Monday.',
        'The union responded to cuts in pay, and the task I have alluded to requires no comment.',
        'The standard referred to means a room with its own bathroom, and the tape listened to contains no threat.',
        'Borrowers who fall prey to offers of quick cash pay dearly, and the city will play host to talks in May.',
        'All he did was try to help, and the aim was to allow them to return.',
        'The governor said he would order an audit and would have ordered one sooner.',
        'The talks will proceed next week, and the ministry must succeed.',
        'Exports to advanced economies rose, and he was used to long trips.',
        'The accident happened near the toll gate and was reported at noon.',
        'The plan was objected to by residents, and the guests were waited for at the gate.',
        // "nod" is transitive in football and committee English.
        'The corner was nodded home at the far post, and the motion was nodded through without debate.',
        'The ticket counters that were complained about yesterday have reopened.',
        'The suspect was arrested the next day. From this belief is derived the practical aim of the plan.',
        'What they did mattered, and all we can do is wait.',
        'The budget is set, the road is open and the plan is cut.',
        'Did the ministry approve the plan?',
        'How can judges enforce it? The talks have come to an end, and they were met by the mayor.',
        'The team that led by ten points lost, and the office is located in Kuningan.',
        'She has called a meeting on Monday, and he would have left yesterday had the roads been open.',
        'Prices have risen since the storm last week, and he has lived there for two years.',
        'Scandals have shaken the party within the last year, and the mayor has visited the town this week.',
        'With Governor Hasan sworn in, the council met. After the man taken to hospital died, police closed the road.',
        'Have they seen the report? He was taken to hospital, and the men he had known for years were there.',
        'Exports have doubled since 2019, the index hit its lowest level since 2016, and it was the first win since 2010.',
        'The shops opened since 2020 were inspected, and he moved there in 2015 and has lived there since.',
        'If the talks fail, the ministry will try again; if he had known, he would have come, and it looked as if they wanted more, so they will ask.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    const irregular = irregularBases();
    const intransitive = intransitiveForms();
    const passiveForms = passiveNoObject();
    const participleOnly = participleOnlyForms();
    const headline = new Map<number, boolean>();
    const isHeadline = (s: number): boolean => {
      let h = headline.get(s);
      if (h === undefined) headline.set(s, (h = titleCase(doc, s)));
      return h;
    };
    const push = (d: FindingDraft, t: Token): void => {
      if (!isHeadline(t.sentence)) out.push(d);
    };
    out.push(...tenseShift(doc, isHeadline));
    const pastHead = pastHeadline(doc, isHeadline);
    if (pastHead) out.push(pastHead);
    // 16. A dateline lead's verb in the present: "JAKARTA - The ministry provides …" → "provided".
    const lead = presentLead(doc, REPORTING);
    if (lead) out.push(lead);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i]!;
      if (a.type !== 'word') continue;
      const lower = a.lower;
      // 13. A participle without its auxiliary: "he taken to hospital", "after Widodo sworn in as".
      if (participleOnly.has(lower) && !LOOP_TRIGGERS.has(lower)) {
        const d = missingAuxiliary(doc, i);
        if (d) push(d, a);
        continue;
      }
      // 14. A simple past with "since" + a year: "exceeded demand since 2020" → "has exceeded".
      // 17. "if we failed …, we will …" → "fail" (a hint).
      if (lower === 'if') {
        const d = pastCondition(doc, i, irregular);
        if (d) push(d, a);
        continue;
      }
      if (lower === 'since') {
        const d = pastWithSince(doc, i);
        if (d) push(d, a);
        continue;
      }
      if (!LOOP_TRIGGERS.has(lower)) continue;
      // 1-3: modal, "to", or "do" + not / question "Did he …" before a past form.
      // A capitalised "Will" or "May" mid-sentence is a name ("the General Will"); a headline is read apart.
      const isModal =
        MODALS.has(lower) &&
        ((a.pos === 'AUX' && (a.text === a.lower || doc.sentences[a.sentence]!.tokenStart === i)) ||
          (HEADLINE_MODALS.has(lower) && a.text !== a.lower && isHeadline(a.sentence)));
      const isTo = lower === 'to' && a.pos === 'PART';
      const isDo = (lower === 'did' || lower === 'does' || lower === 'do') && a.pos === 'AUX';
      if (isModal || isTo || isDo) {
        let j = verbAfter(tokens, i);
        if (isDo) {
          const neg = tokens[i + 1];
          const negated = neg !== undefined && (neg.lower === 'not' || neg.lower === "n't");
          if (negated) j = i + 2;
          else {
            // "Did he took …?": a question opened by the auxiliary, one- or two-word subject.
            const s = doc.sentences[a.sentence]!;
            if (i !== s.tokenStart) continue;
            const subj = tokens[i + 1];
            if (!subj || (subj.pos !== 'PRON' && subj.pos !== 'PROPN')) continue;
            j = tokens[i + 2]?.pos === 'PROPN' ? i + 3 : i + 2;
          }
        }
        const v = tokens[j];
        if (!v || v.sentence !== a.sentence) continue;
        const base = baseOfPast(v, irregular);
        if (!base) {
          if (isModal) modalOtherForm(doc, a, v, push, out);
          else if (isTo) toThirdPerson(tokens, a, v, push);
          continue;
        }
        const after = tokens[j + 1];
        // "to advanced economies", "to known offenders": a participle before its noun is an adjective.
        if (isTo && after && after.sentence === a.sentence && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ' || after.pos === 'NUM')) continue;
        // "leads to elevated and dangerous fire danger": a verb whose "to" is a preposition, and
        // a participle coordinated with an adjective before their noun ("to heated and bitter debate").
        if (isTo && PREPOSITIONAL_TO.has(tokens[i - 1]?.lemma ?? '')) continue;
        if (isTo && after && (after.lower === 'and' || after.lower === 'or') && tokens[j + 2]?.pos === 'ADJ' && tokens[j + 3]?.pos === 'NOUN') continue;
        // "to" after "used", "due", "owing": "he was used to it".
        const what = isModal ? `the modal "${a.text}"` : isTo ? 'infinitive "to"' : `"${a.text}${tokens[i + 1]?.lower === "n't" ? "n't" : ''}"`;
        push(
          {
            start: v.start,
            end: v.end,
            message: `After ${what} English needs the base form: "${base}", not "${v.text}".`,
            suggestions: [base],
            confidence: 0.8,
            note: 'Indonesian verbs do not change for tense, so the translation marks the past on the wrong verb.',
            fixable: true,
          },
          v,
        );
        continue;
      }
      // 11. has/have + participle with a finished time: "has said on Wednesday" → "said".
      if (lower === 'has' || lower === 'have') {
        const d = perfectWithPastTime(doc, i);
        if (d) {
          push(d, a);
          continue;
        }
      }
      // 6. have/has/had + a simple past or a bare verb where the participle belongs: "has took", "has arrest".
      if ((HAVE.has(lower) || lower === 'having') && (a.pos === 'AUX' || a.pos === 'VERB')) {
        const d = perfectForm(tokens, i);
        if (d) {
          push(d, a);
          continue;
        }
      }
      // 7. A passive whose participle is a bare verb: "was arrest by police", "has been evacuate".
      // "be" counts after a modal or "to": "will be hold", "to be discuss".
      const beAfterModal = lower === 'be' && i > 0 && (MODALS.has(tokens[i - 1]!.lower) || tokens[i - 1]!.lower === 'to');
      if (BE.has(lower) && (lower !== 'be' || beAfterModal) && lower !== 'being' && (a.pos === 'AUX' || a.pos === 'VERB')) {
        const d = passiveBareVerb(tokens, i);
        if (d) {
          push(d, a);
          continue;
        }
      }
      // 8. A relative clause without its "is"/"was": "the unit that led by the chief of staff".
      if (RELATIVES.has(lower)) {
        const d = relativeWithoutBe(tokens, i, intransitive);
        if (d) push(d, a);
      }
      // 4. The passive of an intransitive verb: "was happened", "had been flourished".
      const pj = verbAfter(tokens, i);
      const pv = tokens[pj];
      // "was happened upon": found, a transitive phrasal verb.
      if (
        BE.has(lower) &&
        (a.pos === 'AUX' || a.pos === 'VERB') &&
        pv &&
        pv.sentence === a.sentence &&
        pv.text === pv.lower &&
        intransitive.has(pv.lower) &&
        tokens[pj + 1]?.lower !== 'upon' &&
        !(pv.lower === 'arrived' && tokens[pj + 1]?.lower === 'at') &&
        !strandedPreposition(tokens, pj)
      ) {
        const j = pj;
        const v = pv;
        const prev = tokens[i - 1];
        let start = a.start;
        let fix = v.text;
        const fixes: string[] = [];
        const stative = STATIVE.has(v.lemma);
        if (lower === 'been' && prev && HAVE.has(prev.lower)) fix = v.text; // "had been flourished" → "had flourished"
        else if (lower === 'be' && prev && (MODALS.has(prev.lower) || prev.lower === 'to')) fix = v.lemma; // "will be occurred" → "will occur"
        else if (lower === 'be' || lower === 'been') continue;
        else if (lower === 'is') {
          // "is consisted of" → "consists of"; "is happened" → "has happened".
          if (stative) fixes.push(thirdPerson(v.lemma));
          fix = `has ${v.text}`;
        } else if (lower === 'are') {
          if (stative) fixes.push(v.lemma);
          fix = `have ${v.text}`;
        } else if (lower === 'am' || lower === 'being') continue;
        fixes.push(fix);
        if (j !== i + 1) {
          const adverb = doc.text.slice(tokens[i + 1]!.start, tokens[i + 1]!.end);
          for (let k = 0; k < fixes.length; k++) fixes[k] = fixes[k]!.startsWith('has ') || fixes[k]!.startsWith('have ') ? fixes[k]!.replace(' ', ` ${adverb} `) : `${adverb} ${fixes[k]}`;
        }
        push(
          {
            start,
            end: v.end,
            message: `"${v.lemma}" takes no object, so it has no passive: "${fixes[0]}".`,
            suggestions: fixes,
            confidence: 0.85,
            note: 'Indonesian "terjadi" and similar verbs are rendered with the passive "was" that English uses only for verbs with an object.',
            fixable: true,
          },
          v,
        );
        continue;
      }
      // 12. A passive with an object: "the police were arrested the suspect".
      if ((lower === 'is' || lower === 'are' || lower === 'was' || lower === 'were') && a.pos === 'AUX') {
        const d = passiveWithObject(doc, i, passiveForms);
        if (d) {
          push(d, a);
          continue;
        }
      }
      // 4b. A form of "be" before the bare form of a verb without a passive: "was happen", "are exist".
      if ((lower === 'is' || lower === 'are' || lower === 'was' || lower === 'were') && a.pos === 'AUX') {
        const d = beBareIntransitive(doc, i, intransitive);
        if (d) {
          push(d, a);
          continue;
        }
      }
      // 5. "is" + bare verb: "the policy is support farmers".
      if ((lower === 'is' || lower === 'are' || lower === 'was' || lower === 'were') && a.pos === 'AUX') {
        // "Police are still investigate the case": an aspect adverb may stand between.
        const v = tokens[ASPECT_ADVERBS.has(tokens[i + 1]!.lower) ? i + 2 : i + 1];
        if (!v) continue;
        if (v.sentence !== a.sentence || v.type !== 'word' || v.text !== v.lower || v.pos !== 'VERB' || v.lemma !== v.lower) continue;
        if (/(?:ing|ed|en)$/.test(v.lower) || SAME_PARTICIPLE.has(v.lower) || irregular.has(v.lower) || !onlyVerb(v)) continue;
        const subj = tokens[i - 1];
        if (!subj || subj.sentence !== a.sentence || !(subj.pos === 'NOUN' || subj.pos === 'PROPN' || subj.pos === 'PRON')) continue;
        // Pseudo-clefts: "All we can do is wait", "What they need is rest".
        const s = doc.sentences[a.sentence]!;
        let cleft = false;
        for (let k = s.tokenStart; k < i; k++) if (CLEFT_WORDS.has(tokens[k]!.lower)) cleft = true;
        if (cleft) continue;
        push(
          {
            start: a.start,
            end: v.end,
            message: `"${doc.text.slice(a.start, v.end)}": a bare verb cannot follow "${a.text}"; write the verb alone in its finite form, "${a.text} to ${v.text}", or the -ing form, as meant.`,
            confidence: 0.65,
            note: 'Indonesian "adalah" and "untuk" before a verb are often rendered as "is" + verb.',
          },
          v,
        );
      }
    }
    return out;
  },
};
