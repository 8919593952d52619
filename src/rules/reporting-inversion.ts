/**
 * reporting-inversion: attributions copied from Indonesian word order or idiom.
 *
 * - Verb before source: Indonesian writes "…, lapor Reuters" / "…, tulis Kompas", and machine
 *   translation keeps the order: "…, reported Reuters July 27". English puts the source first:
 *   "…, Reuters reported on July 27".
 * - "dikutip dari X" / "seperti dikutip dari X" → "(as) quoted from X"; "dilansir dari X" →
 *   "launching from X" / "reported from X"; "mengutip dari X" → "quoting from X" / "citing from X";
 *   "dikutip X dari Y" → "quoted by X from Y". English says "according to X" or "citing X".
 *
 * Sources are recognised from `data/lexicons/news-outlets.json`; for the verb-first order a
 * capitalised name standing where a source would ("…, reported Suara Merdeka.") is accepted at lower
 * confidence. English that stays silent: "as reported by Antara", "…," said Ankit Panda (quotative
 * inversion with "said" is normal), "reported the incident", "quoted Reuters as saying".
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { loadLexicon } from '../lexicons/load.js';
import type { OutletEntry } from '../lexicons/news-outlets.js';
import type { FindingDraft, Rule } from './types.js';

// Per-token tests compiled once (a regex literal is a new RegExp object each time it is evaluated).
const UPPER_INITIAL = /^\p{Lu}/u;

interface Outlets {
  /** Sticky matcher for an outlet name (with an optional "the") at a position. */
  re: RegExp;
  /** Canonical name and "the" usage by every spelling. */
  bySpelling: Map<string, OutletEntry>;
}

let outlets: Outlets | undefined;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function outletData(): Outlets {
  if (outlets) return outlets;
  const bySpelling = new Map<string, OutletEntry>();
  for (const e of loadLexicon<OutletEntry>('news-outlets').entries) {
    for (const n of [e.name, ...(e.aliases ?? [])]) bySpelling.set(n.replace(/^The /, ''), e);
  }
  const names = [...bySpelling.keys()].sort((a, b) => b.length - a.length).map(escape);
  // A plain alternation of literals (no nested quantifiers); the lookahead ends the name at a word edge.
  const re = new RegExp(`(?:[Tt]he )?(${names.join('|')})(?![\\p{L}\\p{N}])`, 'uy');
  outlets = { re, bySpelling };
  return outlets;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A date or time expression right after the source ("July 27", "on Monday", "last week"). The
 * leading `\s*(?:,\s*)?` reads spaces one way only (`\s*,?\s*` split a run of spaces two ways, quadratic
 * on a long run). */
const DATE_AFTER = new RegExp(
  `\\s*(?:,\\s*)?(?:on\\s+)?(?:${WEEKDAY}(?:,?\\s+${MONTH}\\s+\\d{1,2})?(?:\\s*\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\))?|${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|(?:last|this|next)\\s+(?:week|month|year|night|morning|weekend|${WEEKDAY})|earlier\\s+(?:this|on|today)(?:\\s+(?:week|month|day))?|yesterday|today|overnight)(?![\\p{L}\\p{N}])`,
  'uy',
);
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}.'’&-]*$/u;
const NOT_A_SOURCE = new RegExp(`^(?:${MONTH.replace(/\\\./g, '')}|${WEEKDAY}|I|The|A|An|This|That|It|He|She|They|We|On|In|At)$`);

interface SourceMatch {
  /** End offset of the source name. */
  end: number;
  /** The source as it should be written at the start of a clause ("Reuters", "The Jakarta Post"). */
  name: string;
  fromLexicon: boolean;
}

const HEAD_NOUN = /(?: news)? (?:agency|newspaper|daily|magazine|television|broadcaster|website|news site|portal)(?![\p{L}\p{N}])/uy;

/** "the Yonhap agency", "Kompas daily": keep a descriptive head noun with the name. */
function withHeadNoun(text: string, end: number): number {
  HEAD_NOUN.lastIndex = end;
  const m = HEAD_NOUN.exec(text);
  return m ? end + m[0].length : end;
}

/** "the official website of", "the Instagram account of": a web page named before its owner. */
const PAGE_OF = /(?:the |a )?(?:official )?(?:website|web page|webpage|web site|site|page|portal|account|channel|Instagram account|Twitter account|X account|Facebook page|YouTube channel|Instagram|social media account|press release|statement) of (?:the )?/uy;
/** A bare web domain as a source: "Kompas.com", "detik.com", "cnbcindonesia.com". */
const DOMAIN = /[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|co\.id|go\.id|or\.id|ac\.id|id|net|org|co\.uk|tv|news)(?![\w.]|\.\w)/y;
/** A page or account word after the owner's name: "the BWF official website", "Kompas's page". */
const PAGE_AFTER = /(?:['’]s)? (?:official )?(?:website|web page|webpage|site|page|portal|account|Instagram account|Twitter account|X account|YouTube channel)(?![\p{L}\p{N}])/uy;
const ORG_LINKS = new Set(['of', 'the', 'for', 'and', 'on', '&']);

/** An owner's name after "the website of": capitalised words and acronyms, with lower-case links ("Ministry of Foreign Affairs"). */
function ownerAt(doc: AnalysedDocument, p: number): number {
  let t = doc.tokenAt(p);
  if (!t || t.start !== p) return -1;
  let end = -1;
  let words = 0;
  while (t && words < 8 && t.sentence === doc.tokenAt(p)!.sentence) {
    if (t.type === 'word' && UPPER_INITIAL.test(t.text) && !NOT_A_SOURCE.test(t.text)) {
      end = t.end;
      words++;
    } else if (!(ORG_LINKS.has(t.text) && end > 0)) break;
    t = doc.tokens[t.i + 1];
  }
  return end;
}

/**
 * The source named by its web page: "the official website of the Ministry of Foreign Affairs",
 * "the official page of PT LIB", "the BWF official website", "Kompas.com". In Indonesian credits
 * ("dikutip dari laman resmi …", "dilansir dari situs …") the page is the source.
 */
function pageSourceAt(doc: AnalysedDocument, p: number): SourceMatch | undefined {
  const text = doc.text;
  PAGE_OF.lastIndex = p;
  const m = PAGE_OF.exec(text);
  if (m) {
    const ownerStart = p + m[0].length;
    DOMAIN.lastIndex = ownerStart;
    const d = DOMAIN.exec(text);
    const end = d ? ownerStart + d[0].length : ownerAt(doc, ownerStart);
    if (end < 0) return undefined;
    const phrase = text.slice(p, end);
    return { end, name: /^(?:the|a) /i.test(phrase) ? phrase.replace(/^A /, 'a ').replace(/^The /, 'the ') : `the ${phrase}`, fromLexicon: true };
  }
  DOMAIN.lastIndex = p;
  const d = DOMAIN.exec(text);
  if (d) {
    let end = p + d[0].length;
    PAGE_AFTER.lastIndex = end;
    const a = PAGE_AFTER.exec(text);
    if (a) end += a[0].length;
    return { end, name: text.slice(p, end), fromLexicon: true };
  }
  // "the BWF official website", "the PSSI page": a capitalised owner and a page word.
  let q = p;
  const the = /^the /i.test(text.slice(p, p + 4));
  if (the) q += 4;
  if (/^official /i.test(text.slice(q, q + 9))) q += 9;
  const ownerEnd = ownerAt(doc, q);
  if (ownerEnd < 0) return undefined;
  PAGE_AFTER.lastIndex = ownerEnd;
  const a = PAGE_AFTER.exec(text);
  if (!a) return undefined;
  const end = ownerEnd + a[0].length;
  return { end, name: `the ${text.slice(the ? p + 4 : p, end)}`, fromLexicon: true };
}

/** The source at offset `at` (after whitespace): a known outlet, or (when allowed) a capitalised name. */
function sourceAt(doc: AnalysedDocument, at: number, fallback: boolean): SourceMatch | undefined {
  const text = doc.text;
  let p = at;
  while (p < text.length && (text[p] === ' ' || text[p] === '\u00A0')) p++;
  if (p === at) return undefined;
  const page = pageSourceAt(doc, p);
  if (page) return page;
  const { re, bySpelling } = outletData();
  re.lastIndex = p;
  const m = re.exec(text);
  if (m) {
    const entry = bySpelling.get(m[1]!);
    const the = entry?.takesThe || /^[Tt]he /.test(m[0]);
    let end = p + m[0].length;
    // A longer name that starts with a known one ("Suara Merdeka", "Antara News Agency").
    for (let t = doc.tokenAt(end + 1); t && t.start === end + 1 && t.type === 'word' && NAME_WORD.test(t.text) && t.pos === 'PROPN' && !NOT_A_SOURCE.test(t.text); t = doc.tokens[t.i + 1]) {
      end = t.end;
    }
    end = withHeadNoun(text, end);
    // "Kompas.com", "Reuters' website", "Antara's official page".
    DOMAIN.lastIndex = p + (m[0].length - m[1]!.length);
    const dom = DOMAIN.exec(text);
    if (dom && DOMAIN.lastIndex > end) end = DOMAIN.lastIndex;
    PAGE_AFTER.lastIndex = end;
    const pageAfter = PAGE_AFTER.exec(text);
    if (pageAfter) end += pageAfter[0].length;
    return { end, name: `${the ? 'the ' : ''}${text.slice(p + (m[0].length - m[1]!.length), end)}`, fromLexicon: true };
  }
  if (!fallback) return undefined;
  // A capitalised name: one to four PROPN-ish words ("Suara Merdeka", "Kyiv Independent").
  let t = doc.tokenAt(p);
  let words = 0;
  let end = -1;
  let withThe = false;
  if (t && t.lower === 'the') {
    withThe = true;
    t = doc.tokens[t.i + 1];
  }
  while (t && words < 4 && t.type === 'word' && NAME_WORD.test(t.text) && t.pos === 'PROPN' && !NOT_A_SOURCE.test(t.text) && (words === 0 || t.spaceBefore)) {
    end = t.end;
    words++;
    t = doc.tokens[t.i + 1];
  }
  if (words === 0) return undefined;
  end = withHeadNoun(text, end);
  const name = text.slice(withThe ? p + 4 : p, end);
  return { end, name: `${withThe ? 'the ' : ''}${name}`, fromLexicon: false };
}

/** After the source: a date to carry into the suggestion, and where the flagged span ends. */
function dateAfter(text: string, at: number): { end: number; phrase: string } | undefined {
  DATE_AFTER.lastIndex = at;
  const m = DATE_AFTER.exec(text);
  if (!m) return undefined;
  const phrase = m[0].replace(/^\s*,?\s*/, '');
  return { end: at + m[0].length, phrase };
}

/** "July 27" → "on July 27"; "last week" stays. */
function withOn(phrase: string): string {
  if (/^(?:on|last|this|next|earlier|yesterday|today|overnight)\b/.test(phrase)) return phrase;
  return `on ${phrase}`;
}

function capitalise(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** The source is followed by the end of its clause: sentence end, a comma, a date. */
function endsClause(doc: AnalysedDocument, end: number, sentenceEnd: number): boolean {
  const rest = doc.text.slice(end, Math.min(sentenceEnd + 1, end + 3));
  return end >= sentenceEnd || /^\s*[.,;!?)"”]/.test(rest) || dateAfter(doc.text, end) !== undefined;
}

const VERB_FIRST = new Set(['reported', 'reports', 'quoted', 'wrote', 'writes']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added']);

/** A speech verb with its speaker between a closing quotation mark and the credit: `"…," he said on Monday, reported …`. */
function saidEarlier(doc: AnalysedDocument, v: Token): boolean {
  let said = false;
  for (let k = v.i - 2; k >= 0 && k >= v.i - 12; k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== v.sentence) return false;
    if (SPEECH_VERBS.has(t.lower)) said = true;
    else if (/^["”]$/.test(t.text)) return said;
    // Only words between the quote and the credit: `he said., reported` is a garbled join, not English.
    else if (t.type !== 'word' && t.type !== 'number') return false;
  }
  return false;
}

function verbFirst(doc: AnalysedDocument, v: Token, sentenceEnd: number): FindingDraft | undefined {
  const prev = doc.tokens[v.i - 1];
  if (!prev || prev.sentence !== v.sentence) return undefined;
  // `…, reported Reuters` or `"…," reported Reuters` (a comma inside the closing quote).
  const afterQuote = /^["”']$/.test(prev.text) && doc.tokens[v.i - 2]?.text === ',';
  if (prev.text !== ',' && !afterQuote) return undefined;
  const next = doc.tokens[v.i + 1];
  if (!next || next.lower === 'by' || next.lower === 'that' || next.lower === 'from' || next.lower === 'on') return undefined;
  // "wrote"/"writes" invert legitimately after direct quotes in English ("…," wrote the Guardian's
  // critic): silent there, and elsewhere only a known outlet counts (as a note, below).
  const wrote = v.lower === 'wrote' || v.lower === 'writes';
  if (wrote && afterQuote) return undefined;
  const src = sourceAt(doc, v.end, !wrote);
  if (!src) return undefined;
  if (!src.fromLexicon && !endsClause(doc, src.end, sentenceEnd)) return undefined;
  // "…, reports the BBC's Laura Bicker": a broadcast sign-off naming a correspondent.
  if (/^['’]s\b/.test(doc.text.slice(src.end, src.end + 3))) return undefined;
  const date = dateAfter(doc.text, src.end);
  const end = date ? date.end : src.end;
  // Indonesian puts the credit at the end of the sentence ("…, lapor Reuters, Senin."); an inverted
  // credit in mid-sentence ("Each year, reports the AMA, ten million …") is English journalese.
  // The exception: a past-tense credit to a known outlet set off by commas right after the subject
  // ("Guterres, reported AFP, urged …"): Indonesian "…, lapor AFP, …" kept in place; English journalese
  // uses the present ("reports") or puts the source first ("Guterres, AFP reported, urged …").
  const atEnd = /^[\s.!?"”'’)\]]*$/.test(doc.text.slice(end, sentenceEnd + 1));
  const midCredit = !atEnd && v.lower === 'reported' && src.fromLexicon && !date && /^\s*,/.test(doc.text.slice(end, end + 2)) && !afterQuote;
  if (!atEnd && !midCredit) return undefined;
  const name = capitalise(src.name);
  const verb = v.lower === 'quoted' ? 'reported' : v.lower;
  const suggestion = `${name} ${verb}${date ? ` ${withOn(date.phrase)}` : ''}`;
  const draft: FindingDraft = {
    start: v.start,
    end,
    message: `Verb before its source ("${doc.text.slice(v.start, src.end)}"), the order of Indonesian "lapor ${src.name.replace(/^the /, '')}"; English names the source first: "${suggestion}".`,
    suggestions: [suggestion],
    confidence: midCredit ? 0.6 : (src.fromLexicon ? 0.85 : 0.55) - (afterQuote ? 0.15 : 0),
    note: 'Indonesian attributions put the verb before the source ("…, lapor Reuters", "…, tulis Kompas"); translated word for word, the order is kept.',
    fixable: src.fromLexicon,
  };
  // Present-tense "…, reports Bloomberg." is aggregator English as well; only the past tense of
  // the Indonesian order ("lapor" rendered "reported") counts. "…, wrote The Guardian." (Indonesian
  // "tulis The Guardian") is also review-page English ("…, wrote the Times"): a note only.
  if (v.lower === 'reports' || wrote) {
    draft.severity = 'info';
    draft.confidence = 0.4;
  }
  // `"…," Mr Joko said on Thursday, reported The Jakarta Post.`: the speaker's own attribution is in
  // place and the outlet is credited for the whole report after it. Native journalese writes this
  // (a Straits Times report did) as well as translation ("kata Choi, dilansir Korea Herald"): a hint.
  if (saidEarlier(doc, v)) {
    draft.severity = 'info';
    draft.confidence = 0.45;
  }
  // `…, followed by Calabarzon (11,474 cases), reported the Philippine Daily Inquirer.`: English
  // journalese inverts a credit to an outlet the writer gives an article of his own (a Straits Times
  // report did). Indonesian "lapor X" has no article and its translation keeps none ("…, reported
  // Reuters", "…, reported ANTARA news agency"); "The" that belongs to a name ("The Jakarta Post")
  // is written by both, so only a lower-case "the" makes it a hint.
  if (v.lower === 'reported' && /^\s+the\s/.test(doc.text.slice(v.end, v.end + 6))) {
    draft.severity = 'info';
    draft.confidence = 0.45;
  }
  return draft;
}

interface IdiomPattern {
  /** Lower-case words of the idiom, in order. */
  words: string[];
  /** "as" before it belongs to the calque ("as quoted from"). */
  takesAs: boolean;
  /** Needs a comma or "as" (or the sentence start) right before it. */
  needsLead: boolean;
  fallback: boolean;
  /** The source must be followed by a comma (or the sentence end): "Launching Reuters, …". */
  needsComma?: boolean;
  /**
   * A capitalised name that is not a known outlet only counts at the end of the sentence, and only
   * as a note: "…," he added, launching the Riau Pos." ("Launching Gemini, Google said …" is a
   * product launch).
   */
  fallbackAtEndOnly?: boolean;
  indonesian: string;
  fix: (name: string) => string;
}

const IDIOMS: IdiomPattern[] = [
  { words: ['quoted', 'from'], takesAs: true, needsLead: true, fallback: true, indonesian: 'dikutip dari', fix: (n) => `according to ${n}` },
  { words: ['quoting', 'from'], takesAs: false, needsLead: false, fallback: false, indonesian: 'mengutip dari', fix: (n) => `citing ${n}` },
  { words: ['citing', 'from'], takesAs: false, needsLead: false, fallback: true, indonesian: 'mengutip dari', fix: (n) => `citing ${n}` },
  { words: ['launching', 'from'], takesAs: true, needsLead: false, fallback: false, indonesian: 'dilansir dari', fix: (n) => `according to ${n}` },
  // "Launching Reuters, …" (melansir Reuters): only an outlet or a web page, closed by a comma.
  { words: ['launching'], takesAs: false, needsLead: true, fallback: true, fallbackAtEndOnly: true, needsComma: true, indonesian: 'melansir', fix: (n) => `according to ${n}` },
  { words: ['launched'], takesAs: true, needsLead: true, fallback: false, needsComma: true, indonesian: 'dilansir', fix: (n) => `according to ${n}` },
  { words: ['launched', 'from'], takesAs: true, needsLead: false, fallback: false, indonesian: 'dilansir dari', fix: (n) => `according to ${n}` },
  { words: ['reported', 'from'], takesAs: true, needsLead: false, fallback: false, indonesian: 'dilaporkan dari / dilansir dari', fix: (n) => `according to ${n}` },
  { words: ['reporting', 'from'], takesAs: false, needsLead: false, fallback: false, indonesian: 'melansir dari', fix: (n) => `according to ${n}` },
  { words: ['summarized', 'from'], takesAs: true, needsLead: false, fallback: false, indonesian: 'dirangkum dari', fix: (n) => `according to ${n}` },
  { words: ['summarised', 'from'], takesAs: true, needsLead: false, fallback: false, indonesian: 'dirangkum dari', fix: (n) => `according to ${n}` },
];

/**
 * Every word that can start one of the shapes run() looks for: a token whose lower case is not
 * here starts none, so run() skips it after one Set lookup instead of comparing it with each
 * idiom's first word (those eleven string comparisons per token were most of this rule's time).
 */
const TRIGGERS = new Set<string>(['quoted', 'quoting', ...VERB_FIRST, ...IDIOMS.map((p) => p.words[0]!)]);

function idiom(doc: AnalysedDocument, i: number, p: IdiomPattern): FindingDraft | undefined {
  const first = doc.tokens[i]!;
  for (let k = 1; k < p.words.length; k++) {
    const t = doc.tokens[i + k];
    if (!t || t.lower !== p.words[k] || t.sentence !== first.sentence) return undefined;
  }
  const lastWord = doc.tokens[i + p.words.length - 1]!;
  const before = doc.tokens[i - 1];
  const hasAs = p.takesAs && before?.lower === 'as' && before.sentence === first.sentence;
  const lead = hasAs ? doc.tokens[i - 2] : before;
  const leadOk = !lead || lead.sentence !== first.sentence || lead.text === ',' || lead.text === '(' || hasAs;
  if (p.needsLead && !leadOk) return undefined;
  const src = sourceAt(doc, lastWord.end, p.fallback);
  if (!src) return undefined;
  if (!src.fromLexicon && !endsClause(doc, src.end, doc.sentences[first.sentence]!.end)) return undefined;
  if (p.needsComma && !/^\s*(?:,|\.(?:\s|$)|$)/.test(doc.text.slice(src.end, src.end + 3))) return undefined;
  const weakSource = !src.fromLexicon && p.fallbackAtEndOnly === true;
  if (weakSource && !/^[\s.!?"”'’)\]]*$/.test(doc.text.slice(src.end, doc.sentences[first.sentence]!.end + 1))) return undefined;
  const start = hasAs ? before!.start : first.start;
  const startsSentence = start === doc.sentences[first.sentence]!.start;
  const fixText = p.fix(src.name);
  const suggestion = startsSentence ? capitalise(fixText) : fixText;
  const phrase = doc.text.slice(start, src.end);
  const draft: FindingDraft = {
    start,
    end: src.end,
    message: `"${phrase}" renders Indonesian "${p.indonesian}" word for word; English writes "${suggestion}".`,
    suggestions: [suggestion],
    confidence: src.fromLexicon ? 0.85 : 0.6,
    category: 'style/calque',
    note: 'Indonesian news credits a source with "dikutip dari", "dilansir dari" or "mengutip dari"; translated literally these become "quoted from", "launching from", "quoting from".',
    fixable: src.fromLexicon,
  };
  if (weakSource) {
    draft.severity = 'info';
    draft.confidence = 0.45;
  }
  return draft;
}

/** Verbs after which a trailing ", quoting X" is English: "the paper said, quoting Reuters". */
const REPORTING_BEFORE_QUOTING = new Set(['said', 'says', 'say', 'reported', 'reports', 'report', 'added', 'adds', 'wrote', 'writes', 'told', 'tells', 'stated', 'states', 'cited', 'noted', 'announced', 'explained', 'claimed', 'warned', 'quoted', 'according']);

/**
 * "…, quoting the Antara news agency." at the end of a sentence whose verb is not a reporting verb
 * (Indonesian "…, mengutip Antara"): the credit dangles. English writes "…, the Antara news agency
 * reported" or "…, according to Antara"; "the ministry said, quoting Reuters" stays silent.
 */
function quotingAtEnd(doc: AnalysedDocument, i: number, sentenceEnd: number): FindingDraft | undefined {
  const v = doc.tokens[i]!;
  const comma = doc.tokens[i - 1];
  if (!comma || comma.text !== ',' || comma.sentence !== v.sentence) return undefined;
  let before = doc.tokens[i - 2];
  if (before && /^["”'’]$/.test(before.text)) before = doc.tokens[i - 3];
  if (!before || REPORTING_BEFORE_QUOTING.has(before.lower)) return undefined;
  const src = sourceAt(doc, v.end, false);
  if (!src) return undefined;
  const date = dateAfter(doc.text, src.end);
  const end = date ? date.end : src.end;
  if (!/^[\s.!?"”'’)\]]*$/.test(doc.text.slice(end, sentenceEnd + 1))) return undefined;
  // A reporting verb earlier in the clause ("The agency reported on Monday, quoting …") also makes it English.
  for (let x = i - 2; x >= doc.sentences[v.sentence]!.tokenStart; x--) {
    const u = doc.tokens[x]!;
    if (u.text === ',' || /^["“”]$/.test(u.text)) break;
    if (REPORTING_BEFORE_QUOTING.has(u.lower)) return undefined;
  }
  const suggestion = `${src.name} reported${date ? ` ${withOn(date.phrase)}` : ''}`;
  return {
    start: v.start,
    end,
    message: `"${doc.text.slice(v.start, src.end)}" hangs a credit on a sentence without a reporting verb, as Indonesian "…, mengutip ${src.name.replace(/^the /, '')}" does; English writes "…, ${suggestion}" or "according to ${src.name}".`,
    suggestions: [suggestion, `according to ${src.name}`],
    confidence: 0.6,
    category: 'style/calque',
    note: 'Indonesian closes a sentence with the credit "mengutip X" (quoting X) whatever the verb; in English "quoting X" needs a reporting subject ("the paper said, quoting X").',
  };
}

/** "quoted by AFP from Yonhap" (dikutip AFP dari Yonhap): the chain of credits in Indonesian order. */
function quotedByFrom(doc: AnalysedDocument, i: number): FindingDraft | undefined {
  const by = doc.tokens[i + 1];
  if (!by || by.lower !== 'by') return undefined;
  const src = sourceAt(doc, by.end, false);
  if (!src) return undefined;
  const from = doc.tokenAt(src.end + 1);
  if (!from || from.lower !== 'from' || from.start !== src.end + 1) return undefined;
  const v = doc.tokens[i]!;
  const second = sourceAt(doc, from.end, true);
  const end = second ? second.end : from.end;
  const suggestion = second ? `${src.name} reported, citing ${second.name}` : undefined;
  const draft: FindingDraft = {
    start: v.start,
    end,
    message: `"${doc.text.slice(v.start, end)}" follows Indonesian "dikutip ${src.name.replace(/^the /, '')} dari …"; English writes "${src.name} reported, citing …".`,
    suggestions: suggestion ? [suggestion] : [],
    confidence: 0.6,
    category: 'style/calque',
    note: 'Indonesian chains credits as "dikutip X dari Y" (quoted by X from Y).',
  };
  return draft;
}

export const reportingInversion: Rule = {
  meta: {
    id: 'reporting-inversion',
    category: 'style/word-order',
    severity: 'minor',
    description: 'Attribution in Indonesian order or idiom: "…, reported Reuters", "as quoted from Kompas", "launching from CNN".',
    examples: {
      invalid: [
        { text: 'The ministry said the talks would resume next month, reported AFP on Monday.', flags: ['reported AFP on Monday'], suggestion: 'AFP reported on Monday' },
        { text: 'Floods cut the main road to the port, reported Xinhua March 3.', flags: ['reported Xinhua March 3'], suggestion: 'Xinhua reported on March 3' },
        { text: 'The volcano erupted twice overnight, as quoted from Antara.', flags: ['as quoted from Antara'], suggestion: 'according to Antara' },
        { text: 'Launching from CNN, the storm has left 12 people dead.', flags: ['Launching from CNN'], suggestion: 'According to CNN' },
        { text: 'The central bank held rates steady, quoting from the BBC.', flags: ['quoting from the BBC'], suggestion: 'citing the BBC' },
        { text: 'The squad flies to Doha on Monday, as quoted from the official website of the Football Association.', flags: ['as quoted from the official website of the Football Association'], suggestion: 'according to the official website of the Football Association' },
        { text: 'Launching Anadolu, the convoy reached Rafah at dawn.', flags: ['Launching Anadolu'], suggestion: 'According to Anadolu' },
        { text: 'The minister will attend the summit in Riyadh, quoting the Antara news agency.', flags: ['quoting the Antara news agency'], suggestion: 'the Antara news agency reported' },
        { text: 'The Kenyan president, reported Reuters, ordered an inquiry into the crash.', flags: ['reported Reuters'], suggestion: 'Reuters reported' },
      ],
      valid: [
        'The talks will resume next month, as reported by Antara.',
        '"We will not back down," said Ankit Panda of the Carnegie Endowment.',
        'The coast guard reported the incident to the navy on Tuesday.',
        'The newspaper quoted Reuters as saying the deal was close.',
        'The satellite was launched from Baikonur on Friday.',
        'Reuters reported on Monday that the plant had been closed.',
        'Police reported a sharp drop in burglaries, the city said.',
        'The lines were quoted from a poem by Chairil Anwar.',
        'Launching Sputnik in 1957, the Soviet Union started the space race.',
        'The ministry said, quoting Reuters, that the plant would close.',
        'Interfax reported the strike on Monday, quoting Reuters.',
        '"It is a triumph," wrote the Guardian.',
        'Each year, reports the AMA, ten million patients miss a dose.',
        'The minister, as reported by AFP, left the talks early.',
      ],
    },
  },
  run(doc) {
    const out: FindingDraft[] = [];
    for (const s of doc.sentences) {
      if (s.boilerplate) continue;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = doc.tokens[i]!;
        if (!TRIGGERS.has(t.lower)) continue;
        let f: FindingDraft | undefined;
        if (t.lower === 'quoted') f = quotedByFrom(doc, i);
        if (!f && VERB_FIRST.has(t.lower)) f = verbFirst(doc, t, s.end);
        if (!f && t.lower === 'quoting' && i > s.tokenStart + 1) f = quotingAtEnd(doc, i, s.end);
        if (!f) {
          for (const p of IDIOMS) {
            if (t.lower !== p.words[0]) continue;
            f = idiom(doc, i, p);
            if (f) break;
          }
        }
        if (f) {
          out.push(f);
          while (i + 1 < s.tokenEnd && doc.tokens[i + 1]!.start < f.end) i++;
        }
      }
    }
    return out;
  },
};
