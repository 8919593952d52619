/**
 * verb-complement: a verb that English uses with a "that" clause or a "to" infinitive only after an
 * object, written without one: "Jokowi reminded that the permits expire" (English: reminded
 * residents that…, or stressed that…), "He invited to keep the peace" (invited residents to…,
 * or urged everyone to…).
 *
 * Indonesian verbs of appeal and reminding take the clause directly ("mengingatkan bahwa",
 * "mengajak untuk", "mengimbau agar", "mendorong untuk"), and translation software keeps that frame
 * with the dictionary verb. Which English verbs need the object is not a hand-made list: it is
 * derived from the training text by scripts/build-verb-frames.ts (`data/lexicons/verb-frames.json`:
 * verbs seen several times with object + that/to and never with that/to directly in the active).
 *
 * Only the active voice is judged ("was reminded that" is good English), and only where the verb
 * plainly has its subject before it (a name, a subject pronoun, a noun, an auxiliary), so that a
 * reduced relative clause ("the residents invited to attend") is left alone. One pass over the
 * tokens, with a map look-up per verb.
 */
import type { AnalysedDocument, Sentence } from '../analysis/types.js';
import { loadLexicon } from '../lexicons/load.js';
import type { FindingDraft, Rule } from './types.js';
import { frameShapeAt } from './verb-frame-shapes.js';

/** One entry of data/lexicons/verb-frames.json (written by scripts/build-verb-frames.ts). */
export interface VerbFrameEntry {
  verb: string;
  total: number;
  that: number;
  objectThat: number;
  to: number;
  objectTo: number;
  objectFirst: ('that' | 'to')[];
}

let frames: Map<string, VerbFrameEntry> | undefined;

function lexicon(): Map<string, VerbFrameEntry> {
  if (!frames) {
    frames = new Map();
    for (const e of loadLexicon<VerbFrameEntry>('verb-frames').entries) frames.set(e.verb, e);
  }
  return frames;
}

/**
 * What an editor writes instead of a reporting verb used without its person: *mengingatkan bahwa*
 * means "stressed that", *menginformasikan bahwa* "said that". Forms by the verb's own form.
 */
const DIRECT_THAT: Record<string, Record<'past' | 'present' | 'base', string>> = {
  remind: { past: 'stressed', present: 'stresses', base: 'stress' },
  inform: { past: 'said', present: 'says', base: 'say' },
  notify: { past: 'said', present: 'says', base: 'say' },
};

function directVerb(lemma: string, lower: string): string | undefined {
  const forms = DIRECT_THAT[lemma];
  if (!forms || lower.endsWith('ing')) return undefined;
  return lower.endsWith('ed') ? forms.past : lower.endsWith('s') ? forms.present : forms.base;
}

function matchCase(text: string, like: string): string {
  return /^[A-Z]/.test(like) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A paragraph of one sentence without final punctuation: a headline or a caption. */
function isHeadline(doc: AnalysedDocument, s: Sentence): boolean {
  const p = doc.paragraphs[s.paragraph]!;
  if (p.sentenceEnd - p.sentenceStart !== 1) return false;
  const last = doc.tokens[s.tokenEnd - 1];
  return !last || !/^[.!?"”’']$/.test(last.text);
}

export const verbComplement: Rule = {
  meta: {
    id: 'verb-complement',
    category: 'fluency/grammar',
    severity: 'minor',
    description: 'A verb that takes "that" or "to" only after an object in English, written without one ("reminded that", "invited to keep").',
    examples: {
      invalid: [
        { text: 'The mayor reminded that the permits expire in May.', flags: ['reminded that'], suggestion: 'stressed that' },
        { text: 'She also urged to keep the river banks clean.', flags: ['urged to'] },
      ],
      valid: [
        'The mayor reminded residents that the permits expire in May.',
        'Residents were reminded that the permits expire in May.',
        'The volunteers invited to the meeting arrived late.',
        'It is the only province in the country allowed to enforce the code.',
      ],
    },
  },
  run(doc: AnalysedDocument): FindingDraft[] {
    const table = lexicon();
    const out: FindingDraft[] = [];
    const { tokens } = doc;
    for (const s of doc.sentences) {
      // A headline drops "be" ("Residents Urged to Stay Home"): a passive that reads as active.
      if (s.boilerplate || isHeadline(doc, s)) continue;
      for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
        const v = tokens[i]!;
        if (v.pos !== 'VERB') continue;
        const entry = table.get(v.lemma);
        if (!entry) continue;
        const shape = frameShapeAt(tokens, i, s.tokenStart, s.tokenEnd);
        if ((shape !== 'that' && shape !== 'to') || !entry.objectFirst.includes(shape)) continue;
        const next = tokens[i + 1]!;
        const direct = shape === 'that' ? directVerb(v.lemma, v.lower) : undefined;
        out.push({
          start: v.start,
          end: next.end,
          message: `"${v.text} ${next.text}": English "${v.lemma}" takes ${shape === 'that' ? 'a "that" clause' : 'a "to" infinitive'} only after an object ("${v.text} residents ${next.text} …"); name who is ${shape === 'that' ? 'told' : 'asked'}, or choose a verb that needs none.`,
          ...(direct ? { suggestions: [matchCase(`${direct} ${next.text}`, v.text)] } : {}),
          confidence: 0.7,
        });
      }
    }
    return out;
  },
};
