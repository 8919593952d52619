/**
 * Build step (run by `npm run build`): computes the literal requirement (src/engine/literals.ts) of
 * every regular expression in the bundled pattern families (data/patterns/*.json) and writes them to
 * dist/src/generated/pattern-literals.json, which src/engine/literal-table.ts reads instead of
 * computing them at every start. Written to a temporary file and renamed into place.
 *
 *   node dist/scripts/build-literals.js
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataPath } from '../src/lexicons/package-root.js';
import { requiredLiterals } from '../src/engine/literals.js';
import { literalKey, literalTableFile } from '../src/engine/literal-table.js';
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
}

main();
