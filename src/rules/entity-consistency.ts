/**
 * entity-consistency: one person or place spelled two ways in one article.
 *
 * Three kinds of variant, each strict, because different people have similar names (Kim Jong-un /
 * Kim Jong-il, Li Qiang / Li Keqiang) and good copy mixes forms that are not spellings at all
 * (Korea / Koreas, China / China's, Jokowi / Joko Widodo):
 *
 *  1. Exonyms: an Indonesian place name left as in the source next to its English name in the same
 *     article ("Cina" and "China", "Tiongkok" and "China", "Korea Utara" and "North Korea"). The
 *     pairs come from `data/lexicons/indonesian-words.json` (classes country and place; entries
 *     that are also English words or names are skipped). The Indonesian form is flagged (minor) and
 *     the English one suggested, whichever is more frequent: machine translation left it unconverted.
 *  2. Separator variants: the same letters split differently by spaces or hyphens ("Kim Jong-un" /
 *     "Kim Jong Un", "Pyongyang" / "Pyong Yang"): minor. Diacritics only ("Erdoğan" / "Erdogan"):
 *     info, since careful English copy mixes those in captions and quotes too. Whole names are
 *     compared (titles stripped), plus the last word of a longer name against one-word names.
 *  3. Transliteration variants: names of 2–3 words identical but for one word of 5+ letters with the
 *     same first letter, one edit apart (two for 8+ letters): "Sergei Shoigu" / "Sergey Shoigu".
 *     Info only: human wire copy has these as well. Plurals, demonyms (Papua / Papuan) and feminine
 *     forms (Ivanov / Ivanova, Mario / Maria) are not variants.
 *  4. Old and new Indonesian spelling of a whole name (the 1972 reform: oe → u, dj → j, tj → c,
 *     sj → sy): "Sjafrie Sjamsoeddin" / "Syafrie Syamsuddin". Info, like kind 3: people keep the old
 *     spelling of their own names, and only whole names are compared ("Sukarno" never meets
 *     "Soekarno-Hatta International Airport").
 *  5. Two letters swapped in a one-word reference back to a person named before ("Ardiman Pohan
 *     … Adriman said … Ardiman added"): minor, since no romanisation swaps letters (see
 *     transposedNames). One letter replaced in such a reference, once, against a spelling used
 *     first and either at least three times ("Pangi … Panji … Pangi") or in the full name the
 *     article introduced ("Edy Gafur … Gofur mentioned"; neither an English word nor a place): info,
 *     since two people may have names one letter apart. So is one inner letter left out of such a
 *     reference ("Bambang Sulistyanto … Sulistynto said"), unless it is one of a doubled pair or an h or
 *     e (Mohamad / Mohammad, Ahmad / Achmad are spellings people use for their own names).
 *
 * For kinds 2–4 the less frequent spelling is flagged (the later one on a tie) and the other is
 * suggested; two spellings the people gazetteer lists as different people are never flagged. Case
 * alone is never a variant (headlines, sentence starts).
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { loadLexicon } from '../lexicons/load.js';
import { cueFor } from '../people/cues.js';
import { isDictionaryWord } from '../lexicons/english-words.js';
import { hasOldSpelling, indonesianFormsOf, indonesianSpellingKey, transliterationPair } from '../people/variants.js';
import { nameSpans, personByName } from './name-spans.js';
import type { FindingDraft, Rule } from './types.js';
import { ClaimedRanges } from '../engine/claimed-ranges.js';

// ---------------------------------------------------------------- name units and n-grams

interface Unit {
  start: number;
  end: number;
  /** Lower case letters and digits, diacritics kept (NFC). */
  dia: string;
  /** The same without diacritics. */
  plain: string;
  /** Positions (in `plain`) where a hyphen split the unit. */
  hyphens: number[];
}

const LETTERS = /[\p{L}\p{N}]/u;
const HYPHENS = /[-‐‑]/;

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

const ASCII = /^[\x20-\x7e]*$/;
const LOWER_ALNUM = /^[a-z0-9]+$/;

function makeUnit(text: string, start: number, end: number): Unit {
  // Printable ASCII is already NFC, and lower-cases to printable ASCII: skip the normalisation call.
  const asciiText = ASCII.test(text);
  const lower = (asciiText ? text : text.normalize('NFC')).toLowerCase();
  // Most units are one plain word ("widodo"): every character is kept, so both forms are the
  // lower case itself, built without a string concatenation per letter.
  if (asciiText && LOWER_ALNUM.test(lower)) return { start, end, dia: lower, plain: lower, hyphens: [] };
  let dia = '';
  let plain = '';
  const hyphens: number[] = [];
  // Most names are ASCII: no diacritics to strip, so skip Unicode normalisation per letter.
  const ascii = asciiText || ASCII.test(lower);
  for (const ch of lower) {
    if (ascii ? (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') : LETTERS.test(ch)) {
      dia += ch;
      plain += ascii ? ch : stripMarks(ch);
    } else if (HYPHENS.test(ch) && plain.length > 0) hyphens.push(plain.length);
  }
  return { start, end, dia, plain, hyphens };
}

/** The units of a name core: its space-separated words, with leading titles stripped. */
function coreUnits(doc: AnalysedDocument, tokenStart: number, tokenEnd: number): Unit[] {
  const { tokens } = doc;
  let from = tokenStart;
  for (let k = tokenStart; k < tokenEnd; k++) {
    const t = tokens[k]!;
    if (k > tokenStart && !t.spaceBefore) continue;
    const cue = cueFor(t.text);
    if (cue && (cue.title || cue.honorific)) from = k + 1;
  }
  // A run of titles only ("Vice President", "Communist Party") names no one.
  if (from >= tokenEnd) return [];
  const units: Unit[] = [];
  let a = from;
  for (let k = from + 1; k <= tokenEnd; k++) {
    if (k === tokenEnd || tokens[k]!.spaceBefore) {
      const start = tokens[a]!.start;
      const end = tokens[k - 1]!.end;
      const u = makeUnit(doc.text.slice(start, end), start, end);
      if (u.plain.length > 0) units.push(u);
      a = k;
    }
  }
  return units;
}

interface Occurrence {
  start: number;
  end: number;
  text: string;
  /** Letters with diacritics plus boundary positions and kinds: equal signatures mean the same spelling. */
  signature: string;
  dia: string;
  /** Boundary positions in the plain letters, for the subset test. */
  positions: number[];
  boundaries: string;
}

function ngram(doc: AnalysedDocument, units: Unit[], a: number, b: number): { key: string; occ: Occurrence } {
  let key = '';
  let dia = '';
  const positions: number[] = [];
  const kinds: string[] = [];
  for (let k = a; k < b; k++) {
    const u = units[k]!;
    if (k > a) {
      positions.push(key.length);
      kinds.push(`${key.length}s`);
    }
    for (const h of u.hyphens) {
      positions.push(key.length + h);
      kinds.push(`${key.length + h}h`);
    }
    key += u.plain;
    dia += u.dia;
  }
  const start = units[a]!.start;
  const end = units[b - 1]!.end;
  const boundaries = kinds.join(',');
  return { key, occ: { start, end, text: doc.text.slice(start, end), signature: `${dia}|${boundaries}`, dia, positions, boundaries } };
}

// ---------------------------------------------------------------- helpers

function subset(a: number[], b: number[]): boolean {
  const set = new Set(b);
  return a.every((x) => set.has(x));
}

/** Two spellings the gazetteer knows as different people. */
function differentPeople(a: string, b: string): boolean {
  const pa = personByName(a);
  const pb = personByName(b);
  return pa !== undefined && pb !== undefined && pa !== pb;
}

/** Regions and demonyms ("East German" / "East Germany"): never transliteration variants. */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'new', 'greater']);

interface Flag {
  occ: Occurrence;
  other: string;
  otherCount: number;
  kind: 'separator' | 'diacritics' | 'transliteration' | 'spelling' | 'transposition' | 'substitution' | 'anglicised';
}

function pickMajority<T extends { first: number; count: number }>(variants: T[]): T {
  return variants.reduce((best, v) => (v.count > best.count || (v.count === best.count && v.first < best.first) ? v : best));
}

// ---------------------------------------------------------------- kinds 2 and 3: names

const PREFIXES = new Set(['sub', 'co', 'non', 'anti', 'pre', 'post', 're', 'inter', 'vice', 'ex', 'pro', 'multi', 'mid', 'self', 'semi', 'counter', 'trans', 'neo', 'pan', 'ultra', 'mini', 'super', 'under', 'over', 'cross']);

/** A hyphenated unit that is a spelled-out word or a prefixed common word, not a name. */
function oddHyphenation(u: Unit): boolean {
  if (u.hyphens.length === 0) return false;
  const cuts = [0, ...u.hyphens, u.plain.length];
  for (let k = 1; k < cuts.length; k++) if (cuts[k]! - cuts[k - 1]! <= 1) return true;
  return PREFIXES.has(u.plain.slice(0, u.hyphens[0]));
}

/** Words that make a capitalised run an organisation, event or work rather than a person or place. */
const ORG_WORDS = new Set(
  (
    'club society association institute university college school academy company corporation inc ltd group ' +
    'committee council commission ministry department agency bureau office party union federation league ' +
    'foundation fund bank press news times post service services hotel museum gallery theatre theater hall ' +
    'festival award awards prize cup championship series show band orchestra choir team set technique century'
  ).split(' '),
);

function nameVariants(doc: AnalysedDocument): Flag[] {
  const groups = new Map<string, Occurrence[]>();
  /** Keys seen with more than one spelling: the only groups worth resolving. */
  const varied = new Set<string>();
  const cores: { units: Unit[] }[] = [];
  const { tokens } = doc;
  for (const span of nameSpans(doc)) {
    const units = coreUnits(doc, span.tokenStart, span.tokenEnd);
    if (units.length === 0) continue;
    // Organisations and titled works ("Water Color Club") and attributive compounds
    // ("Twentieth-Century music") vary their hyphens legitimately: only names are compared.
    const next = tokens[span.tokenEnd];
    const hyphenated = units.some((u) => u.hyphens.length > 0);
    if (hyphenated && next && next.sentence === span.sentence && next.spaceBefore && /^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ')) continue;
    let org = false;
    for (let k = span.tokenStart; k < span.tokenEnd && !org; k++) org = ORG_WORDS.has(tokens[k]!.lower);
    if (org) continue;
    cores.push({ units });
    // Initials ("W. H. Stevenson" / "W.H. Stevenson") are a house-style matter; spelled-out words
    // ("D-I-N-O", "Poc-o-nos") and prefixed compounds ("Sub-Commission", "Co-operation") are not names.
    if (units.some((u) => u.plain.length === 1 || oddHyphenation(u))) continue;
    // Whole names only: a fragment of a longer name ("Jamie Lynn" in "Jamie Lynn Spears") may
    // match a fragment of another person's ("Jamie-Lynn Sigler").
    // The family name alone is compared too ("Erdoğan" / "Recep Tayyip Erdogan").
    if (units.length > 4) continue;
    const forms = [ngram(doc, units, 0, units.length)];
    if (units.length > 1) forms.push(ngram(doc, units, units.length - 1, units.length));
    for (const { key, occ } of forms) {
      if (key.length < 5) continue;
      const list = groups.get(key);
      if (list) {
        if (list[0]!.signature !== occ.signature) varied.add(key);
        list.push(occ);
      } else groups.set(key, [occ]);
    }
  }

  const flags: Flag[] = [];
  const claimed = new ClaimedRanges(doc.text.length);
  const keys = [...varied];
  keys.sort((x, y) => y.length - x.length || groups.get(x)![0]!.start - groups.get(y)![0]!.start);
  for (const key of keys) {
    const occs = groups.get(key)!;
    const bySig = new Map<string, Occurrence[]>();
    for (const o of occs) {
      const list = bySig.get(o.signature);
      if (list) list.push(o);
      else bySig.set(o.signature, [o]);
    }
    const variants = [...bySig.values()].map((list) => ({ list, count: list.length, first: list[0]!.start }));
    const major = pickMajority(variants);
    const m = major.list[0]!;
    let flagged = false;
    for (const v of variants) {
      if (v === major) continue;
      const o0 = v.list[0]!;
      // Different segmentations of the same letters ("Jong Un" / "Jon Gun") are coincidences.
      if (!subset(o0.positions, m.positions) && !subset(m.positions, o0.positions)) continue;
      if (differentPeople(o0.text, m.text)) continue;
      // "Kim Tae-hyung … 'Taehyung, let's never be apart again,' one banner said": a spelling used
      // only inside quotation marks is the speaker's or the banner's, not the writer's.
      if (v.list.every((o) => doc.inQuote(o.start)) || major.list.every((o) => doc.inQuote(o.start))) continue;
      const kind = o0.boundaries !== m.boundaries ? 'separator' : o0.dia !== m.dia ? 'diacritics' : undefined;
      if (!kind) continue;
      for (const o of v.list) {
        if (claimed.overlaps(o)) continue;
        flags.push({ occ: o, other: m.text, otherCount: major.count, kind });
        flagged = true;
      }
    }
    if (flagged) for (const o of occs) claimed.add(o);
  }

  // Transliteration variants: whole 2–3-word cores that differ in one word.
  const byWildcard = new Map<string, Map<string, Occurrence[]>>();
  for (const { units } of cores) {
    if (units.length < 2 || units.length > 3) continue;
    // "East German" / "East Germany", "North Korea" / "North Korean": regions and demonyms.
    if (units.some((u) => COMPASS.has(u.plain))) continue;
    const { occ } = ngram(doc, units, 0, units.length);
    units.forEach((u, p) => {
      const wild = units.map((w, q) => (q === p ? `*${w.plain[0]}` : w.plain)).join(' ');
      let inner = byWildcard.get(wild);
      if (!inner) byWildcard.set(wild, (inner = new Map()));
      const list = inner.get(u.plain);
      if (list) list.push(occ);
      else inner.set(u.plain, [occ]);
    });
  }
  for (const inner of byWildcard.values()) {
    if (inner.size < 2) continue;
    const variants = [...inner.entries()].map(([word, list]) => ({ word, list, count: list.length, first: list[0]!.start }));
    const major = pickMajority(variants);
    const m = major.list[0]!;
    for (const v of variants) {
      if (v === major || !transliterationPair(v.word, major.word)) continue;
      if (differentPeople(v.list[0]!.text, m.text)) continue;
      for (const o of v.list) {
        if (claimed.overlaps(o)) continue;
        flags.push({ occ: o, other: m.text, otherCount: major.count, kind: 'transliteration' });
        claimed.add(o);
      }
    }
  }
  // Old and new Indonesian spelling of a whole name: "Sjafrie Sjamsoeddin" / "Syafrie Syamsuddin".
  const bySpelling = new Map<string, Map<string, Occurrence[]>>();
  for (const { units } of cores) {
    if (units.length > 4 || units.some((u) => u.plain.length === 1)) continue;
    const key = units.map((u) => indonesianSpellingKey(u.plain)).join(' ');
    if (key.length < 6) continue;
    const { occ } = ngram(doc, units, 0, units.length);
    const form = units.map((u) => u.plain).join(' ');
    let inner = bySpelling.get(key);
    if (!inner) bySpelling.set(key, (inner = new Map()));
    const list = inner.get(form);
    if (list) list.push(occ);
    else inner.set(form, [occ]);
  }
  for (const inner of bySpelling.values()) {
    if (inner.size < 2 || ![...inner.keys()].some(hasOldSpelling)) continue;
    const variants = [...inner.entries()].map(([form, list]) => ({ form, list, count: list.length, first: list[0]!.start }));
    const major = pickMajority(variants);
    const m = major.list[0]!;
    for (const v of variants) {
      if (v === major || differentPeople(v.list[0]!.text, m.text)) continue;
      for (const o of v.list) {
        if (claimed.overlaps(o)) continue;
        flags.push({ occ: o, other: m.text, otherCount: major.count, kind: 'spelling' });
        claimed.add(o);
      }
    }
  }
  for (const f of transposedNames(doc, cores, claimed)) flags.push(f);
  for (const f of anglicisedNames(doc, cores, claimed)) flags.push(f);
  return flags;
}

/**
 * Kind 6: a one-word reference back to a person whose Indonesian biblical given name the article
 * used first ("Ribka Haluk … According to Rebekah", "Petrus Fatlolon … Peter said"): machine
 * translation put the English form of the name in its place. Only when the English form never opens
 * a name of two words or more in the article (a second person called Peter), and the Indonesian form
 * opens exactly one name, before it.
 */
function anglicisedNames(doc: AnalysedDocument, cores: readonly { units: Unit[] }[], claimed: ClaimedRanges): Flag[] {
  const firstWords = new Map<string, Unit[]>();
  for (const { units } of cores) {
    if (units.length < 2) continue;
    const w = units[0]!.plain;
    firstWords.set(w, [...(firstWords.get(w) ?? []), units[0]!]);
  }
  const flags: Flag[] = [];
  for (const { units } of cores) {
    if (units.length !== 1) continue;
    const u = units[0]!;
    const forms = indonesianFormsOf(u.plain);
    if (!forms || firstWords.has(u.plain)) continue;
    const named = forms.filter((f) => (firstWords.get(f) ?? []).some((x) => x.start < u.start));
    if (named.length !== 1) continue;
    const first = firstWords.get(named[0]!)!;
    const right = doc.text.slice(first[0]!.start, first[0]!.end);
    const occ: Occurrence = { start: u.start, end: u.end, text: doc.text.slice(u.start, u.end), signature: '', dia: u.dia, positions: [], boundaries: '' };
    if (claimed.overlaps(occ)) continue;
    flags.push({ occ, other: right, otherCount: first.length, kind: 'anglicised' });
    claimed.add(occ);
  }
  return flags;
}

/** The word with the letters at p and p+1 swapped. */
function swapAt(w: string, p: number): string {
  return w.slice(0, p) + w[p + 1]! + w[p]! + w.slice(p + 2);
}

/**
 * Kind 5: a one-word reference to a person whose name the article spells otherwise, two letters
 * swapped ("Ardiman Pohan … Adriman said … Ardiman added"). No romanisation swaps two
 * letters, so this is a typo in the copy, not a transliteration: minor. Strict: 6+ letters, the
 * variant used once, the other spelling at least twice and first, and both never listed in the
 * gazetteer as different people ("Sarah" / "Sahra" are 5 letters and two names).
 */
function transposedNames(doc: AnalysedDocument, cores: readonly { units: Unit[] }[], claimed: ClaimedRanges): Flag[] {
  const seen = new Map<string, { count: number; first: Unit; inFullName: boolean }>();
  for (const { units } of cores) {
    for (const u of units) {
      const e = seen.get(u.plain);
      if (e) {
        e.count++;
        if (units.length > 1) e.inFullName = true;
      } else seen.set(u.plain, { count: 1, first: u, inFullName: units.length > 1 });
    }
  }
  const flags: Flag[] = [];
  for (const { units } of cores) {
    if (units.length !== 1) continue;
    const u = units[0]!;
    const w = u.plain;
    if (w.length < 6 || u.hyphens.length > 0 || seen.get(w)!.count !== 1) continue;
    for (let p = 0; p + 1 < w.length; p++) {
      if (w[p] === w[p + 1]) continue;
      const other = seen.get(swapAt(w, p));
      if (!other || other.count < 2 || other.first.start > u.start) continue;
      const occ: Occurrence = { start: u.start, end: u.end, text: doc.text.slice(u.start, u.end), signature: '', dia: u.dia, positions: [], boundaries: '' };
      const right = doc.text.slice(other.first.start, other.first.end);
      if (claimed.overlaps(occ) || differentPeople(occ.text, right)) break;
      flags.push({ occ, other: right, otherCount: other.count, kind: 'transposition' });
      claimed.add(occ);
      break;
    }
  }
  // One letter replaced ("Pangi Syarwi Chaniago … said Pangi … Panji further mentioned … Pangi opined"):
  // the variant once, as a bare reference back, the other spelling first and either used at least
  // three times or part of the full name the article introduced the person by ("Edy Gafur … Gofur
  // mentioned"). The spellings that qualify, in the map's order (read per core without a Map
  // iterator's entry array per spelling and core).
  const frequentKeys: string[] = [];
  const frequentOthers: { count: number; first: Unit }[] = [];
  for (const [key, other] of seen) {
    if (other.count < 3 && !(other.inFullName && key.length >= 5)) continue;
    frequentKeys.push(key);
    frequentOthers.push(other);
  }
  for (const { units } of cores) {
    if (frequentKeys.length === 0) break;
    if (units.length !== 1) continue;
    const u = units[0]!;
    const w = u.plain;
    if (w.length < 5 || u.hyphens.length > 0 || seen.get(w)!.count !== 1) continue;
    if (acronymForms().has(w)) continue;
    // The sentence's text, lower case, worked out when a spelling first passes the tests below.
    let sentenceText: string | undefined;
    for (let k = 0; k < frequentKeys.length; k++) {
      const key = frequentKeys[k]!;
      const other = frequentOthers[k]!;
      if (other.first.start > u.start || !oneLetterReplaced(w, key) || acronymForms().has(key)) continue;
      // Against a spelling only the full name had: both must read as names, not as English words or
      // places ("Grant" / "Grand", "Padang" / "Parang").
      if (other.count < 3 && (isDictionaryWord(w) || isDictionaryWord(key) || cueFor(doc.text.slice(u.start, u.end))?.place === true || cueFor(doc.text.slice(other.first.start, other.first.end))?.place === true)) continue;
      if (sentenceText === undefined) {
        const sentence = doc.tokenAt(u.start)?.sentence;
        sentenceText = sentence === undefined ? '' : doc.text.slice(doc.sentences[sentence]!.start, doc.sentences[sentence]!.end).toLowerCase();
      }
      // "Kamal, alias Kamel": both forms in one sentence are a gloss, not a slip.
      if (sentenceText.includes(key)) break;
      const occ: Occurrence = { start: u.start, end: u.end, text: doc.text.slice(u.start, u.end), signature: '', dia: u.dia, positions: [], boundaries: '' };
      const right = doc.text.slice(other.first.start, other.first.end);
      if (claimed.overlaps(occ) || differentPeople(occ.text, right)) break;
      flags.push({ occ, other: right, otherCount: other.count, kind: 'substitution' });
      claimed.add(occ);
      break;
    }
  }
  return flags;
}

const VOWEL = /[aeiou]/;

let acronymSet: { source: unknown; forms: Set<string> } | undefined;

/** Lower-case forms of the acronym lexicon: Seskab and Setkab are two bodies, not one name misspelt. */
function acronymForms(): Set<string> {
  const lex = loadLexicon<{ acronym: string; forms?: string[] }>('acronyms');
  if (acronymSet?.source !== lex) {
    const forms = new Set<string>();
    for (const e of lex.entries) for (const f of [e.acronym, ...(e.forms ?? [])]) forms.add(f.toLowerCase());
    acronymSet = { source: lex, forms };
  }
  return acronymSet.forms;
}

/**
 * Same length, same first letter, one letter different and not a final vowel for a vowel (Mario /
 * Maria are two names, not a slip).
 */
function oneLetterReplaced(a: string, b: string): boolean {
  if (a.length + 1 === b.length) return oneLetterDropped(a, b);
  if (a.length !== b.length || a === b || a[0] !== b[0]) return false;
  let at = -1;
  for (let i = 1; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return !(at === a.length - 1 && VOWEL.test(a[at]!) && VOWEL.test(b[at]!));
}

/**
 * `a` is `b` with one inner letter left out ("Sulistynto" for "Sulistyanto"): the same first and last
 * letters, and not one of a doubled pair (Mohamad / Mohammad, Hasanudin / Hasanuddin are spellings
 * people use for their own names).
 */
function oneLetterDropped(a: string, b: string): boolean {
  if (a.length < 6 || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === 0 || i >= a.length || a.slice(i) !== b.slice(i + 1)) return false;
  return b[i] !== b[i - 1] && b[i] !== b[i + 1] && !(b[i] === 'h' || b[i] === 'e');
}

// ---------------------------------------------------------------- kind 1: Indonesian exonyms

interface WordEntry {
  term: string;
  english: string;
  class: string;
  englishHomograph?: boolean;
  acceptedInEnglish?: boolean;
  forms?: string[];
}

interface Exonym {
  words: string[];
  term: string;
  /** English names, each as words; the first is the suggestion. */
  english: string[][];
}

let exonyms: Map<string, Exonym[]> | undefined;
/**
 * Per UTF-16 code, 1 when some key of `exonyms` starts with it: a token whose first character is
 * not marked cannot be a key, so exonymVariants() skips it without probing the map (undefined: a
 * key is empty, no gate).
 */
let exonymFirstCodes: Uint8Array | undefined;

function exonymFirstCodesOf(index: ReadonlyMap<string, Exonym[]>): Uint8Array | undefined {
  if (exonymFirstCodes) return exonymFirstCodes;
  const codes = new Uint8Array(65536);
  for (const key of index.keys()) {
    if (key.length === 0) return undefined;
    codes[key.charCodeAt(0)] = 1;
  }
  return (exonymFirstCodes = codes);
}

function exonymIndex(): Map<string, Exonym[]> {
  if (exonyms) return exonyms;
  exonyms = new Map();
  let entries: WordEntry[] = [];
  try {
    entries = loadLexicon<WordEntry>('indonesian-words').entries;
  } catch {
    // The lexicon is optional here: without it only spelling variants are checked.
    return exonyms;
  }
  for (const e of entries) {
    if ((e.class !== 'country' && e.class !== 'place') || e.englishHomograph || e.acceptedInEnglish) continue;
    const english = e.english
      .split(/[;/]/)
      .map((s) => s.replace(/\([^)]*\)/g, '').trim())
      .filter((s) => s.length > 0)
      .map((s) => s.split(/\s+/));
    for (const form of [e.term, ...(e.forms ?? [])]) {
      const words = form.split(/\s+/);
      const list = exonyms.get(words[0]!) ?? [];
      list.push({ words, term: e.term, english });
      list.sort((x, y) => y.words.length - x.words.length);
      exonyms.set(words[0]!, list);
    }
  }
  return exonyms;
}

const UPPER_START = /^\p{Lu}/u;
const QUOTE_MARK = /^["“”‘’'«»]+$/;

function matchesAt(tokens: Token[], i: number, words: string[], sentenceEnd: number): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || i + k >= sentenceEnd || t.text !== words[k] || (k > 0 && !t.spaceBefore)) return false;
  }
  return true;
}

/**
 * The first exonym of `candidates` whose words stand at token i (what `find()` with a closure gave:
 * a closure over the token loop's index made every iteration of that loop allocate a context).
 */
function firstMatchAt(tokens: Token[], i: number, candidates: readonly Exonym[], sentenceEnd: number): Exonym | undefined {
  for (const c of candidates) if (matchesAt(tokens, i, c.words, sentenceEnd)) return c;
  return undefined;
}

interface ExonymFlag {
  start: number;
  end: number;
  text: string;
  english: string;
  found: string;
}

function exonymVariants(doc: AnalysedDocument): ExonymFlag[] {
  const index = exonymIndex();
  if (index.size === 0) return [];
  const { tokens } = doc;
  let capitalisedIndex: Map<string, number[]> | undefined;
  // Built only when an Indonesian name turns up, which is rare in English text.
  const capitalised = (): Map<string, number[]> => {
    if (capitalisedIndex) return capitalisedIndex;
    capitalisedIndex = new Map();
    for (const t of tokens) {
      if (t.type !== 'word' || !UPPER_START.test(t.text)) continue;
      const list = capitalisedIndex.get(t.text);
      if (list) list.push(t.i);
      else capitalisedIndex.set(t.text, [t.i]);
    }
    return capitalisedIndex;
  };
  const present = (words: string[], except: { start: number; end: number }): string | undefined => {
    const first = words[0]!.replace(/^the$/i, '');
    const ws = first === '' ? words.slice(1) : words;
    for (const i of capitalised().get(ws[0]!) ?? []) {
      const t = tokens[i]!;
      if (t.start >= except.start && t.start < except.end) continue;
      if (matchesAt(tokens, i, ws, doc.sentences[t.sentence]!.tokenEnd)) return ws.join(' ');
    }
    return undefined;
  };
  const out: ExonymFlag[] = [];
  const firstCodes = exonymFirstCodesOf(index);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (firstCodes && firstCodes[t.text.charCodeAt(0)] !== 1) continue;
    const candidates = index.get(t.text);
    if (!candidates) continue;
    const s = doc.sentences[t.sentence]!;
    const hit = firstMatchAt(tokens, i, candidates, s.tokenEnd);
    if (!hit) continue;
    const endIndex = i + hit.words.length;
    // Inside a longer proper name ("Universitas Sumatera Utara", "Bank Jawa Timur") it is a name.
    const prev = tokens[i - 1];
    const next = tokens[endIndex];
    const embedded =
      (prev !== undefined && i > s.tokenStart && t.spaceBefore && prev.type === 'word' && UPPER_START.test(prev.text)) ||
      (next !== undefined && endIndex < s.tokenEnd && next.spaceBefore && next.type === 'word' && UPPER_START.test(next.text));
    // A name in quotation marks is talked about, not used: 'the terms "Tiongkok" and "Cina"'.
    const quoted = prev !== undefined && next !== undefined && QUOTE_MARK.test(prev.text) && QUOTE_MARK.test(next.text);
    i = endIndex - 1;
    if (embedded || quoted) continue;
    const span = { start: t.start, end: tokens[endIndex - 1]!.end };
    let found: string | undefined;
    for (const e of hit.english) {
      found = present(e, span);
      if (found) break;
    }
    if (!found) continue;
    out.push({ ...span, text: doc.text.slice(span.start, span.end), english: hit.english[0]!.join(' '), found });
  }
  return out;
}

// ---------------------------------------------------------------- the rule

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

export const entityConsistency: Rule = {
  meta: {
    id: 'entity-consistency',
    category: 'fluency/inconsistency',
    severity: 'minor',
    yieldsTo: ['untranslated-word'],
    description: "One person or place spelled two ways in one article ('Cina' and 'China', 'Kim Jong-un' and 'Kim Jong Un').",
    examples: {
      invalid: [
        {
          text: 'Researcher Dodik Hartono said rice prices rose in May. Dodik blamed the drought. Dodik said farmers were waiting for rain. Dolik added that imports would help.',
          flags: ['Dolik'],
          suggestion: 'Dodik',
        },
        {
          text: 'Trade between Jepang and Indonesia grew last year. Officials in Japan said exports would rise again.',
          flags: ['Jepang'],
          suggestion: 'Japan',
        },
        {
          text: 'Hun Manet met investors in Phnom Penh on Monday. Later, Hun Manet toured a factory outside Phnom-Penh.',
          flags: ['Phnom-Penh'],
          suggestion: 'Phnom Penh',
        },
        {
          text: 'Ships sailed from Hong Kong to Manila. The Hongkong government said it was monitoring the storm.',
          flags: ['Hongkong'],
          suggestion: 'Hong Kong',
        },
        {
          text: 'Volodymyr Zelensky spoke to reporters in Kyiv. Later Volodymyr Zelenskyy visited troops in the east. Volodymyr Zelenskyy said more help was needed.',
          flags: ['Volodymyr Zelensky'],
          suggestion: 'Volodymyr Zelenskyy',
        },
        {
          text: 'Korea Utara fired two missiles on Sunday, South Korea said. North Korea has tested dozens of missiles this year.',
          flags: ['Korea Utara'],
          suggestion: 'North Korea',
        },
        {
          text: 'Governor Soekarwo Hadi opened the bridge in Madura. Later, Sukarwo Hadi told reporters that Soekarwo Hadi would seek funds for a second one.',
          flags: ['Sukarwo Hadi'],
          suggestion: 'Soekarwo Hadi',
        },
        {
          text: 'Company spokesman Ardiman Pohan said prices would not change. Ardiman said the board had agreed. Later, Adriman said stocks were sufficient.',
          flags: ['Adriman'],
          suggestion: 'Ardiman',
        },
        {
          text: 'Regent Sutrisna Wibawa inspected the dam. Sutrisna said repairs would start soon, and Sutirsna added that residents had been warned.',
          flags: ['Sutirsna'],
          suggestion: 'Sutrisna',
        },
        {
          text: 'The head of the fire brigade, Heru Santoso, said two trucks were sent. Sentoso added that the fire was out by noon.',
          flags: ['Sentoso'],
          suggestion: 'Santoso',
        },
        {
          text: 'Deputy regent Yohanes Kambu opened the new market in Jayapura. According to John, the traders had waited two years for it.',
          flags: ['John'],
          suggestion: 'Yohanes',
        },
      ],
      valid: [
        'Coach Ahmad Karim named his squad on Monday. Ahmad praised the keeper. Ahmad said the team was ready, and captain Ahmed Salah agreed.',
        'Kim Jong-un met his sister Kim Yo-jong. Kim Jong-il, their father, died in 2011.',
        'Premier Li Qiang succeeded Li Keqiang, who died in October.',
        "China's exports fell. China said it would support the economy, and Chinese officials agreed.",
        'The two Koreas have been divided since 1953. North Korea and South Korea remain technically at war.',
        'President Joko Widodo, widely known as Jokowi, opened the toll road. Jokowi said more would follow.',
        'Papua is rich in gold. Papuan leaders want a bigger share of the revenue.',
        'Viktor Orban met Viktor Ivanov, and later Irina Ivanova joined them.',
        'NORTH KOREA FIRES MISSILE\n\nNorth Korea fired a missile on Sunday, officials said.',
        'Maria Santos and her brother Mario Santos run the family business in Manila.',
        'The ship left Colombia for Panama. Columbia University researchers were on board.',
        'Sukarno proclaimed independence in 1945, and Jakarta\'s Soekarno-Hatta International Airport is named after him.',
        'Adrian Hoxha scored twice. Adrian celebrated with the fans, and Ardian Krasniqi added a third.',
        'Ardian opened the scoring. Adrian Hoxha replied before the break, and Adrian scored again late on.',
        'Sarah Wood and Sahra Wood spoke at the rally. Sarah said the march would go on.',
        'Petrus Waine met John Smith, the Australian consul, in Jayapura. John said the visit went well.',
      ],
    },
  },
  run(doc) {
    const out: FindingDraft[] = [];
    const exonymSpans = new ClaimedRanges(doc.text.length);
    for (const f of exonymVariants(doc)) {
      exonymSpans.add(f);
      out.push({
        start: f.start,
        end: f.end,
        message: `"${f.text}" is the Indonesian name of ${f.english}, and this article also writes "${f.found}": use the English name throughout.`,
        suggestions: [f.english],
        confidence: 0.8,
        fixable: true,
        note: 'Machine translation from Indonesian left the source-language place name in some places and converted it in others.',
      });
    }
    for (const f of nameVariants(doc)) {
      if (exonymSpans.overlaps(f.occ)) continue;
      if (f.kind === 'anglicised') {
        out.push({
          start: f.occ.start,
          end: f.occ.end,
          message: `"${f.occ.text}" is the English form of the Indonesian given name "${f.other}", which this article uses for the same person: keep the person's own name.`,
          suggestions: [f.other],
          confidence: 0.7,
          severity: 'major',
          fixable: true,
          note: 'Machine translation sometimes translates an Indonesian biblical given name (Ribka, Yohanes, Petrus) into its English form (Rebekah, John, Peter), as if it were a word.',
        });
        continue;
      }
      const what =
        f.kind === 'separator'
          ? 'spaced or hyphenated differently'
          : f.kind === 'diacritics'
            ? 'written with different accents'
            : f.kind === 'spelling'
              ? 'in the other Indonesian spelling (oe/u, dj/j, tj/c, sj/sy)'
              : f.kind === 'transposition'
                ? 'spelled with two letters swapped'
                : f.kind === 'substitution'
                  ? f.occ.text.length < f.other.length
                    ? 'spelled with one letter missing'
                    : 'spelled with one letter different'
                  : 'transliterated differently';
      const minor = f.kind === 'separator' || f.kind === 'transposition';
      out.push({
        start: f.occ.start,
        end: f.occ.end,
        message: `"${f.occ.text}" is ${what} from "${f.other}" (used ${times(f.otherCount)} in this article): spell the name one way throughout.`,
        suggestions: [f.other],
        confidence: minor ? 0.6 : 0.4,
        ...(minor ? {} : { severity: 'info' as const }),
        note: 'Names that reach English through Indonesian copy often keep the source spelling in some places and the wire spelling in others.',
      });
    }
    return out;
  },
};
