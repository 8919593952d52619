/**
 * Reads one input for the CLI. Every way an input can be unusable maps to an InputError with a
 * one-line message; the CLI prints it and exits 2.
 */
import { readFileSync, statSync } from 'node:fs';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Decodes bytes as strict UTF-8; binary (NUL bytes) and invalid UTF-8 are refused. */
export function decodeInput(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new InputError(`${label}: the input is empty`);
  if (bytes.includes(0)) throw new InputError(`${label}: looks like a binary file (contains NUL bytes), not text`);
  let text: string;
  try {
    // ignoreBOM keeps a leading BOM in the text, so offsets match the decoded file exactly.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${label}: not valid UTF-8 text (convert it to UTF-8 first)`);
  }
  if (text.trim().length === 0) throw new InputError(`${label}: the input has no text (only whitespace)`);
  return text;
}

export function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch {
    throw new InputError('-: cannot read standard input');
  }
}

/** Reads a file (or `-`, standard input); `label` is how messages name it (the path as given). */
export function readInput(path: string, label: string = path): string {
  if (path === '-') return decodeInput(readStdin(), '<stdin>');
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(`${label}: no such file`);
  }
  if (stat.isDirectory()) throw new InputError(`${label}: is a directory, not a file`);
  if (!stat.isFile()) throw new InputError(`${label}: not a regular file`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new InputError(`${label}: cannot be read (permission denied?)`);
  }
  return decodeInput(bytes, label);
}
