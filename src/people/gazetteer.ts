/**
 * Lookups over the bundled people gazetteer (`data/lexicons/people.json`) and given-name lexicons
 * (`data/lexicons/given-names.json`, hand-made, and `given-names-census.json`, derived), built once
 * on first use.
 */
import { loadLexicon } from '../lexicons/load.js';
import { indonesianSpellingKey, transliterationPair } from './variants.js';
import { memoByWordList } from './word-list-memo.js';

export type Gender = 'male' | 'female';

export interface PersonEntry {
  name: string;
  variants: string[];
  gender: Gender;
  familyName: string | null;
  familyNameVariants?: string[];
  familyNameFirst?: boolean;
  country: string;
  role: string;
  note?: string;
}

export interface GivenNameEntry {
  name: string;
  gender: Gender;
  origins: string[];
  alsoWord?: boolean;
  /** From the derived list (given-names-census.json), not the hand list: weaker, may be a place ("Lyon"). */
  derived?: boolean;
}

/** Lower case, diacritics removed, hyphens and apostrophes as spaces: "Kim Jong-un" → "kim jong un". */
export function normaliseName(s: string): string {
  let n = normalised.get(s);
  if (n === undefined) {
    // A long-running process sees an open set of names: start over rather than grow without end.
    if (normalised.size >= NORMALISED_LIMIT) normalised.clear();
    normalised.set(s, (n = normaliseUncached(s)));
  }
  return n;
}

/**
 * normaliseName() per string: the person resolution normalises the same names (and the gazetteer
 * entries they are checked against) again and again, and each call is four regex passes.
 */
const normalised = new Map<string, string>();
const NORMALISED_LIMIT = 20_000;

function normaliseUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑'’.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Gazetteer {
  byName: Map<string, PersonEntry>;
  byFamilyName: Map<string, PersonEntry[]>;
  givenNames: Map<string, GivenNameEntry>;
  /** Full names under the current Indonesian spelling ("syafrie syamsuddin"). */
  bySpellingKey: Map<string, PersonEntry>;
  /** Each word of a full name of 2–3 words → the names holding it, for near matches. */
  byWord: Map<string, { words: string[]; entry: PersonEntry }[]>;
}

let built: Gazetteer | undefined;

/** Every derived given name is an English-language one (scripts/build-given-names.ts). */
const CENSUS_ORIGINS: string[] = ['english'];

export function gazetteer(): Gazetteer {
  if (built) return built;
  const byName = new Map<string, PersonEntry>();
  const byFamilyName = new Map<string, PersonEntry[]>();
  const bySpellingKey = new Map<string, PersonEntry>();
  const byWord = new Map<string, { words: string[]; entry: PersonEntry }[]>();
  const shared = new Set<string>();
  const ambiguousKeys = new Set<string>();
  // Index loops throughout: this runs once per process, on a cold start, before V8 optimises it,
  // and a for-of loop there makes an iterator result per item (a megabyte of garbage here).
  const people = loadLexicon<PersonEntry>('people').entries;
  for (let e = 0; e < people.length; e++) {
    const p = people[e]!;
    for (let v = -1; v < p.variants.length; v++) {
      const key = normaliseName(v < 0 ? p.name : p.variants[v]!);
      // A spelling shared by two people identifies neither.
      if (shared.has(key)) continue;
      if (byName.has(key) && byName.get(key) !== p) {
        byName.delete(key);
        shared.add(key);
      } else byName.set(key, p);
      const spelling = indonesianSpellingKey(key);
      if (bySpellingKey.has(spelling) && bySpellingKey.get(spelling) !== p) ambiguousKeys.add(spelling);
      bySpellingKey.set(spelling, p);
      const words = key.split(' ');
      if (words.length >= 2 && words.length <= 3) {
        const entry = { words, entry: p };
        for (let k = 0; k < words.length; k++) {
          const w = words[k]!;
          // Each distinct word once (as a Set of the words gave), in order of first occurrence.
          if (words.indexOf(w) !== k) continue;
          const list = byWord.get(w);
          if (list) list.push(entry);
          else byWord.set(w, [entry]);
        }
      }
    }
    if (p.familyName) {
      const variants = p.familyNameVariants ?? [];
      for (let v = -1; v < variants.length; v++) {
        const key = normaliseName(v < 0 ? p.familyName : variants[v]!);
        const list = byFamilyName.get(key);
        if (!list) byFamilyName.set(key, [p]);
        else if (!list.includes(p)) list.push(p);
      }
    }
  }
  ambiguousKeys.forEach((k) => bySpellingKey.delete(k));
  const givenNames = new Map<string, GivenNameEntry>();
  const hand = loadLexicon<GivenNameEntry>('given-names').entries;
  for (let i = 0; i < hand.length; i++) givenNames.set(normaliseName(hand[i]!.name), hand[i]!);
  // The derived list of English given names (scripts/build-given-names.ts) fills in names the hand
  // list lacks; the hand list wins where both have a name.
  // Its names are plain ASCII letters (the build script keeps only those), so lower case is the
  // normalised key: no normaliseName() pass over 6,600 names at every cold start.
  // Each entry is packed as "Name|f" or "Name|m" (a string per name parses several times faster than
  // an object per name, and this list is read at every cold start that resolves a person).
  const census = loadLexicon<string>('given-names-census').entries;
  for (let i = 0; i < census.length; i++) {
    const packed = census[i]!;
    const bar = packed.indexOf('|');
    const name = packed.slice(0, bar);
    const key = name.toLowerCase();
    if (!givenNames.has(key)) givenNames.set(key, { name, gender: packed.charCodeAt(bar + 1) === 102 ? 'female' : 'male', origins: CENSUS_ORIGINS, derived: true });
  }
  built = { byName, byFamilyName, givenNames, bySpellingKey, byWord };
  return built;
}

/**
 * The public figure a 2–3-word name spells another way: the same words but one, which is a
 * transliteration variant ("Paethongtarn Shinawatra" → Paetongtarn Shinawatra), or the same name
 * under the other Indonesian spelling ("Syafrie Syamsuddin" → Sjafrie Sjamsoeddin). Only when exactly
 * one person fits. Memoised per word list (src/people/word-list-memo.ts): person resolution asks about
 * the same unknown names in article after article.
 */
export const nearMatch: (normWords: string[]) => PersonEntry | undefined = memoByWordList(nearMatchUncached);

function nearMatchUncached(normWords: string[]): PersonEntry | undefined {
  const g = gazetteer();
  const spelled = g.bySpellingKey.get(indonesianSpellingKey(normWords.join(' ')));
  if (spelled) return spelled;
  if (normWords.length < 2 || normWords.length > 3) return undefined;
  const found = new Set<PersonEntry>();
  for (const w of new Set(normWords)) {
    for (const { words, entry } of g.byWord.get(w) ?? []) {
      if (words.length !== normWords.length) continue;
      let differing = 0;
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) {
        if (words[k] === normWords[k]) continue;
        differing++;
        ok = differing === 1 && transliterationPair(words[k]!, normWords[k]!);
      }
      if (ok && differing === 1) found.add(entry);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
