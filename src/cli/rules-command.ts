/** `calque rules`: every rule with its default severity and category, then the workflow's own checks. */
import { RULES } from '../rules/registry.js';
import type { Severity } from '../types.js';
import { EXIT, type Io } from './io.js';
import { textTable } from './text-table.js';

/** The workflow's own checks (src/workflow), which are not in the rule registry: id, severity, category, description. */
export const WORKFLOW_CHECKS: readonly [string, Severity, string, string][] = [
  ['house-glossary', 'minor', 'terminology/house-style', 'house spellings and banned terms from calque.config.json (glossary)'],
  ['reference-spelling', 'info', 'terminology/inconsistent', 'with --ref: a name spelled differently from every reference'],
  ['reference-mismatch', 'minor', 'accuracy/reference', 'with --ref: a number or date that disagrees with a reference in the same context'],
  ['reference-unsupported', 'info', 'accuracy/reference', 'with --ref: a name no reference mentions'],
];

export function runRulesList(io: Io): number {
  const rows = RULES.map((r) => [r.meta.id, r.meta.severity, r.meta.category, r.meta.description]);
  io.stdout(textTable(['rule', 'severity', 'category', 'description'], rows, ''));
  io.stdout(`\nworkflow checks (configurable like rules):\n${textTable(['rule', 'severity', 'category', 'description'], WORKFLOW_CHECKS.map((w) => [...w]), '')}`);
  return EXIT.pass;
}
