/**
 * False alarms on clean edited English: runs check() over the Brown corpus press sections
 * (A reportage, B editorial, C reviews; 88 texts, about 100,000 words of 1961 American news) and
 * counts findings of severity minor or above per 1,000 words, by rule. Every such finding is a false
 * alarm: this is human-written English. `--show N` prints N examples per rule.
 *
 * Usage: node dist/scripts/eval-clean.js [--show N] [--genres abc]
 */
import { check } from '../src/index.js';
import { brownFiles, brownParagraphs } from './bench/corpus.js';

export interface CleanResult {
  words: number;
  texts: number;
  flags: number;
  byRule: Map<string, string[]>;
  /** low-fluency findings of severity info (free of penalty, but shown to the user). */
  lowFluencyInfo: number;
}

export function evalClean(genres = 'abc'): CleanResult {
  const files = brownFiles().filter((f) => genres.includes(f[1]!));
  const byRule = new Map<string, string[]>();
  let words = 0;
  let flags = 0;
  let lowFluencyInfo = 0;
  for (const f of files) {
    const text = brownParagraphs(f).join('\n');
    const r = check(text);
    words += r.input.words;
    for (const x of r.findings) {
      if (x.severity === 'info') {
        if (x.ruleId === 'low-fluency') lowFluencyInfo++;
        continue;
      }
      flags++;
      const list = byRule.get(x.ruleId) ?? [];
      const ctx = text.slice(Math.max(0, x.span.start - 40), Math.min(text.length, x.span.end + 40)).replace(/\s+/g, ' ');
      list.push(`${f}: [${x.text.slice(0, 60)}] …${ctx}…`);
      byRule.set(x.ruleId, list);
    }
  }
  return { words, texts: files.length, flags, byRule, lowFluencyInfo };
}

export function printClean(res: CleanResult, show: number): void {
  const per1000 = (1000 * res.flags) / Math.max(1, res.words);
  process.stdout.write(`## clean English (Brown press, ${res.texts} texts, ${res.words} words): ${res.flags} findings of severity minor or above = ${per1000.toFixed(2)} per 1,000 words\n`);
  for (const [rule, list] of [...res.byRule].sort((a, b) => b[1].length - a[1].length)) {
    process.stdout.write(`  ${rule.padEnd(24)} ${list.length}\n`);
    for (const ex of list.slice(0, show)) process.stdout.write(`      ${ex}\n`);
  }
  process.stdout.write(`  (low-fluency findings of severity info, not counted above: ${res.lowFluencyInfo})\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const showAt = args.indexOf('--show');
  const genresAt = args.indexOf('--genres');
  const show = showAt >= 0 ? Number(args[showAt + 1] ?? 3) : 0;
  printClean(evalClean(genresAt >= 0 ? args[genresAt + 1] : 'abc'), show);
}
