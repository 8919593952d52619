/**
 * JSON Schema validation with ajv (draft 2020-12). Each schema's validator is built once: normally
 * the standalone module that `npm run build` pre-compiled from it (scripts/build-validators.ts), which
 * spares every cold start the 100-140 ms of compiling schemas; ajv itself is loaded and compiles the
 * schema only when that module is missing or was built from a different schema text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv2020, Options } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { CalqueError } from '../errors.js';
import { dataPath, packageRoot } from './package-root.js';

/** The ajv options of every validator, pre-built or compiled here. */
export const AJV_OPTIONS: Readonly<Options> = { allErrors: true, strict: true };

const require = createRequire(import.meta.url);
let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();
const origins = new Map<string, 'pre-built' | 'compiled'>();

/**
 * An ajv instance holding every shipped schema, so a schema's `$ref` to another file (config to
 * check-options) resolves whichever is compiled first. ajv is loaded only here, on first need.
 */
export function schemaAjv(extra: Options = {}): Ajv2020 {
  const { Ajv2020: AjvClass } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const instance = new AjvClass({ ...AJV_OPTIONS, ...extra });
  for (const name of schemaNames()) instance.addSchema(readSchema(name), name);
  return instance;
}

/** Names of the schemas in data/schemas/ (`config` for config.schema.json), sorted. */
export function schemaNames(): string[] {
  return readdirSync(dataPath('schemas'))
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => f.slice(0, -'.schema.json'.length))
    .sort();
}

function readSchemaText(name: string): string {
  return readFileSync(dataPath('schemas', `${name}.schema.json`), 'utf8');
}

function readSchema(name: string): object {
  return JSON.parse(readSchemaText(name)) as object;
}

/** The compiled validator of one schema of `instance` (built by schemaAjv). */
export function compileFrom(instance: Ajv2020, name: string): ValidateFunction {
  const v = instance.getSchema(name);
  if (!v) throw new Error(`calque: no schema '${name}' in data/schemas`);
  return v;
}

/** Where the build writes the pre-compiled validators (one CommonJS module per schema). */
export function generatedValidatorsDir(): string {
  return join(packageRoot(), 'dist', 'src', 'generated', 'validators');
}

/** Identifies the schema text a pre-built validator was generated from. */
export function schemaHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function preBuilt(name: string, schemaText: string): ValidateFunction | undefined {
  const file = join(generatedValidatorsDir(), `${name}.cjs`);
  if (!existsSync(file)) return undefined;
  const mod = require(file) as ValidateFunction & { schemaHash?: string };
  return mod.schemaHash === schemaHash(schemaText) ? mod : undefined;
}

/** Validator for `data/schemas/<name>.schema.json`. */
export function validatorFor(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    v = preBuilt(name, readSchemaText(name));
    origins.set(name, v ? 'pre-built' : 'compiled');
    v ??= compileFrom((ajv ??= schemaAjv()), name);
    compiled.set(name, v);
  }
  return v;
}

/** Whether `validatorFor(name)` used the build's module or compiled the schema (for the tests). */
export function validatorOrigin(name: string): 'pre-built' | 'compiled' | undefined {
  return origins.get(name);
}

/** One readable line per ajv error: `/entries/3/gender: must be equal to one of the allowed values (male, female)`. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath === '' ? '(root)' : e.instancePath;
    let what = e.message ?? 'is invalid';
    const params = e.params as Record<string, unknown>;
    if (Array.isArray(params['allowedValues'])) what += ` (${(params['allowedValues'] as unknown[]).join(', ')})`;
    if (typeof params['additionalProperty'] === 'string') what += ` ('${params['additionalProperty']}')`;
    return `${where}: ${what}`;
  });
}

/** Validates `value` against a shipped schema; throws CalqueError with the first problems named. */
export function assertValid<T>(schemaName: string, value: unknown, what: string, code = 'invalid-data'): T {
  const v = validatorFor(schemaName);
  if (!v(value)) {
    const problems = describeErrors(v.errors).slice(0, 3).join('; ');
    throw new CalqueError(code, `${what} is invalid: ${problems}`);
  }
  return value as T;
}
