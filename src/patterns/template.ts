/**
 * Messages and suggestions built from a match: `{n}` (or LanguageTool's `\n`) is the text of
 * element n (for a regexp pattern, group n), optionally transformed: `{n:lower}`, `{n:upper}`,
 * `{n:capitalise}`, `{n:plural}`, `{n:singular}` (the last word, through `pluralize`), `{n:article}`
 * ("a" or "an" for the text, through `indefinite`) and `{n:indefinite}` (article and text).
 */
import { createRequire } from 'node:module';

// Both packages are CommonJS, required on first use: most texts never call for a plural or an
// article, and loading them with every start cost the cold start about 25 ms.
const require = createRequire(import.meta.url);
let indefiniteFn: typeof import('indefinite').default | undefined;
let pluralizeLib: typeof import('pluralize') | undefined;

function indefinite(...args: Parameters<typeof import('indefinite').default>): string {
  indefiniteFn ??= require('indefinite') as typeof import('indefinite').default;
  return indefiniteFn(...args);
}

function pluralize(): typeof import('pluralize') {
  pluralizeLib ??= require('pluralize') as typeof import('pluralize');
  return pluralizeLib;
}

export const TRANSFORMS = ['lower', 'upper', 'capitalise', 'capitalize', 'plural', 'singular', 'article', 'indefinite'] as const;
export type Transform = (typeof TRANSFORMS)[number];

const REF = /\{(\d{1,2})(?::([a-z]+))?\}|\\(\d)/g;

/** Changes the last word of a phrase, keeping the case it was written in. */
function lastWord(text: string, f: (w: string) => string): string {
  const m = /([\p{L}'’-]+)([^\p{L}]*)$/u.exec(text);
  if (!m) return text;
  const word = m[1]!;
  let out = f(word.toLowerCase());
  if (word === word.toUpperCase() && word.length > 1) out = out.toUpperCase();
  else if (word[0] !== word[0]!.toLowerCase()) out = out[0]!.toUpperCase() + out.slice(1);
  return text.slice(0, m.index) + out + m[2]!;
}

function article(text: string): string {
  const word = text.trim();
  if (word === '') return '';
  return indefinite(word, { articleOnly: true }).toLowerCase();
}

/** "a" or "an" for a word, by its sound (through `indefinite`): "an hour", "a university". */
export const indefiniteArticle = article;

export function transform(text: string, how: string | undefined): string {
  switch (how) {
    case undefined:
      return text;
    case 'lower':
      return text.toLowerCase();
    case 'upper':
      return text.toUpperCase();
    case 'capitalise':
    case 'capitalize':
      return text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
    case 'plural':
      return lastWord(text, (w) => pluralize().plural(w));
    case 'singular':
      return lastWord(text, (w) => pluralize().singular(w));
    case 'article':
      return article(text);
    case 'indefinite':
      return text.trim() === '' ? text : `${article(text)} ${text}`;
    default:
      return text;
  }
}

/** Transforms a template names that do not exist, and the largest reference number used. */
export function templateProblems(template: string): { unknown: string[]; maxRef: number; minRef: number } {
  const unknown: string[] = [];
  let maxRef = 0;
  let minRef = Number.POSITIVE_INFINITY;
  for (const m of template.matchAll(REF)) {
    maxRef = Math.max(maxRef, Number(m[1] ?? m[3]));
    minRef = Math.min(minRef, Number(m[1] ?? m[3]));
    if (m[2] !== undefined && !(TRANSFORMS as readonly string[]).includes(m[2])) unknown.push(m[2]);
  }
  return { unknown, maxRef, minRef };
}

/** Fills a template from `part(n)`, the text of element (or group) n. */
export function fill(template: string, part: (n: number) => string): string {
  return template.replace(REF, (_all, n: string | undefined, how: string | undefined, bare: string | undefined) => transform(part(Number(n ?? bare)), how));
}

/**
 * A suggestion in the case of the text it replaces: a capital first letter when the span starts
 * with one, a lower-case one when it does not (unless the suggestion starts with an acronym).
 * Doubled spaces left by empty references collapse.
 */
export function matchCase(suggestion: string, replaced: string): string {
  let out = suggestion.replace(/ {2,}/g, ' ').trim();
  if (out === '') return out;
  const first = replaced[0] ?? '';
  // A capitalised word copied from inside the span keeps its capital: "the Indonesia" → "Indonesia".
  const lead = /^\S+/.exec(out)?.[0] ?? '';
  const copiedName = /^\p{Lu}/u.test(lead) && replaced.split(/\s+/).slice(1).includes(lead);
  if (first !== first.toLowerCase()) out = out[0]!.toUpperCase() + out.slice(1);
  else if (first !== first.toUpperCase() && !/^[A-Z]{2}/.test(out) && !copiedName) out = out[0]!.toLowerCase() + out.slice(1);
  return out;
}
