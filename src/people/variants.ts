/**
 * Spelling variants of one name, shared by person resolution and entity-consistency.
 *
 *  - Transliteration pairs: two words that look like one name romanised two ways ("Sergei" /
 *    "Sergey", "Paetongtarn" / "Paethongtarn"), but not a plural, demonym or feminine form of one
 *    another ("Korea" / "Koreas", "Ivanov" / "Ivanova", "Mario" / "Maria").
 *  - Old and new Indonesian spelling: the 1972 reform turned oe → u, dj → j, tj → c, sj → sy, and
 *    names keep either form ("Soeharto" / "Suharto", "Sjafrie Sjamsoeddin" / "Syafrie Syamsuddin").
 *    `indonesianSpellingKey` maps both to one key.
 */
import { hasExactly } from '../lexicons/english-words.js';
import { loadLexicon } from '../lexicons/load.js';

/** Endings that turn a name into a plural, demonym, adjective or feminine form. */
const MORPH_TAILS = new Set(['', 's', 'es', 'n', 'an', 'ian', 'ese', 'ns', 'ism', 'ist', 'ic', 'ics', 'ed', 'd', 'a', 'o', 'e', 'er', 'ra', 'ish', 'ova', 'eva', 'ov', 'ev']);

/** Edit distance between two sequences: letters of two strings, or words of two token lists. */
export function levenshtein<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Two lower-case words (letters only) that look like one name transliterated two ways: 5+ letters,
 * same first letter, one edit apart (two for 8+ letters), not differing only in a morphological tail.
 */
export function transliterationPair(a: string, b: string): boolean {
  const min = Math.min(a.length, b.length);
  if (min < 5 || a[0] !== b[0] || a === b) return false;
  // A hyphenated East Asian given name is compared syllable by syllable: "Jae-yong" and "Jae-myung"
  // (two men) differ by a whole syllable, "Jae-yong" and "Jae-young" by one letter of one.
  // (Person resolution joins the syllables with a space, "jae yong".)
  if (/[- ]/.test(a) || /[- ]/.test(b)) {
    const sa = a.split(/[- ]/);
    const sb = b.split(/[- ]/);
    if (sa.length !== sb.length) return false;
    return sa.every((x, k) => x === sb[k] || (x[0] === sb[k]![0] && levenshtein(x, sb[k]!) <= 1));
  }
  if (Math.abs(a.length - b.length) > 2) return false;
  let p = 0;
  while (p < min && a[p] === b[p]) p++;
  if (MORPH_TAILS.has(a.slice(p)) && MORPH_TAILS.has(b.slice(p))) return false;
  return levenshtein(a, b) <= (min >= 8 ? 2 : 1);
}

const OLD_SPELLING = /oe|dj|tj|sj/g;
const NEW_SPELLING: Record<string, string> = { oe: 'u', dj: 'j', tj: 'c', sj: 'sy' };

/** Lower-case letters with the pre-1972 Indonesian digraphs mapped to the current spelling. */
export function indonesianSpellingKey(lower: string): string {
  return lower.replace(OLD_SPELLING, (m) => NEW_SPELLING[m]!);
}

/** True when the lower-case word contains an old-spelling digraph. */
export function hasOldSpelling(lower: string): boolean {
  OLD_SPELLING.lastIndex = 0;
  const hit = OLD_SPELLING.test(lower);
  OLD_SPELLING.lastIndex = 0;
  return hit;
}

/** "-iyah" is the Arabic feminine ending of Indonesian Muslim women's names (Fauziyah, Zakiyah, Nuriyah). */
const FEMALE_ENDINGS = ['wati', 'yanti', 'ianti', 'ningsih', 'ningrum', 'ningtyas', 'ningtias', 'rini', 'yani', 'iyah'];
/** "-sari" (Wulansari, Puspasari, Novitasari) only on longer words: "Sari" alone, or "Kusari", is not marked. */
const FEMALE_LONG_ENDINGS = ['sari'];
/** Name words that mark gender anywhere in an Indonesian name ("Widiyanti Putri Wardhana", "Siti Nurbaya"). */
const GENDERED_ELEMENTS = new Map<string, 'male' | 'female'>([
  ['putri', 'female'], ['siti', 'female'], ['dewi', 'female'], ['putra', 'male'], ['putera', 'male'],
]);
/**
 * Endings of Indonesian women's names that mark gender less safely on a word alone (a bare "Giuliani"
 * or "Martini" is an Italian family name), so they count only inside a name of two or more words
 * with no European particle ("Estty Purwadiani Hidayati", "Pudji Ismartini"): -yati, -iati (Hidayati,
 * Maryati, Sumiati), -tini (Kartini, Ismartini), -arti (Sunarti), -tuti (Astuti), -arsih, -esih
 * (Sumarsih, Sukaesih), -inah, -anah, -unah (Aminah, Hasanah, Maimunah), -imah, -ifah (Fatimah,
 * Latifah), -anti (Susanti, Hartanti), -iani (Apriani, Purwadiani). Each was checked against a public
 * list of 13,137 Jakarta voters' names with their sex: every ending is at least 99% women's names
 * there (words of six letters or more).
 */
const FEMALE_NAME_ENDINGS = ['yati', 'iati', 'tini', 'arti', 'tuti', 'arsih', 'esih', 'inah', 'anah', 'unah', 'imah', 'ifah', 'anti', 'iani'];
/**
 * indonesianEndingGender() for a word inside a name of two or more words, which also reads the
 * endings that a bare word does not carry safely.
 */
export function indonesianNameWordGender(lower: string, later = false): 'male' | 'female' | undefined {
  // After the given name, -ono, -nawan, -syah and -tanto are often a father's name that a daughter
  // carries ("Anita Sumarsono"): women bear 14-24% of them there on the voter list, and none as a
  // given name.
  if (later && PATRONYMIC_ENDINGS.some((e) => lower.endsWith(e)) && !MALE_ENDINGS.some((e) => !PATRONYMIC_ENDINGS.includes(e) && e.length > 3 && lower.endsWith(e))) return undefined;
  const g = indonesianEndingGender(lower);
  if (g) return g;
  if (lower.length < 6 || !/^[a-z]+$/.test(lower)) return undefined;
  // Not an English word ("Martini Anne" in a story: the cocktail).
  if (FEMALE_NAME_ENDINGS.some((e) => lower.endsWith(e)) && !hasExactly(lower)) return 'female';
  return undefined;
}

/** "-ono" (Yuwono, Harsono, Pramono, Sujono) is the Javanese masculine "-a" of old names, on words of six letters or more. */
/** Men's endings that a woman's name also carries after her given name (her father's name). */
const PATRONYMIC_ENDINGS = ['ono', 'nawan', 'syah', 'tanto'];
const MALE_ENDINGS = ['iawan', 'rawan', 'mawan', 'nawan', 'yanto', 'ianto', 'santo', 'tanto', 'yono', 'ono', 'syah', 'uddin', 'udin', 'ullah'];

/**
 * The gender that the ending of a Javanese or Malay-Indonesian personal name marks, for names the
 * lexicon does not list: -wati, -yanti, -ningsih, -ningrum, -iyah (female: Rahmawati, Yulianti, Sulastri
 * Ningsih, Fauziyah); -iawan, -yanto, -santo, -syah, -uddin (male: Herdiawan, Haryanto, Irwansyah, Saifuddin).
 * Only words of six letters or more (seven for -sari: Wulansari, Puspasari); -yani (Handayani,
 * Suryani) likewise, so the male name "Yani" is not read as female. A few whole name elements mark
 * gender wherever they stand: Putri, Siti, Dewi (female); Putra, Putera (male).
 */
export function indonesianEndingGender(lower: string): 'male' | 'female' | undefined {
  const element = GENDERED_ELEMENTS.get(lower);
  if (element) return element;
  if (lower.length >= 7 && FEMALE_LONG_ENDINGS.some((e) => lower.endsWith(e))) return 'female';
  if (lower.length < 6 || !/^[a-z]+$/.test(lower)) return undefined;
  if (FEMALE_ENDINGS.some((e) => lower.endsWith(e))) return 'female';
  if (MALE_ENDINGS.some((e) => lower.endsWith(e))) return 'male';
  return undefined;
}

/** An Indonesian given name and the English forms a translation may write for it. */
interface AnglicisedName {
  indonesian: string;
  english: string[];
}

let formsOf: Map<string, readonly string[]> | undefined;

/**
 * The Indonesian given names whose English form is `english` ("rebekah" → ["ribka"]), from
 * data/lexicons/anglicised-given-names.json (biblical and saints' names common among Indonesian
 * Christians, which a translator sometimes "translates" as if they were words). Read on first use.
 */
export function indonesianFormsOf(english: string): readonly string[] | undefined {
  if (!formsOf) {
    formsOf = new Map();
    for (const { indonesian, english: forms } of loadLexicon<AnglicisedName>('anglicised-given-names').entries) {
      for (const en of forms) formsOf.set(en, [...(formsOf.get(en) ?? []), indonesian]);
    }
  }
  return formsOf.get(english);
}

