/**
 * A maintainer's step, run once per source: turns an openly licensed text collection, checked out
 * from its public repository, into the compressed JSON-lines file that `npm run train` reads
 * (corpora/train/<source>/<name>.jsonl.gz; one document a line: `{"id", "title", "url",
 * "paragraphs": [...]}`, see `readDocuments` in src/lm/corpus.ts). The result is committed with its
 * LICENSE.md and ATTRIBUTION.md, so training stays offline and reproducible.
 *
 * Two readers:
 *  - `openstax <collection.xml> <book-root> <out>`: an OpenStax textbook (CNXML modules, in the
 *    collection's order). Only running prose is kept: the `<para>`s of the text itself, not those of
 *    figures, tables, notes (boxed features, link lists), exercises, examples, glossaries or lists,
 *    and no paragraph that holds mathematics, a sub/superscript, a line break or a bare
 *    cross-reference (`<link target-id="…"/>` prints as "Figure 3.4" in the book and as nothing here,
 *    which would leave a sentence with a hole). Inline markup (terms, emphasis, linked words) keeps
 *    its text; footnotes are dropped.
 *  - `gum-news <conllu-dir> <out>`: the news documents of the GUM corpus (`GUM_news_*.conllu`, English
 *    Wikinews articles): each sentence rebuilt from its tokens (`sentenceText`), grouped by
 *    `# newpar`; headings (a paragraph block typed `head`), image credits and sentences without final
 *    punctuation are left out.
 *
 * Usage: node dist/scripts/extract-training-text.js openstax|gum-news …
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export interface TrainingDocument {
  id: string;
  title: string;
  url: string;
  paragraphs: string[];
}

/** Elements whose paragraphs are not running prose. */
const SKIPPED_CONTAINERS = new Set(['figure', 'table', 'note', 'exercise', 'example', 'glossary', 'list', 'equation', 'quote', 'footnote', 'metadata', 'caption', 'media', 'solution', 'problem']);
/** Markup that makes a paragraph unusable as plain prose. */
const SPOILERS = new Set(['m:math', 'math', 'sub', 'sup', 'newline', 'space']);

/** The running-prose paragraphs of one CNXML module, and its title. */
export function cnxmlParagraphs(xml: string): { title: string; paragraphs: string[] } {
  const paragraphs: string[] = [];
  const stack: string[] = [];
  let skipDepth = 0;
  let inPara = false;
  let spoiled = false;
  let text = '';
  let title = '';
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
        if (name === 'title' && title === '' && stack.length === 2) inTitle = true;
        if (SKIPPED_CONTAINERS.has(name) || name.startsWith('md:')) skipDepth++;
        if (name === 'para' && skipDepth === 0 && !inPara) {
          inPara = true;
          spoiled = false;
          text = '';
        } else if (inPara && (SPOILERS.has(name) || (name === 'link' && attrs['url'] === undefined))) spoiled = true;
      },
      ontext(t) {
        if (inTitle) title += t;
        if (inPara && skipDepth === 0) text += t;
      },
      onclosetag(name) {
        stack.pop();
        if (name === 'title') inTitle = false;
        if (SKIPPED_CONTAINERS.has(name) || name.startsWith('md:')) skipDepth--;
        if (name === 'para' && inPara && skipDepth === 0) {
          inPara = false;
          const p = text.replace(/\s+/g, ' ').trim();
          // A paragraph that does not end as a sentence ends is a heading or a list lead-in.
          // A reference ("… Last modified November 12, 2013. https://…") is no prose either.
          if (!spoiled && /[.!?]["”’)]?$/.test(p) && !/https?:|www\./.test(p)) paragraphs.push(p);
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  parser.end();
  return { title: title.replace(/\s+/g, ' ').trim(), paragraphs };
}

function openstax(collectionPath: string, root: string): TrainingDocument[] {
  const collection = readFileSync(collectionPath, 'utf8');
  const slug = /<md:slug>([^<]+)<\/md:slug>/.exec(collection)?.[1] ?? 'book';
  const ids = [...collection.matchAll(/<col:module document="(m\d+)"\s*\/>/g)].map((m) => m[1]!);
  const docs: TrainingDocument[] = [];
  for (const id of ids) {
    const { title, paragraphs } = cnxmlParagraphs(readFileSync(join(root, 'modules', id, 'index.cnxml'), 'utf8'));
    if (paragraphs.length > 0) docs.push({ id, title, url: `https://openstax.org/details/books/${slug}`, paragraphs });
  }
  return docs;
}

/**
 * A sentence's text rebuilt from its CoNLL-U token rows: a space after each token unless its MISC
 * column says `SpaceAfter=No`, and none around a hyphen token (GUM's `# text` lines write
 * "six - member" for "six-member"). A multiword token's row gives the surface form of its parts.
 */
export function sentenceText(rows: readonly string[][]): string {
  let out = '';
  let skipUntil = 0;
  let glue = true;
  for (const r of rows) {
    const [id, form, , , xpos, , , , , misc] = r as [string, string, string, string, string, string, string, string, string, string];
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (!range && Number(id) <= skipUntil) continue;
    if (range) skipUntil = Number(range[2]);
    const hyphen = xpos === 'HYPH';
    out += (glue || hyphen ? '' : ' ') + form;
    glue = hyphen || /SpaceAfter=No/.test(misc ?? '');
  }
  return out.trim();
}

function gumNews(dir: string): TrainingDocument[] {
  const docs: TrainingDocument[] = [];
  for (const f of readdirSync(dir).filter((n) => /^GUM_news_.*\.conllu$/.test(n)).sort()) {
    const doc: TrainingDocument = { id: f.replace(/\.conllu$/, ''), title: '', url: '', paragraphs: [] };
    let paragraph: string[] = [];
    let heading = false;
    let tokens: string[][] = [];
    const flush = (): void => {
      if (paragraph.length > 0) doc.paragraphs.push(paragraph.join(' '));
      paragraph = [];
    };
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (line.startsWith('# meta::title = ')) doc.title = line.slice(16).trim();
      else if (line.startsWith('# meta::sourceURL = ')) doc.url = line.slice(20).trim();
      else if (line.startsWith('# newpar')) {
        if (line.startsWith('# newpar_block')) heading = /=\s*head\b/.test(line);
        else {
          flush();
          heading = false;
        }
      } else if (line.startsWith('# sent_id')) tokens = [];
      else if (/^\d+(-\d+)?\t/.test(line)) tokens.push(line.split('\t'));
      else if (line.trim() === '' && tokens.length > 0) {
        const s = sentenceText(tokens);
        tokens = [];
        if (!heading && /[.!?]["”’)]?$/.test(s) && !/^Image:/.test(s)) paragraph.push(s);
      }
    }
    flush();
    if (doc.paragraphs.length > 0) docs.push(doc);
  }
  return docs;
}

function write(out: string, docs: readonly TrainingDocument[]): void {
  const body = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
  const tmp = `${out}.tmp`;
  // level 9 and no timestamp in the gzip header (gzip -9 -n): the same text gives the same bytes.
  writeFileSync(tmp, gzipSync(Buffer.from(body, 'utf8'), { level: 9 }));
  renameSync(tmp, out);
  const words = docs.reduce((n, d) => n + d.paragraphs.reduce((m, p) => m + p.split(' ').length, 0), 0);
  process.stdout.write(`${docs.length} documents, ${docs.reduce((n, d) => n + d.paragraphs.length, 0)} paragraphs, about ${words} words written to ${out}\n`);
}

function main(): void {
  const [kind, ...rest] = process.argv.slice(2);
  if (kind === 'openstax' && rest.length === 3) write(rest[2]!, openstax(rest[0]!, rest[1]!));
  else if (kind === 'gum-news' && rest.length === 2) write(rest[1]!, gumNews(rest[0]!));
  else {
    process.stderr.write('usage: extract-training-text openstax <collection.xml> <book-root> <out.jsonl.gz> | gum-news <conllu-dir> <out.jsonl.gz>\n');
    process.exit(2);
  }
}

// Run only as a command, so that the tests can import the readers.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
