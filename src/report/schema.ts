/** The report's JSON Schema (draft 2020-12), as shipped in `data/schemas/report.schema.json`. */
import { readFileSync } from 'node:fs';
import { dataPath } from '../lexicons/package-root.js';

let cached: Record<string, unknown> | undefined;

export function reportSchema(): Record<string, unknown> {
  cached ??= JSON.parse(readFileSync(dataPath('schemas', 'report.schema.json'), 'utf8')) as Record<string, unknown>;
  return cached;
}
