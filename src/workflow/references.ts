/**
 * `--ref <file>`: compare the article with other reports of the same story. Three kinds of finding,
 * all deliberately cautious because a reference is another text, not ground truth:
 *
 *  - `reference-spelling` (info, terminology/inconsistent): a name written differently from every
 *    reference ("Kim Jong-un" vs "Kim Jong Un"; "Sergei" vs "Sergey" when both sit next to the same
 *    surname). Only when NO reference uses the article's spelling.
 *  - `reference-mismatch` (minor, accuracy/reference): a number or date that disagrees with a
 *    reference fact in a clearly matching context (same unit noun, several shared content words),
 *    and no reference states the article's value in such a context.
 *  - `reference-unsupported` (info, accuracy/reference, low confidence): a named person, place or
 *    organisation that no reference mentions.
 *
 * These depend on other texts, so they are not registry rules; the caller merges them into the
 * report and re-scores it (src/workflow/rescore.ts).
 */
import { analyse } from '../analysis/analyse.js';
import type { AnalysedDocument, EntityMention, NameMention } from '../analysis/types.js';
import type { Finding, Report, Severity } from '../types.js';
import { findingBuilder, type WorkflowDraft } from './findings.js';

export const REFERENCE_RULE_IDS = ['reference-spelling', 'reference-mismatch', 'reference-unsupported'] as const;

export interface ReferenceText {
  /** Shown in messages and as the entity table's column header (a file name). */
  label: string;
  /** The reference's text (masked when it is Markdown or HTML). */
  text: string;
}

export interface EntityTable {
  caption: string;
  headers: string[];
  rows: string[][];
}

export interface ReferenceComparison {
  findings: Finding[];
  entityTable: EntityTable;
}

export interface ReferenceOptions {
  /** Label of the article's column. */
  articleLabel?: string;
  /** Per-rule settings (false = off, a severity overrides). */
  settings?: Partial<Record<(typeof REFERENCE_RULE_IDS)[number], { enabled: boolean; severity?: Severity }>>;
}

// ---------------------------------------------------------------- text helpers

export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

function compact(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}]/gu, '');
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[-'\u2019](?=[\p{L}\p{N}]))*/gu;
/** Words of a name: a hyphen before a capital separates names ("Russia-China"), before lower case it joins ("Jong-un"). */
const NAME_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|-(?=[\p{Ll}\p{N}])|['\u2019](?=[\p{L}\p{N}]))*/gu;

/** Every word of a text, folded, plus the parts of hyphenated words and their joined forms. */
function vocabulary(text: string): Set<string> {
  const v = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = fold(m[0]).replace(/'s$/, '');
    v.add(w);
    if (w.includes('-')) {
      for (const part of w.split('-')) v.add(part);
      v.add(w.replace(/-/g, ''));
    }
  }
  return v;
}

/** Damerau–Levenshtein (optimal string alignment) distance, for short name words. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 3) return Math.abs(m - n);
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => {
    const row = new Array<number>(n + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= n; j++) d[0]![j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}

// ---------------------------------------------------------------- names

/** Words that introduce a name rather than belong to it (titles, ranks, bodies). */
const TITLES = new Set(
  (
    'president vice prime minister ministers defense defence foreign interior leader professor prof dr mr mrs ms miss premier ' +
    'secretary general chairman chairwoman chair chief king queen prince princess sir lord senator governor mayor ambassador ' +
    'commander lieutenant colonel captain sergeant admiral marshal judge justice pope bishop sheikh imam politburo member ' +
    'spokesman spokeswoman spokesperson director editor analyst deputy state supreme emperor chancellor speaker envoy'
  ).split(' '),
);
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
const JOINERS = /^ (?:for|of|of the|de|del|du|von|van) $/;

interface NameItem {
  start: number;
  end: number;
  /** The name without titles, as written. */
  text: string;
  /** Its words (hyphenated words kept whole). */
  words: string[];
  key: string;
}

/** Hyphenated words that make an adjective of a name ("Seoul-based"), not part of it. */
const NOT_NAME_SUFFIX = new Set(['based', 'born', 'led', 'backed', 'run', 'owned', 'made', 'era', 'style', 'like', 'linked', 'controlled', 'funded', 'bound', 'wide', 'level', 'type']);

/** A name mention's span grown over hyphenated lower-case syllables ("Kim Jong" + "-un"). */
function extendHyphens(text: string, end: number): number {
  const re = /-([\p{Ll}]{1,5})(?![\p{L}])/uy;
  for (;;) {
    re.lastIndex = end;
    const m = re.exec(text);
    if (!m || NOT_NAME_SUFFIX.has(m[1]!)) return end;
    end += m[0].length;
  }
}

/** Names of institutions that an "of"/"for" phrase continues ("Bank of Korea", "Endowment for …"). */
const INSTITUTIONS = new Set(
  (
    'endowment institute institution university council ministry department bank fund centre center agency organisation ' +
    'organization association foundation party court office commission school college museum federation league union ' +
    'academy society committee board authority corporation company republic kingdom state states'
  ).split(' '),
);

function nameItems(doc: AnalysedDocument): NameItem[] {
  const text = doc.text;
  const raw: { start: number; end: number; sentence: number; tokenStart: number }[] = [];
  for (const n of doc.names as NameMention[]) {
    if (doc.sentences[n.sentence]?.boilerplate) continue;
    const start = n.start;
    const end = extendHyphens(text, n.end);
    const prev = raw[raw.length - 1];
    // "Carnegie Endowment" + " for " + "International Peace" is one name; "Lukin of Russia" is two.
    const prevLast = prev ? fold(text.slice(prev.start, prev.end).split(/[\s-]+/).pop() ?? '') : '';
    if (prev && prev.sentence === n.sentence && JOINERS.test(text.slice(prev.end, start)) && INSTITUTIONS.has(prevLast)) {
      prev.end = end;
      continue;
    }
    raw.push({ start, end, sentence: n.sentence, tokenStart: n.tokenStart });
  }
  // The first word of a sentence (after any opening quote or bracket).
  const firstWord = (sentence: number): number => {
    const s = doc.sentences[sentence]!;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (doc.tokens[i]!.type === 'word') return i;
    return s.tokenStart;
  };
  const midSentence = new Set<string>();
  for (const r of raw) if (r.tokenStart !== firstWord(r.sentence)) midSentence.add(fold(text.slice(r.start, r.end)));

  const out: NameItem[] = [];
  for (const r of raw) {
    const words: { w: string; s: number; e: number }[] = [];
    for (const m of text.slice(r.start, r.end).matchAll(NAME_WORD)) {
      // "Seoul-based" names Seoul.
      const suffix = /-(\p{Ll}+)$/u.exec(m[0]);
      const w = suffix && NOT_NAME_SUFFIX.has(suffix[1]!) ? m[0].slice(0, suffix.index) : m[0];
      words.push({ w, s: r.start + m.index!, e: r.start + m.index! + w.length });
    }
    // Drop calendar words ("Reuters July") and everything up to the last title word.
    let ws = words.filter((x) => !CALENDAR.has(fold(x.w)));
    let lastTitle = -1;
    ws.forEach((x, i) => {
      if (TITLES.has(fold(x.w))) lastTitle = i;
    });
    if (lastTitle >= 0 && lastTitle < ws.length - 1) ws = ws.slice(lastTitle + 1);
    if (ws.length === 0) continue;
    const surface = text.slice(ws[0]!.s, ws[ws.length - 1]!.e);
    // A lone capitalised word opening a sentence ("Personal", "Photos") is not evidence of a name.
    const sentenceStart = r.tokenStart === firstWord(r.sentence) && ws[0]!.s === r.start;
    if (ws.length === 1 && sentenceStart && !midSentence.has(fold(surface))) continue;
    if (ws.every((x) => TITLES.has(fold(x.w)))) continue;
    // Single letters and dotted abbreviations ("(L)", "U.S.") are not names to compare.
    if (ws.every((x) => x.w.length < 2) || /\./.test(surface)) continue;
    out.push({ start: ws[0]!.s, end: ws[ws.length - 1]!.e, text: surface, words: ws.map((x) => x.w), key: compact(surface) });
  }
  return out;
}

interface RefSide {
  label: string;
  items: NameItem[];
  vocab: Set<string>;
  /** Compact forms of every run of 1..4 consecutive name words, to their surface. */
  runs: Map<string, string>;
  facts: Fact[];
  doc: AnalysedDocument;
}

function nameRuns(items: readonly NameItem[]): Map<string, string> {
  const runs = new Map<string, string>();
  for (const it of items) {
    for (let i = 0; i < it.words.length; i++) {
      for (let j = i + 1; j <= Math.min(it.words.length, i + 4); j++) {
        const surface = it.words.slice(i, j).join(' ');
        const k = compact(surface);
        if (!runs.has(k)) runs.set(k, surface);
      }
    }
  }
  return runs;
}

/** Suffix pairs that make different words, not spellings (Korea/Korean, Russia/Russians). */
function inflectionPair(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return l.startsWith(s) && ['n', 's', 'an', 'ese', 'es', 'ian', 'i', 'ns', "'s"].includes(l.slice(s.length));
}

function closeSpelling(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb || fa[0] !== fb[0] || inflectionPair(fa, fb)) return false;
  const len = Math.min(fa.length, fb.length);
  if (len < 4) return false;
  const d = editDistance(fa, fb);
  return d <= (len >= 7 ? 2 : 1) || (d === 2 && len >= 5 && sameSkeleton(fa, fb));
}

/** Same consonants in the same order (Artyom/Artem, Mohammed/Muhammad): a transliteration variant. */
function sameSkeleton(a: string, b: string): boolean {
  const sk = (s: string): string => s.replace(/[aeiouy]/g, '').replace(/(.)\1/g, '$1');
  return sk(a) === sk(b);
}

type Match = { kind: 'same' | 'variant'; surface: string; word?: { index: number; ref: string } } | undefined;

/** How a reference writes an article name: the same, a variant spelling, or not at all. */
function matchName(item: NameItem, ref: RefSide): Match {
  const runSurface = ref.runs.get(item.key);
  if (runSurface !== undefined) {
    return fold(runSurface) === fold(item.words.join(' ')) ? { kind: 'same', surface: runSurface } : { kind: 'variant', surface: runSurface };
  }
  const known = item.words.map((w) => ref.vocab.has(fold(w).replace(/'s$/, '')));
  // Word-level variant anchored by a shared word of the same reference name: Sergei/Sergey Shoigu.
  for (const r of ref.items) {
    const rWords = r.words.map(fold);
    const shared = item.words.some((w, i) => known[i] && rWords.includes(fold(w)));
    if (!shared) continue;
    for (let i = 0; i < item.words.length; i++) {
      if (known[i]) continue;
      const hit = r.words.find((u) => !rWords.includes(fold(item.words[i]!)) && closeSpelling(item.words[i]!, u));
      if (hit) return { kind: 'variant', surface: r.text, word: { index: i, ref: hit } };
    }
  }
  if (known.every(Boolean)) {
    // Every word appears in the reference; show the reference name that shares the most of them.
    let best: NameItem | undefined;
    let bestShared = 0;
    for (const r of ref.items) {
      const rWords = new Set(r.words.map(fold));
      const shared = item.words.filter((w) => rWords.has(fold(w))).length;
      if (shared > bestShared || (shared === bestShared && best && r.words.length < best.words.length)) {
        best = r;
        bestShared = shared;
      }
    }
    return { kind: 'same', surface: best && bestShared === item.words.length ? best.text : item.text };
  }
  return undefined;
}

// ---------------------------------------------------------------- numbers and dates

interface Fact {
  kind: 'date' | 'number';
  value: string;
  text: string;
  start: number;
  end: number;
  /** The noun the number counts or orders ("anniversary", "people"), folded. */
  head?: string;
  context: Set<string>;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const STOP = new Set(
  'be have do say said tell told also other more most many much some such own same new time year day week month people thing way'.split(' '),
);

function dateValue(t: string): string | undefined {
  const s = fold(t).replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  const words = s.split(' ');
  const month = words.findIndex((w) => MONTHS.includes(w));
  if (month >= 0) {
    const day = words.find((w) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(w));
    const year = words.find((w) => /^\d{4}$/.test(w));
    if (!day && !year) return undefined;
    return `${year ?? '*'}-${String(MONTHS.indexOf(words[month]!) + 1).padStart(2, '0')}-${day ? parseInt(day, 10) : '*'}`;
  }
  const wd = words.find((w) => WEEKDAYS.includes(w));
  if (wd && words.length === 1) return wd;
  if (words.length === 1 && /^\d{4}s?$/.test(words[0]!)) return words[0];
  return undefined;
}

const DIGITS = /^(\d+\.\d+|\d+)(?:st|nd|rd|th)?\s*(%|percent|per cent)?$/;
const SCALED = /^(\d+\.\d+|\d+)\s+(million|billion|thousand|hundred)$/;

function numberValue(t: string): string | undefined {
  const s = fold(t).replace(/,(?=\d{3})/g, '');
  const digits = DIGITS.exec(s);
  if (digits) return `${Number(digits[1])}${digits[2] ? '%' : ''}`;
  const scaled = SCALED.exec(s);
  if (scaled) return String(Number(scaled[1]) * SMALL[scaled[2]!]!);
  if (SMALL[s] !== undefined) return String(SMALL[s]);
  return undefined;
}

function facts(doc: AnalysedDocument): Fact[] {
  const out: Fact[] = [];
  for (const e of doc.entities as EntityMention[]) {
    const first = doc.tokens[e.tokenStart];
    if (!first || doc.sentences[first.sentence]?.boilerplate) continue;
    let kind: Fact['kind'];
    let value: string | undefined;
    if (e.type === 'DATE') {
      kind = 'date';
      value = dateValue(e.text);
    } else if (e.type === 'CARDINAL' || e.type === 'ORDINAL' || e.type === 'PERCENT') {
      kind = 'number';
      value = numberValue(e.text);
    } else continue;
    if (value === undefined) continue;
    const sent = doc.sentences[first.sentence]!;
    const context = new Set<string>();
    let head: string | undefined;
    for (let i = Math.max(sent.tokenStart, e.tokenStart - 8); i < Math.min(sent.tokenEnd, e.tokenEnd + 8); i++) {
      if (i >= e.tokenStart && i < e.tokenEnd) continue;
      const t = doc.tokens[i]!;
      if (t.type !== 'word' || t.text.length < 3) continue;
      if (!['NOUN', 'PROPN', 'VERB', 'ADJ'].includes(t.pos)) continue;
      const lemma = fold(t.lemma || t.lower);
      if (STOP.has(lemma) || CALENDAR.has(lemma)) continue;
      context.add(lemma);
    }
    if (kind === 'number') {
      for (let i = e.tokenEnd; i < Math.min(sent.tokenEnd, e.tokenEnd + 3); i++) {
        const t = doc.tokens[i]!;
        if (t.pos === 'NOUN') {
          head = fold(t.lemma || t.lower);
          break;
        }
        if (t.type === 'word' && t.pos !== 'ADJ' && t.text !== '-') break;
      }
    }
    const f: Fact = { kind, value, text: e.text, start: e.start, end: e.end, context };
    if (head !== undefined) f.head = head;
    out.push(f);
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Numbers need their unit noun to agree; dates and numbers alike need several shared context words. */
function shape(v: string): string {
  return v.replace(/\d/g, '9').replace(/^[a-z]+$/, 'weekday');
}

function comparable(a: Fact, b: Fact): number {
  if (a.kind !== b.kind || shape(a.value) !== shape(b.value)) return 0;
  if (a.kind === 'number' && (a.head === undefined || a.head !== b.head)) return 0;
  return overlap(a.context, b.context);
}

// ---------------------------------------------------------------- the comparison

function refSide(r: ReferenceText): RefSide {
  const doc = analyse(r.text);
  const items = nameItems(doc);
  return { label: r.label, items, vocab: vocabulary(r.text), runs: nameRuns(items), facts: facts(doc), doc };
}

const MIN_SHARED_CONTEXT = 3;

/**
 * Findings and an article-versus-references entity table for one article (`input` is the text
 * check() read: masked for Markdown/HTML, so offsets are the original's).
 */
export function compareWithReferences(_report: Report, input: string, refs: readonly ReferenceText[], opts: ReferenceOptions = {}): ReferenceComparison {
  const headers = [opts.articleLabel ?? 'article', ...refs.map((r) => r.label), 'status'];
  const table: EntityTable = { caption: 'Named entities, numbers and dates: the article beside the references', headers, rows: [] };
  if (refs.length === 0) return { findings: [], entityTable: table };
  const doc = analyse(input);
  const sides = refs.map(refSide);
  const build = findingBuilder(input);
  const drafts: WorkflowDraft[] = [];
  const setting = (id: (typeof REFERENCE_RULE_IDS)[number]) => opts.settings?.[id] ?? { enabled: true };
  const push = (id: (typeof REFERENCE_RULE_IDS)[number], d: Omit<WorkflowDraft, 'ruleId' | 'severity'> & { severity: Severity }): void => {
    const s = setting(id);
    if (!s.enabled) return;
    drafts.push({ ...d, ruleId: id, severity: s.severity ?? d.severity });
  };
  const refNames = refs.map((r) => r.label).join(', ');

  // Names: one row and at most one finding per distinct name (its first mention).
  const seen = new Set<string>();
  const seenWords = new Set<string>();
  for (const item of nameItems(doc)) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    // "Lukin" after "Artyom Lukin" is the same person: compared once, under the full name.
    const folded = item.words.map(fold);
    if (folded.every((w) => seenWords.has(w)) && item.words.length === 1) continue;
    for (const w of folded) seenWords.add(w);
    const matches = sides.map((s) => matchName(item, s));
    const anySame = matches.some((m) => m?.kind === 'same');
    const variant = matches.find((m) => m?.kind === 'variant');
    let status = 'same';
    if (anySame && variant) status = `same; written "${variant.surface}" in ${sides[matches.indexOf(variant)]!.label}`;
    if (!anySame && variant) {
      status = 'spelled differently';
      const where = sides[matches.indexOf(variant)]!.label;
      if (variant.word) {
        const w = item.words[variant.word.index]!;
        const at = item.start + input.slice(item.start, item.end).indexOf(w);
        push('reference-spelling', {
          category: 'terminology/inconsistent',
          severity: 'info',
          start: at,
          end: at + w.length,
          message: `"${w}" is spelled "${variant.word.ref}" in ${where} ("${variant.surface}"); check the spelling`,
          suggestions: [variant.word.ref],
          confidence: 0.5,
        });
      } else {
        push('reference-spelling', {
          category: 'terminology/inconsistent',
          severity: 'info',
          start: item.start,
          end: item.end,
          message: `"${item.text}" is written "${variant.surface}" in ${where}; use one spelling`,
          suggestions: [variant.surface],
          confidence: 0.6,
        });
      }
    } else if (!anySame) {
      status = 'not in references';
      push('reference-unsupported', {
        category: 'accuracy/reference',
        severity: 'info',
        start: item.start,
        end: item.end,
        message: `"${item.text}" is not mentioned in any reference (${refNames}); verify it`,
        confidence: 0.3,
      });
    }
    table.rows.push([item.text, ...matches.map((m) => m?.surface ?? '—'), status]);
  }

  // Numbers and dates: compared only with reference facts in a clearly matching context.
  const factRows = new Set<string>();
  const pushFactRow = (row: string[]): void => {
    const key = row.join('\u0000');
    if (!factRows.has(key)) table.rows.push(row);
    factRows.add(key);
  };
  for (const a of facts(doc)) {
    let best: { fact: Fact; side: RefSide; score: number } | undefined;
    let agree = 0;
    for (const s of sides) {
      for (const b of s.facts) {
        const score = comparable(a, b);
        if (score < 2) continue;
        if (b.value === a.value) agree = Math.max(agree, score);
        if (!best || score > best.score) best = { fact: b, side: s, score };
      }
    }
    if (!best) continue;
    const cells = sides.map((s) => {
      const hits = s.facts.filter((b) => comparable(a, b) >= 2).sort((x, y) => comparable(a, y) - comparable(a, x));
      return hits[0]?.text ?? '—';
    });
    const label = a.head ? `${a.text} (${a.head})` : a.text;
    if (best.fact.value !== a.value && best.score >= MIN_SHARED_CONTEXT && agree < 2) {
      push('reference-mismatch', {
        category: 'accuracy/reference',
        severity: 'minor',
        start: a.start,
        end: a.end,
        message: `${a.kind === 'date' ? 'date' : 'number'} "${a.text}" disagrees with "${best.fact.text}" in ${best.side.label}, said in the same context`,
        suggestions: [best.fact.text],
        confidence: 0.5,
      });
      pushFactRow([label, ...cells, 'differs']);
    } else {
      pushFactRow([label, ...cells, best.fact.value === a.value || agree >= 2 ? 'same' : 'unclear']);
    }
  }

  return { findings: drafts.map(build), entityTable: table };
}
