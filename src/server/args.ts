/** Parses and checks the options of `calque serve`. Every problem is a UsageError (exit 2). */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { UsageError } from '../cli/io.js';

export interface ServeOptions {
  host: string;
  /** 0 picks a free port (the chosen one is printed). */
  port: number;
  /** Largest request body in bytes; larger ones get 413. */
  maxBodyBytes: number;
  /** Largest text to check, in characters (UTF-16 code units); longer ones get 413. */
  maxChars: number;
  /** Per request, queue time included; later ones get 503. */
  timeoutMs: number;
  workers: number;
  /** Requests allowed to wait for a free worker; more get 503. */
  maxQueue: number;
  /** Origins allowed to call the API from a web page: none by default, `*` for any. */
  cors: string[];
  config?: string;
  noConfig: boolean;
}

/** LanguageTool's own server listens on 8081, which its clients (the browser add-on's "local server") assume. */
export const DEFAULT_PORT = 8081;

export function defaultOptions(): ServeOptions {
  return {
    host: '127.0.0.1',
    port: DEFAULT_PORT,
    maxBodyBytes: 1024 * 1024,
    maxChars: 100_000,
    timeoutMs: 30_000,
    workers: Math.max(1, Math.min(4, availableParallelism() - 1)),
    maxQueue: 64,
    cors: [],
    noConfig: false,
  };
}

function whole(v: string, name: string, min: number, max: number): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** `1048576`, `512k`, `2m` (binary units). */
function bytes(v: string): number {
  const m = /^(\d+)\s*([kKmM]?)[bB]?$/.exec(v.trim());
  if (!m) throw new UsageError('--max-body must be a size such as 1048576, 512k or 2m');
  const n = Number(m[1]) * (m[2] === '' ? 1 : m[2]!.toLowerCase() === 'k' ? 1024 : 1024 * 1024);
  if (n < 1024 || n > 64 * 1024 * 1024) throw new UsageError('--max-body must be from 1k to 64m');
  return n;
}

function origins(list: string[]): string[] {
  const out = list.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  for (const o of out) {
    if (o !== '*' && !/^[a-z][a-z0-9+.-]*:\/\/[^/\s]+$/i.test(o)) throw new UsageError(`--cors takes origins such as https://cms.example.org (no path) or *, not '${o}'`);
  }
  return out;
}

export function parseServeArgs(argv: string[]): ServeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        host: { type: 'string' },
        port: { type: 'string', short: 'p' },
        'max-body': { type: 'string' },
        'max-chars': { type: 'string' },
        timeout: { type: 'string' },
        workers: { type: 'string' },
        'max-queue': { type: 'string' },
        cors: { type: 'string', multiple: true },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''));
  }
  const v = parsed.values;
  const o = defaultOptions();
  if (v.host !== undefined) {
    if (v.host.trim() === '') throw new UsageError('--host must not be empty');
    o.host = v.host;
  }
  if (v.port !== undefined) o.port = whole(v.port, 'port', 0, 65535);
  if (v['max-body'] !== undefined) o.maxBodyBytes = bytes(v['max-body']);
  if (v['max-chars'] !== undefined) o.maxChars = whole(v['max-chars'], 'max-chars', 100, 10_000_000);
  if (v.timeout !== undefined) {
    const s = Number(v.timeout);
    if (v.timeout.trim() === '' || !Number.isFinite(s) || s < 0.01 || s > 3600) throw new UsageError('--timeout must be a number of seconds from 0.01 to 3600');
    o.timeoutMs = Math.round(s * 1000);
  }
  if (v.workers !== undefined) o.workers = whole(v.workers, 'workers', 1, 64);
  if (v['max-queue'] !== undefined) o.maxQueue = whole(v['max-queue'], 'max-queue', 0, 10_000);
  o.cors = origins(v.cors ?? []);
  if (v.config !== undefined) o.config = v.config;
  o.noConfig = v['no-config'] === true;
  if (o.config !== undefined && o.noConfig) throw new UsageError('--config and --no-config cannot be used together');
  return o;
}
