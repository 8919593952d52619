/**
 * The house glossary of a configuration: preferred spellings (`Kim Jong Un`, not `Kim Jong-un`) and
 * banned terms. Matches become findings of the pseudo-rule `house-glossary` (category
 * `terminology/house-style`). Patterns written by users are compiled once and must pass safe-regex2,
 * so a configuration cannot make calque hang on catastrophic backtracking.
 */
import safeRegex from 'safe-regex2';
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
  if (!safeRegex(re)) {
    throw new ConfigProblem(pointer, 'unsafe regular expression: nested or overlapping repetition can take exponential time; simplify it (e.g. no (a+)+)');
  }
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
 * Glossary findings over `text` (the masked text for Markdown/HTML: same offsets as the input).
 * `severity` overrides every entry's severity (from `rules: { "house-glossary": "major" }`).
 */
export function glossaryFindings(text: string, glossary: CompiledGlossary, severity?: Severity): Finding[] {
  if (glossary.entries.length === 0) return [];
  const build = findingBuilder(text);
  const out: Finding[] = [];
  for (const e of glossary.entries) {
    e.re.lastIndex = 0;
    for (const m of text.matchAll(e.re)) {
      if (m[0].length === 0) continue;
      if (e.term !== undefined && m[0] === e.term) continue;
      const f = build({
        ruleId: GLOSSARY_RULE_ID,
        category: 'terminology/house-style',
        severity: severity ?? e.severity,
        start: m.index!,
        end: m.index! + m[0].length,
        message: e.message(m[0]),
        suggestions: e.suggestion !== undefined ? [e.suggestion] : [],
        confidence: 1,
        fixable: e.fixable,
        ...(e.note !== undefined ? { note: e.note } : {}),
      });
      out.push(f);
    }
  }
  return out;
}
