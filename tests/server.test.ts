/**
 * `calque serve` as a client sees it: the built server on 127.0.0.1 (a free port), called with a
 * real HTTP client (Node's fetch) and with gramma, a LanguageTool client library from npm, pointed
 * at it. Covers LanguageTool's API shape and offsets, calque's API, limits and errors, CORS, the
 * per-request timeout, graceful shutdown, and a bounded load test whose figures are printed (and
 * recorded in docs/performance.md), never asserted as timing targets.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { BIN } from './cli-helpers.js';
import { assertValidReport, readSeed, SEED_MT, SEED_YONHAP } from './helpers.js';
import { isOneLine, startServer, type RunningServer } from './server-helpers.js';

interface LtMatch {
  message: string;
  shortMessage: string;
  offset: number;
  length: number;
  replacements: { value: string }[];
  context: { text: string; offset: number; length: number };
  sentence: string;
  rule: { id: string; description: string; issueType: string; category: { id: string; name: string } };
}
interface LtResponse {
  software: { name: string; version: string; apiVersion: number };
  language: { name: string; code: string; detectedLanguage: { code: string } };
  matches: LtMatch[];
}

const gramma = createRequire(import.meta.url)('gramma') as {
  check(text: string, opts: { api_url: string; language: string; markdown?: boolean }): Promise<{ matches: (LtMatch & { word: string })[] }>;
};

const MT = readSeed(SEED_MT);
const CLEAN = readSeed(SEED_YONHAP);

function form(fields: Record<string, string>): { method: string; headers: Record<string, string>; body: string } {
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() };
}
function json(value: unknown): { method: string; headers: Record<string, string>; body: string } {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

describe.skipIf(!existsSync(BIN))('calque serve', { timeout: 60_000 }, () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(['--workers', '2']);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  async function ltCheck(fields: Record<string, string>): Promise<LtResponse> {
    const res = await fetch(`${server.url}/v2/check`, form(fields));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    return (await res.json()) as LtResponse;
  }

  describe('LanguageTool API', () => {
    it('answers /v2/check for 004 in LanguageTool’s shape, "UN DK" among the matches with its fix', async () => {
      const r = await ltCheck({ text: MT, language: 'en-US' });
      expect(r.software.name).toBe('calque');
      expect(r.software.apiVersion).toBe(1);
      expect(r.language.code).toBe('en-US');
      expect(r.language.detectedLanguage.code).toBe('en-US');
      const report = check(MT);
      expect(r.matches).toHaveLength(report.findings.length);
      for (const m of r.matches) {
        expect(typeof m.message).toBe('string');
        expect(typeof m.shortMessage).toBe('string');
        expect(typeof m.rule.description).toBe('string');
        expect(m.rule.category.id).toMatch(/^[A-Z0-9_]+$/);
        // The context marks the same characters as the offsets (line breaks shown as spaces).
        expect(m.context.text.substr(m.context.offset, m.context.length)).toBe(MT.substr(m.offset, m.length).replace(/[\r\n]/g, ' '));
        expect(m.sentence.length).toBeGreaterThan(0);
      }
      const undk = r.matches.find((m) => MT.substr(m.offset, m.length) === 'UN DK');
      expect(undk).toBeDefined();
      expect(undk!.replacements.map((x) => x.value)).toContain('UN Security Council');
      expect(undk!.rule.id).toBe('untranslated-acronym');
      expect(undk!.rule.issueType).toBe('untranslated');
      expect(undk!.sentence).toContain('UN DK');
    });

    it('takes JSON fields too, and GET with a query string', async () => {
      const viaJson = await fetch(`${server.url}/v2/check`, json({ text: 'The UN DK met on Monday.', language: 'en-US' }));
      expect(viaJson.status).toBe(200);
      const a = (await viaJson.json()) as LtResponse;
      const viaGet = await fetch(`${server.url}/v2/check?${new URLSearchParams({ text: 'The UN DK met on Monday.', language: 'en' })}`);
      const b = (await viaGet.json()) as LtResponse;
      expect(a.matches.map((m) => [m.offset, m.length, m.rule.id])).toEqual(b.matches.map((m) => [m.offset, m.length, m.rule.id]));
      expect(a.matches.some((m) => m.rule.id === 'untranslated-acronym' && m.offset === 4 && m.length === 5)).toBe(true);
    });

    it('counts offsets in UTF-16 code units, as LanguageTool (Java) does', async () => {
      const text = 'Fans cheered 🎉🎉 as the UN DK met in New York on Monday.';
      const r = await ltCheck({ text, language: 'en-US' });
      const m = r.matches.find((x) => x.rule.id === 'untranslated-acronym')!;
      expect(m.offset).toBe(text.indexOf('UN DK'));
      // Two emoji are four UTF-16 code units but two code points: a code-point count would be 2 less.
      expect([...text.slice(0, m.offset)].length).toBe(m.offset - 2);
      expect(text.substr(m.offset, m.length)).toBe('UN DK');
    });

    it('reads annotated text (data): markup skipped, offsets into the text with its markup', async () => {
      const annotation = [
        { markup: '<p>' },
        { text: 'The meeting was attended by the ' },
        { markup: '<b class="UN DK">' },
        { text: 'UN DK' },
        { markup: '</b>' },
        { text: ' delegation.' },
        { markup: '</p>', interpretAs: '\n\n' },
        { markup: '<p>' },
        { text: 'Officials from the UN DK spoke later.' },
        { markup: '</p>' },
      ];
      const original = annotation.map((p) => p.text ?? p.markup).join('');
      const r = await ltCheck({ data: JSON.stringify({ annotation }), language: 'auto' });
      const hits = r.matches.filter((m) => m.rule.id === 'untranslated-acronym');
      const offsets = hits.map((m) => m.offset);
      let from = 0;
      const expected: number[] = [];
      for (;;) {
        const i = original.indexOf('UN DK', from);
        if (i < 0) break;
        expected.push(i);
        from = i + 1;
      }
      // The "UN DK" inside the markup's attribute is not checked; both in the text are, at their place in the markup.
      expect(expected).toHaveLength(3);
      expect(offsets).toEqual(expected.slice(1));
      for (const m of hits) expect(original.substr(m.offset, m.length)).toBe('UN DK');
    });

    it('disabledRules (calque or LanguageTool-style ids) and enabledOnly; LanguageTool’s own ids are ignored', async () => {
      const text = 'The UN DK met on Monday.';
      const base = await ltCheck({ text, language: 'en-US' });
      expect(base.matches.some((m) => m.rule.id === 'untranslated-acronym')).toBe(true);
      const off = await ltCheck({ text, language: 'en-US', disabledRules: 'WHITESPACE_RULE,UNTRANSLATED_ACRONYM,EN_QUOTES' });
      expect(off.matches.some((m) => m.rule.id === 'untranslated-acronym')).toBe(false);
      const only = await ltCheck({ text: MT, language: 'en-US', enabledRules: 'untranslated-acronym', enabledOnly: 'true' });
      expect(only.matches.length).toBeGreaterThan(0);
      expect(new Set(only.matches.map((m) => m.rule.id))).toEqual(new Set(['untranslated-acronym']));
    });

    it('lists English in /v2/languages and refuses other languages with a one-line 400', async () => {
      const langs = (await (await fetch(`${server.url}/v2/languages`)).json()) as { name: string; code: string; longCode: string }[];
      expect(langs.map((l) => l.longCode)).toEqual(expect.arrayContaining(['en', 'en-US', 'en-GB']));
      expect(langs.every((l) => l.code === 'en')).toBe(true);
      const de = await fetch(`${server.url}/v2/check`, form({ text: 'Hallo Welt.', language: 'de-DE' }));
      expect(de.status).toBe(400);
      const body = await de.text();
      expect(body).toMatch(/^Error: calque checks English only/);
      expect(isOneLine(body)).toBe(true);
      const none = await fetch(`${server.url}/v2/check`, form({ language: 'en-US' }));
      expect(none.status).toBe(400);
      expect(await none.text()).toBe("Error: missing 'text' or 'data' parameter\n");
      const badData = await fetch(`${server.url}/v2/check`, form({ data: '{"annotation": 5}', language: 'en-US' }));
      expect(badData.status).toBe(400);
      expect(isOneLine(await badData.text())).toBe(true);
    });

    it('gramma, a LanguageTool client library from npm, shows calque’s findings for 004', async () => {
      const r = await gramma.check(MT, { api_url: `${server.url}/v2/check`, language: 'en-US' });
      const words = r.matches.map((m) => m.word);
      expect(words).toContain('UN DK');
      expect(r.matches.find((m) => m.word === 'UN DK')!.replacements[0]!.value).toBe('UN Security Council');
      // Its Markdown mode sends LanguageTool's annotated text (data).
      const md = await gramma.check('# Visit\n\nThe **UN DK** met on Monday.\n', { api_url: `${server.url}/v2/check`, language: 'en-US', markdown: true });
      expect(md.matches.map((m) => m.word)).toContain('UN DK');
    });
  });

  describe('calque API', () => {
    it('returns the report in the shipped schema, the same as check(), with the verdict in a header', async () => {
      const res = await fetch(`${server.url}/api/check`, json({ text: MT }));
      expect(res.status).toBe(200);
      expect(res.headers.get('x-calque-verdict')).toBe(check(MT).verdict);
      const report = await res.json();
      assertValidReport(report);
      expect(report).toEqual(check(MT));
    });

    it('returns HTML, Markdown, text and fixed text on request; takes text/plain bodies', async () => {
      const html = await fetch(`${server.url}/api/check?format=html`, json({ text: MT, fileName: '004.txt' }));
      expect(html.headers.get('content-type')).toMatch(/^text\/html/);
      expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await html.text()).toMatch(/^<!DOCTYPE html>[\s\S]*calque report<span class="label">: 004\.txt/);
      const md = await fetch(`${server.url}/api/check`, json({ text: MT, format: 'md' }));
      expect(await md.text()).toContain('UN DK');
      const plain = await fetch(`${server.url}/api/check?format=text`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: MT });
      expect(await plain.text()).toMatch(/untranslated-acronym/);
      const fixed = await (await fetch(`${server.url}/api/check`, json({ text: MT, format: 'fix' }))).text();
      expect(fixed).toContain('UN Security Council');
      expect(fixed).not.toContain('UN DK');
      const clean = await fetch(`${server.url}/api/check`, json({ text: CLEAN, disable: ['low-fluency'] }));
      expect(clean.headers.get('x-calque-verdict')).toBe(check(CLEAN, { rules: { 'low-fluency': false } }).verdict);
    });

    it('checks Markdown and HTML input with spans into the original', async () => {
      const text = '<p>The <em>UN DK</em> met on Monday.</p>\n';
      const report = (await (await fetch(`${server.url}/api/check`, json({ text, inputFormat: 'html' }))).json()) as ReturnType<typeof check>;
      const f = report.findings.find((x) => x.ruleId === 'untranslated-acronym')!;
      expect(text.slice(f.span.start, f.span.end)).toBe('UN DK');
      expect(report.findings.every((x) => !x.text.includes('<'))).toBe(true);
    });
  });

  describe('limits and errors', () => {
    it('answers bad requests with one line and the right status, never a stack trace', async () => {
      const cases: [string, RequestInit, number][] = [
        ['/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' }, 400],
        ['/api/check', json({ text: 'x', format: 'pdf' }), 400],
        ['/api/check', json({ text: '   ' }), 400],
        ['/api/check', json({ txt: 'Hello.' }), 400],
        ['/api/check', json({ text: 'Hello.', formt: 'html' }), 400],
        ['/api/check', json({ text: 'Hello.', disable: ['no-such-rule'] }), 400],
        ['/api/check', { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: '%PDF' }, 415],
        ['/api/check', json({ text: 'a'.repeat(100_001) }), 413],
        ['/api/check', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'a'.repeat(1024 * 1024 + 10) }, 413],
        ['/v2/check', form({ text: 'x'.repeat(1024 * 1024 + 10), language: 'en' }), 413],
        ['/nowhere', { method: 'GET' }, 404],
        ['/v2/check', { method: 'DELETE' }, 404],
      ];
      for (const [path, init, status] of cases) {
        const res = await fetch(`${server.url}${path}`, init);
        const body = await res.text();
        expect(res.status, `${path} ${String(init.body).slice(0, 30)}`).toBe(status);
        expect(isOneLine(body), body).toBe(true);
        if (path.startsWith('/api/')) expect(Object.keys(JSON.parse(body) as object)).toEqual(['error']);
      }
    });

    it('sends no CORS headers unless configured', async () => {
      const res = await fetch(`${server.url}/v2/languages`, { headers: { origin: 'https://evil.example' } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('serves concurrent requests: a load test of 300 small checks on 127.0.0.1 (figures printed)', async () => {
      const sentences = [
        'The UN DK met on Monday to discuss the plan.',
        'Officials said the new policy will be implemented starting next year in all provinces.',
        'The minister said the plan was ready and would be announced on Tuesday.',
        'Police arrested 3 suspects in the case of the theft, said Kapolres.',
      ];
      const total = 300;
      const concurrency = 8;
      const latencies: number[] = [];
      let next = 0;
      let failures = 0;
      const started = performance.now();
      const worker = async (): Promise<void> => {
        while (next < total) {
          const i = next++;
          const t0 = performance.now();
          const res = await fetch(`${server.url}/v2/check`, form({ text: sentences[i % sentences.length]!, language: 'en-US' }));
          await res.arrayBuffer();
          if (res.status !== 200) failures++;
          latencies.push(performance.now() - t0);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const p = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
      console.log(
        `load test: ${total} requests, ${concurrency} concurrent, 2 workers: ${(total / seconds).toFixed(0)} requests/s, ` +
          `p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms, max ${latencies[latencies.length - 1]!.toFixed(0)} ms`,
      );
      expect(failures).toBe(0);
      expect(latencies).toHaveLength(total);
    });
  });

  describe('a server with a short timeout, no queue and CORS for one origin', () => {
    let small: RunningServer;
    beforeAll(async () => {
      // A text of 900,000 characters takes several seconds to check even on an idle machine, so the
      // 0.5 s limit is passed by a wide margin (check() got fast enough to finish 99,000 in time).
      small = await startServer(['--workers', '1', '--timeout', '0.5', '--max-queue', '0', '--max-chars', '1000000', '--max-body', '4000000', '--cors', 'https://cms.example.org']);
    }, 60_000);
    afterAll(async () => {
      await small?.stop();
    });

    it('allows the configured origin only', async () => {
      const ok = await fetch(`${small.url}/v2/languages`, { headers: { origin: 'https://cms.example.org' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://cms.example.org');
      const other = await fetch(`${small.url}/v2/languages`, { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('stops a check that runs past the timeout (503), stays responsive meanwhile, and recovers', async () => {
      const long = Array.from({ length: 250 }, () => MT).join('\n').slice(0, 900_000);
      const order: string[] = [];
      const slow = fetch(`${small.url}/api/check`, json({ text: long })).then(async (r) => {
        order.push('check');
        return { status: r.status, body: await r.text(), retry: r.headers.get('retry-after') };
      });
      await new Promise((r) => setTimeout(r, 150));
      // With the only worker busy and no queue, a second check is refused at once.
      const busy = await fetch(`${small.url}/api/check`, json({ text: 'The UN DK met.' }));
      const busyBody = await busy.text();
      // The HTTP thread is free: the page and the languages list answer while the check runs.
      const langs = await fetch(`${small.url}/v2/languages`);
      order.push('languages');
      const done = await slow;
      expect(langs.status).toBe(200);
      expect(order).toEqual(['languages', 'check']);
      expect(busy.status).toBe(503);
      expect(busyBody).toMatch(/busy/);
      expect(done.status).toBe(503);
      expect(done.body).toMatch(/longer than the server's limit of 0\.5 s/);
      expect(isOneLine(done.body)).toBe(true);
      expect(done.retry).not.toBeNull();
      // The stopped worker is replaced: a small check succeeds again.
      let status = 0;
      for (let i = 0; i < 60 && status !== 200; i++) {
        status = (await fetch(`${small.url}/api/check`, json({ text: 'The UN DK met.' }))).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
    });
  });

  it('shuts down gracefully on SIGTERM: the running request completes, exit code 0', async () => {
    const s = await startServer(['--workers', '1']);
    // Long enough (about ten times 004) to be still running when the signal comes.
    const pending = fetch(`${s.url}/api/check`, json({ text: Array.from({ length: 10 }, () => MT).join('\n') }));
    await new Promise((r) => setTimeout(r, 150));
    const code = s.stop();
    const res = await pending;
    expect(res.status).toBe(200);
    assertValidReport(await res.json());
    expect(await code).toBe(0);
    expect(s.stderr()).toMatch(/SIGTERM: finishing running requests[\s\S]*stopped/);
  });
});
