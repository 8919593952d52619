/**
 * article-ordinal: an indefinite article before an ordinal that names one unique occasion — "held
 * a 70th anniversary of the armistice", "attended a 43rd ASEAN Summit". There is only one 70th
 * anniversary of a thing and only one 43rd ASEAN Summit, so English says "the". Indonesian has no
 * articles ("peringatan ke-70", "KTT ASEAN ke-43"), and machine translation sometimes supplies "a".
 *
 * Kept tight, because "a second term", "a third summit" (another one), "for a 10th straight day",
 * "a 10th anniversary edition" and "a 50th-anniversary gala" are all good English:
 *   - the head noun comes from `data/lexicons/ordinal-events.json` and must really be the head (the
 *     next word is not a further noun: "a 70th anniversary concert" is a concert; no hyphen compound);
 *   - `occasion` nouns (anniversary, birthday, centenary…) fire when "of" follows ("a 70th anniversary
 *     of the war"), with any ordinal, or when capitalised as a name with a numeric ordinal;
 *   - `named-event` nouns (summit, congress, session…) fire only with a numeric ordinal and a
 *     capitalised event name, head included ("a 20th Party Congress", "a 32nd SEA Games").
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { loadLexicon } from '../lexicons/load.js';
import type { FindingDraft, Rule } from './types.js';

type EventKind = 'occasion' | 'named-event';

interface OrdinalEventEntry {
  noun: string;
  kind: EventKind;
  note: string;
}

let events: Map<string, EventKind> | undefined;

function eventKind(lower: string): EventKind | undefined {
  if (!events) {
    events = new Map();
    for (const e of loadLexicon<OrdinalEventEntry>('ordinal-events').entries) events.set(e.noun, e.kind);
  }
  return events.get(lower);
}

const NUMERIC_ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/i;
const WORD_ORDINALS = new Set(
  (
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth ' +
    'sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ' +
    'ninetieth hundredth thousandth'
  ).split(' '),
);
const UPPER_START = /^\p{Lu}/u;
const HYPHEN = /^[-‐‑]$/;
const ACRONYM = /^[\p{Lu}\d]{2,}$/u;
/** After "of", an indefinite object makes the phrase generic ("a 50th anniversary of a company"). */
const INDEFINITE_OBJECT = new Set(['a', 'an', 'any', 'every', 'some', 'sorts', 'one']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Words that make a following indefinite article idiomatic ("such a …", "quite a …"). */
const LICENSING_BEFORE = new Set(['such', 'quite', 'what', 'rather']);

interface Head {
  head: Token;
  named: boolean;
  ofFollows: boolean;
}

/** Finds the head occasion noun after the ordinal at index `o`, or undefined when it is not the head. */
function findHead(doc: AnalysedDocument, o: number, sentenceEnd: number): Head | undefined {
  const { tokens } = doc;
  let named = false;
  for (let k = o + 1; k < Math.min(sentenceEnd, o + 10); k++) {
    const u = tokens[k]!;
    // "a 50th-anniversary gala": a hyphen compound modifies something else.
    if (k === o + 1 && !u.spaceBefore) return undefined;
    // Hyphenated and parenthesised parts of an event name: "a 31st Asia-Pacific Economic
    // Cooperation (APEC) Summit".
    if (!u.spaceBefore && HYPHEN.test(u.text) && tokens[k + 1] && !tokens[k + 1]!.spaceBefore && tokens[k + 1]!.type === 'word') {
      k++;
      continue;
    }
    if (u.text === '(' && tokens[k + 2]?.text === ')' && ACRONYM.test(tokens[k + 1]?.text ?? '')) {
      k += 2;
      continue;
    }
    if (!u.spaceBefore || u.type !== 'word') return undefined;
    const capital = UPPER_START.test(u.text);
    if (eventKind(u.lower) !== undefined) {
      // A named event is capitalised throughout, its head included ("the 43rd ASEAN Summit").
      named = capital;
      const v = tokens[k + 1];
      const vSame = v !== undefined && k + 1 < sentenceEnd;
      if (vSame && !v.spaceBefore && v.text !== ',' && v.text !== '.' && v.text !== ';' && v.text !== ':') return undefined;
      // "a 70th anniversary celebration of": the later occasion noun is the head.
      if (vSame && v.spaceBefore && eventKind(v.lower) !== undefined) continue;
      // "a 70th anniversary concert", "a 10th anniversary edition": a compound with another head.
      if (vSame && v.spaceBefore && v.lower !== 'of' && (v.pos === 'NOUN' || v.pos === 'PROPN' || (v.type === 'word' && UPPER_START.test(v.text)))) return undefined;
      const ofFollows = vSame && v.lower === 'of' && !INDEFINITE_OBJECT.has(tokens[k + 2]?.lower ?? '');
      return { head: u, named, ofFollows };
    }
    // A lower-case word after a capitalised name ends it: "a 2nd ASEAN Forum next week".
    if (named && !capital) return undefined;
    if (MODIFIER_POS.has(u.pos) || capital) {
      if (capital) named = true;
      continue;
    }
    return undefined;
  }
  return undefined;
}

export const articleOrdinal: Rule = {
  meta: {
    id: 'article-ordinal',
    category: 'fluency/grammar',
    severity: 'minor',
    description: "An indefinite article before an ordinal naming a unique occasion ('a 70th anniversary of …', 'a 43rd ASEAN Summit'), where English needs 'the'.",
    examples: {
      invalid: [
        {
          text: 'Thousands gathered in Hanoi as the city marked a 50th anniversary of the reunification of the country.',
          flags: ['a 50th anniversary'],
          suggestion: 'the 50th anniversary',
        },
        {
          text: 'Prime Minister Anwar Ibrahim flew to Laos to attend a 44th ASEAN Summit in Vientiane.',
          flags: ['a 44th ASEAN Summit'],
          suggestion: 'the 44th ASEAN Summit',
        },
        {
          text: 'The university held a second anniversary of its medical faculty on Friday, and the mayor spoke.',
          flags: ['a second anniversary'],
        },
        {
          text: 'The ruling party opened a 15th National Congress in Hanoi on Monday.',
          flags: ['a 15th National Congress'],
        },
        {
          text: 'A 100th commemoration of the battle was attended by veterans from Australia and New Zealand.',
          flags: ['A 100th commemoration'],
          suggestion: 'The 100th commemoration',
        },
        {
          text: 'The palace prepared a 75th birthday celebration of the sultan, with guests from Brunei.',
          flags: ['a 75th birthday celebration'],
        },
      ],
      valid: [
        'The band released a 25th anniversary edition of its debut album.',
        'The orchestra will play at a 50th-anniversary gala in Sydney.',
        'Protests continued for a 10th straight day in Nairobi.',
        'Biden and Xi agreed to hold a second summit next year.',
        'Ramaphosa is seeking a second term as party leader.',
        'The couple threw a 60th birthday party for her father.',
        'The city is planning a 70th anniversary concert in the park.',
        'The council met for a third session on Tuesday without reaching a deal.',
        'The 70th anniversary of the armistice was marked with a parade.',
        'It was the first anniversary of the earthquake.',
      ],
    },
  },
  run(doc) {
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    for (const t of tokens) {
      if (t.lower !== 'a' && t.lower !== 'an') continue;
      const o = tokens[t.i + 1];
      if (!o || !o.spaceBefore || o.sentence !== t.sentence) continue;
      const numeric = NUMERIC_ORDINAL.test(o.text);
      if (!numeric && !WORD_ORDINALS.has(o.lower)) continue;
      const sentence = doc.sentences[t.sentence]!;
      const sentenceInitial = t.i === sentence.tokenStart;
      // Capital "A" mid-sentence: a title-case headline, where capitals say nothing.
      if (t.text[0] === 'A' && !sentenceInitial) continue;
      const before = tokens[t.i - 1];
      if (before && before.sentence === t.sentence && LICENSING_BEFORE.has(before.lower)) continue;
      const found = findHead(doc, o.i, sentence.tokenEnd);
      if (!found) continue;
      const kind = eventKind(found.head.lower)!;
      let confidence: number;
      if (kind === 'occasion' && found.ofFollows) confidence = 0.8;
      else if (numeric && found.named) confidence = 0.7;
      else continue;
      const the = t.text[0] === 'A' ? 'The' : 'the';
      const rest = doc.text.slice(o.start, found.head.end);
      out.push({
        start: t.start,
        end: found.head.end,
        message: `"${doc.text.slice(t.start, found.head.end)}" names a unique occasion (there is only one ${o.text} ${found.head.lower}), so English uses the definite article: "${the} ${rest}".`,
        suggestions: [`${the} ${rest}`],
        confidence,
        fixable: true,
        note: 'Indonesian has no articles ("peringatan ke-70", "KTT ke-43"); machine translation supplied "a" where English needs "the".',
      });
    }
    return out;
  },
};
