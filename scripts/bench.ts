/**
 * npm run bench: how fast calque is, next to what every wink-based checker must pay and to the
 * checkers a user might pick instead. Prints figures; asserts nothing.
 *
 *   npm run bench                      throughput, per-rule cost, cold start, peak memory, scale to
 *                                      1M words, batch speed-up
 *   npm run bench -- --full            the same plus a 10 MB input and the growth table (many minutes)
 *   npm run bench -- --growth          only the growth table: check() on 1, 2.5, 5, 10 and 20 MB of
 *                                      prose, of text with a notice in every paragraph and of dense
 *                                      MT artifacts, each in a fresh process (wall and CPU time, peak
 *                                      memory); `--growth-max 5` stops at 5 MB
 *   npm run bench -- --quick           throughput, per-rule cost, pattern engine, cold start and peak
 *                                      memory only
 *   npm run bench -- --runs 7          runs per system (median reported; default 5)
 *   npm run bench -- --no-harper       skip harper.js (its WebAssembly linter is slow)
 *
 * Throughput: the Brown corpus (about 200,000 words, in documents of about 1,000 words, every genre)
 * plus machine-translated news (the MT seed and scripts/bench/mt-sample.txt), each system given one
 * document at a time. harper.js, about 50× slower, reads only the first BENCH_HARPER_WORDS words
 * (default 30,000) of the same documents, in fewer runs. docs/performance.md records the results.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyse } from '../src/analysis/analyse.js';
import { check } from '../src/check.js';
import { applyFixes, fixPatch } from '../src/workflow/fixes.js';
import { packageRoot } from '../src/lexicons/package-root.js';
import { RULES } from '../src/rules/registry.js';
import { brownDocuments, countWords, mtDocuments } from './bench/corpus.js';
import type { ScaleResult } from './bench/child.js';
import { int, fixed, mb, median, table } from './bench/stats.js';
import { loadPeers } from './bench/peers.js';
import { patternBench } from './bench/patterns.js';

interface Options {
  runs: number;
  quick: boolean;
  full: boolean;
  harper: boolean;
  harperWords: number;
  growth: boolean;
  growthMaxMb: number;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { runs: 5, quick: false, full: false, harper: true, harperWords: Number(process.env['BENCH_HARPER_WORDS'] ?? 30_000), growth: false, growthMaxMb: 20 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--full') o.full = true;
    else if (a === '--no-harper') o.harper = false;
    else if (a === '--runs') o.runs = Math.max(1, Number(argv[++i]) || 5);
    else if (a === '--growth') o.growth = true;
    else if (a === '--growth-max') o.growthMaxMb = Math.max(1, Number(argv[++i]) || 20);
  }
  return o;
}

const log = (msg: string): void => {
  process.stderr.write(`bench: ${msg}\n`);
};

interface System {
  name: string;
  docs: string[];
  words: number;
  runs: number;
  run(doc: string): unknown;
  /** Async systems (harper.js) are awaited per document. */
  async?: boolean;
  times: number[];
}

async function timeSystem(s: System): Promise<number> {
  const t = performance.now();
  if (s.async) for (const d of s.docs) await s.run(d);
  else for (const d of s.docs) s.run(d);
  return performance.now() - t;
}

function wordsOf(docs: readonly string[]): number {
  return docs.reduce((n, d) => n + countWords(d), 0);
}

async function throughput(opts: Options): Promise<{ rows: string[][]; ratios: Map<string, number>; corpus: string }> {
  const brown = brownDocuments(200_000);
  const mt = mtDocuments(packageRoot());
  const docs = [...brown, ...mt];
  const words = wordsOf(docs);
  const corpus = `Brown corpus ${int(wordsOf(brown))} words in ${brown.length} documents + machine-translated news ${int(wordsOf(mt))} words in ${mt.length} documents = ${int(words)} words`;
  log(corpus);

  const wink = winkNLP(model);
  const its = wink.its;
  const peers = await loadPeers(opts.harper);
  const harperDocs: string[] = [];
  for (let n = 0, i = 0; i < docs.length && n < opts.harperWords; i++) {
    harperDocs.push(docs[i]!);
    n += countWords(docs[i]!);
  }
  const mtRepeated = Array.from({ length: 20 }, () => mt).flat();

  const systems: System[] = [
    { name: 'wink-nlp readDoc + POS (the floor)', docs, words, runs: opts.runs, times: [], run: (d) => wink.readDoc(d).tokens().out(its.pos) },
    { name: 'calque analyse()', docs, words, runs: opts.runs, times: [], run: (d) => analyse(d) },
    { name: 'calque check()', docs, words, runs: opts.runs, times: [], run: (d) => check(d) },
    { name: 'calque check(), MT news only (×20)', docs: mtRepeated, words: wordsOf(mtRepeated), runs: opts.runs, times: [], run: (d) => check(d) },
    { name: 'write-good', docs, words, runs: opts.runs, times: [], run: (d) => peers.writeGood(d) },
  ];
  if (peers.harper) {
    const lint = peers.harper;
    systems.push({
      name: `harper.js (first ${int(wordsOf(harperDocs))} words)`,
      docs: harperDocs,
      words: wordsOf(harperDocs),
      runs: Math.min(3, opts.runs),
      async: true,
      times: [],
      run: (d) => lint(d),
    });
  }

  // Warm-up: load models and let the JIT settle on a few documents.
  for (const s of systems) for (const d of s.docs.slice(0, 3)) await s.run(d);
  // Interleave systems run by run, so that a noisy neighbour on a shared machine hits all of them.
  const maxRuns = Math.max(...systems.map((s) => s.runs));
  for (let r = 0; r < maxRuns; r++) {
    for (const s of systems) {
      if (r >= s.runs) continue;
      s.times.push(await timeSystem(s));
    }
    log(`throughput run ${r + 1}/${maxRuns}`);
  }

  const rate = (s: System): number => s.words / (median(s.times) / 1000);
  const floor = rate(systems[0]!);
  const ratios = new Map<string, number>();
  const rows = systems.map((s) => {
    const wps = rate(s);
    ratios.set(s.name, wps);
    const lo = s.words / (Math.max(...s.times) / 1000);
    const hi = s.words / (Math.min(...s.times) / 1000);
    return [s.name, int(wps), `${int(lo)}–${int(hi)}`, fixed((median(s.times) / s.words) * 1000, 1), fixed(wps / floor, 2), String(s.times.length)];
  });
  return { rows, ratios, corpus };
}

/**
 * Where check()'s time goes: the analysis, each rule's run() over freshly analysed documents (a rule
 * that fills a per-document cache, as the language-model scoring does, is charged for it), and the
 * rest of check() (scoring, low-fluency, report); medians of runs, in ms per 1,000 words, so a
 * target missed can be pinned on its cause.
 */
function breakdown(runs: number): string {
  const docs = brownDocuments(100_000);
  const words = wordsOf(docs);
  const times = new Map<string, number[]>();
  const add = (k: string, ms: number): void => {
    times.set(k, [...(times.get(k) ?? []), ms]);
  };
  for (const d of docs.slice(0, 5)) check(d);
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    const analysed = docs.map((d) => analyse(d));
    const analyseMs = performance.now() - t;
    let rulesMs = 0;
    for (const rule of RULES) {
      t = performance.now();
      for (const doc of analysed) {
        try {
          rule.run(doc);
        } catch {
          // check() skips a crashing rule too; the tests report it.
        }
      }
      const ms = performance.now() - t;
      rulesMs += ms;
      add(`rule ${rule.meta.id}`, ms);
    }
    t = performance.now();
    for (const d of docs) check(d);
    const checkMs = performance.now() - t;
    add('analyse()', analyseMs);
    add('all rules', rulesMs);
    add('rest of check(): scoring, low-fluency, report', Math.max(0, checkMs - analyseMs - rulesMs));
    add('check() in all', checkMs);
  }
  const per1k = (k: string): number => (median(times.get(k)!) / words) * 1000;
  const total = per1k('check() in all');
  const ruleRows = [...times.keys()]
    .filter((k) => k.startsWith('rule '))
    .map((k) => [k, per1k(k)] as const)
    .sort((a, b) => b[1] - a[1]);
  const row = (k: string, ms: number): string[] => [k, fixed(ms, 2), `${fixed((100 * ms) / total, 0)}%`];
  return table(
    [`where check() spends its time (${int(words)} Brown words, median of ${runs})`, 'ms per 1k words', 'share'],
    [
      row('analyse()', per1k('analyse()')),
      ...ruleRows.map(([k, ms]) => row(`  ${k}`, ms)),
      row('all rules', per1k('all rules')),
      row('rest of check(): scoring, low-fluency, report', per1k('rest of check(): scoring, low-fluency, report')),
      row('check() in all', total),
    ],
  );
}

function cliPath(): string {
  return join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
}

/** Wall time of whole `calque report <article>` processes, and their peak RSS. */
function coldStart(runs: number, article = join(packageRoot(), 'corpora', '004_182a879f4c50abd6.txt')): { medianMs: number; minMs: number; peakRss: number; nodeMs: number } {
  const times: number[] = [];
  const node: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    node.push(performance.now() - t);
    t = performance.now();
    const res = spawnSync(process.execPath, [cliPath(), 'report', article, '--format', 'json'], { encoding: 'utf8' });
    times.push(performance.now() - t);
    if (res.status !== 0 && res.status !== 1) throw new Error(`calque report failed (${res.status}): ${res.stderr}`);
  }
  const hook = pathToFileURL(join(packageRoot(), 'dist', 'scripts', 'bench', 'rss-hook.js')).href;
  const res = spawnSync(process.execPath, ['--import', hook, cliPath(), 'report', article, '--format', 'json'], { encoding: 'utf8' });
  const m = /__CALQUE_BENCH_MAXRSS_KB__ (\d+)/.exec(res.stderr);
  return { medianMs: median(times), minMs: Math.min(...times), peakRss: m ? Number(m[1]) * 1024 : NaN, nodeMs: median(node) };
}

/**
 * Cold start on the same article as Markdown and as HTML (each paragraph a `<p>`): what loading
 * the parsers, which plain text never loads, adds to a run.
 */
function coldStartMarkup(runs: number): { markdownMs: number; htmlMs: number } {
  const text = readFileSync(join(packageRoot(), 'corpora', '004_182a879f4c50abd6.txt'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'calque-bench-markup-'));
  try {
    const paragraphs = text.split(/\n+/).filter((p) => p.trim() !== '');
    const escape = (p: string): string => p.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    writeFileSync(join(dir, 'article.md'), paragraphs.join('\n\n') + '\n');
    writeFileSync(join(dir, 'article.html'), `<!DOCTYPE html><html><body>\n${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}\n</body></html>\n`);
    return { markdownMs: coldStart(runs, join(dir, 'article.md')).medianMs, htmlMs: coldStart(runs, join(dir, 'article.html')).medianMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds a fresh process takes to load the spelling word list (src/lexicons/english-words.ts). */
function wordListLoad(runs: number): number {
  const mod = pathToFileURL(join(packageRoot(), 'dist', 'src', 'lexicons', 'english-words.js')).href;
  const code = `const m = await import(${JSON.stringify(mod)}); m.isEnglishWord('word'); process.stdout.write(String(m.wordListLoadMs()));`;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    times.push(Number(res.stdout.trim()));
  }
  return median(times);
}

function scaleRun(kind: 'words' | 'bytes' | 'notices' | 'artifacts', n: number, extra: string[] = []): ScaleResult | undefined {
  const child = join(packageRoot(), 'dist', 'scripts', 'bench', 'child.js');
  const res = spawnSync(process.execPath, [child, kind, String(n), ...extra], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (res.status !== 0) {
    log(`scale run ${kind} ${n} failed: ${res.stderr.split('\n')[0]}`);
    return undefined;
  }
  return JSON.parse(res.stdout.trim().split('\n').pop()!) as ScaleResult;
}

function scale(full: boolean): string {
  const sizes: [label: string, kind: 'words' | 'bytes', n: number][] = [
    ['10k words', 'words', 10_000],
    ['100k words', 'words', 100_000],
    ['1M words', 'words', 1_000_000],
  ];
  if (full) sizes.push(['10 MB', 'bytes', 10 * 1024 * 1024]);
  const rows: string[][] = [];
  let first: ScaleResult | undefined;
  for (const [label, kind, n] of sizes) {
    log(`scale: ${label}`);
    const r = scaleRun(kind, n);
    if (!r) {
      rows.push([label, '–', '–', '–', '–', '–', '–', 'failed']);
      continue;
    }
    first ??= r;
    const perWord = (ms: number, words: number): number => (ms / words) * 1000;
    const growth = perWord(r.checkMs, r.words) / perWord(first.checkMs, first.words);
    rows.push([
      label,
      int(r.words),
      int(r.analyseMs),
      int(r.checkMs),
      fixed(perWord(r.checkMs, r.words), 2),
      fixed(growth, 2),
      mb(r.peakRssBytes),
      mb(r.peakRssBytes - r.baselineRssBytes),
    ]);
  }
  return table(['input (one document)', 'words', 'analyse ms', 'check ms', 'check ms/1k words', 'per-word cost vs 10k', 'peak RSS', 'RSS above baseline'], rows);
}

/**
 * Growth of check() with the input, 1 to 20 MB (10^6 UTF-16 code units per MB), for three kinds of
 * text: prose (Brown), prose with an MT notice opening every paragraph (notices once hid their
 * paragraph and cost superlinear time), and dense MT artifacts (the MT seed repeated: thousands of
 * findings per MB). CPU time (user + system) is steadier than wall time on a shared machine; the
 * growth column is the CPU time per MB relative to the 1 MB input (1.00 = linear).
 */
function growth(maxMb: number): string {
  const sizes = [1, 2.5, 5, 10, 20].filter((m) => m <= maxMb);
  const kinds: [label: string, kind: 'bytes' | 'notices' | 'artifacts'][] = [
    ['prose', 'bytes'],
    ['notice in every paragraph', 'notices'],
    ['dense MT artifacts', 'artifacts'],
  ];
  const rows: string[][] = [];
  for (const [label, kind] of kinds) {
    let first: ScaleResult | undefined;
    for (const m of sizes) {
      log(`growth: ${label}, ${m} MB`);
      const r = scaleRun(kind, m * 1_000_000, ['--no-analyse']);
      if (!r) {
        rows.push([`${label}, ${m} MB`, '–', '–', '–', '–', '–', '–', 'failed']);
        continue;
      }
      first ??= r;
      const perMb = (x: ScaleResult): number => x.checkCpuMs / (x.characters / 1_000_000);
      rows.push([
        `${label}, ${m} MB`,
        int(r.words),
        int(r.findings),
        int(r.checkMs),
        int(r.checkCpuMs),
        fixed(perMb(r) / perMb(first), 2),
        mb(r.peakRssBytes),
        mb(r.peakRssBytes - r.baselineRssBytes),
      ]);
    }
  }
  return table(['input (one document)', 'words', 'findings', 'check wall ms', 'check CPU ms', 'CPU per MB vs 1 MB', 'peak RSS', 'RSS above baseline'], rows);
}

/** Batch mode: the same documents with --jobs 1 and --jobs 2 (when the CLI has --jobs). */
function batch(): string {
  const help = spawnSync(process.execPath, [cliPath(), '--help'], { encoding: 'utf8' }).stdout ?? '';
  if (!help.includes('--jobs')) return 'batch: this build of the CLI has no --jobs option; not measured.';
  const dir = mkdtempSync(join(tmpdir(), 'calque-bench-'));
  try {
    // Big enough (about 2 s of work per thread) that a worker's own model loading does not dominate.
    const docs = brownDocuments(300_000);
    docs.forEach((d, i) => writeFileSync(join(dir, `doc-${String(i).padStart(3, '0')}.txt`), d));
    const files = docs.map((_, i) => join(dir, `doc-${String(i).padStart(3, '0')}.txt`));
    const outDir = join(dir, 'out');
    const time = (jobs: number): number => {
      const ts: number[] = [];
      for (let r = 0; r < 3; r++) {
        rmSync(outDir, { recursive: true, force: true });
        const t = performance.now();
        const res = spawnSync(process.execPath, [cliPath(), 'report', ...files, '--format', 'json', '--out-dir', outDir, '--jobs', String(jobs)], { encoding: 'utf8' });
        ts.push(performance.now() - t);
        if (res.status !== 0 && res.status !== 1) throw new Error(`batch failed (${res.status}): ${res.stderr.split('\n')[0]}`);
      }
      return median(ts);
    };
    const one = time(1);
    const two = time(2);
    return table(
      ['batch of ' + docs.length + ' documents (' + int(wordsOf(docs)) + ' words)', 'wall ms (median of 3)', 'speed-up'],
      [
        ['--jobs 1', int(one), '1.00'],
        ['--jobs 2', int(two), fixed(one / two, 2)],
      ],
    );
  } catch (err) {
    return `batch: not measured (${(err as Error).message})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * --fix and --diff on a 792 kB input: applyFixes and fixPatch (the work they add to a report), on
 * the MT seed repeated and on a dense line of "Leader Kim" fixes repeated, each copy carrying the
 * findings check() gives one copy (so the figure is the fixes' cost, not check()'s). Before the
 * one-pass rebuild and the line-paired diff these took 4.9 s + 2.7 s and 75 s + 47 s.
 */
function fixesAndDiff(runs: number): string {
  const seed = readFileSync(join(packageRoot(), 'corpora', '004_182a879f4c50abd6.txt'), 'utf8').replace(/\n*$/, '\n');
  const dense = 'Leader Kim met Leader Kim and Leader Kim and Leader Kim and Leader Kim.\n';
  const rows: string[][] = [];
  for (const [label, unit] of [
    ['MT seed repeated', seed],
    ['dense fixes repeated', dense],
  ] as const) {
    const copies = Math.ceil(792_000 / unit.length);
    const one = check(unit).findings;
    const text = unit.repeat(copies);
    const findings = Array.from({ length: copies }, (_, k) =>
      one.map((f) => ({ ...f, span: { start: f.span.start + k * unit.length, end: f.span.end + k * unit.length } })),
    ).flat();
    const fixMs: number[] = [];
    const diffMs: number[] = [];
    let applied = 0;
    for (let r = 0; r < runs; r++) {
      let t = performance.now();
      const fixed = applyFixes(text, findings);
      fixMs.push(performance.now() - t);
      t = performance.now();
      fixPatch('big.txt', text, fixed.text);
      diffMs.push(performance.now() - t);
      applied = fixed.applied.length;
    }
    rows.push([label, `${int(text.length / 1000)} kB`, int(applied), int(median(fixMs)), int(median(diffMs))]);
  }
  return `--fix and --diff on a large input (applyFixes and fixPatch only; median of ${runs}):\n${table(['input', 'size', 'fixes applied', 'applyFixes ms', 'fixPatch ms'], rows)}`;
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const cpu = cpus();
  const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}, ${process.platform}`;
  const out: string[] = [];
  out.push(`calque benchmark, ${new Date().toISOString().slice(0, 10)}, ${machine}`);
  out.push(`rules: ${RULES.length} (${RULES.map((r) => r.meta.id).join(', ')})`);

  if (opts.growth) {
    out.push('', 'Growth of check() with the input (each size in a fresh process):');
    out.push(growth(opts.growthMaxMb));
    process.stdout.write(out.join('\n') + '\n');
    return;
  }

  const { rows, ratios, corpus } = await throughput(opts);
  out.push('', `Throughput. ${corpus}; one document at a time.`);
  out.push(table(['system', 'words/s (median)', 'range of runs', 'ms per 1k words', 'vs readDoc', 'runs'], rows));

  log('where the time goes');
  out.push('', breakdown(Math.min(3, opts.runs)));

  log('pattern engine');
  {
    const brown = brownDocuments(200_000);
    const timed = brown.slice(0, Math.ceil(brown.length / 2)).map((d) => analyse(d));
    const source = brown.slice(Math.ceil(brown.length / 2)).map((d) => analyse(d));
    out.push('', patternBench(timed, source, wordsOf(brown.slice(0, Math.ceil(brown.length / 2))), Math.min(3, opts.runs)));
  }

  log('spelling word list');
  const list = wordListLoad(3);
  out.push('', `Spelling word list (data/wordlists/english.txt.gz, read on the first check() that runs spelling or spacing), in a fresh process, median of 3: ${fixed(list, 0)} ms to load.`);

  log('cold start');
  const cold = coldStart(5);
  out.push(
    '',
    `Cold start: \`calque report\` on one article (571 words), whole process, median of 5: ${int(cold.medianMs)} ms (fastest ${int(cold.minMs)} ms; a bare \`node -e 0\` takes ${int(cold.nodeMs)} ms, so ${fixed(cold.medianMs / cold.nodeMs, 1)} × node's own start). Peak RSS of that process: ${mb(cold.peakRss)}.`,
  );
  const markup = coldStartMarkup(5);
  out.push(
    `The same article as Markdown: ${int(markup.markdownMs)} ms (${fixed(markup.markdownMs / cold.nodeMs, 1)} × \`node -e 0\`); as HTML: ${int(markup.htmlMs)} ms (${fixed(markup.htmlMs / cold.nodeMs, 1)} ×), the parsers loaded for them only.`,
  );

  log('fixes and diff');
  out.push('', fixesAndDiff(Math.min(3, opts.runs)));

  const checkRate = ratios.get('calque check()') ?? NaN;
  const floorRate = ratios.get('wink-nlp readDoc + POS (the floor)') ?? NaN;
  const harperRate = [...ratios].find(([k]) => k.startsWith('harper.js'))?.[1];
  out.push('', 'Targets:');
  out.push(`  check() throughput ≥ 0.5 × readDoc + POS: ${fixed(checkRate / floorRate, 2)} × — ${verdict(checkRate / floorRate >= 0.5)}`);
  out.push(
    harperRate === undefined
      ? '  check() faster per word than harper.js: not measured (--no-harper)'
      : `  check() faster per word than harper.js: ${fixed(checkRate / harperRate, 1)} × as fast — ${verdict(checkRate > harperRate)}`,
  );
  out.push(`  cold start < 0.5 s: ${int(cold.medianMs)} ms, ${fixed(cold.medianMs / cold.nodeMs, 1)} × \`node -e 0\` — ${verdict(cold.medianMs < 500)}`);

  if (!opts.quick) {
    out.push('', 'Scale (each size in a fresh process; Brown text, one paragraph per line):');
    out.push(scale(opts.full));
    log('batch');
    out.push('', batch());
    if (opts.full) {
      out.push('', 'Growth of check() with the input (each size in a fresh process):');
      out.push(growth(opts.growthMaxMb));
    }
  }
  process.stdout.write(out.join('\n') + '\n');
}

await main();
