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

describe('formatHtml stays bounded on dense input', () => {
  // One invented sentence per line, with many findings per line: the 792 kB input had so
  // many findings that its HTML report was 85 MB and took 73 s to open.
  const line = 'Leader Kim met Leader Kim and Leader Kim again.\n';
  const denseReport = (lines: number): { input: string; report: ReturnType<typeof syntheticReport> } => {
    const input = line.repeat(lines);
    const spans: [number, number, Severity][] = [];
    for (let k = 0; k < lines; k++) {
      const at = k * line.length;
      spans.push([at, at + 10, 'minor'], [at + 15, at + 25, 'minor'], [at + 30, at + 40, 'info']);
      if (k % 100 === 0) spans.push([at + 41, at + 46, 'major']);
    }
    return { input, report: syntheticReport(input, spans) };
  };

  it('highlights and lists at most the first N findings of each severity, and says how many were left out', () => {
    const { input, report } = denseReport(400); // 800 minor, 400 info, 4 major
    const html = formatHtml(report, input);
    const p = parseArticle(html);
    expect(p.balanced).toBe(true);
    expect(p.text).toBe(input);
    const shown = report.findings.filter((f) => p.ids.includes(f.id));
    expect(shown.filter((f) => f.severity === 'minor')).toHaveLength(250);
    expect(shown.filter((f) => f.severity === 'info')).toHaveLength(250);
    expect(shown.filter((f) => f.severity === 'major')).toHaveLength(4);
    expect(html.match(/<li class="finding /g)?.length ?? 0).toBe(504);
    // The first ones in text order are kept.
    const firstMinor = report.findings.filter((f) => f.severity === 'minor').sort((a, b) => a.span.start - b.span.start).slice(0, 250);
    for (const f of firstMinor) expect(p.ids).toContain(f.id);
    expect(html).toContain('Showing 504 of 1204 findings');
    expect(html).toContain('550 minor, 150 info');
    expect(html).toContain('--format json');
    // The summary still counts every finding, and the embedded report stays valid JSON.
    expect(html).toMatch(/<dt>Findings<\/dt><dd><a href="#findings">1204<\/a>/);
    const embedded = JSON.parse(/<script type="application\/json" id="calque-report">([^<]*)<\/script>/.exec(html)![1]!) as { findings: unknown[] };
    expect(embedded.findings).toHaveLength(504);
  });

  it('grows with the input, not with the number of findings', () => {
    const small = denseReport(1000);
    const big = denseReport(4000);
    const sizeSmall = formatHtml(small.report, small.input).length;
    const sizeBig = formatHtml(big.report, big.input).length;
    // 4× the input and findings: the page grows by the text and its sentences, not by 9,000 more findings.
    expect(sizeBig / big.input.length).toBeLessThan(sizeSmall / small.input.length);
    expect(sizeBig).toBeLessThan(40 * big.input.length);
  });

  it('honours maxFindingsPerSeverity, and shows everything below the cap without a note', () => {
    const { input, report } = denseReport(20);
    expect(formatHtml(report, input)).not.toContain('class="omitted"');
    const capped = formatHtml(report, input, { maxFindingsPerSeverity: 5 });
    expect(parseArticle(capped).ids).toHaveLength(5 + 5 + 1);
    expect(capped).toContain('the first 5 of each severity');
  });
});

describe('formatHtml neutralises bidirectional controls', () => {
  const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
  const raw = /[\u202A-\u202E\u2066-\u2069]/;

  it('shows every bidi control as a visible, marked chip in the article, findings, label and messages', () => {
    const input = `The minister said \u202Eyad tsal\u202C the bill passed.\nIsolated \u2067text\u2069 here and ${controls.join('')} there.\n`;
    const at = input.indexOf('\u202E');
    const report = syntheticReport(input, [[at, at + 10, 'major', 'Quoted \u202Etext\u202C in a message.']]);
    const html = formatHtml(report, input, { label: 'a\u202Eb.txt', title: 'x\u2066y' });
    const visible = html.replace(/<script type="application\/json"[^]*?<\/script>/, '');
    expect(visible).not.toMatch(raw);
    expect(visible).toContain('<span class="bidi" title="U+202E RIGHT-TO-LEFT OVERRIDE">⟨U+202E⟩</span>');
    for (const c of controls) expect(visible).toContain(`⟨U+${c.codePointAt(0)!.toString(16).toUpperCase()}⟩`);
    expect(visible).toContain('<title>x⟨U+2066⟩y</title>');
    // The highlight still covers the same characters, and the markup stays balanced.
    const p = parseArticle(html);
    expect(p.balanced).toBe(true);
    expect(p.ids).toEqual([report.findings[0]!.id]);
  });
});
