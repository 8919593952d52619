/**
 * Broken clause frames: shallow, dependency-free signals of the sentences machine translation from
 * Indonesian garbles, over wink-nlp's (text, POS, lemma) tokens, shared by the calibration script
 * (scripts/fit-fluency.ts) and scoring. Each is a small count; how much each costs is learnt by a
 * logistic regression on the tune halves of the TED MQM data and the real Indonesian-origin set
 * (data/model/fluency-combiner.json), never on the seeds or the real set's test half.
 *
 * The shapes come from reading what editors marked `garbled` on the real set's tune half; the
 * examples here are invented sentences of the same shape:
 *  - `prepositionVerb`: a preposition directly followed by a finite or bare verb and its object
 *    ("asked the council for repaired the road"): Indonesian lets a verb phrase follow a preposition.
 *  - `modalInflected`: a modal or "to" followed by an inflected verb ("will ensures", "can not
 *    realized", "to handled").
 *  - `relativeNoVerb`: "who" followed by a plural noun and a verb ("officers who duties are …").
 *  - `danglingStart`: a sentence opened by a subordinator ("Even though", "Because", "While") with
 *    only one finite verb, so the subordinate clause has no main clause to hang on ("Even though this
 *    morning, the index had reopened.").
 *  - `danglingEnd`: the last word before the final stop is an article or a conjunction
 *    ("… as well as.").
 *  - `doubled`: the same word twice in a row ("the the").
 *  - `transitiveNoObject`: a verb that English always gives an object ("conduct", "convey",
 *    "implement", "hold" …), active, followed directly by a stop or comma ("as the police conducted.").
 *  - `derivedRepeat`: a verb and a noun of one stem ("were still investigating the investigation",
 *    "donated a donation"): MT renders a source word and its derivative literally. (The same lemma
 *    twice is `repeats`, src/lm/clause.ts.)
 *  - `causativeModal`: a causative verb, its object and a modal ("which makes it can not be
 *    realised", "let the farmers can sell"): Indonesian "membuat … bisa" kept word for word.
 *  - `commaSplice`: two main clauses joined by a comma alone ("The rest were draws, the coach has
 *    asked for patience."): Indonesian chains clauses with commas where English needs a conjunction
 *    or a full stop. A clause after the comma counts when it opens with a subject (pronoun, article,
 *    noun or name) and has a finite verb of its own, the part before the comma has one too, and
 *    neither is a reporting clause ("…, he said") or quoted speech.
 *  - `nounChain`: the sentence is a chain of noun phrases: at least six common nouns per finite verb
 *    ("Compensation for four victims of sixty million rupiah, beneficiary of the programme.").
 */
import type { TokenLike } from './features.js';

export interface FrameSignals {
  prepositionVerb: number;
  modalInflected: number;
  relativeNoVerb: number;
  danglingStart: number;
  danglingEnd: number;
  doubled: number;
  transitiveNoObject: number;
  derivedRepeat: number;
  causativeModal: number;
  commaSplice: number;
  nounChain: number;
}

export const FRAME_SIGNALS = ['prepositionVerb', 'modalInflected', 'relativeNoVerb', 'danglingStart', 'danglingEnd', 'doubled', 'transitiveNoObject', 'derivedRepeat', 'causativeModal', 'commaSplice', 'nounChain'] as const satisfies readonly (keyof FrameSignals)[];

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'not']);
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'does', 'did', 'do', 'am', "'s", "'re", "'m", "'ve", "'ll", "'d", 'wo', 'ca']);
/** Prepositions a past participle may follow in edited English ("as expected", "than planned"). */
const PARTICIPLE_PREPOSITIONS = new Set(['as', 'than', 'like', 'until', 'till', 'once', 'if', 'when', 'while', 'though', 'although', 'before', 'after', 'since']);
/** Prepositions wink tags SCONJ when a verb follows them ("for repaired"). */
const PREPOSITIONS_AS_SCONJ = new Set(['for', 'of', 'with', 'from', 'by', 'about', 'without', 'during', 'regarding', 'in', 'on', 'at']);
const SUBORDINATORS = new Set(['although', 'though', 'because', 'while', 'whereas', 'if', 'unless', 'even']);
/** Words a sentence cannot end on: a conjunction or an article ("… as well as.", "… of the."). */
const END_WORDS = new Set(['and', 'or', 'but', 'nor', 'the', 'a', 'an']);
/** Verbs English always gives a direct object in the active voice (lemmas). */
const TRANSITIVE = new Set(['conduct', 'convey', 'implement', 'hold', 'carry', 'reveal', 'deliver', 'submit', 'handle', 'discuss', 'realize', 'realise', 'ensure', 'provide', 'explain', 'mention', 'facilitate', 'socialize', 'socialise', 'anticipate', 'prioritize', 'prioritise']);
const BE_GET = new Set(['be', 'get', 'been', 'being']);
const RELATIVES_BEFORE = new Set(['that', 'which', 'who', 'whom', 'what']);
const CAUSATIVE = new Set(['make', 'let', 'cause', 'help', 'enable', 'allow', 'force']);
const OBJECT_TAGS = new Set(['PRON', 'NOUN', 'PROPN']);
/** What follows a verb that has an object: "for repaired the road" (not "in experienced clerical staff"). */
const OBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NUM']);
/** Letters two words must share at the start to count as one stem (investigat-ing / -ion: 10). */
const STEM = 7;
const STOP = new Set(['.', ',', ';', '!', '?']);
const LETTER = /\p{L}/u;

/** Whether a token has a letter, without the Unicode regex for plain ASCII (the common case). */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER.test(text);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

function lower(t: TokenLike): string {
  const x = t.lower ?? t.text.toLowerCase();
  return x.includes('’') ? x.replace('’', "'") : x;
}

function isInflected(t: TokenLike, l: string): boolean {
  return t.lemma !== undefined && t.lemma !== l && !l.endsWith('ing');
}

/** A finite verb: a finite auxiliary, or an inflected (non -ing) verb not after an auxiliary or "to". */
// `lows[i]` is `lower(tokens[i])`, worked out once per sentence: this runs for every sentence checked.
function finiteAt(tokens: readonly TokenLike[], lows: readonly string[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'AUX') return FINITE_AUX.has(lows[i]!);
  if (t.pos !== 'VERB' || !isInflected(t, lows[i]!)) return false;
  const prev = tokens[i - 1];
  return !(prev && (prev.pos === 'AUX' || lows[i - 1] === 'to'));
}

export function frameSignals(tokens: readonly TokenLike[]): FrameSignals {
  const s: FrameSignals = { prepositionVerb: 0, modalInflected: 0, relativeNoVerb: 0, danglingStart: 0, danglingEnd: 0, doubled: 0, transitiveNoObject: 0, derivedRepeat: 0, causativeModal: 0, commaSplice: 0, nounChain: 0 };
  let finite = 0;
  let nouns = 0;
  let relativeSeen = false;
  const verbStems = new Set<string>();
  const nounStems = new Set<string>();
  let first = -1;
  let lastWord = -1;
  const lows = tokens.map(lower);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!hasLetter(t.text)) continue;
    if (first < 0) first = i;
    lastWord = i;
    const l = lows[i]!;
    const next = tokens[i + 1];
    if (finiteAt(tokens, lows, i)) finite++;
    if (t.pos === 'NOUN') nouns++;
    if (RELATIVES_BEFORE.has(l)) relativeSeen = true;
    if (l.length >= STEM + 1 && /^[a-z]+$/.test(l) && (t.pos === 'VERB' || t.pos === 'NOUN')) {
      const stem = l.slice(0, STEM);
      const mine = t.pos === 'VERB' ? verbStems : nounStems;
      const other = t.pos === 'VERB' ? nounStems : verbStems;
      if (other.has(stem) && !mine.has(stem)) s.derivedRepeat = 1;
      mine.add(stem);
    }
    if (!next) continue;
    const nl = lows[i + 1]!;
    const after = tokens[i + 2];
    if (t.pos === 'VERB' && CAUSATIVE.has(t.lemma ?? l) && OBJECT_TAGS.has(next.pos) && after && after.pos === 'AUX' && MODALS.has(lows[i + 2]!) && lows[i + 2] !== 'not') s.causativeModal++;
    if ((t.pos === 'ADP' || (t.pos === 'SCONJ' && PREPOSITIONS_AS_SCONJ.has(l))) && l !== 'to' && !PARTICIPLE_PREPOSITIONS.has(l) && next.pos === 'VERB' && !nl.endsWith('ing') && after !== undefined && OBJECT_START.has(after.pos)) s.prepositionVerb++;
    if ((MODALS.has(l) || (l === 'to' && t.pos === 'PART')) && next.pos === 'VERB' && next.lemma !== undefined && next.lemma !== nl && !nl.endsWith('ing') && !(l === 'not' && i > 0 && !MODALS.has(lows[i - 1]!))) s.modalInflected++;
    if (l === 'who' && next.pos === 'NOUN' && next.lemma !== undefined && next.lemma !== nl && after !== undefined && (after.pos === 'AUX' || after.pos === 'VERB')) s.relativeNoVerb++;
    if (nl === l && hasLetter(next.text) && next.spaceBefore !== false) s.doubled++;
    if (t.pos === 'VERB' && t.lemma !== undefined && TRANSITIVE.has(t.lemma) && !l.endsWith('ing') && STOP.has(next.text) && !relativeSeen) {
      const prev = tokens[i - 1];
      if (!(prev && (BE_GET.has(prev.lemma ?? lows[i - 1]!) || prev.pos === 'AUX' && /^(?:is|are|was|were|be|been|being)$/.test(lows[i - 1]!)))) s.transitiveNoObject++;
    }
  }
  if (first >= 0 && SUBORDINATORS.has(lows[first]!) && finite <= 1) s.danglingStart = 1;
  if (lastWord >= 0 && lastWord !== first && END_WORDS.has(lows[lastWord]!) && lastWord >= tokens.length - 2) s.danglingEnd = 1;
  s.commaSplice = commaSplices(tokens, lows);
  if (nouns >= 6 * Math.max(1, finite)) s.nounChain = 1;
  return s;
}

const SUBJECT_START = new Set(['PRON', 'DET', 'NOUN', 'PROPN']);
const NOT_SUBJECT = new Set(['which', 'who', 'whom', 'whose', 'that', 'what', 'where', 'when', 'this', 'these', 'those', 'it', 'both', 'all', 'each']);
const REPORTING = new Set(['say', 'tell', 'add', 'state', 'explain', 'note', 'write', 'ask', 'claim', 'insist', 'stress', 'reveal', 'conclude', 'continue', 'report', 'announce']);
const SUBORDINATE_OPENERS = new Set(['because', 'although', 'though', 'while', 'whereas', 'if', 'unless', 'when', 'whenever', 'after', 'before', 'since', 'as', 'once', 'until', 'even', 'so']);
const QUOTES = /^["“”'‘’]$/;

/** Number of commas that join two main clauses with nothing else (see the module comment). */
function commaSplices(tokens: readonly TokenLike[], lows: readonly string[]): number {
  if (!tokens.some((t) => t.text === ',')) return 0;
  for (const t of tokens) if (QUOTES.test(t.text) || t.text === '(' || t.text === ';' || t.text === ':') return 0;
  // Chunks between commas, each: does it start with a subject, does it have a finite verb, is it a reporting clause.
  const chunks: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.text === ',') {
      chunks.push({ start, end: i });
      start = i + 1;
    }
  }
  let splices = 0;
  let leftFinite = false;
  for (let c = 0; c < chunks.length; c++) {
    const { start: a, end: b } = chunks[c]!;
    let finite = false;
    let reporting = false;
    for (let i = a; i < b; i++) {
      if (finiteAt(tokens, lows, i)) {
        finite = true;
        if (REPORTING.has(tokens[i]!.lemma ?? lows[i]!)) reporting = true;
      }
    }
    const first = tokens[a];
    const opensWithSubject = first !== undefined && SUBJECT_START.has(first.pos) && !NOT_SUBJECT.has(lows[a]!);
    // The subject must come before the chunk's first verb (else it is a verb phrase: "…, killing 12").
    let subjectFirst = false;
    if (opensWithSubject) {
      for (let i = a; i < b; i++) {
        const p = tokens[i]!.pos;
        if (p === 'VERB' || p === 'AUX') {
          subjectFirst = finiteAt(tokens, lows, i) && i > a;
          break;
        }
      }
    }
    if (c > 0 && leftFinite && finite && subjectFirst && !reporting && tokens[b - 1]?.text !== 'said') splices++;
    // A subordinate clause ("Because the bridge was closed, …") leaves the main clause still to come.
    const subordinate = first !== undefined && (first.pos === 'SCONJ' || SUBORDINATE_OPENERS.has(lows[a]!));
    if (finite && !reporting && !subordinate) leftFinite = true;
  }
  return splices;
}
