/**
 * Lists candidate cognate false friends: Indonesian dictionary stems (data/lexicons/indonesian-roots.json,
 * from the LibreOffice id_ID dictionary) paired with English words by regular spelling
 * correspondences (sosialisasi ~ socialization, intensif ~ intensive, aparatus ~ apparatus), ranked by
 * how much more often the English forms occur in Indonesian-origin English pages than in native
 * pages. A maintainer's step: the output is read, and patterns are written by hand only for the
 * collocations in which the Indonesian sense is wrong in English (docs/rules/false-friend.md). The
 * pages are third-party text and stay outside the repository.
 *
 * Usage: node dist/scripts/derive-cognates.js <indonesian-origin dir>[,dir…] <native dir>[,dir…] [min ratio]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../src/lexicons/package-root.js';

const [idDirs, nativeDirs, minRatioArg = '4'] = process.argv.slice(2);
if (!idDirs || !nativeDirs) {
  process.stderr.write('usage: derive-cognates <indonesian-origin dirs, comma-separated> <native dirs> [min ratio]\n');
  process.exit(2);
}

/** Spelling shared by both languages once English digraphs are folded into Indonesian spelling. */
function foldLetters(w: string): string {
  return w
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/qu/g, 'kw')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ch/g, 'k')
    .replace(/c/g, 'k')
    .replace(/y/g, 'i')
    .replace(/(.)\1/g, '$1');
}

/** English suffix → Indonesian suffix of the borrowed word (-ization → -isasi, -ive → -if…). */
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['ization', 'isasi'], ['isation', 'isasi'], ['ize', 'isasi'], ['ise', 'isasi'], ['ation', 'asi'],
  ['ition', 'isi'], ['tion', 'si'], ['sion', 'si'], ['ity', 'itas'], ['ive', 'if'], ['ical', 'is'],
  ['ic', 'ik'], ['ism', 'isme'], ['ance', 'ansi'], ['ence', 'ensi'], ['ate', 'asi'], ['ent', 'en'],
  ['ant', 'an'], ['ary', 'er'], ['ory', 'ori'], ['ous', 'us'], ['ure', 'ur'], ['ist', 'is'],
];

function englishKeys(lemma: string): Set<string> {
  const keys = new Set([foldLetters(lemma)]);
  for (const [en, id] of SUFFIXES) {
    if (lemma.endsWith(en) && lemma.length > en.length + 2) keys.add(foldLetters(lemma.slice(0, -en.length)) + id);
  }
  return keys;
}

/** Rough lemmas of an English word form, enough to join inflections to their stem. */
function lemmas(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -1), w.slice(0, -2));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (w.endsWith('ly')) out.push(w.slice(0, -2));
  return out;
}

interface Counts { words: number; freq: Map<string, number>; docs: Map<string, Set<string>> }

function countPages(dirs: string): Counts {
  const c: Counts = { words: 0, freq: new Map(), docs: new Map() };
  for (const dir of dirs.split(',')) {
    for (const name of readdirSync(dir).sort()) {
      const page = join(dir, name);
      for (const w of readFileSync(page, 'utf8').toLowerCase().match(/[a-z]+/g) ?? []) {
        c.words++;
        c.freq.set(w, (c.freq.get(w) ?? 0) + 1);
        let d = c.docs.get(w);
        if (!d) c.docs.set(w, (d = new Set()));
        d.add(page);
      }
    }
  }
  return c;
}

const roots = (JSON.parse(readFileSync(dataPath('lexicons', 'indonesian-roots.json'), 'utf8')) as { entries: string[] }).entries;
const byKey = new Map<string, string>();
for (const r of roots) if (r.length >= 5) byKey.set(foldLetters(r), r);

const id = countPages(idDirs);
const nat = countPages(nativeDirs);
const families = new Map<string, Set<string>>();
for (const w of new Set([...id.freq.keys(), ...nat.freq.keys()])) {
  if (w.length < 5) continue;
  for (const l of lemmas(w)) {
    for (const k of englishKeys(l)) {
      const stem = byKey.get(k);
      if (stem === undefined) continue;
      let f = families.get(stem);
      if (!f) families.set(stem, (f = new Set()));
      f.add(w);
    }
  }
}

const minRatio = Number(minRatioArg);
const rows: string[] = [];
for (const [stem, forms] of families) {
  let a = 0, b = 0;
  const pages = new Set<string>();
  for (const w of forms) {
    a += id.freq.get(w) ?? 0;
    b += nat.freq.get(w) ?? 0;
    for (const p of id.docs.get(w) ?? []) pages.add(p);
  }
  // Half a count of smoothing keeps a word absent from the native pages from an infinite ratio.
  const ratio = a / id.words / ((b + 0.5) / nat.words);
  if (a >= 3 && pages.size >= 2 && ratio >= minRatio) {
    const shown = [...forms].filter((w) => id.freq.has(w)).sort((x, y) => (id.freq.get(y) ?? 0) - (id.freq.get(x) ?? 0));
    rows.push(`${ratio.toFixed(1)}\t${stem}\tid=${a} pages=${pages.size} native=${b}\t${shown.join(' ')}`);
  }
}
rows.sort((x, y) => Number(y.split('\t')[0]) - Number(x.split('\t')[0]));
process.stdout.write(`${id.words} Indonesian-origin words, ${nat.words} native words\n${rows.join('\n')}\n`);
