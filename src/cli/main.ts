#!/usr/bin/env node
/** The `calque` executable: runs main() (src/cli/run.ts) and sets the exit code. */
import { main } from './run.js';

// A reader that stops early (`calque rules | head`) closes the pipe: stop quietly, like other
// command-line tools, instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(`calque: cannot write output: ${err.message.split('\n')[0]}\n`);
    process.exit(err.code === 'EPIPE' ? (typeof process.exitCode === 'number' ? process.exitCode : 0) : 2);
  });
}

process.exitCode = await main(process.argv.slice(2));
