/**
 * Finds a compiled worker script (tsc's output under dist/src/) for worker threads to run.
 *
 * It is found from the package root, not from the calling module's URL: in the CLI bundle
 * (scripts/build-cli-bundle.ts) the caller lives in a chunk under dist/src/cli/chunks/, where
 * `new URL('./worker.js', import.meta.url)` names a file that does not exist.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../lexicons/package-root.js';

/**
 * The path of `dist/src/<parts>`, or undefined when this code runs from the TypeScript sources
 * (tests import src/), which have no compiled worker: the caller then works in its own thread.
 */
export function compiledScript(...parts: string[]): string | undefined {
  if (!import.meta.url.endsWith('.js')) return undefined;
  const path = join(packageRoot(), 'dist', 'src', ...parts);
  return existsSync(path) ? path : undefined;
}
