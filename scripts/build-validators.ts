/**
 * Build step (run by `npm run build`, hence by `npm ci`'s prepare): pre-compiles every JSON Schema in
 * data/schemas/ into a standalone ajv validator module under dist/src/generated/validators/, so a
 * cold `calque report` loads ready-made functions instead of compiling schemas with ajv at every
 * start (100-140 ms). The ajv instance and options are those src/lexicons/validate.ts compiles with,
 * so the validators accept, reject and word errors exactly as compiled ones would. Each module
 * records a hash of the schema text it was built from; validate.ts compiles at run time instead when
 * the hash no longer matches (a schema edited without a rebuild).
 *
 *   node dist/scripts/build-validators.js
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import standalone from 'ajv/dist/standalone/index.js';
import { dataPath } from '../src/lexicons/package-root.js';
import { compileFrom, generatedValidatorsDir, schemaAjv, schemaHash, schemaNames } from '../src/lexicons/validate.js';

function main(): void {
  const outDir = generatedValidatorsDir();
  mkdirSync(outDir, { recursive: true });
  const names = schemaNames();
  const ajv = schemaAjv({ code: { source: true, esm: false } });
  for (const name of names) {
    const text = readFileSync(dataPath('schemas', `${name}.schema.json`), 'utf8');
    const code = `${standalone.default(ajv, compileFrom(ajv, name))}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash(text))};\n`;
    const target = join(outDir, `${name}.cjs`);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, target);
  }
  process.stderr.write(`build-validators: ${names.length} validators in ${outDir}\n`);
}

main();
