/**
 * Bundled lexicons and pattern families validated at build time. Validating all of them against
 * their schemas cost a cold `calque report` about 30 ms (lexicons) and 10 ms (patterns) at every
 * start, for files that only change with a new build. The build (scripts/build-lexicon-stamps.ts)
 * validates each bundled file and records a SHA-1 of its text in
 * dist/src/generated/lexicon-stamps.json (a pattern family under `patterns/<rule>`); loadLexicon()
 * and compiledFamily() skip the schema check only when the file's text still has that hash, so a
 * file edited after the build is validated as before.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

export function lexiconStampsFile(): string {
  return join(packageRoot(), 'dist', 'src', 'generated', 'lexicon-stamps.json');
}

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

let stamps: Record<string, string> | undefined;

/** Whether the build validated exactly this text as lexicon `name`. */
export function validatedAtBuild(name: string, text: string): boolean {
  if (stamps === undefined) {
    try {
      stamps = JSON.parse(readFileSync(lexiconStampsFile(), 'utf8')) as Record<string, string>;
    } catch {
      stamps = {};
    }
  }
  const stamp = stamps[name];
  return stamp !== undefined && stamp === textHash(text);
}
