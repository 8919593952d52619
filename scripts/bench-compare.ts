/**
 * Interleaved check() timing of two builds on the same Brown documents, for a speed bound such as
 * "at most 15 % slower than before": the two builds take turns (ABBA order) so that a load change
 * on a shared machine hits both, and each run is timed both by the wall clock and by the process's
 * CPU time (user + system), which waiting for a busy core does not inflate. Prints the medians, the
 * minima (on a machine shared with other work the fastest run is the one least disturbed) and their
 * ratios; asserts nothing.
 *
 * Usage: node dist/scripts/bench-compare.js BASE_DIR [OTHER_DIR] [--runs N] [--words N]
 *   BASE_DIR, OTHER_DIR: checkouts with a build (dist/src/index.js); OTHER_DIR defaults to this one.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brownDocuments } from './bench/corpus.js';
import { median } from './bench/stats.js';

interface Lib {
  check(text: string): unknown;
}

interface Timing {
  wall: number[];
  cpu: number[];
}

function timeRun(lib: Lib, docs: readonly string[], into: Timing): void {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (const d of docs) lib.check(d);
  into.wall.push(performance.now() - w0);
  const c = process.cpuUsage(c0);
  into.cpu.push((c.user + c.system) / 1000);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number): number => {
    const at = args.indexOf(name);
    if (at < 0) return fallback;
    const v = Number(args.splice(at, 2)[1]);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  const runs = option('--runs', 9);
  const words = option('--words', 60_000);
  const [baseDir, otherDir = process.cwd()] = args;
  if (!baseDir) {
    process.stderr.write('usage: bench-compare BASE_DIR [OTHER_DIR] [--runs N] [--words N]\n');
    process.exit(2);
  }
  const load = async (dir: string): Promise<Lib> => (await import(pathToFileURL(resolve(dir, 'dist/src/index.js')).href)) as Lib;
  const base = await load(baseDir);
  const other = await load(otherDir);
  const docs = brownDocuments(words);
  for (const d of docs.slice(0, 5)) {
    base.check(d);
    other.check(d);
  }
  const tb: Timing = { wall: [], cpu: [] };
  const to: Timing = { wall: [], cpu: [] };
  for (let r = 0; r < runs; r++) {
    const order: [Lib, Timing][] = r % 2 === 0 ? [[base, tb], [other, to]] : [[other, to], [base, tb]];
    for (const [lib, t] of order) timeRun(lib, docs, t);
  }
  const row = (label: string, b: number[], o: number[]): string =>
    `${label.padEnd(10)} base ${median(b).toFixed(0).padStart(6)} ms   other ${median(o).toFixed(0).padStart(6)} ms   ratio ${(median(o) / median(b)).toFixed(3)}\n`;
  process.stdout.write(`check() on ${docs.length} Brown documents (${words} words), ${runs} interleaved runs each:\n`);
  const least = (xs: number[]): number[] => [Math.min(...xs)];
  process.stdout.write(row('wall', tb.wall, to.wall));
  process.stdout.write(row('cpu', tb.cpu, to.cpu));
  process.stdout.write(row('wall min', least(tb.wall), least(to.wall)));
  process.stdout.write(row('cpu min', least(tb.cpu), least(to.cpu)));
}

await main();
