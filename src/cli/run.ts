/**
 * The `calque` command without side effects on import: `main(argv, io)` returns the exit code.
 * Exit codes: 0 pass; 1 a gate failed or (without a gate) some report is review or fail; 2 usage,
 * input, configuration or file-writing error (a one-line message on stderr, never a stack trace;
 * no file was written); 3 internal error.
 */
import { CalqueError } from '../errors.js';
import { packageVersion } from '../lexicons/package-root.js';
import { HELP } from './help.js';
import { EXIT, processIo, UsageError, type Io } from './io.js';
import { InputError } from './read-input.js';
import { WriteError } from './atomic-write.js';

export { EXIT } from './io.js';

function firstLine(s: unknown): string {
  return String(s ?? '').split('\n')[0]!;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr(HELP);
      return EXIT.usage;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return EXIT.pass;
    }
    if (command === '--version' || command === '-v' || command === '-V') {
      io.stdout(`${packageVersion()}\n`);
      return EXIT.pass;
    }
    if (command === 'report') {
      if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(HELP);
        return EXIT.pass;
      }
      // Loaded on demand: --help and --version stay fast.
      const { runReport } = await import('./report-command.js');
      return await runReport(rest, io);
    }
    if (command === 'rules') {
      const { runRulesList } = await import('./rules-command.js');
      return runRulesList(io);
    }
    throw new UsageError(`unknown command '${command}' (try calque --help)`);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError || err instanceof WriteError || err instanceof CalqueError) {
      io.stderr(`calque: ${firstLine(err.message)}\n`);
      return EXIT.usage;
    }
    const e = err as NodeJS.ErrnoException;
    if (e && typeof e.code === 'string' && typeof e.message === 'string') {
      // File-system errors (EACCES, ENOSPC, …) are the caller's environment, not a bug.
      io.stderr(`calque: ${firstLine(e.message)}\n`);
      return EXIT.usage;
    }
    io.stderr(`calque: internal error: ${firstLine((err as Error)?.message ?? err)}\n`);
    return EXIT.internal;
  }
}
