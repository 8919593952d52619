/**
 * Build step (run by `npm run build`): writes wink-eng-lite-web-model's core model in the form
 * src/analysis/wink-core-model.ts reads at every start — the package's JSON without its two base64
 * strings, and their bytes as a binary file — under dist/src/generated/, named after the package
 * version and the JSON file's size. Older copies are removed.
 *
 *   node dist/scripts/build-wink-model.js
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { generatedCoreModelPaths, storedCoreModel } from '../src/analysis/wink-core-model.js';

function writeAtomic(path: string, data: string | Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

function main(): void {
  const paths = generatedCoreModelPaths();
  const dir = dirname(paths.json);
  mkdirSync(dir, { recursive: true });
  const { stored, bytes } = storedCoreModel();
  writeAtomic(paths.bin, bytes);
  writeAtomic(paths.json, JSON.stringify(stored));
  const keep = new Set([basename(paths.json), basename(paths.bin)]);
  for (const f of readdirSync(dir)) if (/^wink-core-.*\.(json|bin)$/.test(f) && !keep.has(f)) rmSync(join(dir, f));
  process.stderr.write(`build-wink-model: ${paths.json} and .bin (${bytes.length} bytes)\n`);
}

main();
