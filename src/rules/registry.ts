/**
 * Every rule calque runs, in a fixed order (the order only matters for ties in sorting). To add a
 * rule: write `src/rules/<id>.ts` exporting a `Rule`, add `docs/rules/<id>.md`, and list it here.
 */
import type { Rule } from './types.js';
import { mtDisclaimer } from './mt-disclaimer.js';
// -- accuracy rules --
import { pronounGender } from './pronoun-gender.js';
// -- fluency and style rules --
// -- locale rules --
// -- scoring rules --

export const RULES: readonly Rule[] = [
  mtDisclaimer,
  // -- accuracy rules (list) --
  pronounGender,
  // -- fluency and style rules (list) --
  // -- locale rules (list) --
  // -- scoring rules (list) --
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
