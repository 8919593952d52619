/** Starts the built `calque serve` on 127.0.0.1 with a free port and stops it (SIGTERM) after the tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, ROOT } from './cli-helpers.js';

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** SIGTERM, then the exit code (null when killed by a signal). */
  stop(): Promise<number | null>;
}

export function startServer(args: string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, [BIN, 'serve', '--host', '127.0.0.1', '--port', '0', '--no-config', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`calque serve did not start in time: ${err}`));
    }, 45_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (s: string) => {
      err += s;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1]!,
          child,
          stderr: () => err,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`calque serve exited with ${code}: ${err}`));
    });
  });
}

/** True when the text is one line (a trailing newline allowed) with nothing like a stack frame. */
export function isOneLine(body: string): boolean {
  return !/\n\s+at |node:internal|\/src\/|\.ts:\d|\.js:\d/.test(body) && body.trimEnd().split('\n').length === 1;
}
