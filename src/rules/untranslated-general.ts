/**
 * The general part of untranslated-word: an Indonesian word that no lexicon lists ("the pelaku",
 * "was dilakoni by", "pihaknya"), recognised because it is not English and its form is Indonesian: a
 * stem of the Indonesian dictionary under Indonesian affixes (src/lexicons/indonesian-morphology.ts).
 *
 * Precision comes first:
 *  - only in an article about Indonesia (place names, Rp, the presidents) or one where the lexicon
 *    rule already found untranslated Indonesian; never in one about Malaysia alone, whose English
 *    keeps Malay words (kampung, Menteri Besar);
 *  - an English word (about 274,000 of them, with inflections), a loanword English news uses (batik,
 *    rupiah, satay) and words of the other languages of world news (Latin tags, Spanish, French,
 *    Korean and Chinese romanisation) are never flagged;
 *  - a capitalised word is a name and is left alone, mid-sentence (Setiawan, Kebagusan) and opening a
 *    sentence (Megawati reads as me- + gawat + -i);
 *  - a bare stem with no affix ("posko", "sumber") alone is minor, not major: most lower-case
 *    Indonesian stems that are not English are Indonesian left in (none is in the Brown press corpus;
 *    on English pages of Indonesian outlets they are "sahur", "takjil", "sowan"), but a bare stem is
 *    weaker evidence than an affixed word; beside an affixed word it joins that word's finding; a bare
 *    stem that is two English words run together ("minimarket") is English coinage and silent;
 *  - a word glossed or quoted as a term ("bobotoh (Persib fans)", "known as ngabuburit", "a priest,
 *    or dukun") is info.
 */
import type { AnalysedDocument, Sentence, Token } from '../analysis/types.js';
import { inIndonesianClause, isCapitalised, wordHits } from '../lexicons/indonesian.js';
import { affixed, analyseIndonesian, describeAnalysis, indonesianRoots, isEnglishWord } from '../lexicons/indonesian-morphology.js';
import type { Analysis } from '../lexicons/indonesian-morphology.js';
import { blendParts, blendShaped, titleUnitPair } from '../lexicons/indonesian-blends.js';
import { loadLexicon } from '../lexicons/load.js';
import type { FindingDraft } from './types.js';
import { isLowerWord } from './word-shape.js';

/** Words that show an article is about Indonesia. */
const INDONESIA_CUE_WORDS = [
  'Indonesia', 'Indonesian', 'Indonesians', 'Jakarta', 'Rupiah', 'rupiah', 'Rp', 'Java', 'Jawa', 'Sumatra', 'Sumatera', 'Kalimantan',
  'Sulawesi', 'Papua', 'Bali', 'Surabaya', 'Bandung', 'Medan', 'Makassar', 'Semarang', 'Yogyakarta', 'Aceh', 'Lombok', 'Bekasi',
  'Depok', 'Tangerang', 'Bogor', 'Riau', 'Maluku', 'Palembang', 'Batam', 'Nusa Tenggara', 'Banten', 'Lampung', 'Jokowi', 'Prabowo', 'Widodo',
  // Provincial capitals, large towns and regions that a regional report may name alone (session 18: 18 of
  // 540 pool pages named none of the words above; none of these is in a Brown text).
  'Samarinda', 'Balikpapan', 'Pekanbaru', 'Padang', 'Manado', 'Pontianak', 'Banjarmasin', 'Jambi', 'Bengkulu', 'Kupang', 'Jayapura',
  'Ambon', 'Mataram', 'Denpasar', 'Malang', 'Surakarta', 'Cirebon', 'Cianjur', 'Kendari', 'Gorontalo', 'Ternate', 'Pangkalpinang',
  'Tanjungpinang', 'Bangka', 'Belitung', 'Gunungkidul', 'Sleman', 'Bantul', 'Sukabumi', 'Tasikmalaya', 'Garut', 'Karawang', 'Kediri',
  'Jember', 'Banyuwangi', 'Sidoarjo', 'Magelang', 'Klaten', 'Cilacap', 'Pekalongan', 'Madura', 'Sumbawa', 'Merauke', 'Sorong', 'Timika',
  'Manokwari', 'Tarakan', 'Semeru', 'Merapi',
];

/**
 * The national news agencies and outlets a translated report credits, and state bodies only Indonesia has:
 * also cues, though no place (session 20: a set o report on halal certification named BPJPH, Kemenag and
 * ANTARA and no place, so its "200 thousand" went unreported).
 */
const INDONESIA_BODY_CUES = ['Antara', 'Kompas', 'Republika', 'Polri', 'TNI', 'KPK', 'Kemenag', 'BPJS', 'BNPB', 'BMKG', 'Basarnas', 'Pertamina', 'Bulog', 'BPJPH'];

/**
 * The place names among the cue words (not the people, the currency or the demonyms' plural): a capitalised
 * word before a mixed-case acronym that is one of these is its region ("the Denpasar Rudenim"), not a
 * given name before a surname. "Indonesia" is left out: it ends company names before their legal form
 * ("PT Bank Rakyat Indonesia Tbk").
 */
export const INDONESIAN_PLACE_WORDS: ReadonlySet<string> = new Set(
  INDONESIA_CUE_WORDS.filter((w) => !['Indonesia', 'Jokowi', 'Prabowo', 'Widodo', 'Rupiah', 'rupiah', 'Rp', 'Indonesians', 'Nusa Tenggara'].includes(w)),
);

/**
 * The cue words as written, and in capitals too: Indonesian outlets set the dateline in capitals
 * ("JAKARTA - …", "YOGYAKARTA –"), and a short machine-translated report may name no other place.
 * Only those two spellings: "Medan" or "Bali" in any other case is not the place.
 */
export const INDONESIA_CUES = new RegExp(
  `\\b(?:${[...new Set([...INDONESIA_CUE_WORDS, ...INDONESIA_BODY_CUES].flatMap((w) => (w.length > 2 ? [w, w.toUpperCase()] : [w])))].join('|')})\\b`,
);

let cuesText: string | undefined;
let cuesFound = false;

/**
 * `INDONESIA_CUES.test(text)`, remembered for the last text asked: several rules (untranslated-word,
 * untranslated-acronym, locale-format) ask it of the same document, and each test scans the whole
 * text with a 38-way alternation.
 */
export function indonesiaCued(text: string): boolean {
  if (text !== cuesText) {
    cuesFound = INDONESIA_CUES.test(text);
    cuesText = text;
  }
  return cuesFound;
}

/** Words that show an article is about Malaysia or Brunei, whose English keeps Malay words. */
const MALAYSIA_CUES = /\b(?:Malaysia|Malaysian|Malaysians|Kuala Lumpur|Putrajaya|ringgit|Selangor|Johor|Penang|Sabah|Sarawak|Kelantan|Terengganu|Brunei|Bumiputera)\b/;

/**
 * Indonesian and Malay words English news of the region uses as they are (food, culture, religion,
 * places of daily life), beyond those the English word list already has (batik, rupiah, satay, sambal).
 */
const LOANWORDS = new Set([
  'kampung', 'kampong', 'tempe', 'tempeh', 'kretek', 'jamu', 'dangdut', 'silat', 'pencak', 'wayang', 'gamelan', 'keris', 'songket',
  'tenun', 'ikat', 'rendang', 'bakso', 'soto', 'sate', 'martabak', 'ketupat', 'opor', 'kolak', 'tumpeng', 'krupuk', 'kerupuk',
  'durian', 'rambutan', 'salak', 'nipah', 'nipa', 'sawah', 'subak', 'ngaben', 'nyepi', 'pesantren', 'santri', 'madrasah', 'ulema', 'ulama', 'umrah',
  'syariah', 'sharia', 'hijab', 'jilbab', 'kiai', 'kyai', 'ustaz', 'ustadz', 'halal', 'haram', 'zakat', 'infaq', 'sadaqah', 'takbir',
  'takbiran', 'tarawih', 'iftar', 'suhoor', 'mudik', 'lebaran', 'pancasila', 'reformasi', 'pribumi', 'adat', 'becak', 'ojek',
  'angkot', 'bajaj', 'warung', 'warteg', 'pasar', 'kopi', 'luwak', 'nasi', 'goreng', 'mie', 'bubur', 'gado', 'sambal', 'rupiah',
  'merdeka', 'bupati', 'camat', 'lurah', 'kabupaten', 'banjar', 'pecalang', 'ogoh', 'kecak', 'reog',
  'barong', 'angklung', 'sasando', 'kolintang', 'noken', 'honai', 'pinisi', 'phinisi', 'tongkonan', 'gadang', 'joglo',
  'bhinneka', 'tunggal', 'garuda', 'bhayangkara', 'pertamina', 'bulog', 'perum', 'persero', 'tbk', 'bumiputera', 'datuk', 'tunku',
  'tengku', 'teuku', 'raden', 'ajeng', 'gusti', 'agung', 'ngurah', 'wayan', 'nyoman', 'ketut',
  // Dress, court and religious life that English-language Indonesian press keeps (usually glossed once).
  'kebaya', 'keraton', 'kraton', 'dalang', 'sarung', 'peci', 'songkok', 'kopiah', 'blangkon', 'selamatan', 'slametan',
  'kenduri', 'tahlil', 'tahlilan', 'dakwah', 'wakaf', 'takaful', 'abangan', 'priyayi', 'pondok', 'alun', 'mujahid', 'loya',
  // The region's sports under their own names in English sports news ("four golds in sepak takraw").
  'takraw', 'sepaktakraw',
  // Endemic animals under their local names, which are their English names too ("the maleo", "the anoa").
  'maleo', 'anoa',
]);

/**
 * Words that are loanwords only in the phrase they open: "sepak takraw" is the sport's English name,
 * while "sepak" alone (as in "sepak bola") is Indonesian left in.
 */
const LOAN_PHRASE_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['sepak', new Set(['takraw'])]]);

/**
 * Words of other languages that world news quotes (Latin tags, Spanish, French, Portuguese, Italian,
 * romanised Korean, Chinese and Japanese) whose spelling also happens to read as an Indonesian stem.
 */
const OTHER_LANGUAGES = new Set([
  'cetera', 'situ', 'rasa', 'aren', 'vagina', 'firma', 'regi', 'doble', 'turne', 'sana', 'sine', 'bona', 'fide', 'vice', 'versa',
  'mala', 'pena', 'pero', 'para', 'como', 'dama', 'bela', 'bella', 'mesa', 'casa', 'sala', 'kata', 'bonsai', 'sakura', 'karaoke',
  'tofu', 'kimchi', 'soju', 'hanbok', 'hanok', 'chaebol', 'hallyu', 'oppa', 'unni', 'guanxi', 'hukou', 'dibao', 'mahjong', 'taikonaut',
  'keiretsu', 'kamikaze', 'samurai', 'tatami', 'sumo', 'ramen', 'manga', 'anime', 'otaku', 'senpai', 'sensei', 'bento', 'geisha',
  'bandana', 'madre', 'padre', 'terra', 'pessoa', 'senhor', 'bairro', 'favela', 'barrio', 'pueblo', 'tierra', 'libertad',
  'dinero', 'bueno', 'gracias', 'merci', 'bien', 'liberte', 'egalite', 'fraternite', 'dame', 'madame', 'monsieur', 'salam',
  'inshallah', 'insyaallah', 'mashallah', 'bismillah', 'alhamdulillah', 'assalamualaikum', 'wallahi',
]);

/** Words for a kind of animal or plant, after which a bare local word is the species' name ("maleo birds"). */
const LIVING_KINDS = new Set(
  'bird birds tree trees fish frog frogs monkey monkeys macaque macaques deer palm palms plant plants flower flowers orchid orchids lizard lizards snake snakes beetle beetles butterfly butterflies moth moths pig pigs buffalo buffaloes turtle turtles crab crabs shark sharks whale whales dolphin dolphins bat bats ape apes squirrel squirrels shrub shrubs fern ferns species'.split(' '),
);

const UPPER_START = /^\p{Lu}/u;

/** Words shortly before a term that present it as a term ("known as", "so-called", "locally"). */
const GLOSS_INTRO = new Set(['called', 'dubbed', 'termed', 'so-called', 'locally', 'meaning', 'known', 'nicknamed', 'term', 'word', 'phrase']);

interface Candidate {
  token: Token;
  /** The last token of the word: itself, or the second half of a dictionary compound ("kocar-kacir"). */
  last: Token;
  analysis: Analysis;
  strong: boolean;
}

/**
 * After `comma`, a noun phrase opened by an article and holding no verb of its own within six words
 * ("…, the daily pre-dawn meal", "…, a thick golden elixir that remedies …": a relative clause inside
 * it may have one): an apposition that says what the word before the comma names. An appositive
 * with a verb is a clause of its own ("the Bupati, the official said").
 */
export function appositiveNounPhrase(doc: AnalysedDocument, comma: Token, s: Sentence): boolean {
  if (!['a', 'an', 'the'].includes(doc.tokens[comma.i + 1]?.lower ?? '')) return false;
  let noun = false;
  let verb = false;
  for (let k = comma.i + 2; k < Math.min(s.tokenEnd, comma.i + 8); k++) {
    const u = doc.tokens[k]!;
    if (u.lower === 'that' || u.lower === 'which' || u.lower === 'who') break;
    if (u.pos === 'VERB' || u.pos === 'AUX') verb = true;
    if (u.pos === 'NOUN') noun = true;
  }
  return noun && !verb;
}

function glossedOrQuoted(doc: AnalysedDocument, t: Token, last: Token = t): boolean {
  const prev = doc.tokens[t.i - 1];
  const next = doc.tokens[last.i + 1];
  if (next && next.sentence === t.sentence && next.text === '(') return true;
  // "rahmatan lil alamin (a religion that brings mercy)": the bracket glosses the whole foreign phrase,
  // whose other words are no English words either.
  for (let k = last.i + 1; k <= last.i + 3; k++) {
    const u = doc.tokens[k];
    if (!u || u.sentence !== t.sentence) break;
    if (u.text === '(') return k > last.i + 1;
    if (u.type !== 'word' || !/^\p{Ll}+$/u.test(u.text) || isEnglishWord(u.lower)) break;
  }
  if (prev && prev.sentence === t.sentence && prev.text === '(') return true;
  const quotes = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019']);
  if (prev && next && quotes.has(prev.text) && quotes.has(next.text)) return true;
  // "a priest, or dukun", "ngabuburit, or waiting for the fast to break": an appositive gloss.
  if (prev?.lower === 'or' && doc.tokens[t.i - 2]?.text === ',') return true;
  if (next?.text === ',' && doc.tokens[last.i + 2]?.lower === 'or') return true;
  const s = doc.sentences[t.sentence]!;
  // "to brew beras kencur, a thick golden elixir that …": a noun phrase in apposition after the
  // comma says what the word names.
  if (next?.text === ',' && t.i > s.tokenStart && appositiveNounPhrase(doc, next, s)) return true;
  for (let k = t.i - 1; k >= Math.max(s.tokenStart, t.i - 3); k--) if (GLOSS_INTRO.has(doc.tokens[k]!.lower)) return true;
  return listedAfterNaming(doc, t);
}

/**
 * "known as mudik in Indonesia, balik kampung in Malaysia": the word is the next item of a list of
 * local names that a naming word opened, each item closed by "in" and a place. The item before the
 * comma must end in "in" + a capitalised name, and the naming word stand at most five tokens before it.
 */
function listedAfterNaming(doc: AnalysedDocument, t: Token): boolean {
  const comma = doc.tokens[t.i - 1];
  const place = doc.tokens[t.i - 2];
  const inWord = doc.tokens[t.i - 3];
  if (comma?.text !== ',' || !place || !inWord || inWord.lower !== 'in' || !UPPER_START.test(place.text) || inWord.sentence !== t.sentence) return false;
  const s = doc.sentences[t.sentence]!;
  for (let k = t.i - 4; k >= Math.max(s.tokenStart, t.i - 8); k--) if (GLOSS_INTRO.has(doc.tokens[k]!.lower)) return true;
  return false;
}

/**
 * The tokens from `t` to `last` stand inside a pair of quotation marks that enclose a short phrase
 * of no English words: "'omong kosong' — empty talk", "a rain handler or 'pawang hujan'". Walking
 * out from the run, at most four words in all, each no English word (an Indonesian word a lexicon
 * lists counts too), then the marks.
 */
export function quotedForeignPhrase(doc: AnalysedDocument, t: Token, last: Token): boolean {
  const open = new Set(['"', "'", '\u201c', '\u2018']);
  const close = new Set(['"', "'", '\u201d', '\u2019']);
  const foreign = (u: Token | undefined): boolean => u !== undefined && u.sentence === t.sentence && u.type === 'word' && /^\p{L}+$/u.test(u.text) && !isEnglishWord(u.lower);
  let words = last.i - t.i + 1;
  let a = t.i - 1;
  while (foreign(doc.tokens[a]) && doc.tokens[a + 1]!.spaceBefore && words < 4) {
    a--;
    words++;
  }
  let b = last.i + 1;
  while (foreign(doc.tokens[b]) && doc.tokens[b]!.spaceBefore && words < 4) {
    b++;
    words++;
  }
  const prev = doc.tokens[a];
  const next = doc.tokens[b];
  return words <= 4 && prev !== undefined && next !== undefined && prev.sentence === t.sentence && next.sentence === t.sentence && open.has(prev.text) && close.has(next.text);
}

/** Blend prefixes that name an institution or unit (ministry, directorate, office), not a person's title. */
const INSTITUTION_PREFIXES = new Set(['kemenko', 'kemen', 'dit', 'sat', 'subdit', 'subdin', 'pus', 'bid', 'dis', 'ma']);

/**
 * The token in brackets right after a word: "the Ministry of Trade (Kemendag)", or with the rest of
 * the short form, one or two capitalised acronyms, after it: "the Ministry of Cooperatives and SMEs
 * (Kemenkop UKM)".
 */
function bracketAfterName(doc: AnalysedDocument, t: Token): boolean {
  const open = doc.tokens[t.i - 1];
  const word = doc.tokens[t.i - 2];
  if (open?.text !== '(' || word === undefined || word.sentence !== t.sentence || word.type !== 'word') return false;
  for (let k = t.i + 1; k <= t.i + 3; k++) {
    const next = doc.tokens[k];
    if (!next || next.sentence !== t.sentence) return false;
    if (next.text === ')') return true;
    if (next.type !== 'word' || !/^\p{Lu}{2,}$/u.test(next.text)) return false;
  }
  return false;
}

/** Languages a writer names after a local word to mark it as the local term ("or 'algojo' in Bahasa"). */
const LOCAL_LANGUAGES = new Set(['bahasa', 'indonesian', 'acehnese', 'javanese', 'balinese', 'sundanese', 'malay', 'papuan', 'local']);

/**
 * The word is named as the local language's term right after it: "an executioner, or 'algojo' in
 * Bahasa", "'mudik' in Indonesian". The writer says which language the word is from, so the article
 * adopts it as a term, as after "known as".
 */
function namedInLanguage(doc: AnalysedDocument, t: Token, last: Token): boolean {
  let k = last.i + 1;
  const quotes = new Set(['"', "'", '\u201d', '\u2019']);
  if (quotes.has(doc.tokens[k]?.text ?? '')) k++;
  const inWord = doc.tokens[k];
  if (!inWord || inWord.sentence !== t.sentence) return false;
  if (inWord.lower === 'locally') return true;
  if (inWord.lower !== 'in') return false;
  let lang = doc.tokens[k + 1];
  if (lang?.lower === 'the') lang = doc.tokens[k + 2];
  return lang !== undefined && lang.sentence === t.sentence && LOCAL_LANGUAGES.has(lang.lower);
}

/** The word is introduced as a term: alone in brackets, or after a naming word ("known as", "called"). */
function introducesTerm(doc: AnalysedDocument, t: Token, last: Token): boolean {
  const prev = doc.tokens[t.i - 1];
  const next = doc.tokens[last.i + 1];
  if (prev?.text === '(' && next?.text === ')') return true;
  if (namedInLanguage(doc, t, last)) return true;
  const s = doc.sentences[t.sentence]!;
  for (let k = t.i - 1; k >= Math.max(s.tokenStart, t.i - 3); k--) if (GLOSS_INTRO.has(doc.tokens[k]!.lower)) return true;
  return listedAfterNaming(doc, t);
}

/** Two English words of four letters or more run together: "mini" + "market". */
function englishCompound(w: string): boolean {
  for (let i = 4; i <= w.length - 4; i++) if (isEnglishWord(w.slice(0, i)) && isEnglishWord(w.slice(i))) return true;
  return false;
}

/** Top-level and second-level labels that end a web address ("kompas.com", "detik.co.id"). */
const WEB_LABELS = new Set(['com', 'id', 'co', 'net', 'org', 'or', 'go', 'ac', 'info', 'news', 'tv', 'my', 'sg']);

/**
 * The word is a label of a web address: "as quoted by kompas.com", "www.tribunnews.com". An outlet's
 * domain is its name, not a word left untranslated, whatever the label means in Indonesian.
 */
function webAddressLabel(doc: AnalysedDocument, t: Token): boolean {
  const dot = doc.tokens[t.i + 1];
  const label = doc.tokens[t.i + 2];
  if (dot?.text === '.' && !dot.spaceBefore && label && !label.spaceBefore && WEB_LABELS.has(label.lower)) return true;
  const prevDot = doc.tokens[t.i - 1];
  return prevDot?.text === '.' && !t.spaceBefore && doc.tokens[t.i - 2]?.lower === 'www';
}

/** The token as an Indonesian word candidate, or undefined. */
/** Malay and Indonesian patronymic links inside a person's name ("Aisyah binti Hassan"). */
const PATRONYMIC_LINKS = new Set(['binti', 'binte']);

/** Token `i` is a capitalised word of sentence `sentence`. */
function capitalisedWordAt(doc: AnalysedDocument, i: number, sentence: number): boolean {
  const u = doc.tokens[i];
  return u !== undefined && u.sentence === sentence && u.type === 'word' && isCapitalised(u.text);
}

function candidate(doc: AnalysedDocument, t: Token, covered: Set<number>): Candidate | undefined {
  if (t.type !== 'word' || covered.has(t.i) || t.text.length < 5) return undefined;
  // A capitalised word is a name, mid-sentence (Setiawan, Kebagusan, Kemayoran) and even opening a
  // sentence, whatever its form: "Megawati" reads as me- + gawat + -i, "Merapi" as me- + rapi,
  // "Qatari" as Qatar + -i. Only lower-case letters pass (a capital is never one: the Unicode
  // categories Lu and Ll are disjoint, so no separate capital test is needed).
  if (!isLowerWord(t.text)) return undefined;
  const lower = t.lower;
  if (LOANWORDS.has(lower) || OTHER_LANGUAGES.has(lower)) return undefined;
  const phraseNext = doc.tokens[t.i + 1];
  if (phraseNext?.sentence === t.sentence && LOAN_PHRASE_HEADS.get(lower)?.has(phraseNext.lower)) return undefined;
  // "Siti Nurhaliza binti Tarudin": the Malay "daughter of" between name words is part of the name.
  if (PATRONYMIC_LINKS.has(lower) && capitalisedWordAt(doc, t.i - 1, t.sentence) && capitalisedWordAt(doc, t.i + 1, t.sentence)) return undefined;
  // The Indonesian analysis first: most English words have none, and then the English list is not read.
  const analysis = analyseIndonesian(lower);
  if (!analysis || isEnglishWord(lower)) return undefined;
  if (webAddressLabel(doc, t)) return undefined;
  // "necessi-tating", "Decem-ber": the end of an English word a layout broke with a hyphen, not an
  // Indonesian stem ("tating"); the two halves joined make the English word.
  const dash = doc.tokens[t.i - 1];
  const head = doc.tokens[t.i - 2];
  if (dash?.text === '-' && !t.spaceBefore && !dash.spaceBefore && head?.type === 'word' && head.sentence === t.sentence && isEnglishWord(head.lower + lower)) return undefined;
  // "maleo birds", "anoa buffalo": a bare stem right before a word for a kind of animal or plant is
  // the local species name English natural-history writing keeps, the class noun saying what it is.
  const kind = doc.tokens[t.i + 1];
  if (!affixed(analysis) && kind?.sentence === t.sentence && LIVING_KINDS.has(kind.lower)) return undefined;
  // A bare stem that is two English words run together ("minimarket", "homestay") is English coinage
  // Indonesian borrowed, and English writers use it too.
  if (!affixed(analysis) && englishCompound(lower)) return undefined;
  const strong = affixed(analysis) && analysis.root.length >= 4;
  return { token: t, last: t, analysis, strong };
}


let firstHalves: { roots: Set<string>; set: Set<string> } | undefined;
/** First halves of the dictionary's hyphenated words ("kocar" of "kocar-kacir"): most words are none, so no pair is built. */
function compoundFirstHalves(): Set<string> {
  const roots = indonesianRoots();
  if (firstHalves?.roots === roots) return firstHalves.set;
  const set = new Set<string>();
  for (const r of roots) {
    const dash = r.indexOf('-');
    if (dash > 0) set.add(r.slice(0, dash));
  }
  firstHalves = { roots, set };
  return set;
}

/**
 * A hyphenated entry of the Indonesian dictionary ("sabu-sabu", "kocar-kacir", "bahu-membahu"), read
 * as one token, as three glued tokens ("kocar" "-" "kacir") or written apart ("kocar kacir", as
 * machine translation often drops the hyphen). Its halves are often no dictionary stems on their own
 * ("kocar", "sabu"), so the stem analysis misses them. The compound is Indonesian word-building
 * (reduplication or a rhyming pair), as strong as an affix; it counts when the whole is no English word
 * and at least one half is none either.
 */
function compoundCandidate(doc: AnalysedDocument, t: Token, covered: Set<number>, halves: Set<string>): Candidate | undefined {
  if (t.type !== 'word' || covered.has(t.i)) return undefined;
  // The compound test is a function of its own, not a closure made here: this runs for every word
  // token, and the closure (and the stem list's look-up) were paid even when no compound came up.
  if (t.text.includes('-')) return /^\p{Ll}+-\p{Ll}+$/u.test(t.text) ? wholeCompound(t, t.lower, t) : undefined;
  if (!isLowerWord(t.text) || !halves.has(t.lower)) return undefined;
  const next = doc.tokens[t.i + 1];
  const after = doc.tokens[t.i + 2];
  if (next?.text === '-' && !next.spaceBefore && after && !after.spaceBefore && after.sentence === t.sentence && !covered.has(after.i) && isLowerWord(after.text)) {
    return wholeCompound(t, `${t.lower}-${after.lower}`, after);
  }
  if (next && next.type === 'word' && next.spaceBefore && next.sentence === t.sentence && !covered.has(next.i) && isLowerWord(next.text)) {
    return wholeCompound(t, `${t.lower}-${next.lower}`, next);
  }
  return undefined;
}

/** The hyphenated `compound` as a candidate from `t` to `last`, when it is an Indonesian dictionary entry and no English (see compoundCandidate). */
function wholeCompound(t: Token, compound: string, last: Token): Candidate | undefined {
  if (!indonesianRoots().has(compound) || isEnglishWord(compound)) return undefined;
  const [a, b] = compound.split('-') as [string, string];
  if (isEnglishWord(a) && isEnglishWord(b)) return undefined;
  if (LOANWORDS.has(a) || OTHER_LANGUAGES.has(a) || LOANWORDS.has(b) || OTHER_LANGUAGES.has(b)) return undefined;
  return { token: t, last, analysis: { root: compound, prefixes: [], suffix: '', particle: '' }, strong: true };
}

let acronymSet: Set<string> | undefined;
/** Lower-case acronyms of the acronym lexicon: untranslated-acronym reports those, not this rule. */
function knownAcronyms(): Set<string> {
  acronymSet ??= new Set(loadLexicon<{ acronym: string }>('acronyms').entries.map((e) => e.acronym.toLowerCase()));
  return acronymSet;
}

/**
 * Indonesian title and unit blends no lexicon lists (Kasatgas, Ditintelkam, Wakapolsek), read by
 * their grammar (src/lexicons/indonesian-blends.ts). A capitalised word is otherwise taken for a name,
 * so these need their own pass.
 */
function blendFindings(doc: AnalysedDocument, covered: Set<number>): FindingDraft[] {
  const out: FindingDraft[] = [];
  // Institution short forms the article introduced in brackets after the English name: later uses of
  // the same short form ("the Kemenkop UKM still has …") refer back to it, as "the BNPB" does.
  const introduced = new Set<string>();
  for (const t of doc.tokens) {
    if (t.type !== 'word' || covered.has(t.i) || !blendShaped(t.text)) continue;
    if (introduced.has(t.text)) continue;
    // A title and its unit as two words: "Karo Penmas", "Kabid Propam".
    const next = doc.tokens[t.i + 1];
    const pair = next && next.sentence === t.sentence && next.spaceBefore && !covered.has(next.i) && blendShaped(next.text) ? titleUnitPair(t.text, next.text) : undefined;
    if (pair && !knownAcronyms().has(`${t.lower} ${next!.lower}`)) {
      out.push({
        start: t.start,
        end: next!.end,
        message: `"${t.text} ${next!.text}" is an Indonesian title and unit in syllables (${pair.join(' + ')}); translate it ("head of the … bureau", "… division").`,
        suggestions: [],
        confidence: 0.75,
        note: 'Indonesian police and military titles blend the first syllables of the words they abbreviate (Kepala Biro Penerangan Masyarakat → Karo Penmas); English news translates the title.',
      });
      continue;
    }
    const parts = blendParts(t.text);
    if (!parts || knownAcronyms().has(t.lower) || isEnglishWord(t.lower)) continue;
    // "the Ministry of Communication and Information (Kemenkominfo)": an institution's short form in
    // brackets right after its English name introduces it, as "(BNPB)" does after the disaster
    // agency's name. A person's title ("the head of the data centre (Kapusdatin)") is no name English
    // news goes on to use: the bracket is a leftover, still reported.
    if (INSTITUTION_PREFIXES.has(parts[0]!) && bracketAfterName(doc, t)) {
      introduced.add(t.text);
      continue;
    }
    out.push({
      start: t.start,
      end: t.end,
      message: parts[0] === 'kemen' || parts[0] === 'kemenko'
        ? `"${t.text}" is an Indonesian ministry's name built from syllables (${parts.join(' + ')}); write the ministry's English name ("the Ministry of …").`
        : `"${t.text}" is an Indonesian title or unit name built from syllables (${parts.join(' + ')}); translate it ("head of the … unit", "… directorate").`,
      suggestions: [],
      confidence: 0.75,
      note: 'Indonesian police and military titles blend the first syllables of the words they abbreviate (Kepala Satuan Tugas → Kasatgas); English news translates the title.',
    });
  }
  return out;
}

/**
 * Findings for Indonesian words outside the lexicon. `lexiconFired` says whether the lexicon rule
 * already found untranslated Indonesian in this document; `taken` are the spans it reported.
 */
export function generalFindings(doc: AnalysedDocument, lexiconFired: boolean, taken: readonly FindingDraft[]): FindingDraft[] {
  const indonesia = indonesiaCued(doc.text);
  if (!indonesia && !lexiconFired) return [];
  if (!indonesia && MALAYSIA_CUES.test(doc.text)) return [];
  // Tokens the lexicon already matched, whether it reported them or judged them names or accepted.
  const covered = new Set<number>();
  for (const h of wordHits(doc)) for (let k = h.tokenStart; k < h.tokenEnd; k++) covered.add(k);
  const overlapsTaken = (s: number, e: number): boolean => taken.some((f) => f.start < e && s < f.end);
  const out: FindingDraft[] = blendFindings(doc, covered).filter((f) => !overlapsTaken(f.start, f.end));
  const cands: Candidate[] = [];
  // The first halves of hyphenated stems, fetched once for the document rather than at every word.
  const halves = compoundFirstHalves();
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const c = compoundCandidate(doc, t, covered, halves) ?? candidate(doc, t, covered);
    if (!c) continue;
    cands.push(c);
    i = c.last.i;
  }
  if (cands.length === 0) return out;
  const glossedWords = new Set<string>();
  let k = 0;
  while (k < cands.length) {
    // A run of adjacent candidates (only spaces between them, same sentence) is one finding.
    let j = k + 1;
    while (j < cands.length) {
      const a = cands[j - 1]!.last;
      const b = cands[j]!.token;
      if (b.i !== a.i + 1 || !b.spaceBefore || b.sentence !== a.sentence) break;
      j++;
    }
    const run = cands.slice(k, j);
    k = j;
    const strong = run.some((c) => c.strong);
    const first = run[0]!.token;
    const last = run[run.length - 1]!.last;
    if (overlapsTaken(first.start, last.end) || inIndonesianClause(doc, first.start, last.end)) continue;
    const text = doc.text.slice(first.start, last.end);
    const parts = run
      .map((c) => {
        const word = doc.text.slice(c.token.start, c.last.end);
        if (c.last !== c.token || c.analysis.root.includes('-')) return `${word}: a hyphenated word of the Indonesian dictionary`;
        return affixed(c.analysis) ? `${word} = ${describeAnalysis(c.analysis)}` : `${word}: a dictionary stem`;
      })
      .join('; ');
    // A word the article glosses once ("being alone together (khalwat)") may be used bare after that,
    // as English news reuses a term it has explained: later uses are info like the gloss itself.
    // Only a term the article introduces by name ("(khalwat)", "known as jarimah") carries over; one
    // given as an alias of the English ("crystal methamphetamine, or sabu-sabu") does not: the writer
    // has the English word and should keep to it.
    const word = text.toLowerCase();
    // A run of up to three words opening a bracket is glossed too: "neighbourhood unit (rukun tetangga, or RT)".
    const bracketRun = run.length <= 3 && doc.tokens[first.i - 1]?.text === '(';
    // So is a run of up to three words set in quotation marks as a phrase ("worry the deal is 'omong
    // kosong' — empty talk"): the writer quotes the Indonesian on purpose.
    const quotedRun = run.length <= 3 && quotedForeignPhrase(doc, first, last);
    const glossed = quotedRun || ((run.length === 1 || bracketRun) && (glossedOrQuoted(doc, first, last) || glossedWords.has(word)));
    if (run.length === 1 && introducesTerm(doc, first, last)) glossedWords.add(word);
    // Bare stems only (no affix anywhere in the run): a stem of the Indonesian dictionary that is no
    // English word is Indonesian left in, but weaker evidence than an affixed form, so minor.
    const bare = !strong;
    out.push({
      start: first.start,
      end: last.end,
      message: glossed
        ? `"${text}" is an Indonesian word (${parts}) used as a term; make sure the article says what it means.`
        : bare
          ? `"${text}" is not English and is Indonesian (${parts}) left untranslated; translate it.`
          : `"${text}" is not English and reads as Indonesian left untranslated (${parts}); translate it.`,
      suggestions: [],
      confidence: glossed ? 0.4 : bare ? 0.55 : run.length > 1 ? 0.8 : 0.7,
      ...(glossed ? { severity: 'info' as const } : bare ? { severity: 'minor' as const } : {}),
      note: bare
        ? 'Found by its form: not in the English word list, and a stem of the Indonesian dictionary. Machine translation copies words it cannot align.'
        : 'Found by its form: not in the English word list, and an Indonesian dictionary stem under Indonesian affixes. Machine translation copies words it cannot align.',
    });
  }
  return out;
}
