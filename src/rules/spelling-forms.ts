/**
 * Written forms the spelling rule reports besides unknown words: "can not" for "cannot" (AP and
 * every international desk write one word, except before "only" in "can not only … but also"), and
 * the pronoun "I" typed in lower case between words ("i also remind"). Both come from fast typing
 * in Indonesian newsrooms, where "tidak bisa" and "saya" give no hint of the English form.
 */
import type { AnalysedDocument } from '../analysis/types.js';
import type { FindingDraft } from './types.js';

const NOT_AFTER_I = new Set(['is', 'are', 'has', 'does', 'were']);

export function writtenForms(doc: AnalysedDocument): FindingDraft[] {
  const out: FindingDraft[] = [];
  const { tokens } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === 'i') {
      // A lower-case "i" between words, before a verb: the pronoun ("i also remind", "i think").
      const prev = tokens[i - 1];
      const next = tokens[i + 1]!;
      const verb = next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX'));
      if (!t.spaceBefore || !next.spaceBefore || !prev || prev.sentence !== t.sentence || next.sentence !== t.sentence || next.type !== 'word' || !verb) continue;
      if (prev.text === '(' || doc.text[t.end] !== ' ') continue;
      // "vitamins B and i are listed": a letter; the pronoun never takes "is", "are", "has", "does".
      if (NOT_AFTER_I.has(next.lower)) continue;
      out.push({ start: t.start, end: t.end, message: 'The pronoun "I" is always written as a capital.', suggestions: ['I'], confidence: 0.8, fixable: true });
      continue;
    }
    if (t.lower !== 'can') continue;
    const not = tokens[i + 1]!;
    const after = tokens[i + 2];
    if (not.lower !== 'not' || not.text === 'NOT' || !not.spaceBefore || not.sentence !== t.sentence || doc.text.slice(t.end, not.start) !== ' ') continue;
    // "can not only … but also": "not" belongs to "only".
    if (after && after.sentence === t.sentence && (after.lower === 'only' || after.lower === 'just' || after.lower === 'merely')) continue;
    const fix = t.text === 'Can' ? 'Cannot' : 'cannot';
    out.push({
      start: t.start,
      end: not.end,
      message: `"${t.text} not" is written as one word in English news: "${fix}".`,
      suggestions: [fix],
      confidence: 0.65,
      fixable: true,
    });
  }
  return out;
}
