/**
 * Pattern rules as data (data/patterns/<rule>.json, schema data/schemas/patterns.schema.json). These
 * types mirror the schema; docs/patterns.md explains each field with examples.
 */
import type { Category, Severity } from '../types.js';

/** One value or a list of alternatives. */
export type Strings = string | string[];

export type InQuotes = 'flag' | 'note' | 'skip';

/** What one token must be; every property given must hold. */
export interface TokenCondition {
  text?: Strings;
  lower?: Strings;
  lemma?: Strings;
  pos?: Strings;
  regex?: string;
  regexCase?: boolean;
  lexicon?: string;
  case?: 'lower' | 'upper' | 'title';
  number?: boolean;
  anyOf?: TokenCondition[];
  not?: TokenCondition;
}

/** One position of a token sequence. */
export interface PatternElement extends TokenCondition {
  /** Fewest tokens (default 1). */
  min?: number;
  /** Most tokens (default: min, or 1). */
  max?: number;
  /** The finding's span covers this element. */
  mark?: boolean;
  /** A token meeting any of these does not match the element. */
  except?: TokenCondition[];
}

export interface PatternExample {
  text: string;
  /** The exact text the finding covers. */
  flag?: string;
  /** The text after the first suggestion is applied. */
  fixed?: string;
}

export interface PatternSpec {
  id: string;
  tokens?: PatternElement[];
  regexp?: string;
  scope?: 'sentence' | 'paragraph';
  caseSensitive?: boolean;
  sentenceStart?: boolean;
  sentenceEnd?: boolean;
  /** Only in a sentence that ends with . ! or ?: headlines and captions drop articles legitimately. */
  prose?: boolean;
  /** The pattern runs only when the document has one of these words (lower case). */
  documentHas?: Strings;
  /** The pattern runs only when the document has none of these words. */
  documentLacks?: Strings;
  antipatterns?: PatternElement[][];
  inQuotes?: InQuotes;
  category?: Category;
  severity?: Severity;
  confidence?: number;
  source?: string;
  message: string;
  short?: string;
  suggestions?: string[];
  fixable?: boolean;
  note?: string;
  examples: { flag: PatternExample[]; pass: string[] };
}

export interface PatternFamily {
  rule: string;
  category: Category;
  severity: Severity;
  description: string;
  inQuotes?: InQuotes;
  /** Rules whose overlapping findings already report the same artifact. */
  yieldsTo?: string[];
  /** Named word lists a pattern's `documentHas` / `documentLacks` names as `@name` (one list, many patterns). */
  wordLists?: Record<string, string[]>;
  examples: {
    invalid: { text: string; flags: string[]; suggestion?: string }[];
    valid: string[];
  };
  patterns: PatternSpec[];
}
