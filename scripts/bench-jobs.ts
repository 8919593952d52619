/**
 * npm run bench:jobs: where worker threads start to pay for themselves. Runs the built CLI on
 * batches of growing size with `--jobs 1` and `--jobs 2`, alternating run by run so that a noisy
 * neighbour slows them alike, and prints wall times beside the number of threads the default picks
 * for that batch. Prints figures; asserts nothing.
 * The pool's default (src/workflow/pool.ts, WORKER_MIN_*) is chosen from these figures; see
 * docs/performance.md, "Worker threads (--jobs)".
 *
 *   npm run bench:jobs                 the grid below, median of 3 runs
 *   npm run bench:jobs -- --runs 5     more runs per cell
 *   npm run bench:jobs -- --quick      only the small-file batches
 *   npm run bench:jobs -- --large      also 800 files of 1,000 words (4.6 MB)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/lexicons/package-root.js';
import type { FileJob } from '../src/workflow/pipeline.js';
import { threadCount } from '../src/workflow/pool.js';
import { brownDocuments, countWords } from './bench/corpus.js';
import { fixed, int, median, table } from './bench/stats.js';

const cli = (): string => join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

interface Cell {
  files: number;
  wordsPerFile: number;
}

function timeRun(dir: string, jobs: number): number {
  const args = [cli(), 'report', dir, '-f', 'json', '--no-progress', '--no-config', '--jobs', String(jobs)];
  const t = performance.now();
  const res = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t;
  if (res.status !== 0 && res.status !== 1) throw new Error(`batch failed (${res.status}): ${res.stderr.split('\n')[0]}`);
  return ms;
}

function main(): void {
  const argv = process.argv.slice(2);
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
  const quick = argv.includes('--quick');
  const grid: Cell[] = [];
  for (const files of [10, 2000]) grid.push({ files, wordsPerFile: 100 });
  if (!quick) for (const files of [20, 100, 200, 400]) grid.push({ files, wordsPerFile: 1000 });
  if (argv.includes('--large')) grid.push({ files: 800, wordsPerFile: 1000 });

  const root = mkdtempSync(join(tmpdir(), 'calque-bench-jobs-'));
  const rows: string[][] = [];
  const load0 = loadavg()[0]!;
  try {
    for (const cell of grid) {
      const docs = brownDocuments(cell.files * cell.wordsPerFile, cell.wordsPerFile).slice(0, cell.files);
      const dir = join(root, `${cell.files}x${cell.wordsPerFile}`);
      mkdirSync(dir);
      let bytes = 0;
      docs.forEach((d, i) => {
        writeFileSync(join(dir, `doc-${String(i).padStart(4, '0')}.txt`), d);
        bytes += Buffer.byteLength(d);
      });
      const one: number[] = [];
      const two: number[] = [];
      for (let r = 0; r < runs; r++) {
        one.push(timeRun(dir, 1));
        two.push(timeRun(dir, 2));
      }
      const [m1, m2] = [median(one), median(two)];
      const jobs: FileJob[] = docs.map((text) => ({ label: 'x', text, format: 'text' }));
      rows.push([
        String(docs.length),
        int(docs.reduce((n, d) => n + countWords(d), 0)),
        `${fixed(bytes / 1024, 0)} kB`,
        int(m1),
        int(m2),
        fixed(m1 / m2, 2),
        String(threadCount(jobs, undefined, 2)),
      ]);
      process.stderr.write(`${rows.at(-1)!.join('  ')}\n`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  console.log(`worker threads: ${availableParallelism()} cores available, load average ${fixed(load0, 1)} → ${fixed(loadavg()[0]!, 1)}, median of ${runs} runs`);
  console.log(table(['files', 'words', 'bytes', '--jobs 1 ms', '--jobs 2 ms', 'speed-up', 'default threads (2 cores)'], rows));
}

main();
