/**
 * `.calqueignore`: paths a directory walk or a glob skips, in .gitignore syntax (read by the
 * `ignore` package, the matcher ESLint uses). One file, in the folder calque runs from; paths are
 * matched relative to that folder. A file named on the command line is always checked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, sep } from 'node:path';
import type ignoreFactory from 'ignore';

// Loaded only when a .calqueignore exists: every start of the CLI would otherwise pay for it.
const require = createRequire(import.meta.url);

export const IGNORE_FILE = '.calqueignore';

/** Tests whether a path (absolute) is ignored; `dir` is true for folders (`logs/` patterns). */
export type IgnoreTest = (abs: string, dir: boolean) => boolean;

/** The cwd's .calqueignore as a test, or undefined when there is none. */
export function loadIgnoreFile(cwd: string): IgnoreTest | undefined {
  let text: string;
  try {
    text = readFileSync(join(cwd, IGNORE_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const ignore = require('ignore') as typeof ignoreFactory;
  const ig = ignore().add(text);
  return (abs, dir) => {
    const rel = relative(cwd, abs);
    // Paths outside the folder (or the folder itself) are not the ignore file's to judge.
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    const posix = sep === '/' ? rel : rel.split(sep).join('/');
    return ig.ignores(dir ? `${posix}/` : posix);
  };
}
