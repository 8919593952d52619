/**
 * npm run eval:real-peer -- <dir> --split tune|test|all [--by-rule] [--json] [--misses N] [--manifests <folder>]
 * npm run eval:real-peer -- --plain <dir>|brown [--by-rule] [--examples N]
 *
 * The peer beside calque on the real-text set (issue 9): harper.js, a general English grammar checker
 * (dev dependency, WebAssembly), run on the same annotated texts as `npm run eval:real` and scored
 * by the same code (scripts/real-metrics.ts, scripts/overlap.ts). Every harper lint counts as a
 * finding of severity minor. Prints, for harper.js, calque and the union of both: recall per tier,
 * precision, flags per 1,000 words on native controls, each beside the random baseline; then per
 * harper lint kind and per harper rule: its findings on Indonesian-origin texts and how many
 * overlap an item, the items (tiers A and B) it finds, how many of those calque misses, and its
 * flags on native controls.
 *
 * `--misses N` lists, per harper rule, up to N annotated items it finds that calque misses (tune
 * split only: the test half is never shown). `--plain <dir>` runs harper.js alone on a folder of
 * unannotated `.txt` pages (page pools, native pages) and `--plain brown` on the Brown press
 * sections, printing flags per 1,000 words per rule (`--examples N`: N flagged snippets per rule),
 * the false-alarm view of a peer check before it is copied into calque.
 *
 * Exit codes: 0 scored; 2 bad arguments, no texts, or harper.js failed to load.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/index.js';
import { assertValid } from '../src/lexicons/validate.js';
import { brownFiles, brownParagraphs } from './bench/corpus.js';
import { overlaps, SENTENCE_WIDE } from './overlap.js';
import type { FindingLike } from './overlap.js';
import { computeMetrics, isIndonesianOrigin, perK, pct, randomBaseline, rate } from './real-metrics.js';
import type { Baseline, Metrics, RealItem, ScoredText, Split, TextKind } from './real-metrics.js';

/** A harper lint as the scoring sees it, with what a reader needs to judge it. */
interface PeerFinding extends FindingLike {
  kind: string;
  text: string;
  message: string;
}

interface Annotation {
  file: string;
  items: RealItem[];
}
interface ManifestText {
  id: string;
  kind: TextKind;
  split: Split;
}

type Linter = (text: string) => Promise<PeerFinding[]>;

const PREFIX = 'harper/';

function usage(message: string): never {
  process.stderr.write(
    `eval:real-peer: ${message}\nusage: npm run eval:real-peer -- <dir> --split tune|test|all [--by-rule] [--json] [--misses N]\n` +
      '       npm run eval:real-peer -- --plain <dir>|brown [--by-rule] [--examples N]\n',
  );
  process.exit(2);
}

interface Args {
  dir: string | undefined;
  plain: string | undefined;
  split: Split | 'all' | undefined;
  byRule: boolean;
  json: boolean;
  misses: number;
  examples: number;
  manifestDirs: string[];
}

function count(v: string | undefined, flag: string): number {
  const n = Number(v);
  if (v === undefined || !Number.isInteger(n) || n < 0) usage(`${flag} takes a whole number`);
  return n;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { dir: undefined, plain: undefined, split: undefined, byRule: false, json: false, misses: 0, examples: 0, manifestDirs: [] };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--by-rule') a.byRule = true;
    else if (x === '--json') a.json = true;
    else if (x === '--misses') a.misses = count(argv[++i], x);
    else if (x === '--examples') a.examples = count(argv[++i], x);
    else if (x === '--plain') a.plain = argv[++i] ?? usage('--plain takes a folder or "brown"');
    else if (x === '--manifests') a.manifestDirs.push(argv[++i] ?? usage('--manifests takes a folder'));
    else if (x === '--split' || x.startsWith('--split=')) {
      const v = x.includes('=') ? x.slice(x.indexOf('=') + 1) : argv[++i];
      if (v !== 'tune' && v !== 'test' && v !== 'all') usage(`--split takes tune, test or all (got ${v ?? 'nothing'})`);
      a.split = v;
    } else if (x.startsWith('-')) usage(`unknown option ${x}`);
    else if (a.dir === undefined) a.dir = x;
    else usage(`one directory only (got ${a.dir} and ${x})`);
  }
  if (a.plain === undefined && a.dir === undefined) usage('name a real-set folder or --plain <dir>|brown');
  // Listing misses shows annotated text: only the tune half may be read.
  if (a.misses > 0 && a.split !== 'tune') usage('--misses lists tune items only: add --split tune');
  return a;
}

async function loadHarper(): Promise<Linter> {
  try {
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    await linter.setup();
    return async (text) => {
      const out: PeerFinding[] = [];
      const byRule = await linter.organizedLints(text, { language: 'plaintext' });
      for (const [rule, lints] of Object.entries(byRule)) {
        for (const l of lints) {
          const s = l.span();
          // harper.js reports UTF-16 offsets in JavaScript; a lint whose text disagrees would be
          // scored on the wrong words, so it is dropped and counted on stderr instead.
          if (text.slice(s.start, s.end) !== l.get_problem_text()) {
            spanMismatches += 1;
            continue;
          }
          out.push({
            ruleId: PREFIX + rule,
            kind: l.lint_kind(),
            severity: 'minor',
            span: { start: s.start, end: s.end },
            text: l.get_problem_text(),
            message: l.message(),
          });
        }
      }
      return out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
    };
  } catch (err) {
    process.stderr.write(`eval:real-peer: harper.js unavailable (${(err as Error).message.split('\n')[0]})\n`);
    process.exit(2);
  }
}

let spanMismatches = 0;

function readManifests(extra: string[]): Map<string, ManifestText> {
  const byId = new Map<string, ManifestText>();
  for (const d of [join(process.cwd(), 'corpora', 'real'), ...extra]) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((x) => /^manifest\..+\.json$/.test(x)).sort()) {
      const m = assertValid<{ texts: ManifestText[] }>('real-manifest', JSON.parse(readFileSync(join(d, f), 'utf8')), join(d, f));
      for (const t of m.texts) byId.set(t.id, t);
    }
  }
  return byId;
}

/** One annotated text scored three ways: harper.js alone, calque alone, both together. */
interface Triple {
  harper: ScoredText;
  calque: ScoredText;
  union: ScoredText;
  peer: PeerFinding[];
}

async function loadReal(dir: string, split: Split | 'all', manifests: Map<string, ManifestText>, lint: Linter): Promise<Triple[]> {
  const out: Triple[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.annotations.json')).sort()) {
    const id = f.slice(0, -'.annotations.json'.length);
    const entry = manifests.get(id);
    // Texts no manifest lists have no split; like eval:real they count in "all" only.
    if (split !== 'all' && entry?.split !== split) continue;
    const ann = assertValid<Annotation>('annotations', JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
    const text = readFileSync(join(dir, ann.file), 'utf8');
    const report = check(text);
    const peer = await lint(text);
    const calqueFindings = report.findings.map((x) => ({ ruleId: x.ruleId, severity: x.severity, span: x.span }));
    const base = {
      id,
      kind: entry?.kind ?? ((/^[a-z]+-(ai|ed|rel|nat)-/.exec(id)?.[1] as TextKind | undefined) ?? 'ai'),
      split: entry?.split,
      text,
      words: report.input.words,
      items: ann.items,
      verdict: report.verdict,
    };
    out.push({
      harper: { ...base, findings: peer, verdict: 'n/a' },
      calque: { ...base, findings: calqueFindings },
      union: { ...base, findings: [...calqueFindings, ...peer] },
      peer,
    });
  }
  return out;
}


function ratio(n: number, d: number): string {
  return `${n}/${d}`.padStart(9);
}

interface Scored {
  name: string;
  metrics: Metrics;
  baseline: Baseline;
}

function summaryTable(rows: Scored[]): string {
  const out = ['  checker          tier A            tier B            precision         native: flags/1k (false minor+/1k)'];
  for (const r of rows) {
    const { metrics: m, baseline: b } = r;
    const c = m.controls;
    out.push(
      `  ${r.name.padEnd(14)} ${ratio(m.tiers.A.n, m.tiers.A.d)} ${pct(rate(m.tiers.A))} ${ratio(m.tiers.B.n, m.tiers.B.d)} ${pct(rate(m.tiers.B))} ` +
        `${ratio(m.precision.n, m.precision.d)} ${pct(rate(m.precision))}   ${perK(c.flags, c.words)} (${perK(c.minorPlus - c.minorPlusOnSlips, c.words)})`,
    );
    out.push(`  ${'  random'.padEnd(14)} ${' '.repeat(9)} ${pct(b.tiers.A)} ${' '.repeat(9)} ${pct(b.tiers.B)} ${' '.repeat(9)} ${pct(b.precision)}`);
  }
  out.push('  (precision: minor+ findings on Indonesian-origin texts that overlap an annotated item; every harper lint counts as minor;');
  out.push('   harper/LongSentences, like calque\'s low-fluency, finds only garbled items, except in the "harper (loose)" row)');
  return out.join('\n');
}

/** One harper rule's (or lint kind's) share of the peer's findings. */
interface PeerShare {
  key: string;
  findings: number;
  onItems: number;
  /** Items of tiers A and B it finds, and how many of them calque misses. */
  items: number;
  itemsCalqueMisses: number;
  /** Findings on native controls that overlap no annotated slip. */
  natFalse: number;
  misses: string[];
}

function peerShares(texts: Triple[], keyOf: (f: PeerFinding) => string, missesPerRule: number): PeerShare[] {
  const by = new Map<string, PeerShare>();
  const share = (k: string): PeerShare => {
    let s = by.get(k);
    if (!s) by.set(k, (s = { key: k, findings: 0, onItems: 0, items: 0, itemsCalqueMisses: 0, natFalse: 0, misses: [] }));
    return s;
  };
  for (const t of texts) {
    const { items, text } = t.calque;
    if (!isIndonesianOrigin(t.calque.kind)) {
      for (const f of t.peer) if (!items.some((it) => overlaps(f, it))) share(keyOf(f)).natFalse += 1;
      continue;
    }
    for (const f of t.peer) {
      const s = share(keyOf(f));
      s.findings += 1;
      if (items.some((it) => overlaps(f, it))) s.onItems += 1;
    }
    for (const it of items) {
      if (it.tier === 'C') continue;
      const calqueFinds = t.calque.findings.some((f) => overlaps(f, it));
      for (const k of new Set(t.peer.filter((f) => overlaps(f, it)).map(keyOf))) {
        const s = share(k);
        s.items += 1;
        if (calqueFinds) continue;
        s.itemsCalqueMisses += 1;
        if (s.misses.length < missesPerRule) {
          const ctx = text.slice(Math.max(0, it.start - 50), Math.min(text.length, it.end + 50)).replace(/\s+/g, ' ');
          const flagged = t.peer.filter((f) => keyOf(f) === k && overlaps(f, it)).map((f) => f.text.slice(0, 40));
          s.misses.push(`${t.calque.id} ${it.tier} ${it.class} "${it.quote}" [harper flags: ${flagged.join(' | ')}] …${ctx}…`);
        }
      }
    }
  }
  return [...by.values()].sort((a, b) => b.itemsCalqueMisses - a.itemsCalqueMisses || b.findings - a.findings || a.key.localeCompare(b.key));
}

function shareTable(title: string, shares: PeerShare[], natWords: number): string {
  const out = [`\n## per ${title}: findings on Indonesian-origin texts (on an item, precision), items A+B found, of them calque misses, native false flags (per 1k)`];
  for (const s of shares) {
    out.push(
      `  ${s.key.padEnd(34)} ${ratio(s.onItems, s.findings)} ${pct(s.onItems / s.findings)}  items ${String(s.items).padStart(3)}  calque misses ${String(s.itemsCalqueMisses).padStart(3)}  nat-false ${String(s.natFalse).padStart(3)} (${perK(s.natFalse, natWords)})`,
    );
    for (const m of s.misses) out.push(`      ${m}`);
  }
  return out.join('\n');
}

async function runReal(a: Args, lint: Linter): Promise<void> {
  const dir = a.dir!;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) usage(`${dir} is not a directory`);
  if (a.split === undefined) usage('say which half: --split tune|test|all');
  const texts = await loadReal(dir, a.split, readManifests(a.manifestDirs), lint);
  if (texts.length === 0) usage(`no annotated texts of split ${a.split} in ${dir}`);
  const scored = (['harper', 'calque', 'union'] as const).map((name): Scored => {
    const chosen = texts.map((t) => t[name]);
    return { name: name === 'union' ? 'calque+harper' : name === 'harper' ? 'harper.js' : 'calque', metrics: computeMetrics(chosen), baseline: randomBaseline(chosen) };
  });
  // Issue 9's first comparison let harper's sentence-length lint find every item inside a long
  // sentence; this row scores it that way (its id leaves SENTENCE_WIDE), for comparison only.
  const loose = texts.map((t) => ({ ...t.harper, findings: t.peer.map((f) => (SENTENCE_WIDE.has(f.ruleId) ? { ...f, ruleId: `${f.ruleId}:any-item` } : f)) }));
  scored.splice(1, 0, { name: 'harper (loose)', metrics: computeMetrics(loose), baseline: randomBaseline(loose) });
  const natWords = scored[0]!.metrics.controls.words;
  const calqueScored = scored.find((s) => s.name === 'calque')!;
  const byRule = peerShares(texts, (f) => f.ruleId.slice(PREFIX.length), a.misses);
  const byKind = peerShares(texts, (f) => f.kind, 0);
  if (a.json) {
    const json = {
      dir,
      split: a.split,
      checkers: Object.fromEntries(scored.map((s) => [s.name, { ...s.metrics, baseline: s.baseline }])),
      harperByKind: byKind,
      harperByRule: byRule.map(({ misses: _m, ...rest }) => rest),
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return;
  }
  const m = scored[0]!.metrics;
  process.stdout.write(`# harper.js beside calque on the real-text set: ${dir}, split ${a.split} (${m.texts} texts, ${m.words} words; ${m.controls.texts} native controls, ${natWords} words)\n`);
  process.stdout.write(summaryTable(scored) + '\n');
  process.stdout.write('  recall per class (tiers A and B):   harper.js   calque   calque+harper\n');
  for (const cls of Object.keys(calqueScored.metrics.classes).sort()) {
    const [h, c, u] = [scored[0]!, calqueScored, scored[3]!].map((s) => s.metrics.classes[cls] ?? { n: 0, d: 0 });
    process.stdout.write(`    ${cls.padEnd(24)} ${ratio(h!.n, h!.d)} ${ratio(c!.n, c!.d)} ${ratio(u!.n, u!.d)}\n`);
  }
  process.stdout.write(shareTable('harper lint kind', byKind, natWords) + '\n');
  if (a.byRule || a.misses > 0) process.stdout.write(shareTable('harper rule', byRule, natWords) + '\n');
  if (spanMismatches > 0) process.stderr.write(`eval:real-peer: ${spanMismatches} harper lints dropped (text at span differed)\n`);
}

/** Plain pages: harper's flags per rule per 1,000 words, the false-alarm view of a peer check. */
async function runPlain(a: Args, lint: Linter): Promise<void> {
  const docs: { id: string; text: string }[] = [];
  if (a.plain === 'brown') {
    for (const f of brownFiles().filter((x) => 'abc'.includes(x[1]!))) docs.push({ id: f, text: brownParagraphs(f).join('\n') });
  } else {
    const dir = a.plain!;
    if (!existsSync(dir) || !statSync(dir).isDirectory()) usage(`${dir} is not a directory`);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) docs.push({ id: f, text: readFileSync(join(dir, f), 'utf8') });
  }
  if (docs.length === 0) usage(`no .txt pages in ${a.plain}`);
  let words = 0;
  // Per rule: each lint as a line to read, and how many of them a calque finding already overlaps
  // (a peer check worth copying flags what calque does not).
  const byRule = new Map<string, { lines: string[]; calqueToo: number }>();
  for (const d of docs) {
    const report = check(d.text);
    words += report.input.words;
    for (const f of await lint(d.text)) {
      const key = `${f.ruleId.slice(PREFIX.length)} (${f.kind})`;
      const ctx = d.text.slice(Math.max(0, f.span.start - 40), Math.min(d.text.length, f.span.end + 40)).replace(/\s+/g, ' ');
      const also = report.findings.find((x) => x.span.start < f.span.end && f.span.start < x.span.end && !SENTENCE_WIDE.has(x.ruleId));
      const entry = byRule.get(key) ?? { lines: [], calqueToo: 0 };
      if (also) entry.calqueToo += 1;
      entry.lines.push(`${d.id}: [${f.text}] …${ctx}…  (${f.message})${also ? ` [calque: ${also.ruleId}]` : ''}`);
      byRule.set(key, entry);
    }
  }
  const total = [...byRule.values()].reduce((n, l) => n + l.lines.length, 0);
  process.stdout.write(`# harper.js on ${a.plain}: ${docs.length} pages, ${words} words, ${total} lints = ${perK(total, words)} per 1k words\n`);
  process.stdout.write('  rule (lint kind)                                 lints   per 1k   of them calque flags too\n');
  for (const [rule, { lines, calqueToo }] of [...byRule].sort((x, y) => y[1].lines.length - x[1].lines.length || x[0].localeCompare(y[0]))) {
    process.stdout.write(`  ${rule.padEnd(46)} ${String(lines.length).padStart(5)}  ${perK(lines.length, words).padStart(6)}/1k  ${String(calqueToo).padStart(5)}\n`);
    for (const ex of lines.slice(0, a.examples)) process.stdout.write(`      ${ex}\n`);
  }
  if (spanMismatches > 0) process.stderr.write(`eval:real-peer: ${spanMismatches} harper lints dropped (text at span differed)\n`);
}

const args = parseArgs(process.argv.slice(2));
const lint = await loadHarper();
if (args.plain !== undefined) await runPlain(args, lint);
else await runReal(args, lint);
