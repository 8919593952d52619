/**
 * calque: catch Indonesian-to-English machine-translation artifacts in English news text.
 *
 *   import { check } from 'calque';
 *   const report = check(text);
 */
export { check, SCHEMA_VERSION } from './check.js';
export { checkHtml, checkMarkdown } from './check-markup.js';
export { CalqueError } from './errors.js';
export { RULES, ruleById } from './rules/registry.js';
export { reportSchema } from './report/schema.js';
export { analyse, type AnalyseOptions } from './analysis/analyse.js';
export type * from './types.js';
export { SEVERITIES } from './types.js';
export type { Rule, RuleMeta, FindingDraft, InvalidExample } from './rules/types.js';
export type { AnalysedDocument, Token, Sentence, Paragraph, NameMention, EntityMention, QuoteSpan } from './analysis/types.js';
export * from './report/index.js';
export { withExtraPatterns } from './patterns/load.js';
export { withExtraEntries } from './lexicons/extra.js';
export type { PatternFamily, PatternSpec, PatternElement, TokenCondition, PatternExample } from './patterns/types.js';
