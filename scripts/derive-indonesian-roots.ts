/**
 * Derives `data/lexicons/indonesian-roots.json` from a Hunspell Indonesian dictionary (`id_ID.dic`,
 * the LibreOffice Indonesian dictionary shipped by Debian's `hunspell-id` package). Only the stems
 * are kept, lower case, without affix flags or proper nouns: the affixes are analysed in code
 * (src/lexicons/indonesian-morphology.ts). Run once by a maintainer when the dictionary changes; the
 * result is committed, so installing calque needs neither apt nor the dictionary.
 *
 * Usage: node dist/scripts/derive-indonesian-roots.js /usr/share/hunspell/id_ID.dic [version]
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dataPath } from '../src/lexicons/package-root.js';

const [dicPath, version = 'unknown'] = process.argv.slice(2);
if (!dicPath) {
  process.stderr.write('usage: derive-indonesian-roots <id_ID.dic> [version]\n');
  process.exit(2);
}
// The dictionary is ISO-8859-1; its stems are ASCII, so latin1 decoding is exact.
const lines = readFileSync(dicPath, 'latin1').split('\n').slice(1);
const roots = new Set<string>();
for (const line of lines) {
  const stem = line.split('/')[0]!.trim();
  // Lower-case stems only: capitalised ones are proper nouns (Allah, April, Babel).
  if (/^[a-z][a-z-]*[a-z]$/.test(stem)) roots.add(stem);
}
const out = {
  $schema: '../schemas/indonesian-roots.schema.json',
  description:
    'Indonesian word stems (no affixes), derived by scripts/derive-indonesian-roots.ts from the LibreOffice Indonesian Hunspell dictionary id_ID (Debian package hunspell-id). Used to recognise Indonesian words left in English text, together with an analysis of Indonesian affixes.',
  source: `hunspell-id ${version}: id_ID.dic, Copyright (C) 2017 Ali Ahmadi; affix file by Benitius Brevoort (2004, 2014)`,
  licence: 'LGPL-3.0 (as recorded in Debian\'s copyright file for dictionaries/id/id_ID.*); see docs/data-licences.md',
  entries: [...roots].sort(),
};
const target = dataPath('lexicons', 'indonesian-roots.json');
const tmp = `${target}.tmp`;
writeFileSync(tmp, `${JSON.stringify(out, null, 0).replace('"entries":[', '"entries":[\n').replace(/","/g, '",\n"')}\n`);
renameSync(tmp, target);
process.stdout.write(`${roots.size} stems written to ${target}\n`);
