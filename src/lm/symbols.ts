/**
 * How a token becomes a symbol of the language models. Training (scripts/train.ts, over the Brown
 * corpus retagged by wink-nlp) and scoring (over `doc.tokens`) both go through these functions, so
 * the two always agree.
 *
 * Word model: the lower-cased word when it is in the vocabulary; otherwise a shape class built from
 * its casing, digits and suffix (`<Cap>`, `<CAPS>`, `<low-ing>`, …). Numbers always become classes:
 * a 1961 corpus knows no 2023, and a year is as fluent as any other. Quote marks, apostrophes and
 * dashes are folded to one form each, since typography says nothing about fluency.
 *
 * POS model: wink's universal tag, except that punctuation keeps its (folded) form, because a comma,
 * a full stop and a quote mark behave very differently in a sentence.
 */

const QUOTES = /^["“”„‟«»]$|^''$|^``$/;
const APOSTROPHE = /[‘’`´]/g;
const DASH = /^(?:-{1,3}|[–—―])$/;
const DIGIT = /\d/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
const PURE_NUMBER = /^[+-]?[\d.,:/]+%?$/;
const ALL_CAPS = /^[A-Z][A-Z.&]*[A-Z.]$/;
const CAPITALISED = /^[A-Z][a-z]/;
const LOWER = /^[a-z]/;

/**
 * Typographic folding shared by both models. A lone hyphen is a dash only when spaced ("Kim - and"),
 * not inside a compound that wink-nlp split ("Jong-un").
 */
export function foldText(text: string, spaceBefore = true): string {
  if (QUOTES.test(text)) return '"';
  if (DASH.test(text)) return text === '-' && !spaceBefore ? '-' : '--';
  if (text === '…' || text === '...') return '...';
  return text.replace(APOSTROPHE, "'");
}

/** The shape class of a word outside the vocabulary (or of any number). */
export function shapeClass(text: string): string {
  if (DIGIT.test(text)) {
    if (ORDINAL.test(text)) return '<ord>';
    if (PURE_NUMBER.test(text)) return '<num>';
    return '<alnum>';
  }
  const hyphen = text.includes('-') && text.length > 1;
  if (ALL_CAPS.test(text)) return '<CAPS>';
  if (CAPITALISED.test(text)) return hyphen ? '<Cap-hyph>' : '<Cap>';
  if (LOWER.test(text)) {
    if (hyphen) return '<low-hyph>';
    const t = text.toLowerCase();
    if (t.endsWith('ing')) return '<low-ing>';
    if (t.endsWith('ed')) return '<low-ed>';
    if (t.endsWith('ly')) return '<low-ly>';
    if (t.endsWith('tion') || t.endsWith('sion')) return '<low-tion>';
    if (t.endsWith('s')) return '<low-s>';
    return '<low>';
  }
  if (/^[A-Za-z]/.test(text)) return '<mixed>';
  if (/^\p{L}/u.test(text)) return '<foreign>';
  return '<sym>';
}

/** The vocabulary key of a token: folded and lower-cased (numbers never enter the vocabulary). */
export function wordKey(text: string, spaceBefore = true): string {
  const f = foldText(text, spaceBefore);
  return DIGIT.test(f) ? shapeClass(f) : f.toLowerCase();
}

/** The POS-model symbol of a token. */
export function posSymbol(text: string, pos: string, spaceBefore = true): string {
  if (pos !== 'PUNCT' && pos !== 'SYM') return pos;
  const f = foldText(text, spaceBefore);
  return f === ',' || f === '.' || f === '"' || f === '--' || f === '(' || f === ')' || f === ':' || f === ';' || f === '?' || f === '!' ? f : pos;
}

/** Every class `shapeClass` can return, in a fixed order (they are part of every vocabulary). */
export const SHAPE_CLASSES: readonly string[] = [
  '<ord>', '<num>', '<alnum>', '<CAPS>', '<Cap-hyph>', '<Cap>', '<low-hyph>', '<low-ing>', '<low-ed>',
  '<low-ly>', '<low-tion>', '<low-s>', '<low>', '<mixed>', '<foreign>', '<sym>',
];

export function isShapeClass(key: string): boolean {
  return key.length > 2 && key.startsWith('<') && key.endsWith('>') && SHAPE_CLASSES.includes(key);
}

export const BOS = '<s>';
export const EOS = '</s>';
