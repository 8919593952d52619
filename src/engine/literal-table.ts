/**
 * The literal requirements of the bundled patterns' regular expressions, computed at build time
 * (scripts/build-literals.ts writes dist/src/generated/pattern-literals.json), so that a cold
 * `calque report` does not read some two hundred regex sources with requiredLiterals() at every
 * start (about 25-30 ms). Entries are keyed by the exact source and flags, and the value depends on
 * nothing else, so an entry is never stale; a pattern missing from the table (a user's pattern, or
 * a bundled one edited without a rebuild) is computed as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../lexicons/package-root.js';
import { requiredLiterals } from './literals.js';
import type { Requirement } from './literals.js';

/** Where the build writes the table. */
export function literalTableFile(): string {
  return join(packageRoot(), 'dist', 'src', 'generated', 'pattern-literals.json');
}

/** The table's key for a regular expression's source and flags. */
export function literalKey(source: string, flags: string): string {
  return `${flags}/${source}`;
}

/** A requirement as stored: null stands for "no prefilter" (undefined has no JSON form). */
export type StoredRequirement = Requirement | null;

let table: Map<string, StoredRequirement> | undefined;

function loadTable(): Map<string, StoredRequirement> {
  if (table) return table;
  table = new Map();
  try {
    const raw = JSON.parse(readFileSync(literalTableFile(), 'utf8')) as Record<string, StoredRequirement>;
    for (const [k, v] of Object.entries(raw)) table.set(k, v);
  } catch {
    // No pre-built table (running from source, or before the first build): compute every entry.
  }
  return table;
}

/** requiredLiterals(source, flags), from the build-time table when it holds the entry. */
export function tabledRequiredLiterals(source: string, flags: string): Requirement | undefined {
  const hit = loadTable().get(literalKey(source, flags));
  if (hit !== undefined) return hit ?? undefined;
  return requiredLiterals(source, flags);
}
