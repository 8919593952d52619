/**
 * The Indonesian class noun kept inside a name: "the Balai Kota", "Pos Pantau Manggarai", "Lapas Kelas
 * IIA Cipinang", "Pasar Induk Kramat Jati", "Masjid Istiqlal", "Kantor Desa Sukamaju". Indonesian
 * names a hall, post, office, market, mosque, prison, station or bridge with the generic noun first
 * (often with a generic word after it: kota "city", pantau "monitoring", induk "central") and the
 * proper name last; an international English report translates the generic part and puts the name
 * first ("Bandung City Hall", "the Manggarai monitoring post", "Cipinang Class IIA Prison").
 *
 * The gazetteer (`data/lexicons/indonesian-class-nouns.json`) lists
 *  - heads, translated only when a proper name follows ("Masjid Istiqlal" -> Istiqlal Mosque): a bare
 *    head is an ordinary word the lexicon and the general reading handle;
 *  - compounds of a head and a generic word, translated with or without a name ("Balai Kota" -> City
 *    Hall); a compound ending in "kelas" takes the class designation after it (IIA, IIB, III);
 *  - names English keeps as they are (Gedung Sate, Pos Indonesia, church denominations).
 *
 * What is kept is decided by the construction, not by a list of every name: the class noun must open
 * the name (not follow "Jalan", "Desa", "Kampung"…, which make the whole a street or village name:
 * "Jalan Balai Kota", "Kampung Pasar Induk"), and a name followed by an English place word ("Masjid
 * Sungai Iyu Village", "Pos Karet sub-district") is the name of a place. Market, park, beach and field
 * heads (pasar, taman, pantai, lapangan) are compounds only: with a bare name they are district names
 * English keeps (Pasar Minggu, Taman Sari, Pantai Indah Kapuk, Lapangan Banteng). Only in an article
 * about Indonesia and not about Malaysia, whose English keeps Malay names (Masjid Negara, Balai Polis).
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { inIndonesianClause, isAllCaps, isCapitalised, sentenceInitial, titleCase } from '../lexicons/indonesian.js';
import { isEnglishWord } from '../lexicons/indonesian-morphology.js';
import { loadLexicon } from '../lexicons/load.js';
import type { FindingDraft } from './types.js';

export interface ClassNounEntry {
  term: string;
  kind: 'head' | 'compound' | 'kept';
  english?: string;
  classDesignation?: boolean;
  note?: string;
}

interface Gazetteer {
  /** Heads and compounds by their first word, longest first. */
  byFirst: Map<string, { words: string[]; entry: ClassNounEntry }[]>;
  kept: string[];
}

let gazetteer: Gazetteer | undefined;

function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const byFirst = new Map<string, { words: string[]; entry: ClassNounEntry }[]>();
  const kept: string[] = [];
  for (const e of loadLexicon<ClassNounEntry>('indonesian-class-nouns').entries) {
    if (e.kind === 'kept') kept.push(e.term);
    else if (!e.english) continue;
    else {
      const words = e.term.split(' ');
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, entry: e });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  gazetteer = { byFirst, kept };
  return gazetteer;
}

/** Words that make the name before them a place (village, district, street), not the facility. */
const PLACE_WORDS = new Set([
  'village', 'villages', 'district', 'districts', 'subdistrict', 'sub-district', 'regency', 'city', 'street', 'road', 'avenue',
  'area', 'hamlet', 'island', 'islands', 'neighbourhood', 'neighborhood', 'complex', 'housing', 'residence', 'kelurahan', 'desa',
  'kecamatan', 'kabupaten', 'kampung', 'dusun', 'jalan', 'jl',
]);

/** English class nouns that end a name run ("Masjid Istiqlal Mosque"). */
const ENGLISH_CLASS = new Set([
  'post', 'building', 'office', 'mosque', 'church', 'temple', 'station', 'airport', 'port', 'bridge', 'dam', 'reservoir', 'stadium',
  'palace', 'prison', 'hall', 'hospital', 'floodgate', 'headquarters', 'market', 'centre', 'center', 'school', 'park', 'cemetery',
]);

/**
 * What a market sells, named after "Pasar" or "Pasar Induk" before the place (Pasar Induk Beras
 * Cipinang, Pasar Ikan Muara Baru): a common noun English translates ("Cipinang Central Rice Market"),
 * not part of the name.
 */
const MARKET_GOODS = new Map([
  ['beras', 'Rice'], ['ikan', 'Fish'], ['sayur', 'Vegetable'], ['sayuran', 'Vegetable'], ['buah', 'Fruit'], ['bunga', 'Flower'],
  ['kembang', 'Flower'], ['burung', 'Bird'], ['hewan', 'Animal'], ['ternak', 'Livestock'], ['sapi', 'Cattle'], ['kambing', 'Goat'],
  ['daging', 'Meat'], ['kain', 'Textile'], ['tekstil', 'Textile'], ['batik', 'Batik'], ['emas', 'Gold'], ['loak', 'Flea'],
]);

/** Roman class designations of prisons and detention centres (Lapas Kelas IIA). */
const DESIGNATION = /^(?:I{1,3}|IV|[1-3])[AB]?$/;

const MALAYSIA = /\b(?:Malaysia|Malaysian|Malaysians|Kuala Lumpur|Putrajaya|Selangor|Johor|Penang|Sabah|Sarawak|Kelantan|Terengganu|Brunei|Singapore)\b/;

function sameRunNext(doc: AnalysedDocument, t: Token): Token | undefined {
  const u = doc.tokens[t.i + 1];
  return u && u.sentence === t.sentence && u.spaceBefore && u.type === 'word' ? u : undefined;
}

/** A word of a proper name: capitalised (or an acronym), not a sentence's opening function word. */
function nameToken(u: Token | undefined): u is Token {
  return u !== undefined && u.type === 'word' && (isCapitalised(u.text) || isAllCaps(u.text));
}

type Case = 'upper' | 'lower';

function caseOf(t: Token): Case | undefined {
  if (isAllCaps(t.text) && t.text.length > 1) return undefined;
  if (isCapitalised(t.text)) return 'upper';
  if (/^\p{Ll}/u.test(t.text)) return 'lower';
  return undefined;
}

interface Claims {
  overlaps(t: Token): boolean;
}

/**
 * Findings for Indonesian class nouns kept in names. `namePrefixes`: the capitalised words that open
 * an Indonesian street, village or place name (a class noun after them is part of that name).
 * `cued`: the article is about Indonesia or already has untranslated Indonesian ("Pos" and "Gedung"
 * are words of other languages too).
 */
export function classNounFindings(doc: AnalysedDocument, claimed: Claims, namePrefixes: ReadonlySet<string>, cued: boolean): FindingDraft[] {
  const out: FindingDraft[] = [];
  // Malaysian and Singapore English keep Malay names (Masjid Negara, Balai Polis, Pasar Besar).
  if (!cued || MALAYSIA.test(doc.text)) return out;
  const g = load();
  const tokens = doc.tokens;
  let skipTo = -1;
  for (const t of tokens) {
    if (t.i < skipTo || t.type !== 'word') continue;
    const c = caseOf(t);
    if (!c) continue;
    const candidates = g.byFirst.get(t.lower);
    if (!candidates) continue;
    const prev = tokens[t.i - 1];
    const prevInName = prev !== undefined && prev.sentence === t.sentence && t.spaceBefore && prev.type === 'word' && isCapitalised(prev.text) &&
      (namePrefixes.has(prev.lower.replace(/\.$/, '')) || g.byFirst.has(prev.lower));
    if (prevInName) continue;
    const f = compoundFinding(doc, t, c, candidates, g, claimed);
    if (f) {
      out.push(f.finding);
      skipTo = f.endToken;
    }
  }
  return out;
}

function compoundFinding(
  doc: AnalysedDocument,
  t: Token,
  c: Case,
  candidates: readonly { words: string[]; entry: ClassNounEntry }[],
  g: Gazetteer,
  claimed: Claims,
): { finding: FindingDraft; endToken: number } | undefined {
  const tokens = doc.tokens;
  for (const { words, entry } of candidates) {
    // The class noun's words, in one case throughout ("Balai Kota", "balai kota"; not "Balai kota").
    let k = t.i;
    let ok = true;
    for (let w = 0; w < words.length; w++) {
      const u = w === 0 ? t : sameRunNext(doc, tokens[k - 1]!);
      if (!u || u.lower !== words[w] || caseOf(u) !== c) {
        ok = false;
        break;
      }
      k = u.i + 1;
    }
    if (!ok) continue;
    // A head alone is a finding only before a proper name, and only capitalised.
    if (entry.kind === 'head' && c === 'lower') continue;
    let designation: Token | undefined;
    if (entry.classDesignation) {
      // "Lapas Kelas IIA …" (the compound ends in kelas), or "Lapas Class IIA …" after the head alone.
      const endsInKelas = words[words.length - 1] === 'kelas';
      const cls = tokens[k];
      const hasClassWord = !endsInKelas && cls !== undefined && cls.sentence === t.sentence && cls.spaceBefore && (cls.lower === 'class' || cls.lower === 'kelas');
      const d = tokens[hasClassWord ? k + 1 : k];
      if (d && d.sentence === t.sentence && d.spaceBefore && DESIGNATION.test(d.text) && (endsInKelas || hasClassWord)) {
        designation = d;
        k = d.i + 1;
      } else if (endsInKelas) continue;
    }
    // The proper name after the class noun: capitalised words and acronyms, hyphen-joined parts.
    const nameStart = k;
    let j = k;
    let byAcronym = false;
    while (j < tokens.length && j - nameStart < 3) {
      const u = tokens[j]!;
      if (u.sentence !== t.sentence) break;
      if ((u.text === '-' || u.text === '\u2010') && !u.spaceBefore && nameToken(tokens[j + 1]) && !tokens[j + 1]!.spaceBefore && j > nameStart) {
        j += 2;
        continue;
      }
      if (!u.spaceBefore || !nameToken(u) || ENGLISH_CLASS.has(u.lower) || PLACE_WORDS.has(u.lower)) break;
      if (j === nameStart && sentenceInitial(doc, u.i)) break;
      j++;
      // An acronym names the institution by itself ("Posko ESDM"): what follows is another name.
      if (isAllCaps(u.text)) {
        byAcronym = true;
        break;
      }
    }
    const hasName = j > nameStart;
    // More capitalised words after three: where the name ends and a person's name or title begins
    // is unknown ("Pasar Induk Beras Cipinang Sugito Wibowo said"); the finding keeps to the class noun.
    const next = tokens[j];
    const unsure = hasName && !byAcronym && next !== undefined && next.sentence === t.sentence && next.spaceBefore && nameToken(next) &&
      !ENGLISH_CLASS.has(next.lower) && !PLACE_WORDS.has(next.lower);
    if (entry.kind === 'head') {
      if (!hasName) continue;
      const first = tokens[nameStart]!;
      // "Kantor said", "Gedung The …": an English word that is no name does not start a name.
      // In a title-case headline ("Bandar Lampung Rutan Overload") every word is capitalised: an
      // English word there is no name.
      if (!isAllCaps(first.text) && isEnglishWord(first.lower) && (first.pos !== 'PROPN' || titleCase(doc, t.sentence))) continue;
    }
    const after = tokens[j];
    const afterWord = after && after.sentence === t.sentence && after.type === 'word' ? after : undefined;
    // "Masjid Sungai Iyu Village", "Pos Karet sub-district": the name of a place.
    if (afterWord && PLACE_WORDS.has(afterWord.lower)) return undefined;
    const nameText = hasName && !unsure ? doc.text.slice(tokens[nameStart]!.start, tokens[j - 1]!.end) : '';
    const rawName = hasName ? doc.text.slice(tokens[nameStart]!.start, tokens[j - 1]!.end).toLowerCase() : '';
    const phrase = `${words.join(' ')}${rawName ? ` ${rawName}` : ''}`;
    if (g.kept.some((kp) => phrase === kp || phrase.startsWith(`${kp} `))) return undefined;
    // The English class noun already after the name ("Masjid Istiqlal Mosque") goes into the span.
    // Written in lower case ("the balai kota"), the English goes in lower case too ("the city hall").
    const english = c === 'lower' ? entry.english!.toLowerCase() : entry.english!;
    const englishLast = english.split(' ').pop()!.toLowerCase();
    const echoed = afterWord !== undefined && hasName && !unsure && afterWord.lower === englishLast;
    const endTok = echoed ? afterWord : unsure || !hasName ? tokens[nameStart - 1]! : tokens[j - 1]!;
    const start = t.start;
    const end = endTok.end;
    if (inIndonesianClause(doc, start, end)) return undefined;
    for (let m = t.i; m <= endTok.i; m++) if (claimed.overlaps(tokens[m]!)) return undefined;
    let classPart = designation ? `Class ${designation.text} ${english}` : english;
    let placeName = nameText;
    // "Pasar Induk Beras Cipinang": the goods word is translated and goes before "Market".
    const goods = words[0] === 'pasar' && nameText && j - nameStart >= 2 ? MARKET_GOODS.get(tokens[nameStart]!.lower) : undefined;
    if (goods) {
      placeName = doc.text.slice(tokens[nameStart + 1]!.start, tokens[j - 1]!.end);
      const parts = classPart.split(' ');
      parts.splice(parts.length - 1, 0, c === 'lower' ? goods.toLowerCase() : goods);
      classPart = parts.join(' ');
    }
    const suggestion = placeName ? `${placeName} ${classPart}` : classPart;
    const span = doc.text.slice(start, end);
    const indonesian = doc.text.slice(t.start, (designation ?? tokens[nameStart - 1]!).end);
    const before = tokens[t.i - 1];
    const after2 = tokens[endTok.i + 1];
    // "(Balai Kota)", "Balai Kota (City Hall)": the writer gives the Indonesian on purpose.
    const glossed = (before?.text === '(' && after2?.text === ')') || (after2?.text === '(' && after2.sentence === t.sentence);
    const what = entry.kind === 'head' ? 'class noun' : 'name of a kind of place';
    return {
      finding: {
        start,
        end,
        message: glossed
          ? `"${span}" gives the Indonesian ${what} "${indonesian}" (${english}) beside its English: a gloss, not a translation left undone.`
          : unsure
            ? `"${span}" is the Indonesian ${what} (${english}) before a name; an English report translates it and puts it after the name ("… ${classPart}").`
            : `"${span}" keeps the Indonesian ${what} "${indonesian}" (${english}); an English report writes "${suggestion}".`,
        suggestions: [suggestion],
        confidence: glossed ? 0.4 : 0.7,
        ...(glossed ? { severity: 'info' as const } : {}),
        note: 'Indonesian names a hall, post, office, market, mosque or prison with the generic noun first and the proper name last (Balai Kota Bandung, Pos Pantau Manggarai); English translates the generic part and puts the name first (Bandung City Hall, the Manggarai monitoring post).',
      },
      endToken: endTok.i + 1,
    };
  }
  return undefined;
}
