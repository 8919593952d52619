/**
 * Check settings for one request: the server's configuration (calque.config.json, read once at
 * start) narrowed by the request's disabled rules or `only` list. Mirrors `calque report`'s
 * --disable/--only, so the server and the command line agree on what a rule list means.
 */
import { RULES } from '../rules/registry.js';
import { checkOptionsFrom, WORKFLOW_RULE_IDS, workflowRuleSetting, type CalqueConfig } from '../workflow/config.js';
import type { RuleSwitch, WorkflowSettings } from '../workflow/pipeline.js';

/** Every id a request may name: the rules and the workflow's pseudo-rules (house glossary, references). */
export const RULE_IDS: readonly string[] = [...RULES.map((r) => r.meta.id), ...WORKFLOW_RULE_IDS];

/** What varies per request; the rest of WorkflowSettings (glossary, extra lexicons) is fixed at start. */
export type RequestSettings = Pick<WorkflowSettings, 'checkOptions' | 'workflowRules'>;

export interface RuleChoice {
  disable: readonly string[];
  only: readonly string[];
}

/** Ids must already be known (RULE_IDS); unknown ones are dropped by the callers with a reason. */
export function requestSettings(config: CalqueConfig | undefined, choice: RuleChoice): RequestSettings {
  const rules = { ...(config?.rules ?? {}) };
  for (const id of choice.disable) rules[id] = false;
  const only = choice.only.length > 0 ? [...choice.only] : (config?.only ?? []);
  const workflowRules: Record<string, RuleSwitch> = {};
  for (const id of WORKFLOW_RULE_IDS) {
    const s = workflowRuleSetting(rules, id);
    workflowRules[id] = only.length > 0 && !only.includes(id) ? { enabled: false } : s;
  }
  return { checkOptions: checkOptionsFrom(config, { disable: [...choice.disable], only: [...choice.only] }), workflowRules };
}

/** The part of the settings every request shares (structured-cloneable: sent to each worker once). */
export function baseSettings(config: CalqueConfig | undefined): WorkflowSettings {
  const settings: WorkflowSettings = { ...requestSettings(config, { disable: [], only: [] }) };
  if (config?.glossary) settings.glossary = config.glossary;
  if (config?.lexicons) settings.lexicons = config.lexicons;
  return settings;
}
