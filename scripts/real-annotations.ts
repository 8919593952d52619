/**
 * npm run real:annotations -- <command> ...
 *
 * Tools for the real-text set's annotations (issue 9), which live outside the repository with the
 * texts (third parties' words):
 *
 *   offsets <dir>/<id>.txt <items.json>
 *       Writes <dir>/<id>.annotations.json from an annotator's list of items named by quote
 *       ({quote, n?, class, severity, tier, fix?, note?}; n = which occurrence, from 1), with the
 *       spans in UTF-16 offsets that calque reports in. Fails with one line per quote not found.
 *   escrow <dir> [<dir> ...]
 *       Writes corpora/real/escrow.<set>.json (schema data/schemas/real-escrow.schema.json) for every
 *       annotated text of the folders: spans, classes, tiers, severities and hashes of the texts and
 *       quotes, and none of their words, so the escrow can be committed. A text of the set that is not
 *       in the folders (not collected again) keeps its earlier entry.
 *   check <dir>/<id>.txt [...]
 *       For a text collected again: is it the annotated copy (its hash), and if not, how many UTF-16
 *       units longer or shorter and how many of its items' quotes are still found. Exit 1 when any differs.
 *   restore <dir> [--force]
 *       For every <id>.txt of <dir> that the escrows know and that has no annotation yet (or with
 *       --force), rebuilds <id>.annotations.json: exactly when the text's hash matches, else each item
 *       is found again by its quote hash (the occurrence nearest its old relative place); items whose
 *       quote is no longer in the text are reported and left out.
 *
 * The first annotated set was lost with a machine in December 2026 and had to be annotated again
 * by hand; the escrow is what makes the next loss cost a re-collection only.
 *
 * Exit codes: 0 done; 1 a quote not found (offsets), an item lost (restore) or a text that differs (check); 2 bad arguments.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../src/lexicons/package-root.js';
import { assertValid } from '../src/lexicons/validate.js';

export type Severity = 'critical' | 'major' | 'minor' | 'info';
export type Tier = 'A' | 'B' | 'C';
export type Kind = 'machine-translated' | 'human';

export interface AnnotationItem {
  start: number;
  end: number;
  quote: string;
  class: string;
  severity: Severity;
  tier: Tier;
  fix?: string;
  note?: string;
}
interface Annotation {
  $schema?: string;
  about?: string;
  file: string;
  kind: Kind;
  items: AnnotationItem[];
}
export interface QuotedItem {
  quote: string;
  n?: number;
  class: string;
  severity: Severity;
  tier: Tier;
  fix?: string;
  note?: string;
}
export interface EscrowItem {
  start: number;
  end: number;
  quoteSha256: string;
  /** Which occurrence of the quote this is (from 1), and how many the text had. */
  occurrence: number;
  occurrences: number;
  class: string;
  severity: Severity;
  tier: Tier;
}
export interface EscrowText {
  id: string;
  kind: Kind;
  textSha256: string;
  length: number;
  items: EscrowItem[];
}
interface Escrow {
  $schema?: string;
  about: string;
  saved: string;
  texts: EscrowText[];
}

// The repository's escrows whatever the working directory (a collector runs this from anywhere).
const ESCROW_DIR = join(packageRoot(), 'corpora', 'real');
const ANNOTATION_SCHEMA = '../main/data/schemas/annotations.schema.json';

function fail(message: string, code = 2): never {
  process.stderr.write(`real:annotations: ${message}\n`);
  process.exit(code);
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
const quoteHash = (quote: string): string => sha256(quote).slice(0, 16);

/** Writes through a temporary file so a crash never leaves half a file in place. */
function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 1)}\n`);
  renameSync(tmp, path);
}

const idOf = (txtPath: string): string => basename(txtPath).replace(/\.txt$/, '');
const kindOf = (id: string): Kind => (/-nat-/.test(id) ? 'human' : 'machine-translated');

/** Spans for an annotator's quote-named items; `missing` names every quote the text lacks. */
export function itemsFromQuotes(text: string, quoted: QuotedItem[]): { items: AnnotationItem[]; missing: string[] } {
  const items: AnnotationItem[] = [];
  const missing: string[] = [];
  for (const q of quoted) {
    let at = -1;
    for (let k = 0; k < (q.n ?? 1); k++) {
      at = text.indexOf(q.quote, at + 1);
      if (at < 0) break;
    }
    if (at < 0) {
      missing.push(`quote not found (occurrence ${q.n ?? 1}): ${JSON.stringify(q.quote)}`);
      continue;
    }
    const item: AnnotationItem = { start: at, end: at + q.quote.length, quote: q.quote, class: q.class, severity: q.severity, tier: q.tier };
    if (q.fix !== undefined) item.fix = q.fix;
    if (q.note) item.note = q.note;
    items.push(item);
  }
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  return { items, missing };
}

function offsets(txtPath: string, itemsPath: string): void {
  const text = readFileSync(txtPath, 'utf8');
  const quoted = JSON.parse(readFileSync(itemsPath, 'utf8')) as QuotedItem[];
  if (!Array.isArray(quoted)) fail(`${itemsPath} must hold a JSON list of items`);
  const id = idOf(txtPath);
  const { items, missing } = itemsFromQuotes(text, quoted);
  for (const m of missing) process.stderr.write(`${id}: ${m}\n`);
  if (missing.length > 0) process.exit(1);
  const annotation: Annotation = { $schema: ANNOTATION_SCHEMA, file: `${id}.txt`, kind: kindOf(id), items };
  const target = join(dirname(txtPath), `${id}.annotations.json`);
  assertValid<Annotation>('annotations', annotation, target);
  writeJsonAtomic(target, annotation);
  process.stdout.write(`${id}: ${items.length} items -> ${target}\n`);
}

/** One text's escrow entry: hashes and spans, none of the text's words. */
export function escrowEntry(id: string, kind: Kind, text: string, items: readonly AnnotationItem[]): EscrowText {
  return {
    id,
    kind,
    textSha256: sha256(text),
    length: text.length,
    items: items.map((x) => {
      const all = occurrences(text, x.end - x.start, quoteHash(text.slice(x.start, x.end)));
      return { start: x.start, end: x.end, quoteSha256: quoteHash(text.slice(x.start, x.end)), occurrence: all.indexOf(x.start) + 1, occurrences: all.length, class: x.class, severity: x.severity, tier: x.tier };
    }),
  };
}

function escrow(dirs: string[]): void {
  const bySet = new Map<string, EscrowText[]>();
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.annotations.json')).sort()) {
      const ann = assertValid<Annotation>('annotations', JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
      const id = f.slice(0, -'.annotations.json'.length);
      const set = id.split('-')[0]!;
      const text = readFileSync(join(dir, ann.file), 'utf8');
      const entry = escrowEntry(id, ann.kind, text, ann.items);
      bySet.set(set, [...(bySet.get(set) ?? []), entry]);
    }
  }
  const saved = new Date().toISOString().slice(0, 10);
  for (const [set, texts] of [...bySet].sort()) {
    // A text of the set that was not collected again this time (its page no longer in the store)
    // keeps its earlier entry: re-escrowing after a partial re-collection must not lose it.
    const { merged, kept } = mergeEscrowTexts(texts, readEscrow(set)?.texts ?? []);
    texts.splice(0, texts.length, ...merged);
    const value: Escrow = {
      $schema: '../../data/schemas/real-escrow.schema.json',
      about: `Escrow of set ${set}'s annotations (no words of the texts): restore with \`npm run real:annotations -- restore <dir>\` after collecting the texts again from manifest.${set}.json.`,
      saved,
      texts,
    };
    const target = join(ESCROW_DIR, `escrow.${set}.json`);
    assertValid<Escrow>('real-escrow', value, target);
    writeJsonAtomic(target, value);
    process.stdout.write(
      `escrow.${set}.json: ${texts.length} texts, ${texts.reduce((n, t) => n + t.items.length, 0)} items` +
        `${kept.length > 0 ? ` (${kept.length} earlier entries kept for texts not in the folders: ${kept.map((t) => t.id).join(', ')})` : ''}\n`,
    );
  }
}

/**
 * The texts of a set's new escrow: every text annotated in the folders, and the earlier entry of each
 * text the folders lack (its page was not found again), sorted by id.
 */
export function mergeEscrowTexts(fresh: readonly EscrowText[], earlier: readonly EscrowText[]): { merged: EscrowText[]; kept: EscrowText[] } {
  const ids = new Set(fresh.map((t) => t.id));
  const kept = earlier.filter((t) => !ids.has(t.id));
  return { merged: [...fresh, ...kept].sort((a, b) => a.id.localeCompare(b.id)), kept };
}

/** The committed escrow of one set, or undefined when the set has none yet. */
function readEscrow(set: string): Escrow | undefined {
  const file = join(ESCROW_DIR, `escrow.${set}.json`);
  return existsSync(file) ? assertValid<Escrow>('real-escrow', JSON.parse(readFileSync(file, 'utf8')), file) : undefined;
}

/**
 * How a text collected again compares with the annotated copy its escrow describes: the same text
 * (hash), or how far off (length in UTF-16 units) and how many item quotes are still found. The
 * collector reads this after each save, so a kept caption or a missing paragraph is caught at once.
 */
export function compareWithEscrow(text: string, entry: EscrowText): { exact: boolean; exactIfFinalNewline: 'added' | 'removed' | undefined; lengthDelta: number; found: number; items: number } {
  const exact = sha256(text) === entry.textSha256;
  const trimmed = text.replace(/\n+$/, '');
  const exactIfFinalNewline = exact ? undefined : sha256(trimmed + '\n') === entry.textSha256 ? 'added' : sha256(trimmed) === entry.textSha256 ? 'removed' : undefined;
  const { items } = restoreItems(text, entry);
  return { exact, exactIfFinalNewline, lengthDelta: text.length - entry.length, found: items.length, items: entry.items.length };
}

function checkCollected(files: string[]): void {
  let differs = 0;
  // One read and validation of each set's escrow, however many of its texts are checked.
  const escrows = new Map<string, Escrow | undefined>();
  for (const file of files) {
    const id = idOf(basename(file));
    const set = id.split('-')[0]!;
    if (!escrows.has(set)) escrows.set(set, readEscrow(set));
    const entry = escrows.get(set)?.texts.find((t) => t.id === id);
    if (!entry) {
      process.stdout.write(`${id}: no escrow entry (nothing to compare with)\n`);
      continue;
    }
    const c = compareWithEscrow(readFileSync(file, 'utf8'), entry);
    if (!c.exact) differs++;
    const how = c.exact ? 'same text as annotated' : c.exactIfFinalNewline ? `same text once a final newline is ${c.exactIfFinalNewline}` : `differs (${c.lengthDelta > 0 ? '+' : ''}${c.lengthDelta} UTF-16 units)`;
    process.stdout.write(`${id}: ${how}; ${c.found}/${c.items} item quotes found\n`);
  }
  if (differs > 0) process.exit(1);
}

/** Every start offset in `text` of a substring of `length` units whose hash is `hash`. */
function occurrences(text: string, length: number, hash: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + length <= text.length; i++) if (quoteHash(text.slice(i, i + length)) === hash) out.push(i);
  return out;
}

/**
 * The annotation items of `entry` in `text`, a copy collected again: at their old offsets when the
 * quote hash still matches there, else at the occurrence of the quote nearest the old relative place.
 */
export function restoreItems(text: string, entry: EscrowText): { items: AnnotationItem[]; exact: boolean; moved: number; lost: EscrowItem[] } {
  const exact = sha256(text) === entry.textSha256;
  const items: AnnotationItem[] = [];
  const lost: EscrowItem[] = [];
  let moved = 0;
  for (const x of entry.items) {
    let start = x.start;
    if (quoteHash(text.slice(x.start, x.end)) !== x.quoteSha256) {
      // The same occurrence when the copy holds the quote as often as the annotated text did; else
      // the occurrence nearest the item's old relative place.
      const found = occurrences(text, x.end - x.start, x.quoteSha256);
      const expected = (x.start * text.length) / Math.max(1, entry.length);
      const best = found.length === x.occurrences ? found[x.occurrence - 1] : found.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected))[0];
      if (best === undefined) {
        lost.push(x);
        continue;
      }
      moved++;
      start = best;
    }
    const end = start + (x.end - x.start);
    items.push({ start, end, quote: text.slice(start, end), class: x.class, severity: x.severity, tier: x.tier });
  }
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  return { items, exact, moved, lost };
}

function restore(dir: string, force: boolean): void {
  const known = new Map<string, EscrowText>();
  for (const f of readdirSync(ESCROW_DIR).filter((x) => /^escrow\..+\.json$/.test(x))) {
    const e = assertValid<Escrow>('real-escrow', JSON.parse(readFileSync(join(ESCROW_DIR, f), 'utf8')), f);
    for (const t of e.texts) known.set(t.id, t);
  }
  let lostAll = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const id = idOf(f);
    const entry = known.get(id);
    const target = join(dir, `${id}.annotations.json`);
    if (!entry || (existsSync(target) && !force)) continue;
    const { items, exact, moved, lost } = restoreItems(readFileSync(join(dir, f), 'utf8'), entry);
    for (const x of lost) process.stderr.write(`${id}: item ${x.class} at ${x.start}-${x.end} not found in the new copy\n`);
    lostAll += lost.length;
    const annotation: Annotation = { $schema: ANNOTATION_SCHEMA, about: `Restored from corpora/real/escrow (${exact ? 'same text' : 'text differs from the annotated copy'}).`, file: f, kind: entry.kind, items };
    writeJsonAtomic(target, assertValid<Annotation>('annotations', annotation, target));
    process.stdout.write(`${id}: ${items.length}/${entry.items.length} items restored${exact ? '' : `, text differs (${moved} moved)`}\n`);
  }
  if (lostAll > 0) process.exit(1);
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  if (command === 'offsets' && rest.length === 2) offsets(rest[0]!, rest[1]!);
  else if (command === 'escrow' && rest.length >= 1) escrow(rest);
  else if (command === 'restore' && rest.length >= 1) restore(rest.filter((x) => x !== '--force')[0]!, rest.includes('--force'));
  else if (command === 'check' && rest.length >= 1) checkCollected(rest);
  else fail('usage: npm run real:annotations -- offsets <id.txt> <items.json> | escrow <dir>... | restore <dir> [--force] | check <id.txt>...');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
