/** What every route needs: the limits, the configuration read at start and the check pool. */
import type { CalqueConfig } from '../workflow/config.js';
import type { ServeOptions } from './args.js';
import type { CheckPool } from './check-pool.js';
import { TooLarge } from './errors.js';

export interface ServerContext {
  options: ServeOptions;
  config: CalqueConfig | undefined;
  pool: CheckPool;
  version: string;
  /** Set on SIGINT/SIGTERM: answers then carry `Connection: close`, so kept-alive sockets end. */
  lifecycle: { closing: boolean };
}

/** Refuses a text over the character limit with 413 (the byte limit alone lets 4-byte-per-char text through). */
export function checkLength(ctx: ServerContext, text: string): void {
  if (text.length > ctx.options.maxChars) {
    throw new TooLarge(`the text is ${text.length} characters; the server's limit is ${ctx.options.maxChars}`);
  }
}
