/**
 * Person resolution: turns the analysis' candidate names into person entities with a gender and the
 * evidence for it. Evidence, strongest first: the bundled gazetteer of public figures, honorifics
 * (Mr, Mrs, Ms, Queen…), gendered role nouns next to the name (spokeswoman, his wife), and the
 * given-name lexicon. Bare family names link to an earlier full mention; a family name shared by two
 * people in the article (siblings, spouses) links to neither. Cached per document.
 */
import type { AnalysedDocument, NameMention, Token } from '../analysis/types.js';
import { hasExactly } from '../lexicons/english-words.js';
import { loadLexicon } from '../lexicons/load.js';
import { cueFor, cueForLower, cueForText } from './cues.js';
import { gazetteer, nearMatch, normaliseName } from './gazetteer.js';
import type { Gender, PersonEntry } from './gazetteer.js';
import { indonesianFormsOf, indonesianEndingGender, indonesianNameWordGender, transliterationPair } from './variants.js';
import { memoByWordList } from './word-list-memo.js';

// Per-token tests compiled once (a regex literal is a new RegExp object each time it is evaluated).
const UPPER_INITIAL = /^\p{Lu}/u;

export type GenderEvidence = 'gazetteer' | 'honorific' | 'role-noun' | 'given-name';

export interface PersonEntity {
  id: number;
  /** Display form of the fullest mention. */
  display: string;
  /** Normalised core words of the fullest mention. */
  words: string[];
  /**
   * What a bare one-word mention may match: the first and last space-separated word (a hyphenated
   * compound stays one word, so "Marcos" does not match "Liza Araneta-Marcos"; Jr./Sr. dropped), and
   * the gazetteer's family name and its variants.
   */
  keys: string[];
  /** Number of mentions so far (for the discourse topic). */
  count: number;
  /** Sentence of the first mention. */
  first: number;
  gender: Gender | null;
  evidence: GenderEvidence | null;
  entry?: PersonEntry;
  /** Known only from a bare family name matched to the gazetteer: weak evidence of who it is. */
  bareOnly?: boolean;
  /** The gender comes from the derived given-name list only: an honorific or role that disagrees unsets it. */
  derivedGiven?: boolean;
}

export interface PersonMention {
  /** Span of the name core (titles stripped). */
  start: number;
  end: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** The entity, or null when a bare family name is ambiguous between two people. */
  entity: PersonEntity | null;
  /** Genders possible for an ambiguous mention. */
  possible: (Gender | null)[];
  /** Whether there is positive evidence this is a person (not a place or organisation). */
  personLike: boolean;
}

/** A capitalised run made of office words only ("the Prime Minister", "Managing Director"): someone, gender unknown. */
export interface TitleReference {
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** From a gendered title or honorific ("the Queen", "Chairwoman"), else null. */
  gender: Gender | null;
}

/** An office title attached to a named person ("Minister of Finance (Menkeu) Sri Mulyani"). */
export interface OfficeHolder {
  /** The title's head word, lower case ("minister", "head", "regent"). */
  head: string;
  /** The head and its complement, lower case, without articles and parentheses ("minister of finance"). */
  key: string;
  /** Lower-case words before the head ("foreign" in "Foreign Minister Retno"), without articles. */
  modifiers: string[];
  entity: PersonEntity;
  tokenStart: number;
}

export interface PersonIndex {
  entities: PersonEntity[];
  /** Offices held by named people, in text order: a later "the Minister of Finance" may be that person. */
  offices: OfficeHolder[];
  mentions: PersonMention[];
  /** Tokens that belong to a resolved name mention, including its titles (so they are not read as bare person nouns). */
  nameTokens: Set<number>;
  titleRefs: TitleReference[];
}

/** Words that make a capitalised run a place or an organisation, not a person. */
const NON_PERSON = new Set(
  (
    'university institute academy school college council committee commission ministry department agency office bureau ' +
    'party union association federation foundation endowment center centre bank company corporation group news times post ' +
    'herald daily journal press television radio network club league team army navy force forces police court parliament ' +
    'assembly congress senate house palace square street road avenue airport station port city province island islands ' +
    'republic kingdom state states nations sea ocean river lake mountain mount peninsula strait gulf bay north south east ' +
    'west korea china russia japan india indonesia america europe asia africa ukraine exhibition museum hall hospital ' +
    'war day week month year fund program programme project organization organisation initiative summit forum ' +
    'stadium arena expo hotel temple mosque church cathedral monument building tower bridge market mall plaza ' +
    'prefecture regency district county village valley park garden zoo highway toll canal dam field ' +
    'festival cup open masters games championship championships tournament olympics prize award awards ' +
    'concert tour album film movie series show agreement treaty accord act law bill chapter society lodge notre ' +
    'rights relations division declaration affairs resources development national international federal regional ' +
    'public economic economy security defense defence energy finance health education welfare tourism culture ' +
    'industry trade investment technology information communication communications environment forestry ' +
    'agriculture fisheries transportation infrastructure planning research ' +
    // Indonesian Islamic organisations and congregations, whose Arabic endings look like women's
    // names (-iyah): "Muhammadiyah", "Aisyiyah", "Jemaah Islamiyah", "Al Washliyah".
    'muhammadiyah aisyiyah islamiyah washliyah tarbiyah jemaah jamaah nahdlatul ' +
    // Firms and bodies named after a person's or a pretty word ("Samuel Aset Sekuritas", "Philippine
    // Coast Guard"), and Indonesian sub-districts ("Kalisari Subdistrict").
    'sekuritas securities guard subdistrict ' +
    // Indonesian epithets for countries ("the Sakura Country", "the Ginseng Country": Negeri Sakura).
    'country'
  ).split(' '),
);

/**
 * Indonesian words that open the name of a place ("Jalan Cut Nyak Dien", "Gunung Sari", "Tanjung
 * Priok", "Kampung Melayu", "Pasar Minggu", "Kali Lanang"): a run of two or more words that starts
 * with one names that place, not a person (whose name words after it could otherwise mark a gender:
 * "Kali" is a woman's name on the census list, "Cut" an Acehnese woman's title).
 */
const INDONESIAN_PLACE_HEADS = new Set(
  (
    'jalan jl gang gunung tanjung sungai kampung pulau desa dusun pasar kebon bukit teluk danau nagari kelurahan ' +
    'kecamatan kabupaten kota pantai muara pondok taman rawa lapangan gedung masjid pura candi kompleks perumahan simpang ' +
    'kali curah besuk tukad selat'
  ).split(' '),
);

/**
 * Company forms: Indonesian "PT … Tbk", "Perum", "(Persero)"; English "Inc", "Ltd". A run holding
 * one names a company ("PT Pertamina Patra Niaga"), whatever the words after the form look like.
 */
const COMPANY_FORMS = new Set(['pt', 'tbk', 'persero', 'perum', 'perseroan', 'inc', 'ltd', 'plc', 'llc', 'corp']);

/**
 * `COMPANY_FORMS.has(lower.replace(/\.$/, ''))` without building a string per token: every word of
 * every name run is asked, and only a word ending in a period needs the copy.
 */
function isCompanyForm(lower: string): boolean {
  return COMPANY_FORMS.has(lower) || (lower.endsWith('.') && COMPANY_FORMS.has(lower.slice(0, -1)));
}

/** A run with a company form and no title or honorific in it: a company, not a person. */
function isCompanyRun(tokens: Token[], m: NameMention): boolean {
  // The analysis may leave the all-caps "PT" or a closing "Tbk" outside the run.
  const form = (t: Token | undefined): boolean => t !== undefined && t.sentence === m.sentence && isCompanyForm(t.lower);
  let company = form(tokens[m.tokenStart - 1]) || form(tokens[m.tokenEnd]);
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const t = tokens[k]!;
    if (form(t)) company = true;
    const cue = cueForText(t);
    if (cue && (cue.title || cue.honorific)) return false;
  }
  return company;
}

/** English function words that are also family names in the gazetteer ("No", "An", "So"): never a bare name. */
const FUNCTION_WORDS = new Set(['no', 'an', 'so', 'do', 'go', 'he', 'me', 'on', 'in', 'to', 'us', 'we', 'oh', 'ok', 'hi', 'ho', 'ha', 'la', 'le', 'as', 'at', 'by', 'if', 'it', 'or', 'up', 'is', 'am', 'be', 'my', 'of', 'yes', 'may', 'will']);

/** Lower-case words inside an office title's complement: "Minister for Economic Affairs", "Commission on Human Rights (Komnas HAM)". */
const TITLE_LINKS = new Set(['of', 'the', 'and', '&', 'for', 'on', '(', ')']);

/** Prepositions after which an unknown capitalised name is a place: "returning to New Delhi". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'into', 'near', 'toward', 'towards', 'across', 'via', 'outside', 'inside', 'around', 'throughout']);

/** Name suffixes that are not the family name: "Ferdinand Marcos Jr.", "Martin Luther King III". */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Words after which a name is another name for the person just mentioned: "Gregoria, who is familiarly called Jorji". */
const ALIAS_CUES = new Set(['called', 'nicknamed', 'dubbed', 'alias', 'aka', 'known']);

/** Given-name origins where a single name is the person's whole name or given name, rarely a family name. */
const MONONYM_ORIGINS = new Set(['indonesian', 'malay', 'thai']);

const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'explain', 'state', 'note', 'announce', 'claim', 'argue', 'write', 'insist', 'warn']);

const cache = new WeakMap<AnalysedDocument, PersonIndex>();

interface NameWord {
  text: string;
  start: number;
  end: number;
}

/** Name words from tokens: pieces written without spaces ("Jong" "-" "un") form one word. */
function nameWords(text: string, tokens: Token[], from: number, to: number): NameWord[] {
  const out: NameWord[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const last = out[out.length - 1];
    if (last && !t.spaceBefore) {
      last.end = t.end;
      last.text = text.slice(last.start, last.end);
    } else out.push({ text: t.text, start: t.start, end: t.end });
  }
  return out;
}

interface GazetteerMatch {
  entry: PersonEntry;
  from: number;
  to: number;
}

/**
 * gazetteerMatch() per word list (joined with NUL): the gazetteer never changes once built, and the
 * same names recur within and across articles, while each uncached call joins and normalises every
 * sub-span of the name (up to 21 for six words). Bounded like normaliseName()'s memo.
 */
const gazetteerMatch = memoByWordList(gazetteerMatchUncached);

function gazetteerMatchUncached(words: string[]): GazetteerMatch | undefined {
  const g = gazetteer();
  for (let len = Math.min(words.length, 6); len >= 1; len--) {
    for (let a = 0; a + len <= words.length; a++) {
      const key = normaliseName(words.slice(a, a + len).join(' '));
      const hit = g.byName.get(key);
      if (hit) return { entry: hit, from: a, to: a + len };
    }
  }
  return undefined;
}

/** Strip leading titles and other office words; returns the index of the first core word. */
let bodyWords: Set<string> | undefined;

/** Office and body words ("Tourism", "Foreign Affairs") from `plural-titles.json`: they open a title, never a name. */
function isBodyWord(lower: string): boolean {
  if (!bodyWords) {
    bodyWords = new Set();
    try {
      const lex = loadLexicon<unknown>('plural-titles') as unknown as { bodyWords?: string[] };
      for (const w of lex.bodyWords ?? []) bodyWords.add(w);
    } catch {
      // Optional: without it only title cues are stripped.
    }
  }
  return bodyWords.has(lower);
}

/**
 * Strip leading titles and office words; returns the index of the first core word. "Minister of
 * Tourism Widiyanti Putri Wardhana" reaches us as the run "Tourism Widiyanti Putri Wardhana": the
 * office word before the name goes too.
 */
/** Given names that are also a state, province or country ("Victoria", "Georgia", "Jordan"). */
const PLACE_LIKE_NAMES = new Set(['Victoria', 'Georgia', 'Virginia', 'Carolina', 'Jordan', 'Chad', 'Florence', 'Adelaide', 'Sydney', 'Paris', 'Regina', 'Alexandria', 'Madison', 'Austin', 'Lincoln', 'Charlotte', 'Savannah', 'Tasmania', 'Israel']);
/** Offices and bodies a place owns ("Victoria's premier", "Jordan's King Abdullah", "Georgia's Supreme Court"). */
const PUBLIC_OFFICE = /^(?:premier|government|governor|parliament|police|director|department|ministry|minister|president|prime|supreme|state|attorney|health|treasurer|opposition|election|electoral|king|queen|foreign|army|military|capital|economy|chief)$/i;

/** The mention is followed by "'s" and an office or public body. */
function ownsPublicOffice(tokens: Token[], after: number): boolean {
  const s = tokens[after];
  const w = tokens[after + 1];
  return s !== undefined && /^['’]s$/.test(s.text) && !s.spaceBefore && w !== undefined && PUBLIC_OFFICE.test(w.text);
}

function coreStart(tokens: Token[], m: NameMention): number {
  let last = -1;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const cue = cueForText(tokens[k]!);
    if (cue && (cue.title || cue.honorific)) last = k;
  }
  let core = last >= 0 && last + 1 < m.tokenEnd ? last + 1 : m.tokenStart;
  // Office words, capitalised role nouns and places before the name: "Tourism Widiyanti…",
  // "Midfielder Thom Haye", "(special envoy for) Ukraine Keith Kellogg".
  while (
    core + 1 < m.tokenEnd &&
    tokens[core + 1]!.spaceBefore &&
    (isBodyWord(tokens[core]!.lower) || cueForLower(tokens[core]!)?.personNoun || cueForText(tokens[core]!)?.place || NON_PERSON.has(tokens[core]!.lower))
  )
    core++;
  // "Regent of Banyuwangi Ipuk Fiestiandani": after "<title> of", the first word of a run of three
  // or more is the office's place.
  const of = tokens[m.tokenStart - 1];
  const title = tokens[m.tokenStart - 2];
  if (core === m.tokenStart && of?.lower === 'of' && title && cueForText(title)?.title) {
    let words = 0;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (k === m.tokenStart || tokens[k]!.spaceBefore) words++;
    if (words >= 3) {
      core++;
      while (core < m.tokenEnd && !tokens[core]!.spaceBefore) core++;
    }
  }
  return core;
}

/**
 * A headline or caption line: one sentence without final punctuation whose words are mostly
 * capitalised ("Prabowo Meets Meloni in Rome"). Its capitals say nothing about names.
 */
export function isHeadline(doc: AnalysedDocument, s: number): boolean {
  const sentence = doc.sentences[s]!;
  const p = doc.paragraphs[sentence.paragraph]!;
  if (p.sentenceEnd - p.sentenceStart !== 1) return false;
  const last = doc.tokens[sentence.tokenEnd - 1]!;
  if (last.text === '.' || last.text === '!' || last.text === '?' || last.text === '"' || last.text === '”') return false;
  let words = 0;
  let capitals = 0;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (t.type !== 'word' || t.text.length < 4) continue;
    words++;
    if (UPPER_INITIAL.test(t.text)) capitals++;
  }
  return words >= 2 && capitals >= 0.6 * words;
}

function honorificGender(tokens: Token[], m: NameMention, core: number): Gender | null {
  for (let k = Math.max(0, m.tokenStart - 1); k < core; k++) {
    const cue = cueForText(tokens[k]!);
    if (cue?.honorific && cue.gender) return cue.gender;
  }
  return null;
}

const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'madam', 'madame']);

/** "Mrs. Josefina Lake": a courtesy title opens the run or stands right before it. */
function courtesyTitled(tokens: Token[], m: NameMention, core: number): boolean {
  for (let k = Math.max(0, m.tokenStart - 1); k < Math.min(core, m.tokenStart + 1); k++) {
    if (COURTESY_TITLES.has(tokens[k]!.lower.replace(/\.$/, ''))) return true;
  }
  return false;
}

/**
 * A role noun right before the name: "his wife Siti", "spokeswoman Ana", "the actress, Maya". Returns
 * the noun's token index and gender (null when the noun marks none), or undefined.
 */
function roleNoun(tokens: Token[], m: NameMention): { at: number; gender: Gender | null } | undefined {
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 3); k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[m.tokenStart]!.sentence) break;
    if (t.text === ',') continue;
    const cue = cueForLower(t);
    if (cue?.personNoun) return { at: k, gender: cue.gender };
    if (t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADJ') break;
  }
  return undefined;
}

function roleGender(tokens: Token[], m: NameMention): Gender | null {
  return roleNoun(tokens, m)?.gender ?? null;
}

/**
 * A gendered person noun in apposition after the name: "Paetongtarn, 38, is the youngest daughter of
 * Thaksin", "Hun Manet, son of Hun Sen", "Puan, who is the granddaughter of Sukarno".
 */
function appositiveGender(tokens: Token[], m: NameMention, sentenceEnd: number): Gender | null {
  let k = m.tokenEnd;
  const at = (j: number): Token | undefined => (j < sentenceEnd ? tokens[j] : undefined);
  // ", 38," (an age)
  if (at(k)?.text === ',' && at(k + 1)?.pos === 'NUM' && at(k + 2)?.text === ',') k += 3;
  let linked = false;
  if (at(k)?.text === ',') {
    k++;
    linked = true;
  }
  if (at(k)?.lower === 'who') k++;
  if (at(k) && (at(k)!.lemma === 'be') && at(k)!.pos !== 'NOUN') {
    k++;
    linked = true;
  }
  if (!linked) return null;
  // An article only: "Clinton, whose husband…" or "Widodo, his son Gibran…" is about someone else.
  if (at(k) && ['the', 'a', 'an'].includes(at(k)!.lower)) k++;
  for (let steps = 0; steps < 3 && at(k) && (at(k)!.pos === 'ADJ' || at(k)!.pos === 'NUM' || at(k)!.pos === 'ADV'); steps++) k++;
  const noun = at(k);
  if (!noun || noun.pos !== 'NOUN') return null;
  const cue = cueForLower(noun);
  if (!cue?.personNoun || !cue.gender) return null;
  // "the wife of", "a mother of two", "the daughter,": the noun is the head of the apposition.
  const after = at(k + 1);
  return !after || after.lower === 'of' || after.text === ',' || after.text === '.' || after.lower === 'and' ? cue.gender : null;
}

/**
 * `s.replace(/ /g, '')`, without the regex pass for the usual word that has no space: the bare-name
 * keys of every name word go through here.
 */
function withoutSpaces(s: string): string {
  return s.includes(' ') ? s.replace(/ /g, '') : s;
}

/** Bare-name keys of a name's words as written: first and last word, hyphenated compounds whole, suffixes dropped. */
function bareKeys(written: string[]): string[] {
  const ws = written.map((w) => withoutSpaces(normaliseName(w))).filter((w) => w.length > 0);
  while (ws.length > 1 && SUFFIXES.has(ws[ws.length - 1]!)) ws.pop();
  if (ws.length === 0) return [];
  if (ws.length === 1) return [ws[0]!];
  const keys = [ws[0]!, ws[ws.length - 1]!];
  // "I Gusti Ayu Bintang Darmawati … Bintang said": a Balinese name is shortened to its first word
  // after the caste titles and birth-order names.
  if (BALINESE_PREFIXES.has(ws[0]!)) {
    const own = ws.find((w) => !BALINESE_PREFIXES.has(w));
    if (own !== undefined && !keys.includes(own)) keys.push(own);
  }
  return keys;
}

function entryKeys(entry: PersonEntry): string[] {
  const out = bareKeys(entry.name.split(/\s+/));
  for (const f of entry.familyName ? [entry.familyName, ...(entry.familyNameVariants ?? [])] : []) out.push(withoutSpaces(normaliseName(f)));
  return out;
}

function hasSpeechVerbNearby(tokens: Token[], m: NameMention): boolean {
  const next = tokens[m.tokenEnd];
  const after = tokens[m.tokenEnd + 1];
  const prev = tokens[m.tokenStart - 1];
  if (next && SPEECH_VERBS.has(next.lemma)) return true;
  // "Slamet said", "Slamet, said her…" (an Indonesian comma before the verb), "Slamet also said".
  if (next && after && (next.pos === 'ADV' || next.text === ',') && SPEECH_VERBS.has(after.lemma)) return true;
  return prev !== undefined && SPEECH_VERBS.has(prev.lemma);
}

/**
 * "Segura and her wise father", "Tanaka and his wife": a name coordinated with a possessive pronoun
 * and a person noun is a person (the pronoun's gender is not taken: it may be someone else's).
 */
function coordinatedWithKin(tokens: Token[], m: NameMention): boolean {
  const sentence = tokens[m.tokenStart]!.sentence;
  if (tokens[m.tokenEnd]?.lower !== 'and') return false;
  const pron = tokens[m.tokenEnd + 1];
  if (!pron || pron.sentence !== sentence || (pron.lower !== 'his' && pron.lower !== 'her')) return false;
  let k = m.tokenEnd + 2;
  for (let steps = 0; steps < 2 && tokens[k]?.pos === 'ADJ'; steps++) k++;
  const noun = tokens[k];
  return noun !== undefined && noun.sentence === sentence && noun.pos === 'NOUN' && cueForLower(noun)?.personNoun === true;
}

/**
 * "21-year-old Komang", "the 38-year-old Mulyana": an age right before a name says a person is
 * named, even where the name gives no gender (Balinese birth-order names, single Javanese names).
 */
function agedBefore(tokens: Token[], m: NameMention): boolean {
  const old = tokens[m.tokenStart - 1];
  const dash = tokens[m.tokenStart - 2];
  const year = tokens[m.tokenStart - 3];
  if (!old || !dash || !year || old.sentence !== tokens[m.tokenStart]!.sentence) return false;
  return old.lower === 'old' && dash.text === '-' && /^(?:years?|months?)$/.test(year.lower);
}

/**
 * "Elmiati, who like many Indonesians goes by one name, …": a relative "who" right after a name (its
 * comma aside) says a person is named, whatever the name's gender.
 */
function followedByWho(tokens: Token[], m: NameMention): boolean {
  const next = tokens[m.tokenEnd];
  const who = next?.text === ',' ? tokens[m.tokenEnd + 1] : next;
  return who !== undefined && who.lower === 'who' && who.sentence === tokens[m.tokenStart]!.sentence;
}

/** A bare name acting as subject or object of a verb ("Claudio rejected Hero") may be a person. */
function inClause(tokens: Token[], m: NameMention): boolean {
  const next = tokens[m.tokenEnd];
  const prev = tokens[m.tokenStart - 1];
  const sentence = tokens[m.tokenStart]!.sentence;
  const isVerb = (t: Token | undefined): boolean => t !== undefined && t.sentence === sentence && (t.pos === 'VERB' || t.pos === 'AUX');
  return isVerb(next) || isVerb(prev);
}

const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'la', 'le', 'di', 'da', 'del', 'bin', 'binti', 'al', 'el', 'ibn']);

/** The name mention starting at token k (names are sorted by position: a binary search, not a scan). */
function nameStartingAt(names: readonly NameMention[], k: number): NameMention | undefined {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.tokenStart < k) lo = mid + 1;
    else hi = mid;
  }
  const x = names[lo];
  return x && x.tokenStart === k ? x : undefined;
}

/** The name run after lower-case particles ("von der") that continue `m`: its words and span, or undefined. */
function particleJoin(doc: AnalysedDocument, m: NameMention): { words: string[]; start: number; end: number; run: number } | undefined {
  const { tokens } = doc;
  let k = m.tokenEnd;
  const parts: string[] = [];
  while (k < m.tokenEnd + 3 && tokens[k] && tokens[k]!.sentence === m.sentence && NAME_PARTICLES.has(tokens[k]!.text)) parts.push(tokens[k++]!.text);
  if (parts.length === 0) return undefined;
  const next = nameStartingAt(doc.names, k);
  if (!next) return undefined;
  return { words: [...parts, ...next.words], start: tokens[m.tokenEnd]!.start, end: next.end, run: next.tokenStart };
}

/** Compass words and country names that coreStart strips: a run that loses only these had no title. */
const GEOGRAPHIC = new Set(['north', 'south', 'east', 'west', 'korea', 'china', 'russia', 'japan', 'india', 'indonesia', 'america', 'europe', 'asia', 'africa', 'ukraine']);

function placesOnly(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!GEOGRAPHIC.has(t.lower) && !cueForText(t)?.place) return false;
  }
  return true;
}

/** Nouns for things whose proper name may follow them in apposition ("the warship Sierra Madre"). */
const THING_NOUNS = new Set(
  (
    'ship warship vessel boat frigate destroyer corvette submarine carrier tanker freighter ferry yacht aircraft plane jet ' +
    'helicopter drone satellite rocket missile hotel building tower stadium arena airport port harbour harbor river mountain ' +
    'volcano village district city town island street road highway bridge dam mall market school university hospital mosque ' +
    'church temple company firm brand app platform film movie album song book novel newspaper magazine channel station ' +
    'project operation programme program festival exercise drill resort restaurant shoal reef strait'
  ).split(' '),
);

/** A romanised East Asian given name written with a hyphen and a lower-case second syllable: "Eul-chul", "Jae-myung". */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * "Observer from the Kyungnam University Lim Eul-chul": Indonesian puts the institution right before
 * the name with no link word, so the run holds both. Returns the token index where the person's
 * name starts (after the run's last organisation word) when the rest looks like a personal name (two
 * or more words: a public figure, a known given name first, or a hyphenated romanised given name),
 * else -1.
 */
function personAfterOrganisation(text: string, tokens: Token[], m: NameMention, core: number): number {
  let lastOrg = -1;
  for (let k = core; k < m.tokenEnd; k++) {
    const t = tokens[k]!;
    if ((k === m.tokenStart || t.spaceBefore) && tokens[k + 1]?.spaceBefore !== false && NON_PERSON.has(t.lower)) lastOrg = k;
  }
  if (lastOrg < 0 || lastOrg + 1 >= m.tokenEnd) return -1;
  const words = nameWords(text, tokens, lastOrg + 1, m.tokenEnd);
  if (words.length < 2 || words.some((w) => NON_PERSON.has(normaliseName(w.text)))) return -1;
  const texts = words.map((w) => w.text);
  const given = gazetteer().givenNames.get(normaliseName(texts[0]!));
  // Or an Indonesian name whose endings mark a gender ("Corporate Communication Fajriyah Usman").
  if (gazetteerMatch(texts)?.from === 0 || (given && !given.alsoWord) || texts.some((w) => HYPHENATED_GIVEN.test(w)) || endingGender(texts.map((w) => normaliseName(w))) !== undefined) return lastOrg + 1;
  return -1;
}

/**
 * "Election Additional Voter List", "Green Energy Transition": a run of two or more capitalised words
 * that are all ordinary lower-case English words, none a given name or a known family name, is the
 * title-case name of a thing (a list, a programme, a regulation), not a person. Indonesian news
 * capitalises such names often, and long sentences hold several; read as people of unknown gender,
 * they hid the person a pronoun after a quote is about.
 */
function commonWordRun(normWords: string[]): boolean {
  if (normWords.length < 2) return false;
  const g = gazetteer();
  return normWords.every((w) => /^[a-z]+$/.test(w) && hasExactly(w) && !g.givenNames.has(w) && !g.byFamilyName.has(w));
}

/**
 * An office's words from its head (token `from`) to `to` (exclusive), lower case, without articles,
 * commas and parenthesised short forms: "Minister of Finance (Menkeu)" → "minister of finance".
 */
export function officeKey(tokens: readonly Token[], from: number, to: number): string {
  const out: string[] = [];
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.type === 'word' && t.lower !== 'the') out.push(t.lower);
  }
  return out.join(' ');
}

/** The lower-case words of a title before its head ("foreign" in "Foreign Minister"), without articles. */
function officeModifiers(tokens: readonly Token[], from: number, to: number): string[] {
  return tokens.slice(from, to).filter((u) => u.type === 'word' && u.lower !== 'the').map((u) => u.lower);
}

/** Words that follow a place's name ("Intan Jaya Regency", "Kulon Progo District"). */
const PLACE_TAILS = new Set(['regency', 'city', 'district', 'subdistrict', 'province', 'village', 'island', 'islands', 'county', 'prefecture', 'municipality', 'hamlet', 'town']);
/** Words that open a mountain's, lake's or river's name ("Mount Merapi", "Lake Toba"). */
const PLACE_HEADS = new Set(['mount', 'mt', 'gunung', 'lake', 'danau', 'river', 'sungai', 'kali', 'pulau', 'volcano']);

/**
 * The names the text gives places: the capitalised words before a place word that ends a run
 * ("Intan Jaya Regency" → "intan jaya") or after one that opens it ("Mount Merapi" → "merapi"),
 * normalised and joined by spaces.
 */
function placeNames(doc: AnalysedDocument): Set<string> {
  const out = new Set<string>();
  const { tokens } = doc;
  const norm = (w: { text: string }): string => normaliseName(w.text).replace(/\.$/, '');
  for (const m of doc.names) {
    const raw = nameWords(doc.text, tokens, m.tokenStart, m.tokenEnd);
    if (raw.length < 2) continue;
    // Only a place word at either end adds a name: the other words are normalised only then (most
    // names are people's, and this runs for every name of the text).
    const tail = PLACE_TAILS.has(norm(raw[raw.length - 1]!));
    const head = PLACE_HEADS.has(norm(raw[0]!));
    if (!tail && !head) continue;
    const words = raw.map(norm);
    if (tail) out.add(words.slice(0, -1).join(' '));
    if (head) out.add(words.slice(1).join(' '));
  }
  return out;
}

/** A title or honorific cue among the run's tokens. */
function titleCueIn(tokens: Token[], m: NameMention): boolean {
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const cue = cueForText(tokens[k]!);
    if (cue && (cue.title || cue.honorific)) return true;
  }
  return false;
}

/** The normalised words of the whole run, titles and office words included. */
function runWords(doc: AnalysedDocument, m: NameMention): string[] {
  return nameWords(doc.text, doc.tokens, m.tokenStart, m.tokenEnd).map((w) => normaliseName(w.text));
}

/** Balinese titles and caste names: a name that has one is Balinese, and Javanese endings say nothing ("Tjokorda … Sukawati"). */
const BALINESE_TITLES = new Set(['tjokorda', 'cokorda', 'cok', 'gusti', 'ida', 'agung', 'ngurah', 'anak']);
/** Words that open a Balinese name before the person's own name: caste titles, "I"/"Ni", and birth-order names. */
const BALINESE_PREFIXES = new Set([...BALINESE_TITLES, 'i', 'ni', 'ayu', 'bagus', 'putu', 'gede', 'gde', 'wayan', 'made', 'kadek', 'nengah', 'nyoman', 'komang', 'ketut', 'luh', 'dewa', 'desak', 'sang']);

/** European name particles: a name holding one ("Armond De Martini") is not Indonesian, whatever its endings. */
const EUROPEAN_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das']);

/**
 * Balinese caste names carry the person's gender in their title words: "Ida Bagus Alit", "I Gusti
 * Bagus" (a man), "Ida Ayu", "Gusti Ayu" (a woman). After a title, "Ida" is no woman's given name.
 * Undefined when the name does not open with a Balinese title followed by bagus or ayu.
 */
function balineseTitleGender(normWords: string[]): Gender | undefined {
  const first = normWords[0];
  if (normWords.length < 2 || first === undefined || !(BALINESE_TITLES.has(first) || first === 'i' || first === 'ni')) return undefined;
  const head = normWords.slice(1, 4);
  if (head.includes('bagus')) return 'male';
  if (head.includes('ayu')) return 'female';
  return undefined;
}

/** One gender marked by the endings of a name's words ("Didit Herdiawan" → male), or undefined. */
function endingGender(normWords: string[]): Gender | undefined {
  if (normWords.some((w) => BALINESE_TITLES.has(w))) return undefined;
  // A name of two or more words also reads the endings a bare word does not carry safely
  // (indonesianNameWordGender), unless a European particle says it is not Indonesian.
  const whole = normWords.length >= 2 && !normWords.some((w) => EUROPEAN_PARTICLES.has(w));
  let found: Gender | undefined;
  for (let k = 0; k < normWords.length; k++) {
    const w = normWords[k]!;
    const g = whole ? indonesianNameWordGender(w, k > 0) : indonesianEndingGender(w);
    if (!g) continue;
    if (found && found !== g) return undefined;
    found = g;
  }
  return found;
}

/** The nearest earlier mention in the same sentence when `m` follows an alias cue ("…, who is familiarly called Jorji"). */
function aliasOf(tokens: Token[], m: NameMention, mentions: PersonMention[]): PersonMention | undefined {
  const sentence = m.sentence;
  let k = m.tokenStart - 1;
  if (k >= 0 && tokens[k]!.lower === 'as' && tokens[k - 1]?.lower === 'known') k--;
  const cue = tokens[k];
  if (!cue || cue.sentence !== sentence || !ALIAS_CUES.has(cue.lower)) return undefined;
  if (cue.lower === 'known' && tokens[k + 1]?.lower !== 'as') return undefined;
  for (let j = mentions.length - 1; j >= 0; j--) {
    const prev = mentions[j]!;
    if (prev.sentence !== sentence) break;
    if (prev.tokenEnd <= k && k - prev.tokenEnd <= 6 && prev.entity) return prev;
  }
  return undefined;
}

/**
 * The public figures whose given name (the first word of a Western-order full name, not their family
 * name) is `w`: "Jennie" → Jennie Kim.
 */
function gazetteerByGivenName(w: string): PersonEntry[] {
  const out = new Set<PersonEntry>();
  for (const { words, entry } of gazetteer().byWord.get(w) ?? []) {
    if (words[0] !== w || entry.familyNameFirst || (entry.familyName && normaliseName(entry.familyName) === w)) continue;
    out.add(entry);
  }
  return [...out];
}

/** The words the text uses inside names of two or more words ("Lisa Kudrow"): such a word, alone, may be anyone's. */
function multiWordNameWords(doc: AnalysedDocument): Set<string> {
  const out = new Set<string>();
  for (const m of doc.names) {
    const words = nameWords(doc.text, doc.tokens, coreStart(doc.tokens, m), m.tokenEnd);
    if (words.length < 2) continue;
    for (const w of words) out.add(withoutSpaces(normaliseName(w.text)));
  }
  return out;
}

/** "Lalisa Manobal or Lisa": a one-word name right after "or" that is part of the full name just before. */
function orAlias(doc: AnalysedDocument, m: NameMention, mentions: PersonMention[]): PersonMention | undefined {
  const { tokens } = doc;
  const or = tokens[m.tokenStart - 1];
  const prev = mentions[mentions.length - 1];
  if (!or || or.lower !== 'or' || !prev?.entity || prev.sentence !== m.sentence || prev.tokenEnd !== m.tokenStart - 1) return undefined;
  if (m.tokenEnd - m.tokenStart !== 1) return undefined;
  const short = withoutSpaces(normaliseName(m.text));
  const full = withoutSpaces(normaliseName(doc.text.slice(prev.start, prev.end)));
  return short.length >= 3 && prev.entity.words.length >= 2 && full.includes(short) ? prev : undefined;
}

export function resolvePersons(doc: AnalysedDocument): PersonIndex {
  const hit = cache.get(doc);
  if (hit) return hit;
  const g = gazetteer();
  const entities: PersonEntity[] = [];
  const mentions: PersonMention[] = [];
  const nameTokens = new Set<number>();
  const titleRefs: TitleReference[] = [];
  const offices: OfficeHolder[] = [];
  const byKey = new Map<string, PersonEntity>();
  const { tokens } = doc;

  // Entities by bare-name key and by word, so lookups never scan every entity.
  const byBareKey = new Map<string, PersonEntity[]>();
  let multiWords: Set<string> | undefined;
  const byNameWord = new Map<string, PersonEntity[]>();
  const index = (map: Map<string, PersonEntity[]>, key: string, e: PersonEntity): void => {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  const addKey = (e: PersonEntity, key: string): void => {
    if (!e.keys.includes(key)) e.keys.push(key);
    index(byBareKey, key, e);
  };
  const newEntity = (display: string, words: string[], keys: string[], gender: Gender | null, evidence: GenderEvidence | null, sentence: number, entry?: PersonEntry): PersonEntity => {
    const e: PersonEntity = { id: entities.length, display, words, keys: [], count: 0, first: sentence, gender, evidence };
    if (entry) e.entry = entry;
    entities.push(e);
    for (const k of keys) addKey(e, k);
    for (const w of words) index(byNameWord, w, e);
    return e;
  };
  const dropEntity = (e: PersonEntity): void => {
    entities.pop();
    for (const k of e.keys) byBareKey.set(k, (byBareKey.get(k) ?? []).filter((x) => x !== e));
    for (const w of e.words) byNameWord.set(w, (byNameWord.get(w) ?? []).filter((x) => x !== e));
  };
  const entityFor = (entry: PersonEntry, sentence: number): PersonEntity => {
    const key = `gz:${entry.name}`;
    const e = byKey.get(key) ?? newEntity(entry.name, normaliseName(entry.name).split(' '), entryKeys(entry), entry.gender, 'gazetteer', sentence, entry);
    byKey.set(key, e);
    return e;
  };

  let places: Set<string> | undefined;
  const pendingTitles: TitleReference[] = [];
  // An entity once named as a person ("Charlayne Hunter") stays one when named by one word.
  const personLikeEntities = new Set<PersonEntity>();
  const headlines = new Map<number, boolean>();
  const skipRuns = new Set<number>();
  for (const m of doc.names) {
    if (skipRuns.has(m.tokenStart)) continue;
    let headline = headlines.get(m.sentence);
    if (headline === undefined) headlines.set(m.sentence, (headline = isHeadline(doc, m.sentence)));
    if (headline) continue;
    // A one-word capitalised name right before a lower-case plural noun modifies it ("Filipina
    // marines", "Javanese farmers"): a demonym or a name used as an adjective, not a person.
    const after = tokens[m.tokenEnd];
    if (m.tokenEnd - m.tokenStart === 1 && after && after.spaceBefore && after.sentence === m.sentence && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text) && (after.lemma !== after.lower || /[^s]s$/.test(after.lower))) continue;
    // "the warship BRP Sierra Madre", "the hotel Grand Hyatt": a name in apposition to a noun for a
    // thing names that thing (an all-caps prefix such as BRP or KRI may stand between).
    let lead = m.tokenStart - 1;
    if (tokens[lead] && /^\p{Lu}{2,}$/u.test(tokens[lead]!.text)) lead--;
    if (tokens[lead] && tokens[lead]!.sentence === m.sentence && THING_NOUNS.has(tokens[lead]!.lower)) continue;
    if (isCompanyRun(tokens, m)) continue;
    let core = coreStart(tokens, m);
    // "Kyungnam University Lim Eul-chul": the person after an organisation named with no link word.
    const tail = personAfterOrganisation(doc.text, tokens, m, core);
    if (tail >= 0) core = tail;
    const words = nameWords(doc.text, tokens, core, m.tokenEnd);
    const coreWords = words.map((w) => w.text);
    const normWords = coreWords.map((w) => normaliseName(w));
    // "Mrs. Josefina Lake": after a gendered honorific, a word such as "Lake" or "Park" is a name.
    // Only an English courtesy title that opens the run or stands right before it: "Gelora Bung
    // Karno Main Stadium" and "Bung Karno Stadium" are stadiums.
    if (normWords.some((w) => NON_PERSON.has(w)) && !(normWords.length >= 2 && courtesyTitled(tokens, m, core))) continue;
    if (normWords.length >= 2 && INDONESIAN_PLACE_HEADS.has(normWords[0]!.replace(/\.$/, ''))) continue;
    // One core token: its cue is remembered by text id (coreWords[0] is then that token's text).
    const coreCue = m.tokenEnd - core === 1 ? cueForText(tokens[core]!) : cueFor(coreWords.join(' '));
    const first = tokens[m.tokenStart]!;
    const runCue = m.tokenEnd - m.tokenStart === 1 && first.text === m.text ? cueForText(first) : cueFor(m.text);
    if (coreCue?.place || runCue?.place) continue;
    // "Victoria's Director of Public Prosecutions", "Georgia's governor": a given name that is also a
    // state or country (left out of the place list for the people it names), owning an office or a
    // public body, is the place.
    if (m.tokenEnd - m.tokenStart === 1 && PLACE_LIKE_NAMES.has(first.text) && ownsPublicOffice(tokens, m.tokenEnd)) continue;
    // "Intan Jaya Regency … Intan Jaya", "Mount Merapi … Merapi": a name the text gives a place is
    // that place when it comes alone.
    places ??= placeNames(doc);
    if (places.has(normWords.join(' '))) continue;
    // Only places stripped ("North Korean", "Korea Selatan"): a demonym or a place's name, not a title.
    const hadTitle = core > m.tokenStart && !placesOnly(tokens, m.tokenStart, core);
    const sentenceEnd = doc.sentences[m.sentence]!.tokenEnd;

    let entity: PersonEntity | null = null;
    let possible: (Gender | null)[] = [];
    let start = words[0]!.start;
    let end = words[words.length - 1]!.end;

    let gz = gazetteerMatch(coreWords);
    // "Ursula von der Leyen" reaches us as "Ursula" + "von der" + "Leyen".
    const merged = gz ? undefined : particleJoin(doc, m);
    let mergedEnd: number | undefined;
    if (merged) {
      const wide = gazetteerMatch([...coreWords, ...merged.words]);
      if (wide && wide.to > coreWords.length && wide.from < coreWords.length) {
        gz = { entry: wide.entry, from: wide.from, to: coreWords.length };
        mergedEnd = merged.end;
        skipRuns.add(merged.run);
      }
    }
    // "Von der Leyen": a family name of several words.
    if (!gz && normWords.length > 1) {
      const famous = g.byFamilyName.get(normWords.join(' '));
      if (famous?.length === 1) gz = { entry: famous[0]!, from: 0, to: coreWords.length };
    }
    // A capitalised word the tagger read as a function word may open the name: "An Se-young".
    const before = tokens[m.tokenStart - 1];
    if (before && before.spaceBefore && before.type === 'word' && /^\p{Lu}\p{Ll}/u.test(before.text) && before.sentence === m.sentence && before.i > doc.sentences[m.sentence]!.tokenStart && core === m.tokenStart) {
      const wider = gazetteerMatch([before.text, ...coreWords]);
      if (wider && wider.from === 0 && (!gz || wider.to - wider.from > gz.to - gz.from)) {
        // The match now counts the extra word as words[0].
        words.unshift({ text: before.text, start: before.start, end: before.end });
        gz = { entry: wider.entry, from: 0, to: wider.to };
      }
    }
    // A run of office words only ("Prime Minister", "Managing Director"): a person, but not a name.
    const lastCue = cueForText(tokens[m.tokenEnd - 1]!);
    let titlesOnly = true;
    for (let k = core; k < m.tokenEnd && titlesOnly; k++) {
      const cue = cueForText(tokens[k]!);
      titlesOnly = (cue !== undefined && (cue.title || cue.honorific)) || isBodyWord(tokens[k]!.lower);
    }
    if (!gz && lastCue && (lastCue.title || lastCue.honorific) && (!hadTitle || titlesOnly)) {
      pendingTitles.push({ tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, sentence: m.sentence, gender: lastCue.gender });
      continue;
    }
    const honorific = honorificGender(tokens, m, core);
    const role = roleGender(tokens, m) ?? appositiveGender(tokens, m, sentenceEnd);
    const speech = hasSpeechVerbNearby(tokens, m);
    const alias = gz ? undefined : (aliasOf(tokens, m, mentions) ?? orAlias(doc, m, mentions));

    if (gz) {
      entity = entityFor(gz.entry, m.sentence);
      if (gz.to - gz.from >= 2) delete entity.bareOnly;
      start = words[gz.from]!.start;
      end = mergedEnd ?? words[gz.to - 1]!.end;
    } else if (alias) {
      entity = alias.entity;
      // Later bare mentions of the short name are the same person.
      for (const w of normWords) if (entity) addKey(entity, withoutSpaces(w));
      // The short name is the given name: "Lalisa Manobal or Lisa".
      const given = normWords.length === 1 ? g.givenNames.get(normWords[0]!) : undefined;
      if (entity && entity.gender === null && given && !given.alsoWord) {
        entity.gender = given.gender;
        entity.evidence = 'given-name';
      }
    } else if (normWords.length === 1) {
      // A bare word: an earlier person with that family name, given name or single name.
      const w = withoutSpaces(normWords[0]!);
      const marked = honorific ?? role;
      let earlier = (byBareKey.get(w) ?? []).filter(
        (e) =>
          // "Mrs. Benington" after "coach Benington … he": a spouse, not the same person.
          // Unless that gender came from the derived given-name list only ("Carson McCullers …
          // Miss McCullers").
          !(marked && e.gender && e.gender !== marked && !e.derivedGiven),
      );
      // "Ribka Haluk … According to Rebekah": machine translation put the English form of a
      // biblical given name for the Indonesian one; the bare word is still that person.
      if (earlier.length === 0) {
        const forms = indonesianFormsOf(w);
        if (forms) {
          const linked = forms.flatMap((f) => (byBareKey.get(f) ?? []).filter((e) => e.words.length > 1 && e.words[0] === f));
          if (linked.length === 1) earlier = linked;
        }
      }
      // The derived list (given-names-census.json) knows many family names too (Montgomery,
      // Carson): a bare word is read against the hand list only.
      const anyGiven = g.givenNames.get(w);
      const given = anyGiven?.derived ? undefined : anyGiven;
      // cueFor(w), remembered by text id when w is the one core token's lower-case form.
      const noun = m.tokenEnd - core === 1 && tokens[core]!.lower === w ? cueForLower(tokens[core]!) : cueFor(w);
      if (earlier.length === 1) {
        const e = earlier[0]!;
        // "Mrs. Hardy" then "Hardy": the bare name may be her husband.
        if (!marked && e.words.length === 1 && e.evidence === 'honorific') possible = [e.gender, null];
        else entity = e;
      }
      else if (earlier.length > 1) possible = earlier.map((e) => e.gender);
      else {
        const famous = FUNCTION_WORDS.has(w) ? undefined : g.byFamilyName.get(w);
        // A lone family name the gazetteer knows ("Shoigu"), unless an honorific says otherwise.
        // Weak evidence: "Hardy" or "Payne" in a story may be anyone.
        if (famous && famous.length === 1 && !given && !(marked && marked !== famous[0]!.gender)) {
          entity = entityFor(famous[0]!, m.sentence);
          if (entity.count === 0) entity.bareOnly = true;
        }
        else if (honorific || role || hadTitle || speech || given || inClause(tokens, m) || noun?.personNoun || coordinatedWithKin(tokens, m) || followedByWho(tokens, m)) {
          // A bare single name is as often a family name as a given name ("Shea and his wife"), so
          // the given-name lexicon gives no gender here, except for names from naming systems where
          // one name is the whole name ("Regent Subandi", "coach Irwansyah") when the text calls
          // the word a person; a kinship word used as a name ("Mommy") gives its own gender.
          const introduced = hadTitle || role !== null || speech;
          const mononym = given && !given.alsoWord && given.origins.every((o) => MONONYM_ORIGINS.has(o)) && introduced ? given.gender : !given && introduced ? (endingGender([w]) ?? null) : null;
          const kin = noun?.personNoun && noun.gender ? noun.gender : null;
          // A lone given name that is nobody's family name here ("Jennie said…", "Lisa, the member
          // from Thailand, …"): the public figure it is the given name of (one mentioned earlier, or
          // the only one), else the given-name lexicon. Not when the gazetteer knows it as a family
          // name or the text also pairs it with a family name.
          multiWords ??= multiWordNameWords(doc);
          let bareGiven: Gender | null = null;
          const saint = /^(?:st\.?|saint)$/i.test(tokens[m.tokenStart - 1]?.text ?? '') || /^(?:st\.?|saint)$/i.test(tokens[m.tokenStart - 2]?.text ?? '');
          if (!marked && !saint && !g.byFamilyName.has(w) && !multiWords.has(w)) {
            const figures = gazetteerByGivenName(w);
            const named = figures.filter((f) => entities.some((e) => e.entry === f));
            const figure = named.length === 1 ? named[0] : figures.length === 1 ? figures[0] : undefined;
            // A name only the derived list knows, after "in", "from", "to"…, is a place first ("the
            // drummer from Lyon").
            const placeLike = given?.derived === true && PLACE_PREPOSITIONS.has(tokens[m.tokenStart - 1]?.lower ?? '');
            bareGiven = figure ? figure.gender : given && !given.alsoWord && !placeLike ? given.gender : null;
          }
          const gender = honorific ?? role ?? kin ?? mononym ?? bareGiven;
          const evidence: GenderEvidence | null = honorific ? 'honorific' : role || kin ? 'role-noun' : mononym || bareGiven ? 'given-name' : null;
          entity = newEntity(coreWords[0]!, [w], [w], gender, evidence, m.sentence);
        }
      }
    } else {
      const key = normWords.join(' ');
      entity = byKey.get(key) ?? null;
      if (!entity) {
        // Another spelling of a public figure, or of someone named earlier in this article
        // ("Paethongtarn Shinawatra" after "Paetongtarn Shinawatra").
        const near = nearMatch(normWords);
        if (near) entity = entityFor(near, m.sentence);
        else {
          const flat = normWords.map((w) => withoutSpaces(w));
          const sharing = new Set(flat.flatMap((w) => byNameWord.get(w) ?? []));
          entity =
            [...sharing].find(
              (e) =>
                e.words.length === flat.length &&
                e.words.every((w, k) => w === flat[k] || transliterationPair(w, flat[k]!)) &&
                e.words.filter((w, k) => w !== flat[k]).length === 1,
            ) ?? null;
        }
        if (entity) byKey.set(key, entity);
      }
      if (!entity) {
        // "Ida Bagus Alit", "Gusti Ayu …": a Balinese title gives the gender; otherwise a Balinese title is
        // no given name, whatever the derived list says ("Gusti Ngurah Rai").
        const balinese = balineseTitleGender(normWords);
        const anyGiven = g.givenNames.get(normWords[0]!);
        const given = balinese ? { gender: balinese, derived: false } : anyGiven?.derived && BALINESE_TITLES.has(normWords[0]!) ? undefined : anyGiven;
        const ending = given ? undefined : endingGender(normWords);
        // An English given name from the census list before an Indonesian name whose ending says the
        // other gender ("Margo Yuwono": Margo is an English woman's name, -yono a Javanese man's) is no
        // evidence either way: the name is Indonesian.
        const clash = given?.derived === true && endingGender(normWords.slice(1)) !== undefined && endingGender(normWords.slice(1)) !== given.gender;
        const gender = honorific ?? role ?? (clash ? null : given ? given.gender : (ending ?? null));
        const evidence: GenderEvidence | null = honorific ? 'honorific' : role ? 'role-noun' : !clash && (given || ending) ? 'given-name' : null;
        entity = newEntity(coreWords.join(' '), normWords.map((w) => withoutSpaces(w)), bareKeys(coreWords), gender, evidence, m.sentence);
        if (!honorific && !role && given?.derived) entity.derivedGiven = true;
        byKey.set(key, entity);
      }
    }

    // A gender learnt from an honorific or role noun on a bare family name ("Mrs. Evans" after
    // "Bobbie Evans") may belong to a spouse: only the mention that created the entity, or a fuller
    // one, teaches it. Not a repeat of a full name already used without it: "Linda, Mrs. Bobbie
    // Evans" names the wife by her husband's name.
    // "Carson McCullers … Miss McCullers": a derived given name that an honorific or role contradicts
    // is no evidence either way (a unisex name, or a spouse).
    if (entity?.derivedGiven && (honorific ?? role) !== null && (honorific ?? role) !== entity.gender) {
      entity.gender = null;
      entity.evidence = null;
      delete entity.derivedGiven;
    }
    if (entity && entity.gender === null && (honorific || role) && (entity.count === 0 || (normWords.length >= 2 && !(honorific && normWords.length <= entity.words.length)))) {
      entity.gender = honorific ?? role;
      entity.evidence = honorific ? 'honorific' : 'role-noun';
    }
    if (entity === null && possible.length === 0) continue;
    // "before returning to New Delhi": an unknown name after a preposition of place is a place.
    const prep = tokens[m.tokenStart - 1];
    // "the Pyramid Country", "a Holy Mass": an unknown name after an article is a place or a
    // thing; English names no person that way (titles and honorifics are handled above).
    const definite = (prep?.lower === 'the' || prep?.lower === 'a' || prep?.lower === 'an') && !speech;
    if (entity && entity === entities[entities.length - 1] && entity.evidence === null && !hadTitle && !alias && prep && (PLACE_PREPOSITIONS.has(prep.lower) || definite) && prep.sentence === m.sentence && entity.count === 0) {
      dropEntity(entity);
      const key = normWords.join(' ');
      if (byKey.get(key) === entity) byKey.delete(key);
      continue;
    }
    if (entity) entity.count++;
    // A one-word given name ("Pam burst out") is a person even when its gender is left unknown, and
    // so is whoever has a wife or a son ("Gladden's wife").
    const givenName = normWords.length === 1 && g.givenNames.has(normWords[0]!);
    const apostrophe = tokens[m.tokenEnd];
    const possessed = tokens[m.tokenEnd + 1];
    const possessor = apostrophe !== undefined && /^['’]s?$/.test(apostrophe.text) && possessed !== undefined && cueForLower(possessed)?.personNoun === true;
    // "Deputy for Distribution and Services Statistics": a run whose only "title" was an office
    // word ("Services") and whose every word is an ordinary English word names an office or a body.
    const thing = entity !== null && entity.evidence === null && alias === undefined && (hadTitle ? !titleCueIn(tokens, m) && commonWordRun(runWords(doc, m)) : commonWordRun(normWords));
    const personLike =
      !thing &&
      (entity?.evidence != null || hadTitle || coordinatedWithKin(tokens, m) || agedBefore(tokens, m) || followedByWho(tokens, m) || speech || normWords.length >= 2 || possible.length > 0 || alias !== undefined || givenName || possessor || (entity !== null && personLikeEntities.has(entity)));
    if (entity && personLike) personLikeEntities.add(entity);
    for (let k = m.tokenStart; k < m.tokenEnd; k++) nameTokens.add(k);
    // A role noun right before the name is the same person ("leader Kim", "his wife, Kim Hea-kyung").
    const noun = roleNoun(tokens, m);
    if (noun) nameTokens.add(noun.at);
    mentions.push({ start, end, sentence: m.sentence, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, entity, possible: entity ? [entity.gender] : possible, personLike });
    // "Foreign Minister Retno Marsudi": a title right before the name is an office that person holds;
    // a later "the minister" or "the Minister of Foreign Affairs" may be them.
    const titleHead = tokens[core - 1];
    if (hadTitle && entity && personLike && titleHead && cueForText(titleHead)?.title) {
      offices.push({ head: titleHead.lower, key: titleHead.lower, modifiers: officeModifiers(tokens, m.tokenStart, core - 1), entity, tokenStart: m.tokenStart });
    }
  }
  // "Minister of Energy and Mineral Resources Bahlil Lahadalia": a title whose complement runs into a
  // person's name is that person's title, not someone else.
  // The first mention starting at each token (a map, so a title does not scan every mention).
  const starts = new Map<number, PersonMention>();
  for (const x of mentions) if (!starts.has(x.tokenStart)) starts.set(x.tokenStart, x);
  for (const r of pendingTitles) {
    let attached = false;
    const end = doc.sentences[r.sentence]!.tokenEnd;
    let person: PersonMention | undefined;
    for (let k = r.tokenEnd; k < Math.min(end, r.tokenEnd + 14) && !person; k++) {
      const u = tokens[k]!;
      // "the President and Ibu Iriana": "and" straight after the title, before an honorific or a
      // name, joins two people; it does not open the title's complement ("Minister of Trade and
      // Industry Budi", where "and" comes inside the complement).
      if (k === r.tokenEnd && (u.lower === 'and' || u.text === '&')) {
        const nextTok = tokens[k + 1];
        if (nextTok && (starts.has(k + 1) || cueForText(nextTok)?.honorific)) break;
      }
      if (starts.has(k) && k > r.tokenEnd) person = starts.get(k);
      // "The Bogor Regent, Rudy Susmanto, said": a comma right after the title opens an apposition.
      // "Deputy for Distribution and Services Statistics, BPS Pudji Ismartini, said": a comma after
      // the complement, before a name, opens an apposition too.
      else if (!(TITLE_LINKS.has(u.lower) || (u.text === ',' && (k === r.tokenEnd || starts.get(k + 1)?.personLike === true)) || (u.type === 'word' && /^\p{Lu}/u.test(u.text)) || !u.spaceBefore)) break;
    }
    if (person?.entity && person.personLike) {
      // The office's words run up to the name's core: "Minister of" + "Trade" in the run "Trade Dyah Kusumawati".
      let core = person.tokenStart;
      while (core < person.tokenEnd && tokens[core]!.start < person.start) core++;
      offices.push({ head: tokens[r.tokenEnd - 1]!.lower, key: officeKey(tokens, r.tokenEnd - 1, core), modifiers: officeModifiers(tokens, r.tokenStart, r.tokenEnd - 1), entity: person.entity, tokenStart: r.tokenStart });
    }
    if (!person) titleRefs.push(r);
    else if (person.entity && person.entity.gender === null && r.gender) {
      // "Chairwoman of the National Commission on Human Rights Anis Hidayah": the title's gender is hers.
      person.entity.gender = r.gender;
      person.entity.evidence = 'role-noun';
    }
  }
  // A later mention may have taught us an entity's gender ("Lalisa Manobal or Lisa").
  for (const m of mentions) if (m.entity) m.possible = [m.entity.gender];
  const result = { entities, offices, mentions, nameTokens, titleRefs };
  cache.set(doc, result);
  return result;
}
