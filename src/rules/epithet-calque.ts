/**
 * epithet-calque: literal renderings of Indonesian journalistic epithets for countries ("the Bamboo
 * Curtain country" for Negeri Tirai Bambu, China; "the Land of the Cherry Blossoms" for Negeri
 * Sakura, Japan; "Uncle Sam's country" for Negeri Paman Sam, the United States), and the Indonesian
 * epithets themselves left untranslated ("Negeri Ginseng"). Indonesian news avoids repeating a
 * country's name by using such periphrases; machine translation renders them word for word, and the
 * English reader meets an epithet English news does not use and may not decode.
 *
 * The lexicon is `data/lexicons/epithets.json`: each entry's `cores` are the English (or Indonesian)
 * renderings of the key noun phrase. A core counts only in a country shape: "[the] CORE
 * country|land|nation|State", "[the] CORE's country", "[the] country|land|nation of [the|a] CORE" (city
 * and region epithets take city/town and land/region/island heads). The core's capitals must be as
 * in the lexicon (MT keeps the source's capitals; "lion country" and "camel country" are English
 * prose), plural heads are English usage ("Iron Curtain countries"), and a head followed by a name
 * or by "music", "singer"… is something else ("Lion Country Safari", "Kiwi country music").
 *  - Cores that are established English (`establishedEnglish`: "the Land of the Rising Sun", "the
 *    Bamboo Curtain") are silent alone and info in their established "Land of" shape; the calqued
 *    shapes ("the Rising Sun country") still count, but need "the" or a possessive.
 *  - `requiresCapital` entries (Negeri Jiran → "the Neighboring Country") need the head capitalised
 *    too, away from a sentence start and outside title-case headlines: "the neighbouring country"
 *    is ordinary English.
 *  - City and region epithets (Kota Pahlawan, Pulau Dewata) are minor when left in Indonesian and
 *    info when calqued: English travel writing uses many of them.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { isCapitalised, PhraseMatcher, sentenceInitial, titleCase } from '../lexicons/indonesian.js';
import type { PhraseMatch } from '../lexicons/indonesian.js';
import { loadLexicon } from '../lexicons/load.js';
import type { FindingDraft, Rule } from './types.js';
import type { Severity } from '../types.js';

interface EpithetEntry {
  indonesian: string;
  country: string;
  cores: string[];
  establishedEnglish: string[];
  establishedPhrases?: string[];
  requiresCapital?: boolean;
  kind?: 'country' | 'city' | 'region';
  note?: string;
}

interface Core {
  entry: EpithetEntry;
  core: string;
  /** True for the untranslated Indonesian epithet itself. */
  indonesian: boolean;
}

let tables: { source: unknown; matcher: PhraseMatcher<Core> } | undefined;

function matcher(): PhraseMatcher<Core> {
  const lex = loadLexicon<EpithetEntry>('epithets');
  if (tables && tables.source === lex) return tables.matcher;
  const m = new PhraseMatcher<Core>();
  for (const entry of lex.entries) {
    m.add(entry.indonesian, { entry, core: entry.indonesian, indonesian: true });
    // The Indonesian core left inside an English shape: "the Paman Sam country", "the Land of Tirai Bambu".
    const inner = /^Negeri\s+(.+)$/.exec(entry.indonesian)?.[1];
    if (inner && (entry.kind ?? 'country') === 'country' && !entry.cores.some((c) => c.toLowerCase() === inner.toLowerCase())) {
      m.add(inner, { entry, core: inner, indonesian: false });
    }
    for (const core of entry.cores) {
      m.add(core, { entry, core, indonesian: false });
      // Half-translated "Negeri Cherry Blossom".
      if ((entry.kind ?? 'country') === 'country' && !entry.indonesian.endsWith(` ${core}`)) {
        m.add(`Negeri ${core}`, { entry, core: `Negeri ${core}`, indonesian: true });
      }
    }
  }
  tables = { source: lex, matcher: m };
  return m;
}

const HEADS: Record<'country' | 'city' | 'region', Set<string>> = {
  country: new Set(['country', 'land', 'nation', 'state']),
  city: new Set(['city', 'town']),
  region: new Set(['land', 'region', 'province', 'island', 'earth']),
};

const PLURAL_HEADS = new Set(['countries', 'lands', 'nations', 'cities', 'towns', 'regions', 'provinces', 'islands']);

/** After "country": country music and the like. */
const NOT_A_COUNTRY = new Set([
  'music', 'singer', 'singers', 'star', 'stars', 'album', 'albums', 'song', 'songs', 'band', 'bands', 'artist', 'artists',
  'club', 'clubs', 'radio', 'station', 'road', 'roads', 'side', 'house', 'houses', 'estate', 'estates', 'fair', 'festival',
  'style', 'dance', 'chart', 'charts', 'legend', 'legends', 'hit', 'hits', 'duo', 'act', 'boy', 'girl', 'fans', 'fan',
  'rock', 'pop', 'western', 'mile', 'miles', 'park', 'lane', 'walk', 'trail', 'crossing', 'development', 'developments',
]);

const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'whose']);

/** The capitals of the core (as in the lexicon) are present in the text. */
function capitalsMatch(written: string, core: string): boolean {
  const a = written.split(/\s+/);
  const b = core.split(/\s+/);
  if (a.length !== b.length) return false;
  return b.every((w, k) => !isCapitalised(w) || isCapitalised(a[k]!));
}

function countryName(e: EpithetEntry): string {
  return e.country.replace(/\s*\([^)]*\)/g, '').trim();
}

interface Shape {
  start: number;
  end: number;
  /** "Land of the Rising Sun"-style (head before the core). */
  headFirst: boolean;
  head: Token;
  definite: boolean;
}

/** "[the] CORE['s] head" */
function headAfter(doc: AnalysedDocument, m: PhraseMatch<Core>, heads: Set<string>): Shape | undefined {
  let k = m.tokenEnd;
  let possessive = false;
  const poss = doc.tokens[k];
  if (poss && !poss.spaceBefore && /^['\u2019]s$/.test(poss.text)) {
    possessive = true;
    k++;
  }
  const head = doc.tokens[k];
  if (!head || !head.spaceBefore || head.sentence !== doc.tokens[m.tokenStart]!.sentence || !heads.has(head.lower)) return undefined;
  // "state" is a head only as "State" ("the Ginseng State"); lower-case "a tank state" is English.
  if (head.lower === 'state' && head.text !== 'State') return undefined;
  const after = doc.tokens[k + 1];
  if (after && after.spaceBefore && after.sentence === head.sentence) {
    if (NOT_A_COUNTRY.has(after.lower)) return undefined;
    // "Lion Country Safari": a proper name goes on.
    if (after.type === 'word' && isCapitalised(after.text) && isCapitalised(head.text)) return undefined;
  }
  const before = doc.tokens[m.tokenStart - 1];
  const det = before !== undefined && before.sentence === head.sentence && DETERMINERS.has(before.lower);
  if (!possessive && !det && !isCapitalised(head.text)) return undefined;
  return {
    start: det && before!.lower === 'the' ? before!.start : m.start,
    end: head.end,
    headFirst: false,
    head,
    definite: det || possessive,
  };
}

/** "[the] head of [the|a] CORE" */
function headBefore(doc: AnalysedDocument, m: PhraseMatch<Core>, heads: Set<string>): Shape | undefined {
  let k = m.tokenStart - 1;
  const sentence = doc.tokens[m.tokenStart]!.sentence;
  const art = doc.tokens[k];
  if (art && (art.lower === 'the' || art.lower === 'a')) k--;
  const of = doc.tokens[k];
  if (!of || of.lower !== 'of' || of.sentence !== sentence) return undefined;
  const head = doc.tokens[k - 1];
  // "the State of Ginseng" (Negeri Ginseng): "state" is a head here only capitalised, as in headAfter.
  if (!head || head.sentence !== sentence || !heads.has(head.lower) || (head.lower === 'state' && head.text !== 'State')) return undefined;
  const the = doc.tokens[k - 2];
  const det = the !== undefined && the.sentence === sentence && the.lower === 'the';
  return { start: det ? the!.start : head.start, end: m.end, headFirst: true, head, definite: true };
}

function capitaliseFirst(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export const epithetCalque: Rule = {
  meta: {
    id: 'epithet-calque',
    category: 'accuracy/mistranslation',
    severity: 'major',
    description: 'Literal renderings of Indonesian journalistic epithets for countries ("the Ginseng Country", "Uncle Sam\'s country").',
    examples: {
      invalid: [
        {
          text: 'Exports to the Ginseng Country rose by 12 percent in the first quarter.',
          flags: ['the Ginseng Country'],
          suggestion: 'South Korea',
        },
        {
          text: 'The coach will take the squad to the State of Ginseng for a training camp in June.',
          flags: ['the State of Ginseng'],
        },
        {
          text: 'The delegation flew on to the Land of the Cherry Blossoms after the talks.',
          flags: ['the Land of the Cherry Blossoms'],
          suggestion: 'Japan',
        },
        {
          text: "Uncle Sam's country has imposed new tariffs on steel from the Kangaroo Country.",
          flags: ["Uncle Sam's country", 'the Kangaroo Country'],
        },
        {
          text: 'The minister met his counterpart from the Neighboring Country in Batam.',
          flags: ['the Neighboring Country'],
          suggestion: 'Malaysia',
        },
        {
          text: 'Tourists from Negeri Tirai Bambu filled the hotels in Lombok.',
          flags: ['Negeri Tirai Bambu'],
          suggestion: 'China',
        },
        {
          text: 'The Paman Sam country imposed tariffs on shrimp from Vietnam.',
          flags: ['The Paman Sam country'],
          suggestion: 'The United States',
        },
      ],
      valid: [
        'Western diplomats rarely crossed the Bamboo Curtain in the 1950s.',
        'Uncle Sam wants you, the old recruiting poster said.',
        'Trade with the neighbouring country has doubled since the border reopened.',
        'Poland, then an Iron Curtain country, sent athletes to the games.',
        'The safari park, Lion Country Safari, opened in Florida in 1967.',
        'She became a Kiwi country music star after moving to Nashville.',
        'The Panda diplomacy of the 1970s sent two bears to Washington.',
        "England's Three Lions lost to Spain in the final in Berlin.",
      ],
    },
  },
  run(doc) {
    const m = matcher();
    const out: FindingDraft[] = [];
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i]!;
      if (t.type !== 'word') continue;
      // An index loop: a for…of here allocated an array iterator at every word (5 MB per 60,000 words).
      const hits = m.allAt(doc, i);
      for (let h = 0; h < hits.length; h++) {
        const hit = hits[h]!;
        const d = emit(doc, hit);
        if (d) {
          out.push(d);
          i = hit.tokenEnd - 1;
          break;
        }
      }
    }
    return out;
  },
};

function emit(doc: AnalysedDocument, hit: PhraseMatch<Core>): FindingDraft | undefined {
  const { entry, core, indonesian } = hit.value;
  const kind = entry.kind ?? 'country';
  const written = doc.text.slice(hit.start, hit.end);
  if (!capitalsMatch(written, core)) return undefined;
  const name = countryName(entry);
  if (indonesian) {
    const next = doc.tokens[hit.tokenEnd];
    const prev = doc.tokens[hit.tokenStart - 1];
    const glossed = next?.text === '(' || (prev?.text === '(' && next?.text === ')');
    const severity: Severity = glossed ? 'info' : kind === 'country' ? 'major' : 'minor';
    return {
      start: hit.start,
      end: hit.end,
      message: `"${written}" is an Indonesian epithet for ${name}, left untranslated; English news uses the name: ${name}.`,
      suggestions: [name],
      confidence: glossed ? 0.4 : 0.85,
      severity,
      fixable: !glossed && kind === 'country',
      note: entry.note ?? 'Indonesian news refers to countries by epithets (Negeri Sakura, Negeri Paman Sam); English news uses the name.',
    };
  }
  const heads = HEADS[kind];
  const first = doc.tokens[hit.tokenStart]!;
  // requiresCapital guards English cores ("Neighboring"); an Indonesian core left in ("the Jiran country") is a calque anyway.
  const englishCore = !entry.indonesian.toLowerCase().includes(core.toLowerCase());
  const requiresCapital = entry.requiresCapital === true && englishCore;
  if (requiresCapital) {
    if (sentenceInitial(doc, hit.tokenStart) || titleCase(doc, first.sentence)) return undefined;
  }
  const shape = headAfter(doc, hit, heads) ?? headBefore(doc, hit, heads);
  if (!shape) return undefined;
  if (PLURAL_HEADS.has(shape.head.lower)) return undefined;
  if (requiresCapital && !isCapitalised(shape.head.text)) return undefined;
  const text = doc.text.slice(shape.start, shape.end);
  // "the Land of the Rising Sun" is an English nickname in its own right (info); a core that is English only
  // alone ("Uncle Sam", "the Bamboo Curtain") makes a calque in any country shape, but "an Iron Curtain
  // country" (a class, not a referent) is English: those shapes need "the" or a possessive.
  const bare = text.replace(/^the\s+/i, '').toLowerCase();
  const establishedShape = (entry.establishedPhrases ?? []).some((p) => p.toLowerCase() === bare);
  if (entry.establishedEnglish.includes(core) && !shape.headFirst && !shape.definite) return undefined;
  const suggestion = sentenceInitial(doc, doc.tokenAt(shape.start)!.i) ? capitaliseFirst(name) : name;
  const weak = establishedShape || kind !== 'country';
  return {
    start: shape.start,
    end: shape.end,
    message: establishedShape
      ? `"${text}" is an established nickname for ${name}, but news copy translated from Indonesian uses it for the epithet "${entry.indonesian}"; the plain name reads better: ${name}.`
      : `"${text}" renders the Indonesian epithet "${entry.indonesian}" word for word; English news names the ${kind === 'country' ? 'country' : 'place'}: ${name}.`,
    suggestions: [suggestion],
    confidence: weak ? 0.4 : 0.85,
    ...(weak ? { severity: 'info' as Severity } : {}),
    fixable: !weak,
    note: entry.note ?? 'Indonesian news refers to countries by epithets (Negeri Tirai Bambu, Negeri Sakura); machine translation renders them literally.',
  };
}
