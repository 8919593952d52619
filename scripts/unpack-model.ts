/**
 * Build step (run by `npm run build`): writes unpacked copies of the shipped gzipped data under
 * dist/src/generated/ — the fluency model (data/model/fluency.lm.gz, read by src/lm/load.ts; about
 * 40 ms of every start to gunzip) and the two word lists (data/wordlists/*.txt.gz, read by
 * src/lexicons/english-words.ts; about 10 ms, with the start offset of every word beside each,
 * `.starts`, about 10 ms more) — each named after its gzip's trailer
 * (src/lexicons/unpacked-copy.ts). Older copies are removed. The repository keeps only the gzips.
 *
 *   node dist/scripts/unpack-model.js
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataPath } from '../src/lexicons/package-root.js';
import { unpackedCopyDir, unpackedCopyPath } from '../src/lexicons/unpacked-copy.js';
import { MODEL_FILE } from '../src/lm/load.js';
import { startsPathOf, wordStarts } from '../src/lexicons/english-words.js';

const COPIES = [
  { gz: dataPath(...MODEL_FILE), prefix: 'lm', extension: '.bin' },
  { gz: dataPath('wordlists', 'english.txt.gz'), prefix: 'words', extension: '.txt' },
  { gz: dataPath('wordlists', 'english-extra.txt.gz'), prefix: 'words', extension: '.txt' },
];

function main(): void {
  const dir = unpackedCopyDir();
  mkdirSync(dir, { recursive: true });
  const keep = new Set<string>();
  for (const { gz, prefix, extension } of COPIES) {
    const target = unpackedCopyPath(gz, prefix, extension);
    if (target === undefined) throw new Error(`unpack-model: ${gz} is not a gzip file`);
    const tmp = `${target}.${process.pid}.tmp`;
    const bytes = gunzipSync(readFileSync(gz));
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
    keep.add(basename(target));
    process.stderr.write(`unpack-model: ${target}\n`);
    if (prefix === 'words') {
      // The start of every word, which the binary search of src/lexicons/english-words.ts reads.
      const starts = startsPathOf(target);
      const found = wordStarts(bytes);
      writeFileSync(tmp, Buffer.from(found.buffer, found.byteOffset, found.byteLength));
      renameSync(tmp, starts);
      keep.add(basename(starts));
    }
  }
  for (const f of readdirSync(dir)) if (/^(lm-[0-9a-f]{16}\.bin|words-[0-9a-f]{16}\.(txt|starts))$/.test(f) && !keep.has(f)) rmSync(join(dir, f));
}

main();
