/**
 * Writes a derived lexicon (a JSON object whose `entries` array is the data) with one entry a line,
 * which keeps the file readable and its diffs small, through a temporary file renamed into place so
 * that an interrupted build never leaves half a lexicon behind.
 */
import { renameSync, writeFileSync } from 'node:fs';

export function writeLexiconFile(out: string, lexicon: { entries: readonly unknown[] } & Record<string, unknown>): void {
  const head = JSON.stringify({ ...lexicon, entries: [] }, null, 2).replace(/\[\]\n\}$/, '[\n');
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, `${head}${lexicon.entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`);
  renameSync(tmp, out);
}
