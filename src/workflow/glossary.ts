/**
 * The house glossary of a configuration: preferred spellings (`Kim Jong Un`, not `Kim Jong-un`) and
 * banned terms. Matches become findings of the pseudo-rule `house-glossary` (category
 * `terminology/house-style`). Patterns written by users are compiled once and must be proved safe by
 * the ReDoS checker recheck (src/lexicons/pattern-safety.ts), so a configuration cannot make calque
 * hang on catastrophic backtracking; and each pattern runs on one paragraph (line) at a time, at most
 * MAX_SCAN_WINDOW characters long, so the cost of a pattern is bounded even where a proof were wrong.
 */
import { provePatternSafe } from '../lexicons/pattern-safety.js';
import type { Finding, Severity } from '../types.js';
import { findingBuilder } from './findings.js';

export const GLOSSARY_RULE_ID = 'house-glossary';

export interface PreferredTerm {
  term: string;
  variants?: string[];
  pattern?: string;
  caseSensitive?: boolean;
  severity?: Severity;
  note?: string;
}

export interface BannedTerm {
  term?: string;
  pattern?: string;
  caseSensitive?: boolean;
  message?: string;
  suggestion?: string;
  fixable?: boolean;
  severity?: Severity;
  note?: string;
}

export interface GlossaryConfig {
  severity?: Severity;
  preferred?: PreferredTerm[];
  banned?: BannedTerm[];
}

interface CompiledEntry {
  re: RegExp;
  /** The house spelling (preferred) — a match equal to it is not flagged. */
  term?: string;
  message: (matched: string) => string;
  suggestion?: string;
  fixable: boolean;
  severity: Severity;
  note?: string;
}

export interface CompiledGlossary {
  entries: CompiledEntry[];
}

/** A problem in the configuration, located by JSON pointer. */
export class ConfigProblem extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigProblem';
  }
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

function escapeLiteral(s: string): string {
  // Any run of whitespace in a literal term matches any run of whitespace in the text.
  return s
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

function literalRegex(s: string, caseSensitive: boolean): RegExp {
  const edgeBefore = /^[\p{L}\p{N}]/u.test(s.trim()) ? NOT_WORD_BEFORE : '';
  const edgeAfter = /[\p{L}\p{N}]$/u.test(s.trim()) ? NOT_WORD_AFTER : '';
  return new RegExp(`${edgeBefore}${escapeLiteral(s)}${edgeAfter}`, caseSensitive ? 'gu' : 'giu');
}

/** Compiles a user pattern, refusing invalid, unsafe and empty-matching ones. */
export function compileUserPattern(pattern: string, caseSensitive: boolean, pointer: string): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(pattern, caseSensitive ? 'gu' : 'giu');
  } catch (err) {
    const why = (err as Error).message.replace(/^Invalid regular expression: /, '');
    throw new ConfigProblem(pointer, `not a valid regular expression (${why})`);
  }
  const verdict = provePatternSafe(re.source, re.flags);
  if (!verdict.safe) throw new ConfigProblem(pointer, verdict.reason);
  if (new RegExp(re.source, re.flags.replace('g', '')).test('')) {
    throw new ConfigProblem(pointer, 'the pattern matches the empty string');
  }
  return re;
}

export function compileGlossary(g: GlossaryConfig | undefined, base = '/glossary'): CompiledGlossary {
  const entries: CompiledEntry[] = [];
  if (!g) return { entries };
  const dflt = g.severity ?? 'minor';
  (g.preferred ?? []).forEach((p, i) => {
    const at = `${base}/preferred/${i}`;
    if (!p.variants && !p.pattern) throw new ConfigProblem(at, "needs 'variants' (the spellings to replace) or 'pattern'");
    const cs = p.caseSensitive ?? true;
    const regexes = (p.variants ?? []).map((v) => literalRegex(v, cs));
    if (p.pattern) regexes.push(compileUserPattern(p.pattern, cs, `${at}/pattern`));
    for (const re of regexes) {
      const e: CompiledEntry = {
        re,
        term: p.term,
        message: (m) => `house style: write "${p.term}", not "${m}"`,
        suggestion: p.term,
        fixable: true,
        severity: p.severity ?? dflt,
      };
      if (p.note !== undefined) e.note = p.note;
      entries.push(e);
    }
  });
  (g.banned ?? []).forEach((b, i) => {
    const at = `${base}/banned/${i}`;
    if (!b.term && !b.pattern) throw new ConfigProblem(at, "needs 'term' or 'pattern'");
    if (b.fixable && b.suggestion === undefined) throw new ConfigProblem(`${at}/fixable`, "'fixable' needs a 'suggestion' to apply");
    const cs = b.caseSensitive ?? false;
    const re = b.pattern ? compileUserPattern(b.pattern, cs, `${at}/pattern`) : literalRegex(b.term!, cs);
    const e: CompiledEntry = {
      re,
      message: (m) => b.message ?? `"${m}" is on the house list of terms not to use`,
      fixable: b.fixable === true,
      severity: b.severity ?? dflt,
    };
    if (b.suggestion !== undefined) e.suggestion = b.suggestion;
    if (b.note !== undefined) e.note = b.note;
    entries.push(e);
  });
  return { entries };
}

/**
 * The longest piece of text one glossary pattern runs on. A paragraph (line) is the natural unit —
 * a house-style term never runs across paragraphs — and one longer than this (not news copy: a
 * whole file on one line) is cut at a space before the limit. Even a pattern whose proof were wrong
 * then costs at most its worst case on this many characters per piece, not on the whole input.
 */
export const MAX_SCAN_WINDOW = 20_000;

/** [start, end) pieces of `text`: its lines, long lines cut at a space (or, failing that, anywhere). */
export function scanWindows(text: string, max = MAX_SCAN_WINDOW): [number, number][] {
  const out: [number, number][] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let from = lineStart;
    while (lineEnd - from > max) {
      const space = text.lastIndexOf(' ', from + max);
      const cut = space > from ? space + 1 : from + max;
      out.push([from, cut]);
      from = cut;
    }
    if (lineEnd > from) out.push([from, lineEnd]);
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * Glossary findings over `text` (the masked text for Markdown/HTML: same offsets as the input).
 * `severity` overrides every entry's severity (from `rules: { "house-glossary": "major" }`).
 * Each pattern runs on one piece of `scanWindows(text)` at a time, so `^` and `$` are the start and
 * end of a paragraph.
 */
export function glossaryFindings(text: string, glossary: CompiledGlossary, severity?: Severity): Finding[] {
  if (glossary.entries.length === 0) return [];
  const build = findingBuilder(text);
  const pieces = scanWindows(text).map(([start, end]) => ({ start, text: text.slice(start, end) }));
  const out: Finding[] = [];
  for (const e of glossary.entries) {
    for (const piece of pieces) {
      e.re.lastIndex = 0;
      for (const m of piece.text.matchAll(e.re)) {
        if (m[0].length === 0) continue;
        if (e.term !== undefined && m[0] === e.term) continue;
        const start = piece.start + m.index;
        const f = build({
          ruleId: GLOSSARY_RULE_ID,
          category: 'terminology/house-style',
          severity: severity ?? e.severity,
          start,
          end: start + m[0].length,
          message: e.message(m[0]),
          suggestions: e.suggestion !== undefined ? [e.suggestion] : [],
          confidence: 1,
          fixable: e.fixable,
          ...(e.note !== undefined ? { note: e.note } : {}),
        });
        out.push(f);
      }
    }
  }
  return out;
}
