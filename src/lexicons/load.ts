/**
 * Loads a bundled lexicon (`data/lexicons/<name>.json`), validates it against
 * `data/schemas/<name>.schema.json` (unless the build validated this exact text), and caches it. Adding an entry to a lexicon needs no code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { assertValid } from './validate.js';
import { validatedAtBuild } from './build-stamps.js';
import { dataPath } from './package-root.js';
import { extraEntries, extrasGeneration } from './extra.js';

const cache = new Map<string, unknown>();

export interface Lexicon<E> {
  description?: string;
  entries: E[];
}

export function loadLexicon<E>(name: string): Lexicon<E> {
  const hit = cache.get(name);
  if (hit !== undefined) return withExtras(name, hit as Lexicon<E>);
  const text = readFileSync(dataPath('lexicons', `${name}.json`), 'utf8');
  const raw = JSON.parse(text) as unknown;
  // The build validated this exact text (src/lexicons/build-stamps.ts); anything else is checked here.
  const lexicon = validatedAtBuild(name, text)
    ? (raw as Lexicon<E>)
    : assertValid<Lexicon<E>>(name, raw, `lexicon '${name}'`, 'invalid-lexicon');
  cache.set(name, lexicon);
  return withExtras(name, lexicon);
}

/** Bundled entries plus any registered with `withExtraEntries()` (src/lexicons/extra.ts). */
const merged = new Map<string, { generation: number; lexicon: unknown }>();
function withExtras<E>(name: string, lexicon: Lexicon<E>): Lexicon<E> {
  const extra = extraEntries(name);
  if (extra.length === 0) return lexicon;
  const hit = merged.get(name);
  if (hit && hit.generation === extrasGeneration()) return hit.lexicon as Lexicon<E>;
  const out: Lexicon<E> = { ...lexicon, entries: [...lexicon.entries, ...(extra as E[])] };
  merged.set(name, { generation: extrasGeneration(), lexicon: out });
  return out;
}

/** Names of all bundled lexicons: every `data/lexicons/*.json` (each must have a schema). */
export function lexiconNames(): string[] {
  return readdirSync(dataPath('lexicons'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}
