/**
 * Candidate names: maximal runs of capitalised word tokens tagged PROPN (or capitalised mid-sentence),
 * joined by nothing but spaces. A sentence-initial capital alone is not evidence of a name, so a
 * sentence-initial token counts only when wink tags it PROPN.
 */
import type { NameMention, Sentence, Token } from './types.js';

const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d-]+$/u;
/** Lower-case particles that sit inside names (Marie de La Roche, Ursula von der Leyen, bin Salman). */
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'bin', 'binti', 'al', 'la', 'le', 'du']);

function isNameWord(t: Token, sentenceStart: boolean): boolean {
  if (t.type !== 'word' || !UPPER_START.test(t.text)) return false;
  // All-caps words are acronyms (UN, KCNA), not parts of a person's name.
  if (t.text.length > 1 && ALL_CAPS.test(t.text)) return false;
  if (t.pos === 'PROPN') return true;
  // Mid-sentence capitals tagged otherwise are usually still names (wink tags unknown names NOUN/ADJ),
  // but all-caps acronyms and pronoun "I" are not.
  if (sentenceStart) return false;
  if (t.text === 'I') return false;
  return t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB';
}

export function findNames(text: string, tokens: Token[], sentences: Sentence[]): NameMention[] {
  const out: NameMention[] = [];
  for (const s of sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const t = tokens[i]!;
      if (!isNameWord(t, i === s.tokenStart)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.tokenEnd) {
        const u = tokens[j]!;
        // Hyphenated name parts that wink splits: "Jong" "-" "un", "Al" "-" "Sudani".
        const w = tokens[j + 1];
        if (!u.spaceBefore && (u.text === '-' || u.text === '\u2010') && w && !w.spaceBefore && w.type === 'word' && /^\p{L}/u.test(w.text)) {
          j += 2;
          continue;
        }
        if (!u.spaceBefore) break;
        if (isNameWord(u, false)) {
          j++;
          continue;
        }
        // One or two particles followed by a name word: "de Gaulle", "von der Leyen", "bin Abdul".
        if (PARTICLES.has(u.text)) {
          let k = j + 1;
          if (tokens[k] && tokens[k]!.spaceBefore && PARTICLES.has(tokens[k]!.text)) k++;
          const next = tokens[k];
          if (next && next.spaceBefore && isNameWord(next, false)) {
            j = k + 1;
            continue;
          }
        }
        break;
      }
      const words = tokens.slice(i, j).filter((w) => w.type === 'word').map((w) => w.text);
      const end = tokens[j - 1]!.end;
      out.push({
        start: t.start,
        end,
        tokenStart: i,
        tokenEnd: j,
        text: text.slice(t.start, end),
        sentence: s.index,
        words,
      });
      i = j;
    }
  }
  return out;
}
