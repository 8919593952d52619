/**
 * One scale measurement in a fresh process, so that each size's peak memory is its own:
 *
 *   node dist/scripts/bench/child.js words <n>    Brown text of about n words, as one document
 *   node dist/scripts/bench/child.js bytes <n>    Brown text repeated to n UTF-16 code units
 *
 * Prints one JSON line: words, characters, analyse() and check() milliseconds, peak RSS and the RSS
 * before checking (model and text loaded).
 */
import { analyse } from '../../src/analysis/analyse.js';
import { check } from '../../src/check.js';
import { packageRoot } from '../../src/lexicons/package-root.js';
import { brownDocuments, countWords, mtDocuments } from './corpus.js';

export interface ScaleResult {
  words: number;
  characters: number;
  analyseMs: number;
  checkMs: number;
  findings: number;
  baselineRssBytes: number;
  peakRssBytes: number;
}

function textOf(kind: string, n: number): string {
  if (kind === 'words') return brownDocuments(n).join('\n');
  // The whole Brown corpus is about 6 MB of text: repeat it until n characters, cut at a line end.
  const brown = brownDocuments(Number.MAX_SAFE_INTEGER).join('\n');
  const parts: string[] = [];
  let length = 0;
  while (length < n) {
    parts.push(brown);
    length += brown.length + 1;
  }
  const all = parts.join('\n');
  const cut = all.lastIndexOf('\n', n);
  return all.slice(0, cut > 0 ? cut : n);
}

function main(): void {
  const [kind = 'words', size = '10000'] = process.argv.slice(2);
  let text = textOf(kind, Number(size));
  const words = countWords(text);
  // Warm up: load the models and every lazily built lexicon table, and let the JIT settle.
  for (const d of [...mtDocuments(packageRoot()), ...brownDocuments(5_000)]) check(d);
  const baselineRssBytes = process.memoryUsage().rss;
  let t = performance.now();
  let doc: ReturnType<typeof analyse> | undefined = analyse(text);
  const analyseMs = performance.now() - t;
  doc = undefined;
  void doc;
  t = performance.now();
  const report = check(text);
  const checkMs = performance.now() - t;
  const result: ScaleResult = {
    words,
    characters: text.length,
    analyseMs,
    checkMs,
    findings: report.findings.length,
    baselineRssBytes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  text = '';
  process.stdout.write(JSON.stringify(result) + '\n');
}

main();
