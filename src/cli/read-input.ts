/**
 * Reads one input for the CLI. Every way an input can be unusable maps to an InputError with a
 * one-line message; the CLI prints it and exits 2.
 *
 * Text is UTF-8, or UTF-16 (little- or big-endian) when the file starts with its byte-order mark:
 * word processors on Windows save "Unicode text" that way. A leading BOM is kept in the decoded text
 * so that offsets match the file, and `--fix --write` writes the file back in its own encoding.
 * Line endings (LF, CRLF, old Mac CR) are passed through untouched.
 */
import { lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

/** The encoding its byte-order mark announces (UTF-8 when there is none). */
function encodingOf(bytes: Uint8Array, label: string): TextEncoding {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) throw new InputError(`${label}: UTF-32 text is not supported (convert it to UTF-8 first)`);
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Decodes bytes as strict UTF-8 or UTF-16 (with a BOM); binary (NUL) and invalid text are refused. */
export function decodeText(bytes: Uint8Array, label: string): DecodedText {
  if (bytes.length === 0) throw new InputError(`${label}: the input is empty`);
  const encoding = encodingOf(bytes, label);
  let text: string;
  if (encoding === 'utf-8') {
    if (bytes.includes(0)) throw new InputError(`${label}: looks like a binary file (contains NUL bytes), not text`);
    try {
      // ignoreBOM keeps a leading BOM in the text, so offsets match the decoded file exactly.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new InputError(`${label}: not valid UTF-8 text (convert it to UTF-8 first)`);
    }
  } else {
    const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    if (bytes.length % 2 !== 0) throw new InputError(`${label}: not valid ${name} text (an odd number of bytes)`);
    try {
      // Big-endian is swapped to little-endian: every Node build decodes that.
      text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(encoding === 'utf-16le' ? bytes : swapBytePairs(bytes));
    } catch {
      throw new InputError(`${label}: not valid ${name} text`);
    }
    if (text.includes('\u0000')) throw new InputError(`${label}: looks like a binary file (contains NUL characters), not text`);
  }
  if (text.trim().length === 0) throw new InputError(`${label}: the input has no text (only whitespace)`);
  return { text, encoding };
}

/** decodeText() without the encoding. */
export function decodeInput(bytes: Uint8Array, label: string): string {
  return decodeText(bytes, label).text;
}

/** Bytes of `text` in `encoding` (the BOM, when the text kept one, is written back with it). */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? le : swapBytePairs(le);
}

export function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch {
    throw new InputError('-: cannot read standard input');
  }
}

/** Why a path cannot be opened, in words: a broken link and a link loop are told apart from a missing file. */
export function whyUnreachable(path: string, label: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ELOOP') return new InputError(`${label}: symbolic link loop (ELOOP): the link leads back to itself`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${label}: permission denied (${code})`);
  if (code === 'ENAMETOOLONG') return new InputError(`${label}: file name too long`);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    try {
      if (lstatSync(path).isSymbolicLink()) return new InputError(`${label}: broken symbolic link (its target ${readlinkSync(path)} does not exist)`);
    } catch {
      // not there at all
    }
    return new InputError(`${label}: no such file`);
  }
  return new InputError(`${label}: cannot be opened (${code ?? 'error'})`);
}

/** Reads a file (or `-`, standard input) with its encoding; `label` is how messages name it. */
export function readInputText(path: string, label: string = path): DecodedText {
  if (path === '-') return decodeText(readStdin(), '<stdin>');
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    throw whyUnreachable(path, label, err);
  }
  if (stat.isDirectory()) throw new InputError(`${label}: is a directory, not a file`);
  if (!stat.isFile()) throw new InputError(`${label}: not a regular file`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    throw new InputError(`${label}: cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied, ' : ''}${code ?? 'error'})`);
  }
  return decodeText(bytes, label);
}

/** Reads a file (or `-`) as text; see readInputText(). */
export function readInput(path: string, label: string = path): string {
  return readInputText(path, label).text;
}
