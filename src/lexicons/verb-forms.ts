/**
 * English verb forms (data/lexicons/verb-forms.json): the irregular verbs with their simple past and
 * past participle, and the noun lists of the subject-verb agreement check. Regular forms are built
 * by `regularPastParticiple`, checked against the English word list so that a suggestion is always a
 * real word ("stopped", "visited", "carried").
 */
import { loadLexicon } from './load.js';
import { isEnglishWord } from './english-words.js';

interface IrregularVerb {
  base: string;
  past: string[];
  participle: string[];
}

interface VerbFormsLexicon {
  entries: IrregularVerb[];
  singularInS: string[];
  collectiveNouns: string[];
}

export interface VerbForms {
  /** base → its irregular forms. */
  byBase: Map<string, IrregularVerb>;
  /** A simple past that is never a past participle of its verb ("took", "went", "came") → its verb. */
  pastOnly: Map<string, IrregularVerb>;
  /** Every base form of the table, for "not also a base" checks ("lay", "found", "saw"). */
  bases: Set<string>;
  /** Every irregular simple past and participle ("met", "bound", "felt"). */
  inflected: Set<string>;
  singularInS: Set<string>;
  collective: Set<string>;
}

let cache: { source: unknown; forms: VerbForms } | undefined;

export function verbForms(): VerbForms {
  const lex = loadLexicon<IrregularVerb>('verb-forms') as unknown as VerbFormsLexicon;
  if (cache?.source === lex) return cache.forms;
  const byBase = new Map<string, IrregularVerb>();
  const bases = new Set<string>();
  for (const e of lex.entries) {
    byBase.set(e.base, e);
    bases.add(e.base);
  }
  const participles = new Set(lex.entries.flatMap((e) => e.participle));
  const pastOnly = new Map<string, IrregularVerb>();
  for (const e of lex.entries) {
    for (const p of e.past) {
      // "lay" (lie) is also a base, "found" (find) a base and "ground" a participle: never sure.
      if (!participles.has(p) && !bases.has(p)) pastOnly.set(p, e);
    }
  }
  const forms: VerbForms = {
    byBase,
    pastOnly,
    bases,
    inflected: new Set(lex.entries.flatMap((e) => [...e.past, ...e.participle])),
    singularInS: new Set(lex.singularInS.map((w) => w.toLowerCase())),
    collective: new Set(lex.collectiveNouns),
  };
  cache = { source: lex, forms };
  return forms;
}

/** The regular -ed form of a base, when the English word list knows it: stop → stopped, carry → carried. */
function regularEd(base: string): string | undefined {
  const candidates: string[] = [];
  if (base.endsWith('e')) candidates.push(`${base}d`);
  else if (/[^aeiou]y$/.test(base)) candidates.push(`${base.slice(0, -1)}ied`);
  else {
    // Doubling (stop → stopped) only for a short final syllable; "visited", "opened" do not double.
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) candidates.push(`${base}${base.slice(-1)}ed`);
    candidates.push(`${base}ed`);
  }
  return candidates.find((c) => isEnglishWord(c));
}

/** The past participle of a base form: the irregular table first, then the regular -ed form. */
export function pastParticiple(base: string): string | undefined {
  const irr = verbForms().byBase.get(base);
  if (irr) return irr.participle[0];
  return regularEdOf(base);
}

/**
 * regularEd()'s answers (it depends on the word alone: the English word list never changes once
 * loaded): verb-form asks for the participle of the word after every "be", and each question
 * builds candidate strings and searches the word list. Bounded by starting over, for the server.
 */
const regularEdMemo = new Map<string, string | null>();

function regularEdOf(base: string): string | undefined {
  let known = regularEdMemo.get(base);
  if (known === undefined) {
    if (regularEdMemo.size >= 20_000) regularEdMemo.clear();
    regularEdMemo.set(base, (known = regularEd(base) ?? null));
  }
  return known ?? undefined;
}

/** The third-person singular present of a base form: go → goes, carry → carries, convey → conveys. */
export function thirdPerson(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** The simple past of a base form: irregular table first, then the regular -ed form. */
export function simplePast(base: string): string | undefined {
  const irr = verbForms().byBase.get(base);
  if (irr) return irr.past[0];
  return regularEdOf(base);
}
