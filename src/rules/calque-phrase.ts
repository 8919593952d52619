/**
 * calque-phrase: connectives and stock phrasings of Indonesian news prose rendered word for word
 * ("Pada kesempatan itu" → "On the occasion,", "saat ditemui wartawan" → "when met by reporters",
 * "dalam rangka" → "in the framework of"). The patterns live in `data/lexicons/calque-phrases.json`;
 * each is matched within one sentence (or one line, for "Read also:" cross-links). Inside quoted
 * speech a match is only a note (severity info): in a translated article the quote was translated
 * too, but in edited English it is the speaker's own wording.
 *
 * Every pattern is written to fire only on the calque, never on the good English next to it; each
 * entry carries a counterexample that the tests check stays silent.
 */
import type { AnalysedDocument } from '../analysis/types.js';
import { LiteralFilter, requiredLiterals } from '../engine/literals.js';
import { loadLexicon } from '../lexicons/load.js';
import type { FindingDraft, Rule } from './types.js';

export interface CalquePhraseEntry {
  id: string;
  pattern: string;
  source: string;
  explanation: string;
  suggestion: string;
  severity: 'minor' | 'info';
  example: string;
  counterexample: string;
  scope?: 'sentence' | 'paragraph';
  caseSensitive?: boolean;
  fixable?: boolean;
  note?: string;
}

interface Compiled {
  entry: CalquePhraseEntry;
  re: RegExp;
  /** Anchored at the start of the sentence (or line): only a sentence's opening needs matching. */
  anchored: boolean;
  /** The suggestion is a replacement template (may use $1…), not advice. */
  replacement: boolean;
}

let compiled: Compiled[] | undefined;
/** Which patterns can match a document at all (src/engine/literals.ts), in the order of `compiled`. */
let filter: LiteralFilter | undefined;

/** Advice rather than a replacement: placeholders (X, N), an ellipsis, or a parenthesised hint. */
const ADVICE = /[(…]|\b[XN]\b/;

export function calquePhraseEntries(): CalquePhraseEntry[] {
  return loadLexicon<CalquePhraseEntry>('calque-phrases').entries;
}

function patterns(): Compiled[] {
  if (compiled) return compiled;
  compiled = calquePhraseEntries().map((entry) => {
    // The 'u' flag only where a pattern needs it: case-insensitive Unicode matching is several times slower.
    const flags = (entry.caseSensitive ? 'g' : 'gi') + (/\\[pPu]\{/.test(entry.pattern) ? 'u' : '');
    return {
      entry,
      re: new RegExp(entry.pattern, flags),
      anchored: entry.pattern.startsWith('^'),
      replacement: entry.suggestion !== '' && !ADVICE.test(entry.suggestion),
    };
  });
  filter = new LiteralFilter(
    compiled.map((c) => ({ literals: requiredLiterals(c.entry.pattern, c.re.flags), caseSensitive: !c.re.ignoreCase })),
  );
  return compiled;
}

/** Fills $1… from the match and gives the result the case of the match's first letter. */
function expand(template: string, m: RegExpExecArray): string {
  let out = template.replace(/\$(\d)/g, (_all, n: string) => m[Number(n)] ?? '');
  out = out.replace(/ {2,}/g, ' ').trim();
  const first = m[0][0] ?? '';
  if (first !== first.toLowerCase() && out.length > 0) out = out[0]!.toUpperCase() + out.slice(1);
  else if (first !== first.toUpperCase() && out.length > 0 && !/^[A-Z]{2}/.test(out)) out = out[0]!.toLowerCase() + out.slice(1);
  return out;
}

/** Sentence index of every offset's token, to keep a match inside one sentence. */
function sentenceAt(doc: AnalysedDocument, offset: number): number {
  return doc.tokenAt(offset)?.sentence ?? -1;
}

function matchIn(doc: AnalysedDocument, c: Compiled, from: number, to: number, out: FindingDraft[], oneSentence: boolean): void {
  const text = doc.text.slice(from, to);
  c.re.lastIndex = 0;
  for (let m = c.re.exec(text); m !== null; m = c.re.exec(text)) {
    if (m[0].length === 0) {
      c.re.lastIndex++;
      continue;
    }
    const start = from + m.index;
    const end = start + m[0].replace(/\s+$/, '').length;
    const s = sentenceAt(doc, start);
    if (oneSentence && (s < 0 || s !== sentenceAt(doc, end - 1))) continue;
    if (s >= 0 && doc.sentences[s]!.boilerplate) continue;
    // Quoted speech in a translated article was translated too, so a calque there is still an
    // artifact; but in edited English a quote is the speaker's own wording, so it is only a note.
    const quoted = doc.inQuote(start);
    const { entry } = c;
    const suggestions = c.replacement ? entry.suggestion.split(' / ').map((s) => expand(s, m)) : [];
    const advice = !c.replacement && entry.suggestion !== '' ? ` Consider: ${entry.suggestion.replace(/^\((.*)\)$/, '$1')}.` : '';
    const draft: FindingDraft = {
      start,
      end,
      message: `Calque of Indonesian "${entry.source}": ${entry.explanation}${advice} [${entry.id}]`,
      suggestions,
      confidence: entry.severity === 'minor' ? 0.75 : 0.5,
      note: entry.note ?? `Machine translation renders the Indonesian stock phrase "${entry.source}" word for word.`,
    };
    if (entry.severity !== 'minor') draft.severity = entry.severity;
    if (quoted) {
      draft.severity = 'info';
      draft.confidence = 0.4;
      draft.message += ' (in quoted speech: the speaker\'s wording, or its translation)';
    }
    if (entry.fixable && suggestions.length > 0 && !quoted) draft.fixable = true;
    out.push(draft);
  }
}

export const calquePhrase: Rule = {
  meta: {
    id: 'calque-phrase',
    category: 'style/calque',
    severity: 'minor',
    description: 'A connective or stock phrase of Indonesian news prose rendered word for word ("On the occasion,", "when met by reporters").',
    examples: {
      invalid: [
        { text: 'On the occasion, the mayor also launched a free bus service for students.', flags: ['On the occasion,'], suggestion: 'On that occasion,' },
        { text: 'Images of state media showed soldiers unloading rice in the port of Aden.', flags: ['Images of state media'], suggestion: 'Images released by state media' },
        { text: 'The cabinet meeting was held in the framework of accelerating the new capital project.', flags: ['in the framework of'] },
        { text: 'The three dealers were secured by officers at a hotel in Medan.', flags: ['dealers were secured'], suggestion: 'dealers were detained' },
        { text: 'The trade ministers met in the sidelines of the G20 meeting in New Delhi.', flags: ['in the sidelines of'], suggestion: 'on the sidelines of' },
      ],
      valid: [
        'On the occasion of his 80th birthday, the former president thanked his supporters.',
        'Photos released by state media showed the leader at a fertiliser plant.',
        'The agreement was signed within the framework of the regional trade pact.',
        'The ministers met on the sidelines of the G20 meeting in New Delhi.',
        'Police secured the area and evacuated nearby homes.',
        'The occasion, the minister said, was a chance to meet the families.',
        'As reported by Reuters, the talks ended without a deal.',
      ],
    },
  },
  run(doc) {
    const out: FindingDraft[] = [];
    const all = patterns();
    // Most patterns' key words are absent from a given article: skip them without a regex pass.
    const possible = filter!.test(doc.text);
    for (const [k, c] of all.entries()) {
      if (!possible[k]) continue;
      if (c.entry.scope === 'paragraph') {
        // A notice is whole sentences: the paragraph around it is still the article's.
        for (const p of doc.paragraphs) matchIn(doc, c, p.start, p.end, out, false);
      } else if (c.anchored) {
        // "^" is the sentence start; matching each sentence's opening is enough.
        for (const s of doc.sentences) {
          if (!s.boilerplate) matchIn(doc, c, s.start, Math.min(s.end, s.start + 160), out, false);
        }
      } else {
        // One pass over each paragraph; a match must stay inside one sentence.
        for (const p of doc.paragraphs) matchIn(doc, c, p.start, p.end, out, true);
      }
    }
    return out;
  },
};
