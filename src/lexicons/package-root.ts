/**
 * Locates the installed package's root so data files resolve both from `src/` (tests run the
 * TypeScript sources) and from `dist/src/` (the built package).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'calque') return (root = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('calque: cannot locate the package root');
    dir = parent;
  }
}

export function dataPath(...parts: string[]): string {
  return join(packageRoot(), 'data', ...parts);
}

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
