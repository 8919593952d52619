/**
 * Build step (run by `npm run build`): computes the literal requirement (src/engine/literals.ts) of
 * every regular expression in the bundled pattern families (data/patterns/*.json) and writes them to
 * dist/src/generated/pattern-literals.json, which src/engine/literal-table.ts reads instead of
 * computing them at every start; then each family's literal filter whole (its automata), to
 * dist/src/generated/pattern-filters.json. Each written to a temporary file and renamed into place.
 *
 *   node dist/scripts/build-literals.js
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataPath } from '../src/lexicons/package-root.js';
import { requiredLiterals } from '../src/engine/literals.js';
import { buildLiteralFilter, filterKey, filterTableFile, literalKey, literalTableFile } from '../src/engine/literal-table.js';
import type { StoredLiteralFilter } from '../src/engine/literals.js';
import type { StoredRequirement } from '../src/engine/literal-table.js';
import { patternRegExp } from '../src/patterns/compile.js';
import type { PatternSpec } from '../src/patterns/types.js';

function main(): void {
  const out: Record<string, StoredRequirement> = {};
  for (const file of readdirSync(dataPath('patterns')).filter((f) => f.endsWith('.json')).sort()) {
    const family = JSON.parse(readFileSync(dataPath('patterns', file), 'utf8')) as { patterns: PatternSpec[] };
    for (const spec of family.patterns) {
      if (spec.regexp === undefined) continue;
      const re = patternRegExp(spec);
      out[literalKey(spec.regexp, re.flags)] = requiredLiterals(spec.regexp, re.flags) ?? null;
    }
  }
  const target = literalTableFile();
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(out)}\n`);
  renameSync(tmp, target);
  process.stderr.write(`build-literals: ${Object.keys(out).length} regex requirements in ${target}\n`);
  // Then each family's whole literal filter (its two automata), keyed by its regexes' sources and flags.
  const filters: { key: string; filter: StoredLiteralFilter }[] = [];
  for (const file of readdirSync(dataPath('patterns')).filter((f) => f.endsWith('.json')).sort()) {
    const family = JSON.parse(readFileSync(dataPath('patterns', file), 'utf8')) as { patterns: PatternSpec[] };
    const res = family.patterns.filter((p) => p.regexp !== undefined).map((p) => ({ source: p.regexp!, flags: patternRegExp(p).flags }));
    if (res.length > 0) filters.push({ key: filterKey(res), filter: buildLiteralFilter(res).toStored() });
  }
  const filterTarget = filterTableFile();
  writeFileSync(tmp, `${JSON.stringify(filters)}\n`);
  renameSync(tmp, filterTarget);
  process.stderr.write(`build-literals: ${filters.length} pattern families' literal filters in ${filterTarget}\n`);
}

main();
