/**
 * Indonesian word recognition beyond the lexicon: a stem list derived from the LibreOffice
 * Indonesian Hunspell dictionary (`data/lexicons/indonesian-roots.json`) and an analysis of the
 * affixes Indonesian builds words with (me-/mem-/men-/meng-/meny-, ber-, di-, ter-, pe-/pem-/pen-/
 * peng-/peny-/per-, ke-, se-, -kan, -i, -an, and the particles -nya, -lah, -kah, -pun, -ku, -mu),
 * and the English word list of every rule (english-words.ts: the Hunspell forms and the `word-list`
 * package's words) to tell English apart. Both lists load lazily, once per process: a text with no
 * candidate word never reads them.
 */
import { loadLexicon } from './load.js';

let roots: { source: unknown; set: Set<string> } | undefined;

/** The Indonesian stems, lower case. */
export function indonesianRoots(): Set<string> {
  const lex = loadLexicon<string>('indonesian-roots');
  if (roots && roots.source === lex) return roots.set;
  roots = { source: lex, set: new Set(lex.entries) };
  return roots.set;
}

/** English words are told apart by the one English list of every rule (english-words.ts). */
export { isEnglishWord } from './english-words.js';

export interface Analysis {
  root: string;
  /** Prefixes stripped, outermost first ("memper" is "mem" + "per"). */
  prefixes: string[];
  /** The derivational suffix stripped: kan, i, an, or ''. */
  suffix: string;
  /** The particle or possessive stripped: nya, lah, kah, pun, ku, mu, or ''. */
  particle: string;
}

const PARTICLES = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'i'];

/**
 * Prefix allomorphs and the stem-initial letters they replace: "menulis" is men- + tulis (the t
 * melts into the nasal), "memukul" is mem- + pukul, "mengirim" is meng- + kirim, "menyapu" is
 * meny- + sapu. Each rule gives the letters to put back before the rest of the word.
 */
const PREFIX_RULES: { prefix: string; restore: string[] }[] = [
  { prefix: 'meny', restore: ['s'] },
  { prefix: 'meng', restore: ['', 'k'] },
  { prefix: 'mem', restore: ['', 'p'] },
  { prefix: 'men', restore: ['', 't'] },
  { prefix: 'me', restore: [''] },
  { prefix: 'peny', restore: ['s'] },
  { prefix: 'peng', restore: ['', 'k'] },
  { prefix: 'pem', restore: ['', 'p'] },
  { prefix: 'pen', restore: ['', 't'] },
  { prefix: 'per', restore: [''] },
  { prefix: 'pe', restore: [''] },
  { prefix: 'ber', restore: [''] },
  { prefix: 'be', restore: [''] },
  { prefix: 'bel', restore: [''] },
  { prefix: 'ter', restore: [''] },
  { prefix: 'te', restore: [''] },
  { prefix: 'di', restore: [''] },
  { prefix: 'ke', restore: [''] },
  { prefix: 'se', restore: [''] },
];

/** Inner prefixes after an outer one: memper-, diper-, keber-an, ketidak-an, pember-. */
const INNER_PREFIXES = ['per', 'ber', 'ter'];

/** Shortest stem accepted under affixes: shorter ones match by chance ("di" + "am"). */
const MIN_ROOT = 4;

function stripPrefixes(rest: string, set: Set<string>, out: string[][]): string | undefined {
  for (const rule of PREFIX_RULES) {
    if (!rest.startsWith(rule.prefix)) continue;
    const tail = rest.slice(rule.prefix.length);
    for (const r of rule.restore) {
      const stem = r + tail;
      if (stem.length >= MIN_ROOT && set.has(stem)) {
        out.push([rule.prefix]);
        return stem;
      }
      // A second, inner prefix: "mem" + "per" + "kuat", "di" + "ber" + "hentikan".
      if (r === '') {
        for (const inner of INNER_PREFIXES) {
          const inside = inner === 'ber' && tail.startsWith('be') && !tail.startsWith('ber') ? tail.slice(2) : tail.startsWith(inner) ? tail.slice(inner.length) : undefined;
          if (inside !== undefined && inside.length >= MIN_ROOT && set.has(inside)) {
            out.push([rule.prefix, inner]);
            return inside;
          }
        }
      }
    }
  }
  return undefined;
}

/**
 * Analyses a lower-case word as Indonesian: its stem, prefixes, suffix and particle, or undefined
 * when no split yields a known stem. A bare stem is returned with no affixes.
 */
export function analyseIndonesian(word: string): Analysis | undefined {
  // Remembered by word for the stem list it was made with: untranslated-word asks about every
  // lower-case word of five letters or more in an Indonesian-context article, and the analysis (up
  // to some hundred slices and set look-ups) depends on the word and that list alone. Callers only
  // read the analysis. Bounded.
  const set = indonesianRoots();
  if (analysisMemo.roots !== set || analysisMemo.byWord.size >= MAX_ANALYSES) analysisMemo = { roots: set, byWord: new Map() };
  const known = analysisMemo.byWord.get(word);
  if (known !== undefined) return known ?? undefined;
  const found = analyse(word);
  analysisMemo.byWord.set(word, found ?? null);
  return found;
}

const MAX_ANALYSES = 50_000;
let analysisMemo: { roots: Set<string> | undefined; byWord: Map<string, Analysis | null> } = { roots: undefined, byWord: new Map() };

function analyse(word: string): Analysis | undefined {
  const w = word.toLowerCase();
  if (!/^[a-z]+(?:-[a-z]+)?$/.test(w)) return undefined;
  const set = indonesianRoots();
  if (set.has(w)) return { root: w, prefixes: [], suffix: '', particle: '' };
  // Reduplication ("anak-anak", "berlari-lari"): analyse the first half.
  if (w.includes('-')) {
    const [a, b] = w.split('-') as [string, string];
    if (a === b || b.startsWith(a) || a.endsWith(b)) {
      const inner = analyseIndonesian(a.length >= b.length ? a : b);
      return inner;
    }
    return undefined;
  }
  const particles = ['', ...PARTICLES.filter((p) => w.endsWith(p) && w.length - p.length >= MIN_ROOT)];
  for (const particle of particles) {
    const base = w.slice(0, w.length - particle.length);
    if (particle && set.has(base) && base.length >= MIN_ROOT) return { root: base, prefixes: [], suffix: '', particle };
    const suffixes = ['', ...SUFFIXES.filter((s) => base.endsWith(s) && base.length - s.length >= MIN_ROOT)];
    for (const suffix of suffixes) {
      const rest = base.slice(0, base.length - suffix.length);
      if ((suffix || particle) && set.has(rest) && rest.length >= MIN_ROOT) return { root: rest, prefixes: [], suffix, particle };
      const got: string[][] = [];
      const stem = stripPrefixes(rest, set, got);
      if (stem) return { root: stem, prefixes: got[0]!, suffix, particle };
    }
  }
  return undefined;
}

/** The affixes of an analysis as a reader sees them: "me- + tulis + -kan". */
export function describeAnalysis(a: Analysis): string {
  const parts = [...a.prefixes.map((p) => `${p}-`), a.root];
  if (a.suffix) parts.push(`-${a.suffix}`);
  if (a.particle) parts.push(`-${a.particle}`);
  return parts.join(' + ');
}

/** True when the analysis shows Indonesian morphology, not just a stem that might be a loanword. */
export function affixed(a: Analysis): boolean {
  return a.prefixes.length > 0 || a.suffix !== '' || a.particle !== '';
}
