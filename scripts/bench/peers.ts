/**
 * The checkers a user might pick instead of calque, loaded for the benchmark only (dev
 * dependencies): write-good (regex style checks, CommonJS, no types) and harper.js (a grammar
 * checker compiled to WebAssembly, run in this thread with its plain-text parser).
 */
import { createRequire } from 'node:module';

export interface Peers {
  writeGood(text: string): unknown[];
  /** Absent when harper.js was not asked for or failed to load. */
  harper?: (text: string) => Promise<unknown[]>;
}

const require = createRequire(import.meta.url);

export async function loadPeers(withHarper: boolean): Promise<Peers> {
  const writeGood = require('write-good') as (text: string) => unknown[];
  const peers: Peers = { writeGood };
  if (!withHarper) return peers;
  try {
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    await linter.setup();
    peers.harper = (text) => linter.lint(text, { language: 'plaintext' });
  } catch (err) {
    process.stderr.write(`bench: harper.js unavailable (${(err as Error).message.split('\n')[0]})\n`);
  }
  return peers;
}
