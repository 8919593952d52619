/**
 * `npm run build` pre-compiles every schema into a standalone validator (scripts/build-validators.ts)
 * so a cold start does not compile them; these must be the ones loaded, and must judge and word
 * errors exactly as ajv compiling the schema at run time does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../src/lexicons/package-root.js';
import { compileFrom, schemaAjv, schemaNames, validatorFor, validatorOrigin } from '../src/lexicons/validate.js';

const compiledAjv = schemaAjv();

/** Values of many wrong shapes, plus the shipped data file of the same name when there is one. */
function probes(name: string): unknown[] {
  const out: unknown[] = [null, 'text', 3, [], {}, { version: 1 }, { version: 1, entries: [{}] }, { version: 1, entries: [{ id: 1, extra: true }] }, { rule: 'x', patterns: [{ id: 'a' }] }];
  for (const dir of ['lexicons', 'patterns']) {
    try {
      out.push(JSON.parse(readFileSync(dataPath(dir, `${name}.json`), 'utf8')));
    } catch {
      // No data file of that name in this folder.
    }
  }
  return out;
}

describe('pre-built schema validators', () => {
  it.each(schemaNames())('%s: loaded from the build, with the same verdicts and errors as a compiled one', (name) => {
    const prebuilt = validatorFor(name);
    expect(validatorOrigin(name)).toBe('pre-built');
    const compiled = compileFrom(compiledAjv, name);
    for (const value of probes(name)) {
      const a = prebuilt(value);
      const b = compiled(value);
      expect(a).toBe(b);
      expect(prebuilt.errors ?? null).toEqual(compiled.errors ?? null);
    }
  });
});
