/** Runs the CLI in-process (main(argv, io)) or as the built executable, capturing its output. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/run.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
export const MT = 'corpora/004_182a879f4c50abd6.txt';
export const YONHAP = 'corpora/000_9bb70c54a0f37f8d.txt';
export const AFP = 'corpora/002_cbae279371bf3f5a.txt';
export const POST_EDIT = 'corpora/004_182a879f4c50abd6.post-edited.txt';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function run(args: string[], cwd: string = ROOT): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd,
    env: {},
  });
  return { code, out, err };
}

export function spawn(args: string[], opts: { cwd?: string; input?: string | Buffer } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
