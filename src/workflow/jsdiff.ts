/**
 * jsdiff, loaded on first use: only `--fix`/`--diff` patches and post-edit comparisons need it, and
 * loading it with every `calque report` cost the cold start about 20 ms. Its CommonJS build (the
 * same API as the ES module) can be required synchronously, so callers stay synchronous.
 */
import { createRequire } from 'node:module';

type JsDiff = typeof import('diff');

let lib: JsDiff | undefined;

export function jsdiff(): JsDiff {
  lib ??= createRequire(import.meta.url)('diff') as JsDiff;
  return lib;
}
