/**
 * The rule API, in the manner of ESLint: a rule is `meta` plus a pure function of the analysed
 * document. The engine turns the drafts a rule returns into full findings (line, column, text, id)
 * and applies the caller's severity overrides.
 */
import type { AnalysedDocument } from '../analysis/types.js';
import type { Category, Severity } from '../types.js';

export interface InvalidExample {
  /** A sentence or short text the rule must flag. */
  text: string;
  /** Exact substrings (of `text`) the rule must flag, each as one finding's text. */
  flags: string[];
  /** When given, the first suggestion of the first finding must equal this. */
  suggestion?: string;
}

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** One line: what the rule catches. */
  description: string;
  /**
   * Rules whose overlapping findings already report the same artifact: a finding of this rule that
   * overlaps one of theirs is dropped, so one artifact is not penalised twice.
   */
  yieldsTo?: string[];
  /**
   * Rules whose findings report a whole passage this rule's words may sit in: a finding of this rule
   * that lies wholly inside one of theirs is dropped (a word of a sentence left in Indonesian), while
   * one that only touches the passage's edge still stands, since part of it is outside what they report.
   */
  yieldsWithin?: string[];
  /** Examples run by the tests (RuleTester). Use your own sentences, never the seed articles'. */
  examples: {
    invalid: InvalidExample[];
    /** Texts on which the rule must stay silent. */
    valid: string[];
  };
}

/** What a rule reports; the engine completes it into a `Finding`. */
export interface FindingDraft {
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
  /** 0..1; defaults to 0.8. */
  confidence?: number;
  /** Overrides the rule's default severity for this finding (e.g. a weaker case as `info`). */
  severity?: Severity;
  /** Overrides the rule's category for this finding. */
  category?: Category;
  note?: string;
  /** The first suggestion can be applied automatically (used by `--fix`). */
  fixable?: boolean;
  /** A pattern family's pattern id, kept out of the message (readers need not see it). */
  patternId?: string;
}

export interface Rule {
  meta: RuleMeta;
  run(doc: AnalysedDocument): FindingDraft[];
}
