/**
 * Build step (run by `npm run build`): writes an unpacked copy of the shipped fluency model
 * (data/model/fluency.lm.gz) under dist/src/generated/, named after the gzip's trailer, which
 * src/lm/load.ts reads instead of gunzipping the model at every start (about 40 ms). Older copies
 * are removed. The repository keeps only the gzip.
 *
 *   node dist/scripts/unpack-model.js
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataPath } from '../src/lexicons/package-root.js';
import { MODEL_FILE, unpackedModelDir, unpackedModelPath } from '../src/lm/load.js';

function main(): void {
  const gz = dataPath(...MODEL_FILE);
  const target = unpackedModelPath(gz);
  if (target === undefined) throw new Error(`unpack-model: ${gz} is not a gzip file`);
  const dir = unpackedModelDir();
  mkdirSync(dir, { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, gunzipSync(readFileSync(gz)));
  renameSync(tmp, target);
  for (const f of readdirSync(dir)) if (/^lm-[0-9a-f]{16}\.bin$/.test(f) && f !== basename(target)) rmSync(join(dir, f));
  process.stderr.write(`unpack-model: ${target}\n`);
}

main();
