/**
 * Unpacked copies of gzipped data files (the fluency model, the word lists), written by the build
 * (scripts/unpack-model.ts) under dist/src/generated/ so that a cold start reads them instead of
 * gunzipping: the model cost about 40 ms, the word list about 10 ms.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

/** Where the build keeps the unpacked copies. */
export function unpackedCopyDir(): string {
  return join(packageRoot(), 'dist', 'src', 'generated');
}

/**
 * The path of the build's unpacked copy of a gzipped file, `<prefix>-<trailer><extension>`: named
 * after the gzip trailer (the CRC-32 and length of the content), so a changed file never meets a
 * stale copy; reading 8 bytes costs nothing. Undefined when the file is too short to be a gzip.
 */
export function unpackedCopyPath(gzPath: string, prefix: string, extension: string): string | undefined {
  const fd = openSync(gzPath, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < 18) return undefined;
    const trailer = Buffer.alloc(8);
    readSync(fd, trailer, 0, 8, size - 8);
    return join(unpackedCopyDir(), `${prefix}-${trailer.toString('hex')}${extension}`);
  } finally {
    closeSync(fd);
  }
}
