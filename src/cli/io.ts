import type { WriteFs } from './atomic-write.js';

/**
 * Where the command writes and what it knows of its environment. main() takes an Io so tests can
 * run the CLI in-process and capture its output.
 */
export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  /** True when standard output is a terminal (colours). */
  stdoutIsTTY: boolean;
  /** True when standard error is a terminal (progress bar). */
  stderrIsTTY: boolean;
  /** The terminal's width when standard output is one: the text report wraps its messages to it. */
  stdoutColumns?: number;
  cwd: string;
  env: Record<string, string | undefined>;
  /** File-system calls for writing outputs (default node:fs); tests inject faults here. */
  fs?: WriteFs;
}

export function processIo(): Io {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { stdoutColumns: process.stdout.columns } : {}),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** Errors in how the command was called (exit 2, one line, no stack trace). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { pass: 0, flagged: 1, usage: 2, internal: 3 } as const;
