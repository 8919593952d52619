/** The HTML report without a browser: structure, escaping, CSP, contrast, overlap handling. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, formatHtml, SEVERITIES } from '../src/index.js';
import type { Severity } from '../src/index.js';
import { contrastPairs } from '../src/report/html/theme.js';
import { readSeed, SEED_MT } from './helpers.js';
import { syntheticReport } from './report-fixtures.js';

interface Parsed {
  /** Article text reconstructed from the markup, with tooltips and screen-reader-only text left out. */
  text: string;
  /** data-finding-id of every element that carries one. */
  ids: string[];
  balanced: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** A tiny parser for our own output (all text is escaped, so `<` only ever starts one of our tags). */
function parseArticle(html: string): Parsed {
  const m = /<div class="article" id="article" tabindex="-1">([\s\S]*?)<\/div>\n<\/section>/.exec(html);
  if (!m) throw new Error('no article');
  const stack: { tag: string; hidden: boolean }[] = [];
  const ids: string[] = [];
  let text = '';
  let balanced = true;
  for (const t of m[1]!.matchAll(/<(\/?)([a-z]+)([^>]*)>|([^<]+)/g)) {
    if (t[4] !== undefined) {
      if (!stack.some((s) => s.hidden)) text += t[4].replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
      continue;
    }
    const [, close, tag, attrs] = t;
    if (close) {
      if (stack.pop()?.tag !== tag) balanced = false;
      continue;
    }
    const id = /data-finding-id="([^"]*)"/.exec(attrs!);
    if (id) ids.push(id[1]!);
    stack.push({ tag: tag!, hidden: /class="(tip|vh)"/.test(attrs!) });
  }
  return { text, ids, balanced: balanced && stack.length === 0 };
}

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('formatHtml', () => {
  const input = readSeed(SEED_MT);
  const report = check(input);
  const html = formatHtml(report, input, { label: 'corpora/004.txt' });

  it('gives every finding exactly one highlight and one tooltip, and keeps the article text intact', () => {
    const p = parseArticle(html);
    expect(p.balanced).toBe(true);
    expect(p.text).toBe(input);
    expect(p.ids.sort()).toEqual(report.findings.map((f) => f.id).sort());
    expect(html.match(/role="tooltip"/g)?.length ?? 0).toBe(report.findings.length);
    expect(html.match(/<li class="finding /g)?.length ?? 0).toBe(report.findings.length);
  });

  it('is self-contained: a strict CSP, no external resources, the script allowed by its hash', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/\bsrc=|@import|url\(|<link\b|https?:\/\//);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]![1]!, 'utf8').digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(html).toContain(`style-src 'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`);
    expect(html).not.toMatch(/ style="/);
  });

  it('embeds the report as inert JSON that parses back unchanged', () => {
    const blob = /<script type="application\/json" id="calque-report">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(blob).not.toMatch(/[<>]/);
    expect(JSON.parse(blob)).toEqual(report);
  });

  it('shows the summary: verdict, scores, counts by severity and the provenance notice', () => {
    expect(html).toContain(`Verdict: ${report.verdict.toUpperCase()}`);
    expect(html).toContain('<dt>Quality</dt>');
    expect(html).toContain('<dt>Fluency</dt>');
    for (const s of SEVERITIES) expect(html).toContain(`<td>${s}</td><td class="num">${report.findings.filter((f) => f.severity === s).length}</td>`);
    if (report.input.provenance.machineTranslationNotice) expect(html).toContain('machine translated');
    expect(html.match(/class="bar /g)?.length).toBe(report.sentences.filter((s) => !s.boilerplate).length);
  });

  it('escapes hostile article text, labels, messages, suggestions and table cells', () => {
    const evil = '<script>window.__pwned=1</script> "><svg onload=alert(1)> </script><script>alert(2)</script> <img src=x onerror="x()"> & \' "';
    const text = `Officials said ${evil} on Monday.`;
    const r = syntheticReport(text, [[15, 15 + evil.length, 'major', `Message quoting ${evil}`]]);
    r.findings[0]!.suggestions = [evil];
    const out = formatHtml(r, text, {
      label: evil,
      title: evil,
      entityTable: { caption: evil, headers: [evil], rows: [[evil, evil]] },
      extraSections: [{ heading: evil, headers: ['a', evil], rows: [[evil]] }],
    });
    expect(out.match(/<script\b/g)).toHaveLength(2); // the JSON blob and our own script
    expect(out).not.toMatch(/<(img|svg)\b/);
    expect(out).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(parseArticle(out).text).toBe(text);
  });

  it('handles any overlap: nested, crossing, identical, zero-length and out-of-range spans', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60, unit: fc.constantFrom('a', 'b', ' ', '\n', '<', '&', '"', 'é', '😀') }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(70), fc.constantFrom<Severity>(...SEVERITIES)), { maxLength: 8 }),
        (text, raw) => {
          const spans = raw.map(([a, b, s]) => {
            const start = Math.min(a, b, text.length);
            return [start, Math.min(Math.max(a, b), text.length), s] as [number, number, Severity];
          });
          const r = syntheticReport(text, spans);
          const p = parseArticle(formatHtml(r, text));
          expect(p.balanced).toBe(true);
          expect(p.text).toBe(text);
          expect(p.ids.sort()).toEqual(r.findings.map((f) => f.id).sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('renders a report paired with the wrong (shorter) input without throwing', () => {
    const out = formatHtml(report, 'short');
    expect(parseArticle(out).text).toBe('short');
    expect(parseArticle(out).ids).toHaveLength(report.findings.length);
  });

  it('meets WCAG AA contrast for every colour pair it uses', () => {
    for (const [what, fg, bg, min] of contrastPairs()) {
      expect.soft(contrast(fg, bg), `${what}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(min);
    }
  });

  it('has keyboard affordances: skip links, focusable highlights described by their tooltips, print styles', () => {
    expect(html).toContain('class="skip" href="#article"');
    expect(html).toContain('class="skip" href="#findings"');
    for (let n = 1; n <= report.findings.length; n++) {
      expect(html).toContain(`id="h-${n}" data-n="${n}"`);
      expect(html).toContain(`aria-describedby="tip-${n}"`);
      expect(html).toContain(`href="#h-${n}"`);
      expect(html).toContain(`href="#f-${n}"`);
    }
    expect(html).toContain('@media print');
  });
});
