/**
 * pronoun-gender: a he/his/him/she/her/hers whose antecedent person is known to be of the other
 * gender. Indonesian "dia", "ia" and "-nya" carry no gender, so machine translation guesses, and
 * sometimes guesses wrong ("Kim Jong-un … her guests").
 *
 * Antecedents are resolved conservatively, by recency: the candidates are the people (named persons,
 * singular person nouns such as "the nurse", office titles such as "the Prime Minister") in the
 * pronoun's own sentence, or else in the nearest of the two sentences before it that has any, or else
 * the article's main person when the sentences in between name no one. A pronoun is flagged only
 * when every candidate has a known gender opposite to it. Someone of the pronoun's gender in the same
 * sentence, or a pronoun of that gender nearby that no known person explains, keeps it silent;
 * someone of that gender a few sentences back (whom good English could still mean) lowers the
 * finding to `info` (to `minor` when that person is more than two sentences back and the antecedent
 * is strongly known). Suspect pronouns are not evidence for someone of their gender, and the text's
 * own "she" for someone of unknown gender teaches that gender for the next two sentences. Quoted
 * speech is skipped; "his or her" and "he/she" are generic.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { cueForLower, cueForText } from '../people/cues.js';
import type { Gender } from '../people/gazetteer.js';
import { officeKey, resolvePersons } from '../people/persons.js';
import type { PersonEntity, PersonIndex } from '../people/persons.js';
import type { FindingDraft, Rule } from './types.js';
import { wordHits } from '../lexicons/indonesian.js';

/** Lexicon classes that name no person: a mention that is exactly such a term ("Idul Adha") is a thing. */
const THING_CLASSES = new Set(['religion-culture', 'place', 'country', 'institution', 'month', 'day', 'time', 'status']);

const PRONOUNS = new Map<string, Gender>([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);
const REFLEXIVE = new Set(['himself', 'herself']);
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV']);

function swap(t: Token, next: Token | undefined): string {
  const map: Record<string, string> = { he: 'she', him: 'her', his: 'her', himself: 'herself', she: 'he', hers: 'his', herself: 'himself' };
  let out: string;
  if (t.lower === 'her') {
    // Possessive "her" (before a noun phrase) becomes "his"; object "her" becomes "him".
    const possessive = next !== undefined && next.spaceBefore && NOUN_PHRASE_POS.has(next.pos);
    out = possessive ? 'his' : 'him';
  } else if (t.lower === 'his') {
    const possessive = next !== undefined && NOUN_PHRASE_POS.has(next.pos);
    out = possessive ? 'her' : 'hers';
  } else out = map[t.lower] ?? t.lower;
  return t.text[0] === t.text[0]!.toUpperCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
}

/** "his or her", "he/she", "him or her": generic, not about one person. */
function isGenericPair(tokens: Token[], i: number): boolean {
  const a = tokens[i - 2];
  const b = tokens[i - 1];
  const c = tokens[i + 1];
  const d = tokens[i + 2];
  const pron = (t: Token | undefined): boolean => t !== undefined && PRONOUNS.has(t.lower);
  return (pron(a) && (b?.lower === 'or' || b?.text === '/')) || (pron(d) && (c?.lower === 'or' || c?.text === '/'));
}

/** A person reference: a named person, a person noun ("the nurse") or an office title ("the Prime Minister"). */
interface Ref {
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** Possible genders: one for a resolved person (null = unknown), several for an ambiguous family name. */
  genders: (Gender | null)[];
  strong: boolean;
  label: string;
  entity: PersonEntity | null;
  kind: 'name' | 'noun' | 'title';
  /** Inside quoted speech: the attribution pronoun after a quote is the speaker, not someone quoted. */
  quoted: boolean;
  /**
   * A capitalised word next to a verb with nothing else saying it is a person ("tucking Alacrity
   * under his arm"): only an object pronoun in the same sentence may take it as antecedent.
   */
  weak?: boolean;
}

const CLAUSE_BOUNDARY = new Set([',', ';', ':', 'and', 'but', 'that', 'who', 'which', 'when', 'while', 'after', 'before', 'because', 'as', 'where']);
const RELATIVE = new Set(['who', 'that', 'which']);
const COORDINATOR = new Set(['and', 'but', 'or', 'then']);
/** Quantified or generic subjects: "none … in his own right", "everyone … his seat". */
const GENERIC = new Set(['none', 'each', 'every', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody', 'someone', 'somebody', 'whoever', 'whomever', 'no-one']);
const GENERIC_PRONOUN = new Set(['none', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody', 'someone', 'somebody', 'whoever', 'whomever', 'no-one']);
const PREDICATE_LINK = new Set(['as']);

function isObjectForm(t: Token, next: Token | undefined): boolean {
  if (t.lower === 'him') return true;
  if (t.lower !== 'her') return false;
  return !(next !== undefined && NOUN_PHRASE_POS.has(next.pos));
}

/**
 * A person noun that says something about someone already named rather than naming another person:
 * a predicate ("who is the daughter of", "served as minister") or an apposition right after a name
 * ("Hun Manet, son of Hun Sen").
 */
function isPredicative(doc: AnalysedDocument, t: Token, nameEnds: Set<number>): boolean {
  const first = doc.sentences[t.sentence]!.tokenStart;
  for (let k = t.i - 1, steps = 0; k >= first && steps < 5; k--, steps++) {
    const u = doc.tokens[k]!;
    if (u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'ADV' || u.pos === 'NUM' || (u.pos === 'PROPN' && !nameEnds.has(k + 1))) continue;
    if (u.lemma === 'be' || PREDICATE_LINK.has(u.lower)) return true;
    return u.text === ',' && nameEnds.has(k);
  }
  return false;
}

/** Lower-case words inside an office's complement: "Vice President for Corporate Communication". */
const TITLE_LINKS = new Set(['of', 'for', 'the', 'and', '&', 'on']);

/**
 * "a member of the Commission (KPU), Betty Idroos": the noun's phrase ends at a comma before a
 * person's name. "Vice President for Corporate Communication Fajriyah Usman": in Indonesian order
 * the office and its capitalised complement run into the name with no comma.
 */
function appositiveName(doc: AnalysedDocument, t: Token, nameStarts: Set<number>, coreStarts: Set<number>): boolean {
  const end = Math.min(doc.sentences[t.sentence]!.tokenEnd, t.i + 12);
  // Not "the lawyer for Budi Santoso" (someone else): a capitalised complement must stand between.
  let direct = true;
  let complement = false;
  // "the minister and Ibu Iriana": "and" straight after the noun, before a name or an honorific,
  // joins two people.
  const joined = doc.tokens[t.i + 1];
  const second = doc.tokens[t.i + 2];
  if (joined && second && (joined.lower === 'and' || joined.text === '&') && (nameStarts.has(t.i + 2) || cueForText(second)?.honorific)) return false;
  for (let k = t.i + 1; k < end; k++) {
    const u = doc.tokens[k]!;
    if (u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'PRON') return false;
    if (u.text === ',') return nameStarts.has(k + 1);
    if (direct && complement && coreStarts.has(k)) return true;
    const capital = u.type === 'word' && /^\p{Lu}/u.test(u.text);
    direct &&= TITLE_LINKS.has(u.lower) || capital;
    complement ||= capital;
  }
  return false;
}

/**
 * "Minister of Finance (Menkeu) Sri Mulyani … . According to the Minister of Finance, …": an office
 * named without a name, after the article has named who holds it, is that person. The office's
 * words from its head (`head`, a token index) up to `end` must be those of one named holder's title
 * ("minister of finance"), or, for a bare office ("the minister", not followed by "of"), the head
 * word of exactly one holder's title. Returns that holder, when their gender is known.
 */
function officeHolder(doc: AnalysedDocument, index: PersonIndex, head: number, end: number): PersonEntity | undefined {
  const word = doc.tokens[head]!.lower;
  const key = officeKey(doc.tokens, head, end);
  const before = index.offices.filter((o) => o.tokenStart < head && o.head === word);
  const exact = new Set(before.filter((o) => o.key === key).map((o) => o.entity));
  const bare = key === word && doc.tokens[end]?.lower !== 'of' ? new Set(before.map((o) => o.entity)) : new Set<PersonEntity>();
  // "Foreign Minister Retno … the Minister of Foreign Affairs": the holder's title put its field before
  // the head, the later mention after it ("of Foreign Affairs"). The same office when every word
  // before the head is a word of the complement.
  const complement = new Set(key.split(' ').slice(1));
  const reordered = complement.has('of') ? new Set(before.filter((o) => o.modifiers.length > 0 && o.modifiers.every((w) => complement.has(w))).map((o) => o.entity)) : new Set<PersonEntity>();
  const found = exact.size > 0 ? exact : bare.size > 0 ? bare : reordered;
  if (found.size !== 1) return undefined;
  const e = [...found][0]!;
  return e.gender !== null ? e : undefined;
}

/** The end (exclusive) of an office's capitalised complement after `from`: "(the Minister) of Finance". */
function complementEnd(doc: AnalysedDocument, from: number): number {
  const end = doc.sentences[doc.tokens[from]!.sentence]!.tokenEnd;
  let k = from;
  let last = from;
  while (k < end) {
    const u = doc.tokens[k]!;
    if (u.type === 'word' && /^\p{Lu}/u.test(u.text)) last = k + 1;
    else if (!TITLE_LINKS.has(u.lower) && u.text !== '(' && u.text !== ')') break;
    k++;
  }
  return last;
}

function buildRefs(doc: AnalysedDocument, index: PersonIndex): Ref[][] {
  const bySentence: Ref[][] = doc.sentences.map(() => []);
  const nameEnds = new Set<number>();
  for (const m of index.mentions) nameEnds.add(m.tokenEnd);
  const nameStarts = new Set<number>();
  for (const m of index.mentions) if (m.personLike) nameStarts.add(m.tokenStart);
  // Where each name's core starts, past an organisation that opens its run ("Corporate Communication
  // Fajriyah Usman").
  const coreStarts = new Set<number>();
  for (const m of index.mentions) {
    if (!m.personLike) continue;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (doc.tokens[k]!.start === m.start) coreStarts.add(k);
  }
  // "Muslims celebrate Idul Adha …": a holiday, place or institution the Indonesian lexicon lists is
  // not a person, whatever its capitals suggest.
  const things = new Set<string>();
  for (const h of wordHits(doc)) if (THING_CLASSES.has(h.value.class)) things.add(`${h.tokenStart}:${h.tokenEnd}`);
  for (const m of index.mentions) {
    if (m.personLike && things.has(`${m.tokenStart}:${m.tokenEnd}`)) continue;
    if (!m.personLike) {
      if (m.entity && m.tokenEnd - m.tokenStart === 1) {
        bySentence[m.sentence]!.push({ tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, sentence: m.sentence, genders: [null], strong: false, label: m.entity.display, entity: null, kind: 'name', quoted: doc.inQuote(m.start), weak: true });
      }
      continue;
    }
    const label = m.entity ? m.entity.display : doc.text.slice(m.start, m.end);
    bySentence[m.sentence]!.push({
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      sentence: m.sentence,
      genders: m.possible,
      strong: m.entity?.evidence != null && !m.entity.bareOnly,
      label,
      entity: m.entity,
      kind: 'name',
      quoted: doc.inQuote(m.start),
    });
  }
  const titleTokens = new Set<number>();
  for (const r of index.titleRefs) {
    const t = doc.tokens[r.tokenEnd - 1]!;
    for (let k = r.tokenStart; k < r.tokenEnd; k++) titleTokens.add(k);
    if (isPredicative(doc, doc.tokens[r.tokenStart]!, nameEnds)) continue;
    // "Deputy governor Josefina Nabu": an office word before a person noun is part of that role.
    const after = doc.tokens[r.tokenEnd];
    if (after && after.sentence === r.sentence && after.pos === 'NOUN' && cueForLower(after)?.personNoun) continue;
    // Only a definite office ("the Minister of Finance", "the Indonesian Foreign Minister"): a bare
    // "Rev" or "Doctor" may be a name or a form of address.
    const definite = doc.tokens[r.tokenStart - 1]?.lower === 'the';
    const holder = r.gender === null && definite ? officeHolder(doc, index, r.tokenEnd - 1, complementEnd(doc, r.tokenEnd)) : undefined;
    if (holder) bySentence[r.sentence]!.push({ tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, sentence: r.sentence, genders: [holder.gender], strong: false, label: `${holder.display}, "${doc.text.slice(doc.tokens[r.tokenStart]!.start, t.end)}"`, entity: holder, kind: 'title', quoted: doc.inQuote(t.start) });
    else bySentence[r.sentence]!.push({ tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, sentence: r.sentence, genders: [r.gender], strong: r.gender !== null, label: t.text, entity: null, kind: 'title', quoted: doc.inQuote(t.start) });
  }
  // Singular person nouns not attached to a name ("the nurse", "a woman") are people too.
  for (const t of doc.tokens) {
    if (t.pos !== 'NOUN' || index.nameTokens.has(t.i) || titleTokens.has(t.i)) continue;
    const cue = cueForLower(t);
    if (!cue?.personNoun || isPredicative(doc, t, nameEnds)) continue;
    // "a girl group", "the mother company": a person noun modifying another noun names no one.
    const head = doc.tokens[t.i + 1];
    // Not before two nouns: "a first grader colors pictures" is a mis-tagged verb.
    const after = doc.tokens[t.i + 2];
    if (head && head.sentence === t.sentence && head.pos === 'NOUN' && head.spaceBefore && /^\p{Ll}/u.test(head.text) && !cueForLower(head)?.personNoun && after?.pos !== 'NOUN') continue;
    // "deputy governor Josefina Nabu", "vice regent": a person noun before another names the same
    // person as its head.
    if (head && head.sentence === t.sentence && head.spaceBefore && head.pos === 'NOUN' && cueForLower(head)?.personNoun) continue;
    // "no husband for her": nobody.
    if (doc.tokens[t.i - 1]?.lower === 'no' || (doc.tokens[t.i - 2]?.lower === 'no' && doc.tokens[t.i - 1]?.pos === 'ADJ')) continue;
    // "A member of the General Elections Commission (KPU), Betty Idroos, said": a person noun of
    // unknown gender whose phrase runs, with no verb, into a comma and a name is that name.
    if (cue.gender === null && appositiveName(doc, t, nameStarts, coreStarts)) continue;
    // "the minister said": a definite office noun after its holder was named.
    const holder = cue.gender === null && doc.tokens[t.i - 1]?.lower === 'the' ? officeHolder(doc, index, t.i, t.i + 1) : undefined;
    if (holder) bySentence[t.sentence]!.push({ tokenStart: t.i, tokenEnd: t.i + 1, sentence: t.sentence, genders: [holder.gender], strong: false, label: `${holder.display}, "the ${t.text}"`, entity: holder, kind: 'noun', quoted: doc.inQuote(t.start) });
    else bySentence[t.sentence]!.push({ tokenStart: t.i, tokenEnd: t.i + 1, sentence: t.sentence, genders: [cue.gender], strong: cue.gender !== null, label: t.text, entity: null, kind: 'noun', quoted: doc.inQuote(t.start) });
  }
  for (const list of bySentence) list.sort((a, b) => a.tokenStart - b.tokenStart);
  return bySentence;
}

/** Index of the boundary token that opens the clause holding token `i` (or the sentence's first token). */
function clauseStart(doc: AnalysedDocument, i: number): number {
  const first = doc.sentences[doc.tokens[i]!.sentence]!.tokenStart;
  for (let k = i - 1; k > first; k--) if (CLAUSE_BOUNDARY.has(doc.tokens[k]!.lower)) return k;
  return first;
}

/**
 * The subject of the clause holding token `i`, among the sentence's refs: the antecedent of a
 * relative "who"; the subject of the previous clause when this one is a coordinated verb phrase
 * ("…and thanked her"); else the first person before the clause's first verb.
 */
function clauseSubject(doc: AnalysedDocument, refs: Ref[], i: number, depth = 0): Ref | undefined {
  const { tokens } = doc;
  const start = clauseStart(doc, i);
  const b = tokens[start]!;
  const first = doc.sentences[b.sentence]!.tokenStart;
  if (start > first && RELATIVE.has(b.lower)) {
    let k = start - 1;
    if (tokens[k]?.text === ',') k--;
    return refs.find((r) => r.tokenEnd - 1 === k);
  }
  const from = start > first || CLAUSE_BOUNDARY.has(b.lower) ? start + 1 : start;
  let v = from;
  while (v < i && tokens[v]!.pos === 'ADV') v++;
  const verbFirst = v < i && (tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX');
  // "…and thanked her": the subject of the previous clause; "His wife, Kim Hea-kyung, accompanied
  // him": the subject is before the appositive's comma.
  if (start > first && verbFirst && (COORDINATOR.has(b.lower) || b.text === ',')) {
    const inner = depth < 3 ? clauseSubject(doc, refs, start, depth + 1) : undefined;
    // "Lady Caroline Lamb, a married lover of this lord, called him": past the apposition, the
    // sentence's subject.
    return inner ?? refs.find((r) => r.tokenStart < start && isSubject(doc, r));
  }
  for (let k = from; k < i; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return undefined;
    const r = refs.find((x) => x.tokenStart === k);
    if (r) return r;
  }
  return undefined;
}

/** The people between the start of the pronoun's clause and the clause's first verb: its subject phrase. */
function subjectPhraseRefs(doc: AnalysedDocument, refs: Ref[], i: number): Ref[] {
  const start = clauseStart(doc, i);
  const first = doc.sentences[doc.tokens[i]!.sentence]!.tokenStart;
  const from = start > first || CLAUSE_BOUNDARY.has(doc.tokens[start]!.lower) ? start + 1 : start;
  let verb = i;
  for (let k = from; k < i; k++) {
    const u = doc.tokens[k]!;
    if (u.pos === 'VERB' || u.pos === 'AUX') {
      verb = k;
      break;
    }
  }
  return refs.filter((r) => r.tokenStart >= from && r.tokenStart < verb);
}

/**
 * "In her first speech, Merkel said…": a possessive in a phrase opening the sentence may point
 * forward to the subject right after the comma. Returns the token index of that comma, or -1.
 * Subject pronouns ("When he arrived, Merkel…") point back, not forward.
 */
function cataphoraComma(doc: AnalysedDocument, t: Token): number {
  if (t.lower !== 'his' && t.lower !== 'her') return -1;
  if (isObjectForm(t, doc.tokens[t.i + 1])) return -1;
  const sentence = doc.sentences[t.sentence]!;
  // The phrase opens the sentence or follows a clause boundary: "In her speech, …", "…, and in his
  // welcoming remarks, the President said".
  let open = sentence.tokenStart;
  for (let k = t.i - 1; k > sentence.tokenStart; k--) {
    const u = doc.tokens[k]!;
    if (u.text === ',' || u.lower === 'and' || u.lower === 'but' || u.text === ';') {
      open = k + 1;
      break;
    }
  }
  let first = doc.tokens[open]!;
  if (first.pos === 'CCONJ' && open + 1 < t.i) first = doc.tokens[++open]!;
  // Only a prepositional or subordinate phrase: "In her speech,", "After his arrival,".
  if (t.i - open > 4 || (first.pos !== 'ADP' && first.pos !== 'SCONJ')) return -1;
  for (let k = t.i + 1; k < Math.min(sentence.tokenEnd, t.i + 8); k++) if (doc.tokens[k]!.text === ',') return k;
  return -1;
}

/**
 * A sentence that opens with a definite description instead of a name ("The former Managing Director
 * of the World Bank asked…", "The BLACKPINK member sang…"): Indonesian news refers to the person just
 * named this way. Returns the description's ref when the sentence opens with it.
 */
function openingEpithet(doc: AnalysedDocument, refs: Ref[], s: number): Ref | undefined {
  const sentence = doc.sentences[s]!;
  const the = doc.tokens[sentence.tokenStart]!;
  if (the.lower !== 'the') return undefined;
  const r = refs.find((x) => !x.weak);
  if (!r || r.kind === 'name' || r.tokenStart - sentence.tokenStart > 6) return undefined;
  for (let k = sentence.tokenStart + 1; k < r.tokenStart; k++) {
    const u = doc.tokens[k]!;
    if (u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'PRON' || u.text === ',') return undefined;
  }
  return r;
}

/**
 * "In her homily, the Pope…", "the veteran leader said": a lone definite description of unknown
 * gender that is its sentence's subject stands, like an opening epithet, for the person named just
 * before it. Returns that ref, or undefined.
 */
function definiteSubject(doc: AnalysedDocument, cands: Ref[]): Ref | undefined {
  if (cands.length !== 1) return undefined;
  const r = cands[0]!;
  if (r.kind === 'name' || r.weak || r.genders.length !== 1 || r.genders[0] !== null || !isSubject(doc, r)) return undefined;
  const first = doc.sentences[r.sentence]!.tokenStart;
  for (let k = r.tokenStart - 1, steps = 0; k >= first && steps < 7; k--, steps++) {
    const u = doc.tokens[k]!;
    if (u.lower === 'the') return r;
    if (u.pos !== 'ADJ' && u.pos !== 'NUM' && u.pos !== 'NOUN' && u.pos !== 'PROPN' && u.text !== '-') return undefined;
  }
  return undefined;
}

/** For "X, his sister": the token index where X ends (the comma), or -1. */
function appositivePossessor(doc: AnalysedDocument, t: Token): number {
  if (t.lower !== 'his' && t.lower !== 'her') return -1;
  const comma = doc.tokens[t.i - 1];
  if (!comma || comma.text !== ',' || comma.sentence !== t.sentence) return -1;
  const next = doc.tokens[t.i + 1];
  if (!next || next.sentence !== t.sentence || (next.pos !== 'NOUN' && next.pos !== 'ADJ')) return -1;
  // "According to Ribka, his party hopes…" (Menurut Ribka, pihaknya…): the comma closes a fronted
  // attribution, not an apposition; the possessive is about the person named in it.
  if (attributionBefore(doc, comma.i)) return -1;
  return comma.i;
}

/** The words before the comma at `comma` are "according to" and a capitalised name of one to four words. */
function attributionBefore(doc: AnalysedDocument, comma: number): boolean {
  const first = doc.sentences[doc.tokens[comma]!.sentence]!.tokenStart;
  let k = comma - 1;
  let words = 0;
  while (k >= first && words < 4 && /^\p{Lu}/u.test(doc.tokens[k]!.text)) {
    k--;
    words++;
  }
  return words > 0 && k - 1 >= first && doc.tokens[k]!.lower === 'to' && doc.tokens[k - 1]!.lower === 'according';
}

/** "He said…", "Meanwhile, she added…", "“…,” he said": a subject pronoun at the start of its clause. */
function sentenceInitialSubject(doc: AnalysedDocument, t: Token): boolean {
  if (t.lower !== 'he' && t.lower !== 'she') return false;
  const first = doc.sentences[t.sentence]!.tokenStart;
  for (let k = t.i - 1; k >= first; k--) {
    const u = doc.tokens[k]!;
    if (u.text === ',' || u.pos === 'ADV' || u.pos === 'CCONJ' || doc.inQuote(u.start)) continue;
    return false;
  }
  return true;
}

/** Verbs of saying that attribute a quotation or a report to its source: "“…,” he said", "He explained that…". */
const ATTRIBUTION_VERBS = new Set(['say', 'explain', 'add', 'state', 'tell', 'note', 'reveal', 'convey', 'emphasize', 'emphasise', 'continue', 'conclude', 'admit', 'hope', 'ask', 'urge', 'remark', 'express', 'stress', 'claim', 'assert', 'affirm', 'mention', 'appeal', 'hope']);

/** A subject pronoun opening its clause whose verb (after an adverb: "he also said") is a verb of saying. */
function speechAttribution(doc: AnalysedDocument, t: Token): boolean {
  if (!sentenceInitialSubject(doc, t)) return false;
  let v = doc.tokens[t.i + 1];
  if (v?.pos === 'ADV') v = doc.tokens[t.i + 2];
  return v !== undefined && v.sentence === t.sentence && ATTRIBUTION_VERBS.has(v.lemma);
}

/**
 * The ref is its sentence's subject: nothing but a fronted phrase before it and a verb after it
 * ("Before leaving Hanoi, Anwar visited…"), or no verb before it at all.
 */
function isSubject(doc: AnalysedDocument, r: Ref): boolean {
  let verbBefore = false;
  for (let k = doc.sentences[r.sentence]!.tokenStart; k < r.tokenStart && !verbBefore; k++) {
    const u = doc.tokens[k]!;
    verbBefore = u.pos === 'VERB' || u.pos === 'AUX';
  }
  if (!verbBefore) return true;
  // After a fronted phrase: "Before leaving Hanoi, Anwar visited…"
  const comma = doc.tokens[r.tokenStart - 1];
  let next = doc.tokens[r.tokenEnd];
  if (next?.pos === 'ADV') next = doc.tokens[r.tokenEnd + 1];
  return comma?.text === ',' && next !== undefined && next.sentence === r.sentence && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** "the death of a detainee", "for the residents": a person noun inside a prepositional phrase. */
function insidePrepositionalPhrase(doc: AnalysedDocument, r: Ref): boolean {
  const first = doc.sentences[r.sentence]!.tokenStart;
  for (let k = r.tokenStart - 1, steps = 0; k >= first && steps < 4; k--, steps++) {
    const u = doc.tokens[k]!;
    if (u.pos === 'ADP') return true;
    if (u.pos !== 'DET' && u.pos !== 'ADJ' && u.pos !== 'NUM' && u.pos !== 'PROPN' && u.pos !== 'NOUN') return false;
  }
  return false;
}

/** The one person the refs of a sentence name, when they name exactly one (ignoring person nouns in apposition). */
function soleEntity(refs: Ref[]): PersonEntity | undefined {
  let one: PersonEntity | undefined;
  for (const r of refs) {
    if (r.weak) continue;
    if (r.kind !== 'name') return undefined;
    if (!r.entity) return undefined;
    if (one && one !== r.entity) return undefined;
    one = r.entity;
  }
  return one;
}

interface Resolution {
  t: Token;
  g: Gender;
  cands: Ref[];
  from: number;
  /** How the candidates were found: the near context, an epithet standing for the person named before it, or the article's main person. */
  via: 'near' | 'epithet' | 'topic' | 'subject';
  /** A subject pronoun continuing the previous sentence's firmly known subject (centering). */
  continuity: boolean;
  /** People inside that subject's apposition or relative clause, set aside as antecedents. */
  pruned: Ref[];
  /** The candidate's gender was learnt from the text's own earlier pronoun for them. */
  learnt?: boolean;
  /** The candidates were taken from the previous pronoun of this gender (chainPronouns). */
  chained?: boolean;
}

/** Known for sure: a public figure named in full, or someone with a gendered honorific. */
function firm(r: Ref): boolean {
  const e = r.entity;
  return r.kind === 'name' && e !== null && e.gender !== null && !e.bareOnly && (e.evidence === 'gazetteer' || e.evidence === 'honorific');
}

/**
 * firm, or a full name (given and family name) whose given name the hand-made list knows as
 * unambiguous ("Ribka Haluk", "Yosephina Tatap"): sure enough that a chain of suspects all pointing
 * to that one person is one MT guess repeated, not someone the resolver missed. Not the derived
 * list, whose names may be family names or unisex.
 */
function firmForChain(r: Ref): boolean {
  const e = r.entity;
  if (firm(r)) return true;
  return r.kind === 'name' && e !== null && e.gender !== null && !e.bareOnly && e.evidence === 'given-name' && !e.derivedGiven && e.words.length >= 2;
}

/**
 * "Kim Yo-jong, the sister of leader Kim Jong-un, condemned…", "Wong, who was born in Kota
 * Kinabalu, Malaysia, is known…": the comma that closes an apposition or relative clause right
 * after the subject (the one followed by the main verb). Returns its token index, or -1.
 */
function subjectAppositionEnd(doc: AnalysedDocument, subject: Ref): number {
  const { tokens } = doc;
  const end = doc.sentences[subject.sentence]!.tokenEnd;
  if (tokens[subject.tokenEnd]?.text !== ',' || subject.tokenEnd >= end) return -1;
  for (let k = subject.tokenEnd + 2; k < Math.min(end, subject.tokenEnd + 40); k++) {
    if (tokens[k]!.text !== ',') continue;
    let v = k + 1;
    if (v < end && tokens[v]!.pos === 'ADV') v++;
    if (v < end && (tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX')) return k;
  }
  return -1;
}

/** A possessive before its sentence's first verb ("His visit…") or right after a copula ("The visit was his first"). */
function possessiveInSubjectOrComplement(doc: AnalysedDocument, t: Token): boolean {
  if ((t.lower !== 'his' && t.lower !== 'her') || isObjectForm(t, doc.tokens[t.i + 1])) return false;
  for (let k = doc.sentences[t.sentence]!.tokenStart; k < t.i; k++) {
    const u = doc.tokens[k]!;
    if (u.pos === 'VERB' || u.pos === 'AUX') return k === t.i - 1 && u.lemma === 'be';
  }
  return true;
}

const MAX = Number.MAX_SAFE_INTEGER;

function refsBefore(refs: Ref[], before: number, after = -1, weak = false): Ref[] {
  return refs.filter((r) => r.tokenStart < before && r.tokenStart > after && !r.quoted && (weak || !r.weak));
}

/** A sentence wholly inside quoted speech (part of a quote the splitter cut): it names no antecedent and is not counted. */
function quotedSentence(doc: AnalysedDocument, s: number): boolean {
  const sentence = doc.sentences[s]!;
  return doc.inQuote(sentence.start) && doc.inQuote(sentence.end - 1);
}

function resolve(doc: AnalysedDocument, bySentence: Ref[][], t: Token, mentionsUpTo: (s: number) => Map<PersonEntity, number>): Resolution {
  const { tokens } = doc;
  const g = PRONOUNS.get(t.lower)!;
  const s = t.sentence;
  const paragraph = doc.sentences[s]!.paragraph;
  const own = bySentence[s]!;
  let via: Resolution['via'] = 'near';
  let cands: Ref[];
  if (REFLEXIVE.has(t.lower)) {
    // "…who then excused herself": a reflexive points to the subject of its own clause.
    const subject = clauseSubject(doc, own.filter((r) => !r.weak), t.i);
    cands = subject ? [subject] : refsBefore(own, t.i, -1, true);
  } else if (isObjectForm(t, tokens[t.i + 1])) {
    // An object pronoun cannot be the subject of its own clause ("Kim told her": her ≠ Kim; "the
    // bride's sister rolled an apple to him": him ≠ the bride, the sister).
    const strong = own.filter((r) => !r.weak);
    const subject = clauseSubject(doc, strong, t.i);
    const subjectPhrase = subjectPhraseRefs(doc, strong, t.i);
    cands = refsBefore(own, t.i, -1, true).filter((r) => r !== subject && !subjectPhrase.includes(r));
  } else cands = refsBefore(own, t.i);
  // "Kim Yo-jong, his sister, …", "said Queen Rosalind, his consort": a possessive opening an
  // apposition to X is about someone other than X.
  const appositionHead = appositivePossessor(doc, t);
  if (appositionHead >= 0) cands = cands.filter((r) => r.tokenEnd !== appositionHead);
  // "Paetongtarn, who is the daughter of Thaksin, said his country…": someone inside a relative
  // clause that has closed is not the antecedent when someone outside it is.
  const outside = cands.filter((r) => !inClosedRelative(doc, r, t.i));
  if (outside.length > 0 && outside.length < cands.length) cands = outside;
  let from = s;
  if (cands.length === 0) {
    const comma = cataphoraComma(doc, t);
    if (comma >= 0) cands = refsBefore(own, comma + 4, comma);
  }
  let back = 1;
  let k = s - 1;
  let paragraphStop = false;
  for (; cands.length === 0 && back <= 2 && k >= 0; k--) {
    if (paragraph - doc.sentences[k]!.paragraph > 1) {
      paragraphStop = true;
      break;
    }
    if (quotedSentence(doc, k) && s - k < 6) continue;
    cands = refsBefore(bySentence[k]!, MAX);
    from = k;
    back++;
  }
  // "Sri Mulyani … . The former World Bank director said … . He …": the description stands for
  // the one person the sentence before it names.
  if (cands.length > 0 && cands.every((r) => r.kind !== 'name' && r.genders[0] === null)) {
    const epithet = openingEpithet(doc, bySentence[from]!, from) ?? definiteSubject(doc, cands);
    if (epithet && cands.length === 1 && cands[0] === epithet && from > 0) {
      // The sentence before, or the one before that when it names no one by name ("Modi landed. The
      // Indian Prime Minister met… . In her remarks, the leader…").
      let back = from - 1;
      if (back > 0 && !bySentence[back]!.some((r) => r.kind === 'name' && !r.quoted && !r.weak)) back--;
      const before = bySentence[back]!.filter((r) => !r.quoted && !r.weak);
      // The one person the sentence before names, or else its subject.
      const subject = before.find((r) => r.kind === 'name' && isSubject(doc, r));
      const one = before.length > 0 ? (soleEntity(before) ?? subject?.entity ?? undefined) : undefined;
      const ref = one ? before.find((r) => r.entity === one) : undefined;
      if (ref && one!.gender !== null) {
        cands = [ref];
        via = 'epithet';
      }
    }
  }
  // Centering: a subject pronoun opening its sentence continues the subject of the sentence just
  // before it. People inside that subject's apposition or relative clause ("Kim Yo-jong, the sister
  // of Kim Jong-un, condemned the drills. He called…") are not its antecedent; and when the subject
  // is a firmly known person and the only one left, people named further back do not compete.
  let pruned: Ref[] = [];
  let continuity = false;
  if (from === s - 1 && cands.length > 0 && sentenceInitialSubject(doc, t)) {
    const subject = cands[0]!;
    if (subject.kind === 'name' && subject.genders.length === 1 && subject.genders[0] !== null && isSubject(doc, subject)) {
      const close = subjectAppositionEnd(doc, subject);
      if (close >= 0) {
        pruned = cands.filter((x) => x.tokenStart >= subject.tokenEnd && x.tokenStart < close);
        cands = cands.filter((x) => !pruned.includes(x));
      }
      continuity = firm(subject) && cands.every((x) => x.entity === subject.entity);
    }
  }
  // "Anis Hidayah asked the police to investigate the death of a detainee. He said…": a subject
  // pronoun opening a sentence continues the previous sentence's subject rather than a person noun
  // buried in a prepositional phrase; and "Wong met with Sugiono. The visit was his first…": a
  // possessive in the subject or after a copula rather than a name after a preposition. Weaker
  // evidence (info), since English allows either.
  if (from < s && cands.length > 1) {
    const subject = cands[0]!;
    const rest = cands.slice(1);
    if (subject.kind === 'name' && subject.genders.length === 1 && subject.genders[0] !== null && isSubject(doc, subject)) {
      const nouns = sentenceInitialSubject(doc, t) && rest.every((x) => x.kind !== 'name' && x.genders[0] === null && insidePrepositionalPhrase(doc, x));
      const obliques = firm(subject) && possessiveInSubjectOrComplement(doc, t) && rest.every((x) => insidePrepositionalPhrase(doc, x) && !x.genders.includes(subject.genders[0]!));
      if (nouns || obliques) {
        cands = [subject];
        via = 'subject';
      }
    }
  }
  // The article's main person: when the sentences since the last mention name no one, the last
  // person named is meant if they are the one the article is about.
  // Indonesian news writes one sentence per paragraph ("“…,” he said." alone): there the main
  // person may be named up to three paragraphs back, when every paragraph since is one sentence.
  let shortParagraphs = paragraphStop;
  for (let m = k + 1; m <= s && shortParagraphs; m++) shortParagraphs = m > 0 && doc.sentences[m]!.paragraph !== doc.sentences[m - 1]!.paragraph;
  // A subject pronoun opening its clause ("He explained…", "“…,” he said") continues the main person
  // across as many paragraphs when the sentences between name no one: Indonesian news keeps quoting
  // its main source, with paragraphs of explanation between the quotes.
  const attribution = speechAttribution(doc, t);
  if (cands.length === 0 && (back > 2 || shortParagraphs || (paragraphStop && attribution))) {
    for (let j = k; j >= Math.max(0, s - 6); j--) {
      if (paragraph - doc.sentences[j]!.paragraph > (shortParagraphs || attribution ? 3 : 1)) break;
      const refs = bySentence[j]!.filter((r) => !r.quoted && !r.weak);
      if (refs.length === 0) continue;
      const one = soleEntity(refs);
      if (one) {
        const counts = mentionsUpTo(s);
        const top = Math.max(...counts.values());
        if ((counts.get(one) ?? 0) === top && [...counts.values()].filter((c) => c === top).length === 1) {
          cands = refs.filter((r) => r.entity === one).slice(0, 1);
          from = j;
          via = 'topic';
        }
      }
      break;
    }
  }
  return { t, g, cands, from, via, continuity, pruned };
}

/**
 * "“…,” he said. He explained that…": a pronoun that found nobody near it (the sentences before it
 * are quotations and attributions, each a paragraph of its own, as Indonesian news writes them)
 * continues the pronoun of its gender in its own sentence or the one before, and takes that
 * pronoun's antecedents; not across a pronoun of the other gender or a named person.
 */
function chainPronouns(doc: AnalysedDocument, resolutions: Resolution[]): void {
  for (let n = 1; n < resolutions.length; n++) {
    const r = resolutions[n]!;
    if (r.cands.length > 0 || REFLEXIVE.has(r.t.lower)) continue;
    for (let m = n - 1; m >= 0; m--) {
      const q = resolutions[m]!;
      if (q.t.sentence < r.t.sentence - 1) break;
      if (q.g !== r.g) break;
      if (q.cands.length === 0) continue;
      r.cands = q.cands;
      r.from = q.from;
      r.via = q.via;
      r.chained = true;
      break;
    }
  }
}

/** Token index where the name a possessive introduces starts ("his wife, Catherine", "her partner Jodie Haydon"), or -1. */
function possessedName(doc: AnalysedDocument, t: Token): number {
  if (t.lower !== 'his' && t.lower !== 'her') return -1;
  const end = doc.sentences[t.sentence]!.tokenEnd;
  let k = t.i + 1;
  let nouns = 0;
  while (k < end && nouns < 3 && (doc.tokens[k]!.pos === 'NOUN' || doc.tokens[k]!.pos === 'ADJ') && /^\p{Ll}/u.test(doc.tokens[k]!.text)) {
    k++;
    nouns++;
  }
  if (nouns === 0) return -1;
  if (doc.tokens[k]?.text === ',') k++;
  return k < end ? k : -1;
}

/** The ref lies in ", who … ," (or "whose", "which") that closes before token `i`. */
function inClosedRelative(doc: AnalysedDocument, r: Ref, i: number): boolean {
  const first = doc.sentences[r.sentence]!.tokenStart;
  let open = -1;
  for (let k = r.tokenStart - 1; k >= first; k--) {
    const u = doc.tokens[k]!;
    if (u.text === ',') return false;
    if ((u.lower === 'who' || u.lower === 'whose' || u.lower === 'which') && doc.tokens[k - 1]?.text === ',') {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = r.tokenEnd; k < i; k++) if (doc.tokens[k]!.text === ',') return true;
  return false;
}

const VESSELS = new Set(['ship', 'vessel', 'boat', 'tanker', 'frigate', 'destroyer', 'carrier', 'yacht', 'submarine', 'ferry', 'freighter', 'cruiser', 'liner', 'schooner', 'warship', 'steamer', 'trawler', 'corvette', 'barge', 'tugboat', 'sloop']);

/** A singular vessel noun heading its phrase before the pronoun, in its sentence or the one before ("the tanker … her crew"). */
function nearVessel(doc: AnalysedDocument, p: Token): boolean {
  for (let k = Math.max(0, p.sentence - 1); k <= p.sentence; k++) {
    for (const t of doc.sentenceTokens(k)) {
      if (t.i >= p.i) break;
      const next = doc.tokens[t.i + 1];
      if (VESSELS.has(t.lower) && t.pos === 'NOUN' && !(next && next.sentence === t.sentence && next.pos === 'NOUN')) return true;
    }
  }
  return false;
}

/** The one firmly known person all of a resolution's candidates are, or undefined. */
function soleFirm(r: Resolution): PersonEntity | undefined {
  const e = r.cands[0]?.entity;
  return e && r.cands.every((c) => c.entity === e && firmForChain(c)) ? e : undefined;
}

/** The one named person, with evidence for their gender, that all of a resolution's candidates are, or undefined. */
function soleNamed(r: Resolution): PersonEntity | undefined {
  const e = r.cands[0]?.entity;
  return e && r.cands.every((c) => c.entity === e && c.kind === 'name' && c.strong) ? e : undefined;
}

/** soleFirm, named in the pronoun's sentence or the one before: a chain that keeps re-naming its person. */
function closeFirm(r: Resolution): PersonEntity | undefined {
  return r.from >= r.t.sentence - 1 ? soleFirm(r) : undefined;
}

/**
 * "Nabila, a fan from Bekasi, said she … . “…,” he said": someone of unknown gender whom the text
 * itself calls "she" or "he" (as the pronoun's only candidate, named in the pronoun's own sentence)
 * is of that gender for the next two sentences; a later pronoun of the other gender that has only
 * that person as candidate becomes a suspect.
 *
 * "she" teaches more than "he": machine translation writes "he" for "dia" by default, so a "she"
 * for someone is evidence the source said so ("Ibu", a woman's context), while a "he" may be the
 * default guess. A "she"/"her" also teaches when the person was named in the sentence before
 * ("Yosephina Tatap said … . She added … . “…,” he said"), it teaches the two sentences before it as
 * well as after ("Regent Yosephina … said. “…,” he said. She added …"), and where the text calls one
 * person both, "she" wins: a "she" is never made a suspect by an earlier "he".
 */
function learnFromPronouns(resolutions: Resolution[]): void {
  type Key = PersonEntity | Ref;
  const single = (r: Resolution): Ref | undefined => {
    if (r.cands.length !== 1) return undefined;
    const c = r.cands[0]!;
    return c.weak || c.genders.length !== 1 || c.genders[0] !== null ? undefined : c;
  };
  // The sentences where a "she" teaches that a person is a woman.
  const female = new Map<Key, number[]>();
  for (const r of resolutions) {
    const c = single(r);
    if (!c || r.g !== 'female' || REFLEXIVE.has(r.t.lower) || r.from < r.t.sentence - 1) continue;
    const key = c.entity ?? c;
    const list = female.get(key) ?? [];
    list.push(r.t.sentence);
    female.set(key, list);
  }
  const male = new Map<Key, number>();
  for (const r of resolutions) {
    const c = single(r);
    if (!c) continue;
    const key = c.entity ?? c;
    const s = r.t.sentence;
    const taught = female.get(key);
    if (taught) {
      if (r.g === 'female' || !taught.some((x) => Math.abs(x - s) <= 2)) continue;
      learn(r, c, 'female');
      continue;
    }
    const known = male.get(key);
    if (known === undefined) {
      if (r.from === s && !REFLEXIVE.has(r.t.lower) && r.g === 'male') male.set(key, s);
      continue;
    }
    if (r.g === 'male' || s - known > 2) continue;
    learn(r, c, 'male');
  }
}

function learn(r: Resolution, c: Ref, g: Gender): void {
  r.cands = [{ ...c, genders: [g], strong: false, label: `${c.label}, called "${g === 'female' ? 'she' : 'he'}" nearby` }];
  r.learnt = true;
}

function opposite(r: Ref, g: Gender): boolean {
  return r.genders.length > 0 && r.genders.every((x) => x !== null && x !== g);
}

function couldBe(r: Ref, g: Gender): boolean {
  return r.genders.some((x) => x === g);
}

/**
 * The gendered pronouns outside quotations that the rule questions. (A small function of its own:
 * in run(), a large function with many closures that V8 optimises late, the loop over every token
 * allocated an iterator result per token.)
 */
function pronounsOf(doc: AnalysedDocument): Token[] {
  const { tokens } = doc;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.pos !== 'PRON' && t.pos !== 'DET') || !PRONOUNS.has(t.lower) || doc.inQuote(t.start) || isGenericPair(tokens, t.i)) continue;
    // "outplayed He Bing Jiao": "He" capitalised inside a sentence before a capitalised word is a
    // Chinese family name, not the pronoun.
    if (t.text === 'He' && i > 0 && tokens[i - 1]!.sentence === t.sentence && /^\p{L}/u.test(tokens[i - 1]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]!.spaceBefore) continue;
    out.push(t);
  }
  return out;
}

export const pronounGender: Rule = {
  meta: {
    id: 'pronoun-gender',
    category: 'accuracy/mistranslation',
    severity: 'major',
    description: 'A gendered pronoun that conflicts with the known gender of its antecedent (Indonesian pronouns are gender-neutral).',
    examples: {
      invalid: [
        {
          // A Balinese caste title: "Ida Ayu" is a woman's name.
          text: 'Village head Ida Ayu Sriani said the bridge in Tabanan, Bali, was repaired. He said the work took a month.',
          flags: ['He'],
          suggestion: 'She',
        },
        {
          text: 'Indian Prime Minister Narendra Modi arrived in Jakarta on Monday. Reporters photographed Modi and her entourage at the airport.',
          flags: ['her'],
          suggestion: 'his',
        },
        {
          text: 'Finance Minister Sri Mulyani Indrawati presented the budget to parliament. He said the deficit would narrow next year.',
          flags: ['He'],
          suggestion: 'She',
        },
        {
          text: 'Mrs. Halimah addressed the graduates. The crowd applauded when he finished.',
          flags: ['he'],
          suggestion: 'she',
        },
        {
          text: 'Cambodian Prime Minister Hun Manet toured the flooded districts, then excused herself to return to Phnom Penh.',
          flags: ['herself'],
          suggestion: 'himself',
        },
        {
          text: 'Governor Khofifah Indar Parawansa visited the shelters in Sidoarjo. Tents were set up near the road. Clean water arrived by truck. He promised that more aid would follow.',
          flags: ['He'],
          suggestion: 'She',
        },
        {
          text: 'A member of the General Elections Commission, Yohana Siahaan, said the recount was over. "The results are final," he said.',
          flags: ['he'],
          suggestion: 'she',
        },
        {
          text: 'Acting regent Yosephina Wenda visited the flooded villages.\n\nAccording to Yosephina, his office would send boats on Monday.',
          flags: ['his'],
          suggestion: 'her',
        },
        {
          text: 'Governor Khofifah Indar Parawansa said exports from East Java rose in May.\n\nMost of the growth came from processed food.\n\n"The trend will continue," he said.',
          flags: ['he'],
          suggestion: 'she',
        },
        {
          text: 'Regent Maria Goreti Tapilatu spoke in Ambon.\n\n"We will rebuild the bridge," he said.\n\n"The budget is ready," he added.\n\nHe said work would start in May.',
          flags: ['he', 'he', 'He'],
          suggestion: 'she',
        },
      ],
      valid: [
        // A Chinese family name inside a sentence.
        'Chen Yu Fei outplayed He Bing Jiao 21-17, 21-14 to reach the final, where she meets the champion.',
        // A Balinese caste title: "Ida Bagus" is a man's name, whatever "Ida" is alone.
        'Veterinary office head Ida Bagus Rai said the dogs in Gianyar, Bali, were vaccinated. He said more would follow.',
        // An English census name ("Margo") before a Javanese surname in -ono is no evidence of a woman.
        'Statistics head Margo Yuwono said inflation in Indonesia eased in March. He said food prices fell.',
        // "and" straight after an office joins two people: the office is not the woman's title.
        'At the clinic, the President and Ibu Iriana watched the toddlers. “It is about healthy children,” he said.',
        'At the clinic, the minister and Ibu Iriana watched the toddlers. He said the checks were routine.',
        'Prime Minister Anthony Albanese met President Joko Widodo, and the two leaders praised his government.',
        'Kim Jong-un was joined by his sister Kim Yo-jong. Kim said her country would respond.',
        'Secretary Antony Blinken met Foreign Minister Retno Marsudi, who said her ministry would reply.',
        '"She told me to wait," Vladimir Putin said of the envoy.',
        'Every candidate must file his or her papers by Friday, President Erdogan said.',
        'Joe Biden thanked the nurse for her care during his visit.',
        'Angela Merkel met Emmanuel Macron. She praised his plan.',
        'Foreign Minister Penny Wong, who accompanied him on the trip, said the talks with Prabowo Subianto had gone well.',
        'Paetongtarn Shinawatra is the daughter of Thaksin Shinawatra. He returned from exile in 2023.',
        'PT Garuda Indonesia spokeswoman Intan Pramesti said her company would add flights. "Demand is high," she said.',
        'Minister Sri Mulyani met the governor of Bali, Wayan Koster.\n\n"The island needs more funds," he said.\n\nHe added that tourism had recovered.',        // A one-word name with ", who" after it is a person, so "her" and "she" have someone to refer to.
        'Two officers were cleared on Thursday. Wartini, who like many Indonesians uses one name, lost her husband Budi Santoso in the fire. "Nobody has told us anything," she said.',
      ],
    },
  },
  run(doc) {
    const index = resolvePersons(doc);
    const bySentence = buildRefs(doc, index);
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    const pronounTokens = pronounsOf(doc);
    if (pronounTokens.length === 0) return out;

    // Mention counts per entity before a sentence, for the article's main person. Pronouns are
    // resolved in text order, so the counts only ever move forward.
    const named = index.mentions.filter((m) => m.entity && m.personLike);
    const counts = new Map<PersonEntity, number>();
    let counted = 0;
    const mentionsUpTo = (s: number): Map<PersonEntity, number> => {
      for (; counted < named.length && named[counted]!.sentence < s; counted++) {
        const e = named[counted]!.entity!;
        counts.set(e, (counts.get(e) ?? 0) + 1);
      }
      return counts;
    };

    const resolutions = pronounTokens.map((t) => resolve(doc, bySentence, t, mentionsUpTo));
    learnFromPronouns(resolutions);
    chainPronouns(doc, resolutions);
    const isSuspect = (r: Resolution): boolean => r.cands.length > 0 && r.cands.every((c) => opposite(c, r.g));
    const suspects = new Set(resolutions.filter(isSuspect).map((r) => r.t.i));
    // Resolutions by sentence, so the checks below look at a few sentences, never the whole text.
    const bySentenceRes: Resolution[][] = doc.sentences.map(() => []);
    for (const r of resolutions) bySentenceRes[r.t.sentence]!.push(r);
    const around = (from: number, to: number): Resolution[] => bySentenceRes.slice(Math.max(0, from), Math.min(bySentenceRes.length, to + 1)).flat();

    // A suspect is explained when someone who could be of its gender (or, if `unknownToo`, of unknown
    // gender) is named in its sentence or the two before it: it may be about that person.
    const explained = (q: Resolution, unknownToo = true): boolean => {
      for (let k = Math.max(0, q.t.sentence - 2); k <= q.t.sentence; k++) {
        if (bySentence[k]!.some((x) => !x.weak && (k < q.t.sentence || x.tokenStart < q.t.i) && x.genders.some((y) => y === q.g || (unknownToo && y === null)))) return true;
      }
      return false;
    };
    for (const r of resolutions) {
      if (!suspects.has(r.t.i)) continue;
      const { t, g } = r;
      const s = t.sentence;
      // Quantified subjects make the pronoun generic: "none emerges … in his own right",
      // "everyone … his seat"; a quantifying determiner only within the pronoun's clause.
      let generic = false;
      const clause = clauseStart(doc, t.i);
      for (let k = doc.sentences[s]!.tokenStart; k < t.i && !generic; k++) {
        const w = tokens[k]!.lower;
        generic = GENERIC_PRONOUN.has(w) || (k >= clause && GENERIC.has(w));
      }
      if (generic) continue;
      // Ships are "she": "the tanker … her crew".
      if (g === 'female' && nearVessel(doc, t)) continue;
      // Someone of the pronoun's gender earlier in its sentence (or the subject it points forward
      // to) could be meant. Not someone after it: "he met Airlangga" (he ≠ Airlangga), "her partner
      // Jodie Haydon" (her ≠ Jodie Haydon). Someone inside a relative clause that closed before the
      // pronoun ("Paetongtarn, who is the daughter of Thaksin, said his country…") is a weaker
      // rival: info, not silence.
      const comma = cataphoraComma(doc, t);
      const limit = comma >= 0 ? comma + 3 : t.i;
      // "“… the President really appreciates it,” he concluded": someone the quotation speaks of in the
      // third person is not its speaker, so no rival for the pronoun that attributes it.
      const attributes = speechAttribution(doc, t);
      const rivals = bySentence[s]!.filter((x) => x.tokenStart < limit && couldBe(x, g) && !(attributes && x.quoted));
      if (rivals.some((x) => !inClosedRelative(doc, x, t.i))) continue;
      // The same person referred to earlier in the sentence by a pronoun we do not question ("She
      // was succeeded by Hipkins, who praised her leadership"). An object pronoun there is someone
      // other than its clause's subject ("Wong, who accompanied him, said he…") and does not count.
      if (bySentenceRes[s]!.some((q) => q.g === g && q.t.i < t.i && !suspects.has(q.t.i) && !isObjectForm(q.t, tokens[q.t.i + 1]))) continue;
      // Nearby pronouns of the same gender: one that no known person of that gender explains means
      // the story follows someone of that gender whom the resolver missed (info); two or more that
      // all disagree with our antecedent mean we picked the wrong one (silence).
      // A chain of suspects all pointing to the same firmly known person who is the only candidate
      // each time ("President Claudia Sheinbaum said his government… At his press conference…") is
      // how machine translation misgenders one person across sentences: it neither silences nor
      // weakens the finding.
      // Not when the text also refers to that person nearby with the right pronoun ("Miss Jen …
      // she …, his ideas"): then the chain is about someone else whom the resolver missed.
      let person = closeFirm(r);
      if (person && around(s - 3, s + 1).some((q) => q.g !== g && !suspects.has(q.t.i) && q.cands.some((c) => c.entity === person))) person = undefined;
      let unexplained = false;
      let chain = 0;
      let chainAll = 0;
      // A pronoun of this gender inside a quotation shortly before ("Mr Davies said: “She was the
      // cleverest woman I ever met.”"): the speaker is talking about someone of that gender, whom
      // the pronouns after the quotation may still follow.
      // Not for the pronoun that attributes a quotation ("… He stands at the forefront," he said):
      // the quotation's own pronoun may be the same misgendering.
      let follows = false;
      if (!speechAttribution(doc, t)) for (let k = doc.sentences[Math.max(0, s - 3)]!.tokenStart; k < t.i && !follows; k++) {
        const w = tokens[k]!;
        follows = PRONOUNS.get(w.lower) === g && doc.inQuote(w.start);
      }
      // A suspect that points, like this one, to the one firmly known person (however far back it
      // was named) is the same MT guess repeated ("According to her, … she said" about one man): it
      // is no evidence that someone of the pronoun's gender is in the story.
      let target = person ?? soleFirm(r);
      if (target && around(s - 3, s + 1).some((q) => q.g !== g && !suspects.has(q.t.i) && q.cands.some((c) => c.entity === target))) target = undefined;
      for (const q of around(s - 3, s + 1)) {
        if (q === r || q.g !== g) continue;
        if (suspects.has(q.t.i)) {
          if (person && closeFirm(q) === person) continue;
          // Nor is a suspect about another firmly known person with nobody of its gender (or of
          // unknown gender) named near it: a second, independent MT guess. Suspects about person
          // nouns ("his mother … he … he") still count: they follow someone the text never names.
          const qp = soleFirm(q);
          if (qp && qp === target) continue;
          const qn = soleNamed(q);
          if (qn && qn !== soleNamed(r) && !explained(q, false)) continue;
          chainAll++;
          if (q.t.sentence !== s) chain++;
        // A chained pronoun that is no suspect found nobody of its own: as before chaining, it is
        // someone the resolver missed.
        } else if (q.chained || !q.cands.some((c) => c.genders.includes(g))) unexplained = true;
      }
      if (chain >= 2 || chainAll >= 3) continue;
      // Someone of the pronoun's gender a few sentences back (or since the main person was named).
      // A pronoun continuing the previous sentence's subject only competes with that sentence.
      // Continuity holds only when the previous sentence has no pronoun of this gender about someone
      // else ("…looked straight at him. He jumped back": "he" continues "him", not the subject).
      const continues = r.continuity && bySentenceRes[r.from]!.every((q) => q.g !== g || (suspects.has(q.t.i) && person !== undefined && soleFirm(q) === person));
      let competitor = rivals.length > 0;
      if (continues) competitor ||= bySentence[r.from]!.some((x) => couldBe(x, g) && !r.pruned.includes(x));
      else for (let k = Math.max(0, Math.min(s - 5, r.from)); k < s && !competitor; k++) competitor = bySentence[k]!.some((x) => couldBe(x, g));
      // The main-person fallback is sure only when no pronoun of this gender has been about anyone
      // else since that person was introduced.
      const earlierSameGender = r.via === 'topic' && around(r.from, s).some((q) => q.g === g && q.t.i < t.i && !suspects.has(q.t.i));
      // An antecedent known only by a bare family name ("Payne") may be someone else of that name.
      const bare = r.cands.some((c) => c.entity?.bareOnly);
      const uncertain = competitor || unexplained || follows || chain > 0 || earlierSameGender || bare || (r.via !== 'near' && r.via !== 'topic');
      // Only a rival further back than two sentences, and a strongly known antecedent: English would
      // have re-named the rival, so the pronoun is probably wrong (minor, not info).
      // Likewise when the antecedent is the firmly known subject of the pronoun's own sentence and
      // the only candidate ("Retno Marsudi recalled that during his term"): a rival in an earlier
      // sentence is an unlikely referent.
      const ownSubject = r.from === s && r.cands.length === 1 && firm(r.cands[0]!) && isSubject(doc, r.cands[0]!);
      const farRivalOnly = competitor && rivals.length === 0 && !unexplained && !follows && chain === 0 && !earlierSameGender && !bare && (r.via === 'near' || r.via === 'topic') && (ownSubject || !explained(r));
      const who = [...new Set(r.cands.map((c) => c.label))].join(', ');
      const other = g === 'male' ? 'female' : 'male';
      const strong = r.cands.some((c) => c.strong);
      // The story's own subject, of the pronoun's gender, in the headline or the lead ("Bali court
      // upholds death sentence for British woman … The court …, spokesman Makkasau said. Police say
      // she …"): a native story goes back to its subject by pronoun across a quoted official, so the
      // far rival is then no reason to be sure. (The machine-translation slip is the other way round:
      // a pronoun whose gender matches nobody the story is about.)
      const leadEnd = doc.paragraphs.length > 1 ? doc.paragraphs[1]!.sentenceEnd : doc.sentences.length;
      let leadSubject = false;
      // (Only when the nearest person is in an earlier sentence: one in the pronoun's own sentence,
      // "Sri Mulyani later said his budget …", is its likely antecedent whoever the lead was about.)
      for (let k = 0; r.from !== s && k < Math.min(leadEnd, s) && !leadSubject; k++) leadSubject = bySentence[k]!.some((x) => couldBe(x, g) && x.strong);
      const raised = (uncertain && farRivalOnly && strong && !leadSubject) || (r.learnt === true && !uncertain);
      const kind = g === 'male' ? 'masculine' : 'feminine';
      out.push({
        start: t.start,
        end: t.end,
        message: uncertain
          ? `"${t.text}" is ${kind}, but the nearest person (${who}) is ${other}; check whom it refers to.`
          : `"${t.text}" is ${kind}, but its antecedent (${who}) is ${other}.`,
        suggestions: [swap(t, tokens[t.i + 1])],
        confidence: raised ? 0.55 : uncertain ? 0.4 : strong ? (r.from === s ? 0.9 : 0.8) : 0.6,
        ...(raised ? { severity: 'minor' as const } : uncertain ? { severity: 'info' as const } : {}),
        note: 'Indonesian "dia", "ia" and "-nya" do not mark gender, so machine translation guesses the English pronoun.',
      });
    }
    return out;
  },
};
