/**
 * The editor's page of `calque serve` end to end in headless Chromium (playwright-core, Debian's
 * /usr/bin/chromium, as tests/report-browser.test.ts): paste 004, check, find "UN DK" highlighted
 * with its fix, accept it by keyboard, download the corrected text and the reports; a hostile
 * article runs nothing. Set CALQUE_SKIP_BROWSER=1 to skip it on machines without Chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { applyFixes } from '../src/workflow/fixes.js';
import { BIN } from './cli-helpers.js';
import { readSeed, SEED_MT } from './helpers.js';
import { assertChromium, BROWSER_OUT, CHROMIUM, CHROMIUM_ARGS, SKIP_BROWSER } from './browser-helpers.js';
import { startServer, type RunningServer } from './server-helpers.js';

/* Browser globals inside page.evaluate() callbacks (the test tsconfig has no DOM lib). */
declare const document: any;
declare const window: any;

const OUT = BROWSER_OUT;
const ARGS = CHROMIUM_ARGS;
const SKIP = SKIP_BROWSER;

describe.skipIf(SKIP || !existsSync(BIN))('editor page in Chromium', { timeout: 90_000 }, () => {
  let browser: BrowserContext | undefined;
  let server: RunningServer;
  let profile: string | undefined;

  beforeAll(async () => {
    assertChromium();
    mkdirSync(OUT, { recursive: true });
    server = await startServer(['--workers', '1']);
    // A fresh profile for every run: nothing carried over between runs.
    profile = mkdtempSync(join(tmpdir(), 'calque-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      viewport: { width: 1200, height: 900 },
      acceptDownloads: true,
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  interface Opened {
    page: Page;
    external: string[];
    errors: string[];
    dialogs: string[];
  }

  async function open(): Promise<Opened> {
    const page = await browser!.newPage();
    const o: Opened = { page, external: [], errors: [], dialogs: [] };
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.url}/`) || url.startsWith('blob:')) return route.continue();
      o.external.push(url);
      return route.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') o.errors.push(m.text());
    });
    page.on('pageerror', (e) => o.errors.push(e.message));
    page.on('dialog', (d) => {
      o.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}/`);
    return o;
  }

  async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  it('paste 004, see "UN DK" with its fix, accept it by keyboard, download the corrected text and the reports', async () => {
    const { page, external, errors, dialogs } = await open();
    const input = readSeed(SEED_MT);
    const report = check(input);

    // Keyboard: the first Tab lands on the skip link, which leads to the article box.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');

    await page.fill('#input', input);
    await page.focus('#input');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('#results:not([hidden])');
    await page.waitForSelector('#article mark.hl');

    expect(await page.locator('#article [data-finding-id]').count()).toBe(report.findings.length);
    const undk = report.findings.find((f) => f.text === 'UN DK')!;
    expect(undk.suggestions[0]).toBe('UN Security Council');
    const mark = page.locator(`#article mark[data-finding-id="${undk.id}"]`);
    expect(await mark.count()).toBe(1);
    const n = await mark.getAttribute('data-n');
    // Its tooltip shows on keyboard focus, with the fix.
    await mark.focus();
    const tip = page.locator(`#tip-${n}`);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('UN Security Council');

    // Accept the fix with the keyboard.
    const accept = page.locator(`#f-${n} .decide button.accept`).first();
    expect(await accept.textContent()).toBe('Accept “UN Security Council”');
    await accept.focus();
    await page.keyboard.press('Enter');
    expect(await accept.getAttribute('aria-pressed')).toBe('true');
    expect(await mark.getAttribute('data-state')).toBe('accepted');
    const once = input.slice(0, undk.span.start) + 'UN Security Council' + input.slice(undk.span.end);
    expect(await page.inputValue('#fixed')).toBe(once);
    // The picture in the README (docs/server-screenshot.png is a copy): the fix accepted, its tooltip open.
    await mark.focus();
    await page.screenshot({ path: join(OUT, 'server-editor-accepted.png') });

    const text = await downloaded(page, '#download-text');
    expect(text.name).toBe('article.corrected.txt');
    expect(text.text).toBe(once);

    // Reject another finding, then accept every safe fix: the result is what `calque report --fix` writes.
    const other = page.locator('#findings-list li.finding').first();
    await other.locator('button.reject').click();
    expect(await other.getAttribute('data-state')).toBe('rejected');
    await page.click('#accept-safe');
    const firstId = await page.locator('#article mark[data-n="1"]').getAttribute('data-finding-id');
    const safe = report.findings.filter((f) => f.id !== firstId || !f.fixable);
    expect(await page.inputValue('#fixed')).toBe(applyFixes(input, safe).text);

    const json = await downloaded(page, '#download-json');
    expect(json.name).toBe('article.report.json');
    expect(JSON.parse(json.text)).toEqual(report);
    const html = await downloaded(page, '#download-html');
    expect(html.name).toBe('article.report.html');
    expect(html.text).toMatch(/^<!DOCTYPE html>/);
    expect(html.text).toContain('data-finding-id="untranslated-acronym@');

    await page.evaluate(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(OUT, 'server-editor.png') });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('runs nothing from a hostile article, its messages or its fixes', async () => {
    const { page, external, errors, dialogs } = await open();
    const payloads = [
      '<script>window.__pwned=1</script>',
      '<img src=x onerror="window.__pwned=1;alert(1)">',
      '"><svg onload="window.__pwned=1;alert(2)">',
      '</textarea><script>window.__pwned=1</script>',
    ];
    // Findings land on the payloads: "UN DK" beside them, and a suggestion built from the text.
    const text = `The UN DK ${payloads.join(' and the UN DK ')} met on Monday.\n\nOfficials said ${payloads[1]} the Kemlu spoke.`;
    await page.fill('#input', text);
    await page.click('#check');
    await page.waitForSelector('#results:not([hidden])');
    await page.waitForTimeout(300);
    const accepts = await page.locator('.decide button.accept').all();
    expect(accepts.length).toBeGreaterThan(0);
    for (const b of accepts) await b.click();
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => window.__pwned as unknown)).toBeUndefined();
    expect(await page.locator('#article script, #article img, #article svg, #findings-list script, #findings-list img').count()).toBe(0);
    const shown = await page.evaluate(() => {
      const c = document.getElementById('article').cloneNode(true);
      c.querySelectorAll('.tip, .vh').forEach((x: any) => x.remove());
      return c.textContent;
    });
    expect(shown).toBe(text);
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
