/**
 * Derives `data/lexicons/noun-countability.json` from the committed training text (the Brown
 * training texts, hold-out excluded, and the Wikinews articles: the text `npm run train` reads),
 * tagged by the same wink-nlp analysis check() runs, so the classes fit the tokens rules see.
 *
 * For every lower-case common noun that heads its noun phrase (the next word is not a noun), it counts
 * how often the singular stands bare (no determiner, possessive or number before its adjectives),
 * how often it takes "a"/"an", and how often the plural occurs:
 *
 * - count noun: the singular is almost never bare (it needs "a", "the", "his", "two"…) and has a
 *   plural. The words a bare singular did follow in the corpus are kept ("by car", "in person",
 *   "at hand"), so a rule can leave those idioms alone.
 * - mass noun: the singular is often bare, "a"/"an" before it is all but absent, and the plural is
 *   rare ("information", "progress", "equipment").
 *
 * The output is deterministic (sorted, integer counts), so a rerun on the same text gives the same
 * file.
 *
 *   npm run countability [-- --out path] [-- --dump tallies.tsv]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/analysis/analyse.js';
import { writeLexiconFile } from './lexicon-file.js';
import { forEachTrainingDocument } from './training-documents.js';
import type { Token } from '../src/analysis/types.js';
import { packageRoot } from '../src/lexicons/package-root.js';
import type { CountabilityEntry } from '../src/rules/noun-countability.js';

/** Thresholds of the two classes; see the module comment. */
export const COUNTABILITY_THRESHOLDS = {
  /** Fewest singular head occurrences for a noun to be classed at all. */
  minSingular: 10,
  /** A count noun's singular is bare at most this often (wink's tagging slips make up some of it). */
  countMaxBare: 0.15,
  /** …and its plural is at least this share of all its occurrences. */
  countMinPlural: 0.1,
  /** A noun seen mostly in the plural is a count noun too, however rarely its singular occurs ("voters"): this many plurals… */
  pluralRouteMinPlural: 15,
  /** …at least this share of its occurrences… */
  pluralRouteMinShare: 0.5,
  /** …and its singular, when seen 10 times or more, bare at most this often. */
  pluralRouteMaxBare: 0.3,
  /** Fewest singular head occurrences for a mass noun. */
  massMinSingular: 10,
  /** A mass noun's singular is bare at least this often. */
  massMinBare: 0.5,
  /** …its plural is at most this share. */
  massMaxPlural: 0.03,
  /** …and "a"/"an" directly before it at most this share of its singular. */
  massMaxIndefinite: 0.005,
} as const;

const POSSESSIVE_PRONOUNS = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their', 'whose']);
/** Words that stand in a determiner's place before a singular noun. */
const DETERMINER_WORDS = new Set(['last', 'next', 'no', 'every', 'each', 'another', 'either', 'neither', 'any', 'some', 'such', 'what', 'which', 'whatever', 'this', 'that', 'one']);
const COORDINATORS = new Set(['and', 'or', 'nor', '&', '/']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
/** Modifiers between a determiner and its head noun. */
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'NOUN', 'PROPN']);
const LOWER_WORD = /^[a-z]{3,}$/;

interface Tally {
  singular: number;
  bare: number;
  indefinite: number;
  plural: number;
  /** Lower-case words right before a bare singular (its phrase's first word), with counts. */
  bareAfter: Map<string, number>;
}

function isDeterminer(t: Token): boolean {
  return t.pos === 'DET' || t.pos === 'NUM' || DETERMINER_WORDS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower) || POSSESSIVE_MARKS.has(t.text);
}

function countDocument(text: string, tallies: Map<string, Tally>): void {
  const doc = analyse(text);
  const { tokens } = doc;
  for (const t of tokens) {
    if (t.pos !== 'NOUN' || !LOWER_WORD.test(t.text)) continue;
    const next = tokens[t.i + 1];
    // A noun before another noun modifies it ("country music"); only heads are counted.
    if (next && next.sentence === t.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || (!next.spaceBefore && next.text === '-'))) continue;
    const prev = tokens[t.i - 1];
    if (prev && prev.sentence === t.sentence && !t.spaceBefore && prev.text === '-') continue;
    const lemma = t.lemma;
    if (!LOWER_WORD.test(lemma)) continue;
    let tally = tallies.get(lemma);
    if (!tally) {
      tally = { singular: 0, bare: 0, indefinite: 0, plural: 0, bareAfter: new Map() };
      tallies.set(lemma, tally);
    }
    if (t.lower !== lemma) {
      tally.plural++;
      continue;
    }
    tally.singular++;
    const sentenceStart = doc.sentences[t.sentence]!.tokenStart;
    let b = t.i - 1;
    while (b >= sentenceStart && MODIFIER_POS.has(tokens[b]!.pos) && !isDeterminer(tokens[b]!)) b--;
    const before = b >= sentenceStart ? tokens[b]! : undefined;
    // After "and", "or" or a comma the noun may share the determiner of the first conjunct ("his
    // wife and son"): such a singular tells nothing either way and is not counted.
    if (before && (COORDINATORS.has(before.lower) || before.pos === 'PUNCT' && before.text === ',')) {
      tally.singular--;
      continue;
    }
    if (before && (before.lower === 'a' || before.lower === 'an')) tally.indefinite++;
    if (before && isDeterminer(before)) continue;
    tally.bare++;
    const key = before ? (/^[a-z]+$/.test(before.lower) ? before.lower : '<punct>') : '<start>';
    tally.bareAfter.set(key, (tally.bareAfter.get(key) ?? 0) + 1);
  }
}

function bareAfterOf(t: Tally): { bareAfter?: string[] } {
  const bareAfter = [...t.bareAfter.keys()].sort();
  return bareAfter.length > 0 ? { bareAfter } : {};
}

function classify(tallies: Map<string, Tally>): CountabilityEntry[] {
  const th = COUNTABILITY_THRESHOLDS;
  const out: CountabilityEntry[] = [];
  for (const [noun, t] of tallies) {
    const pluralShare = t.plural / (t.plural + t.singular);
    const counts = { singular: t.singular, bare: t.bare, indefinite: t.indefinite, plural: t.plural };
    const mostlyPlural =
      t.plural >= th.pluralRouteMinPlural && pluralShare >= th.pluralRouteMinShare && (t.singular < th.minSingular || t.bare / t.singular <= th.pluralRouteMaxBare);
    if (t.singular < th.minSingular) {
      if (mostlyPlural) out.push({ noun, class: 'count', ...counts, ...bareAfterOf(t) });
      continue;
    }
    const bareShare = t.bare / t.singular;
    const indefiniteShare = t.indefinite / t.singular;
    if ((bareShare <= th.countMaxBare && pluralShare >= th.countMinPlural) || mostlyPlural) {
      out.push({ noun, class: 'count', ...counts, ...bareAfterOf(t) });
    } else if (t.singular >= th.massMinSingular && bareShare >= th.massMinBare && pluralShare <= th.massMaxPlural && indefiniteShare <= th.massMaxIndefinite) {
      out.push({ noun, class: 'mass', ...counts });
    }
  }
  return out.sort((a, b) => (a.noun < b.noun ? -1 : a.noun > b.noun ? 1 : 0));
}

function main(): void {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1]! : join(packageRoot(), 'data', 'lexicons', 'noun-countability.json');
  const t0 = Date.now();
  const tallies = new Map<string, Tally>();
  const read = forEachTrainingDocument((text) => countDocument(text, tallies));
  const dumpIndex = args.indexOf('--dump');
  if (dumpIndex >= 0) {
    // For tuning the thresholds: every noun's tallies, tab-separated.
    const rows = [...tallies].filter(([, t]) => t.singular + t.plural >= 10).sort(([a], [b]) => (a < b ? -1 : 1));
    writeFileSync(args[dumpIndex + 1]!, rows.map(([n, t]) => `${n}\t${t.singular}\t${t.bare}\t${t.indefinite}\t${t.plural}\t${[...t.bareAfter].map(([w, c]) => `${w}:${c}`).join(' ')}`).join('\n') + '\n');
  }
  const entries = classify(tallies);
  const lexicon = {
    $schema: '../schemas/noun-countability.schema.json',
    description:
      'Countability of common nouns, derived by scripts/build-countability.ts from the training text (Brown training texts and Wikinews 2019-2020) as tagged by wink-nlp: count nouns (the singular almost never stands without a determiner, and has a plural) and mass nouns (often bare, almost never after a/an, rarely plural). Counts are of noun-phrase heads; bareAfter lists the words a bare singular count noun followed in the corpus (idioms such as "by car"). Regenerate, never edit by hand.',
    thresholds: COUNTABILITY_THRESHOLDS,
    entries,
  };
  writeLexiconFile(out, lexicon);
  const count = entries.filter((e) => e.class === 'count').length;
  process.stderr.write(
    `build-countability: ${read.brown} Brown texts and ${read.wikinews} Wikinews articles in ${Date.now() - t0} ms; ${count} count and ${entries.length - count} mass nouns -> ${out}\n`,
  );
}

main();
