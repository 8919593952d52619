/**
 * Findings snapshot: the full check() result (findings, scores, verdict) of every team corpus text
 * (corpora/, corpora/dev), every Brown press text and, when given, every real-set text, written as
 * one JSON line per document, with the language model's sentence scores and features unrounded
 * (check() rounds fluency to 0.1, which could hide a change in the last bits). Two snapshots taken
 * before and after a change that must not alter behaviour (a speed-up, a refactor) compare byte for
 * byte with `cmp` or `diff`.
 *
 * Usage: node dist/scripts/findings-snapshot.js OUT.jsonl [DIR …]
 *   DIR: extra folders whose *.txt files are checked too (e.g. /work/real /work/real-c; their text
 *   stays outside the repository, only the snapshot file on the caller's side holds findings).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/index.js';
import { analyse } from '../src/analysis/analyse.js';
import { lmSentences } from '../src/lm/score.js';
import { brownFiles, brownParagraphs } from './bench/corpus.js';

/** check()'s result and, at full precision, the language model's sentence scores and features. */
function entry(doc: string, text: string): string {
  const lm = lmSentences(analyse(text)).map((s) => ({ fluency: s.fluency, lexical: s.lexicalFluency, prose: s.prose, features: s.features }));
  return JSON.stringify({ doc, result: check(text), lm });
}

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

export function snapshot(extraDirs: readonly string[]): string[] {
  const lines: string[] = [];
  const team = [join(process.cwd(), 'corpora'), join(process.cwd(), 'corpora', 'dev')];
  for (const file of [...team, ...extraDirs].flatMap(textFiles)) {
    lines.push(entry(file, readFileSync(file, 'utf8')));
  }
  for (const f of brownFiles().filter((name) => 'abc'.includes(name[1]!))) {
    lines.push(entry(`brown:${f}`, brownParagraphs(f).join('\n')));
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, ...dirs] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: findings-snapshot OUT.jsonl [DIR …]\n');
    process.exit(2);
  }
  const lines = snapshot(dirs);
  writeFileSync(out, lines.join('\n') + '\n');
  process.stdout.write(`${lines.length} documents -> ${out}\n`);
}
