/**
 * `calque.config.json`: found upward from the working directory (or given with `--config`),
 * validated with ajv against data/schemas/config.schema.json, then checked for what a schema cannot
 * say (rule ids that exist, lexicon names, regular expressions that compile and are safe). Every
 * problem becomes one line naming the file and the JSON path: `calque.config.json:
 * /rules/pronoun-gender/severity: must be one of critical, major, minor, info`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { CalqueError } from '../errors.js';
import { extraEntryProblems } from '../lexicons/extra.js';
import { extraPatternProblems } from '../patterns/load.js';
import { validatorFor } from '../lexicons/validate.js';
import { RULES } from '../rules/registry.js';
import type { CheckOptions, PenaltyWeights, RuleSetting, Severity, VerdictThresholds } from '../types.js';
import { compileGlossary, compileUserPattern, ConfigProblem, GLOSSARY_RULE_ID, type GlossaryConfig } from './glossary.js';
import { REFERENCE_RULE_IDS } from './references.js';

export const CONFIG_FILE = 'calque.config.json';

/** Ids that are not registry rules but can be configured like them (findings added by the workflow). */
export const WORKFLOW_RULE_IDS: readonly string[] = [GLOSSARY_RULE_ID, ...REFERENCE_RULE_IDS];

export interface CalqueConfig {
  rules?: Record<string, RuleSetting | boolean | Severity>;
  only?: string[];
  thresholds?: Partial<VerdictThresholds>;
  penalties?: PenaltyWeights;
  minConfidence?: number;
  inputFormat?: 'auto' | 'text' | 'markdown' | 'html';
  gate?: { failOn?: Severity; minQuality?: number };
  glossary?: GlossaryConfig;
  lexicons?: Record<string, unknown[]>;
  /** Extra pattern rules, by pattern family (a rule id such as calque-phrase). */
  patterns?: Record<string, unknown[]>;
}

export interface LoadedConfig {
  /** Path as shown in messages (relative to the working directory when inside it). */
  label: string;
  config: CalqueConfig;
}

/** Nearest `calque.config.json` in `cwd` or a parent directory. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function fail(label: string, pointer: string, message: string): never {
  throw new CalqueError('invalid-config', `${label}: ${pointer === '' ? '(root)' : pointer}: ${message}`);
}

/** One readable message for one ajv error. */
function explain(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'enum':
      return `must be one of ${(p['allowedValues'] as unknown[]).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p['allowedValue'])}`;
    case 'additionalProperties':
      return `unknown property '${String(p['additionalProperty'])}'`;
    case 'required':
      return `missing required property '${String(p['missingProperty'])}'`;
    case 'type':
      if (/^\/rules\/[^/]+$/.test(e.instancePath)) return 'must be true, false, a severity (critical, major, minor, info) or { "enabled": …, "severity": … }';
      return `must be ${String(p['type'])}`;
    case 'propertyNames':
      return `property name '${String(p['propertyName'])}' is invalid`;
    case 'pattern':
      return `must match ${String(p['pattern'])}`;
    default:
      return e.message ?? 'is invalid';
  }
}

function firstSchemaProblem(errors: ErrorObject[]): { pointer: string; message: string; more: number } {
  // if/then/else and propertyNames wrappers repeat a more specific error; skip them.
  const useful = errors.filter((e) => e.keyword !== 'if');
  const pick = useful.find((e) => e.keyword !== 'propertyNames') ?? useful[0] ?? errors[0]!;
  const pointer = pick.keyword === 'propertyNames' ? `${pick.instancePath}/${String((pick.params as Record<string, unknown>)['propertyName'] ?? '')}` : pick.instancePath;
  return { pointer, message: explain(pick), more: useful.length - 1 };
}

/** Offset in a JSON.parse error message → line and column. */
function jsonErrorWhere(text: string, err: Error): string {
  const m = /position (\d+)/.exec(err.message);
  if (!m) return '';
  const pos = Number(m[1]);
  const before = text.slice(0, pos).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/** Checks a parsed configuration; throws CalqueError('invalid-config') naming the first problem. */
export function validateConfig(value: unknown, label: string): CalqueConfig {
  // config.schema.json refers to check-options.schema.json (thresholds): register it first.
  validatorFor('check-options');
  const v = validatorFor('config');
  if (!v(value)) {
    const { pointer, message, more } = firstSchemaProblem(v.errors ?? []);
    fail(label, pointer, more > 0 ? `${message} (and ${more} more problem${more === 1 ? '' : 's'})` : message);
  }
  const config = value as CalqueConfig;
  const known = new Set([...RULES.map((r) => r.meta.id), ...WORKFLOW_RULE_IDS]);
  for (const id of Object.keys(config.rules ?? {})) {
    if (!known.has(id)) fail(label, `/rules/${id}`, `unknown rule '${id}' (see \`calque rules\`)`);
  }
  for (const id of Object.keys(config.penalties?.rules ?? {})) {
    if (!known.has(id)) fail(label, `/penalties/rules/${id}`, `unknown rule '${id}' (see \`calque rules\`)`);
  }
  (config.only ?? []).forEach((id, i) => {
    if (!known.has(id)) fail(label, `/only/${i}`, `unknown rule '${id}' (see \`calque rules\`)`);
  });
  const t = config.thresholds;
  if (t?.passQuality !== undefined && t.failQuality !== undefined && t.failQuality > t.passQuality) {
    fail(label, '/thresholds/failQuality', `must not be above passQuality (${t.passQuality})`);
  }
  try {
    compileGlossary(config.glossary);
  } catch (err) {
    if (err instanceof ConfigProblem) fail(label, err.pointer, err.message);
    throw err;
  }
  for (const [name, entries] of Object.entries(config.lexicons ?? {})) {
    const problems = extraEntryProblems(name, entries);
    if (problems.length > 0) {
      const [first] = problems;
      const sep = first!.indexOf(': ');
      fail(label, `/lexicons/${name}${first!.slice(0, sep)}`, first!.slice(sep + 2));
    }
    // Lexicon fields named `pattern` are regular expressions: they must be safe too.
    entries.forEach((entry, i) => {
      const pattern = (entry as Record<string, unknown>)['pattern'];
      if (typeof pattern !== 'string') return;
      try {
        compileUserPattern(pattern, false, `/lexicons/${name}/${i}/pattern`);
      } catch (err) {
        if (err instanceof ConfigProblem) fail(label, err.pointer, err.message);
        throw err;
      }
    });
  }
  for (const [rule, patterns] of Object.entries(config.patterns ?? {})) {
    // Validated with the patterns schema and compiled: regular expressions pass the same safety check.
    const [first] = extraPatternProblems(rule, patterns);
    if (first !== undefined) {
      const sep = first.indexOf(': ');
      fail(label, `/patterns/${rule}${first.slice(0, sep)}`, first.slice(sep + 2));
    }
  }
  return config;
}

/** Reads and validates a configuration file. */
export function loadConfigFile(path: string, cwd: string = process.cwd()): LoadedConfig {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  const label = rel !== '' && !rel.startsWith('..') ? rel : abs;
  let text: string;
  try {
    if (statSync(abs).isDirectory()) throw new CalqueError('invalid-config', `${label}: is a directory, not a configuration file`);
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    if (err instanceof CalqueError) throw err;
    throw new CalqueError('invalid-config', `${label}: no such configuration file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = (err as Error).message.split('\n')[0]!.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*$/, '');
    throw new CalqueError('invalid-config', `${label}: not valid JSON (${why})${jsonErrorWhere(text, err as Error)}`);
  }
  return { label, config: validateConfig(value, label) };
}

/** The configuration to use: `--config` when given, else the nearest file upward, else none. */
export function resolveConfig(explicit: string | undefined, cwd: string, disabled = false): LoadedConfig | undefined {
  if (explicit !== undefined) return loadConfigFile(explicit, cwd);
  if (disabled) return undefined;
  const found = findConfigFile(cwd);
  return found ? loadConfigFile(found, cwd) : undefined;
}

/** A workflow pseudo-rule's setting: undefined = default; false = off; else a severity override. */
export function workflowRuleSetting(rules: CheckOptions['rules'], id: string): { enabled: boolean; severity?: Severity } {
  const s = rules?.[id];
  if (s === undefined || s === true) return { enabled: true };
  if (s === false) return { enabled: false };
  if (typeof s === 'string') return { enabled: true, severity: s };
  const out: { enabled: boolean; severity?: Severity } = { enabled: s.enabled !== false };
  if (s.severity) out.severity = s.severity;
  return out;
}

/** check() options from a configuration plus command-line overrides; workflow pseudo-rules removed. */
export function checkOptionsFrom(config: CalqueConfig | undefined, cli: { disable: string[]; only: string[] }): CheckOptions {
  const rules: Record<string, RuleSetting | boolean | Severity> = { ...(config?.rules ?? {}) };
  for (const id of cli.disable) rules[id] = false;
  const pseudo = new Set(WORKFLOW_RULE_IDS);
  for (const id of Object.keys(rules)) if (pseudo.has(id)) delete rules[id];
  const only = (cli.only.length > 0 ? cli.only : config?.only ?? []).filter((id) => !pseudo.has(id));
  const opts: CheckOptions = { rules };
  if (only.length > 0) opts.only = only;
  if (config?.thresholds) opts.thresholds = config.thresholds;
  if (config?.minConfidence !== undefined) opts.minConfidence = config.minConfidence;
  if (config?.penalties) opts.penalties = config.penalties;
  return opts;
}
