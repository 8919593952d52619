/**
 * npm run eval: measures calque on annotated texts (`*.annotations.json`, default: corpora/).
 *
 * For machine-translated texts: recall per tier and per class (an item is found when a finding's
 * span overlaps it; sentence-wide `low-fluency` findings only count for `garbled` items, so a long
 * sentence flag cannot "find" every small artifact inside it), and the findings that match no item.
 * For human texts: the findings of severity minor or above (should be none).
 *
 * Usage: node dist/scripts/eval.js [dir-or-annotation-file ...]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { check } from '../src/index.js';
import { assertValid } from '../src/lexicons/validate.js';
import { evalExtensions } from './eval-extensions.js';
import { overlaps, SENTENCE_WIDE } from './overlap.js';

interface Item {
  start: number;
  end: number;
  quote: string;
  class: string;
  severity: string;
  tier: 'A' | 'B' | 'C';
}
interface Annotation {
  file: string;
  kind: 'machine-translated' | 'human';
  items: Item[];
}

function annotationFiles(args: string[]): string[] {
  // Default: the seed corpora and the team's own development articles (corpora/dev).
  const roots = args.length > 0 ? args : [join(process.cwd(), 'corpora'), join(process.cwd(), 'corpora', 'dev')];
  const out: string[] = [];
  for (const r of roots) {
    const st = statSync(r);
    if (st.isDirectory()) {
      for (const f of readdirSync(r).sort()) if (f.endsWith('.annotations.json')) out.push(join(r, f));
    } else out.push(r);
  }
  return out;
}

function pct(n: number, d: number): string {
  return d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(0).padStart(4)}%`;
}

const tierTotals: Record<string, [number, number]> = { A: [0, 0], B: [0, 0], C: [0, 0] };
const classTotals = new Map<string, [number, number]>();
let humanFlags = 0;
let humanWords = 0;
const lines: string[] = [];

for (const path of annotationFiles(process.argv.slice(2))) {
  const ann = assertValid<Annotation>('annotations', JSON.parse(readFileSync(path, 'utf8')), path);
  const textPath = resolve(dirname(path), ann.file);
  const text = readFileSync(textPath, 'utf8');
  const report = check(text);
  lines.push(`\n## ${ann.file} (${ann.kind}, ${report.input.words} words): verdict ${report.verdict}, quality ${report.scores.quality}, fluency ${report.scores.fluency}`);
  if (ann.kind === 'human') {
    const flagged = report.findings.filter((f) => f.severity !== 'info');
    humanFlags += flagged.length;
    humanWords += report.input.words;
    lines.push(`  findings of severity minor or above: ${flagged.length}`);
    for (const f of flagged) lines.push(`    ${f.severity} ${f.ruleId} "${f.text.slice(0, 60)}"`);
    continue;
  }
  for (const it of ann.items) {
    const hit = report.findings.filter((f) => overlaps(f, it));
    const found = hit.length > 0 ? 1 : 0;
    tierTotals[it.tier]![0] += found;
    tierTotals[it.tier]![1] += 1;
    const c = classTotals.get(it.class) ?? [0, 0];
    c[0] += found;
    c[1] += 1;
    classTotals.set(it.class, c);
    lines.push(`  ${found ? 'found ' : 'MISSED'} [${it.tier}] ${it.class.padEnd(24)} "${it.quote.slice(0, 50)}"${found ? `  ← ${[...new Set(hit.map((h) => h.ruleId))].join(', ')}` : ''}`);
  }
  const unmatched = report.findings.filter((f) => !ann.items.some((it) => overlaps(f, it)) && !SENTENCE_WIDE.has(f.ruleId));
  lines.push(`  findings matching no annotated item: ${unmatched.length}`);
  for (const f of unmatched) lines.push(`    ${f.severity} ${f.ruleId} "${f.text.slice(0, 60)}"`);
}

process.stdout.write('# calque evaluation\n');
process.stdout.write(lines.join('\n') + '\n\n');
process.stdout.write('## recall by tier\n');
for (const [tier, [n, d]] of Object.entries(tierTotals)) if (d > 0) process.stdout.write(`  tier ${tier}: ${n}/${d} ${pct(n, d)}\n`);
process.stdout.write('## recall by class\n');
for (const [cls, [n, d]] of [...classTotals].sort()) process.stdout.write(`  ${cls.padEnd(26)} ${n}/${d} ${pct(n, d)}\n`);
process.stdout.write(`## human-written texts: ${humanFlags} findings of severity minor or above over ${humanWords} words\n`);
await evalExtensions();
