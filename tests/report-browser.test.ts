/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core. It FAILS with a
 * clear message when /usr/bin/chromium is missing (CI installs it); set CALQUE_SKIP_BROWSER=1 to
 * skip it on machines without Chromium.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, formatHtml } from '../src/index.js';
import type { Report } from '../src/index.js';
import { readSeed, SEED_MT } from './helpers.js';
import { assertChromium, BROWSER_OUT, CHROMIUM, CHROMIUM_ARGS, SKIP_BROWSER } from './browser-helpers.js';
import { findingsInOrder } from '../src/report/summary.js';
import { syntheticReport } from './report-fixtures.js';

/*
 * Browser globals used inside page.evaluate() callbacks. The test tsconfig has no DOM lib (adding
 * it would leak DOM types into every test and src file), so they are declared loosely here.
 */
declare const document: any;
declare const window: any;
declare const MouseEvent: any;
declare function getComputedStyle(el: unknown, pseudo?: string): { outlineStyle: string; content: string };

const OUT = BROWSER_OUT;
const ARGS = CHROMIUM_ARGS;
const SKIP = SKIP_BROWSER;

interface Loaded {
  page: Page;
  /** Requests for anything but the report file itself (there must be none). */
  external: string[];
  /** Console errors and page errors (CSP violations show up here). */
  errors: string[];
  dialogs: string[];
}

describe.skipIf(SKIP)('HTML report in Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    assertChromium();
    mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string, html: string): Promise<Loaded> {
    const file = join(OUT, name);
    writeFileSync(file, html);
    const page = await browser!.newPage({ viewport: { width: 1100, height: 900 } });
    const loaded: Loaded = { page, external: [], errors: [], dialogs: [] };
    const self = pathToFileURL(file).href;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === self) return route.continue();
      loaded.external.push(url);
      return route.abort();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') loaded.errors.push(m.text());
    });
    page.on('pageerror', (e) => loaded.errors.push(e.message));
    page.on('dialog', (d) => {
      loaded.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(self);
    return loaded;
  }

  /** Text of the article without tooltips and screen-reader-only notes. */
  function articleText(page: Page): Promise<string> {
    return page.evaluate(() => {
      const clone = document.getElementById('article').cloneNode(true);
      clone.querySelectorAll('.tip, .vh').forEach((n: any) => n.remove());
      return clone.textContent ?? '';
    });
  }

  /** For each finding id: how many elements carry it, and the text of all its pieces. */
  function highlights(page: Page): Promise<Record<string, { count: number; text: string }>> {
    return page.evaluate(() => {
      const out: Record<string, { count: number; text: string }> = {};
      const textOf = (el: any): string => {
        const c = el.cloneNode(true);
        c.querySelectorAll('.tip, .vh').forEach((n: any) => n.remove());
        return c.textContent ?? '';
      };
      for (const el of document.querySelectorAll('#article [data-finding-id], #article [data-finding-part]') as any[]) {
        const id: string = el.getAttribute('data-finding-id') ?? el.getAttribute('data-finding-part');
        const e = (out[id] ??= { count: 0, text: '' });
        if (el.hasAttribute('data-finding-id')) e.count++;
        // Pieces of one finding never nest in each other, so document order concatenates them.
        e.text += textOf(el);
      }
      return out;
    });
  }

  function expectOneHighlightPerFinding(got: Record<string, { count: number; text: string }>, report: Report): void {
    expect(Object.keys(got).sort()).toEqual(report.findings.map((f) => f.id).sort());
    for (const f of report.findings) {
      expect(got[f.id]?.count, f.id).toBe(1);
      expect(got[f.id]?.text, f.id).toBe(f.text);
    }
  }

  it(
    'renders 004 with one highlight per finding, keyboard tooltips, no network, and a screenshot',
    async () => {
      const input = readSeed(SEED_MT);
      const report = check(input);
      expect(report.findings.length).toBeGreaterThan(0);
      const { page, external, errors, dialogs } = await open('report-004.html', formatHtml(report, input, { label: 'corpora/004_182a879f4c50abd6.txt' }));

      expect(await articleText(page)).toBe(input);
      expectOneHighlightPerFinding(await highlights(page), report);
      expect(await page.locator('[data-finding-id]').count()).toBe(report.findings.length);
      expect(await page.locator('#findings li.finding').count()).toBe(report.findings.length);

      // Keyboard: the first Tab lands on a visible skip link.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
      expect((await page.locator('.skip').first().boundingBox())!.y).toBeGreaterThanOrEqual(0);

      // Focusing a highlight shows its tooltip; Tab moves into the tooltip's link, Escape hides it.
      const first = page.locator('#h-1');
      const tip = page.locator('#tip-1');
      expect(await tip.isVisible()).toBe(false);
      await first.focus();
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(findingsInOrder(report)[0]!.message);
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1100);
      const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid');
      await page.screenshot({ path: join(OUT, 'report-004-focus.png') });
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#f-1');
      expect(await tip.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await tip.isVisible()).toBe(false);

      // Enter on a highlight jumps to its entry in the list; the list links back.
      await first.focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-1');
      await page.locator('#f-1 a[href="#h-1"]').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('h-1');

      // Print: tooltips hidden, footnote numbers after highlights, no dark backgrounds.
      await page.emulateMedia({ media: 'print' });
      expect(await tip.isVisible()).toBe(false);
      expect(await first.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"[1]"');
      await page.emulateMedia({ media: 'screen' });

      await page.evaluate(() => {
        document.activeElement?.blur();
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: join(OUT, 'report-004.png'), fullPage: true });
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it(
    'gives nested, crossing and zero-length findings one highlight each, and hover shows only the innermost tooltip',
    async () => {
      const text = 'The minister said that the new policy will be implemented starting next year in all provinces.';
      const at = (s: string): number => text.indexOf(s);
      const report = syntheticReport(text, [
        [at('the new policy'), at('the new policy') + 'the new policy will be implemented'.length, 'major'],
        [at('new policy'), at('new policy') + 'new policy'.length, 'minor'],
        [at('implemented'), at('implemented') + 'implemented starting next'.length, 'critical'],
        [at('starting'), at('starting') + 'starting next year in'.length, 'info'],
        [at('all'), at('all'), 'minor'],
        [at('minister'), at('minister') + 'minister'.length, 'minor'],
        [at('minister'), at('minister') + 'minister'.length, 'major'],
      ]);
      const { page, external, errors } = await open('report-overlap.html', formatHtml(report, text));
      expect(await articleText(page)).toBe(text);
      expectOneHighlightPerFinding(await highlights(page), report);

      const inner = page.locator('[data-finding-id^="synthetic-1@"]');
      const outer = page.locator('[data-finding-id^="synthetic-0@"]');
      await inner.hover();
      const tipOf = (l: typeof inner) => l.locator(':scope > .tip');
      expect(await tipOf(inner).isVisible()).toBe(true);
      expect(await tipOf(outer).isVisible()).toBe(false);
      await page.screenshot({ path: join(OUT, 'report-overlap.png') });
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it(
    'executes nothing from a hostile article, label or table, with or without the CSP',
    async () => {
      const payloads = [
        '<script>window.__pwned=1</script>',
        '<img src=x onerror="window.__pwned=1;alert(1)">',
        '"><svg onload="window.__pwned=1;alert(2)">',
        "'><svg/onload=window.__pwned=1>",
        '</script><script>window.__pwned=1;alert(3)</script>',
        '</textarea></style></title><script>window.__pwned=1</script>',
        '<!--<script>window.__pwned=1</script>-->',
        '<a href="javascript:window.__pwned=1">click</a>',
      ];
      const text = `Officials said ${payloads.join(' and ')} on Monday.\n\nThe ministry confirmed ${payloads[4]} later.`;
      const spans: [number, number][] = [];
      for (const p of payloads) {
        const i = text.indexOf(p);
        spans.push([i, i + p.length]);
      }
      const report = syntheticReport(text, spans);
      report.findings.forEach((f, i) => {
        f.message = `Quoted: ${payloads[i % payloads.length]}`;
        f.suggestions = [payloads[(i + 1) % payloads.length]!];
      });
      const evil = payloads.join('');
      const html = formatHtml(report, text, {
        title: evil,
        label: evil,
        entityTable: { caption: evil, headers: [evil, 'n'], rows: [[evil, '1']] },
        extraSections: [{ heading: evil, headers: [evil], rows: [[evil]] }],
      });
      // Without the CSP too, so the test proves the escaping and not only the policy.
      const noCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      expect(noCsp).not.toContain('Content-Security-Policy');
      for (const [name, doc] of [['report-xss.html', html], ['report-xss-nocsp.html', noCsp]] as const) {
        const { page, external, dialogs } = await open(name, doc);
        const pwned = (): Promise<unknown> => page.evaluate(() => window.__pwned as unknown);
        await page.waitForTimeout(300); // let any onerror/onload handler run
        expect(await pwned(), name).toBeUndefined();
        expect(dialogs, name).toEqual([]);
        // Poke every element as a user would (hover, focus, click) in case a handler got through.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('body *') as any[]) {
            if (el.matches('a[href^="#"]')) continue;
            for (const type of ['mouseover', 'mouseenter', 'focus', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
          }
        });
        await page.waitForTimeout(100);
        expect(await pwned(), name).toBeUndefined();
        expect(dialogs, name).toEqual([]);
        expect(external, name).toEqual([]);
        expect(await page.locator('#article script, #article img, #article svg, #article a[href^="javascript"]').count()).toBe(0);
        expect(await articleText(page)).toBe(text);
        expect(await page.evaluate(() => document.title)).toBe(evil);
        const blob = await page.evaluate(() => JSON.parse(document.getElementById('calque-report').textContent) as unknown);
        expect(blob).toEqual(report);
        expectOneHighlightPerFinding(await highlights(page), report);
        await page.close();
      }
    },
    60_000,
  );
});
