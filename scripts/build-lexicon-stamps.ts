/**
 * Build step (run by `npm run build`, after build-validators): validates every bundled lexicon
 * (data/lexicons/*.json) and pattern family (data/patterns/*.json) against its schema — an invalid
 * one fails the build, as does a pattern family that does not compile — and records a hash
 * of each file's text in dist/src/generated/lexicon-stamps.json, so that run time skips the schema
 * check for a file the build validated (src/lexicons/build-stamps.ts).
 *
 *   node dist/scripts/build-lexicon-stamps.js
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataPath } from '../src/lexicons/package-root.js';
import { lexiconNames } from '../src/lexicons/load.js';
import { lexiconStampsFile, textHash } from '../src/lexicons/build-stamps.js';
import { assertValid } from '../src/lexicons/validate.js';
import { patternFamilyIds, patternStampName } from '../src/patterns/load.js';
import { compileFamily } from '../src/patterns/compile.js';
import type { PatternFamily } from '../src/patterns/types.js';
import { asBundledData } from '../src/lexicons/pattern-safety.js';
import { TRANSLATIONESE_FILE, TRANSLATIONESE_STAMP } from '../src/lm/translationese.js';
import { LOW_FLUENCY_GATE_FILE, LOW_FLUENCY_GATE_STAMP } from '../src/lm/article-reading.js';

function main(): void {
  const out: Record<string, string> = {};
  for (const name of lexiconNames()) {
    const text = readFileSync(dataPath('lexicons', `${name}.json`), 'utf8');
    assertValid(name, JSON.parse(text) as unknown, `lexicon '${name}'`, 'invalid-lexicon');
    out[name] = textHash(text);
  }
  // The bundled pattern families too (src/patterns/load.ts), validated against the patterns schema
  // and compiled whole: run time compiles a stamped family's token matchers only on first use, so
  // a problem compiling finds must fail the build rather than surface in the middle of a check.
  for (const rule of patternFamilyIds()) {
    const text = readFileSync(dataPath('patterns', `${rule}.json`), 'utf8');
    const family = assertValid<PatternFamily>('patterns', JSON.parse(text) as unknown, `pattern file '${rule}'`, 'invalid-lexicon');
    asBundledData(() => compileFamily(family));
    out[patternStampName(rule)] = textHash(text);
  }
  // The translationese sentence model (src/lm/translationese.ts), read by every report.
  const model = readFileSync(dataPath(...TRANSLATIONESE_FILE), 'utf8');
  assertValid('translationese', JSON.parse(model) as unknown, 'data/model/translationese.json');
  out[TRANSLATIONESE_STAMP] = textHash(model);
  // The low-fluency article gate (src/lm/article-reading.ts), read by every report.
  const gate = readFileSync(dataPath(...LOW_FLUENCY_GATE_FILE), 'utf8');
  assertValid('low-fluency-gate', JSON.parse(gate) as unknown, 'data/model/low-fluency-gate.json');
  out[LOW_FLUENCY_GATE_STAMP] = textHash(gate);
  const target = lexiconStampsFile();
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(out, null, 1)}\n`);
  renameSync(tmp, target);
  process.stderr.write(`build-lexicon-stamps: ${Object.keys(out).length} lexicons, pattern files and models validated\n`);
}

main();
