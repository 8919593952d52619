/**
 * pronoun-gender: a he/his/him/she/her/hers whose antecedent person is known to be of the other
 * gender. Indonesian "dia", "ia" and "-nya" carry no gender, so machine translation guesses, and
 * sometimes guesses wrong ("Kim Jong-un … her guests").
 *
 * Antecedents are resolved conservatively, by recency: the candidates are the people (named persons
 * and singular person nouns such as "the nurse") in the pronoun's own sentence, or else in the
 * nearest of the two sentences before it that has any. A pronoun is flagged only when every
 * candidate has a known gender opposite to it, no candidate is of unknown gender, and no other
 * pronoun of the same gender nearby shows that someone of that gender is in the story. Quoted speech
 * is skipped; "his or her" and "he/she" are generic.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { cueFor } from '../people/cues.js';
import type { Gender } from '../people/gazetteer.js';
import { resolvePersons } from '../people/persons.js';
import type { PersonMention } from '../people/persons.js';
import type { FindingDraft, Rule } from './types.js';

const PRONOUNS: Record<string, Gender> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
};

function swap(t: Token, next: Token | undefined): string {
  const map: Record<string, string> = { he: 'she', him: 'her', his: 'her', himself: 'herself', she: 'he', hers: 'his', herself: 'himself' };
  let out: string;
  if (t.lower === 'her') {
    // Possessive "her" (before a noun phrase) becomes "his"; object "her" becomes "him".
    const possessive = next !== undefined && next.spaceBefore && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV'].includes(next.pos);
    out = possessive ? 'his' : 'him';
  } else if (t.lower === 'his') {
    const possessive = next !== undefined && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV'].includes(next.pos);
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
  const pron = (t: Token | undefined): boolean => t !== undefined && t.lower in PRONOUNS;
  return (pron(a) && (b?.lower === 'or' || b?.text === '/')) || (pron(d) && (c?.lower === 'or' || c?.text === '/'));
}

interface Candidate {
  gender: Gender | null;
  strong: boolean;
  label: string;
}

interface Scope {
  sentence: number;
  /** Only tokens before this index count (the pronoun's own sentence); MAX for whole sentences. */
  before: number;
  /** Only tokens after this index count (cataphora); -1 for none. */
  after: number;
  names: boolean;
  nouns: boolean;
}

function candidatesIn(doc: AnalysedDocument, mentions: PersonMention[], nameTokens: Set<number>, scope: Scope): Candidate[] {
  const out: Candidate[] = [];
  if (scope.names) {
    for (const m of mentions) {
      if (m.sentence !== scope.sentence || !m.personLike) continue;
      if (m.tokenStart >= scope.before || m.tokenStart <= scope.after) continue;
      if (m.entity) out.push({ gender: m.entity.gender, strong: m.entity.evidence !== null, label: m.entity.display });
      else for (const g of m.possible) out.push({ gender: g, strong: false, label: doc.text.slice(m.start, m.end) });
    }
  }
  // Singular person nouns not attached to a name ("the nurse", "a woman") are people too.
  if (scope.nouns) {
    for (const t of doc.sentenceTokens(scope.sentence)) {
      if (t.i >= scope.before) break;
      if (t.i <= scope.after || nameTokens.has(t.i) || t.pos !== 'NOUN') continue;
      const cue = cueFor(t.lower);
      if (cue?.personNoun) out.push({ gender: cue.gender, strong: cue.gender !== null, label: t.text });
    }
  }
  return out;
}

const CLAUSE_BOUNDARY = new Set([',', ';', ':', 'and', 'but', 'that', 'who', 'which', 'when', 'while', 'after', 'before', 'because', 'as', 'where']);

function isObjectForm(t: Token, next: Token | undefined): boolean {
  if (t.lower === 'him') return true;
  if (t.lower !== 'her') return false;
  return !(next !== undefined && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV'].includes(next.pos));
}

/** Index of the first token of the pronoun's clause (after the last boundary before it). */
function clauseStart(doc: AnalysedDocument, t: Token): number {
  const first = doc.sentences[t.sentence]!.tokenStart;
  for (let k = t.i - 1; k >= first; k--) if (CLAUSE_BOUNDARY.has(doc.tokens[k]!.lower)) return k;
  return first;
}

/**
 * "In her first speech, Merkel said…": a pronoun in a sentence-initial phrase may point forward to
 * the subject right after the comma. Returns the token index of that comma, or -1.
 */
function cataphoraComma(doc: AnalysedDocument, t: Token): number {
  const sentence = doc.sentences[t.sentence]!;
  const first = doc.tokens[sentence.tokenStart]!;
  // Only a sentence-initial prepositional or subordinate phrase: "In her speech,", "After his arrival,".
  if (t.i - sentence.tokenStart > 4 || (first.pos !== 'ADP' && first.pos !== 'SCONJ')) return -1;
  for (let k = t.i + 1; k < Math.min(sentence.tokenEnd, t.i + 8); k++) if (doc.tokens[k]!.text === ',') return k;
  return -1;
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
      ],
      valid: [
        'Prime Minister Anthony Albanese met President Joko Widodo, and the two leaders praised his government.',
        'Kim Jong-un was joined by his sister Kim Yo-jong. Kim said her country would respond.',
        'Secretary Antony Blinken met Foreign Minister Retno Marsudi, who said her ministry would reply.',
        '"She told me to wait," Vladimir Putin said of the envoy.',
        'Every candidate must file his or her papers by Friday, President Erdogan said.',
        'Joe Biden thanked the nurse for her care during his visit.',
        'Angela Merkel met Emmanuel Macron. She praised his plan.',
      ],
    },
  },
  run(doc) {
    const { mentions, nameTokens } = resolvePersons(doc);
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    const pronounTokens: Token[] = [];
    for (const t of tokens) {
      if (!PRONOUNS[t.lower] || t.pos !== 'PRON' && t.pos !== 'DET' || doc.inQuote(t.start) || isGenericPair(tokens, t.i)) continue;
      pronounTokens.push(t);
    }
    const MAX = Number.MAX_SAFE_INTEGER;
    // Known-gender named people per sentence, for the wider look-back.
    const namedGenders = new Map<number, Set<Gender>>();
    for (const m of mentions) {
      for (const g of m.possible) {
        if (!g) continue;
        const set = namedGenders.get(m.sentence) ?? new Set<Gender>();
        set.add(g);
        namedGenders.set(m.sentence, set);
      }
    }
    const suspects: { t: Token; g: Gender; from: number; who: string; strong: boolean }[] = [];
    for (const t of pronounTokens) {
      const g = PRONOUNS[t.lower]!;
      const s = t.sentence;
      const paragraph = doc.sentences[s]!.paragraph;
      // 1. Nearest candidates: the pronoun's own sentence before it; else the subject after a
      //    sentence-initial phrase (cataphora); else the nearest of the two previous sentences.
      // An object pronoun cannot refer to the subject of its own clause ("Kim told her": her ≠ Kim),
      // so for him/her-as-object only people before the last clause boundary count.
      const limit = isObjectForm(t, tokens[t.i + 1]) ? clauseStart(doc, t) : t.i;
      let cands = candidatesIn(doc, mentions, nameTokens, { sentence: s, before: limit, after: -1, names: true, nouns: true });
      let from = s;
      if (cands.length === 0) {
        const comma = cataphoraComma(doc, t);
        if (comma >= 0) cands = candidatesIn(doc, mentions, nameTokens, { sentence: s, before: comma + 3, after: comma, names: true, nouns: false });
      }
      for (let back = 1; cands.length === 0 && back <= 2 && s - back >= 0; back++) {
        if (paragraph - doc.sentences[s - back]!.paragraph > 1) break;
        cands = candidatesIn(doc, mentions, nameTokens, { sentence: s - back, before: MAX, after: -1, names: true, nouns: true });
        from = s - back;
      }
      // 2. Every candidate must be of known, opposite gender.
      if (cands.length === 0 || !cands.every((c) => c.gender !== null && c.gender !== g)) continue;
      // 3. A named person of the pronoun's gender in the last five sentences (or later in this one) could be meant.
      let sameGenderPerson = false;
      for (let k = Math.max(0, s - 5); k <= s && !sameGenderPerson; k++) sameGenderPerson = namedGenders.get(k)?.has(g) ?? false;
      if (sameGenderPerson) continue;
      suspects.push({ t, g, from, who: [...new Set(cands.map((c) => c.label))].join(', '), strong: cands.some((c) => c.strong) });
    }
    // 4. Pronoun chains: other pronouns of the same gender in nearby sentences mean the story is
    //    following someone of that gender whom the resolver missed. One wrong pronoun among the
    //    right ones is the machine-translation pattern; a consistent chain is not.
    const suspectSet = new Set(suspects.map((x) => x.t.i));
    for (const x of suspects) {
      const others = pronounTokens.filter((p) => p.i !== x.t.i && PRONOUNS[p.lower] === x.g && p.sentence >= x.t.sentence - 3 && p.sentence <= x.t.sentence + 1);
      const otherSentences = others.filter((p) => p.sentence !== x.t.sentence);
      if (otherSentences.length >= 2 || others.some((p) => !suspectSet.has(p.i))) continue;
      const other = x.g === 'male' ? 'female' : 'male';
      out.push({
        start: x.t.start,
        end: x.t.end,
        message: `"${x.t.text}" is ${x.g === 'male' ? 'masculine' : 'feminine'}, but its antecedent (${x.who}) is ${other}.`,
        suggestions: [swap(x.t, tokens[x.t.i + 1])],
        confidence: x.strong ? (x.from === x.t.sentence ? 0.9 : 0.8) : 0.6,
        note: 'Indonesian "dia", "ia" and "-nya" do not mark gender, so machine translation guesses the English pronoun.',
      });
    }
    return out;
  },
};
