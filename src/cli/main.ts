#!/usr/bin/env node
/** The `calque` executable: runs main() (src/cli/run.ts) and sets the exit code. */
import { main } from './run.js';

process.exitCode = await main(process.argv.slice(2));
