/**
 * The one Chromium set-up the browser tests share: Debian's chromium (never a downloaded build),
 * started headless with the flags this machine's closed network needs (without the
 * background-networking ones Chromium keeps trying to reach Google's hosts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Screenshots and pages the browser tests leave for a human to look at. */
export const BROWSER_OUT = resolve('test-output');
export const SKIP_BROWSER = process.env['CALQUE_SKIP_BROWSER'] === '1';

/** Throws a one-line explanation when the browser tests are on but Chromium is missing. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install it (apt-get update && apt-get install -y chromium) ` +
        'or set CALQUE_SKIP_BROWSER=1 to skip the browser tests.',
    );
  }
}
