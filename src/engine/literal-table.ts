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
import { LiteralFilter, requiredLiterals } from './literals.js';
import type { Requirement, StoredLiteralFilter } from './literals.js';

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

/** Where the build writes the literal filters of the bundled pattern families. */
export function filterTableFile(): string {
  return join(packageRoot(), 'dist', 'src', 'generated', 'pattern-filters.json');
}

/** A regular expression as a literal filter entry is made from: its source and flags. */
export interface FilterSource {
  source: string;
  flags: string;
}

/**
 * The key of a list of regular expressions: a filter is a function of their sources and flags, in
 * order, and of nothing else, so a stored filter under this key is never stale (a family with a
 * user's extra pattern, or edited without a rebuild, has another key and is built as before).
 */
export function filterKey(res: readonly FilterSource[]): string {
  return JSON.stringify(res.map((r) => [r.flags, r.source]));
}

let filters: Map<string, StoredLiteralFilter> | undefined;

function loadFilters(): Map<string, StoredLiteralFilter> {
  if (filters) return filters;
  filters = new Map();
  try {
    const raw = JSON.parse(readFileSync(filterTableFile(), 'utf8')) as { key: string; filter: StoredLiteralFilter }[];
    for (const { key, filter } of raw) filters.set(key, filter);
  } catch {
    // No pre-built filters (running from source, or before the first build): build every one.
  }
  return filters;
}

/** A new LiteralFilter over `res`, each with its requirement from requiredLiterals() (through the table). */
export function buildLiteralFilter(res: readonly FilterSource[]): LiteralFilter {
  return new LiteralFilter(res.map((r) => ({ literals: tabledRequiredLiterals(r.source, r.flags), caseSensitive: !r.flags.includes('i') })));
}

/**
 * The literal filter of a pattern family's regular expressions: the build's stored copy when it holds
 * this very list (scripts/build-literals.ts), else built here. Building the automata of the bundled
 * families cost a cold start about 2 %.
 */
export function literalFilterFor(res: readonly FilterSource[]): LiteralFilter {
  const stored = res.length > 0 ? loadFilters().get(filterKey(res)) : undefined;
  return stored ? LiteralFilter.fromStored(stored) : buildLiteralFilter(res);
}
