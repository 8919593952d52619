/**
 * untranslated-word: Indonesian words left in English text ("talks between Jepang and Korea
 * Selatan", "Rp 5 triliun", "on Senin", "the Russian-Cina-North Korea coalition"). Machine
 * translation copies words it cannot align: country and place names whose Indonesian form differs
 * from the English exonym, months, days, number words after digits, and frequent function words and
 * nouns inside stretches it failed to translate.
 *
 * The lexicon is `data/lexicons/indonesian-words.json`. Precision comes first:
 *  - `acceptedInEnglish` terms (Lebaran, mudik, Pancasila, becak) are never flagged.
 *  - `englishHomograph` terms (dan, Mei, Juli, air, kota, Roma, Pak) need evidence: a month next to
 *    a day number or year ("27 Juli 2023"), a unit word after a numeral ("12 orang"), a lower-case
 *    word inside a run of other Indonesian words ("Jepang dan Korea Selatan"), a country or place
 *    homograph in a document that already has another untranslated country or place.
 *  - Capitalised words that belong to a proper name stay silent: a lexicon word right after a
 *    place or institution prefix (Kampung Melayu, Pasar Minggu, Universitas Sumatera Utara, Jalan
 *    Jenderal Sudirman), next to other capitalised name words (Kebayoran Baru, Satu Mare), and
 *    capitalised common nouns or adjectives mid-sentence (Bandar Seri Begawan, Tanjung Priok).
 *  - A term that glosses or is glossed ("Siaga (alert)", "the so-called 'mudik'") is info only.
 *  - Parts of hyphenated compounds count only for names of countries, places and peoples
 *    ("Russian-Cina-North Korea" flags "Cina"; "add-ons" is English).
 *  - A clause mostly in Indonesian is left to untranslated-sentence.
 * Adjacent Indonesian words make one finding whose suggestion joins their English renderings.
 * A rank's force word ("Kombes Pol", "Mayjen TNI") joins the rank's finding. Words no lexicon lists
 * are found by their form in untranslated-general.ts (a dictionary stem under Indonesian affixes).
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import pluralize from 'pluralize';
import {
  englishOf,
  forceAfterRank,
  inIndonesianClause,
  isAllCaps,
  isCapitalised,
  replacementsOf,
  sentenceInitial,
  titleCase,
  wordHits,
} from '../lexicons/indonesian.js';
import type { WordClass, WordHit } from '../lexicons/indonesian.js';
import type { FindingDraft, Rule } from './types.js';
import { ClaimedRanges } from '../engine/claimed-ranges.js';
import { spanCovering } from '../analysis/analyse.js';
import { appositiveNounPhrase, generalFindings, indonesiaCued, quotedForeignPhrase } from './untranslated-general.js';
import { classNounFindings } from './untranslated-class-noun.js';
import { gazetteer, normaliseName } from '../people/gazetteer.js';
import { indonesianRoots, isEnglishWord } from '../lexicons/indonesian-morphology.js';

// Per-token tests compiled once (a regex literal is a new RegExp object each time it is evaluated).
const HAS_LETTER = /\p{L}/u;
const LOWER_LETTERS = /^\p{Ll}+$/u;

/** Classes whose words are capitalised in ordinary use (names of things), as opposed to common words. */
const PROPER_CLASSES = new Set<WordClass>(['country', 'place', 'month', 'day', 'status', 'title', 'institution', 'demonym', 'religion-culture']);

/** Classes that may sit inside a hyphenated compound ("Russian-Cina-North Korea"). */
const COMPOUND_CLASSES = new Set<WordClass>(['country', 'place', 'demonym']);

/**
 * Capitalised words that start an Indonesian (or Malay) proper name: what follows them is the name
 * of a village, street, island, market, university… and English keeps it as written.
 */
const NAME_PREFIXES = new Set([
  'kampung', 'kampong', 'kg', 'desa', 'dusun', 'kota', 'pulau', 'jalan', 'jl', 'jln', 'gang', 'pasar', 'tanjung', 'teluk',
  'sungai', 'gunung', 'bukit', 'danau', 'pantai', 'kali', 'kebun', 'taman', 'tanah', 'rumah', 'masjid', 'gereja', 'pura',
  'candi', 'istana', 'gedung', 'kelurahan', 'kecamatan', 'kabupaten', 'bandar', 'batu', 'muara', 'padang', 'rawa', 'ujung',
  'universitas', 'institut', 'sekolah', 'bank', 'hotel', 'harian', 'radio', 'yayasan', 'partai', 'persatuan', 'ikatan',
  'kantor', 'pt', 'cv', 'toko', 'warung', 'restoran', 'lapangan', 'stadion', 'bandara', 'pelabuhan', 'terminal', 'stasiun',
  'monumen', 'museum', 'menara', 'negeri', 'kuala', 'port', 'fort', 'mount', 'lake', 'street', 'avenue', 'road', 'university',
]);

/** Capitalised English words that come before a country name without making a proper name with it. */
const ROLE_WORDS = new Set([
  'minister', 'ministers', 'president', 'ambassador', 'embassy', 'government', 'king', 'queen', 'prince', 'princess', 'emperor',
  'chancellor', 'consul', 'envoy', 'navy', 'army', 'police', 'guard', 'affairs', 'defense', 'defence', 'trade', 'finance',
  'secretary', 'general', 'premier', 'leader', 'parliament', 'senate', 'congress', 'court', 'team', 'national', 'republic',
  'forces', 'force', 'military', 'ministry', 'office', 'state', 'federal', 'central', 'foreign', 'prime', 'vice', 'deputy',
  'from', 'to', 'in', 'and', 'with', 'against', 'between', 'vs', 'versus', 'beat', 'beats', 'visit', 'visits',
]);

/** Honorifics that English-language Indonesian news keeps before a name (Cak Imin, Daeng Manye). */
const HONORIFICS = new Set(['cak', 'daeng', 'kak', 'mbak', 'tante', 'nyonya', 'pangeran', 'pendeta', 'saudara', 'saudari']);

/** Words that make a status term (Siaga, Waspada, Awas) an alert level. */
const STATUS_CONTEXT = new Set([
  'alert', 'level', 'status', 'warning', 'volcano', 'mount', 'eruption', 'emergency', 'raised', 'lowered', 'alarm', 'disaster',
  'flood', 'floods', 'i', 'ii', 'iii', 'iv', 'gunung', 'crater', 'zone',
]);

/** Words shortly before a term that introduce it as a term ("known locally as mudik", "so-called"). */
const GLOSS_INTRO = new Set(['called', 'dubbed', 'termed', 'so-called', 'locally', 'meaning', 'known', 'nicknamed', 'referred', 'lit', 'lit.', 'literally']);

/** Nouns that introduce a term only right before it ("the word mudik", not "a term as mayor"). */
const GLOSS_NOUNS = new Set(['term', 'word', 'phrase', 'expression']);

/** "in Indonesian", "in Javanese": the term is quoted as a word of that language. */
const LANGUAGE_NAMES = new Set(['indonesian', 'javanese', 'malay', 'sundanese', 'bahasa']);

/**
 * Homographs that are ordinary English words: they join a run of Indonesian words only between two
 * other Indonesian words, never at its edge ("Cina air strikes" is "Cina" + English "air strikes").
 */
const ENGLISH_WORDS = new Set([
  'air', 'per', 'sang', 'guru', 'motor', 'liar', 'jam', 'natal', 'modus', 'asap', 'bursa', 'orang', 'mil', 'sen', 'api',
  'lama', 'para', 'pun', 'ya', 'demi', 'sore', 'mobil', 'kata', 'agar', 'ada', 'si', 'hal', 'mau', 'masa', 'aman', 'salah',
]);

/** Prepositions and modifiers that make a capitalised homograph a month ("in Juli", "since Mei"). */
const MONTH_PREPOSITIONS = new Set([
  'in', 'since', 'until', 'till', 'during', 'early', 'late', 'mid', 'mid-', 'last', 'next', 'this', 'from', 'through', 'for',
  'by', 'before', 'after', 'throughout', 'between',
]);

/** Nouns of a stretch of time that take "of" before a month ("the end of Juli", "the first half of Juni"). */
const PERIOD_NOUNS = new Set(['end', 'start', 'beginning', 'middle', 'half', 'rest', 'week', 'weeks', 'month', 'months', 'part']);

/** Units whose homograph form is Indonesian after a numeral ("12 orang", "14 hari", "Rp 5 rb"). */
const NUMERAL_UNITS = new Set(['orang', 'rb', 'jt', 'hari', 'jam', 'detik']);

/**
 * Indonesian compass words after a place name ("Lombok Timur", "Aceh Utara"): the English order is
 * "East Lombok". Alone they are ambiguous (Kota Barat, Timur as a given name), so they count only in a
 * text that already has another untranslated country or place.
 */
const DIRECTIONS = new Set(['barat', 'timur', 'utara', 'selatan', 'tengah', 'tenggara', 'barat daya', 'barat laut', 'timur laut']);

/** Places whose Indonesian name with a compass word is also the English one ("Nusa Tenggara"). */
const DIRECTION_KEEPERS = new Set(['nusa', 'asia', 'eropa', 'afrika', 'amerika']);

/** English place words that are country names only after a preposition and before no noun ("from Filipina and"). */
const PREPOSITION_PLACES = new Set(['filipina', 'swiss']);
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'into', 'with', 'between', 'against', 'visit', 'visited', 'and', 'of']);

type Verdict =
  /** Flag it. */
  | { kind: 'fire'; confidence: number }
  /** A lower-case homograph: flag only inside a run with other Indonesian words. */
  | { kind: 'join' }
  /** Flag as info (glossed, or an honorific before a name). */
  | { kind: 'info'; why: string }
  /** A month homograph after a preposition: flag when the text has other Indonesian dates. */
  | { kind: 'date' }
  /** A compass word after a place name ("Lombok Timur"): flag when the text has other untranslated places. */
  | { kind: 'direction'; place: Token }
  | { kind: 'silent' };

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && (t.type === 'number' || /^\d+(?:[.,]\d+)*$/.test(t.text));
}

function numberValue(t: Token): number {
  return Number(t.text.replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.'));
}

/** A day of the month or a year next to a month name. */
function dateNumber(t: Token | undefined): boolean {
  if (!isNumber(t)) return false;
  // "4. Juli 1942" is a German date, not an Indonesian one.
  if (/\.$/.test(t!.text)) return false;
  const v = numberValue(t!);
  return (Number.isInteger(v) && v >= 1 && v <= 31) || (v >= 1900 && v <= 2100);
}

/** A capitalised word that can be part of a proper name (not an English function word at a sentence start). */
function nameWord(doc: AnalysedDocument, t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || !(isCapitalised(t.text) || isAllCaps(t.text))) return false;
  if (sentenceInitial(doc, t.i) && !['PROPN', 'NOUN', 'ADJ', 'X'].includes(t.pos)) return false;
  return true;
}

function tokenBefore(doc: AnalysedDocument, h: WordHit): Token | undefined {
  const first = doc.tokens[h.tokenStart]!;
  const prev = doc.tokens[h.tokenStart - 1];
  return prev && prev.sentence === first.sentence ? prev : undefined;
}

function tokenAfter(doc: AnalysedDocument, h: WordHit): Token | undefined {
  const last = doc.tokens[h.tokenEnd - 1]!;
  const next = doc.tokens[h.tokenEnd];
  return next && next.sentence === last.sentence ? next : undefined;
}

/** The previous token when only spaces separate it from the hit. */
function spacedBefore(doc: AnalysedDocument, h: WordHit): Token | undefined {
  const prev = tokenBefore(doc, h);
  return prev && doc.tokens[h.tokenStart]!.spaceBefore ? prev : undefined;
}

function spacedAfter(doc: AnalysedDocument, h: WordHit): Token | undefined {
  const next = tokenAfter(doc, h);
  return next && next.spaceBefore ? next : undefined;
}

/** Part of a hyphenated compound: a hyphen touches the hit on either side. */
function inCompound(doc: AnalysedDocument, h: WordHit): boolean {
  if (reduplicated(doc, h)) return false;
  const prev = tokenBefore(doc, h);
  const next = tokenAfter(doc, h);
  const first = doc.tokens[h.tokenStart]!;
  return (prev !== undefined && !first.spaceBefore && /^[-\u2010\u2011]$/.test(prev.text)) ||
    (next !== undefined && !next.spaceBefore && /^[-\u2010\u2011]$/.test(next.text));
}

/**
 * The hit is glued to a hashtag's or handle's marks: "#korban_pinjaman" (an underscore or "#"/"@"
 * right before it, or an underscore right after it). A hashtag is quoted as it is written.
 */
function inIdentifier(doc: AnalysedDocument, h: WordHit): boolean {
  const before = doc.text[h.start - 1] ?? ' ';
  const after = doc.text[h.end] ?? ' ';
  return before === '_' || before === '#' || before === '@' || after === '_';
}

/** "negara-negara": an Indonesian plural by reduplication (wordHits joins the halves). */
function reduplicated(doc: AnalysedDocument, h: WordHit): boolean {
  return h.tokenEnd - h.tokenStart === 3 && doc.tokens[h.tokenStart + 1]!.text === '-' && doc.tokens[h.tokenStart]!.lower === doc.tokens[h.tokenEnd - 1]!.lower;
}

const STREET_WORDS = new Set(['street', 'road', 'avenue', 'st', 'st.', 'rd', 'rd.']);
const STREET_PREFIXES = new Set(['jalan', 'jl', 'jl.', 'jln', 'jln.']);

/** The title opens a street's name: "Jalan" before it, or "street"/"road" after the name that follows it. */
function streetNameTitle(doc: AnalysedDocument, h: WordHit, next: Token): boolean {
  const before = doc.tokens[h.tokenStart - 1];
  if (before && STREET_PREFIXES.has(before.lower)) return true;
  if (before?.text === '.' && STREET_PREFIXES.has(doc.tokens[h.tokenStart - 2]?.lower ?? '')) return true;
  for (let k = next.i; k < Math.min(doc.tokens.length, next.i + 3); k++) {
    const t = doc.tokens[k]!;
    if (t.sentence !== next.sentence) return false;
    if (STREET_WORDS.has(t.lower)) return true;
    if (!nameWord(doc, t)) return false;
  }
  return false;
}

/** Per document: each term's lower-case text and the first token at which the article glossed it. */
const glossedAt = new WeakMap<AnalysedDocument, Map<string, number>>();

function rememberGloss(doc: AnalysedDocument, h: WordHit): void {
  let seen = glossedAt.get(doc);
  if (!seen) glossedAt.set(doc, (seen = new Map()));
  const key = h.text.toLowerCase();
  const at = seen.get(key);
  if (at === undefined || h.tokenStart < at) seen.set(key, h.tokenStart);
}

/** The article glossed this term at an earlier use. */
function glossedEarlier(doc: AnalysedDocument, h: WordHit): boolean {
  const at = glossedAt.get(doc)?.get(h.text.toLowerCase());
  return at !== undefined && at < h.tokenStart;
}

/** "(Siaga)", "Siaga (alert)", "‘mudik’", "known as mudik": the term is being explained. */
function glossed(doc: AnalysedDocument, h: WordHit): boolean {
  const prev = tokenBefore(doc, h);
  const next = tokenAfter(doc, h);
  if (prev?.text === '(' && next?.text === ')') return true;
  // "Agency for Regional Disaster Management (Badan Penanggulangan Bencana Daerah/BPBD)": the
  // Indonesian name in brackets with its acronym after the English name; "[Kementerian …]" likewise.
  if (prev?.text === '[' && next?.text === ']') return true;
  if (prev?.text === '(' && next && (next.text === '/' || next.text === ',')) {
    const acr = doc.tokens[next.i + 1];
    const close = doc.tokens[next.i + 2];
    if (acr && /^\p{Lu}{2,}$/u.test(acr.text) && close?.text === ')') return true;
  }
  // "Siaga (alert)" is glossed; "Kamis (12/9)" is the Indonesian date style, not a gloss.
  if (next?.text === '(') {
    const inner = doc.tokens[next.i + 1];
    if (inner && inner.type === 'word' && /\p{L}/u.test(inner.text)) return true;
  }
  const quotes = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019']);
  if (prev && next && quotes.has(prev.text) && quotes.has(next.text)) return true;
  // "a rain handler or 'pawang hujan'": the hit is part of a short quoted phrase of no English words.
  if (quotedForeignPhrase(doc, doc.tokens[h.tokenStart]!, doc.tokens[h.tokenEnd - 1]!)) return true;
  // '"Republik Rakyat Cina,"' — the closing quote after a comma or stop.
  const after2 = next ? doc.tokens[next.i + 1] : undefined;
  if (prev && quotes.has(prev.text) && next && /^[,.;:]$/.test(next.text) && after2 && quotes.has(after2.text)) return true;
  if (prev && GLOSS_NOUNS.has(prev.lower)) return true;
  // "planned to buka puasa – break her fast": an en or em dash and lower-case English words right
  // after the term give its meaning.
  if (next && (next.text === '\u2013' || next.text === '\u2014') && dashGloss(doc, next)) return true;
  // "Statistics Indonesia (lit. Badan Pusat Statistik)": "lit." may end a sentence for the splitter.
  const dot = doc.tokens[h.tokenStart - 1];
  if (dot?.lower === 'lit.' || (dot?.text === '.' && doc.tokens[h.tokenStart - 2]?.lower === 'lit')) return true;
  // "The state electricity company, Perusahaan Listrik Negara, said": the Indonesian name set off by
  // commas right after its English rendering gives the reader the name, beside the translation.
  if (prev?.text === ',' && englishJustBefore(doc, h, prev)) return true;
  // "and electricity company Perusahaan Listrik Negara": a lower-case English descriptor right before
  // the name, in close apposition, already says what the name is.
  if (descriptorBefore(doc, h)) return true;
  // "aboard a small wooden boat, a perahu, on 25 January": the term with an article of its own in
  // apposition to an English noun phrase that ends in its meaning names the local word for the thing.
  const comma = prev && ['a', 'an', 'the'].includes(prev.lower) ? doc.tokens[prev.i - 1] : undefined;
  if (comma?.text === ',' && comma.sentence === prev!.sentence && englishWordJustBefore(doc, h, comma)) return true;
  // "The village head, or kepala desa, said": an alias after the English, set off by ", or".
  if (prev?.lower === 'or' && doc.tokens[h.tokenStart - 2]?.text === ',' && doc.tokens[h.tokenStart - 2]!.sentence === prev.sentence) return true;
  // "the Dewan Perwakilan Rakyat, the House of Representatives, passed": the English right after.
  if (next?.text === ',' && englishJustAfter(doc, h, next)) return true;
  const s = doc.sentences[doc.tokens[h.tokenStart]!.sentence]!;
  // "eat the sahur, the daily pre-dawn meal before the fast": a noun phrase in apposition explains the
  // term. An appositive with a verb is a clause of its own ("the Bupati, the official said").
  // A term opening its sentence is no noun being explained ("Alhamdulillah, the toll road is open").
  // The term may be the first word of a two- or three-word name ("to brew beras kencur, a thick golden
  // elixir that …"): the comma comes after the name's other, non-English words.
  let commaAfter = next;
  for (let k = 0; k < 2 && commaAfter && commaAfter.type === 'word' && commaAfter.spaceBefore && /^\p{Ll}+$/u.test(commaAfter.text) && !isEnglishWord(commaAfter.lower); k++) commaAfter = doc.tokens[commaAfter.i + 1];
  if (commaAfter?.text === ',' && h.tokenStart > s.tokenStart && appositiveNounPhrase(doc, commaAfter, s)) return true;
  for (let k = h.tokenStart - 1; k >= Math.max(s.tokenStart, h.tokenStart - 4); k--) {
    const t = doc.tokens[k]!;
    if (GLOSS_INTRO.has(t.lower)) return true;
    if (LANGUAGE_NAMES.has(t.lower) && doc.tokens[k - 1]?.lower === 'in') return true;
  }
  // "villages are called desa, and village heads kepala desa": the second term stands in a clause
  // that leaves out the naming verb of the first, so it is glossed the same way.
  let joined = false;
  for (let k = h.tokenStart - 1; k >= Math.max(s.tokenStart, h.tokenStart - 12); k--) {
    const t = doc.tokens[k]!;
    if (t.lower === 'and' || t.lower === 'while') joined = true;
    else if (joined && (t.lower === 'called' || t.lower === 'termed' || t.lower === 'known')) return true;
  }
  return false;
}

/** Head nouns of an institution's English that a descriptor may use in their place ("state utility" for "State Electricity Company"). */
const HEAD_NOUN_ALIASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['company', new Set(['company', 'firm', 'utility', 'corporation', 'enterprise', 'operator'])],
  ['agency', new Set(['agency', 'body', 'authority', 'office'])],
  ['board', new Set(['board', 'body', 'agency'])],
  ['commission', new Set(['commission', 'body', 'watchdog'])],
  ['ministry', new Set(['ministry', 'department'])],
]);

/** Function words that say nothing of what a name is. */
const DESCRIPTOR_STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'its', 'their', 'our', 'his', 'her', 'to', 'in', 'on', 'at', 'by', 'with']);

/**
 * "electricity company Perusahaan Listrik Negara", "state utility Perusahaan Listrik Negara": up to four
 * lower-case English words right before a capitalised institution name, in its sentence, end in the
 * head noun of the entry's English (or a near synonym) and share another content word with it. That
 * close apposition is how English news introduces a local name; an Indonesian name put where the
 * English belongs ("the company Perusahaan Listrik Negara", "Perusahaan Listrik Negara said") has none.
 */
function descriptorBefore(doc: AnalysedDocument, h: WordHit): boolean {
  const first = doc.tokens[h.tokenStart]!;
  if (!isCapitalised(first.text)) return false;
  const words: Token[] = [];
  for (let k = h.tokenStart - 1; k >= 0 && words.length < 4; k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== first.sentence || t.type !== 'word' || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) break;
    words.unshift(t);
  }
  if (words.length < 2) return false;
  const last = words[words.length - 1]!.lower;
  return englishOf(h.value).some((en) => {
    const ws = en.replace(/\s*\([^)]*\)/g, '').toLowerCase().split(/[\s-]+/).filter((w) => w.length > 0);
    if (ws.length < 2) return false;
    const head = ws[ws.length - 1]!;
    if (last !== head && !HEAD_NOUN_ALIASES.get(head)?.has(last)) return false;
    const content = new Set(ws.slice(0, -1).filter((w) => !DESCRIPTOR_STOP.has(w)));
    return words.slice(0, -1).some((w) => content.has(w.lower));
  });
}

/** Two lower-case English words follow the dash `dash` in its sentence: a gloss of the term before it. */
function dashGloss(doc: AnalysedDocument, dash: Token): boolean {
  const a = doc.tokens[dash.i + 1];
  const b = doc.tokens[dash.i + 2];
  const english = (t: Token | undefined): boolean => t !== undefined && t.sentence === dash.sentence && t.type === 'word' && LOWER_LETTERS.test(t.text) && isEnglishWord(t.text) && wordHits(doc).every((x) => x.tokenStart > t.i || x.tokenEnd <= t.i);
  return english(a) && english(b);
}

/** The entry's English (two words or more, or one of five letters or more) follows `comma`, after an optional article. */
function englishJustAfter(doc: AnalysedDocument, h: WordHit, comma: Token): boolean {
  const s = doc.sentences[comma.sentence]!;
  const end = doc.tokens[s.tokenEnd - 1]!.end;
  const after = doc.text.slice(comma.end, Math.min(end, comma.end + 80)).toLowerCase().replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an) /, '');
  return englishOf(h.value).some((en) => {
    const plain = en.replace(/\s*\([^)]*\)/g, '').toLowerCase().trim();
    if (!(plain.includes(' ') || plain.length >= 5) || !after.startsWith(plain)) return false;
    return !/\p{L}/u.test(after[plain.length] ?? '');
  });
}

/** The entry's English (two words or more) ends the few words before `mark`, in the same sentence. */
function englishJustBefore(doc: AnalysedDocument, h: WordHit, mark: Token): boolean {
  const s = doc.sentences[mark.sentence]!;
  const from = Math.max(doc.tokens[s.tokenStart]!.start, mark.start - 60);
  const before = doc.text.slice(from, mark.start).toLowerCase().replace(/\s+/g, ' ').trim();
  return englishOf(h.value).some((en) => {
    const plain = en.replace(/\s*\([^)]*\)/g, '').toLowerCase().trim();
    return plain.includes(' ') && before.endsWith(plain);
  });
}

/** The text before `mark` ends in the entry's English, one word of three letters or more allowed ("a wooden boat, a perahu"). */
function englishWordJustBefore(doc: AnalysedDocument, h: WordHit, mark: Token): boolean {
  const s = doc.sentences[mark.sentence]!;
  const from = Math.max(doc.tokens[s.tokenStart]!.start, mark.start - 60);
  const before = doc.text.slice(from, mark.start).toLowerCase().replace(/\s+/g, ' ').trim();
  return englishOf(h.value).some((en) => {
    const plain = en.replace(/\s*\([^)]*\)/g, '').toLowerCase().trim();
    if (plain.length < 3 || !before.endsWith(plain)) return false;
    return !/\p{L}/u.test(before[before.length - plain.length - 1] ?? '');
  });
}

/**
 * The hit lies in a short quotation (at most five words) whose lower-case words are all Indonesian:
 * a writer quoting a phrase ("Terima kasih, Garuda", "Merdeka!"), not a translation left undone.
 */
function shortIndonesianQuote(doc: AnalysedDocument, h: WordHit): boolean {
  if (!doc.inQuote(h.start)) return false;
  // Quotes are sorted and disjoint: a binary search, not a scan of every quote per hit.
  const covering = spanCovering(doc.quotes, h.start);
  const q = covering && h.end <= covering.end ? covering : undefined;
  if (!q) return false;
  const a = doc.tokenAt(q.start);
  const b = doc.tokenAt(Math.max(q.start, q.end - 1));
  if (!a || !b) return false;
  const covered = new Set<number>();
  for (const x of wordHits(doc)) if (x.start >= q.start && x.end <= q.end) for (let k = x.tokenStart; k < x.tokenEnd; k++) covered.add(k);
  let words = 0;
  for (let k = a.i; k <= b.i; k++) {
    const t = doc.tokens[k]!;
    if (t.type !== 'word' || !HAS_LETTER.test(t.text)) continue;
    if (++words > 5) return false;
    if (!covered.has(k) && !isCapitalised(t.text)) return false;
  }
  return words > 0;
}

/** The sentence ends with a full stop and has a lower-case word of four letters or more. */
function proseSentence(doc: AnalysedDocument, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  let k = s.tokenEnd - 1;
  while (k > s.tokenStart && /^["'\u201d\u2019)]$/u.test(doc.tokens[k]!.text)) k--;
  if (doc.tokens[k]?.text !== '.') return false;
  for (let j = s.tokenStart; j < k; j++) {
    const t = doc.tokens[j]!;
    if (t.type === 'word' && t.text.length >= 4 && /^\p{Ll}+$/u.test(t.text)) return true;
  }
  return false;
}

/** Capital letters that open a company's, hospital's or school's proper name ("PT Kaltim Prima", "RSUD Kutai Timur"). */
const NAME_OPENING_LETTERS = new Set(['PT', 'CV', 'UD', 'TBK', 'RS', 'RSU', 'RSUD', 'RSUP', 'SD', 'SDN', 'SMP', 'SMPN', 'SMA', 'SMAN', 'SMK', 'SMKN', 'MTS', 'MAN', 'UIN', 'IAIN', 'STIE', 'PTPN', 'BPR', 'KSP']);

/** Capitalised name words on the left, or (for single words) on the right, make the hit part of a name. */
function partOfName(doc: AnalysedDocument, h: WordHit, strongAt: Set<number>): boolean {
  const prev = spacedBefore(doc, h);
  if (prev && NAME_PREFIXES.has(prev.lower.replace(/\.$/, '')) && isCapitalised(prev.text)) return true;
  if (prev?.text === '.' && doc.tokens[prev.i - 1] && NAME_PREFIXES.has(doc.tokens[prev.i - 1]!.lower)) return true;
  const cls = h.value.class;
  // In a title-case headline ("Indonesia Beats Jepang") capitals say nothing. A sentence that ends
  // with a full stop and has a lower-case word of its own is prose full of names ("floods hit Cawang,
  // Cililitan, Kampung Melayu and Bidara Cina."), not a headline.
  const inHeadline = titleCase(doc, doc.tokens[h.tokenStart]!.sentence) && !proseSentence(doc, doc.tokens[h.tokenStart]!.sentence);
  if (cls === 'country') {
    // "Bidara Cina" (a Jakarta neighbourhood) is a name; "Foreign Minister Jepang" is a title before the country.
    return !inHeadline && single(h) && prev !== undefined && nameWord(doc, prev) && !strongAt.has(prev.i) && !isAllCaps(prev.text) &&
      !sentenceInitial(doc, prev.i) && !ROLE_WORDS.has(prev.lower) && (prev.pos === 'PROPN' || !isEnglishWord(prev.lower));
  }
  // In a title-case headline ("Quake Rocks Sulawesi Barat") every word is capitalised: only the
  // prefixes above make a name there, for a multi-word place or an unambiguous one.
  if (inHeadline && (cls === 'place' || cls === 'day' || cls === 'month') && (h.tokenEnd - h.tokenStart > 1 || !h.value.englishHomograph)) return false;
  // "BPBD Kalimantan Timur", "KPU Jawa Barat": a body's acronym before a province or regency is the
  // Indonesian order of "the East Kalimantan BPBD", not a longer proper name (a company's or
  // hospital's letters, PT or RSUD, do open one).
  const bodyBefore = cls === 'place' && prev !== undefined && isAllCaps(prev.text) && prev.text.length >= 3 && !NAME_OPENING_LETTERS.has(prev.text);
  if (prev && nameWord(doc, prev) && !strongAt.has(prev.i) && !bodyBefore) return true;
  if (h.tokenEnd - h.tokenStart === 1 && cls !== 'title') {
    const next = spacedAfter(doc, h);
    if (next && nameWord(doc, next) && !strongAt.has(next.i) && !isAllCaps(next.text)) return true;
  }
  return false;
}

/**
 * A clipped rank or office ("Kombes", "Kapolda", "Danjen") right before a name or before "Pol"/"TNI"
 * and a name: a title, even after another capitalised word ("Central Java Kapolda Irjen Ahmad",
 * "Kapolres Bogor Kombes Pol Rio"). Clipped forms are not dictionary words, so they are never part of
 * an ordinary Indonesian proper name the way "Jenderal" is in "Jalan Jenderal Sudirman".
 */
function rankBeforeName(doc: AnalysedDocument, h: WordHit): boolean {
  const e = h.value;
  if (e.class !== 'title' || e.englishHomograph || h.tokenEnd - h.tokenStart !== 1) return false;
  const lower = h.text.toLowerCase();
  if (HONORIFICS.has(lower) || indonesianRoots().has(lower)) return false;
  const prev = spacedBefore(doc, h);
  if (prev && NAME_PREFIXES.has(prev.lower.replace(/\.$/, ''))) return false;
  if (forceAfterRank(doc, h.tokenEnd)) return true;
  const next = spacedAfter(doc, h);
  return next !== undefined && nameWord(doc, next) && !isAllCaps(next.text);
}

/** Ordinals before "dan" as a martial-arts grade. */
const DAN_GRADE = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

/** Words after "dan" as a martial-arts grade ("a fifth dan black belt", "dan grading"). */
const DAN_GRADE_AFTER = new Set(['black', 'belt', 'belts', 'grade', 'grades', 'grading', 'rank', 'ranks', 'ranking', 'level', 'holder', 'holders', 'master', 'masters']);

/** "Boediono dan discussed": a lower-case "dan" between a capitalised word and a lower-case one. */
function danAfterName(prev: Token | undefined, next: Token | undefined): boolean {
  if (!prev || prev.type !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(prev.text) || DAN_GRADE.test(prev.lower)) return false;
  return lowerWord(next) && !DAN_GRADE_AFTER.has(next!.lower);
}

function lowerWord(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && LOWER_LETTERS.test(t.text);
}

/** What to do with one hit on its own: flag, flag only inside a run, info, or nothing. */
function single(h: WordHit): boolean {
  return h.tokenEnd - h.tokenStart === 1;
}

function judge(doc: AnalysedDocument, h: WordHit, strongAt: Set<number>): Verdict {
  const e = h.value;
  const first = doc.tokens[h.tokenStart]!;
  const cap = isCapitalised(h.text);
  const initial = sentenceInitial(doc, h.tokenStart);
  const single = h.tokenEnd - h.tokenStart === 1;
  // Indonesia's English-language press keeps these; a few ("Idul Fitri", "Lebaran") international
  // English writes in English ("Eid al-Fitr"): a hint for an editor writing for readers abroad.
  if (e.acceptedInEnglish) return e.hintWhenAccepted ? { kind: 'info', why: 'accepted' } : { kind: 'silent' };
  // Short all-caps tokens are acronyms (DI Yogyakarta, DAN, ADA), not words.
  if (single && isAllCaps(h.text) && h.text.length <= 4) return { kind: 'silent' };
  if (first.type !== 'word') return { kind: 'silent' };
  if (inCompound(doc, h) && !COMPOUND_CLASSES.has(e.class)) return { kind: 'silent' };
  // "#korban_pinjaman", "@pinjaman_id": part of a hashtag, handle or identifier, quoted as it is written.
  if (inIdentifier(doc, h)) return { kind: 'silent' };
  if (cap && e.class === 'adjective' && DIRECTIONS.has(h.text.toLowerCase())) {
    const place = directionPlace(doc, h, strongAt);
    if (place) return { kind: 'direction', place };
  }
  if (cap && rankBeforeName(doc, h)) return { kind: 'fire', confidence: 0.85 };
  if (cap && partOfName(doc, h, strongAt)) return { kind: 'silent' };
  // "Jalan Raya Fatmawati", "Pasar Induk Kramat Jati": a term that opens with a name prefix and runs
  // into a capitalised name is the start of that street's or place's name.
  if (cap && !single && NAME_PREFIXES.has(first.lower)) {
    const after = spacedAfter(doc, h);
    if (after && nameWord(doc, after) && !isAllCaps(after.text)) return { kind: 'silent' };
  }
  // A glossed or quoted term is info; a quoted homograph ("air", "ya") is just English. So is a later
  // use of a religious or cultural term the article glossed earlier ("sells takjil (food for breaking
  // the fast). Takjil usually …"): the reader has been told what it means.
  if (glossed(doc, h)) {
    rememberGloss(doc, h);
    return e.englishHomograph ? { kind: 'silent' } : { kind: 'info', why: 'glossed' };
  }
  // Only for religious and cultural terms, which have no English name to go back to: a title or a
  // programme glossed once ("Kapolri", "Bansos") still wants its English name at each use.
  if (e.class === 'religion-culture' && glossedEarlier(doc, h)) return e.englishHomograph ? { kind: 'silent' } : { kind: 'info', why: 'glossed' };
  // A short quotation all in Indonesian ("Terima kasih, Garuda") is quoted on purpose.
  if (shortIndonesianQuote(doc, h)) return { kind: 'info', why: 'glossed' };

  const prev = spacedBefore(doc, h);
  const next = spacedAfter(doc, h);

  if (e.class === 'title') {
    const beforeName = next !== undefined && nameWord(doc, next);
    // "Jenderal Sudirman street", "Jalan Jenderal Sudirman": a title inside a street's name is part of
    // the name, which English news keeps as it is.
    if (beforeName && cap && streetNameTitle(doc, h, next)) return { kind: 'silent' };
    if (HONORIFICS.has(h.text.toLowerCase()) || e.englishHomograph) {
      return beforeName && cap ? { kind: 'info', why: 'honorific' } : { kind: 'silent' };
    }
    return cap || !single ? { kind: 'fire', confidence: beforeName ? 0.85 : 0.75 } : { kind: 'silent' };
  }

  if (e.class === 'status' && single) {
    const s = doc.sentences[first.sentence]!;
    for (let k = Math.max(s.tokenStart, h.tokenStart - 5); k < Math.min(s.tokenEnd, h.tokenEnd + 5); k++) {
      if (!STATUS_CONTEXT.has(doc.tokens[k]!.lower)) continue;
      // "the highest level, Awas," names the Indonesian level in apposition: a gloss, not an error.
      const before = tokenBefore(doc, h);
      if (before && (before.text === ',' || before.text === ':')) return { kind: 'info', why: 'glossed' };
      // "remained at Siaga, the second-highest level": the apposition after it explains the level.
      const after = tokenAfter(doc, h);
      if (after?.text === ',') {
        for (let j = after.i + 1; j < Math.min(s.tokenEnd, after.i + 6); j++) {
          if (['level', 'alert', 'status'].includes(doc.tokens[j]!.lower)) return { kind: 'info', why: 'glossed' };
        }
      }
      return { kind: 'fire', confidence: 0.8 };
    }
    return { kind: 'silent' };
  }

  // "kota-kota", "korban-korban": reduplication is Indonesian grammar, whatever the word means in English.
  if (!cap && reduplicated(doc, h)) return { kind: 'fire', confidence: 0.8 };

  // A lower-case "dan" between two lower-case words ("ministers dan heads") is the Indonesian "and":
  // English has "dan" only as a martial-arts grade after an ordinal ("a third dan black belt").
  // After an article it is a noun of another language ("a dan tat", the Cantonese egg tart), never the
  // conjunction.
  if (h.text === 'dan' && lowerWord(prev) && lowerWord(next) && !DAN_GRADE.test(prev!.lower) && !/^(?:a|an|the)$/.test(prev!.lower)) return { kind: 'fire', confidence: 0.8 };
  // After a name and before a lower-case verb or noun ("met Boediono dan discussed", "Bekasi dan
  // surroundings") it is the same "and": the grade follows an ordinal and precedes "black belt" or "grade".
  if (h.text === 'dan' && danAfterName(prev, next)) return { kind: 'fire', confidence: 0.75 };

  if (e.englishHomograph) {
    // "4. Juli 1942" is a German date, not an Indonesian one.
    const dot = doc.tokens[h.tokenStart - 1];
    const germanDate = dot?.text === '.' && !dot.spaceBefore && isNumber(doc.tokens[dot.i - 1]);
    if (e.class === 'month' && germanDate) return { kind: 'silent' };
    if (e.class === 'month' && (dateNumber(prev) || dateNumber(next))) return { kind: 'fire', confidence: 0.85 };
    // "in Juli", "since Juni", "early Mei": a month after a time preposition (not "in Mei Lin's", "since Juli said").
    if (e.class === 'month' && prev) {
      const after = tokenAfter(doc, h);
      const nameNext = after !== undefined && after.spaceBefore && nameWord(doc, after);
      const verbNext = after !== undefined && after.spaceBefore && (after.pos === 'VERB' || after.pos === 'AUX');
      const possessive = after !== undefined && !after.spaceBefore && /^['\u2019]s$/.test(after.text);
      const person = nameNext || verbNext || possessive;
      if (!person && MONTH_PREPOSITIONS.has(prev.lower)) return { kind: 'fire', confidence: 0.75 };
      // "the end of Juli", "the first half of Juni"
      const beforeOf = prev.lower === 'of' ? doc.tokens[prev.i - 1] : undefined;
      if (!person && beforeOf && beforeOf.sentence === prev.sentence && PERIOD_NOUNS.has(beforeOf.lower)) return { kind: 'fire', confidence: 0.75 };
      // "on Mei", "to Juni", "Juni and Juli": a month where the text has other Indonesian dates.
      if (!person && (prev.pos === 'ADP' || prev.lower === 'and' || prev.lower === 'or')) return { kind: 'date' };
    }
    if ((e.class === 'unit' || e.class === 'time') && NUMERAL_UNITS.has(h.text.toLowerCase()) && isNumber(prev)) return { kind: 'fire', confidence: 0.8 };
    if (cap && !initial) {
      // Capitalised mid-sentence, a homograph is a name (Dan, Mei, Hakim), except country and place
      // homographs (Italia, Turki, Jawa), which count in a run or when the text has other untranslated places.
      return e.class === 'country' || e.class === 'place' ? { kind: 'join' } : { kind: 'silent' };
    }
    return { kind: 'join' };
  }

  if (e.class === 'number' && isNumber(prev)) return { kind: 'fire', confidence: 0.9 };
  // "Ribuan residents fled", "Puluhan houses were damaged": a number word opening a sentence before a plural noun.
  if (e.class === 'number' && initial && next && next.type === 'word' && /^\p{Ll}+s$/u.test(next.text)) return { kind: 'fire', confidence: 0.8 };
  if (cap && single && !PROPER_CLASSES.has(e.class)) {
    // A capitalised common word mid-sentence is a name (Baru, Utama, Jiwa, Samudra); so may a sentence-initial
    // noun be ("Samudra said"): alone it needs a run of Indonesian; function words (Namun, Menurut) fire alone.
    // "carried out through the Kelurahan.", "reported to the Posko": a determiner before it and no
    // name word after it make it the common noun, capitalised as Indonesian capitalises offices.
    if (!initial) return commonNounAfterDeterminer(doc, h, prev, next) || commonNounBeforeNoun(doc, h) ? { kind: 'fire', confidence: 0.7 } : { kind: 'silent' };
    if (next && nameWord(doc, next) && !strongAt.has(next.i)) return { kind: 'silent' };
    if (e.class !== 'function') return { kind: 'join' };
  }
  return { kind: 'fire', confidence: single ? 0.8 : 0.85 };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'each', 'every', 'local', 'nearest']);

/**
 * A capitalised lexicon noun (not an English homograph, one word, five letters or more) right after a
 * determiner and before no capitalised word or hyphen: "the Kelurahan", "a Puskesmas". A name would go
 * on ("the Kelurahan Setu office") or be a known name; a common noun ends there.
 */
function commonNounAfterDeterminer(doc: AnalysedDocument, h: WordHit, prev: Token | undefined, next: Token | undefined): boolean {
  const e = h.value;
  if (e.class !== 'noun' || e.englishHomograph || h.text.length < 5) return false;
  if (!prev || !DETERMINERS.has(prev.lower)) return false;
  const after = tokenAfter(doc, h);
  if (after && (/^[-\u2010\u2011(]$/.test(after.text) || (after.type === 'word' && /^\p{Lu}/u.test(after.text)))) return false;
  if (next && nameWord(doc, next)) return false;
  return indonesiaCued(doc.text);
}

/**
 * A capitalised lexicon noun (as above) used as a modifier before a lower-case common noun:
 * "Village and Kelurahan funds", "the Puskesmas staff". A name word is followed by more of the name
 * ("Kelurahan Menteng"), never by a lower-case noun, so the capital is the Indonesian habit of
 * capitalising offices and units, and the word is left untranslated.
 */
function commonNounBeforeNoun(doc: AnalysedDocument, h: WordHit): boolean {
  const e = h.value;
  if (e.class !== 'noun' || e.englishHomograph || h.text.length < 5) return false;
  const after = tokenAfter(doc, h);
  if (!after || after.type !== 'word' || !after.spaceBefore || after.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(after.text)) return false;
  // "Batubara regency", "Sawahlunto city": a place's name before the kind of place it is.
  if (PLACE_KIND_NOUNS.has(after.lower)) return false;
  return indonesiaCued(doc.text);
}

const PLACE_KIND_NOUNS = new Set(['regency', 'regent', 'district', 'subdistrict', 'sub-district', 'city', 'town', 'province', 'provincial', 'village', 'villages', 'island', 'islands', 'river', 'lake', 'mountain', 'mount', 'street', 'road', 'market', 'beach', 'bay', 'strait', 'port', 'harbour', 'harbor', 'airport', 'station', 'terminal', 'area', 'region', 'residents', 'people', 'municipality', 'mayor', 'governor', 'administration', 'police', 'office', 'hamlet', 'ward', 'coast', 'forest', 'park', 'dam', 'bridge']);

/** Particles that continue a personal name ("Turki al-Faisal", "Roma bin Said"). */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'binti', 'ibn', 'bint', 'de', 'van', 'von', 'da']);

/**
 * Country and place homographs that are English words or names in their own right (Swiss, a Filipina,
 * the Roma, Athena, the 1943 Teheran Conference, the Afrika Korps): never flagged on document evidence.
 */
const ENGLISH_PLACE_WORDS = new Set(['swiss', 'filipina', 'roma', 'athena', 'teheran', 'afrika']);

/** A capitalised country or place homograph (Italia, Turki, Jawa) outside any proper name. */
function homographPlace(doc: AnalysedDocument, h: WordHit): boolean {
  const e = h.value;
  if (e.class !== 'country' && e.class !== 'place') return false;
  if (!isCapitalised(h.text)) return false;
  const prev = spacedBefore(doc, h);
  const next = spacedAfter(doc, h);
  if (ENGLISH_PLACE_WORDS.has(h.text.toLowerCase())) {
    // "vessels from Filipina and China" is the country; "a Filipina nurse", "in Swiss francs" are English.
    if (!PREPOSITION_PLACES.has(h.text.toLowerCase()) || !prev || !PLACE_PREPOSITIONS.has(prev.lower)) return false;
    const after = tokenAfter(doc, h);
    if (after && after.type === 'word' && after.spaceBefore && !['and', 'or', 'on', 'in', 'at', 'last', 'this', 'next'].includes(after.lower)) return false;
    return true;
  }
  // "Radio Italia", "Kuba Blaszczykowski", "Hotel Ukraina": part of a name.
  if (prev && nameWord(doc, prev)) return false;
  if (next && (nameWord(doc, next) || NAME_PARTICLES.has(next.lower))) return false;
  return true;
}

/**
 * The place name before a compass word ("Lombok" in "Lombok Timur"): a capitalised word that is not a
 * name prefix (Tanjung Barat, Kota Barat), not an acronym, not itself an Indonesian word of the lexicon,
 * and not the end of a longer name ("Universitas Lombok Timur").
 */
function directionPlace(doc: AnalysedDocument, h: WordHit, strongAt: Set<number>): Token | undefined {
  const place = spacedBefore(doc, h);
  if (!place || place.type !== 'word' || !/^\p{Lu}\p{Ll}{2,}$/u.test(place.text)) return undefined;
  if (strongAt.has(place.i) || NAME_PREFIXES.has(place.lower) || DIRECTION_KEEPERS.has(place.lower)) return undefined;
  if (sentenceInitial(doc, place.i) && place.pos !== 'PROPN') return undefined;
  const before = doc.tokens[place.i - 1];
  if (before && before.sentence === place.sentence && place.spaceBefore && before.type === 'word' && isCapitalised(before.text) && !sentenceInitial(doc, before.i)) return undefined;
  // "Lombok Timur Regency" is still the Indonesian order; "Timur Kuran" (a name) is not a place.
  const after = spacedAfter(doc, h);
  if (after && after.type === 'word' && isCapitalised(after.text) && !/^(?:Regency|District|Province|City)$/.test(after.text)) return undefined;
  return place;
}

function directionFinding(doc: AnalysedDocument, h: WordHit, place: Token): FindingDraft {
  const dir = capitaliseFirst(englishOf(h.value)[0] ?? h.text);
  const text = doc.text.slice(place.start, h.end);
  const fix = `${dir} ${place.text}`;
  return {
    start: place.start,
    end: h.end,
    message: `"${text}" keeps the Indonesian word order and compass word (${h.text} = ${dir.toLowerCase()}); in English: ${fix}.`,
    suggestions: [fix],
    confidence: 0.6,
    note: 'Indonesian puts the compass word after the place name (Lombok Timur, Aceh Utara); English puts it first (East Lombok, North Aceh).',
  };
}

/** A reduplicated plural ("negara-negara") or a time or unit word after a number above one ("14 hari"). */
/**
 * Classes whose reduplication is a plural (a function word's too: "lain-lain" → others). A doubled verb
 * or adjective is no plural ("kata-kata" is not "saids"), and an entry that lists the doubled form
 * itself ("masing-masing" → each, "sama-sama" → together) already gives its English: pluralising
 * those wrote "eaches", "sames", "saids".
 */
const PLURAL_BY_REDUPLICATION: ReadonlySet<WordClass> = new Set<WordClass>(['noun', 'unit', 'time', 'country', 'place', 'demonym', 'institution', 'title', 'religion-culture', 'other', 'function']);

function needsPlural(doc: AnalysedDocument, h: WordHit): boolean {
  if (reduplicated(doc, h)) return PLURAL_BY_REDUPLICATION.has(h.value.class) && !h.value.term.includes('-');
  if (h.value.class !== 'time' && h.value.class !== 'unit' && h.value.class !== 'noun') return false;
  const prev = spacedBefore(doc, h);
  return prev !== undefined && isNumber(prev) && numberValue(prev) !== 1;
}

/** "country" → "countries", "victim" → "victims". */
const IRREGULAR_PLURALS: Record<string, string> = { person: 'people', man: 'men', woman: 'women', child: 'children' };

function pluralise(s: string): string {
  if (s === 'people' || s === 'men' || s === 'women' || s === 'children') return s;
  if (IRREGULAR_PLURALS[s]) return IRREGULAR_PLURALS[s]!;
  if (/[()]/.test(s) || /s$/.test(s)) return s;
  // "US dollar" → "US dollars": the head of an English compound is its last word.
  const sp = s.lastIndexOf(' ');
  if (sp >= 0) return /^\p{Ll}+$/u.test(s.slice(sp + 1)) ? `${s.slice(0, sp + 1)}${pluralize.plural(s.slice(sp + 1))}` : s;
  if (/[^aeiou]y$/.test(s)) return `${s.slice(0, -1)}ies`;
  if (/(?:x|ch|sh)$/.test(s)) return `${s}es`;
  return `${s}s`;
}

function capitaliseFirst(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function classLabel(c: WordClass): string {
  switch (c) {
    case 'country': return 'country name';
    case 'place': return 'place name';
    case 'month': return 'month';
    case 'day': return 'day of the week';
    case 'number': return 'number word';
    case 'function': return 'function word';
    case 'title': return 'title';
    case 'status': return 'alert status';
    case 'institution': return 'institution name';
    case 'demonym': return 'name of a people';
    case 'religion-culture': return 'religious or cultural term';
    default: return c;
  }
}

const FIXABLE_CLASSES = new Set<WordClass>(['country', 'place', 'month', 'day', 'number']);

/**
 * The honorifics that mean Mr and Mrs. Others are part of how a person is known (Cak Imin, Gus Dur,
 * Habib Rizieq) and English news keeps them as it keeps the nickname.
 */
const PLAIN_HONORIFICS = new Set(['Pak', 'Bu', 'Bapak', 'Ibu']);

/** "Pak Se-ri": a Korean given name after the letters, so "Pak" is a surname, not the honorific. */
function hyphenatedNameAfter(doc: AnalysedDocument, h: WordHit): boolean {
  const next = doc.tokens[h.tokenEnd];
  const after = doc.tokens[h.tokenEnd + 1];
  return next !== undefined && after !== undefined && !after.spaceBefore && /^[-\u2010\u2011]$/.test(after.text);
}

export const untranslatedWord: Rule = {
  meta: {
    id: 'untranslated-word',
    category: 'accuracy/untranslated',
    severity: 'major',
    // Inside a passage left in Indonesian, the untranslated-sentence finding already reports every
    // word; a finding reaching past the passage's edge is kept (part of it is outside that report).
    yieldsWithin: ['untranslated-sentence'],
    description: 'Indonesian words left untranslated in English text (country names, months, days, number words, function words, ranks), and any word that is not English and has Indonesian form.',
    examples: {
      invalid: [
        {
          text: 'The festival in Jakarta was opened by the tourism minister, Pak Sandiaga Uno, on Sunday.',
          flags: ['Pak'],
        },
        {
          text: 'Officials from Jepang and Korea Selatan met in Hanoi on Tuesday.',
          flags: ['Jepang', 'Korea Selatan'],
          suggestion: 'Japan',
        },
        {
          text: 'The regional budget reached Rp 7 triliun this year, the governor said.',
          flags: ['triliun'],
          suggestion: 'trillion',
        },
        {
          text: 'The ferry capsized off Flores on 14 Agustus 2022, and rescuers searched until Sabtu.',
          flags: ['Agustus', 'Sabtu'],
          suggestion: 'August',
        },
        {
          text: 'Trade between Meksiko dan Kanada grew by a third.',
          flags: ['Meksiko dan Kanada'],
          suggestion: 'Mexico and Canada',
        },
        {
          text: 'The talks collapsed on 3 Juli 2021 after the Spanyol-Maroko border incident.',
          flags: ['Juli', 'Spanyol', 'Maroko'],
        },
        {
          text: 'Ministers of negara-negara Afrika met in Addis Ababa for 3 hari.',
          flags: ['negara-negara Afrika', 'hari'],
          suggestion: 'countries Africa',
        },
        {
          text: 'Floods in Lombok Timur killed 4 orang on Senin.',
          flags: ['Lombok Timur', 'orang', 'Senin'],
          suggestion: 'East Lombok',
        },
        {
          text: 'Brigjen Pol Andi Rian said officers in Medan had dipanggil two witnesses.',
          flags: ['Brigjen Pol', 'dipanggil'],
          suggestion: 'Brigadier General',
        },
        {
          text: 'Police in Medan said the gang members ran kocar-kacir when officers raided the house.',
          flags: ['kocar-kacir'],
        },
        {
          text: 'Villagers in Bekasi said the thieves fled kocar kacir into the rice fields.',
          flags: ['kocar kacir'],
        },
        {
          text: 'In Jakarta the governor received Minister Sudarto dan discussed the flood budget.',
          flags: ['dan'],
        },
        {
          text: 'Ash fell on villages in Central Java after Gunung Merapi erupted again on Friday.',
          flags: ['Gunung Merapi'],
          suggestion: 'Mount Merapi',
        },
        {
          text: 'Hundreds of homes in Jakarta were flooded when Sungai Pesanggrahan overflowed its banks.',
          flags: ['Sungai Pesanggrahan'],
          suggestion: 'Pesanggrahan River',
        },
        {
          text: 'Flood victims in Central Java queued for rice at the Balai Kota Pekalongan on Sunday.',
          flags: ['Balai Kota Pekalongan'],
          suggestion: 'Pekalongan City Hall',
        },
        {
          // Capitalised in a name elsewhere ("Jorong Koto Baru"), but the common noun here.
          text: 'Officials from the jorong to the district met in West Sumatra, Indonesia, and Jorong Koto Baru sent two delegates.',
          flags: ['jorong'],
        },
        {
          text: 'Farmers in Sumatra were visited by the head of Provinsi Jambi Agus Salim on Monday.',
          flags: ['Provinsi Jambi'],
          suggestion: 'Jambi province',
        },
        {
          text: 'Residents of Bekasi said the new rules had been explained to them by the Kelurahan.',
          flags: ['Kelurahan'],
          suggestion: 'urban village',
        },
      ],
      valid: [
        'The district runs from East Sumba Regency (Kabupaten Sumba Timur) to the coast of Indonesia.',
        'Steam from the Tanjung Balai field near Jakarta now drives two turbines.',
        'The Ministry of Trade (Kemendag) in Jakarta will audit the importers.',
        'In Toraja the roofs are thatched with nipah fronds.',
        'Water stood 40 cm deep on Jalan Raya Bogor, and the floods reached Cawang, Cililitan and Bidara Cina in Jakarta.',
        'A Jakarta judoka earned her Fifth dan black belt in Tokyo last year.',
        'Police in Bali seized 2 kilograms of crystal methamphetamine, locally known as sabu, from the courier.',
        'The golfer Pak Se-ri toured a new course near Jakarta on Monday.',
        'Dan Brown signed copies of his novel while Juli Inkster watched from the stands.',
        'AS Roma beat Lazio 2-0, and Mei Lin scored twice for the visitors in Kota Kinabalu.',
        'Residents of Kampung Melayu and Pasar Minggu fled to higher ground in Bekasi.',
        'The sultan returned to Bandar Seri Begawan after the summit at Tanjung Priok.',
        'Bank Indonesia and Garuda Indonesia moved their offices to Jalan Jenderal Sudirman.',
        'Thousands of travellers began the annual mudik by ojek and becak, police said.',
        'Air quality in the city worsened as many drivers ignored the odd-even policy.',
        'Residents of Bidara Cina and Kampung Pulo fled as the Ciliwung overflowed.',
        'Ash fell on Sungai Pua and Canduang sub-districts in West Sumatra after the eruption.',
        'Police in Jambi said the suspect was arrested in Sungai Penuh after the flood.',
        'Tourists in Penang crossed to Pulau Ubin by boat from the Changi jetty.',
        'A Filipina nurse and a Swiss banker were honoured in Hong Kong in Juni Tan\'s presence.',
        'Visitors to Bali bought batik and ate satay at a warung near Kebagusan, Jakarta.',
        'Students in Bandung, Indonesia, toured Gedung Sate and the Pasar Baru shops on Saturday.',
        'Pol Pot\'s regime fell in 1979, a Jakarta historian said of the hanbok exhibition in Seoul.',
      ],
    },
  },
  run(doc) {
    const hits = wordHits(doc);
    if (hits.length === 0) {
      // No lexicon word: only the class nouns inside names ("Serbaguna Hall", "Pos Karet") and the general reading.
      const names = classNounFindings(doc, new LazyClaims(doc, []), NAME_PREFIXES, indonesiaCued(doc.text));
      return names.length === 0 ? generalFindings(doc, false, []) : [...names, ...generalFindings(doc, false, names)];
    }
    // Tokens covered by non-homograph, non-accepted entries: such words are not name material.
    const strongAt = new Set<number>();
    for (const h of hits) {
      if (h.value.englishHomograph || h.value.acceptedInEnglish) continue;
      for (let k = h.tokenStart; k < h.tokenEnd; k++) strongAt.add(k);
    }
    const verdicts = hits.map((h) => (inIndonesianClause(doc, h.start, h.end) ? ({ kind: 'silent' } as Verdict) : judge(doc, h, strongAt)));

    // Country and place homographs (capitalised) fire when another country or place fired in the document.
    const placeFired = hits.some((h, k) => verdicts[k]!.kind === 'fire' && (h.value.class === 'country' || h.value.class === 'place'));

    const anyFired = verdicts.some((v) => v.kind === 'fire');
    // An Indonesian institution name glossed in brackets ("(Badan Penanggulangan Bencana Daerah/BPBD)")
    // shows the text is translated from Indonesian as well as an untranslated one does.
    const bracketGlossed = hits.some((h, k) => verdicts[k]!.kind === 'info' && h.tokenEnd - h.tokenStart >= 2 && ['(', '['].includes(doc.tokens[h.tokenStart - 1]?.text ?? ''));
    // Months and days that fired: other Indonesian dates in the text make a weaker month ("on Mei") count.
    const dateFired = hits.some((h, k) => verdicts[k]!.kind === 'fire' && (h.value.class === 'month' || h.value.class === 'day'));
    const out: FindingDraft[] = [];
    let k = 0;
    while (k < hits.length) {
      const v = verdicts[k]!;
      if (v.kind === 'silent') {
        k++;
        continue;
      }
      if (v.kind === 'date') {
        if (dateFired) out.push(finding(doc, [hits[k]!], 0.65));
        k++;
        continue;
      }
      if (v.kind === 'direction') {
        if (placeFired || anyFired || bracketGlossed) out.push(directionFinding(doc, hits[k]!, v.place));
        k++;
        continue;
      }
      if (v.kind === 'info') {
        // An honorific is worth a hint only in a text that has other untranslated Indonesian ("Pak" is also a Korean surname).
        // In an article about Indonesia, "Pak Sandiaga Uno" is the Indonesian honorific, whatever else is left.
        if (v.why !== 'honorific' || anyFired || (PLAIN_HONORIFICS.has(hits[k]!.text) && indonesiaCued(doc.text) && !hyphenatedNameAfter(doc, hits[k]!))) out.push(infoFinding(hits[k]!, v.why));
        k++;
        continue;
      }
      // Collect the run of adjacent fire/join hits.
      let j = k + 1;
      while (j < hits.length) {
        const vj = verdicts[j]!;
        if (vj.kind !== 'fire' && vj.kind !== 'join') break;
        const a = hits[j - 1]!;
        const b = hits[j]!;
        const bt = doc.tokens[b.tokenStart]!;
        if (b.tokenStart !== a.tokenEnd || !bt.spaceBefore || bt.sentence !== doc.tokens[a.tokenStart]!.sentence) break;
        j++;
      }
      let run = hits.slice(k, j);
      let rv = verdicts.slice(k, j);
      // English-looking homographs at the edges of a run are English.
      let a = 0;
      let b = run.length;
      const edgeEnglish = (n: number): boolean => rv[n]!.kind === 'join' && ENGLISH_WORDS.has(run[n]!.text.toLowerCase());
      while (a < b && edgeEnglish(a)) a++;
      while (b > a && edgeEnglish(b - 1)) b--;
      run = run.slice(a, b);
      rv = rv.slice(a, b);
      const fired = rv.filter((x) => x.kind === 'fire').length;
      const joins = run.filter((h, n) => rv[n]!.kind === 'join');
      let members: WordHit[] = [];
      let confidence = 0.6;
      if (fired > 0 && run.length >= 2) {
        members = run;
        confidence = 0.9;
      } else if (fired === 1) {
        members = run;
        const v0 = rv[0]!;
        confidence = v0.kind === 'fire' ? v0.confidence : 0.8;
      } else if (joins.length >= 3 && joins.every((h) => !isCapitalised(h.text) || sentenceInitial(doc, h.tokenStart))) {
        members = run;
        confidence = 0.7;
      } else if (placeFired && run.length === 1 && homographPlace(doc, run[0]!)) {
        members = run;
        confidence = 0.65;
      }
      if (members.length > 0) {
        const f = finding(doc, members, confidence);
        out.push(bracketedNameGloss(doc, members) ? { ...f, severity: 'info', confidence: 0.4, message: `${f.message} Here it spells out, in brackets, the Indonesian name beside its English name or acronym: a gloss, not a translation left undone.` } : f);
      }
      k = j;
    }
    for (const f of adminUnitFindings(doc, out)) out.push(f);
    for (const f of generalFindings(doc, anyFired, out)) out.push(f);
    return out;
  },
};

/**
 * "(Badan Penanggulangan Bencana Daerah or BPBD)", "[Badan Nasional Penanggulangan Bencana or
 * National Agency …]": a bracket that opens on the Indonesian name and goes on with "or" and its
 * acronym or English name. The writer gives the Indonesian name on purpose, beside the English one.
 */
function bracketedNameGloss(doc: AnalysedDocument, members: readonly WordHit[]): boolean {
  // A name of two words or more: a single word in brackets before "or" is an ordinary term.
  if (members[members.length - 1]!.tokenEnd - members[0]!.tokenStart < 2) return false;
  const before = tokenBefore(doc, members[0]!);
  const after = tokenAfter(doc, members[members.length - 1]!);
  if (!(before?.text === '(' || before?.text === '[')) return false;
  if (after?.lower === 'or') return true;
  // "the National Electricity Company (Perusahaan Listrik Negara – PLN)": the bracket right after a
  // capitalised English name holds the Indonesian name alone, or with a dash or comma and the acronym.
  const named = doc.tokens[before.i - 1];
  if (!named || named.type !== 'word' || !/^\p{Lu}/u.test(named.text) || named.sentence !== before.sentence) return false;
  if (after?.text === ')' || after?.text === ']') return true;
  const acronym = after ? doc.tokens[after.i + 1] : undefined;
  return (after?.text === '–' || after?.text === '—' || after?.text === '-' || after?.text === ',') && acronym !== undefined && /^\p{Lu}{2,}$/u.test(acronym.text);
}

/**
 * Indonesian administrative units written before a name ("Kabupaten Bandung", "Kecamatan
 * Cilandak", "Desa Hokeng Jaya"): English news names the unit after the place, in English
 * ("Bandung Regency", "Cilandak district"). The name itself is kept; only the order and the unit
 * word are Indonesian. "Kota" is left alone: it begins real city names (Kota Kinabalu, Kota Bharu).
 */
// A Map, not an object: it is looked up once per token, and a Map lookup by a token's (fresh,
// uninternalised) string is about twice as fast; nor does it answer "constructor" from the prototype.
const ADMIN_UNITS = new Map<string, string>([
  ['kabupaten', 'Regency'],
  ['kecamatan', 'district'],
  ['kelurahan', 'subdistrict'],
  ['provinsi', 'province'],
  ['desa', 'village'],
]);

/**
 * The spans the earlier findings already hold, built on the first question only: most documents
 * have no candidate for the unit, geographic and facility checks, which share one instance.
 */
class LazyClaims {
  private ranges: ClaimedRanges | undefined;
  constructor(
    private readonly doc: AnalysedDocument,
    private readonly already: readonly FindingDraft[],
  ) {}
  overlaps(t: Token): boolean {
    if (!this.ranges) {
      this.ranges = new ClaimedRanges(this.doc.text.length);
      for (const f of this.already) this.ranges.add(f);
    }
    return this.ranges.overlaps(t);
  }
}

function adminUnitFindings(doc: AnalysedDocument, already: readonly FindingDraft[]): FindingDraft[] {
  // Class nouns inside names first ("Kantor Desa Sukamaju" is a village office, not "Desa Sukamaju").
  const out: FindingDraft[] = classNounFindings(doc, new LazyClaims(doc, already), NAME_PREFIXES, indonesiaCued(doc.text) || already.some((f) => f.severity !== 'info'));
  const claimed = new LazyClaims(doc, out.length > 0 ? [...already, ...out] : already);
  for (const t of doc.tokens) {
    const unit = ADMIN_UNITS.get(t.lower);
    if (!unit || !isCapitalised(t.text) || isAllCaps(t.text)) continue;
    if (claimed.overlaps(t)) continue;
    let j = t.i + 1;
    while (j < doc.tokens.length && j - t.i <= 3) {
      const u = doc.tokens[j]!;
      if (u.sentence !== t.sentence || !u.spaceBefore || u.type !== 'word' || !isCapitalised(u.text) || isAllCaps(u.text)) break;
      // A person's name after the place ("Provinsi Jateng Rahmat Dwi Saputra"): the place ends
      // before an Indonesian given name.
      // The given name must open a name of two words or more: "Desa Hokeng Jaya" ends in a place word.
      const v = doc.tokens[j + 1];
      if (j > t.i + 1 && indonesianGivenName(u.text) && v !== undefined && v.sentence === t.sentence && v.spaceBefore && v.type === 'word' && isCapitalised(v.text)) break;
      j++;
    }
    if (j === t.i + 1) continue;
    const last = doc.tokens[j - 1]!;
    // "South Toraja Regency (Kabupaten Toraja Selatan)": the Indonesian name in brackets after the
    // English one, unit word and all, is a gloss the writer gives on purpose.
    if (bracketGlossOfUnit(doc, t, last, unit)) continue;
    const name = doc.text.slice(doc.tokens[t.i + 1]!.start, last.end);
    out.push({
      start: t.start,
      end: last.end,
      message: `"${t.text} ${name}" keeps the Indonesian administrative unit "${t.text}" (${unit}) before the name; English puts the unit after it: "${name} ${unit}".`,
      suggestions: [`${name} ${unit}`],
      confidence: 0.7,
      note: 'Indonesian writes the unit first (kabupaten, kecamatan, desa + name); English news names the place first.',
    });
  }
  for (const f of geographicFindings(doc, claimed)) out.push(f);
  for (const f of facilityHeadFindings(doc, claimed)) out.push(f);
  return out;
}

/** A given name of the hand list with an Indonesian origin ("Rahmat", "Dwi"). */
function indonesianGivenName(word: string): boolean {
  const entry = gazetteer().givenNames.get(normaliseName(word));
  return entry !== undefined && entry.derived !== true && entry.origins.includes('indonesian');
}

/** The unit and name alone in brackets, with the English unit word among the few words before them. */
function bracketGlossOfUnit(doc: AnalysedDocument, t: Token, last: Token, unit: string): boolean {
  const open = doc.tokens[t.i - 1];
  const close = doc.tokens[last.i + 1];
  if (open?.text !== '(' || close?.text !== ')') return false;
  const english = unit.toLowerCase();
  for (let k = open.i - 1; k >= Math.max(0, open.i - 5); k--) {
    const w = doc.tokens[k]!;
    if (w.sentence !== t.sentence) break;
    if (w.lower === english || w.lower === `${english}s` || (english === 'regency' && w.lower === 'district')) return true;
  }
  return false;
}

/**
 * Indonesian facility nouns that head a name ("Musala Al Madin", "Depo BCC", "Pasar Senen"). After
 * the name ("the Al Madin Mushalla", "the BCC Depo") the translation has put the words in English
 * order but kept the Indonesian noun: English news writes "the Al Madin prayer room", "the BCC depot".
 * Before the name the noun opens an Indonesian proper name that English often keeps (Pasar Minggu),
 * so only the order after the name is flagged.
 */
const FACILITY_HEADS = new Map<string, string>([
  ['musala', 'prayer room'], ['mushalla', 'prayer room'], ['musholla', 'prayer room'], ['mushola', 'prayer room'], ['mushala', 'prayer room'],
  ['gereja', 'church'], ['vihara', 'Buddhist temple'], ['klenteng', 'Chinese temple'], ['sekolah', 'school'], ['kantor', 'office'],
  ['balai', 'hall'], ['gedung', 'building'], ['aula', 'hall'], ['lapangan', 'field'], ['pasar', 'market'], ['stasiun', 'station'],
  ['bandara', 'airport'], ['pelabuhan', 'port'], ['puskesmas', 'community health centre'], ['gudang', 'warehouse'],
  ['kampus', 'campus'], ['asrama', 'dormitory'], ['stadion', 'stadium'], ['jembatan', 'bridge'], ['bendungan', 'dam'],
  ['waduk', 'reservoir'], ['tugu', 'monument'], ['makam', 'tomb'], ['pemakaman', 'cemetery'], ['depo', 'depot'],
  ['rusun', 'low-cost flats'], ['rusunawa', 'low-cost rental flats'], ['posko', 'command post'],
]);

function facilityHeadFindings(doc: AnalysedDocument, claimed: LazyClaims): FindingDraft[] {
  const out: FindingDraft[] = [];
  if (!indonesiaCued(doc.text)) return out;
  for (const t of doc.tokens) {
    const english = FACILITY_HEADS.get(t.lower);
    if (!english || !isCapitalised(t.text) || isAllCaps(t.text) || !t.spaceBefore) continue;
    // "Balai" after a word ends place names (Tanjung Balai, Lumut Balai, Teluk Balai): as a facility
    // noun it opens its name (Balai Kota, Balai Desa), so after a name it is the place, not a hall.
    if (t.lower === 'balai') continue;
    const prev = doc.tokens[t.i - 1];
    if (!prev || prev.sentence !== t.sentence || prev.type !== 'word' || !/^\p{Lu}/u.test(prev.text)) continue;
    // The name before it must not open the sentence alone ("Pasar Minggu", "Kantor said").
    if (sentenceInitial(doc, prev.i) && !isAllCaps(prev.text)) continue;
    // Another capitalised word after it continues a longer name ("Merdeka Gedung Sate").
    const next = doc.tokens[t.i + 1];
    if (next && next.sentence === t.sentence && next.spaceBefore && next.type === 'word' && /^\p{Lu}/u.test(next.text)) continue;
    if (next && !next.spaceBefore && /^[-\u2010\u2011]$/.test(next.text)) continue;
    // An Indonesian unit or facility word before the name makes the whole an Indonesian name ("Jalan Pasar").
    let k = prev.i;
    let first = prev;
    while (k >= 0 && doc.tokens[k]!.sentence === t.sentence && doc.tokens[k]!.type === 'word' && /^\p{Lu}/u.test(doc.tokens[k]!.text) && t.i - k <= 4) {
      first = doc.tokens[k]!;
      k--;
    }
    if (NAME_PREFIXES.has(first.lower) || FACILITY_HEADS.has(first.lower)) continue;
    if (claimed.overlaps(t)) continue;
    const name = doc.text.slice(first.start, prev.end);
    out.push({
      start: first.start,
      end: t.end,
      message: `"${name} ${t.text}" keeps the Indonesian noun "${t.text}" (${english}) after the name; in English: "${name} ${english}".`,
      suggestions: [`${name} ${english}`],
      confidence: 0.7,
      note: 'Indonesian puts the facility noun before its name (Musala Al Madin, Depo BCC); the translation moved it after the name, in English order, but left the noun itself untranslated.',
    });
  }
  return out;
}

/**
 * Indonesian geographic words before a name ("Gunung Semeru", "Sungai Ciliwung", "Danau Toba",
 * "Pulau Komodo", "Selat Sunda"): English news writes "Mount Semeru", "the Ciliwung River", "Lake
 * Toba", "Komodo Island", "the Sunda Strait". `before` says whether the English word goes before the
 * name. Only in an article about Indonesia (Malaysian and Singapore English keep Sungai Buloh, Pulau
 * Ubin), never for names that are towns, regencies or districts in their own right (GEO_NAMES_KEPT),
 * only when the name is one or two capitalised words that are not English words, and only with
 * evidence that the name is the mountain, river or island itself: many villages and districts are
 * named "Sungai …", "Pulau …", "Gunung …" (Sungai Pua, Pulau Tidung, Gunung Putri).
 */
const GEO_UNITS = new Map<string, { english: string; before: boolean }>([
  ['gunung', { english: 'Mount', before: true }],
  ['danau', { english: 'Lake', before: true }],
  ['sungai', { english: 'River', before: false }],
  ['pulau', { english: 'Island', before: false }],
  ['kepulauan', { english: 'Islands', before: false }],
  ['selat', { english: 'Strait', before: false }],
]);

/** Verbs that make the name after a unit word the mountain or river itself ("Gunung Ibu erupted", "Sungai Deli overflowed"). */
const GEO_VERBS = new Set(['erupted', 'erupts', 'erupting', 'erupt', 'overflowed', 'overflows', 'overflowing', 'overflow', 'spewed', 'spews', 'burst']);

/** Nouns that take "of" before a mountain ("the slopes of Gunung Merapi", "the summit of Gunung Rinjani"). */
const MOUNTAIN_PARTS = new Set(['slope', 'slopes', 'summit', 'foot', 'peak', 'crater', 'top', 'eruption', 'eruptions', 'flank', 'flanks']);

/** Unit + name pairs that are names of towns, districts, regencies or sites, kept as they are in English. */
const GEO_NAMES_KEPT = new Set([
  'gunung kidul', 'gunung sitoli', 'gunung putri', 'gunung sindur', 'gunung sahari', 'gunung padang', 'gunung mas', 'gunung tua',
  'gunung anyar', 'gunung pati', 'gunung jati', 'gunung batu', 'gunung sari', 'gunung raya', 'gunung meriah', 'gunung halu',
  'sungai penuh', 'sungai liat', 'sungai buloh', 'sungai petani', 'sungai besar', 'sungai lilin', 'sungai raya', 'sungai pinang',
  'sungai kakap', 'sungai ambawang', 'sungai bahar', 'sungai lala', 'sungai tabuk', 'sungai lembu',
  'pulau pinang', 'pulau gadung', 'pulau ubin', 'pulau tekong', 'pulau brani', 'pulau laut', 'pulau taliabu', 'pulau morotai',
  'pulau rote', 'pulau pisang', 'pulau punjung', 'pulau ende', 'pulau hiri', 'pulau ternate', 'pulau tidore',
  'kepulauan seribu', 'kepulauan riau', 'kepulauan aru', 'kepulauan sula', 'kepulauan talaud', 'kepulauan sangihe',
  'kepulauan tanimbar', 'kepulauan meranti', 'kepulauan selayar', 'kepulauan yapen', 'kepulauan mentawai', 'kepulauan anambas',
  'kepulauan bangka belitung', 'kepulauan siau tagulandang biaro', 'kepulauan pangkajene', 'kepulauan natuna',
  'selat panjang',
]);

function geographicFindings(doc: AnalysedDocument, claimed: LazyClaims): FindingDraft[] {
  const out: FindingDraft[] = [];
  if (!indonesiaCued(doc.text)) return out;
  for (const t of doc.tokens) {
    const unit = GEO_UNITS.get(t.lower);
    if (!unit || !isCapitalised(t.text) || isAllCaps(t.text)) continue;
    if (claimed.overlaps(t)) continue;
    const prev = doc.tokens[t.i - 1];
    // "Jalan Gunung Sahari", "Kampung Pulau": the unit word is inside a longer Indonesian name.
    if (prev && prev.sentence === t.sentence && t.spaceBefore && isCapitalised(prev.text) && NAME_PREFIXES.has(prev.lower)) continue;
    let j = t.i + 1;
    while (j < doc.tokens.length && j - t.i <= 2) {
      const u = doc.tokens[j]!;
      if (u.sentence !== t.sentence || !u.spaceBefore || u.type !== 'word' || !isCapitalised(u.text) || isAllCaps(u.text) || isEnglishWord(u.lower)) break;
      j++;
    }
    if (j === t.i + 1) continue;
    // A run of more capitalised words ("Sungai Ciliwung Bersih Foundation") is an organisation's name.
    const after = doc.tokens[j];
    if (after && after.sentence === t.sentence && after.spaceBefore && after.type === 'word' && isCapitalised(after.text) && !GEO_FOLLOWERS.has(after.lower)) continue;
    const last = doc.tokens[j - 1]!;
    const name = doc.text.slice(doc.tokens[t.i + 1]!.start, last.end);
    const pair = `${t.lower} ${name.toLowerCase()}`;
    if ([...GEO_NAMES_KEPT].some((k) => pair === k || pair.startsWith(`${k} `) || k.startsWith(`${pair} `))) continue;
    // Evidence that the name is the mountain, river or island itself, not a village or district
    // named after it ("Sungai Puring Village", "Sungai Pua sub-district"): an article before the
    // unit word ("the Sungai Ciliwung"), a verb of its kind after the name ("Gunung Ibu erupted"),
    // the English unit word repeated ("Sungai Deli River"), or a part of a mountain before "of".
    const before = doc.tokens[t.i - 1];
    const before2 = doc.tokens[t.i - 2];
    const sameSentence = (u: Token | undefined): u is Token => u !== undefined && u.sentence === t.sentence;
    const evidence =
      (sameSentence(before) && before.lower === 'the') ||
      (sameSentence(after) && (GEO_VERBS.has(after.lower) || after.lower === unit.english.toLowerCase())) ||
      (t.lower === 'gunung' && sameSentence(before) && sameSentence(before2) && before.lower === 'of' && MOUNTAIN_PARTS.has(before2.lower));
    if (!evidence) continue;
    const english = unit.before ? `${unit.english} ${name}` : `${name} ${unit.english}`;
    // "Sungai Ciliwung River", "Gunung Merapi volcano": the English word is already there.
    const end = after && after.sentence === t.sentence && after.lower === unit.english.toLowerCase() ? after.end : last.end;
    out.push({
      start: t.start,
      end,
      message: `"${doc.text.slice(t.start, end)}" keeps the Indonesian word "${t.text}" (${unit.english.toLowerCase()}) before the name; in English: "${english}".`,
      suggestions: [english],
      confidence: 0.65,
      note: 'Indonesian names a mountain, river, lake or island with the generic word first (gunung, sungai, danau, pulau); English news translates the generic word.',
    });
  }
  return out;
}

/** Capitalised words that may follow a geographic name without making it an organisation's name. */
const GEO_FOLLOWERS = new Set(['river', 'island', 'islands', 'strait', 'lake', 'mount']);

function finding(doc: AnalysedDocument, members: WordHit[], confidence: number): FindingDraft {
  const f = findingOver(doc, members, confidence);
  const last = members[members.length - 1]!;
  const force = last.value.class === 'title' ? forceAfterRank(doc, last.tokenEnd) : undefined;
  if (!force) return f;
  // "Kombes Pol": the force word goes with the rank it qualifies; the English rank replaces both.
  const word = doc.text.slice(last.end, force.end).trim();
  return {
    ...f,
    end: force.end,
    message: `${f.message} The "${word}" after the rank (the force: Polisi or TNI) is Indonesian style; English drops it.`,
  };
}

function findingOver(doc: AnalysedDocument, members: WordHit[], confidence: number): FindingDraft {
  const first = members[0]!;
  const last = members[members.length - 1]!;
  const text = doc.text.slice(first.start, last.end);
  const initial = sentenceInitial(doc, first.tokenStart) && isCapitalised(first.text);
  if (members.length === 1) {
    const e = first.value;
    const plural = needsPlural(doc, first);
    const fit = (s: string): string => (initial ? capitaliseFirst(plural ? pluralise(s) : s) : plural ? pluralise(s) : s);
    let glosses = englishOf(e).map(fit);
    if (glosses.length === 0) glosses = [e.english];
    // The message keeps the lexicon's explanations ("Senior Commissioner (police)"); the suggestions are
    // what can stand in the sentence ("Senior Commissioner"), or none when the entry is a description.
    const alts = replacementsOf(e).map(fit);
    const raw = englishOf(e);
    return {
      start: first.start,
      end: last.end,
      message: `"${text}" is an Indonesian ${classLabel(e.class)} left untranslated; in English: ${glosses.join(' or ')}.`,
      suggestions: alts,
      confidence,
      fixable: alts.length === 1 && raw.length === 1 && FIXABLE_CLASSES.has(e.class) && !raw[0]!.includes('(') && !raw[0]!.includes('/'),
      ...(e.note ? { note: `Machine translation copies words it cannot align. ${e.note}.` } : {}),
    };
  }
  let gloss = members
    .map((h) => {
      const en = englishOf(h.value)[0] ?? h.text;
      return needsPlural(doc, h) ? pluralise(en) : en;
    })
    .join(' ');
  if (initial) gloss = capitaliseFirst(gloss);
  const fix = stretchReplacement(doc, members);
  return {
    start: first.start,
    end: last.end,
    message: `"${text}" is Indonesian left untranslated; word by word: ${gloss}.`,
    suggestions: fix === undefined ? [] : [initial ? capitaliseFirst(fix) : fix],
    confidence,
    note: fix === undefined
      ? 'Machine translation sometimes copies a stretch it cannot align. The gloss is word by word and Indonesian puts the head noun first, so no replacement is offered: reword it.'
      : 'Machine translation sometimes copies a stretch it cannot align.',
  };
}

/** Word classes whose order Indonesian reverses (head first) or whose form a gloss cannot choose (verbs). */
const CONTENT_CLASSES: ReadonlySet<WordClass> = new Set<WordClass>(['noun', 'title', 'institution', 'verb', 'adjective', 'status', 'other', 'religion-culture']);

/**
 * The English for an untranslated stretch of several lexicon words, when the words can be put into
 * English order: an office title before an institution ("Kepala Dinas Kesehatan" → "Head of the
 * Health Office"), or at most one content word among names, numbers and function words ("dan Tahun
 * Baru" → "and New Year", "miliar dolar AS" → "billion US dollars"). Otherwise undefined: a
 * word-by-word gloss of "Dinas Perhubungan Kota" or of a clause ("dengan meluncurkan" → "with
 * launched") is not English, and a suggestion `--fix` could apply must be.
 */
function stretchReplacement(doc: AnalysedDocument, members: WordHit[]): string | undefined {
  const parts: string[] = [];
  for (let i = 0; i < members.length; i++) {
    const h = members[i]!;
    const en = replacementsOf(h.value)[0];
    if (en === undefined) return undefined;
    const afterNumber = i > 0 && members[i - 1]!.value.class === 'number' && (h.value.class === 'unit' || h.value.class === 'noun' || h.value.class === 'time');
    parts.push(needsPlural(doc, h) || afterNumber ? pluralise(en) : en);
  }
  if (members.length === 2 && members[0]!.value.class === 'title' && members[1]!.value.class === 'institution') {
    return `${parts[0]} of the ${parts[1]}`;
  }
  const content = members.filter((h) => CONTENT_CLASSES.has(h.value.class));
  if (content.length > 1 || content.some((h) => h.value.class === 'verb')) return undefined;
  return parts.join(' ');
}

function infoFinding(h: WordHit, why: string): FindingDraft {
  const alts = englishOf(h.value);
  const message =
    why === 'honorific'
      ? `"${h.text}" is an Indonesian honorific kept before a name; English news usually drops it or uses ${alts.join(' / ')}.`
      : why === 'accepted'
        ? `"${h.text}" is the Indonesian name that Indonesia's English-language press keeps; for readers abroad, English news writes ${alts.join(' or ')}.`
        : `"${h.text}" is Indonesian (${alts.join(' / ')}), used here as a quoted or glossed term.`;
  return { start: h.start, end: h.end, message, suggestions: replacementsOf(h.value), confidence: 0.4, severity: 'info' };
}
