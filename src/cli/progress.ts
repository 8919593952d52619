/** A progress bar on standard error, drawn only when it is a terminal. */
import type { Io } from './io.js';

export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

const NONE: Progress = { update: () => undefined, end: () => undefined };

export function progressBar(io: Io, enabled: boolean): Progress {
  if (!enabled || !io.stderrIsTTY) return NONE;
  let drawn = false;
  return {
    update(done, total) {
      const w = 30;
      const filled = Math.round((done / Math.max(1, total)) * w);
      io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(w - filled)}] ${done}/${total} files`);
      drawn = true;
    },
    end() {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}
