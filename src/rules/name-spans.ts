/**
 * Helpers shared by entity-consistency and number-agreement: whole name spans, and the people
 * gazetteer as an optional lookup.
 *
 * wink-nlp splits "Kim Jong-un" into Kim · Jong · - · un and "Erdoğan" into Erdo · ğ · an, and the
 * analysis' name runs stop at the first unspaced token. A name span here is a name run extended
 * over such unspaced continuations (hyphen + word, or letters glued on), so the whole written name
 * is compared. Possessive "'s" is never glued.
 */
import type { AnalysedDocument, NameMention, Token } from '../analysis/types.js';
import { gazetteer, normaliseName } from '../people/gazetteer.js';
import type { PersonEntry } from '../people/gazetteer.js';

export interface NameSpan {
  start: number;
  end: number;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  sentence: number;
}

const HYPHEN = /^[-‐‑]$/;
const GLUE_WORD = /^[\p{L}\p{N}]+$/u;

/** Index after the unspaced continuation of a name that ends before token `k` (same sentence). */
export function gluedEnd(tokens: Token[], k: number, sentenceEnd: number): number {
  let j = k;
  while (j < sentenceEnd) {
    const u = tokens[j]!;
    if (u.spaceBefore) break;
    const w = tokens[j + 1];
    if (HYPHEN.test(u.text) && w && j + 1 < sentenceEnd && !w.spaceBefore && GLUE_WORD.test(w.text)) {
      j += 2;
      continue;
    }
    // Letters wink split off a word with a non-ASCII letter ("Erdo" · "ğ" · "an").
    if (GLUE_WORD.test(u.text) && !/^\d+$/.test(u.text)) {
      j += 1;
      continue;
    }
    break;
  }
  return j;
}

/** Index of the first token of a name that starts at `k`, extended back over "al-", "Saint-". */
function gluedStart(tokens: Token[], k: number, sentenceStart: number): number {
  let j = k;
  while (j - 2 >= sentenceStart) {
    const t = tokens[j]!;
    const h = tokens[j - 1]!;
    const w = tokens[j - 2]!;
    if (t.spaceBefore || h.spaceBefore || !HYPHEN.test(h.text) || !GLUE_WORD.test(w.text)) break;
    j -= 2;
  }
  return j;
}

const cache = new WeakMap<AnalysedDocument, NameSpan[]>();

/** The document's name runs, each extended over hyphenated and glued continuations, in order. */
export function nameSpans(doc: AnalysedDocument): NameSpan[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const { tokens } = doc;
  const byStart = new Map<number, NameMention>();
  for (const m of doc.names) byStart.set(m.tokenStart, m);
  const out: NameSpan[] = [];
  let covered = 0;
  for (const m of doc.names) {
    if (m.tokenStart < covered) continue;
    const s = doc.sentences[m.sentence]!;
    const a = gluedStart(tokens, m.tokenStart, Math.max(s.tokenStart, covered));
    let b = m.tokenEnd;
    for (;;) {
      const g = gluedEnd(tokens, b, s.tokenEnd);
      let next = g;
      // A name run that starts inside the glued part continues the span ("Russian-Cina-North Korea").
      for (let k = b; k < g; k++) {
        const inner = byStart.get(k);
        if (inner && inner.tokenEnd > next) next = inner.tokenEnd;
      }
      if (next === b) break;
      b = next;
    }
    out.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, tokenStart: a, tokenEnd: b, sentence: m.sentence });
    covered = b;
  }
  cache.set(doc, out);
  return out;
}

let peopleAvailable: boolean | undefined;

/** The gazetteer entry for a full name or variant, or undefined (also when the gazetteer is absent). */
export function personByName(name: string): PersonEntry | undefined {
  if (peopleAvailable === false) return undefined;
  try {
    const hit = gazetteer().byName.get(normaliseName(name));
    peopleAvailable = true;
    return hit;
  } catch {
    // The gazetteer is optional for these rules: without it they simply know no one.
    peopleAvailable = false;
    return undefined;
  }
}
