/** Person cues (`data/lexicons/person-cues.json`): honorifics, titles, person nouns. */
import { loadLexicon } from '../lexicons/load.js';
import type { Gender } from './gazetteer.js';

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
