/**
 * untranslated-acronym: Indonesian acronyms left in English text, whole ("PBB", "KTT", "Kemlu") or
 * half translated ("UN DK" for "DK PBB", "Sekjen UN", "AS President"). Machine translation leaves
 * acronyms alone, so the Indonesian letters reach the English reader: PBB for the UN, AS for the
 * United States, UE for the EU, DK for the Security Council.
 *
 * The lexicon is `data/lexicons/acronyms.json`:
 *  - international bodies and countries (PBB, UEA, Korut): major. Letters that are also common in
 *    English (`englishCollision`: AS, UE, RI, OKI) need a country position: a hyphenated pair
 *    ("AS-China"), a following head noun ("AS President", "UE member states"), or coordination with
 *    a country ("AS and China"); never "AS Roma", "A.S. Byatt" or an all-caps headline.
 *  - components (DK, MU, Sekjen, KTT, Dubes) joined to a body in either order ("UN DK", "DK UN",
 *    "KTT ASEAN"): one finding over both, suggesting the English body plus the component's English
 *    ("UN Security Council"). Components that collide with English letters (DK, MU, AD, AU) are
 *    flagged only next to their body.
 *  - time zones (WIB, WITA, WIT) after a clock time: info, suggesting the UTC offset.
 *  - institutions, parties and terms: those English-language news keeps (KPK, DPR, TNI) are info
 *    when the article spells them out (an expansion in brackets, "the Corruption Eradication
 *    Commission (KPK)", or a head noun such as "the KPK anti-graft agency") and minor once when it
 *    never does; the others (Pemilu, Kemlu, RUU) are major unless spelt out. Collisions (MA, MK, BI,
 *    SIM) are info at most, and only in an article that is evidently about Indonesia.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { loadLexicon } from '../lexicons/load.js';
import { distinctForms, forceAfterRank, inIndonesianClause, isCapitalised, PhraseMatcher, wordHits } from '../lexicons/indonesian.js';
import type { PhraseMatch } from '../lexicons/indonesian.js';
import type { FindingDraft, Rule } from './types.js';
import { indonesiaCued, INDONESIAN_PLACE_WORDS } from './untranslated-general.js';
import { bracketedShortForms } from './bracketed-short-form.js';
import { unexplainedAcronyms } from './unexplained-acronym.js';
import { isEnglishWord } from '../lexicons/indonesian-morphology.js';

interface AcronymEntry {
  acronym: string;
  expansion: string;
  english: string;
  englishFull: string;
  scope: 'international' | 'component' | 'timezone' | 'institution' | 'party' | 'term' | 'region';
  englishCollision: boolean;
  acceptedInEnglish?: boolean;
  combinesWith?: string[];
  utcOffset?: number;
  forms?: string[];
  /** A numbered institution's kind ("SDN 1 Donohudan"): before a number, the number joins the fix. */
  numbered?: boolean;
  note?: string;
  /** Other meanings of the letters, chosen by cue words of the article (PMI: Red Cross or migrant workers). */
  senses?: AcronymSense[];
}

interface AcronymSense {
  cues: string[];
  expansion: string;
  english: string;
  englishFull: string;
  scope?: AcronymEntry['scope'];
  acceptedInEnglish?: boolean;
}

/** Each entry's senses as whole entries, made once (the rule keeps sets of entries, so identity matters). */
const senseEntries = new WeakMap<AcronymEntry, AcronymEntry[]>();

/**
 * The meaning the article gives the letters: the first sense one of whose cue words the text has
 * ("PMI" beside "migrant workers" or "BP2MI" is Pekerja Migran Indonesia, not the Red Cross), else
 * the entry's own.
 */
function senseIn(e: AcronymEntry, words: ReadonlySet<string>): AcronymEntry {
  if (!e.senses) return e;
  let made = senseEntries.get(e);
  if (!made) {
    made = e.senses.map((x) => ({ ...e, expansion: x.expansion, english: x.english, englishFull: x.englishFull, scope: x.scope ?? e.scope, acceptedInEnglish: x.acceptedInEnglish ?? e.acceptedInEnglish, senses: undefined }));
    senseEntries.set(e, made);
  }
  for (let k = 0; k < e.senses.length; k++) if (e.senses[k]!.cues.some((c) => words.has(c))) return made[k]!;
  return e;
}

interface Tables {
  source: unknown;
  matcher: PhraseMatcher<AcronymEntry>;
  byAcronym: Map<string, AcronymEntry>;
  /** English acronyms of bodies outside the lexicon that components combine with as they are. */
  englishCountries: Set<string>;
  /** Every form of the lexicon's acronyms and the word lexicon's terms, lower case: known to a lexicon rule. */
  knownForms: Set<string>;
}

let tables: Tables | undefined;

/** Body acronyms English keeps as they are (not Indonesian, but components attach to them). */
const PLAIN_BODIES = new Set(['NATO', 'ASEAN', 'G20', 'G7', 'APEC', 'WHO', 'IMF', 'TNI', 'Polri', 'OIC', 'UN', 'US', 'EU']);

/** English country names (and the Indonesian lexicon's English renderings) for coordination tests. */
const COUNTRY_NAMES = [
  'China', 'Japan', 'Russia', 'Iran', 'India', 'Korea', 'Ukraine', 'Israel', 'Europe', 'Canada', 'Mexico', 'Britain',
  'France', 'Germany', 'Indonesia', 'Australia', 'Taiwan', 'Vietnam', 'Philippines', 'Malaysia', 'Singapore', 'Thailand',
  'Pakistan', 'Turkey', 'Brazil', 'Italy', 'Spain', 'Egypt', 'Iraq', 'Syria', 'Cuba', 'Venezuela', 'Palestine', 'Qatar',
  'NATO', 'ASEAN', 'Beijing', 'Moscow', 'Tokyo', 'Seoul', 'Pyongyang', 'Jakarta', 'Washington', 'Kyiv', 'Tehran',
  'UK', 'EU', 'UN', 'US', 'RI', 'PRC', 'DPRK',
];

/** Nouns after "AS"/"UE"/"RI" that put the acronym in a country position ("AS President"). */
const COUNTRY_HEADS = new Set([
  'president', 'presidents', 'government', 'administration', 'military', 'army', 'navy', 'forces', 'troops', 'officials',
  'official', 'secretary', 'ambassador', 'embassy', 'envoy', 'dollar', 'dollars', 'congress', 'senate', 'department',
  'treasury', 'intelligence', 'economy', 'election', 'elections', 'citizens', 'citizen', 'sanctions', 'ally', 'allies',
  'delegation', 'counterpart', 'soldiers', 'warships', 'warship', 'aircraft', 'carrier', 'bombers', 'state', 'states',
  'member', 'members', 'commission', 'parliament', 'summit', 'bloc', 'leaders', 'leader', 'minister', 'ministers',
  'relations', 'ties', 'policy', 'marines', 'base', 'bases', 'consulate', 'tariffs', 'tariff', 'trade', 'market',
  'markets', 'federal', 'central', 'side', 'authorities', 'diplomats', 'diplomat', 'vice', 'defense', 'defence',
  'foreign', 'special', 'national', 'representative', 'representatives', 'company', 'companies', 'firms', 'investors',
  'house', 'fed', 'inflation', 'bonds', 'stocks', 'exports', 'imports', 'pressure', 'support', 'version', 'side',
]);

/** Words before "AS"/"UE"/"RI" that put it in a country position ("dolar AS", "Presiden RI"). */
const COUNTRY_HEADS_BEFORE = new Set(['dollar', 'dolar', 'presiden', 'president', 'pemerintah', 'kedubes', 'dubes', 'menlu', 'militer', 'negara', 'euro']);

/** Head nouns that say what an institution acronym is ("the KPK anti-graft agency", "Golkar party"). */
const EXPLAINING_HEADS = new Set([
  'agency', 'commission', 'party', 'police', 'military', 'ministry', 'council', 'court', 'company', 'bank', 'university',
  'institute', 'board', 'union', 'group', 'organisation', 'organization', 'firm', 'regulator', 'army', 'navy',
  'unit', 'foundation', 'body', 'watchdog', 'house', 'parliament', 'legislature', 'assembly', 'daily', 'newspaper',
  'network', 'insurer', 'operator', 'utility', 'airline', 'authority', 'corps', 'squad', 'force', 'command', 'forces',
  'program', 'programme', 'scheme', 'law', 'code', 'bill', 'budget', 'card', 'index', 'exchange', 'election', 'elections',
  'ship', 'vessel', 'hospital', 'tax', 'rate', 'school', 'federation', 'association', 'league', 'confederation',
]);

/**
 * Role nouns ("KPK spokesman", "the BMKG office"): they say the acronym is an organisation, which is
 * enough for one English news keeps (KPK, TNI), but not for one it never uses (Kemenag, Kemlu).
 */
const ROLE_HEADS = new Set([
  'office', 'offices', 'headquarters', 'lawmakers', 'legislators', 'members', 'politician', 'politicians', 'chairman',
  'chairwoman', 'chief', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'commissioners', 'investigators',
  'officers', 'personnel', 'soldiers', 'cleric', 'clerics', 'mass', 'commander', 'troops', 'general', 'generals', 'officer',
  'official', 'officials', 'lawmaker', 'legislator', 'candidate', 'candidates', 'cadre', 'cadres', 'deputy', 'director',
  'secretary', 'leaders', 'leader', 'staff', 'building', 'prosecutors', 'prosecutor', 'judges', 'judge',
]);

/** English names compared loosely: British and American spellings, hyphens. */
function looseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/isation/g, 'ization')
    .replace(/defence/g, 'defense')
    .replace(/centre/g, 'center')
    .replace(/[-\u2010\u2011]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "the Organization of Islamic Cooperation (OKI)", "gross domestic product (PDB)": the English name
 * spelt out, followed by the Indonesian acronym where English has its own (OIC, GDP). A half
 * translation, whatever the letters mean elsewhere.
 */
function afterEnglishName(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>): boolean {
  const e = m.value;
  const eng = e.english.split(';')[0]!.trim();
  if (!/^[A-Z]{2,6}$/.test(eng) || eng === e.acronym) return false;
  const open = doc.tokens[m.tokenStart - 1];
  if (!open || open.text !== '(') return false;
  const full = looseName(e.englishFull);
  const before = looseName(doc.text.slice(Math.max(0, open.start - full.length - 12), open.start));
  return full.length > 3 && before.endsWith(full);
}

/**
 * "the Crescent Star Party (PBB)": the letters introduced in brackets after a capitalised name that is
 * not the lexicon's (PBB is also Partai Bulan Bintang, not only the UN). The article defines them as
 * another body's initials, so they are not the Indonesian acronym of the lexicon's entry.
 */
function namesOtherBody(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>): boolean {
  if (!bracketIntro(doc, m)) return false;
  const open = doc.tokens[m.tokenStart - 1]!;
  let start = -1;
  let capitals = 0;
  for (let k = open.i - 1; k >= 0; k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== open.sentence || t.type !== 'word') break;
    if (/^\p{Lu}\p{Ll}/u.test(t.text)) {
      capitals++;
      start = t.start;
    } else if (!/^(?:of|and|for|the)$/.test(t.lower) || capitals === 0) break;
  }
  if (capitals < 2 || start < 0) return false;
  const name = looseName(doc.text.slice(start, open.start));
  const e = m.value;
  const own = [e.englishFull, e.expansion, ...e.english.split(';')].map(looseName).filter((x) => x.length > 3);
  return !own.some((x) => name.endsWith(x) || x.endsWith(name));
}

/** "KTPs", "e-KTPs": an English plural of a lexicon acronym written in capitals. */
function pluralAcronym(text: string, t: Tables): boolean {
  return /^(?:e-)?[A-Z]{3,}s$/.test(text) && t.knownForms.has(text.slice(0, -1).toLowerCase());
}

/** "ID card" → "ID cards", "regional agency" → "regional agencies"; a rendering with brackets stays. */
function pluraliseEnglish(s: string): string {
  if (/[()]/.test(s) || /s$/.test(s)) return s;
  if (/[^aeiou]y$/.test(s)) return `${s.slice(0, -1)}ies`;
  if (/(?:x|ch|sh)$/.test(s)) return `${s}es`;
  return `${s}s`;
}

function data(): Tables {
  const lex = loadLexicon<AcronymEntry>('acronyms');
  if (tables && tables.source === lex) return tables;
  const matcher = new PhraseMatcher<AcronymEntry>();
  const byAcronym = new Map<string, AcronymEntry>();
  // Index loops: built once per process, on a cold start (see indonesianWordMatcher()).
  const entries = lex.entries;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    byAcronym.set(e.acronym, e);
    const forms = distinctForms(e.acronym, e.forms);
    for (let k = 0; k < forms.length; k++) {
      const form = forms[k]!;
      matcher.add(form, e, true);
      // Mixed-case acronyms (Kemlu, Polri) also appear in capitals.
      if (form !== form.toUpperCase() && form.length >= 4) matcher.add(form.toUpperCase(), e, true);
      // ... and in lower case, as the common nouns Indonesian makes of them ("the narkoba case", "sembako
      // packages", "an ormas"), unless the lower-case form is an English word.
      if (form !== form.toUpperCase() && form.length >= 4 && !form.includes(' ') && !isEnglishWord(form.toLowerCase())) matcher.add(form.toLowerCase(), e, true);
      // English plurals of an all-capital acronym ("KTPs", "e-KTPs", "UMKMs"): English grammar on an
      // Indonesian acronym is the same acronym left in. Letters that collide with English, and plurals
      // that spell an English word, stay out.
      const plural = `${form}s`;
      if (/^(?:e-)?[A-Z]{3,}$/.test(form) && !e.englishCollision && !isEnglishWord(plural.toLowerCase())) matcher.add(plural, e, true);
    }
  }
  const knownForms = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    knownForms.add(e.acronym.toLowerCase());
    const forms = e.forms ?? [];
    for (let k = 0; k < forms.length; k++) knownForms.add(forms[k]!.toLowerCase());
  }
  const englishCountries = new Set(COUNTRY_NAMES);
  for (let i = 0; i < entries.length; i++) if (entries[i]!.scope === 'international') englishCountries.add(entries[i]!.english.split(';')[0]!.trim());
  // Indonesian country names left untranslated coordinate too ("the AS and Inggris").
  const words = loadLexicon<{ term: string; class: string }>('indonesian-words').entries;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.class === 'country' && !w.term.includes(' ')) englishCountries.add(w.term);
    knownForms.add(w.term.toLowerCase());
  }
  tables = { source: lex, matcher, byAcronym, englishCountries, knownForms };
  return tables;
}

function firstEnglish(e: AcronymEntry): string {
  return e.english.split(';')[0]!.trim();
}

/** The English form of a body acronym, as it reads before a component ("UN", "US", "Indonesian"). */
function bodyEnglish(body: string, t: Tables): string {
  const e = t.byAcronym.get(body);
  if (!e) return body;
  const en = firstEnglish(e);
  return en === 'Indonesia' ? 'Indonesian' : en;
}

/** The bodies a component combines with, in Indonesian and in English, mapped to the English form. */
function bodiesOf(e: AcronymEntry, t: Tables): Map<string, { english: string; international: boolean }> {
  const out = new Map<string, { english: string; international: boolean }>();
  for (const b of e.combinesWith ?? []) {
    const be = t.byAcronym.get(b);
    const english = bodyEnglish(b, t);
    const international = be ? be.scope === 'international' : b !== 'TNI' && b !== 'Polri';
    out.set(b, { english, international });
    if (/^[A-Z0-9]{2,6}$/.test(english)) out.set(english, { english, international });
  }
  return out;
}

function spacedPrev(doc: AnalysedDocument, i: number): Token | undefined {
  const t = doc.tokens[i]!;
  const p = doc.tokens[i - 1];
  return p && t.spaceBefore && p.sentence === t.sentence ? p : undefined;
}

function spacedNext(doc: AnalysedDocument, i: number): Token | undefined {
  const t = doc.tokens[i]!;
  const n = doc.tokens[i + 1];
  return n && n.spaceBefore && n.sentence === t.sentence ? n : undefined;
}

/**
 * A head noun one or two modifiers after the acronym: "the Densus 88 anti-terror unit", "the BMKG
 * weather agency". The modifiers are lower-case adjectives or nouns, so a verb or a determiner ("KPK
 * said the police") ends the search.
 */
function headAfterModifiers(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>): boolean {
  let k = m.tokenEnd - 1;
  for (let n = 0; n < 2; n++) {
    const t = spacedNext(doc, k);
    if (t === undefined || t.text !== t.lower || (t.pos !== 'ADJ' && t.pos !== 'NOUN')) return false;
    const head = spacedNext(doc, t.i);
    if (head !== undefined && EXPLAINING_HEADS.has(head.lower)) return true;
    k = t.i;
  }
  return false;
}

/** Mostly capitals: a wire headline or slug, where every word looks like an acronym. */
function shouting(doc: AnalysedDocument, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  const letters = doc.text.slice(s.start, s.end).replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length >= 12 && upper / letters.length > 0.6;
}

const HYPHEN = /^[-\u2010\u2011\u2013]$/;

/** "AS-China", "China-AS", "AS President", "dolar AS", "AS and China", "Japan, AS": a country position. */
function countryPosition(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>, t: Tables): boolean {
  const i = m.tokenStart;
  const tok = doc.tokens[i]!;
  const next = doc.tokens[m.tokenEnd];
  const prev = doc.tokens[i - 1];
  const sameSentence = (x: Token | undefined): x is Token => x !== undefined && x.sentence === tok.sentence;
  const countryWord = (x: Token | undefined): boolean => x !== undefined && (t.englishCountries.has(x.text) || isCountryAcronym(x.text, t));
  // Hyphenated pairs with a country or another country acronym.
  if (sameSentence(next) && !next.spaceBefore && HYPHEN.test(next.text)) {
    const after = doc.tokens[m.tokenEnd + 1];
    if (after && !after.spaceBefore && countryWord(after)) return true;
  }
  if (sameSentence(prev) && !tok.spaceBefore && HYPHEN.test(prev.text)) {
    const before = doc.tokens[i - 2];
    if (before && !prev.spaceBefore && countryWord(before)) return true;
  }
  const n = spacedNext(doc, m.tokenEnd - 1);
  const p = spacedPrev(doc, i);
  if (n && COUNTRY_HEADS.has(n.lower) && !(n.lower === 'level' || n.lower === 'levels')) return true;
  // "the OKI held", "the UE has imposed": a body as the subject of a verb.
  // The verb must be inflected or an auxiliary ("held", "says", "will"): a bare form may be a noun ("the OKI brand").
  if (p && p.lower === 'the' && n && /^\p{Ll}/u.test(n.text) && (n.pos === 'AUX' || (n.pos === 'VERB' && n.lemma !== n.lower))) return true;
  if (p && COUNTRY_HEADS_BEFORE.has(p.lower)) return true;
  // Coordination: "AS and China", "China and AS", "Japan, AS and", "the UE and the AS".
  const coord = (x: Token | undefined): boolean => x !== undefined && x.sentence === tok.sentence && (x.lower === 'and' || x.lower === 'or' || x.text === ',');
  // The comma is glued to the acronym ("UE, Inggris"): take the next token, spaced or not.
  const nx = next !== undefined && coord(next) ? next : n;
  if (nx && coord(nx)) {
    let nn = doc.tokens[nx.i + 1];
    if (nn?.lower === 'the') nn = doc.tokens[nn.i + 1];
    if (nn && nn.sentence === tok.sentence && countryWord(nn)) return true;
  }
  let p1 = doc.tokens[i - 1];
  if (p1?.lower === 'the' && p1.sentence === tok.sentence) p1 = doc.tokens[p1.i - 1];
  const pp = p1 ? doc.tokens[p1.i - 1] : undefined;
  if (coord(p1) && pp && countryWord(pp)) return true;
  return false;
}

function isCountryAcronym(s: string, t: Tables): boolean {
  const e = t.byAcronym.get(s);
  return e !== undefined && e.scope === 'international';
}

/** A clock time right before a time zone: "10.00 WIB", "7:30 a.m. WITA", "pukul 09.00 WIT". */
function afterClockTime(doc: AnalysedDocument, i: number): boolean {
  const p = spacedPrev(doc, i);
  if (!p) return false;
  if (/^\d{1,2}(?:[.:]\d{2})?$/.test(p.text)) return true;
  if (/^(?:a\.?m\.?|p\.?m\.?|noon|midnight|hours|hrs)$/i.test(p.text)) return true;
  // "7 p.m." may be split into "p.m" + "."
  if (p.text === '.' && doc.tokens[i - 2] && /^[ap]\.?m$/i.test(doc.tokens[i - 2]!.text)) return true;
  return false;
}

interface DocFacts {
  lower: string;
  indonesian: boolean;
  explained: Map<AcronymEntry, boolean>;
  /** bracketed() per entry: it searches the whole text, so once per entry, not once per match. */
  bracketed: Map<AcronymEntry, boolean>;
  /** Start of the entry's first use that is not bare (its introduction), or Infinity. */
  introducedAt: Map<AcronymEntry, number>;
}

/** Whether the article spells the acronym out anywhere, or names what it is next to it. */
function explained(doc: AnalysedDocument, e: AcronymEntry, matches: PhraseMatch<AcronymEntry>[], facts: DocFacts): boolean {
  const tok = (x: PhraseMatch<AcronymEntry>): Token => doc.tokens[x.tokenStart]!;
  const hit = facts.explained.get(e);
  if (hit !== undefined) return hit;
  let yes = false;
  for (const f of [e.acronym, ...(e.forms ?? [])]) {
    // "regional enterprises [BUMD]": an editor's square bracket introduces it as a round one does.
    if (doc.text.includes(`(${f})`) || doc.text.includes(`(${f},`) || doc.text.includes(`(${f};`) || doc.text.includes(`[${f}]`)) yes = true;
  }
  const phrases = [e.englishFull, e.expansion, ...(firstEnglish(e).includes(' ') ? [firstEnglish(e)] : [])];
  for (const ph of phrases) {
    const clean = ph.replace(/\s*\([^)]*\)/g, '').toLowerCase();
    if (clean.length > 3 && clean !== e.acronym.toLowerCase() && facts.lower.includes(clean)) yes = true;
  }
  for (const m of matches) {
    if (yes) break;
    if (m.value !== e) continue;
    const n = doc.tokens[m.tokenEnd];
    // "PPPK [contract-based government employees]": a bracket right after it glosses it.
    if (n && (n.text === '(' || n.text === '[')) yes = true;
    // "the cybersecurity bills (RUU KKS)": a bracketed Indonesian name after the English words glossing it.
    if (inBracketedName(doc, m)) yes = true;
    const next = spacedNext(doc, m.tokenEnd - 1);
    const prev = spacedPrev(doc, m.tokenStart);
    const heads = (x: Token | undefined): boolean => x !== undefined && (EXPLAINING_HEADS.has(x.lower) || (e.acceptedInEnglish === true && ROLE_HEADS.has(x.lower)));
    if (heads(next) || heads(prev) || headAfterModifiers(doc, m)) yes = true;
    // "Indonesia's anti-graft agency, KPK," / "the anti-graft body KPK"
    const p2 = doc.tokens[m.tokenStart - 2];
    if (prev?.text === ',' && heads(p2)) yes = true;
    // "Indonesia's military, known as the TNI," / "the election body, called KPU": a gloss names it.
    if (glossedName(doc, m)) yes = true;
    // "the Indonesian National Armed Forces, or TNI,": the acronym as another name for the English
    // name just before it, the wire services' way of introducing it.
    if (orAfterName(doc, m)) yes = true;
    // "The e-KTP is a biometric identity card.": a sentence that opens with the acronym and says what
    // it is defines it, as a bracket would.
    if (definedBySentence(doc, m)) yes = true;
    // "flown into Kalteng or Sumsel, referring to the two provinces by their local names": the
    // sentence itself says the letters are a local name.
    if (!yes && localNameLater(doc, m.tokenEnd)) yes = true;
    // "The TNI, Indonesia's military, deployed": an apposition after the acronym names what it is,
    // also after the rest of a name the acronym opens ("BPJS Kesehatan, the government agency that …").
    let c = n;
    for (let w = 0; w < 2 && c && c.type === 'word' && c.spaceBefore && /^\p{Lu}/u.test(c.text) && c.sentence === tok(m).sentence; w++) c = doc.tokens[c.i + 1];
    if (c && c.text === ',') {
      for (let k = c.i + 1; k < Math.min(doc.tokens.length, c.i + 6); k++) {
        const t = doc.tokens[k]!;
        if (t.sentence !== c.sentence || t.text === ',') break;
        if (EXPLAINING_HEADS.has(t.lower)) yes = true;
      }
    }
  }
  facts.explained.set(e, yes);
  return yes;
}

/**
 * A gloss names the acronym right there: "the identity card, locally known as e-KTP", "the election
 * body, called KPU". English news introduces a local term it goes on to use this way, as it does with
 * a bracket.
 */
function glossedName(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>): boolean {
  const s = doc.tokens[m.tokenStart]!.sentence;
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 4); k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== s) return false;
    if ((t.lower === 'as' && doc.tokens[k - 1]?.lower === 'known') || GLOSS_VERBS.has(t.lower)) return true;
    if (t.lower !== 'the' && t.lower !== 'locally' && t.lower !== 'simply') return false;
  }
  return false;
}

/**
 * "The e-KTP is a biometric electronic identity card." / "KPU is the body that runs elections.": the
 * acronym opens its sentence (after "The" at most) and "is a/an/the" follows: the article's own
 * definition. Only the indefinite or definite article after the copula counts: "The KPK is
 * investigating" says nothing of what the KPK is.
 */
function definedBySentence(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>): boolean {
  const first = doc.tokens[m.tokenStart]!;
  const before = doc.tokens[m.tokenStart - 1];
  const opens = before === undefined || before.sentence !== first.sentence || (before.lower === 'the' && (doc.tokens[m.tokenStart - 2]?.sentence ?? -1) !== first.sentence);
  if (!opens) return false;
  const verb = doc.tokens[m.tokenEnd];
  const det = doc.tokens[m.tokenEnd + 1];
  return verb !== undefined && det !== undefined && verb.sentence === first.sentence && (verb.lower === 'is' || verb.lower === 'was' || verb.lower === 'are') && (det.lower === 'a' || det.lower === 'an' || det.lower === 'the');
}

/**
 * "the Indonesian National Armed Forces, or TNI," / "its anti-graft agency, or KPK": ", or" between a
 * name (a capitalised word or a head noun such as agency) and the acronym gives the acronym as another
 * name for what was just named.
 */
function orAfterName(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>): boolean {
  const or = doc.tokens[m.tokenStart - 1];
  const comma = doc.tokens[m.tokenStart - 2];
  const name = doc.tokens[m.tokenStart - 3];
  if (or?.lower !== 'or' || comma?.text !== ',' || name === undefined || name.type !== 'word') return false;
  if (name.sentence !== doc.tokens[m.tokenStart]!.sentence) return false;
  return /^\p{Lu}\p{Ll}/u.test(name.text) || EXPLAINING_HEADS.has(name.lower);
}

/** Verbs that introduce the word after them as a name: "called KPU", "what the authorities call ISPA". */
const GLOSS_VERBS = new Set(['called', 'call', 'calls', 'abbreviated', 'dubbed', 'termed']);
const OPENING_QUOTES = new Set(['"', '\u201c', '\u2018', "'"]);
const NAME_NOUNS = new Set(['name', 'names', 'abbreviation', 'abbreviations', 'acronym', 'acronyms']);

/** A verb of naming just before the acronym ("called KPU", "call ISPA"), or a local name later in the sentence. */
function mentionedAsName(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>): boolean {
  const s = doc.tokens[m.tokenStart]!.sentence;
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 3); k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== s) break;
    if (GLOSS_VERBS.has(t.lower) && t.lower !== 'abbreviated') return true;
    // "a publication called “APBN KiTa”": an opening quotation mark between the verb and the name.
    if (t.lower !== 'the' && t.lower !== 'it' && t.lower !== 'them' && !OPENING_QUOTES.has(t.text)) break;
  }
  return referredToAs(doc, m.tokenStart, s) || localNameLater(doc, m.tokenEnd);
}

/** Forms of "refer" that name what follows "(to) (it/them) as": "what the authorities refer to as ISPA". */
const REFER_FORMS = new Set(['refer', 'refers', 'referred', 'referring']);

/** "refer to as X", "referred to it as X", "refers to them as X": the words before token `i`. */
function referredToAs(doc: AnalysedDocument, i: number, sentence: number): boolean {
  if (doc.tokens[i - 1]?.lower !== 'as' || doc.tokens[i - 1]!.sentence !== sentence) return false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (REFER_FORMS.has(t.lower)) return true;
    if (t.lower !== 'to' && t.lower !== 'it' && t.lower !== 'them') return false;
  }
  return false;
}

/** "…, referring to the provinces by their local names" / "…, the Indonesian abbreviation": later in the sentence. */
function localNameLater(doc: AnalysedDocument, from: number): boolean {
  const s = doc.tokens[from - 1]!.sentence;
  for (let k = from; k < Math.min(doc.tokens.length, from + 24); k++) {
    const t = doc.tokens[k]!;
    if (t.sentence !== s) return false;
    if (NAME_NOUNS.has(t.lower) || t.lower === 'term' || t.lower === 'terms') {
      const before = doc.tokens[k - 1]?.lower;
      if (before === 'local' || before === 'indonesian') return true;
      // "…, the reporter said, using the Indonesian forces' name for the armed groups": someone's
      // name (or term) FOR something, after a possessive, glosses the letters just used.
      const b1 = doc.tokens[k - 1];
      const possessive = b1 !== undefined && (b1.text === "'" || b1.text === '\u2019' || b1.lower === "'s" || b1.lower === '\u2019s' || /s['\u2019]$/u.test(b1.text) || b1.lower === 'their' || b1.lower === 'its');
      if (possessive && doc.tokens[k + 1]?.lower === 'for') return true;
    }
  }
  return false;
}

/** The article introduces the acronym in brackets ("the Foreign Ministry (Kemlu)", "Kemlu (Foreign Ministry)"). */
function bracketed(doc: AnalysedDocument, e: AcronymEntry, matches: PhraseMatch<AcronymEntry>[], facts: DocFacts): boolean {
  const known = facts.bracketed.get(e);
  if (known !== undefined) return known;
  let yes = false;
  for (const f of [e.acronym, ...(e.forms ?? [])]) {
    // "regional enterprises [BUMD]": an editor's square bracket introduces it as a round one does.
    if (doc.text.includes(`(${f})`) || doc.text.includes(`(${f},`) || doc.text.includes(`(${f};`) || doc.text.includes(`[${f}]`)) yes = true;
  }
  yes ||= matches.some((m) => m.value === e && (['(', '['].includes(doc.tokens[m.tokenEnd]?.text ?? '') || inBracketedName(doc, m)));
  facts.bracketed.set(e, yes);
  return yes;
}

/**
 * The acronym is one word of a short bracketed Indonesian name that follows its English rendering:
 * "South Sumatra Regional Police (Polda Sumsel)", "the sexual violence bill (RUU PKS)". The bracket
 * is the article's own gloss, an introduction as much as "(Sumsel)" alone would be.
 */
function inBracketedName(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>): boolean {
  const s = doc.tokens[m.tokenStart]!.sentence;
  let open = -1;
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 4); k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== s || t.text === ')') return false;
    if (t.text === '(') {
      open = k;
      break;
    }
  }
  if (open < 1) return false;
  for (let k = m.tokenEnd; k < Math.min(doc.tokens.length, m.tokenEnd + 4); k++) {
    const t = doc.tokens[k]!;
    if (t.sentence !== s || t.text === '(') return false;
    if (t.text === ')') return doc.tokens[open - 1]!.type === 'word';
  }
  return false;
}

/** Where the entry is first used other than bare (introduced), computed once per entry. */
function introducedAt(doc: AnalysedDocument, e: AcronymEntry, matches: PhraseMatch<AcronymEntry>[], facts: DocFacts): number {
  let at = facts.introducedAt.get(e);
  if (at === undefined) {
    at = Infinity;
    for (const x of matches) if (x.value === e && x.start < at && (!bareUse(doc, x) || glossedName(doc, x))) at = x.start;
    facts.introducedAt.set(e, at);
  }
  return at;
}

/** "(BNPB)" right after words of the same sentence: the article's own bracketed introduction. */
function bracketIntro(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>): boolean {
  const open = doc.tokens[m.tokenStart - 1];
  const close = doc.tokens[m.tokenEnd];
  const word = doc.tokens[m.tokenStart - 2];
  const pair = (open?.text === '(' && close?.text === ')') || (open?.text === '[' && close?.text === ']');
  return pair && word !== undefined && word.type === 'word' && word.sentence === open.sentence;
}

/**
 * The reader has been told what the acronym is by the time it appears: its English or Indonesian name
 * earlier in the text, or a head noun beside it ("the KPK anti-graft agency"). An acronym used first
 * and spelt out only later ("MPR Deputy Chairperson …" before "People's Consultative Assembly") is not.
 */
function explainedBefore(doc: AnalysedDocument, e: AcronymEntry, m: PhraseMatch<AcronymEntry>, facts: DocFacts): boolean {
  for (const ph of [e.englishFull, e.expansion]) {
    const clean = ph.replace(/\s*\([^)]*\)/g, '').toLowerCase();
    const at = clean.length > 3 ? facts.lower.indexOf(clean) : -1;
    if (at >= 0 && at < m.start) return true;
  }
  const next = spacedNext(doc, m.tokenEnd - 1);
  const prev = spacedPrev(doc, m.tokenStart);
  // "the counterterrorism squad, known as Densus 88": a gloss names it right there.
  const glossed = prev !== undefined && (GLOSS_VERBS.has(prev.lower) || (prev.lower === 'as' && doc.tokens[prev.i - 1]?.lower === 'known'));
  return glossed || orAfterName(doc, m) || (next !== undefined && EXPLAINING_HEADS.has(next.lower)) || (prev !== undefined && EXPLAINING_HEADS.has(prev.lower)) || headAfterModifiers(doc, m);
}

/** Singular lower case for comparing head nouns ("stations" ~ "station"). */
function headForm(word: string): string {
  const w = word.toLowerCase();
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** "polling stations (TPS)", "an elementary school (SD)": in brackets right after the last word of its English. */
function afterOwnHead(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>, e: AcronymEntry): boolean {
  if (!bracketIntro(doc, m)) return false;
  const english = e.englishFull.replace(/\s*\([^)]*\)/g, '').trim().split(/\s+/);
  const head = english[english.length - 1];
  return english.length >= 2 && head !== undefined && headForm(doc.tokens[m.tokenStart - 2]!.text) === headForm(head);
}

/** The acronym stands in running text, not as a bracketed introduction: "the RUU", not "(RUU)" or "RUU (bill)". */
function bareUse(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>): boolean {
  const before = doc.tokens[m.tokenStart - 1];
  const after = doc.tokens[m.tokenEnd];
  return before?.text !== '(' && after?.text !== '(' && after?.text !== ')' && !(before?.text === '[' && after?.text === ']') && after?.text !== '[';
}

// INDONESIA_CUES (words that show an article is about Indonesia, so its institutions' acronyms are
// plausible) is shared with the general untranslated-word detector.

/** The end of a list of two or more degrees after a name: "S.Sos., M.M., " (dotted degrees, each with its comma). */
const DEGREE_LIST_BEFORE = /(?:(?:\p{Lu}\p{L}{0,3}\.){1,3},\s){2,}$/u;

/** Honorifics before a surname: "Mr. Sidak" is a person, not the acronym. */
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam', 'mister']);

/**
 * Regional units whose Indonesian names put the acronym first ("Polda Metro Jaya", "Kodam Jaya",
 * "Pemprov DKI"). Machine translation treats the acronym as an English head noun and moves it after
 * the region: "the Metro Jaya Polda". Kept as a list here because only these take a region after them.
 * Prisons and remand centres are named by their town the same way ("Lapas Cipinang", "Rutan Salemba"):
 * "the Batu Lapas" is "Lapas Batu" turned round (session 18: three pool pages, no native page).
 */
const REGIONAL_UNITS = new Set(['Polda', 'Polres', 'Polresta', 'Polsek', 'Kodam', 'Kodim', 'Korem', 'Koramil', 'Pemprov', 'Pemkab', 'Pemkot', 'Kejati', 'Kejari', 'Dinkes', 'Disdik', 'Dishub', 'Kanwil', 'Lapas', 'Rutan']);
/** Administrative words that end a region's name before its unit: "Bogor Regency Bappeda", "Bekasi City Dinsos". */
const REGION_BEFORE_UNIT = new Set(['Regency', 'City', 'Province', 'Provincial', 'Municipality', 'Municipal', 'District', 'Subdistrict', 'Islands', 'Island']);
const NOT_REGION = new Set(['The', 'A', 'An', 'This', 'That', 'In', 'At', 'On', 'By', 'From', 'Of', 'For', 'To', 'And', 'National', 'Indonesian', 'Regional', 'Police', 'Provincial', 'Regency', 'City', 'District']);

/**
 * Start offset of the region name before a regional unit acronym in inverted order ("Metro Jaya Polda
 * deployed"), or undefined. The acronym must not itself open a name (no capitalised word after it).
 */
function invertedUnit(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>, byAcronym: ReadonlyMap<string, AcronymEntry>): number | undefined {
  if (!REGIONAL_UNITS.has(m.value.acronym)) return undefined;
  const tok = doc.tokens[m.tokenStart]!;
  const after = doc.tokens[m.tokenEnd];
  if (after !== undefined && after.sentence === tok.sentence && after.type === 'word' && /^\p{Lu}/u.test(after.text)) return undefined;
  let k = m.tokenStart - 1;
  let start: number | undefined;
  for (let n = 0; n < 3 && k >= 0; n++, k--) {
    const p = doc.tokens[k]!;
    if (p.sentence !== tok.sentence || p.type !== 'word' || !/^\p{Lu}[\p{Ll}\p{Lu}]+$/u.test(p.text) || NOT_REGION.has(p.text)) break;
    if (REGIONAL_UNITS.has(p.text)) return undefined;
    // "Babinsa Koramil", "TMMD Kodim": a title or programme acronym before the unit is no region.
    const known = byAcronym.get(p.text);
    if ((known && known.scope !== 'region') || (!known && /^\p{Lu}{2,}$/u.test(p.text))) break;
    start = p.start;
  }
  return start;
}

/**
 * "BPNB" in an article that writes "BNPB" three times: the same capitals in another order, once, beside
 * an acronym the article uses at least twice. A typing slip, not a second body: reported with the
 * article's own form as the fix. The two must start with the same letter and differ in at most three
 * places (a swap of two or a rotation of three letters), and the slip must not be an acronym of the lexicon.
 */
const LOWER_FORM = /^\p{Ll}/u;

/** The match touches a dot or @ with no space on either side: a domain or address, not prose. */
function inAddress(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>): boolean {
  const first = doc.tokens[m.tokenStart]!;
  const prev = doc.tokens[m.tokenStart - 1];
  const next = doc.tokens[m.tokenEnd];
  const glue = /^[.@/]$/;
  if (prev && !first.spaceBefore && (glue.test(prev.text) || /[.@/]$/.test(prev.text))) return true;
  return next !== undefined && !next.spaceBefore && glue.test(next.text) && doc.tokens[m.tokenEnd + 1] !== undefined && !doc.tokens[m.tokenEnd + 1]!.spaceBefore;
}

/** Three to six capitals, compiled once: the test runs at every word (a literal would be a new RegExp each time). */
const CAPITALS_3_6 = /^[A-Z]{3,6}$/;

function mistypedAcronyms(doc: AnalysedDocument, t: Tables): FindingDraft[] {
  const uses = new Map<string, Token[]>();
  for (const tok of doc.tokens) {
    // Three to six characters first (most words fail there, without a regex call).
    if (tok.type !== 'word' || tok.text.length < 3 || tok.text.length > 6 || !CAPITALS_3_6.test(tok.text)) continue;
    if (shouting(doc, tok.sentence)) continue;
    const list = uses.get(tok.text);
    if (list) list.push(tok);
    else uses.set(tok.text, [tok]);
  }
  if (uses.size < 2) return [];
  const byLetters = new Map<string, string[]>();
  for (const form of uses.keys()) {
    const key = [...form].sort().join('');
    byLetters.set(key, [...(byLetters.get(key) ?? []), form]);
  }
  const out: FindingDraft[] = [];
  for (const forms of byLetters.values()) {
    if (forms.length < 2) continue;
    for (const slip of forms) {
      const slipUses = uses.get(slip)!;
      if (slipUses.length !== 1 || t.byAcronym.has(slip)) continue;
      const right = forms
        .filter((f) => f !== slip && f[0] === slip[0] && uses.get(f)!.length >= 2 && [...f].filter((c, k) => c !== slip[k]).length <= 3)
        .sort((a, b) => uses.get(b)!.length - uses.get(a)!.length)[0];
      if (!right) continue;
      const tok = slipUses[0]!;
      out.push({
        start: tok.start,
        end: tok.end,
        message: `"${slip}" looks like a slip for "${right}", which the article uses ${uses.get(right)!.length} times: the same letters in another order.`,
        suggestions: [right],
        confidence: 0.75,
        severity: 'minor',
        category: 'fluency/spelling',
        fixable: true,
        note: 'A transposed acronym reads as a different body; check the source and use one form throughout.',
      });
    }
  }
  return out;
}

/** A later use of an acronym already reported: info, pointing back to the first finding's advice. */
function repeatFinding(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>, e: AcronymEntry, eng: string, named: boolean): FindingDraft {
  const text = doc.text.slice(m.start, m.end);
  return {
    start: m.start,
    end: m.end,
    message: named
      ? `"${text}" again: English-language news names the unit in English (${e.acronym} = ${eng}) rather than repeating the Indonesian acronym.`
      : `"${text}" again: after its introduction English-language news writes the English name (${eng}) rather than the Indonesian acronym.`,
    // Before a name ("Polda Metro Jaya") the English wording depends on the name, so no fix is offered.
    suggestions: named ? [] : [eng],
    confidence: 0.35,
    severity: 'info',
  };
}

/** Uses of an acronym beyond which its later uses get no hint of their own (see the caller). */
const MAX_REPEAT_HINTS = 4;

function usesOf(matches: readonly PhraseMatch<AcronymEntry>[], e: AcronymEntry): number {
  let n = 0;
  for (const m of matches) if (m.value === e) n++;
  return n;
}

/** A later use of an acronym English news keeps, in an article that never spells it out. */
function unexplainedAgain(doc: AnalysedDocument, m: PhraseMatch<AcronymEntry>, e: AcronymEntry): FindingDraft {
  const text = doc.text.slice(m.start, m.end);
  const full = e.englishFull.replace(/\s*\([^)]*\)/g, '');
  return {
    start: m.start,
    end: m.end,
    message: `"${text}" again, and the article never says what it is (${full}): introduce it at first use, "${full} (${e.acronym})", or write the English name here.`,
    suggestions: [full],
    confidence: 0.3,
    severity: 'info',
  };
}

/**
 * "National Disaster Management Agency (BNPB)" is how English news introduces an acronym it keeps,
 * but only where the acronym stands alone as a noun phrase. The bracket goes where it would not read
 * as English: inside brackets already ("(Polda Sumsel)" would nest them), before a word the acronym
 * modifies ("the Brimob dormitory", "TNI Commander", "PVMBG's"), or when the English name already
 * holds the letters ("Golkar Party (Golkar)"). Before a place name ("Polda Metro Jaya", "DKI
 * Jakarta") English puts the name first ("Metro Jaya Regional Police"), which a replacement of the
 * acronym alone cannot write, so no suggestion is offered there.
 */
function fitIntroductions(doc: AnalysedDocument, start: number, end: number, offered: string[]): string[] {
  let suggestions = offered;
  const text = doc.text.slice(start, end);
  const intro = (s: string): RegExpExecArray | null => {
    const m = /^(.*\S) \(([^()]+)\)$/.exec(s);
    return m && m[2]!.length >= 2 && text.includes(m[2]!) ? m : null;
  };
  // The English the sentence already gives just before the acronym ("the regional budget (APBD)",
  // "Regional Budget or APBD"): replacing the letters by it would print it twice.
  const lead = doc.text
    .slice(Math.max(0, start - 80), start)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(?:\s*\(|\s+or|\s*,)?\s*$/, '');
  suggestions = suggestions.filter((s) => !(s.length > 3 && /\s/.test(s) && lead.endsWith(s.toLowerCase())));
  // A term or unit in lower case before a name or another acronym ("RUU KKS", "UU DKJ", "Ditresnarkoba
  // Polda Sumsel", "Pusdalops BNPB"): English puts the name first ("the KKS bill"), which a replacement
  // of the acronym alone cannot write. A title before a name is English ("youth and sports minister Dito").
  const nextTok = spacedNextToken(doc, end);
  if (nextTok && /^\p{Lu}/u.test(nextTok.text)) {
    suggestions = suggestions.filter((s) => !/^\p{Ll}/u.test(s) || TITLE_HEADS.test(s));
  }
  if (!suggestions.some((s) => intro(s) !== null)) return suggestions;
  const before = doc.text.slice(0, start).trimEnd();
  const after = doc.text.slice(end);
  const bracketed = before.endsWith('(') || /^\s*\)/.test(after) || /^\s+[^\s()]+\)/.test(after);
  const first = firstTokenFrom(doc, end);
  const k = first < doc.tokens.length ? first : -1;
  const next = k >= 0 ? doc.tokens[k] : undefined;
  const last = k > 0 ? doc.tokens[k - 1] : undefined;
  const sameSentence = next !== undefined && last !== undefined && next.sentence === last.sentence;
  const possessive = sameSentence && /^['’]s?$/.test(next.text) && !next.spaceBefore;
  const modifies = sameSentence && next.spaceBefore && next.type === 'word' && (/^\p{Lu}/u.test(next.text) || next.pos === 'NOUN' || next.pos === 'PROPN');
  const out: string[] = [];
  for (const s of suggestions) {
    const m = intro(s);
    if (!m) {
      out.push(s);
      continue;
    }
    const full = m[1]!;
    // A regional unit ("Regional Police", "Special Capital Region") is named by the place after it.
    const regionalUnit = /\b(?:Regional|District|City|Sector|Subdistrict|Provincial|Resort|Special Capital|Military Command)\b/.test(full);
    // A verb after it ("DPRD Asks …" in a headline) is no place name.
    const verbNext = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
    if (modifies && !verbNext && (placeAfter(doc, k) || (regionalUnit && /^\p{Lu}/u.test(next.text)))) continue;
    const holds = new RegExp(`(?:^|\\s)${m[2]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`).test(full);
    const bare = bracketed || possessive || modifies || holds;
    const fixed = bare ? full : s;
    if (!out.includes(fixed)) out.push(fixed);
  }
  return out;
}

/**
 * "Satpol PP's arrival": the English is a plural ("public order officers"), whose possessive is the
 * bare apostrophe. Replacing the letters alone would print "officers's", so the finding takes in the
 * "'s" and the suggestion writes "public order officers'".
 */
function pluralPossessive(doc: AnalysedDocument, f: FindingDraft): FindingDraft {
  const m = /^(['’])s(?![\p{L}\p{N}])/u.exec(doc.text.slice(f.end));
  const offered = f.suggestions ?? [];
  if (!m || offered.length === 0) return f;
  const plural = (s: string): boolean => {
    const w = /(\p{Ll}+)$/u.exec(s)?.[1];
    return w !== undefined && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && isEnglishWord(w.slice(0, -1));
  };
  if (!offered.some(plural)) return f;
  return { ...f, end: f.end + 2, suggestions: offered.map((s) => (plural(s) ? `${s}${m[1]!}` : `${s}${m[1]!}s`)) };
}

/**
 * "JABAR EKSPRES – The authority said …": a short form English writes in mixed case (Jabar), set in
 * capitals before another capitalised word and the dateline dash, opens an outlet's name, as
 * "JAKARTA –" opens a dateline: a masthead, not running text. ("… By Satpol PP JAKARTA –" is a
 * headline before the dateline: its acronym is in its usual case and still reported.)
 */
function outletDateline(doc: AnalysedDocument, k: number, known: Set<string>): boolean {
  const word = doc.tokens[k];
  const dash = doc.tokens[k + 1];
  return (
    word !== undefined &&
    dash !== undefined &&
    word.type === 'word' &&
    word.spaceBefore &&
    /^\p{Lu}{3,}$/u.test(word.text) &&
    !known.has(word.lower) &&
    dash.spaceBefore &&
    /^[-\u2013\u2014]$/.test(dash.text)
  );
}

let outletWords: Set<string> | undefined;

/** One-word names of news outlets and their aliases ("Antara", "Antaranews", "Kompas"). */
function outletNames(): Set<string> {
  if (!outletWords) {
    outletWords = new Set<string>();
    for (const e of loadLexicon<{ name: string; aliases?: string[] }>('news-outlets').entries) {
      for (const n of [e.name, ...(e.aliases ?? [])]) if (!/\s/.test(n)) outletWords.add(n);
    }
  }
  return outletWords;
}

/** English renderings that end in a title (may stand before a name): "foreign minister", "acting". */
const TITLE_HEADS = /\b(?:minister|secretary|acting|chief|head|commander|officer|regent|governor|mayor|spokesperson|director|chairman|chairwoman|chairperson|deputy|inspector|commissioner|assistant|speaker|member|policewoman|policeman|officers)$/;

/** Index of the first token starting at or after `offset` (binary search: tokens are sorted by start). */
function firstTokenFrom(doc: AnalysedDocument, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token after offset `end` in the same sentence, separated by a space, if any. */
function spacedNextToken(doc: AnalysedDocument, end: number): Token | undefined {
  const lo = firstTokenFrom(doc, end);
  const next = doc.tokens[lo];
  const last = doc.tokens[lo - 1];
  return next && last && next.spaceBefore && next.sentence === last.sentence && next.type === 'word' ? next : undefined;
}

/** A place name among the (up to two) capitalised words from token k: a word no English wordlist holds. */
function placeAfter(doc: AnalysedDocument, k: number): boolean {
  const first = doc.tokens[k];
  for (let i = k; i < k + 2; i++) {
    const x = doc.tokens[i];
    if (!x || x.sentence !== first!.sentence || x.type !== 'word' || !/^\p{Lu}\p{Ll}/u.test(x.text)) return false;
    if (!isEnglishWord(x.lower)) return true;
  }
  return false;
}

/** The acronym at token `i` follows "Jalan", "Jl." or "Gang": it is part of a street's name. */
function streetNamePrefix(doc: AnalysedDocument, i: number): boolean {
  let k = i - 1;
  // "Jl." may be cut from the acronym by the sentence splitter: the full stop glued to "Jl" is read
  // by position instead.
  const dot = doc.tokens[k]?.text === '.' && doc.tokens[k - 1]?.end === doc.tokens[k]!.start;
  if (dot) k--;
  const w = doc.tokens[k];
  if (w === undefined) return false;
  if (dot) return /^(?:Jl|Jln|Gg)$/.test(w.text);
  return w.sentence === doc.tokens[i]!.sentence && /^(?:Jalan|Jl\.?|Jln\.?|Gang|Gg\.?)$/.test(w.text);
}

/**
 * A region's short form inside a company name: "PT Kobar Lamandau Mineral", "PT Kalsel Jaya": the
 * legal form (PT, CV, UD, Perum) within the three capitalised words before it says the letters are
 * part of the name, which English news writes as it is.
 */
function companyNameBefore(doc: AnalysedDocument, i: number): boolean {
  const sentence = doc.tokens[i]!.sentence;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = doc.tokens[k]!;
    if (w.sentence !== sentence || w.type !== 'word' || !/^\p{Lu}/u.test(w.text)) return false;
    if (/^(?:PT|CV|UD|Perum|Perumda)$/.test(w.text)) return true;
  }
  return false;
}

/**
 * "East Kotim BPBD": the region's short form already carries its direction ("Kotawaringin Timur"),
 * so the English direction the translation put before it goes into the finding, or the fix would
 * read "East East Kotawaringin".
 */
function directionBefore(doc: AnalysedDocument, f: FindingDraft): FindingDraft {
  const first = f.suggestions?.[0]?.split(' ')[0];
  if (first === undefined || !/^(?:North|South|East|West|Central|Southeast|Southwest|Northeast|Northwest)$/.test(first)) return f;
  const before = doc.text.slice(Math.max(0, f.start - first.length - 1), f.start);
  if (before !== `${first} `) return f;
  return { ...f, start: f.start - first.length - 1 };
}

/** The last word of a lower-case English rendering that names one institution or unit. */
const INSTITUTION_HEAD = /\b(?:agency|office|forum|directorate|council|committee|board|centre|center|commission|bureau|service|department|institute)$/;
/** Words after which an institution's name needs its article: prepositions, conjunctions, a list comma. */
const ARTICLE_LEADS = new Set(['of', 'from', 'by', 'with', 'at', 'to', 'in', 'for', 'and', 'or', 'as', 'on', 'under', 'between', ',']);

/**
 * "attended by Bappeda, the PUPR Office …": the acronym names one institution as a bare proper name,
 * but its English rendering ("regional development planning agency") is a common noun phrase, which
 * takes "the" in a list or after a preposition ("such as the regional development planning agency").
 */
function institutionArticle(doc: AnalysedDocument, f: FindingDraft): FindingDraft {
  const offered = f.suggestions ?? [];
  if (!offered.some((s) => /^\p{Ll}/u.test(s) && INSTITUTION_HEAD.test(s))) return f;
  const k = firstTokenFrom(doc, f.start);
  const first = doc.tokens[k];
  const prev = k > 0 ? doc.tokens[k - 1] : undefined;
  if (!first || !prev || prev.sentence !== first.sentence || !ARTICLE_LEADS.has(prev.lower)) return f;
  // "in RT 09", "Bappeda 2": a numbered unit takes no article.
  const after = doc.tokens[firstTokenFrom(doc, f.end)];
  if (after && after.sentence === first.sentence && /^\d/.test(after.text)) return f;
  return { ...f, suggestions: offered.map((s) => (/^\p{Ll}/u.test(s) && INSTITUTION_HEAD.test(s) ? `the ${s}` : s)) };
}

/**
 * The head nouns of a capitalised English name that English news gives "the": "the Corruption
 * Eradication Commission", "the Football Association of Indonesia", "the Indonesian Red Cross".
 * (Not "Bank Indonesia", "Pertamina" or "Nusantara Capital City", whose last word is no such head.)
 */
const DEFINITE_NAME_HEAD = /\b(?:Ministry|Commission|Agency|Association|Council|Board|Office|Police|Court|Army|Navy|Force|Forces|Military|Cross|Crescent|Party|Front|Assembly|House|Institute|Service|Bureau|Authority|Corps|Command|Directorate|Secretariat|Forum|Union|Federation|Foundation|Fund|Centre|Center|Committee|Department|Administration|Organi[sz]ation|Movement|Coalition|Alliance|Body|Agency|Tribunal|Inspectorate|Chamber|Senate)$/;
/** Words before the acronym that already determine it (or make it part of a longer name). */
const DETERMINED_BY = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose', 'every', 'each', 'no', 'any']);

/**
 * "PSSI already has …" → "The Football Association of Indonesia (PSSI) already has …": an
 * institution's acronym stands as a bare proper name, but most English names of institutions are
 * common-noun heads that take "the". The suggestion gets it when nothing before the acronym
 * determines it (an article, a possessive, a capitalised word of a longer name) and the English
 * name's head (before "of", else its last word) is such a noun. Capital "The" at a sentence's start.
 */
function definiteName(doc: AnalysedDocument, f: FindingDraft): FindingDraft {
  const offered = f.suggestions ?? [];
  const needs = (s: string): boolean => {
    if (!/^\p{Lu}/u.test(s) || /^the /i.test(s)) return false;
    const name = s.replace(/\s*\([^)]*\)$/, '');
    const head = name.includes(' of ') ? name.slice(0, name.indexOf(' of ')) : name;
    return name.includes(' ') && DEFINITE_NAME_HEAD.test(head);
  };
  if (!offered.some(needs)) return f;
  const k = firstTokenFrom(doc, f.start);
  const first = doc.tokens[k];
  if (!first) return f;
  const prev = k > 0 ? doc.tokens[k - 1] : undefined;
  const opens = !prev || prev.sentence !== first.sentence;
  if (!opens) {
    if (DETERMINED_BY.has(prev.lower) || /^['’]s?$/.test(prev.text) || prev.text === '(' || (prev.type === 'word' && /^\p{Lu}/u.test(prev.text) && !/^(?:said|says)$/i.test(prev.text))) return f;
    // Inside a quotation or after a quote mark the sentence may open there: keep it simple, stay silent.
    if (QUOTE_CHARS.has(prev.text)) return f;
  }
  // A numbered unit ("Brimob 2") or a possessive after the acronym ("KPK's") keeps its own shape, and
  // an acronym that modifies the next word leaves the determiner to the whole phrase: a plural or
  // mass head needs none ("committed to UN DK resolutions" → "to UN Security Council resolutions",
  // "by Brimob personnel"), and one before another capitalised word is part of a name ("BEM SI").
  const after = doc.tokens[firstTokenFrom(doc, f.end)];
  if (after && after.sentence === first.sentence && (/^\d/.test(after.text) || /^['’]s?$/.test(after.text) || (after.spaceBefore && after.type === 'word' && (/^\p{Lu}/u.test(after.text) || after.pos === 'NOUN' || after.pos === 'PROPN')))) return f;
  if (prev && !opens && (prev.type === 'number' || prev.pos === 'NUM')) return f;
  return { ...f, suggestions: offered.map((s) => (needs(s) ? `${opens ? 'The' : 'the'} ${s}` : s)) };
}
const QUOTE_CHARS = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);

/**
 * "Rote Ndao Regency, NTT, Indonesia": inside a chain of places set off by commas, the region's
 * English name alone reads as English ("Rote Ndao Regency, East Nusa Tenggara, Indonesia"); a
 * bracketed acronym there ("East Nusa Tenggara (NTT), Indonesia") breaks the chain.
 */
function inPlaceChain(doc: AnalysedDocument, f: FindingDraft): FindingDraft {
  const offered = f.suggestions ?? [];
  const text = doc.text.slice(f.start, f.end);
  const bracketed = (x: string): boolean => x.endsWith(` (${text})`);
  if (!offered.some(bracketed)) return f;
  if (!/\p{Lu}[\p{L}.]*,\s$/u.test(doc.text.slice(Math.max(0, f.start - 40), f.start)) || !/^,\s+\p{Lu}/u.test(doc.text.slice(f.end, f.end + 4))) return f;
  return { ...f, suggestions: offered.map((x) => (bracketed(x) ? x.slice(0, -(text.length + 3)) : x)) };
}

/** A term's acronym reused bare after its introduction ("the RUU", "the price of BBM"): English keeps the English term. */
function termReuse(m: PhraseMatch<AcronymEntry>, text: string, e: AcronymEntry, alts: string[]): FindingDraft {
  return {
    start: m.start,
    end: m.end,
    message: `"${text}" is the Indonesian acronym (${e.expansion}) reused after its introduction; English keeps the English term: ${alts.join(' or ')}.`,
    suggestions: alts,
    confidence: 0.5,
    // A hint, not minor: the annotation guide counts an acronym as explained once introduced, and
    // editors split on the reuse (marked 14 of 29 times on the tune halves of sets a-i).
    severity: 'info',
  };
}

export const untranslatedAcronym: Rule = {
  meta: {
    id: 'untranslated-acronym',
    category: 'accuracy/untranslated',
    severity: 'major',
    // Inside a passage left in Indonesian, the untranslated-sentence finding already reports every
    // word; a finding reaching past the passage's edge is kept (part of it is outside that report).
    yieldsWithin: ['untranslated-sentence'],
    description: 'Indonesian acronyms left in English text, whole or half translated (PBB, UN DK, AS President, KTT, Jabar, MPR RI, Bappeda, Disdukcapil), a term reused bare after its bracketed introduction, each occurrence, and an acronym mistyped against one the article repeats.',
    examples: {
      invalid: [
        {
          // the bracketed introduction itself, never used again: drop the brackets, do not write the English name twice
          text: 'Figures from the Emergency Operations Center (Pusdalops) showed that 40 homes in Bekasi were still flooded.',
          flags: [' (Pusdalops)'],
          suggestion: '',
        },
        {
          // an institution's English name takes "the" where the bare acronym stood
          text: 'Indonesian officials said KKP would inspect the port in Bitung next week.',
          flags: ['KKP'],
          suggestion: 'the Maritime Affairs and Fisheries Ministry',
        },
        {
          // a region's acronym inside a chain of places: its English name alone
          text: 'Eight fishermen from Rote Ndao Regency, NTT, Indonesia, were detained at sea.',
          flags: ['NTT'],
          suggestion: 'East Nusa Tenggara',
        },
        {
          // a pair English news keeps one by one, written as one word
          text: 'Security in Bali was handled by 2,000 TNI-Polri personnel over New Year.',
          flags: ['TNI-Polri'],
          suggestion: 'military and police',
        },
        {
          // letters with two meanings: the article's words choose (Pekerja Migran Indonesia, not the Red Cross)
          text: 'Forty PMI deported from Malaysia landed in Batam on Monday, the migrant workers agency said.',
          flags: ['PMI'],
          suggestion: 'Indonesian migrant workers',
        },
        {
          text: 'Voters in Jakarta who hold KTPs from another province must register by Friday.',
          flags: ['KTPs'],
          suggestion: 'ID cards',
        },
        {
          text: 'The Central Java Polda arrested four suspects in Semarang, Indonesia, on Friday.',
          flags: ['Central Java Polda'],
          suggestion: 'Central Java Regional Police',
        },
        {
          text: 'Officials from the Kemhan RI met a Malaysian delegation in Jakarta on Monday.',
          flags: ['Kemhan RI'],
          suggestion: 'Defence Ministry',
        },
        {
          // A numbered school: the number joins the fix, or it would read "state senior high school 4".
          text: 'Pupils of SMAN 4 Pekanbaru in Riau planted mangroves on Saturday.',
          flags: ['SMAN 4'],
          suggestion: 'State Senior High School 4',
        },
        {
          // A regency's short form, with the direction the translation added before it.
          text: 'The head of the East Kutim disaster agency in Indonesia said the river had burst its banks.',
          flags: ['East Kutim'],
          suggestion: 'East Kutai',
        },
        {
          text: 'Moscow has blocked three UN DK statements on the conflict since March.',
          flags: ['UN DK'],
          suggestion: 'UN Security Council',
        },
        {
          text: 'The AS President will host the Philippine leader next week, the spokesman said.',
          flags: ['AS'],
          suggestion: 'US',
        },
        {
          text: 'Brazil raised the issue at the PBB after the AS-China talks stalled.',
          flags: ['PBB', 'AS'],
        },
        {
          text: 'Leaders flew to Vientiane for the KTT ASEAN on Tuesday.',
          flags: ['KTT ASEAN'],
          suggestion: 'ASEAN summit',
        },
        {
          text: 'Turnout in the Pemilu was lower than in 2019, according to observers in Surabaya.',
          flags: ['Pemilu'],
          suggestion: 'general election',
        },
        {
          text: 'Spending rose to 3 percent of gross domestic product (PDB) in Surabaya.',
          flags: ['PDB'],
          suggestion: 'GDP',
        },
        {
          text: 'Jakarta councillors sent the Bill (RUU) on street vendors back, and the RUU now returns to committee.',
          flags: [' (RUU)', 'RUU'],
          suggestion: '',
        },
        {
          text: 'Vietnamese boats were seized inside the exclusive economic zone (ZEE) off Natuna.',
          flags: ['ZEE'],
          suggestion: 'EEZ',
        },
        {
          text: 'The OKI held an emergency meeting in Jeddah on Friday.',
          flags: ['OKI'],
          suggestion: 'OIC',
        },
        {
          text: 'Landslides hit Jabar after the BNPB warned of rain; the BNPB and the BPNB sent teams from Jakarta.',
          flags: ['Jabar', 'BNPB', 'BNPB', 'BPNB'],
          suggestion: 'West Java',
        },
        {
          text: 'Lawmakers of the DPR RI questioned the police chief in Jakarta.',
          flags: ['DPR RI'],
          suggestion: "House of Representatives (DPR)",
        },
        {
          text: 'Officials of the Bappeda and the Disdukcapil in Bekasi checked the new records on Monday.',
          flags: ['Bappeda', 'Disdukcapil'],
          suggestion: 'regional development planning agency',
        },
        {
          text: 'Flood victims in Jakarta sheltered at RPTRA Kenanga until the water receded on Friday.',
          flags: ['RPTRA'],
        },
        {
          text: 'Voters in Surabaya queued outside 40 polling stations (TPS) on Wednesday morning.',
          flags: ['TPS'],
        },
        {
          text: 'Pertamina said fuel (BBM) prices in Indonesia would hold, and the retail price of BBM would not rise.',
          flags: ['BBM'],
          suggestion: 'fuel',
        },
      ],
      valid: [
        // A regional edition of an outlet in the dateline.
        'Padang, Indonesia (Antaranews Sumbar) - The regency opened two new schools on Monday.',
        // A region's short form inside a company name after its legal form.
        'Coal from PT Kukar Energi Utama was shipped from Samarinda, Indonesia, on Monday.',
        'Fires broke out near Jl. RSUD Samuda and on Jalan RSUD Doris Sylvanus in Indonesia.',
        'The Littoral Combat Ship program, known as LCS, cost the US Navy billions.',
        'Lawmakers took bribes in a tender for the e-KTP. The e-KTP is a chip-based identity card every adult must carry.',
        // A legal form before a company name, a name the sentence calls a name: not leftovers.
        'The mining ministry in Jakarta fined PT Sinar Baru, a coal trader, for late royalty payments.',
        'Clinics in Jambi treated thousands of children for lung infections, or what the local health office in Jakarta calls ISPA.',
        '"We may fly straight to Kalteng," the minister told reporters in Jakarta, referring to the province by its local name.',
        'AS Roma and AS Monaco both won on Sunday, and A.S. Byatt was honoured in London.',
        'Her BA and MA degrees came from universities in Perth, and she later ran the PR office of AS Saint-Etienne.',
        'She completed an MA degree before joining the BI team at a Singapore bank.',
        'As many as 40 people were hurt as the crowd surged towards the stage.',
        'The UN Security Council met as the EU and the US imposed new sanctions.',
        'DK Metcalf caught two passes, and DK published the atlas in London.',
        'Shares of Oki Electric rose after the OKI brand launched new printers in Tokyo.',
        'The NBA and its players met twice in New York; the BAN campaign and the NBA draft followed.',
        'Bappeda is a surname in parts of Sri Lanka, the genealogist told the London society.',
        'The SE corner of the stadium in Surabaya was closed before the match.',
        // An acronym English news keeps, introduced after its English name, and international acronyms.
        'The National Disaster Management Agency (BNPB) said floods in Bogor, Indonesia, killed 12 people.',
        // The wire services' ", or TNI": the acronym given as another name for the English name before it.
        'A spokesman for the Indonesian National Armed Forces, or TNI, said troops had reached the village in Papua.',
        'Ministers met at the ASEAN summit in Jakarta, and APEC officials joined them on Friday.',
        'PALU, Indonesia (AP) — Police arrested four men after the raid, and PT Sinar Baru shut its plant.',
      ],
    },
  },
  run(doc) {
    const t = data();
    // Acronyms inside multi-word Indonesian terms ("dolar AS") belong to untranslated-word.
    const inWordTerm = new Set<number>();
    for (const h of wordHits(doc)) if (h.tokenEnd - h.tokenStart > 1) for (let k = h.tokenStart; k < h.tokenEnd; k++) inWordTerm.add(k);

    const matches: PhraseMatch<AcronymEntry>[] = [];
    for (let i = 0; i < doc.tokens.length; i++) {
      const tok = doc.tokens[i]!;
      if (tok.type !== 'word' || inWordTerm.has(i)) continue;
      const m = t.matcher.longestAt(doc, i);
      if (!m) continue;
      // An acronym glued to letters by a hyphen or an apostrophe on its left (e-KTP is a form of its own).
      // A lower-case form inside a web or e-mail address ("inp.polri.go.id") is part of the address.
      if (LOWER_FORM.test(tok.text) && inAddress(doc, m)) continue;
      matches.push(m);
      i = m.tokenEnd - 1;
    }
    // Letters with several meanings take the one the article's words point to.
    if (matches.some((m) => m.value.senses)) {
      const words = new Set(doc.tokens.map((u) => u.lower));
      for (let k = 0; k < matches.length; k++) {
        const m = matches[k]!;
        if (m.value.senses) matches[k] = { ...m, value: senseIn(m.value, words) };
      }
    }
    let aboutIndonesia: boolean | undefined;
    const indonesian = (): boolean => (aboutIndonesia ??= indonesiaCued(doc.text));
    // A slip and a bracketed short form are never a lexicon acronym, so they overlap no finding below.
    const knownForm = (f: string): boolean => t.knownForms.has(f.toLowerCase());
    const slips = [...mistypedAcronyms(doc, t), ...bracketedShortForms(doc, indonesian, knownForm), ...unexplainedAcronyms(doc, indonesian, knownForm)];
    if (matches.length === 0) return slips;

    const facts: DocFacts = {
      lower: doc.text.toLowerCase(),
      indonesian:
        indonesiaCued(doc.text) ||
        new Set(matches.filter((m) => !m.value.englishCollision && m.value.scope !== 'timezone').map((m) => m.value)).size >= 2 ||
        wordHits(doc).some((h) => !h.value.englishHomograph && !h.value.acceptedInEnglish && h.value.class === 'country'),
      explained: new Map(),
      bracketed: new Map(),
      introducedAt: new Map(),
    };
    const consumed = new Set<number>();
    const out: FindingDraft[] = [];
    /**
     * Acronyms already reported once. Every occurrence is reported (an editor fixes each "WIB" and
     * each "Polda"), but where the fix is an introduction at first use, later uses are only info.
     */
    const reported = new Set<AcronymEntry>();
    /** Acronyms the article has put in brackets after their English name: evidently the Indonesian ones. */
    const afterName = new Set<AcronymEntry>();
    /** Acronyms the writer has mentioned as the local name ("what the authorities call ISPA"). */
    const namedOnPurpose = new Set<AcronymEntry>();

    /** Component-and-body pairs the article glossed in brackets after their English name ("(TNI AD)"). */
    const glossedPairs = new Set<string>();
    // Pass 1: components joined to a body ("UN DK", "DK UN", "Sekjen PBB", "KTT ASEAN").
    for (const m of matches) {
      const e = m.value;
      if (!e.combinesWith || consumed.has(m.tokenStart)) continue;
      if (inIndonesianClause(doc, m.start, m.end)) continue;
      const bodies = bodiesOf(e, t);
      const next = spacedNext(doc, m.tokenEnd - 1);
      const prev = spacedPrev(doc, m.tokenStart);
      let body: Token | undefined;
      if (next && bodies.has(next.text) && !consumed.has(next.i)) body = next;
      else if (prev && bodies.has(prev.text) && !consumed.has(prev.i)) body = prev;
      if (!body) continue;
      const info = bodies.get(body.text)!;
      const start = Math.min(m.start, body.start);
      const end = Math.max(m.end, body.end);
      // "the Indonesian Army (TNI AD)": the pair in brackets right after an English name is the
      // Indonesian short form introduced as a gloss, and later uses of it ("the TNI AD") refer back.
      const pairText = doc.text.slice(start, end);
      const first = doc.tokens[Math.min(m.tokenStart, body.i)]!;
      const last = doc.tokens[Math.max(m.tokenEnd - 1, body.i)]!;
      const before = doc.tokens[first.i - 1];
      const named = doc.tokens[first.i - 2];
      if (!info.international && before?.text === '(' && doc.tokens[last.i + 1]?.text === ')' && named?.type === 'word' && named.sentence === first.sentence && /^\p{Lu}/u.test(named.text)) {
        glossedPairs.add(pairText);
      }
      if (glossedPairs.has(pairText)) {
        consumed.add(m.tokenStart);
        consumed.add(body.i);
        continue;
      }
      const comp = e.english.split(';').map((s) => s.trim());
      const suggestions = comp.map((c) => `${info.english} ${c}`);
      const bodyIsIndonesian = t.byAcronym.has(body.text) && !PLAIN_BODIES.has(body.text);
      consumed.add(m.tokenStart);
      consumed.add(body.i);
      out.push({
        start,
        end,
        message: bodyIsIndonesian
          ? `"${doc.text.slice(start, end)}" is an Indonesian acronym (${e.acronym} = ${e.expansion}) left untranslated: ${suggestions[0]}.`
          : `"${doc.text.slice(start, end)}" is half translated: ${e.acronym} is Indonesian (${e.expansion}), so the English is ${suggestions[0]}.`,
        suggestions,
        confidence: 0.9,
        severity: info.international || e.acronym === 'DK' || e.acronym === 'MU' ? 'major' : 'minor',
        fixable: suggestions.length === 1,
        note: 'Machine translation converts a body acronym it knows (PBB → UN) but leaves the Indonesian component (DK = Dewan Keamanan, Security Council).',
      });
    }

    // Pass 2: everything else.
    for (const m of matches) {
      if (consumed.has(m.tokenStart)) continue;
      const e = m.value;
      const tok = doc.tokens[m.tokenStart]!;
      if (inIndonesianClause(doc, m.start, m.end)) continue;
      const text = doc.text.slice(m.start, m.end);
      // Letters glued to other letters by a hyphen ("KN-23", "UE-compatible") are part of a code, not the acronym,
      // except for country pairs, handled below.
      const prevTok = doc.tokens[m.tokenStart - 1];
      const glued = prevTok !== undefined && !tok.spaceBefore && prevTok.sentence === tok.sentence && /[\p{L}\d]$/u.test(prevTok.text);
      if (glued) continue;
      // "TV-MA", "KN-23": letters in a hyphenated code (country pairs such as "China-AS" are checked below).
      const hyphenCode = prevTok !== undefined && !tok.spaceBefore && HYPHEN.test(prevTok.text) && !prevTok.spaceBefore;
      if (hyphenCode && e.scope !== 'international') continue;
      if (shouting(doc, tok.sentence)) continue;
      // "Nyoman Subawa, S.T., M.M., IPM.": letters in the list of degrees and professional titles after a
      // name (IPM, IPU: the engineers' grades) are a title, not the acronym (here the human development index).
      if (DEGREE_LIST_BEFORE.test(doc.text.slice(Math.max(0, m.start - 30), m.start))) continue;
      if (text === text.toUpperCase() && e.acronym !== e.acronym.toUpperCase() && outletDateline(doc, m.tokenEnd, t.knownForms)) continue;
      // "(Antaranews Sumbar)", "Antara Jatim": a regional edition's name after its outlet, not running text.
      if (prevTok !== undefined && tok.spaceBefore && prevTok.sentence === tok.sentence && outletNames().has(prevTok.text)) continue;
      const inv = e.scope === 'institution' && facts.indonesian ? invertedUnit(doc, m, t.byAcronym) : undefined;
      if (inv !== undefined) {
        reported.add(e);
        const region = doc.text.slice(inv, m.start).trim();
        const eng = firstEnglish(e);
        out.push({
          start: inv,
          end: m.end,
          message: `"${doc.text.slice(inv, m.end)}" puts the Indonesian unit acronym ${e.acronym} (${e.expansion}) after its region, an English order applied to an Indonesian name: "${e.acronym} ${region}" or, in English, "${region} ${eng}".`,
          suggestions: [`${region} ${eng}`, `${e.acronym} ${region}`],
          confidence: 0.75,
          severity: 'minor',
        });
        continue;
      }
      // Mixed-case acronyms (Sidak, Napi, Bulog) are also surnames: "Mr. Sidak", "Anna Sidak". Clipped
      // region names (Jabar, Kalsel) follow a unit's name ("Polda Kalsel") and are no one's surname.
      // Long blends (Ditlantas, Pusdalops, Satreskrim) are no one's surname either.
      if (text !== text.toUpperCase() && e.scope !== 'region' && text.length < 8) {
        const p = doc.tokens[m.tokenStart - 1];
        const pName = p && p.sentence === tok.sentence && (PERSON_TITLES.has(p.lower.replace(/\.$/, '')) || (p.text === '.' && PERSON_TITLES.has(doc.tokens[m.tokenStart - 2]?.lower ?? '')));
        const prevWord = spacedPrev(doc, m.tokenStart);
        // A capitalised word before it is a given name, unless it is itself an acronym of the lexicon
        // ("the Maluku Polda Polwan": two units in a row, no one's name).
        // Nor is a place or an administrative word ("the Central Bangka Bappeda", "the Bogor Regency Dinsos",
        // "the Denpasar Rudenim": Indonesian "Bappeda Bangka Tengah" with the region put first).
        const nameBefore =
          prevWord !== undefined &&
          prevWord.type === 'word' &&
          /^\p{Lu}\p{Ll}+$/u.test(prevWord.text) &&
          prevWord.i !== doc.sentences[tok.sentence]!.tokenStart &&
          !t.byAcronym.has(prevWord.text) &&
          // A legal form kept in English (Tbk) after a company's place word stays the company's: "Semen Padang Tbk".
          !((REGION_BEFORE_UNIT.has(prevWord.text) || INDONESIAN_PLACE_WORDS.has(prevWord.text)) && (e.scope === 'institution' || !e.acceptedInEnglish));
        // A component before a name is a title ("Iranian Menlu Abbas Araghchi"), not a surname after a given name.
        const after = spacedNext(doc, m.tokenEnd - 1);
        const titleBeforeName = e.scope === 'component' && after !== undefined && after.type === 'word' && /^\p{Lu}\p{Ll}/u.test(after.text);
        // A unit before its place ("Propam Bid Polda Metro Jaya") is the unit's name, not a surname after a
        // capitalised word: no one is called "Bid Polda Metro Jaya".
        const unitBeforePlace = e.scope === 'institution' && after !== undefined && placeAfter(doc, after.i);
        if (pName || (nameBefore && !titleBeforeName && !unitBeforePlace)) continue;
      }
      // "what the local authorities call ISPA", "flown into Kalteng, referring to the province by its
      // local name": the writer mentions the Indonesian letters as a name on purpose.
      if (e.scope !== 'international' && (namedOnPurpose.has(e) || mentionedAsName(doc, m))) {
        // Later uses of a name the writer introduced as the local one are that name too.
        namedOnPurpose.add(e);
        continue;
      }
      const eng = firstEnglish(e);
      const alts = e.english.split(';').map((s) => s.trim());

      // "MPR RI", "DPR RI": the official Indonesian style adds RI (Republik Indonesia) to a national body;
      // English news writes the body alone.
      if (e.acceptedInEnglish && / RI$/.test(text) && facts.indonesian) {
        const full = e.englishFull.replace(/\s*\([^)]*\)/g, '');
        const introduced = reported.has(e) || explained(doc, e, matches, facts);
        reported.add(e);
        out.push({
          start: m.start,
          end: m.end,
          message: `"${text}" keeps the Indonesian "RI" (Republik Indonesia) after ${e.acronym}; English news writes ${introduced ? `"${e.acronym}"` : `"${full} (${e.acronym})" at first use`}.`,
          suggestions: introduced ? [e.acronym] : [`${full} (${e.acronym})`, e.acronym],
          confidence: 0.75,
          severity: 'minor',
          fixable: introduced,
        });
        continue;
      }

      if (afterEnglishName(doc, m)) {
        out.push({
          start: m.start,
          end: m.end,
          message: `"${text}" is the Indonesian acronym (${e.expansion}) after the English name; English uses ${eng}.`,
          suggestions: [eng],
          confidence: 0.85,
          severity: e.scope === 'international' ? 'major' : 'minor',
          fixable: true,
          note: 'Machine translation renders the spelt-out name but copies the acronym in brackets as it stands in Indonesian.',
        });
        reported.add(e);
        afterName.add(e);
        continue;
      }

      switch (e.scope) {
        case 'international': {
          if (e.englishCollision && !countryPosition(doc, m, t)) break;
          if (matches.some((x) => x.value === e && namesOtherBody(doc, x))) break;
          // "the Unitary State of the Republic of Indonesia (NKRI)": English has no acronym of its own,
          // and the article glosses this one; the bracket is a leftover an editor drops, not an error.
          if (!e.englishCollision && !/^[A-Z]{2,6}$/.test(eng) && bracketed(doc, e, matches, facts) && explained(doc, e, matches, facts)) {
            reported.add(e);
            out.push({
              start: m.start,
              end: m.end,
              message: `"${text}" is the Indonesian acronym for ${e.englishFull} (${e.expansion}); the article spells it out, and English news has no acronym for it: ${alts.join(' or ')}.`,
              suggestions: alts,
              confidence: 0.4,
              severity: 'info',
            });
            break;
          }
          out.push({
            start: m.start,
            end: m.end,
            message: `"${text}" is the Indonesian acronym for ${e.englishFull} (${e.expansion}); English uses ${alts.join(' or ')}.`,
            suggestions: alts,
            confidence: e.englishCollision ? 0.8 : 0.9,
            fixable: alts.length === 1,
          });
          break;
        }
        case 'component': {
          if (e.englishCollision || !facts.indonesian) break;
          // "the Minister of State Secretary (Mensesneg) Pratikno … said Mensesneg": introduced in
          // brackets, the title is the article's own gloss. The bracket itself is a hint; a later use
          // is a leftover an editor replaces with the English title (minor, not the major of a bare title).
          const introducedTitle = bracketed(doc, e, matches, facts);
          const inTheBracket = introducedTitle && !bareUse(doc, m);
          out.push({
            start: m.start,
            end: m.end,
            message: introducedTitle
              ? `"${text}" is an Indonesian abbreviation (${e.expansion}) that the article introduces in brackets; English news writes the English title${inTheBracket ? '' : ' again'}: ${alts.join(' or ')}.`
              : `"${text}" is an Indonesian abbreviation (${e.expansion}) left untranslated; in English: ${alts.join(' or ')}.`,
            suggestions: alts,
            confidence: inTheBracket ? 0.4 : introducedTitle ? 0.6 : 0.8,
            ...(inTheBracket ? { severity: 'info' as const } : introducedTitle ? { severity: 'minor' as const } : {}),
          });
          break;
        }
        case 'timezone': {
          if (!afterClockTime(doc, m.tokenStart)) break;
          const off = e.utcOffset ?? 0;
          const utc = `UTC${off >= 0 ? '+' : ''}${off}`;
          const again = reported.has(e);
          reported.add(e);
          out.push({
            start: m.start,
            end: m.end,
            message: `"${text}" is an Indonesian time zone (${e.expansion}); readers abroad need the offset: ${e.englishFull} (${utc})${again ? ', or a conversion to the time in the reader\'s zone' : ''}.`,
            suggestions: [`${text} (${utc})`, e.englishFull],
            confidence: again ? 0.5 : 0.6,
            severity: 'info',
          });
          break;
        }
        default: {
          // Institutions and terms: only in an article about Indonesia (PKS, DPT, AKP are other things elsewhere).
          // ... or once the article has paired it with its English name ("exclusive economic zone (ZEE)").
          if (!facts.indonesian && !afterName.has(e)) break;
          const isExplained = explained(doc, e, matches, facts);
          if (e.englishCollision) {
            // MA, MK, BI, SIM, PT: English letters too; at most a hint in an article about Indonesia.
            // Named in English elsewhere but not introduced in brackets ("South China Sea" … "the LCS
            // region"): the acronym is still a leftover, so only a bracketed introduction silences it.
            const introduced = isExplained && (e.acceptedInEnglish === true || bracketed(doc, e, matches, facts));
            if (!facts.indonesian) break;
            // "fuel (BBM)" … "the price of BBM": the bracketed introduction settles what the letters
            // mean, so a bare reuse of a term English has a word for is a leftover, as for any term.
            // Letters English keeps (PT before a company name) are no leftover when reused.
            if (e.scope === 'term' && e.acceptedInEnglish !== true && text === text.toUpperCase() && bareUse(doc, m) && bracketed(doc, e, matches, facts) && introducedAt(doc, e, matches, facts) < m.start) {
              reported.add(e);
              out.push(termReuse(m, text, e, alts));
              break;
            }
            // "780 polling stations (TPS)": the bracket after the term's own English head settles that the
            // letters are the Indonesian term, which English never prints; a hint to drop the bracket.
            if (e.scope === 'term' && e.acceptedInEnglish !== true && afterOwnHead(doc, m, e)) {
              reported.add(e);
              out.push({
                start: m.start,
                end: m.end,
                message: `"${text}" is the Indonesian acronym (${e.expansion}) copied after its English, "${eng}"; English news drops the bracket.`,
                suggestions: [],
                confidence: 0.4,
                severity: 'info',
              });
              break;
            }
            if (introduced) break;
            if (!(isCapitalised(text) && text === text.toUpperCase())) break;
            // "PT Freeport Indonesia": a legal form English news keeps before the company's name, as it
            // keeps GmbH or Ltd after one; the name that follows says what the letters are.
            if (e.acceptedInEnglish === true) {
              const nameNext = spacedNext(doc, m.tokenEnd - 1);
              if (nameNext !== undefined && nameNext.type === 'word' && /^\p{Lu}/u.test(nameNext.text)) break;
            }
            reported.add(e);
            out.push({
              start: m.start,
              end: m.end,
              message: `"${text}" may be the Indonesian acronym ${e.acronym} (${e.expansion}, in English ${e.englishFull}); spell it out for English readers.`,
              suggestions: eng === e.acronym ? [`${e.englishFull.replace(/\s*\([^)]*\)/g, '')} (${e.acronym})`] : alts,
              confidence: 0.4,
              severity: 'info',
            });
            break;
          }
          // "Jalan RSUD Samuda", "Jalan KPK": a street named after the institution; English keeps a
          // street name as it is written, whether or not English news keeps the acronym itself.
          if (streetNamePrefix(doc, m.tokenStart)) break;
          if (e.scope === 'region' && companyNameBefore(doc, m.tokenStart)) break;
          if (e.acceptedInEnglish) {
            // "the National Disaster Management Agency (BNPB)": the bracket after the English name is how
            // English-language news introduces an acronym it keeps; nothing to fix, so nothing to report.
            // Once explained, an acronym English keeps as it is (KPK, BNPB) needs no hint either.
            if (bracketIntro(doc, m) || (isExplained && !reported.has(e) && (eng === e.acronym || eng.includes(e.acronym)) && explainedBefore(doc, e, m, facts))) {
              reported.add(e);
              break;
            }
            // "DKI Jakarta", "Polda Metro Jaya": the name that follows tells the reader what it is about.
            const nameNext = spacedNext(doc, m.tokenEnd - 1);
            const named = nameNext !== undefined && nameNext.type === 'word' && /^\p{Lu}\p{Ll}/u.test(nameNext.text);
            if (reported.has(e)) {
              // A later use of an acronym English news keeps but renders in English where it can ("Polda" →
              // "Regional Police"): each such use is one an editor may change, so each is a hint.
              if (eng !== e.acronym && !eng.includes(e.acronym)) out.push(repeatFinding(doc, m, e, eng, named));
              // An institution's acronym English news keeps (TNI, BNPB, Bulog) that the article never
              // spells out anywhere: each use leaves the reader guessing, and editors mark each one
              // (on the real set's tune halves 19 of 32 later uses were marked; once the article
              // introduces the acronym, later uses are silent). A hint at each later use, but not in an
              // article whose topic the acronym is (more than four uses: "the KPU" ten times in a story
              // on the vote count): there the one introduction is the fix, and ten hints are clutter.
              else if (!isExplained && e.scope === 'institution' && !named && usesOf(matches, e) <= MAX_REPEAT_HINTS) out.push(unexplainedAgain(doc, m, e));
              break;
            }
            reported.add(e);
            const full = e.englishFull.replace(/\s*\([^)]*\)/g, '');
            out.push({
              start: m.start,
              end: m.end,
              message: isExplained
                ? `"${text}" (${full}) is an Indonesian acronym English-language news keeps; the article explains it.`
                : `"${text}" is an Indonesian acronym (${e.expansion}) that the article never spells out; English readers need "${full} (${e.acronym})" at first use.`,
              suggestions: [`${full} (${text})`],
              confidence: isExplained ? 0.3 : named ? 0.4 : 0.6,
              // Party names (Golkar, Gerindra) and word-like names (Polri, Bawaslu) are used as names
              // in English news; only an all-caps institution acronym left unexplained is an error.
              severity: isExplained || named || e.scope === 'party' || text !== text.toUpperCase() ? 'info' : 'minor',
            });
            break;
          }
          if (isExplained) {
            // A term introduced in brackets ("the Bill (RUU)") and then reused bare ("the RUU"): English
            // has a word for it (bill, state budget, EEZ), so the reuse is a half translation, whereas
            // an institution's acronym is normally kept after its introduction.
            // Only a use after the introduction is a reuse (a headline may name it first).
            // Every bare reuse after the introduction is reported (each one is a leftover to fix).
            if (e.scope === 'term' && bareUse(doc, m) && introducedAt(doc, e, matches, facts) < m.start) {
              reported.add(e);
              out.push(termReuse(m, text, e, alts));
              break;
            }
            reported.add(e);
            // Spelt out elsewhere ("the Ministry of Religious Affairs said … at the Kemenag office") the reader
            // may guess, but English news never uses the acronym: minor. Introduced in brackets: a hint.
            // "the electronic identity card, locally known as e-KTP": a gloss introduces it as a bracket does,
            // and so does a sentence defining it ("The e-KTP is a biometric identity card.").
            const inBrackets = bracketed(doc, e, matches, facts) || matches.some((x) => x.value === e && (glossedName(doc, x) || definedBySentence(doc, x)));
            // This use IS the bracketed introduction ("the Emergency Operations Center (Pusdalops)"):
            // the English name stands right before it, so writing the English words into the brackets
            // would say the name twice. The fix is to drop the brackets when the acronym is never
            // used again, or when it is a term whose every later use gets its English word (termReuse);
            // otherwise a later use would lose its introduction, and the hint has no fix.
            if (doc.text[m.start - 1] === '(' && doc.text[m.end] === ')') {
              const only = usesOf(matches, e) === 1 || e.scope === 'term';
              let start = m.start - 1;
              while (start > 0 && doc.text[start - 1] === ' ') start--;
              out.push({
                start: only ? start : m.start,
                end: only ? m.end + 1 : m.end,
                message: `"${text}" is an Indonesian acronym (${e.expansion}) introduced in brackets after its English name; English news would ${only ? 'drop the brackets and use the English name throughout' : `write ${alts.join(' or ')} where it is used again`}.`,
                suggestions: only ? [''] : [],
                confidence: 0.4,
                severity: 'info',
              });
              break;
            }
            out.push({
              start: m.start,
              end: m.end,
              message: `"${text}" is an Indonesian acronym (${e.expansion}); the article ${inBrackets ? 'introduces' : 'names'} it, but English news would write ${alts.join(' or ')}.`,
              suggestions: alts,
              confidence: inBrackets ? 0.4 : 0.6,
              severity: inBrackets ? 'info' : 'minor',
            });
            break;
          }
          // "AKBP Pol Budi": a rank with the force after it; the English rank replaces both words.
          const force = e.scope === 'term' ? forceAfterRank(doc, m.tokenEnd) : undefined;
          if (force) {
            const word = doc.text.slice(m.end, force.end).trim();
            out.push({
              start: m.start,
              end: force.end,
              message: `"${doc.text.slice(m.start, force.end)}" is an Indonesian rank (${e.expansion}) left untranslated, with the force ("${word}") after it as Indonesian writes it; in English: ${alts.join(' or ')}.`,
              suggestions: alts,
              confidence: 0.85,
            });
            break;
          }
          // "SDN 1 Donohudan": a numbered school is named in English with its number, "State
          // Elementary School 1 Donohudan"; replacing the letters alone would leave "state elementary school 1".
          const numberNext = e.numbered === true ? spacedNext(doc, m.tokenEnd - 1) : undefined;
          if (numberNext !== undefined && /^\d{1,3}$/.test(numberNext.text)) {
            const titled = e.englishFull.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
            out.push({
              start: m.start,
              end: numberNext.end,
              message: `"${text} ${numberNext.text}" names a school by its Indonesian acronym (${e.expansion}); in English: ${titled} ${numberNext.text}, or say what kind of school it is at first mention.`,
              suggestions: [`${titled} ${numberNext.text}`],
              confidence: 0.7,
              severity: 'minor',
            });
            break;
          }
          // "RSUD Tarakan", "Lapas Cipinang": the acronym opens an institution's proper name; less opaque.
          const nameNext = spacedNext(doc, m.tokenEnd - 1);
          const partOfName = nameNext !== undefined && nameNext.type === 'word' && isCapitalised(nameNext.text);
          // "TNI-Polri": a pair of acronyms English news keeps one by one; the pair reads worse than
          // either, but its reader still knows both bodies: minor, not major.
          const keptPair = e.acronym.split('-').length === 2 && e.acronym.split('-').every((x) => t.byAcronym.get(x)?.acceptedInEnglish === true);
          out.push({
            start: m.start,
            end: m.end,
            message: `"${text}" is an Indonesian acronym (${e.expansion}) left untranslated; in English: ${alts.join(' or ')}.`,
            suggestions: alts,
            confidence: partOfName ? 0.6 : 0.8,
            ...(partOfName || keptPair ? { severity: 'minor' as const } : {}),
          });
        }
      }
    }
    // A slip ("BPNB") is a different token from the acronym it copies, so the two never overlap.
    // A plural acronym ("KTPs") takes the English in the plural too ("ID cards").
    const plurals = out
      .map((f) => (pluralAcronym(doc.text.slice(f.start, f.end), t) ? { ...f, suggestions: (f.suggestions ?? []).map(pluraliseEnglish) } : f))
      .map((f) => (f.suggestions?.length ? { ...f, suggestions: fitIntroductions(doc, f.start, f.end, f.suggestions) } : f))
      .map((f) => pluralPossessive(doc, f))
      .map((f) => directionBefore(doc, f))
      .map((f) => institutionArticle(doc, f))
      .map((f) => definiteName(doc, f))
      .map((f) => inPlaceChain(doc, f));
    plurals.push(...slips);
    return plurals.sort((a, b) => a.start - b.start);
  },
};
