/**
 * `calque serve`: reads the configuration once, starts the check workers (each loads the models
 * once), listens, and on SIGINT or SIGTERM stops taking connections, lets running requests finish,
 * stops the workers and returns 0. A second signal stops at once.
 */
import { packageVersion } from '../lexicons/package-root.js';
import { resolveConfig } from '../workflow/config.js';
import type { Io } from '../cli/io.js';
import { UsageError } from '../cli/io.js';
import { parseServeArgs } from './args.js';
import { buildApp } from './app.js';
import { CheckPool } from './check-pool.js';
import { baseSettings } from './settings.js';

export async function runServe(argv: string[], io: Io): Promise<number> {
  const options = parseServeArgs(argv);
  const loaded = resolveConfig(options.config, io.cwd, options.noConfig);
  const pool = new CheckPool(baseSettings(loaded?.config), { workers: options.workers, timeoutMs: options.timeoutMs, maxQueue: options.maxQueue });
  await pool.start();
  const lifecycle = { closing: false };
  const app = await buildApp({ options, config: loaded?.config, pool, version: packageVersion(), lifecycle });
  let address: string;
  try {
    address = await app.listen({ host: options.host, port: options.port });
  } catch (err) {
    await pool.close();
    const e = err as NodeJS.ErrnoException;
    throw new UsageError(`cannot listen on ${options.host}:${options.port} (${e.code ?? e.message.split('\n')[0]})`);
  }
  const config = loaded ? `, configuration ${loaded.label}` : '';
  io.stderr(`calque: listening on ${address} (${options.workers} worker${options.workers === 1 ? '' : 's'}${config}); Ctrl-C stops\n`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) {
        io.stderr(`calque: ${signal} again, stopping now\n`);
        process.exit(130);
      }
      stopping = true;
      lifecycle.closing = true;
      io.stderr(`calque: ${signal}: finishing running requests, then stopping\n`);
      // No request outlives the timeout; past it, whatever connection is left is dropped.
      setTimeout(() => app.server.closeAllConnections(), options.timeoutMs + 2000).unref();
      void app
        .close()
        .then(() => pool.close())
        .then(() => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          io.stderr('calque: stopped\n');
          resolve(0);
        });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
