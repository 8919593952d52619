/**
 * JSON Schema validation with ajv (draft 2020-12). Validators are compiled once per schema file.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { CalqueError } from '../errors.js';
import { dataPath } from './package-root.js';

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv2020 {
  ajv ??= new Ajv2020({ allErrors: true, strict: true });
  return ajv;
}

/** Compiled validator for `data/schemas/<name>.schema.json`. */
export function validatorFor(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const schema = JSON.parse(readFileSync(dataPath('schemas', `${name}.schema.json`), 'utf8')) as object;
    v = instance().compile(schema);
    compiled.set(name, v);
  }
  return v;
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
