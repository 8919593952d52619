/**
 * bidi-control: Unicode bidirectional embedding, override and isolate controls (U+202A-U+202E,
 * U+2066-U+2069) in the text. They are invisible and change the order in which the characters
 * after them are displayed, so what an editor sees can differ from what is checked and published
 * ("Trojan Source"). English news copy has no use for them; a stray one usually arrives from a CMS
 * or a copy from right-to-left text, and a deliberate one hides words.
 */
import type { FindingDraft, Rule } from './types.js';

const NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** Overrides force a direction on every character that follows: they can make text read backwards. */
function isOverride(c: number): boolean {
  return c === 0x202d || c === 0x202e;
}

const codePoint = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

export const bidiControl: Rule = {
  meta: {
    id: 'bidi-control',
    category: 'fluency/character-encoding',
    severity: 'major',
    description: 'An invisible bidirectional control character (U+202A-U+202E, U+2066-U+2069) that can reorder or hide text from an editor.',
    examples: {
      invalid: [
        { text: 'The ministry said the budget was \u202Eevorppa\u202C on Monday.', flags: ['\u202E', '\u202C'], suggestion: '' },
        { text: 'Officials met in \u2067Jakarta\u2069 on Tuesday.', flags: ['\u2067', '\u2069'], suggestion: '' },
      ],
      valid: [
        'The ministry said the budget was approved on Monday.',
        'The envoy, Mohammed al-Sharif (\u0645\u062D\u0645\u062F\u200F), arrived in Jakarta on Tuesday.',
      ],
    },
  },
  run(doc) {
    const out: FindingDraft[] = [];
    const controls = /[\u202A-\u202E\u2066-\u2069]/g;
    for (let m = controls.exec(doc.text); m !== null; m = controls.exec(doc.text)) {
      const i = m.index;
      const c = doc.text.charCodeAt(i);
      const what = `${codePoint(c)} ${NAMES[c] ?? ''}`.trim();
      out.push({
        start: i,
        end: i + 1,
        message: isOverride(c)
          ? `Invisible bidirectional override (${what}): the text after it is displayed in a forced direction, so an editor can read different words from those checked and published. Remove it.`
          : `Invisible bidirectional control (${what}): it changes how the text around it is displayed and can hide text from an editor. Remove it unless the text mixes right-to-left script.`,
        suggestions: [''],
        severity: isOverride(c) ? 'major' : 'minor',
        confidence: isOverride(c) ? 0.95 : 0.7,
        note: 'Machine translation and content systems copy such controls from right-to-left source text; a deliberate one hides or reorders words.',
      });
    }
    return out;
  },
};
