/**
 * Part of verb-form: a past participle used as the finite verb of its clause, with its auxiliary
 * missing: "after President Widodo sworn in as president", "he taken to the hospital", "she born in
 * Medan". Indonesian marks the passive with a prefix (di-, ter-) and no auxiliary ("setelah Presiden
 * dilantik", "dia dibawa ke rumah sakit"), and tense not at all, so the translation writes the
 * participle alone; English needs "was sworn in", "was taken", "was born".
 *
 * Only participles that are never a simple past or a base form ("sworn", "taken", "born", "known",
 * "seen", "done": the participle-only forms of the irregular verb table) are read: "he arrested"
 * and "after Widodo appointed" may be a complete active clause with the object still to come. Two
 * subjects leave no other reading:
 * - a nominative pronoun (he, she, they, we, I) straight before the participle: a participle cannot
 *   modify a pronoun; "have they seen", "than they known" (an auxiliary or a comparison before the
 *   pronoun) are left alone;
 * - a subordinating conjunction ("after", "when", "because" …) + a name or "the" + noun + the
 *   participle, when no finite verb follows in the clause: a reduced relative ("after the man taken
 *   to hospital died") would have one. "with/without X sworn in" (an absolute phrase) is good English
 *   and has no conjunction.
 * - a relative pronoun after a noun ("the festival which known as Sekaten"): "which is known as".
 * Quoted speech is skipped: dialogue writes "I done", "I been there" on purpose (Brown's fiction).
 */
import type { AnalysedDocument, Token } from '../analysis/types.js';
import { verbForms } from '../lexicons/verb-forms.js';
import { FINITE_AUXILIARIES } from './verb-words.js';
import type { FindingDraft } from './types.js';

const NOMINATIVE: Record<string, 'was' | 'were'> = { he: 'was', she: 'was', i: 'was', they: 'were', we: 'were' };
/** Conjunctions that open a finite clause: its subject needs a finite verb. */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'since', 'until', 'till', 'once', 'because', 'although', 'though', 'if', 'while', 'whereas', 'unless', 'whenever']);
/** Where the clause ends. */
/** Words before the pronoun that make it no subject of this participle: questions and comparisons. */
const INVERTING = new Set(['have', 'has', 'had', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'than', 'as']);
/** A capitalised word: a name's part ("O'Brien"), not a contraction ("I'm", which wink tags PROPN). */
const NAME_WORD = /^\p{Lu}(?:[\p{L}.-]|['’]\p{Lu})*$/u;
const CLAUSE_END = new Set([',', ';', ':', '—', '–', '(', ')']);

let memo: { source: unknown; forms: Map<string, { base: string; past: string }> } | undefined;

/** Participle → its verb's base and first simple past, for participles that are no past and no base form. */
export function participleOnlyForms(): ReadonlyMap<string, { base: string; past: string }> {
  const vf = verbForms();
  if (memo?.source === vf) return memo.forms;
  const pasts = new Set<string>();
  for (const e of vf.byBase.values()) for (const p of e.past) pasts.add(p);
  const forms = new Map<string, { base: string; past: string }>();
  for (const e of vf.byBase.values()) {
    for (const p of e.participle) {
      if (pasts.has(p) || vf.bases.has(p) || !e.past[0]) continue;
      forms.set(p, { base: e.base, past: e.past[0] });
    }
  }
  memo = { source: vf, forms };
  return forms;
}

/** Relative pronouns, and adverbs that may stand between one and its verb ("which also known as"). */
const RELATIVE = new Set(['which', 'who', 'that']);
const RELATIVE_ADVERBS = new Set(['also', 'already', 'still', 'previously', 'directly', 'now', 'formerly']);

/**
 * "the festival which known as Sekaten", "the suspect who taken to hospital": a relative clause
 * whose participle lost its "is"/"was" (Indonesian "yang dikenal sebagai", "yang dibawa ke"). The
 * relative must follow a noun or name (its head), and "that" only so: "that taken together" reads
 * "that" as a pronoun. Both tenses are offered, without a fix.
 */
function relativeWithoutBe(doc: AnalysedDocument, i: number, before: Token): FindingDraft | undefined {
  const { tokens } = doc;
  const v = tokens[i]!;
  const rel = RELATIVE.has(before.lower) ? before : tokens[i - 2]!;
  let h = rel === before ? i - 2 : i - 3;
  // "the suspect, who also known as Ucok": a comma may set the clause off ("which" and "who" only).
  if (tokens[h]?.text === ',' && rel.lower !== 'that') h--;
  const head = tokens[h];
  if (!head || head.sentence !== v.sentence || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return undefined;
  // "which taken by the police": verb-form's relative-clause check (8) reads "by" + an agent.
  const next = tokens[i + 1];
  // "which shown out from" (Brown; "shone" was meant): before a particle the verb may be another one.
  if (!passiveContext(next, v.sentence) || next?.lower === 'by' || (next !== undefined && PARTICLES.has(next.lower))) return undefined;
  const between = rel === before ? '' : `${before.text} `;
  const isText = `${rel.text} is ${between}${v.text}`;
  const wasText = `${rel.text} was ${between}${v.text}`;
  return {
    start: rel.start,
    end: v.end,
    message: `"${doc.text.slice(rel.start, v.end)}": the relative clause needs "is" or "was": "${isText}" or "${wasText}".`,
    suggestions: [isText, wasText],
    confidence: 0.75,
    fixable: false,
    note: 'Indonesian "yang dikenal sebagai" has no auxiliary; the translation keeps "which known as".',
  };
}

/** Particles of phrasal verbs: after them the relative clause is left alone. */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'away', 'back', 'over']);

/** A word that may follow a passive participle directly: a preposition, particle, "as" or punctuation. */
function passiveContext(t: Token | undefined, sentence: number): boolean {
  if (!t || t.sentence !== sentence) return true;
  return t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'PUNCT' || t.pos === 'ADV' || t.lower === 'as';
}

/** The first token of the subject before the participle at i, when it is a name or "the" + nouns. */
function nominalSubjectStart(tokens: readonly Token[], i: number): number | undefined {
  const sentence = tokens[i]!.sentence;
  const last = tokens[i - 1]!;
  let k = i - 1;
  if (last.pos === 'PROPN') {
    if (!NAME_WORD.test(last.text)) return undefined;
    // A title before the name is capitalised and often tagged NOUN: "President Jokowi".
    while (k - 1 >= 0 && tokens[k - 1]!.sentence === sentence && (tokens[k - 1]!.pos === 'PROPN' || tokens[k - 1]!.pos === 'NOUN') && NAME_WORD.test(tokens[k - 1]!.text)) k--;
    return k;
  }
  if (last.pos !== 'NOUN' || last.text !== last.lower) return undefined;
  while (k - 1 >= 0 && tokens[k - 1]!.sentence === sentence && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'ADJ')) k--;
  return tokens[k - 1]?.lower === 'the' ? k - 1 : undefined;
}

/** A finite verb later in the clause of the participle at i. */
function finiteVerbFollows(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let j = i + 1; j < tokens.length && tokens[j]!.sentence === sentence && !CLAUSE_END.has(tokens[j]!.text); j++) {
    const t = tokens[j]!;
    // A finite auxiliary later in the clause means the participle is a reduced relative.
    if (FINITE_AUXILIARIES.has(t.lower)) return true;
    // An -s or simple past verb: "died", "says".
    if (t.pos === 'VERB' && t.lemma !== t.lower && !t.lower.endsWith('ing') && !participleOnlyForms().has(t.lower)) return true;
  }
  return false;
}

/** "he taken to hospital" → "he was taken"; "after Widodo sworn in as" → "was sworn in". */
export function missingAuxiliary(doc: AnalysedDocument, i: number): FindingDraft | undefined {
  const { tokens } = doc;
  const v = tokens[i]!;
  if (v.text !== v.lower || i === 0) return undefined;
  const form = participleOnlyForms().get(v.lower);
  if (!form) return undefined;
  const subj = tokens[i - 1]!;
  if (subj.sentence !== v.sentence || doc.inQuote(v.start)) return undefined;
  const next = tokens[i + 1];
  if (RELATIVE.has(subj.lower) || (RELATIVE_ADVERBS.has(subj.lower) && RELATIVE.has(tokens[i - 2]?.lower ?? ''))) return relativeWithoutBe(doc, i, subj);
  let be: 'was' | 'were';
  const pronounBe = subj.pos === 'PRON' ? NOMINATIVE[subj.lower] : undefined;
  if (pronounBe) {
    // "have they seen", "than they known", "as we known": the pronoun is not this verb's subject.
    const before = tokens[i - 2];
    if (before && before.sentence === v.sentence && (before.pos === 'AUX' || INVERTING.has(before.lower))) return undefined;
    be = pronounBe;
  } else {
    const k = nominalSubjectStart(tokens, i);
    if (k === undefined) return undefined;
    const opener = tokens[k - 1];
    if (!opener || opener.sentence !== v.sentence || opener.text !== opener.lower || !CLAUSE_OPENERS.has(opener.lower)) return undefined;
    // Only the passive reading is sure: "after Widodo sworn in as", not "after Widodo done the job".
    if (!passiveContext(next, v.sentence) || finiteVerbFollows(tokens, i)) return undefined;
    // "after the suspects taken to": a plural noun takes "were".
    be = subj.pos === 'NOUN' && subj.lemma !== subj.lower ? 'were' : 'was';
  }
  const passive = passiveContext(next, v.sentence);
  const has = be === 'was' && subj.lower !== 'i' ? 'has' : 'have';
  const suggestions = passive ? [`${be} ${v.text}`] : [form.past, `${has} ${v.text}`];
  return {
    start: v.start,
    end: v.end,
    message: passive
      ? `"${v.text}" is a participle and cannot be the verb of "${subj.text}" on its own: "${suggestions[0]}".`
      : `"${v.text}" is a participle and cannot be the verb of "${subj.text}" on its own: "${suggestions[0]}" or "${suggestions[1]}".`,
    suggestions,
    confidence: passive ? 0.75 : 0.65,
    fixable: passive,
    note: 'Indonesian marks the passive with a prefix ("dilantik", "dibawa") and no auxiliary, so the translation leaves the participle without "was".',
  };
}
