/**
 * LanguageTool's public HTTP API (`/v2/check`, `/v2/languages`) spoken by calque: the request's
 * annotated text turned into one plain string of the same length, and calque's findings turned
 * into LanguageTool "matches".
 *
 * Offsets: LanguageTool is written in Java and reports `offset`/`length` as `String` indices, i.e.
 * UTF-16 code units into the text *with* its markup (the concatenation of every annotated part).
 * calque's spans are UTF-16 code units too, so they pass through unchanged, and because masking
 * keeps lengths (see `annotatedText`), spans into the masked text are spans into the original.
 */
import { Ajv } from 'ajv';
import type { Finding, Report } from '../types.js';

/** The English variants a LanguageTool client may ask for; calque checks English only. */
export const LANGUAGES: readonly { name: string; code: string; longCode: string }[] = [
  { name: 'English', code: 'en', longCode: 'en' },
  { name: 'English (US)', code: 'en', longCode: 'en-US' },
  { name: 'English (GB)', code: 'en', longCode: 'en-GB' },
  { name: 'English (Australian)', code: 'en', longCode: 'en-AU' },
  { name: 'English (Canadian)', code: 'en', longCode: 'en-CA' },
  { name: 'English (New Zealand)', code: 'en', longCode: 'en-NZ' },
  { name: 'English (South African)', code: 'en', longCode: 'en-ZA' },
];

/** Thrown for a request LanguageTool itself would refuse with 400; the message is one line. */
export class BadRequest extends Error {
  override name = 'BadRequest';
}

/** The language section of the answer, or BadRequest for a language other than English. */
export function resolveLanguage(requested: string): { name: string; code: string } {
  const code = requested.trim();
  if (code === 'auto') return { name: 'English (US)', code: 'en-US' };
  const hit = LANGUAGES.find((l) => l.longCode.toLowerCase() === code.toLowerCase());
  if (hit) return { name: hit.name, code: hit.longCode };
  if (/^en(?:[-_][A-Za-z0-9]+)*$/i.test(code)) return { name: 'English', code: 'en' };
  throw new BadRequest(`calque checks English only; language '${code.slice(0, 40)}' is not supported (use en, en-US, en-GB or auto)`);
}

interface AnnotationPart {
  text?: string;
  markup?: string;
  interpretAs?: string;
}

const ajv = new Ajv({ allErrors: false, strict: true });
const validateAnnotation = ajv.compile<{ annotation: AnnotationPart[] }>({
  type: 'object',
  required: ['annotation'],
  properties: {
    annotation: {
      type: 'array',
      items: {
        type: 'object',
        properties: { text: { type: 'string' }, markup: { type: 'string' }, interpretAs: { type: 'string' } },
        minProperties: 1,
      },
    },
  },
});

/**
 * LanguageTool's annotated text (`data`): `{"annotation":[{"text":"…"},{"markup":"<p>","interpretAs":"\n\n"}]}`.
 * Returns the original (every part's text or markup, in order: the string LanguageTool's offsets
 * count in) and a masked copy of the same length in which markup is blank. Line breaks that the
 * markup stands for (`interpretAs`) are kept, as far as the markup is long enough to hold them,
 * so paragraphs still split where the markup puts them.
 */
export function annotatedText(data: string): { original: string; masked: string } {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    throw new BadRequest("'data' is not valid JSON (expected {\"annotation\": [...]})");
  }
  if (!validateAnnotation(value)) {
    const e = validateAnnotation.errors?.[0];
    throw new BadRequest(`'data' is not LanguageTool annotated text: ${e?.instancePath || 'data'} ${e?.message ?? 'is invalid'}`);
  }
  let original = '';
  let masked = '';
  for (const part of value.annotation) {
    if (part.text !== undefined) {
      original += part.text;
      masked += part.text;
      continue;
    }
    const markup = part.markup ?? '';
    const breaks = (part.interpretAs ?? '').replace(/[^\n]/g, '').slice(0, markup.length);
    original += markup;
    masked += breaks + ' '.repeat(markup.length - breaks.length);
  }
  return { original, masked };
}

/** ITS 2.0 localization-quality issue types, which LanguageTool clients use to colour matches. */
function issueType(f: Finding): string {
  const [dimension, subtype] = f.category.split('/');
  if (dimension === 'accuracy') return subtype === 'untranslated' ? 'untranslated' : 'mistranslation';
  if (dimension === 'fluency') return subtype === 'punctuation' ? 'typographical' : subtype === 'grammar' ? 'grammar' : 'style';
  if (dimension === 'style') return 'style';
  if (dimension === 'terminology') return 'terminology';
  if (dimension === 'locale-convention') return 'locale-violation';
  return 'uncategorized';
}

/** A category id in LanguageTool's manner (upper case, underscores): `style/calque` → `STYLE_CALQUE`. */
export function categoryId(category: string): string {
  return category.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** `style/calque` → `Calque` (LanguageTool's short messages are a word or two). */
function shortMessage(category: string): string {
  const sub = (category.split('/')[1] ?? category).replace(/-/g, ' ');
  return sub.charAt(0).toUpperCase() + sub.slice(1);
}

/** Characters of context on each side, as LanguageTool's default `contextSize`. */
const CONTEXT = 40;

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** LanguageTool's context: up to 40 code units each side, "..." where cut, line breaks as spaces. */
function context(text: string, start: number, end: number): { text: string; offset: number; length: number } {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  // Never cut a surrogate pair in half.
  if (from > 0 && isLow(text.charCodeAt(from))) from--;
  if (to < text.length && isLow(text.charCodeAt(to))) to++;
  const prefix = from > 0 ? '...' : '';
  const body = text.slice(from, to).replace(/[\r\n\u2028\u2029]/g, ' ');
  return { text: prefix + body + (to < text.length ? '...' : ''), offset: prefix.length + start - from, length: end - start };
}

export interface RuleDescriptions {
  get(id: string): string | undefined;
}

/** One calque finding as a LanguageTool match; extra calque fields sit under `calque`, which clients ignore. */
function toMatch(f: Finding, original: string, report: Report, descriptions: RuleDescriptions): Record<string, unknown> {
  const sentence = report.sentences.find((s) => s.span.start <= f.span.start && f.span.start < s.span.end);
  return {
    message: f.message,
    shortMessage: shortMessage(f.category),
    replacements: f.suggestions.map((value) => ({ value })),
    offset: f.span.start,
    length: f.span.end - f.span.start,
    context: context(original, f.span.start, f.span.end),
    sentence: sentence ? original.slice(sentence.span.start, sentence.span.end).trim() : '',
    type: { typeName: 'Other' },
    rule: {
      id: f.ruleId,
      description: descriptions.get(f.ruleId) ?? f.ruleId,
      issueType: issueType(f),
      category: { id: categoryId(f.category), name: f.category },
    },
    ignoreForIncompleteSentence: false,
    contextForSureMatch: 0,
    calque: { id: f.id, severity: f.severity, confidence: f.confidence, fixable: f.fixable === true },
  };
}

/** The whole `/v2/check` answer. `original` is the text LanguageTool's offsets count in. */
export function toLanguageToolResponse(
  report: Report,
  original: string,
  language: { name: string; code: string },
  descriptions: RuleDescriptions,
  disabledCategories: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const findings = report.findings.filter((f) => !disabledCategories.has(categoryId(f.category)));
  return {
    software: {
      name: 'calque',
      version: report.tool.version,
      buildDate: '',
      apiVersion: 1,
      premium: false,
      status: '',
    },
    warnings: { incompleteResults: false },
    language: { name: language.name, code: language.code, detectedLanguage: { name: language.name, code: language.code, confidence: 1 } },
    matches: findings.map((f) => toMatch(f, original, report, descriptions)),
  };
}

/** Splits LanguageTool's comma-separated lists (`enabledRules=A,B`). */
export function commaList(v: unknown): string[] {
  if (typeof v !== 'string') return [];
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

/**
 * Rule ids as clients send them: calque's own (`untranslated-acronym`) or in LanguageTool's style
 * (`UNTRANSLATED_ACRONYM`). Ids of LanguageTool's own rules, which clients send in their disabled
 * lists, match nothing and are ignored, as LanguageTool ignores unknown ids.
 */
export function knownRuleIds(requested: readonly string[], known: readonly string[]): string[] {
  const byKey = new Map(known.map((id) => [id.toLowerCase().replace(/_/g, '-'), id]));
  const out: string[] = [];
  for (const r of requested) {
    const id = byKey.get(r.toLowerCase().replace(/_/g, '-'));
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}
