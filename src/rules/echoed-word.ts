/**
 * echoed-word: a content word said again, or its derivation, across a short bridge of function words
 * that holds a preposition, or a verb with its own noun as object: "exceed the capacity of the capacity", "are still investigating the
 * investigation", "will be investigated by investigators", "the investigation is still under
 * investigation".
 *
 * Why this shape: machine translation from Indonesian renders a verb and its cognate noun
 * (menyelidiki penyelidikan, "investigate the investigation") or a noun phrase the source repeats
 * for emphasis word for word; the English sentence then says one thing twice around "of the", "by"
 * or "under". The structural-cue study (the eleventh fluency round in docs/fluency.md) measured it as the one cue that is both Indonesian-origin and rare on native news: the
 * other candidates (no finite verb, preposition + finite verb, an opening prepositional phrase
 * acting as subject, noun strings…) fire as often on native pages as on translated ones.
 *
 * Left alone, because English writes them on purpose:
 * - the same word across a bare preposition ("day by day", "country to country", "side by side"):
 *   a repeat of the same word needs a determiner or an auxiliary in the bridge ("of the", "is still
 *   under");
 * - a repeat whose second word modifies a following noun ("the property by the property owners");
 * - words shorter than five letters, names (PROPN), numbers and units ("7 trillion rupiah to 8
 *   trillion rupiah": a number breaks the bridge);
 * - prefix look-alikes ("interest in the international", "control of the contract"): a derivation
 *   counts only when both words reduce to the same stem after a short list of suffixes.
 *
 * Severity info: the fix is a rewrite, and the shape is rare (0.03 per 1,000 words on held-out
 * Indonesian-origin pages), so it points the sentence out without penalty points.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import type { FindingDraft, Rule } from './types.js';

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ']);
/** Tokens a bridge may hold; it must hold at least one preposition (ADP). */
const BRIDGE = new Set(['ADP', 'DET', 'ADV', 'AUX']);
/** At most this many bridge tokens between the two words. */
const MAX_BRIDGE = 3;
const MIN_LENGTH = 5;
const LETTERS = /^\p{Ll}+$/u;
const UPPER_START = /^\p{Lu}/u;
/** Derivational and inflectional endings stripped to compare two words' stems, longest first. */
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ions', 'ion', 'ings', 'ing', 'ors', 'ers', 'ies', 'ied', 'ed', 'es', 'or', 'er', 'ly', 's', 'e'];

/** The word less one ending from SUFFIXES (the longest that leaves at least five letters). */
export function stemOf(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_LENGTH) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * Two words of one family: their stems are equal, or one is the other plus at most two letters
 * ("investig-ation" and "investigat-ing" differ by the "at" that -ation swallows).
 */
export function sameFamily(a: string, b: string): boolean {
  const [short, long] = [stemOf(a), stemOf(b)].sort((x, y) => x.length - y.length) as [string, string];
  return long.startsWith(short) && long.length - short.length <= 2;
}

/** `LETTERS.test(word)`, answered without the regex for ASCII (where \p{Ll} is a-z): it ran on every noun, verb and adjective. */
function allLowerLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return LETTERS.test(word);
    if (c < 97 || c > 122) return false;
  }
  return word.length > 0;
}

/**
 * Whether two words of at least MIN_LENGTH letters open with the same MIN_LENGTH letters: every stem
 * keeps at least that many, so words that differ there are never one family (a cheap test before
 * sameFamily's stemming).
 */
function samePrefix(a: string, b: string): boolean {
  for (let i = 0; i < MIN_LENGTH; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

function contentWord(t: Token): boolean {
  return CONTENT.has(t.pos) && t.type === 'word' && t.lower.length >= MIN_LENGTH && allLowerLetters(t.lower);
}

/**
 * The token that echoes `a` across a bridge, or undefined. `tokens` are one sentence's tokens and
 * `i` is `a`'s index among them.
 */
function echoOf(tokens: readonly Token[], i: number): Token | undefined {
  const a = tokens[i]!;
  let preposition = false;
  let determinerOrAux = false;
  for (let j = i + 1; j <= i + MAX_BRIDGE + 1 && j < tokens.length; j++) {
    const t = tokens[j]!;
    // A capital inside the bridge is a heading run into the text ("a witness Among the witnesses").
    if (BRIDGE.has(t.pos) && t.type === 'word' && !UPPER_START.test(t.text)) {
      if (t.pos === 'ADP') preposition = true;
      else if (t.pos !== 'ADV') determinerOrAux = true;
      continue;
    }
    if (j === i + 1 || !contentWord(t)) return undefined;
    const same = t.lemma === a.lemma || t.lower === a.lower;
    if (same && !(preposition && determinerOrAux)) return undefined;
    if (!same && !(samePrefix(t.lower, a.lower) && sameFamily(t.lower, a.lower))) return undefined;
    // A verb with its own noun as object ("investigating the investigation") needs no preposition.
    if (!same && !preposition && !(a.pos === 'VERB' && t.pos === 'NOUN')) return undefined;
    // "the property by the property owners": the second word modifies a noun of its own.
    const next = tokens[j + 1];
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return undefined;
    return t;
  }
  return undefined;
}

/**
 * A name said again in brackets right after itself: "Central Java (Central Java)", "Head of Public
 * Relations (Head of Public Relations)". The Indonesian source put its short form in brackets after
 * the name ("Jawa Tengah (Jateng)"), and machine translation expanded the short form too, so the
 * bracket now repeats the name word for word. Only capitalised phrases of at least five letters (a
 * chemist's "Af (Af)" placeholder is not a name), compared exactly. A lower-case term of up to three
 * words is echoed the same way when the source glossed its word with the English term ("titik panas
 * (hotspot)" → "hotspots (hotspots)").
 */
const NAME_INSIDE = /^\p{Lu}[\p{L}\p{N}'’-]*(?: (?:\p{Lu}[\p{L}\p{N}'’-]*|of|and|the|for)){0,6}$/u;
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{N}'’-]* $/u;
/** A lower-case term said again in its own bracket: "hotspots (hotspots)", "diving (diving)". */
const TERM_INSIDE = /^\p{Ll}[\p{L}'’-]*(?: \p{Ll}[\p{L}'’-]*){0,2}$/u;
const WORD_CHAR = /[\p{L}\p{N}-]/u;

/** One pass over the brackets (" (" … ")"): a regular expression with a back-reference tried at every capital cost six times more. */
function bracketEchoes(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const text = doc.text;
  for (let open = text.indexOf(' (', 1); open >= 0; open = text.indexOf(' (', open + 2)) {
    const close = text.indexOf(')', open + 2);
    if (close < 0 || close - open > 90) continue;
    const name = text.slice(open + 2, close);
    const term = TERM_INSIDE.test(name);
    if ((!term && !NAME_INSIDE.test(name)) || name.replace(/[^\p{L}]/gu, '').length < 5) continue;
    const start = open - name.length;
    if (start < 0 || text.slice(start, open) !== name) continue;
    // The echo must be the whole name: "World Wonder Ring Stardom (Stardom)" gives the short name of a
    // longer one, which English does; nor may a word run into it ("xCentral Java").
    if ((start > 0 && WORD_CHAR.test(text[start - 1]!)) || (!term && CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 40), start)))) continue;
    out.push({
      start,
      end: close + 1,
      message: term
        ? `"${name}" is repeated in brackets right after itself: the source glossed its own word with the English or foreign term ("titik panas (hotspot)"), and the translation rendered both alike. Drop the bracket.`
        : `"${name}" is repeated in brackets right after itself: the bracket held the Indonesian short form, which the translation expanded too. Drop the bracket.`,
      suggestions: [name],
      confidence: 0.8,
      severity: 'minor',
      fixable: true,
      note: 'Indonesian news writes a short form in brackets after a name ("Jawa Tengah (Jateng)"); translated, both become the same English words.',
    });
  }
  return out;
}

/**
 * "the repatriation or repatriation of", "TB or TB in the country": a word offered as its own
 * alternative. The Indonesian source gave two words for one thing ("repatriasi atau pemulangan",
 * "TBC atau TB") and the translation rendered both as the same English word. Only before a stop or a
 * function word (an alternative that goes on, "seed or seed products", is left alone), and a hint
 * (info): English has a rare rhetorical use ("freedom or freedom is going to march over them").
 */
// Three letters or more, or an acronym of two capitals ("TB or TB").
const WORD_BEFORE = /(?<![\p{L}\p{N}-])(?:\p{L}{3,}|\p{Lu}{2})$/u;
// A determiner after the echo makes it a verb before its object ("will launch or launch the programme").
const FOLLOWS = /^(?:[.,;:)]|\s+(?:in|of|from|to|at|on|for|with|by|who|which|that|and|as|is|are|was|were|has|have|had|the|a|an|this|these|its|their)\b)/i;
const MODAL_LIKE = /^(?:may|might|will|would|can|could|shall|should|must|did|does|do|was|were|is|are|has|have|had)$/i;

/** One pass over the " or "s. */
function orEchoes(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const text = doc.text;
  for (let at = text.indexOf(' or ', 1); at >= 0; at = text.indexOf(' or ', at + 4)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (!before) continue;
    const word = before[0];
    const after = at + 4;
    if (text.slice(after, after + word.length).toLowerCase() !== word.toLowerCase()) continue;
    if (!FOLLOWS.test(text.slice(after + word.length, after + word.length + 12)) || MODAL_LIKE.test(word)) continue;
    const start = at - word.length;
    out.push({
      start,
      end: after + word.length,
      message: `"${text.slice(start, after + word.length)}" offers a word as its own alternative: the source gave two words for one thing and the translation rendered both alike. Say it once ("${word}"), or give the alternative a reader needs (an expansion, a second term).`,
      suggestions: [word],
      confidence: 0.5,
      fixable: true,
    });
  }
  return out;
}

export const echoedWord: Rule = {
  meta: {
    id: 'echoed-word',
    category: 'fluency/grammar',
    severity: 'info',
    description: 'A content word said again (or its derivation) across a short bridge with a preposition: "the capacity of the capacity", "investigating the investigation", "investigated by investigators"; and a name repeated in brackets after itself, "Central Java (Central Java)" (minor); a word offered as its own alternative, "the repatriation or repatriation of".',
    examples: {
      invalid: [
        { text: 'The old drains exceed the capacity of the capacity so that the streets flood.', flags: ['capacity of the capacity'] },
        { text: 'Detectives were still investigating the investigation into the missing funds.', flags: ['investigating the investigation'] },
        { text: 'The cause of the fire is still under investigation by investigators from the city.', flags: ['investigation by investigators'] },
        { text: 'The program seeks the development of developers in the village.', flags: ['development of developers'] },
        { text: 'Floods hit 33 villages in Grobogan, Central Java (Central Java), on Monday.', flags: ['Central Java (Central Java)'], suggestion: 'Central Java' },
        { text: 'The ministry helped the repatriation or repatriation of 700 workers last year.', flags: ['repatriation or repatriation'], suggestion: 'repatriation' },
        { text: 'Clinics in the district screened 300 residents for TB or TB in March.', flags: ['TB or TB'], suggestion: 'TB' },
        { text: 'Satellites spotted 40 hotspots (hotspots) in the peat forests on Monday.', flags: ['hotspots (hotspots)'], suggestion: 'hotspots' },
      ],
      valid: [
        'Prices rose day by day as the storm approached.',
        'The virus spread from country to country within weeks.',
        'Officials placed a lien on the property by the property owners last year.',
        'Investors showed little interest in the international bond sale.',
        'The ministry lost control of the contract in March.',
        'The companies plan to buy back 7 trillion rupiah to 8 trillion rupiah of shares.',
        'Investigators said the investigation would take a month.',
        'Floods hit 33 villages in Grobogan, Central Java (Jateng), and the Af (Af) sample was pure.',
        'She wrestled for World Wonder Ring Stardom (Stardom) until 2019.',
        'The answer may or may not come this week, and farmers buy seed or seed products in March.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const out: FindingDraft[] = [...bracketEchoes(doc), ...orEchoes(doc)];
    for (const sentence of doc.sentences) {
      if (sentence.boilerplate) continue;
      const tokens = doc.sentenceTokens(sentence.index);
      for (let i = 0; i + 2 < tokens.length; i++) {
        const a = tokens[i]!;
        if (!contentWord(a)) continue;
        const b = echoOf(tokens, i);
        if (!b) continue;
        const span = doc.text.slice(a.start, b.end);
        out.push({
          start: a.start,
          end: b.end,
          message: `"${span}" says "${a.text}" twice around a preposition: the sentence repeats itself, as word-for-word machine translation does. Consider: rewrite it with the word once.`,
          confidence: 0.6,
        });
        i = b.i - tokens[0]!.i;
      }
    }
    return out;
  },
};
