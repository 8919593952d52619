/**
 * Publisher notices that a text was machine translated, found from the patterns in
 * `data/lexicons/mt-notices.json`.
 *
 * A notice is whole sentences, never more: a sentence that matches a notice pattern, together with
 * the sentences next to it in the same paragraph that match a continuation pattern ("Translation
 * errors may occur.", "Editor: Rina."). Everything else in the paragraph is the article and is
 * checked and scored. (Notices used to run to the end of their paragraph, so "This article was
 * machine translated. <the whole article on one line>" hid the article from every rule and from
 * scoring.) A sentence longer than MAX_NOTICE_WORDS is never notice: real notices are a line or two,
 * and a run-on "sentence" that only mentions machine translation somewhere is prose.
 */
import { LiteralFilter, requiredLiterals } from '../engine/literals.js';
import { loadLexicon } from '../lexicons/load.js';
import type { Sentence, Token } from './types.js';

interface NoticeEntry {
  pattern: string;
  example: string;
  /** True: the sentence is notice only next to a notice sentence in the same paragraph. */
  continues?: boolean;
  note?: string;
}

export interface MtNotice {
  start: number;
  end: number;
  mentionsIndonesian: boolean;
}

/** Words (word and number tokens) above which a sentence is prose, whatever it mentions. */
export const MAX_NOTICE_WORDS = 40;

interface Compiled {
  re: RegExp;
  continues: boolean;
}

let compiled: Compiled[] | undefined;
/** Which patterns can match a text at all (src/engine/literals.ts), built for `compiled`. */
let filter: { of: Compiled[]; filter: LiteralFilter } | undefined;
const INDONESIAN = /\b(?:Indonesian?|Bahasa Indonesia)\b/i;

function compiledPatterns(): Compiled[] {
  compiled ??= loadLexicon<NoticeEntry>('mt-notices').entries.map((e) => ({ re: new RegExp(e.pattern, 'i'), continues: e.continues === true }));
  return compiled;
}

/** Every notice pattern (the main ones and the continuations), as case-insensitive RegExps. */
export function noticePatterns(): RegExp[] {
  return compiledPatterns().map((c) => c.re);
}

/** The patterns that can match somewhere in `text` (nearly always none: most articles carry no notice). */
function candidatePatterns(text: string): Compiled[] {
  const all = compiledPatterns();
  if (filter?.of !== all) {
    filter = { of: all, filter: new LiteralFilter(all.map((c) => ({ literals: requiredLiterals(c.re.source, c.re.flags), caseSensitive: !c.re.ignoreCase }))) };
  }
  const possible = filter.filter.test(text);
  return all.filter((_, k) => possible[k]);
}

function wordsIn(tokens: readonly Token[], s: Sentence): number {
  let n = 0;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const type = tokens[t]!.type;
    if (type === 'word' || type === 'number') n++;
  }
  return n;
}

/** 0: not notice; 1: a continuation, notice only next to a notice sentence; 2: a notice sentence. */
type Kind = 0 | 1 | 2;

function kindOf(text: string, tokens: readonly Token[], s: Sentence, main: readonly RegExp[], continuations: readonly RegExp[]): Kind {
  if (wordsIn(tokens, s) > MAX_NOTICE_WORDS) return 0;
  const sentenceText = text.slice(s.start, s.end);
  if (main.some((re) => re.test(sentenceText))) return 2;
  if (continuations.some((re) => re.test(sentenceText))) return 1;
  return 0;
}

/**
 * The notices of a text, sorted and disjoint; each starts at a sentence's start and ends at a
 * sentence's end. Linear in the number of sentences.
 */
export function findMtNotices(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): MtNotice[] {
  const candidates = candidatePatterns(text);
  const out: MtNotice[] = [];
  const main = candidates.filter((c) => !c.continues).map((c) => c.re);
  if (main.length === 0) return out;
  const continuations = candidates.filter((c) => c.continues).map((c) => c.re);
  const kinds = sentences.map((s) => kindOf(text, tokens, s, main, continuations));
  // A continuation joins a notice sentence it touches in its paragraph, directly or through other
  // continuations: one pass forward and one back settle every chain.
  const sameParagraph = (a: number, b: number): boolean => sentences[a]!.paragraph === sentences[b]!.paragraph;
  for (let k = 1; k < kinds.length; k++) if (kinds[k] === 1 && kinds[k - 1] === 2 && sameParagraph(k, k - 1)) kinds[k] = 2;
  for (let k = kinds.length - 2; k >= 0; k--) if (kinds[k] === 1 && kinds[k + 1] === 2 && sameParagraph(k, k + 1)) kinds[k] = 2;

  for (let k = 0; k < sentences.length; k++) {
    if (kinds[k] !== 2) continue;
    const s = sentences[k]!;
    const last = out[out.length - 1];
    // Consecutive notice sentences of one paragraph are one notice.
    if (last && k > 0 && kinds[k - 1] === 2 && sameParagraph(k, k - 1)) {
      last.end = s.end;
      last.mentionsIndonesian ||= INDONESIAN.test(text.slice(s.start, s.end));
    } else {
      out.push({ start: s.start, end: s.end, mentionsIndonesian: INDONESIAN.test(text.slice(s.start, s.end)) });
    }
  }
  return out;
}

/**
 * True when a whole line (masked Markdown) is a notice: it matches a notice pattern and is short
 * enough to be one. Markdown joins a line to the next unless a blank line separates them, so the
 * Markdown reader asks this to keep a notice line its own paragraph.
 */
export function isNoticeLine(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words === 0 || words > MAX_NOTICE_WORDS) return false;
  return candidatePatterns(line).some((c) => !c.continues && c.re.test(line));
}
