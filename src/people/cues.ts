/** Person cues (`data/lexicons/person-cues.json`): honorifics, titles, person nouns. */
import { loadLexicon } from '../lexicons/load.js';
import type { Gender } from './gazetteer.js';
import type { Token } from '../analysis/types.js';
import { TextIdTable } from '../analysis/text-ids.js';

interface CueEntry {
  word: string;
  kinds: ('honorific' | 'title' | 'person-noun' | 'place')[];
  gender?: Gender;
  note?: string;
}

export interface Cue {
  honorific: boolean;
  title: boolean;
  personNoun: boolean;
  /** A place name ("Vietnam", "New Delhi"): never a person. */
  place: boolean;
  gender: Gender | null;
}

let byWord: Map<string, Cue> | undefined;

/**
 * Honorifics, titles and places are matched as written (capitalised, with or without a final
 * period; places may have several words); person nouns in lower case.
 */
export function cueFor(word: string): Cue | undefined {
  if (!byWord) {
    byWord = new Map();
    for (const e of loadLexicon<CueEntry>('person-cues').entries) {
      const cue: Cue = {
        honorific: e.kinds.includes('honorific'),
        title: e.kinds.includes('title'),
        personNoun: e.kinds.includes('person-noun'),
        place: e.kinds.includes('place'),
        gender: e.gender ?? null,
      };
      byWord.set(e.word, cue);
      if (e.word.endsWith('.')) byWord.set(e.word.slice(0, -1), cue);
    }
  }
  return byWord.get(word) ?? (word.endsWith('.') ? byWord.get(word.slice(0, -1)) : undefined);
}

/**
 * cueFor() of a token's text or lower-case form, remembered by the token's text id (both are
 * functions of the text, and the cue table never changes once built): person resolution and
 * pronoun-gender ask about every noun and every word of every name, and an array read is cheaper
 * than hashing the word again. Values: 0 not known yet, 1 no cue, otherwise cues[value - 2].
 */
const cues: Cue[] = [];
const cueIndex = new Map<Cue, number>();
const byText = new TextIdTable();
const byLower = new TextIdTable();

function remembered(table: TextIdTable, id: number | undefined, word: string): Cue | undefined {
  if (id === undefined || id < 0) return cueFor(word);
  const known = table.get(id);
  if (known !== 0) return known === 1 ? undefined : cues[known - 2];
  const cue = cueFor(word);
  if (cue === undefined) table.set(id, 1);
  else {
    let k = cueIndex.get(cue);
    if (k === undefined) {
      k = cues.length;
      cues.push(cue);
      cueIndex.set(cue, k);
    }
    table.set(id, k + 2);
  }
  return cue;
}

/** `cueFor(t.text)`. */
export function cueForText(t: Token): Cue | undefined {
  return remembered(byText, t.textId, t.text);
}

/** `cueFor(t.lower)`. */
export function cueForLower(t: Token): Cue | undefined {
  return remembered(byLower, t.textId, t.lower);
}
