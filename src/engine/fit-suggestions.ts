/**
 * Fits a finding's suggestions to the words around its span, so that applying the first one
 * (`--fix`) writes English. A rule builds a replacement for its span alone; the sentence around it
 * can still make the result wrong:
 *  - an article before the span that no longer fits ("a Tanggap Darurat status" → "a Emergency
 *    Response status"): the span takes in the article and every suggestion gets its own ("an
 *    Emergency Response");
 *  - a wrong a/an inside a suggestion built from a template ("In an upload" → "In an post");
 *  - a lower-case suggestion at the start of a sentence ("Menhan Sjafrie said" → "defence minister
 *    Sjafrie said");
 *  - a function word doubled at the join ("the [Belanda]" → "the the Netherlands") or a punctuation
 *    mark doubled (", head of the agency,,").
 * Nothing else changes: a suggestion that fits stays as the rule wrote it.
 */
import { spanCovering } from '../analysis/analyse.js';
import type { AnalysedDocument } from '../analysis/types.js';
import type { FindingDraft } from '../rules/types.js';
import { articleFor } from '../rules/article-a-an.js';

/** The article a word takes, or undefined when unsure. Acronyms go by the name of their first letter. */
function articleOf(word: string): 'a' | 'an' | undefined {
  // Acronyms and codes ("KPK", "MoU", "F-16") are read letter by letter.
  if (/^[A-Z]{2,}s?$/.test(word) || /^[A-Z][a-z]?[A-Z]/.test(word) || /^[A-Z]-?\d/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  if (!/^\p{L}/u.test(word)) return undefined;
  return articleFor(word.toLowerCase());
}

function withCase(article: 'a' | 'an', like: string): string {
  return like[0] === like[0]!.toUpperCase() ? article[0]!.toUpperCase() + article.slice(1) : article;
}

/** Corrects "a"/"an" before each word inside a suggestion, unless the span itself had that pair. */
function articlesInside(s: string, replaced: string): string {
  return s.replace(/\b(a|an|A|An) ([\p{L}][\p{L}\p{N}'’-]*)/gu, (all, art: string, word: string) => {
    if (replaced.includes(all)) return all;
    const want = articleOf(word);
    return want === undefined || want === art.toLowerCase() ? all : `${withCase(want, art)} ${word}`;
  });
}

const JOIN_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'by', 'with', 'from']);

export function fitSuggestions(doc: AnalysedDocument, d: FindingDraft): FindingDraft {
  const suggestions = d.suggestions;
  if (!suggestions || suggestions.length === 0) return d;
  const text = doc.text;
  const replaced = text.slice(d.start, d.end);
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  const after = text.slice(d.end, d.end + 40);
  const prevWord = /(?:^|[^\p{L}])(\p{L}+) $/u.exec(before)?.[1];
  const nextWord = /^ (\p{L}+)/u.exec(after)?.[1];
  // The span opens its sentence when only quotes, dashes or spaces stand between the two.
  const sentence = spanCovering(doc.sentences, d.start);
  const opens = sentence !== undefined && /^[\s"“‘'(\-–—]*$/.test(text.slice(sentence.start, d.start));
  let out = suggestions.map((s) => {
    // A span that holds its own article ("a MoU" → "an MoU") was judged by its rule: left alone.
    let x = /^(?:a|an)\s/i.test(replaced) ? s : articlesInside(s, replaced);
    if (x === '') return x;
    if (prevWord && JOIN_WORDS.has(prevWord.toLowerCase())) {
      const m = /^(\p{L}+) /u.exec(x);
      if (m && m[1]!.toLowerCase() === prevWord.toLowerCase() && !replaced.toLowerCase().startsWith(`${prevWord.toLowerCase()} `)) x = x.slice(m[0].length);
    }
    // A word doubled at the join: a function word, or the head noun the text repeats ("KUA Office").
    if (nextWord) {
      const m = / (\p{L}+)$/u.exec(x);
      if (m && m[1]!.toLowerCase() === nextWord.toLowerCase() && !replaced.toLowerCase().endsWith(` ${nextWord.toLowerCase()}`)) x = x.slice(0, -m[0].length);
    }
    if (/^[,.;:]/.test(after) && /[,;:]$/.test(x) && !/[,;:]$/.test(replaced)) x = x.slice(0, -1);
    if (opens && /^\p{Lu}/u.test(replaced) && /^\p{Ll}/u.test(x)) x = x[0]!.toUpperCase() + x.slice(1);
    return x;
  });
  let start = d.start;
  // "a Tanggap Darurat" → "an Emergency Response": the article joins the span when the first
  // suggestion needs the other one (and the article fitted the words it stood before).
  const art = /(?:^|[^\p{L}])(a|an|A|An) $/u.exec(before);
  const first = /^[\p{L}][\p{L}\p{N}'’-]*/u.exec(out[0] ?? '')?.[0];
  const firstReplaced = /^[\p{L}][\p{L}\p{N}'’-]*/u.exec(replaced)?.[0];
  if (art && first && firstReplaced && !/^(?:a|an|the)$/i.test(first)) {
    const had = art[1]!;
    const want = articleOf(first);
    if (want !== undefined && want !== had.toLowerCase() && articleOf(firstReplaced) === had.toLowerCase()) {
      start = d.start - had.length - 1;
      out = out.map((s) => {
        const w = /^[\p{L}][\p{L}\p{N}'’-]*/u.exec(s)?.[0];
        const a = w === undefined ? undefined : articleOf(w);
        return s === '' || /^(?:a|an|the) /i.test(s) ? s : `${withCase(a ?? (had.toLowerCase() as 'a' | 'an'), had)} ${s}`;
      });
    }
  }
  const same = start === d.start && out.every((s, i) => s === suggestions[i]);
  return same ? d : { ...d, start, suggestions: out };
}
