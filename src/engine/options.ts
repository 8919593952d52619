/**
 * CheckOptions validation and rule selection. Invalid options throw CalqueError('invalid-option').
 */
import { CalqueError } from '../errors.js';
import { describeErrors, validatorFor } from '../lexicons/validate.js';
import type { CheckOptions, Severity, VerdictThresholds } from '../types.js';
import type { Rule } from '../rules/types.js';
import type { ActiveRule } from './run-rules.js';

export const DEFAULT_THRESHOLDS: VerdictThresholds = {
  passQuality: 90,
  failQuality: 60,
  reviewOn: 'major',
};

export function validateOptions(options: unknown): CheckOptions {
  if (options === undefined) return {};
  const v = validatorFor('check-options');
  if (!v(options)) {
    throw new CalqueError('invalid-option', `invalid options: ${describeErrors(v.errors).slice(0, 3).join('; ')}`);
  }
  return options as CheckOptions;
}

export function selectRules(all: readonly Rule[], options: CheckOptions): ActiveRule[] {
  const known = new Set(all.map((r) => r.meta.id));
  for (const id of [...Object.keys(options.rules ?? {}), ...(options.only ?? [])]) {
    if (!known.has(id)) throw new CalqueError('invalid-option', `unknown rule '${id}' (see \`calque rules\`)`);
  }
  const only = options.only ? new Set(options.only) : undefined;
  const active: ActiveRule[] = [];
  for (const rule of all) {
    if (only && !only.has(rule.meta.id)) continue;
    const setting = options.rules?.[rule.meta.id];
    let enabled = true;
    let severity: Severity = rule.meta.severity;
    if (setting === false) enabled = false;
    else if (setting === true || setting === undefined) enabled = true;
    else if (typeof setting === 'string') severity = setting;
    else if (typeof setting === 'object') {
      if (setting.enabled === false) enabled = false;
      if (setting.severity) severity = setting.severity;
    }
    if (enabled) active.push({ rule, severity });
  }
  return active;
}

export function thresholds(options: CheckOptions): VerdictThresholds {
  return { ...DEFAULT_THRESHOLDS, ...(options.thresholds ?? {}) };
}
