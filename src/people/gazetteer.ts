/**
 * Lookups over the bundled people gazetteer (`data/lexicons/people.json`) and given-name lexicon
 * (`data/lexicons/given-names.json`), built once on first use.
 */
import { loadLexicon } from '../lexicons/load.js';

export type Gender = 'male' | 'female';

export interface PersonEntry {
  name: string;
  variants: string[];
  gender: Gender;
  familyName: string | null;
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
}

/** Lower case, diacritics removed, hyphens and apostrophes as spaces: "Kim Jong-un" → "kim jong un". */
export function normaliseName(s: string): string {
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
}

let built: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (built) return built;
  const byName = new Map<string, PersonEntry>();
  const byFamilyName = new Map<string, PersonEntry[]>();
  for (const p of loadLexicon<PersonEntry>('people').entries) {
    for (const n of [p.name, ...p.variants]) {
      const key = normaliseName(n);
      // A spelling shared by two people identifies neither.
      if (byName.has(key) && byName.get(key) !== p) byName.delete(key);
      else byName.set(key, p);
    }
    if (p.familyName) {
      const key = normaliseName(p.familyName);
      const list = byFamilyName.get(key) ?? [];
      list.push(p);
      byFamilyName.set(key, list);
    }
  }
  const givenNames = new Map<string, GivenNameEntry>();
  for (const g of loadLexicon<GivenNameEntry>('given-names').entries) givenNames.set(normaliseName(g.name), g);
  built = { byName, byFamilyName, givenNames };
  return built;
}
