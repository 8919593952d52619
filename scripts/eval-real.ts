/**
 * npm run eval:real -- [dir] [--split tune|test|all] [--json] [--unmatched] [--by-rule] [--manifests <folder>]
 *
 * Scores calque on the real-text set (issue 9): every `<id>.annotations.json` in <dir> (default
 * /work/real when it exists) with its `<id>.txt`; each text's kind and split come from the
 * manifests in corpora/real/ (validated by data/schemas/real-manifest.schema.json). Prints recall
 * per tier and class, precision of minor-and-above findings, flags per 1,000 words on native
 * controls, verdicts per kind, and a random baseline beside recall and precision: `--split tune` (or
 * test) prints that split alone, so tuning runs never show the untouched half's figures; `all` (the
 * default) prints the whole set, then tune and test separately. The metric code is
 * scripts/real-metrics.ts.
 *
 * Exit codes: 0 scored; 2 bad arguments or no annotated texts found (prints how to collect them).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/index.js';
import { assertValid } from '../src/lexicons/validate.js';
import {
  computeMetrics,
  fixAgreement,
  perK,
  pct,
  randomBaseline,
  rate,
  ruleShares,
  unmatchedFindings,
} from './real-metrics.js';
import type { Baseline, FixAgreement, Metrics, RealItem, ScoredText, Split, TextKind } from './real-metrics.js';

interface Annotation {
  file: string;
  kind: 'machine-translated' | 'human';
  items: RealItem[];
}
interface ManifestText {
  id: string;
  url: string;
  outlet: string;
  kind: TextKind;
  split: Split;
  title: string;
}
interface Manifest {
  about: string;
  collected: string;
  texts: ManifestText[];
}

const DEFAULT_DIR = '/work/real';
const MANIFEST_DIR = join(process.cwd(), 'corpora', 'real');

function usage(message: string): never {
  process.stderr.write(`eval:real: ${message}\nusage: npm run eval:real -- [dir] [--split tune|test|all] [--json] [--unmatched] [--by-rule] [--manifests <folder>]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { dir: string | undefined; split: Split | 'all'; json: boolean; unmatched: boolean; byRule: boolean; manifestDirs: string[] } {
  let dir: string | undefined;
  const manifestDirs: string[] = [];
  let split: Split | 'all' = 'all';
  let json = false;
  let unmatched = false;
  let byRule = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--unmatched') unmatched = true;
    else if (a === '--by-rule') byRule = true;
    else if (a === '--manifests') {
      const v = argv[++i];
      if (v === undefined) usage('--manifests takes a folder');
      manifestDirs.push(v);
    } else if (a === '--split' || a.startsWith('--split=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'tune' && v !== 'test' && v !== 'all') usage(`--split takes tune, test or all (got ${v ?? 'nothing'})`);
      split = v;
    } else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (dir === undefined) dir = a;
    else usage(`one directory only (got ${dir} and ${a})`);
  }
  return { dir, split, json, unmatched, byRule, manifestDirs };
}

/** The manifests in corpora/real/ and in any folder named by --manifests (e.g. another branch's). */
function readManifests(extra: string[]): Manifest[] {
  const out: Manifest[] = [];
  for (const d of [MANIFEST_DIR, ...extra]) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((x) => /^manifest\..+\.json$/.test(x)).sort()) {
      out.push(assertValid<Manifest>('real-manifest', JSON.parse(readFileSync(join(d, f), 'utf8')), join(d, f)));
    }
  }
  return out;
}

function howToCollect(manifests: Manifest[], dir: string): never {
  const lines = [
    `eval:real: no annotated texts in ${dir}.`,
    'The real-text set lives outside the repository (third parties\' words). To collect it again:',
    '  1. for each text in corpora/real/manifest.*.json, search the stored web pages (search tool, corpus `pages`)',
    '     by its title or address, and save the article as <dir>/<id>.txt in the format of the manifest\'s `about`',
    '     (headline on line 1, one paragraph per line, text exactly as published);',
    '  2. annotate it as <dir>/<id>.annotations.json (data/schemas/annotations.schema.json);',
    '  3. run `npm run eval:real -- <dir>`.',
  ];
  for (const m of manifests) lines.push(`  manifest: ${m.texts.length} texts collected ${m.collected}`);
  process.stderr.write(lines.join('\n') + '\n');
  process.exit(2);
}

/** Kind from an id like `a-ai-03` when no manifest lists it. */
function kindFromId(id: string): TextKind {
  const k = /^[a-z]+-(ai|ed|rel|nat)-/.exec(id)?.[1];
  return (k as TextKind | undefined) ?? (id.includes('nat') ? 'nat' : 'ai');
}

function loadTexts(dir: string, manifests: Manifest[]): ScoredText[] {
  const byId = new Map<string, ManifestText>();
  for (const m of manifests) for (const t of m.texts) byId.set(t.id, t);
  const files = readdirSync(dir).filter((f) => f.endsWith('.annotations.json')).sort();
  const out: ScoredText[] = [];
  for (const f of files) {
    const id = f.slice(0, -'.annotations.json'.length);
    const ann = assertValid<Annotation>('annotations', JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
    const text = readFileSync(join(dir, ann.file), 'utf8');
    const entry = byId.get(id);
    if (!entry) process.stderr.write(`eval:real: ${id} is in no manifest; counted in "all" only\n`);
    const report = check(text);
    out.push({
      id,
      kind: entry?.kind ?? kindFromId(id),
      split: entry?.split,
      text,
      words: report.input.words,
      items: ann.items,
      findings: report.findings.map((x) => ({ ruleId: x.ruleId, severity: x.severity, span: x.span, text: x.text, suggestions: x.suggestions })),
      verdict: report.verdict,
    });
  }
  return out;
}


interface SplitResult {
  split: string;
  metrics: Metrics;
  baseline: Baseline;
  fixes: FixAgreement;
}

function score(texts: ScoredText[], split: string): SplitResult {
  const chosen = split === 'all' ? texts : texts.filter((t) => t.split === split);
  return { split, metrics: computeMetrics(chosen), baseline: randomBaseline(chosen), fixes: fixAgreement(chosen) };
}

function render(r: SplitResult): string {
  const { metrics: m, baseline: b } = r;
  const out: string[] = [`\n## split: ${r.split} (${m.texts} texts, ${m.words} words)`];
  out.push('  recall            calque            random baseline');
  for (const t of ['A', 'B', 'C'] as const) {
    const x = m.tiers[t];
    if (x.d > 0) out.push(`  tier ${t}  ${`${x.n}/${x.d}`.padStart(9)} ${pct(rate(x))}    ${pct(b.tiers[t])}`);
  }
  const mp = m.tiersMinorPlus;
  out.push(`  recall by minor+ findings alone: tier A ${mp.A.n}/${mp.A.d} ${pct(rate(mp.A))}, tier B ${mp.B.n}/${mp.B.d} ${pct(rate(mp.B))}`);
  out.push(`  precision of minor+ findings on Indonesian-origin texts: ${m.precision.n}/${m.precision.d} ${pct(rate(m.precision))}   random ${pct(b.precision)}`);
  out.push(`  precision of all findings (info included):        ${m.precisionAll.n}/${m.precisionAll.d} ${pct(rate(m.precisionAll))}`);
  const c = m.controls;
  out.push(
    `  native controls: ${c.texts} texts, ${c.words} words: ${c.flags} findings (${perK(c.flags, c.words)} per 1k words), ` +
      `${c.minorPlus} minor+ (${perK(c.minorPlus, c.words)} per 1k words; ${c.minorPlusOnSlips} of them on a real slip annotated in the control, ` +
      `${c.minorPlus - c.minorPlusOnSlips} false: ${perK(c.minorPlus - c.minorPlusOnSlips, c.words)} per 1k words)`,
  );
  const fx = r.fixes;
  out.push(
    `  suggested fixes: of ${fx.items} items with an editor's fix, ${fx.found} found, ${fx.suggested} by a finding with a suggestion: ` +
      `same text as the editor's ${fx.exact} (${pct(fx.exact / fx.suggested)}), nearer to it than leaving the text unchanged ${fx.closer} ` +
      `(${pct(fx.closer / fx.suggested)}), farther ${fx.further} (${pct(fx.further / fx.suggested)})`,
  );
  out.push('  verdicts per kind:');
  for (const [kind, v] of Object.entries(m.verdicts).sort()) {
    out.push(`    ${kind.padEnd(4)} pass ${v['pass'] ?? 0}, review ${v['review'] ?? 0}, fail ${v['fail'] ?? 0}`);
  }
  out.push('  recall per class (tiers A and B):');
  for (const [cls, x] of Object.entries(m.classes).sort()) out.push(`    ${cls.padEnd(24)} ${`${x.n}/${x.d}`.padStart(7)} ${pct(rate(x))}`);
  return out.join('\n');
}

const args = parseArgs(process.argv.slice(2));
const manifests = readManifests(args.manifestDirs);
const dir = args.dir ?? (existsSync(DEFAULT_DIR) ? DEFAULT_DIR : undefined);
if (dir === undefined) howToCollect(manifests, DEFAULT_DIR);
if (!existsSync(dir) || !statSync(dir).isDirectory()) usage(`${dir} is not a directory`);
const texts = loadTexts(dir, manifests);
if (texts.length === 0) howToCollect(manifests, dir);

// A tuning run must not show the test half's figures (helpers reported seeing them on every
// `--split tune` run): only the whole-set view prints both halves.
const splits: (Split | 'all')[] = args.split === 'all' ? ['all', 'tune', 'test'] : [args.split];
const results = splits.map((s) => score(texts, s));

if (args.json) {
  const json = {
    dir,
    splits: Object.fromEntries(results.map((r) => [r.split, { ...r.metrics, baseline: r.baseline, fixes: r.fixes }])),
    texts: texts.map((t) => ({
      id: t.id,
      kind: t.kind,
      split: t.split ?? null,
      words: t.words,
      verdict: t.verdict,
      items: t.items.length,
      ...(args.unmatched ? { unmatched: unmatchedFindings(t) } : {}),
    })),
  };
  process.stdout.write(JSON.stringify(json, null, 2) + '\n');
} else {
  process.stdout.write(`# calque on the real-text set: ${dir}\n`);
  for (const r of results) process.stdout.write(render(r) + '\n');
  if (args.byRule) {
    const chosen = args.split === 'all' ? texts : texts.filter((t) => t.split === args.split);
    process.stdout.write(`\n## per rule (split ${args.split}): findings on Indonesian-origin texts overlapping an item, minor+, items only this rule finds, false flags on controls\n`);
    for (const s of ruleShares(chosen)) {
      process.stdout.write(
        `  ${s.ruleId.padEnd(28)} ${`${s.findings.n}/${s.findings.d}`.padStart(9)} ${pct(rate(s.findings))}  minor+ ${String(s.minorPlus).padStart(4)}  sole ${String(s.soleItems).padStart(3)}  nat-false ${s.falseOnControls}\n`,
      );
    }
  }
  if (args.unmatched) {
    process.stdout.write('\n## findings of minor and above that match no annotated item\n');
    for (const t of texts) {
      if (args.split !== 'all' && t.split !== args.split) continue;
      for (const f of unmatchedFindings(t)) {
        process.stdout.write(`  ${t.id} ${f.severity} ${f.ruleId} "${t.text.slice(f.span.start, f.span.end).slice(0, 70)}"\n`);
      }
    }
  }
}
