/** `calque rules`: every rule with its default severity and category, then the workflow's own checks. */
import { RULES } from '../rules/registry.js';
import { EXIT, type Io } from './io.js';
import { textTable } from './text-table.js';

const WORKFLOW: [string, string, string, string][] = [
  ['house-glossary', 'minor', 'terminology/house-style', 'house spellings and banned terms from calque.config.json (glossary)'],
  ['reference-spelling', 'info', 'terminology/inconsistent', 'with --ref: a name spelled differently from every reference'],
  ['reference-mismatch', 'minor', 'accuracy/reference', 'with --ref: a number or date that disagrees with a reference in the same context'],
  ['reference-unsupported', 'info', 'accuracy/reference', 'with --ref: a name no reference mentions'],
];

export function runRulesList(io: Io): number {
  const rows = RULES.map((r) => [r.meta.id, r.meta.severity, r.meta.category, r.meta.description]);
  io.stdout(textTable(['rule', 'severity', 'category', 'description'], rows, ''));
  io.stdout(`\nworkflow checks (configurable like rules):\n${textTable(['rule', 'severity', 'category', 'description'], WORKFLOW, '')}`);
  return EXIT.pass;
}
