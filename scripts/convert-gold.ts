/**
 * Converts a seed annotation (`quote` + `occurrence`) into calque's annotation format (UTF-16 spans).
 * Usage: node dist/scripts/convert-gold.js <seed.gold.json> <text file> <out.annotations.json>
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

interface SeedItem {
  quote: string;
  occurrence: number;
  class: string;
  severity: string;
  tier: string;
  note?: string;
  fix?: string;
}

const [goldPath, textPath, outPath] = process.argv.slice(2);
if (!goldPath || !textPath || !outPath) {
  process.stderr.write('usage: convert-gold <seed.gold.json> <text file> <out.annotations.json>\n');
  process.exit(2);
}
if (existsSync(outPath) && !process.argv.includes('--force')) {
  process.stderr.write(`convert-gold: ${outPath} exists (pass --force to replace it)\n`);
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { about?: string; items: SeedItem[] };
const text = readFileSync(textPath, 'utf8');
const items = gold.items.map((it) => {
  let at = -1;
  for (let k = 0; k < it.occurrence; k++) {
    at = text.indexOf(it.quote, at + 1);
    if (at < 0) throw new Error(`quote not found: ${it.quote} (#${it.occurrence})`);
  }
  const out: Record<string, unknown> = { start: at, end: at + it.quote.length, quote: it.quote, class: it.class, severity: it.severity, tier: it.tier };
  if (it.fix !== undefined) out['fix'] = it.fix;
  if (it.note !== undefined) out['note'] = it.note;
  return out;
});
const doc = { $schema: '../data/schemas/annotations.schema.json', about: gold.about, file: basename(textPath), kind: 'machine-translated', items };
writeFileSync(outPath, JSON.stringify(doc, null, 2) + '\n');
process.stdout.write(`wrote ${items.length} items to ${outPath}\n`);
