/**
 * title-calque: a generic title used as a capitalised honorific before a bare name ("Leader Kim",
 * "Head Widodo", "General Chairman Megawati"). Indonesian puts a title before any name ("Pemimpin
 * Kim", "Kepala Widodo", "Ketua Umum Megawati"); English news capitalises only formal offices
 * ("Supreme Leader Khamenei", "Majority Leader Schumer") and otherwise uses a lower-case descriptor
 * ("North Korean leader Kim Jong-un") or the bare surname.
 *
 * A title is flagged only when it is capitalised, is not the tail of a longer office (a capitalised
 * word or a possessive right before it: "Opposition Leader Dutton", "North Korean Leader Kim",
 * "the party's Leader Kim"), and is followed by a person name rather than a compound head ("Head
 * Coach", "Leader Board"). Title-case headlines are skipped: every word is capitalised there.
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { loadLexicon } from '../lexicons/load.js';
import type { FindingDraft, Rule } from './types.js';
import { isEnglishWord } from '../lexicons/indonesian-morphology.js';
import { isDictionaryWord } from '../lexicons/english-words.js';

interface TitleEntry {
  title: string;
  source: string[];
  severity: 'minor' | 'info';
  fix: string;
  modifierMakesOffice?: boolean;
  dropSafe?: boolean;
  /** Only the office run on to the name ("Governor of West Java Ridwan Kamil") is flagged: "Governor Ridwan" is English. */
  ofOnly?: boolean;
  note?: string;
}

interface OfficeEntry {
  id: string;
  source: string[];
  regexp: string;
  suggestion: string;
  message: string;
  severity?: 'minor' | 'info';
  /** Literals one of which the sentence must hold before the expression is tried. */
  requires?: string[];
}

interface TitleLexicon {
  entries: TitleEntry[];
  notBefore?: string[];
  context?: string[];
  parts?: Record<string, string>;
  offices?: OfficeEntry[];
}

interface CompiledOffice {
  entry: OfficeEntry;
  re: RegExp;
}

interface Compiled {
  /** Titles by their first word, longest first. */
  byFirst: Map<string, { words: string[]; entry: TitleEntry }[]>;
  notBefore: Set<string>;
  offices: CompiledOffice[];
  context: RegExp | undefined;
}

let compiled: Compiled | undefined;

function data(): Compiled {
  if (compiled) return compiled;
  const lex = loadLexicon<TitleEntry>('titles') as TitleLexicon;
  const byFirst = new Map<string, { words: string[]; entry: TitleEntry }[]>();
  for (const entry of lex.entries) {
    const words = entry.title.split(/\s+/);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, entry });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0]!, list);
  }
  const parts = lex.parts ?? {};
  const offices = (lex.offices ?? []).map((entry) => ({
    entry,
    re: new RegExp(entry.regexp.replace(/\{([A-Z]+)\}/g, (m, name: string) => parts[name] ?? m), 'g'),
  }));
  const context = lex.context?.length ? new RegExp(`\\b(?:${lex.context.join('|')})\\b`, 'i') : undefined;
  compiled = { byFirst, notBefore: new Set(lex.notBefore ?? []), offices, context };
  return compiled;
}

const UPPER_START = /^\p{Lu}/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+$/u;
const ALL_CAPS = /^[\p{Lu}\d-]{2,}$/u;

/**
 * A headline in title case: several longer words and none of them in lower case ("Putin Sends
 * Letter To Leader Kim"). Every title is capitalised there anyway. A name-heavy sentence still has
 * lower-case verbs and nouns ("Leader Hun Manet met investors in Phnom Penh").
 */
function isTitleCase(tokens: Token[]): boolean {
  let long = 0;
  for (const t of tokens) {
    if (t.type !== 'word') continue;
    // A short lower-case word that is not an article, preposition or conjunction ("met", "won")
    // shows running text: "President Prabowo met Leader Anwar Ibrahim at the Merdeka Palace."
    if (t.text.length < 4) {
      if (/^\p{Ll}/u.test(t.text) && !HEADLINE_LOWER.has(t.text)) return false;
      continue;
    }
    long++;
    if (!UPPER_START.test(t.text)) return false;
  }
  return long >= 3;
}

/** Short words that title-case headlines may leave in lower case. */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'to', 'in', 'on', 'at', 'by', 'as', 'up', 'via', 'vs', 'per', 'off', 'out', 'so', 'yet', 's', "'s", '’s', 'n']);

/**
 * The person name right after the title: capitalised words separated by spaces, with hyphenated
 * given-name parts ("Kim Jong-un"). Returns the index after the name, or -1 when no name follows.
 */
function nameAfter(doc: AnalysedDocument, i: number, end: number, notBefore: Set<string>): number {
  const first = doc.tokens[i];
  if (!first || i >= end || !first.spaceBefore || first.type !== 'word') return -1;
  if (!NAME_WORD.test(first.text) || notBefore.has(first.text)) return -1;
  // A common noun with a capital (a headline's "Board") is tagged NOUN at best; names are PROPN.
  if (first.pos !== 'PROPN') return -1;
  let j = i + 1;
  let words = 1;
  while (j < end && words < 4) {
    const t = doc.tokens[j]!;
    if (t.spaceBefore && t.type === 'word' && NAME_WORD.test(t.text) && t.pos === 'PROPN' && !notBefore.has(t.text)) {
      j++;
      words++;
      continue;
    }
    // Hyphenated parts of a name: Jong-un, Al-Sisi.
    const after = doc.tokens[j + 1];
    if (!t.spaceBefore && t.text === '-' && after && !after.spaceBefore && after.type === 'word') {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** Words that head an organisation's name: the person's name starts after them. */
const ORG_HEADS = new Set([
  'ministry', 'agency', 'party', 'police', 'commission', 'council', 'center', 'centre', 'office', 'department', 'bureau', 'board',
  'court', 'service', 'institute', 'university', 'command', 'regency', 'province', 'city', 'assembly', 'house', 'committee', 'association',
  'federation', 'union', 'corporation', 'company', 'bank', 'group', 'movement', 'front', 'authority', 'administration', 'secretariat', 'forces',
  'army', 'navy', 'force', 'regiment', 'division', 'unit', 'team', 'club', 'foundation', 'organization', 'organisation', 'affairs', 'relations',
]);
const LINKS = new Set(['of', 'the', 'for', 'and', 'on']);
/** Demonyms and nationality adjectives: "Chinese", "North Korean", "Iranian", "Israeli". */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)$/u;
/** Capitalised words that make a real office of "Leader"/"Head": "Majority Leader", "Squadron Leader". */
const OFFICE_MODIFIERS = new Set(['Majority', 'Minority', 'Supreme', 'Opposition', 'House', 'Senate', 'Floor', 'Deputy', 'Squadron', 'Wing', 'Flight', 'Team', 'Group', 'Section', 'Department', 'Scout', 'Troop', 'Republican', 'Democratic', 'Democrat', 'Labour', 'Party', 'Council', 'Assembly', 'Spiritual', 'Religious']);

/**
 * "Leader of Hamas Ismail Haniyeh", "Head of BNPB Suharyanto", "General Chairman of the Gerindra
 * Party Prabowo Subianto": the office in Indonesian order ("Pemimpin Hamas Ismail Haniyeh") with
 * the name run on without a comma. `i` is the "of" token. The name starts after an organisation's
 * head word or acronym ("… Party Prabowo", "… BNPB Suharyanto") or at a known given name ("…
 * Hamas Ismail"). Returns the name's token range, or undefined.
 */
function officeOfName(doc: AnalysedDocument, i: number, end: number, notBefore: Set<string>, givenOnly = false): { nameStart: number; nameEnd: number } | undefined {
  if (doc.tokens[i]?.lower !== 'of') return undefined;
  let j = i + 1;
  let orgWords = 0;
  for (; j < end && orgWords < 8; j++) {
    const t = doc.tokens[j]!;
    if (LINKS.has(t.lower) && t.text === t.lower) continue;
    if (t.type !== 'word' || !UPPER_START.test(t.text)) return undefined;
    orgWords++;
    const next = doc.tokens[j + 1];
    if (!next || j + 1 >= end || !next.spaceBefore || next.type !== 'word' || !NAME_WORD.test(next.text) || next.pos !== 'PROPN' || notBefore.has(next.text)) continue;
    // The organisation ends at a head word, an acronym, or before a known given name.
    // For offices that are English titles too ("Governor"), only a known given name starts the name:
    // "Governor of Bank Indonesia Perry Warjiyo" does not end at "Bank".
    if (givenOnly ? isGivenName(next.text) : ORG_HEADS.has(t.lower) || ALL_CAPS.test(t.text) || (orgWords >= 1 && isGivenName(next.text))) {
      const nameEnd = nameAfter(doc, j + 1, end, notBefore);
      if (nameEnd < 0) return undefined;
      // Still the organisation's name: "… BMKG Earthquake and Tsunami Center", "… KPU Office".
      let orgContinues = nameEnd < end && LINKS.has(doc.tokens[nameEnd]!.text);
      for (let x = j + 1; x < nameEnd && !orgContinues; x++) if (ORG_HEADS.has(doc.tokens[x]!.lower)) orgContinues = true;
      if (orgContinues) continue;
      return { nameStart: j + 1, nameEnd };
    }
  }
  return undefined;
}

/** Indonesian words of place names, and English ones: a run holding one is a place, not a place and a name. */
const PLACE_WORDS = new Set([
  'Barat', 'Timur', 'Utara', 'Selatan', 'Tengah', 'Tenggara', 'Daya', 'Kepulauan', 'Istimewa', 'Daerah', 'Khusus', 'Kota', 'Kabupaten', 'Raya', 'Jaya',
  'Sungai', 'Tanjung', 'Pulau', 'Bandar', 'Gunung', 'Tanah', 'Teluk', 'Muara', 'Kuala', 'Pematang', 'Padang', 'Lima', 'Puluh', 'Hulu', 'Hilir', 'Baru', 'Lama',
]);
const DIRECTIONS = new Set(['North', 'South', 'East', 'West', 'Central', 'Southeast', 'Southwest', 'Northeast', 'Northwest']);

/**
 * "Regent of Ponorogo Sugiri Sancoko said": a regional office run on to a name whose given name no
 * list holds, so where the place ends is unknown. Read as a run-on when the capitalised words after
 * "of" are the place (one word, two after a direction) and at least two more, none of them English,
 * an acronym or a word of Indonesian place names ("Nusa Tenggara Barat" is one place), and a
 * lower-case word or a comma or full stop follows. The end of the run, or -1.
 */
function unknownNameRunOn(doc: AnalysedDocument, i: number, end: number): number {
  if (doc.tokens[i]?.lower !== 'of') return -1;
  let j = i + 1;
  const words: Token[] = [];
  while (j < end && words.length < 6) {
    const t = doc.tokens[j]!;
    if (t.type !== 'word' || !NAME_WORD.test(t.text) || (words.length > 0 && !t.spaceBefore)) break;
    words.push(t);
    j++;
  }
  const place = words.length > 0 && DIRECTIONS.has(words[0]!.text) ? 2 : 1;
  if (words.length < place + 2 || words.length > place + 3) return -1;
  for (const [k, w] of words.entries()) {
    if (PLACE_WORDS.has(w.text) || ORG_HEADS.has(w.lower)) return -1;
    if (!(k === 0 && place === 2) && isEnglishWord(w.lower)) return -1;
  }
  const after = doc.tokens[j];
  if (after && !(after.type === 'word' && /^\p{Ll}/u.test(after.text)) && after.text !== ',' && after.text !== '.') return -1;
  return j;
}

let givenNames: Set<string> | undefined;
function isGivenName(word: string): boolean {
  if (!givenNames) {
    givenNames = new Set();
    try {
      for (const g of loadLexicon<{ name: string; alsoWord?: boolean }>('given-names').entries) if (!g.alsoWord) givenNames.add(g.name);
    } catch {
      // Optional: without the lexicon only head words and acronyms end the organisation.
    }
  }
  return givenNames.has(word);
}

/**
 * Words that end the place of an office ("… Police Sector Tanah Abang Commissioner Budi"): ranks,
 * and unit words that show the match is not a place at all ("Head of the Traffic Unit …").
 */
const PLACE_STOP = new Set([
  'Commissioner', 'Adjunct', 'Senior', 'Inspector', 'Police', 'Brigadier', 'General', 'Colonel', 'Major', 'Lieutenant', 'Captain', 'Chief', 'Head',
  'AKBP', 'AKP', 'Kompol', 'Kombes', 'Iptu', 'Ipda', 'Irjen', 'Brigjen', 'Aiptu', 'Bripka', 'Brigpol', 'Pol', 'Said', 'On', 'In', 'The',
]);
const NOT_PLACE = new Set([
  'Public', 'Relations', 'Criminal', 'Investigation', 'Traffic', 'Narcotics', 'Drug', 'Unit', 'Division', 'Directorate', 'Mobile', 'Brigade',
  'Military', 'Special', 'Intelligence', 'Cyber', 'Water', 'Marine', 'Tourist', 'Riot', 'Sub', 'Headquarters', 'Section', 'Bureau', 'Operations',
  'Operational', 'Women', 'Children', 'Task', 'Force', 'State', 'Capitol', 'Transit', 'Railway', 'Border',
]);
const UNIT_WORDS = new Set(['Regional', 'Provincial', 'Resort', 'Sector', 'Metro', 'Metropolitan']);
/** Indonesian names of a police area that English news replaces by the city: Polda Metro Jaya is the Jakarta police. */
const PLACE_ENGLISH: Record<string, string> = { 'Metro Jaya': 'Jakarta', 'Indonesian National': 'National', 'Republic of Indonesia': 'National' };

/**
 * The place of an office match, cleaned: cut at a rank (`kept` = how many of its words stay), the
 * unit words a greedy match took dropped, refused (undefined) when it is a unit name.
 */
function officePlace(raw: string | undefined): { place: string; kept: number; cut: boolean } | undefined {
  if (raw === undefined) return { place: '', kept: 0, cut: false };
  const all = raw.split(/\s+/);
  const words: string[] = [];
  for (const w of all) {
    if (PLACE_STOP.has(w)) break;
    if (NOT_PLACE.has(w)) return undefined;
    words.push(w);
  }
  const kept = words.length;
  const cut = kept < all.length;
  // The unit words a greedy place took ("Bali Regional" before "Police"): Polda, Polres, Polsek.
  while (words.length && UNIT_WORDS.has(words[words.length - 1]!)) words.pop();
  const place = words.join(' ');
  const english = PLACE_ENGLISH[place];
  if (english) return { place: english, kept, cut };
  if (!words.length || words.some((w) => UNIT_WORDS.has(w))) return undefined;
  return { place, kept, cut };
}

/** Words that name the kind of unit, not its field: dropped from the English descriptor ("narcotics chief"). */
const UNIT_NOUNS = /\s*\b(?:Unit|Division|Directorate|Sub-?[Dd]irectorate|Bureau|Section|Sub-?[Dd]ivision|Department|Subdivision|Field|Sector)\b\s*$/;

/**
 * The field of a unit for an English descriptor, lower case ("Narcotics Unit" → "narcotics",
 * "Investigation and General Crimes" → "investigation and general crimes"); acronyms keep their
 * capitals. Undefined when nothing but the unit noun is left. An absent group is the empty string.
 */
function unitWords(raw: string | undefined): string | undefined {
  if (raw === undefined) return '';
  const field = raw.replace(/,\s*$/, '').replace(UNIT_NOUNS, '').trim();
  if (field === '') return undefined;
  return field
    .split(/\s+/)
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

/** The holder's title as an English descriptor: "Head"/"Chief" → "chief", "Director" → "director". */
function headWord(raw: string | undefined): string {
  if (raw === undefined) return '';
  const deputy = /^Deputy /.test(raw) ? 'deputy ' : '';
  return deputy + (/Director$/.test(raw) ? 'director' : 'chief');
}

/**
 * "Head of the Central Java Regional Police" (Kapolda Jateng), "Head of Public Relations of the
 * Riau Regional Police" (Kabid Humas Polda Riau): Indonesian offices rendered word for word, in
 * documents about Indonesia. The suggestion is the English office ("Central Java police chief").
 */
/** The text before a lower-case office ends with the comma of an appositive, perhaps with "former", "deputy"… after it. */
const APPOSITION_BEFORE = /,\s*(?:(?:the|a|an|former|ex|ex-deputy|deputy|acting|then|vice)[\s-]+)*$/iu;

function officeFindings(doc: AnalysedDocument, offices: CompiledOffice[], out: FindingDraft[]): void {
  for (const s of doc.sentences) {
    if (s.boilerplate) continue;
    const text = doc.text.slice(s.start, s.end);
    for (const { entry, re } of offices) {
      if (entry.requires && !entry.requires.some((r) => text.includes(r))) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const rawPlace = m.groups?.['place'];
        const found = officePlace(rawPlace);
        if (!found) continue;
        const { place } = found;
        let matched = m[0];
        // A place cut at a rank ends the span there ("Chief of Police Sector Tanah Abang" before
        // "Commissioner Budi"); a cut anywhere else means the match is not an office.
        if (rawPlace && found.cut) {
          if (!found.kept || !matched.endsWith(rawPlace)) continue;
          matched = matched.slice(0, matched.length - rawPlace.length) + rawPlace.split(/\s+/).slice(0, found.kept).join(' ');
        }
        const start = s.start + m.index;
        const end = start + matched.length;
        // "Prasetyo, former deputy chief of the Central Kalimantan police, said": a lower-case office
        // in apposition after the name is the English order, the very rewording suggested elsewhere.
        if (/^\p{Ll}/u.test(matched) && APPOSITION_BEFORE.test(text.slice(0, m.index))) continue;
        const unit = unitWords(m.groups?.['unit']);
        if (unit === undefined) continue;
        let suggestion = entry.suggestion
          .replace('{place} police', place === 'National' ? 'National Police' : '{place} police')
          .replace('{place}', place)
          .replace('{unit}', unit)
          .replace('{head}', headWord(m.groups?.['head']))
          .replace(/\s+/g, ' ')
          .trim();
        // At the start of a sentence the suggestion starts with a capital.
        const before = text.slice(0, m.index).trim();
        if (before === '' || /[.!?:"“]$/.test(before)) suggestion = suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
        const draft: FindingDraft = {
          start,
          end,
          message: entry.message.replace('{0}', matched).replace('{source}', entry.source.join(' / ')).replace('{suggestion}', suggestion),
          suggestions: [suggestion],
          confidence: 0.75,
          note: 'Indonesian offices name the unit and the place in full (Kepala Kepolisian Daerah Jawa Tengah, Kapolda Jateng); translated word for word they read as an organisation chart, where English news writes a short descriptor before the name ("Central Java police chief").',
        };
        // "… of the Ambon Island Police and PP Lease Ipda Moyo": the place runs on past "and", so
        // the office's name is longer than the match and the short form would cut it in two.
        if (/^ (?:and|&) \p{Lu}/u.test(text.slice(m.index + matched.length))) {
          draft.suggestions = [];
          draft.message = `"${matched}" renders the Indonesian office (${entry.source.join(' / ')}) word for word, and the unit's name runs on after "and": English news gives the whole unit a short lower-case descriptor ("… police spokesperson").`;
        }
        if (entry.severity === 'info') draft.severity = 'info';
        out.push(draft);
      }
    }
  }
}

/**
 * The "name" after an office in Indonesian order is not a name when the office runs on after it ("Head
 * of the DKI Jakarta BPBD …", "Head of the BNPB Disaster Data, Information and …": the next word is
 * capitalised) or when every word of it is an English word rather than a person's name ("Disaster
 * Data", "Mobilization"). The inverted English order would then cut the office in two, so no
 * suggestion is offered.
 */
function officeRunsOn(doc: AnalysedDocument, nameEnd: number, sentenceEnd: number, name: string): boolean {
  // "Khalil al-Hayya", "Nasser bin Ali": a particle or a hyphen after the span continues the name.
  const after = nameEnd < sentenceEnd ? doc.tokens[nameEnd] : undefined;
  if (after && (!after.spaceBefore ? after.text === '-' : /^(?:al|el|bin|binti|van|von|de|da|di|du|la|le|ibn)$/.test(after.text))) return true;
  let k = nameEnd;
  if (k < sentenceEnd && doc.tokens[k]!.text === ',') k++;
  const next = k < sentenceEnd ? doc.tokens[k] : undefined;
  if (next && next.type === 'word' && /^\p{Lu}/u.test(next.text) && (k === nameEnd ? next.spaceBefore : true)) {
    // "…, Information and Communication Centre": a list of the office's own words after a comma.
    if (k === nameEnd || /^(?:and|&)$/i.test(doc.tokens[k + 1]?.text ?? '') || doc.tokens[k + 1]?.text === ',') return true;
    // "Head of BPBD Flores Timur, Fransiskus Botha, said": the person is named after the comma.
    if (!isEnglishWord(next.lower)) return true;
  }
  const words = name.split(/\s+/);
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isEnglishWord(w.toLowerCase()) && ORG_WORDS.test(w));
}

/** Words of an office or a unit's name, never of a person's: the check of `officeRunsOn` on a "name". */
const ORG_WORDS = /^(?:Data|Information|Communication|Communications|Mobilization|Mobilisation|Disaster|Agency|Office|Centre|Center|Division|Bureau|Unit|Section|Team|Department|Directorate|Service|Services|Affairs|Relations|Public|Emergency|Logistics|Management|Planning|Development|Education|Health|Security|Operations|Investigation|Statistics|Informatics|Research|Finance|Budget|Program|Programme|Police|Province|Regency|City|District|Village|Movement|Welfare|Family|Council|Board|Commission|Committee)$/;

export const titleCalque: Rule = {
  meta: {
    id: 'title-calque',
    category: 'style/calque',
    severity: 'minor',
    description: 'A generic title used as a capitalised honorific before a bare name ("Leader Kim"), from Indonesian "Pemimpin Kim" / "Kepala X".',
    examples: {
      invalid: [
        { text: 'The envoy handed a personal message from Beijing to Leader Kim during the banquet.', flags: ['Leader Kim'], suggestion: 'Kim' },
        { text: 'Head Suharyanto said the agency had sent 40 tonnes of aid to the flooded districts.', flags: ['Head Suharyanto'], suggestion: 'Suharyanto' },
        { text: 'The letter was read out by General Chairman Airlangga Hartarto at the congress.', flags: ['General Chairman Airlangga Hartarto'], suggestion: 'Airlangga Hartarto' },
        { text: 'The cut was welcomed by APINDO General Chairman Budi Santoso in Jakarta.', flags: ['General Chairman Budi Santoso'], suggestion: 'chairman Budi Santoso' },
        { text: 'Observers said Leader Xi Jinping would not attend the summit in person.', flags: ['Leader Xi Jinping'], suggestion: 'Xi Jinping' },
        { text: 'The rally was opened by General Chairman of the PKB Muhaimin Iskandar.', flags: ['General Chairman of the PKB Muhaimin Iskandar'], suggestion: 'Muhaimin Iskandar, general chairman of the PKB' },
        { text: 'Leader of Hezbollah Hassan Nasrallah spoke on television on Friday.', flags: ['Leader of Hezbollah Hassan Nasrallah'] },
        { text: 'President Prabowo met Leader Anwar Ibrahim at the Merdeka Palace.', flags: ['Leader Anwar Ibrahim'], suggestion: 'Anwar Ibrahim' },
        { text: 'The Head of the North Sumatra Regional Police said the convoy reached Medan on time.', flags: ['Head of the North Sumatra Regional Police'], suggestion: 'North Sumatra police chief' },
        { text: 'Officers in Jakarta were briefed by the chief of the South Jakarta Metro Police on Monday.', flags: ['chief of the South Jakarta Metro Police'], suggestion: 'South Jakarta police chief' },
        { text: '"The suspects are in custody," said the Head of Public Relations of the Riau Regional Police in Pekanbaru, Indonesia.', flags: ['Head of Public Relations of the Riau Regional Police'], suggestion: 'Riau police spokesperson' },
        { text: 'Head of the Traffic Unit of the Bekasi Police, Ahmad, said the road in Java was closed.', flags: ['Head of the Traffic Unit of the Bekasi Police'], suggestion: 'Bekasi police traffic chief' },
        { text: 'The seized boat was handed to the Head of the Narcotics Unit of the Kupang Police in Indonesia on Monday.', flags: ['Head of the Narcotics Unit of the Kupang Police'], suggestion: 'Kupang police narcotics chief' },
        { text: '"We found 40 kilograms," said Director of Drug Investigation at the Aceh Regional Police Budi Santoso in Banda Aceh, Indonesia.', flags: ['Director of Drug Investigation at the Aceh Regional Police'], suggestion: 'Aceh police drug investigation director' },
        { text: '"The water is receding," said Head of Emergency and Logistics Division of West Lombok BPBD Budi Santoso in Indonesia.', flags: ['Head of Emergency and Logistics Division of West Lombok BPBD'], suggestion: 'West Lombok disaster agency emergency and logistics chief' },
        { text: 'Head of the Public Relations Division of the Indonesian National Police Dedi said the Jakarta case was closed.', flags: ['Head of the Public Relations Division of the Indonesian National Police'], suggestion: 'National Police spokesperson' },
        { text: 'Chief of Police Sector Menteng Commissioner Budi said two men were detained in Jakarta.', flags: ['Chief of Police Sector Menteng'], suggestion: 'Menteng police chief' },
        { text: 'The Head of the Center for Disaster Data, Information and Communication said the floods in Java had receded.', flags: ['Head of the Center for Disaster Data, Information and Communication'], suggestion: 'BNPB spokesperson' },
        // The place runs on past "and": flagged, with no short form that would cut the name in two.
        { text: '"The road is closed," said Head of Public Relations of the Sorong City Police and Raja Ampat Iptu Budi in Papua, Indonesia.', flags: ['Head of Public Relations of the Sorong City Police'] },
        { text: 'The Minister of State Secretary said the decree reached the palace in Jakarta on Friday.', flags: ['Minister of State Secretary'], suggestion: 'State Secretary' },
        { text: 'Governor of Central Java Ganjar Pranowo opened the Indonesian trade fair.', flags: ['Governor of Central Java Ganjar Pranowo'], suggestion: 'Central Java Governor Ganjar Pranowo' },
        // A given name no list holds: reported, but with no fix, since the place's end is unknown.
        { text: 'The Regent of Bantul Wiradaya Sukmajati opened the new bridge in Indonesia on Monday.', flags: ['Regent of Bantul Wiradaya Sukmajati'] },
      ],
      valid: [
        'Budi Santoso, former deputy chief of the Central Java Regional Police, spoke in Semarang.',
        'Senate Majority Leader Chuck Schumer scheduled the vote for Thursday.',
        'Supreme Leader Ali Khamenei addressed the nation on state television.',
        'Opposition Leader Peter Dutton criticised the budget in parliament.',
        'North Korean leader Kim Jong Un inspected the new submarine on Saturday.',
        'The Leader of the House announced the business for next week.',
        'Leader board standings were updated after the final round.',
        'Head Coach Erik ten Hag praised the defence after the win.',
        'Chairman Mao launched the Cultural Revolution in 1966.',
        'Chief Justice John Roberts swore in the new members.',
        'Putin Sends Letter To Leader Kim Ahead Of Armistice Anniversary',
        'Head of the BMKG Earthquake and Tsunami Center, Daryono, said no tsunami was expected.',
        'Hezbollah leader Hassan Nasrallah spoke on television on Friday.',
        'Trump Meets Leader Kim At The Border Village Of Panmunjom',
        'The head of the Metropolitan Police resigned after the report was published in London.',
        'North Sumatra police chief Agus Andrianto said the convoy reached Medan on time.',
        // The police-chief shape never takes a unit for a place ("Traffic Unit" is no place); the unit
        // shape reads only capitalised units, so the lower-case descriptor is left alone.
        'The head of traffic for the Bekasi police, Ahmad, said the road in Java was closed.',
        'Governor Ganjar Pranowo opened the Indonesian trade fair.',
        'The Governor of Central Java, Ganjar Pranowo, opened the Indonesian trade fair.',
        'Mayor of London Sadiq Khan said the strike would end on Friday.',
        'The Governor of Nusa Tenggara Barat said the port in Indonesia would reopen.',
        'The Governor of West Java Province said the Indonesian toll road would open.',
      ],
    },
  },
  run(doc) {
    const { byFirst, notBefore, offices, context } = data();
    const out: FindingDraft[] = [];
    const officeOut: FindingDraft[] = [];
    const indonesian = context?.test(doc.text) ?? false;
    if (offices.length && indonesian) officeFindings(doc, offices, officeOut);
    for (const s of doc.sentences) {
      if (s.boilerplate) continue;
      let titleCase: boolean | undefined;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = doc.tokens[i]!;
        const candidates = byFirst.get(t.text);
        if (!candidates) continue;
        for (const { words, entry } of candidates) {
          let k = 1;
          while (k < words.length && doc.tokens[i + k]?.text === words[k] && doc.tokens[i + k]!.spaceBefore) k++;
          if (k < words.length) continue;
          const prev = i > s.tokenStart ? doc.tokens[i - 1] : undefined;
          let weak = false;
          if (entry.modifierMakesOffice !== false && prev && prev.type === 'word') {
            // "Majority Leader", "Opposition Leader", "party's Leader": the title belongs to a longer office.
            // After a nationality ("Chinese Leader Xi", "North Korean Leader Kim") English writes the
            // descriptor in lower case, but some publishers capitalise it: a note only.
            const demonym = DEMONYM.test(prev.text) && !OFFICE_MODIFIERS.has(prev.text) && prev.i > s.tokenStart;
            if (demonym) weak = true;
            else if (UPPER_START.test(prev.text) || ALL_CAPS.test(prev.text) || prev.lower === "'s" || prev.lower === '’s') break;
          }
          if (prev && (prev.text === '-' || prev.text === '/') && !prev.spaceBefore) break;
          let nameEnd = entry.ofOnly ? -1 : nameAfter(doc, i + words.length, s.tokenEnd, notBefore);
          let nameStartIndex = i + words.length;
          if (nameEnd < 0) {
            // "Leader of Hamas Ismail Haniyeh": the office in Indonesian order, the name run on.
            const office = officeOfName(doc, i + words.length, s.tokenEnd, notBefore, entry.ofOnly === true);
            if (!office) {
              // The office runs on to a name no list holds: report it, with no fix, since where the
              // place ends and the name starts is unknown.
              const runEnd = entry.ofOnly && indonesian ? unknownNameRunOn(doc, i + words.length, s.tokenEnd) : -1;
              if (runEnd < 0) break;
              titleCase ??= isTitleCase(doc.sentenceTokens(s.index));
              if (titleCase) break;
              const span = doc.text.slice(t.start, doc.tokens[runEnd - 1]!.end);
              out.push({
                start: t.start,
                end: doc.tokens[runEnd - 1]!.end,
                message: `"${span}" runs the office into the name in Indonesian order ("${entry.source[0]} … <name>"); English writes "<name>, ${entry.title.toLowerCase()} of <place>," or "<place> ${entry.title} <name>".`,
                suggestions: [],
                confidence: 0.6,
                note: `Indonesian puts the office and its place before the name ("${entry.source[0]} Ponorogo Sugiri Sancoko"); translated word for word, the place runs into the name.`,
              });
              i = runEnd - 1;
              break;
            }
            nameStartIndex = office.nameStart;
            nameEnd = office.nameEnd;
            // "Leader of the Opposition Keir Starmer" is British usage; only the calqued titles
            // themselves ("General Chairman of …") are more than a note.
            if (entry.modifierMakesOffice !== false) weak = true;
            // "Mayor of London Sadiq Khan" is British usage; in a text about Indonesia the run-on is
            // the Indonesian order ("Gubernur Jawa Barat Ridwan Kamil").
            if (entry.ofOnly && !indonesian) weak = true;
          }
          titleCase ??= isTitleCase(doc.sentenceTokens(s.index));
          if (titleCase) break;
          const nameStart = doc.tokens[nameStartIndex]!.start;
          const end = doc.tokens[nameEnd - 1]!.end;
          const name = doc.text.slice(nameStart, end);
          const office = nameStartIndex > i + words.length ? doc.text.slice(doc.tokens[i + words.length + 1]!.start, doc.tokens[nameStartIndex - 1]!.end) : undefined;
          const draft: FindingDraft = {
            start: t.start,
            end,
            message: `"${entry.title}" is used as a capitalised honorific before a name, as Indonesian "${entry.source.join('" / "')}" is; English news does not use it as a title. ${entry.fix}`,
            suggestions: [name],
            confidence: entry.severity === 'minor' ? 0.8 : 0.5,
            note: `Indonesian puts a generic title before names ("${entry.source[0]} ${name}"); translated word for word it reads as an honorific that English lacks.`,
          };
          if (office) {
            // The name follows an "of" phrase: suggest the English order, never apply it blindly.
            draft.message = `"${doc.text.slice(t.start, nameStart).trim()}" runs the office into the name in Indonesian order ("${entry.source[0]} … ${name}"); English writes "${name}, ${entry.title.toLowerCase()} of ${office}," or a lower-case descriptor before the name.`;
            // A rank between the office and the name ("… Agency Brig. Gen. Faisal") goes with the name.
            const rank = /\s((?:(?:Brig|Gen|Col|Lt|Maj|Capt|Insp|Comr|Adm|Pol|Sr|Supt|Lieut?)\.\s?|(?:Police|Senior|Chief|Adjunct|Grand|Assistant|First|Second|Commissioner|Superintendent|Inspector|General|Brigadier|Colonel|Major|Lieutenant|Captain|Admiral|Marshal|Kombes|AKBP|AKP|Kompol|Iptu|Ipda|Irjen|Brigjen|Mayjen|Letjen|Laksma|Marsma)\b\s?)+)$/.exec(` ${office}`);
            const bareOffice = rank ? office.slice(0, office.length - rank[1]!.trimEnd().length).trimEnd() : office;
            const person = rank ? `${rank[1]!.trim()} ${name}` : name;
            // The closing comma of the apposition only where no punctuation follows ("…, said" not "…,,").
            const close = /^[,.;:!?)\]"”’]/.test(doc.text.slice(end, end + 1)) || end >= doc.text.length ? '' : ',';
            // An office ending in a legal form ("of PT") or in a name-like word ("… Cipinang Sugito", "… Bogor Bima": no word of the Hunspell dictionaries) has
            // taken part of a company's or a person's name: the split is unknown, so no suggestion.
            const [prevWord = '', lastWord = ''] = /(?:(\S+)\s+)?(\S+)$/.exec(bareOffice)?.slice(1) ?? [];
            // After a unit's acronym ("Head of BPBD Kubu Raya Heri Purwoko") a long "name" may open
            // with the unit's place: where the person's name starts is unknown.
            const cutName = /^(?:PT|CV|Tbk)$/.test(lastWord) || (/^[A-Z]{3,}$/.test(lastWord) && name.split(/\s+/).length >= 3) || (/^\p{Lu}\p{Ll}+$/u.test(lastWord) && !isDictionaryWord(lastWord.toLowerCase()) && /^\p{Lu}/u.test(prevWord));
            draft.suggestions = officeRunsOn(doc, nameEnd, s.tokenEnd, name) || bareOffice === '' || cutName ? [] : [`${person}, ${entry.title.toLowerCase()} of ${bareOffice}${close}`];
            // Where the name starts is unknown: the message names no split either.
            if (cutName) draft.message = `"${doc.text.slice(t.start, end)}" runs the office into the name in Indonesian order ("${entry.source[0]} … <name>"); English writes "<name>, ${entry.title.toLowerCase()} of <place>," or a lower-case descriptor before the name.`;
            // A place or body without an article goes before the title: "West Java Governor Ridwan Kamil".
            if (draft.suggestions.length && entry.ofOnly && !/^the\s/i.test(bareOffice)) draft.suggestions.unshift(`${bareOffice} ${entry.title} ${person}`);
          }
          // "said HPMPI General Chair Steven": the body's short name before the title stays, so
          // dropping the title would leave "HPMPI Steven"; the English descriptor is the lower-case office.
          if (!office && /^General /.test(entry.title) && prev && prev.type === 'word' && ALL_CAPS.test(prev.text)) {
            draft.suggestions = [`${entry.title.slice('General '.length).toLowerCase()} ${name}`];
          }
          if (entry.severity !== 'minor') draft.severity = entry.severity;
          if (weak) {
            draft.severity = 'info';
            draft.confidence = 0.4;
          }
          if (entry.dropSafe && !office && !weak) draft.fixable = true;
          out.push(draft);
          i = nameEnd - 1;
          break;
        }
      }
    }
    // An honorific inside an office already reported ("Head of Bali Regional Police Public Relations
    // Senior …") is the same error.
    const kept = out.filter((d) => !officeOut.some((o) => d.start < o.end && o.start < d.end));
    return [...officeOut, ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
