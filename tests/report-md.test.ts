/** The Markdown report (and the terminal text report, which shares its summary helpers). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, formatMarkdown, formatText, SEVERITIES } from '../src/index.js';
import { escapeMarkdown } from '../src/report/escape.js';
import { readSeed, SEED_MT } from './helpers.js';
import { syntheticReport } from './report-fixtures.js';

/** CommonMark reads `\` + ASCII punctuation as that character, literally. */
function unescapeMd(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Cells of a GFM table row, split on pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  return row.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
}

const HOSTILE = '*bold* _it_ `code` <b>x</b> [link](https://example.com) ![i](x.png) | pipe \\ back ~~s~~ &amp; # h $x$ <!-- c -->';

describe('escapeMarkdown', () => {
  it('round-trips any text through CommonMark backslash escapes, on one line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
        // Every metacharacter is escaped: removing the escapes leaves none unescaped behind.
        expect(out.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[\\`*_{}[\]<>|~&#!$]/);
        const expected = s
          .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD')
          .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
        expect(unescapeMd(out)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes the characters the issue names', () => {
    expect(escapeMarkdown('a|b*c_d`e<f>g[h]i')).toBe('a\\|b\\*c\\_d\\`e\\<f\\>g\\[h\\]i');
  });
});

describe('formatMarkdown', () => {
  const input = readSeed(SEED_MT);
  const report = check(input);
  const out = formatMarkdown(report, input, { label: 'corpora/004_182a879f4c50abd6.txt' });

  it('starts with the verdict and a summary table whose counts match the report', () => {
    const lines = out.split('\n');
    expect(lines[0]).toBe('### calque report: corpora/004\\_182a879f4c50abd6.txt');
    expect(out).toContain(`**Verdict: ${report.verdict.toUpperCase()}**`);
    const header = lines.findIndex((l) => l.startsWith('| Quality |'));
    expect(header).toBeGreaterThan(0);
    const head = cells(lines[header]!);
    const values = cells(lines[header + 2]!).map((c) => c.trim());
    expect(cells(lines[header + 1]!)).toHaveLength(head.length);
    expect(values).toHaveLength(head.length);
    expect(values[head.findIndex((h) => h.trim() === 'Findings')]).toBe(String(report.findings.length));
    for (const s of SEVERITIES) {
      const col = head.findIndex((h) => h.trim().toLowerCase() === s);
      expect(values[col]).toBe(String(report.findings.filter((f) => f.severity === s).length));
    }
  });

  it('lists every finding once, under its severity, with line:column, text, message and suggestion', () => {
    const items = out.split('\n').filter((l) => l.startsWith('- **line '));
    expect(items).toHaveLength(report.findings.length);
    for (const s of SEVERITIES) {
      const n = report.findings.filter((f) => f.severity === s).length;
      if (n > 0) expect(out).toContain(`#### ${s[0]!.toUpperCase()}${s.slice(1)} (${n})`);
    }
    for (const f of report.findings) {
      expect(out).toContain(`- **line ${f.line}, column ${f.column}** · \`${f.category}\` · \`${f.ruleId}\``);
      if (f.suggestions[0]) expect(out).toContain(escapeMarkdown(f.suggestions[0]));
    }
  });

  it('escapes hostile text everywhere and keeps every table rectangular', () => {
    const text = `Officials said ${HOSTILE} on Monday.\nAnd then | more.`;
    const r = syntheticReport(text, [[15, 15 + HOSTILE.length, 'major', `Quoting ${HOSTILE}`]]);
    r.findings[0]!.suggestions = [HOSTILE];
    const md = formatMarkdown(r, text, {
      label: HOSTILE,
      entityTable: { caption: HOSTILE, headers: ['Entity', 'Article', 'Reference'], rows: [[HOSTILE, '1'], ['a|b', '2', '3', 'extra']] },
      extraSections: [{ heading: `# ${HOSTILE}`, headers: ['Metric', 'Value'], rows: [['chars | changed', HOSTILE]] }],
    });
    const esc = escapeMarkdown(HOSTILE);
    expect(md).toContain(`- Text: “${esc}”`);
    expect(md).toContain(`- Quoting ${esc}`);
    expect(md).toContain(`- Suggestion: “${esc}”`);
    expect(md).not.toContain(HOSTILE);
    expect(md).not.toMatch(/(?<!\\)<(b|!--)/);
    // Tables: a header, a delimiter row, and rows, all with the same number of cells.
    const lines = md.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\| ?:?---/.test(lines[i]!)) continue;
      const width = cells(lines[i]!).length;
      expect(cells(lines[i - 1]!)).toHaveLength(width);
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) expect(cells(lines[j]!), lines[j]).toHaveLength(width);
    }
    // Headings from untrusted text cannot become deeper or other markup.
    expect(md).toContain(`#### \\# ${esc}`);
  });

  it('says so when there are no findings', () => {
    const r = syntheticReport('A clean sentence.', []);
    expect(formatMarkdown(r, 'A clean sentence.')).toContain('No findings.');
  });
});

describe('formatText', () => {
  const input = readSeed(SEED_MT);
  const report = check(input);

  it('prints one aligned entry per finding and a summary, without colour unless asked', () => {
    const out = formatText(report, { label: 'a.txt' });
    expect(out).not.toContain('\x1b[');
    const entries = out.split('\n').filter((l) => /^a\.txt:\d+:\d+ /.test(l));
    expect(entries).toHaveLength(report.findings.length);
    // Severity column starts at the same offset on every entry.
    const cols = new Set(entries.map((l) => l.search(/ (critical|major|minor|info) /)));
    expect(cols.size).toBeLessThanOrEqual(1);
    expect(out).toContain(`a.txt: ${report.findings.length} finding`);
    expect(out).toContain(`a.txt: verdict ${report.verdict.toUpperCase()}`);
  });

  it('colours severities and the verdict only when color is true', () => {
    const out = formatText(report, { label: 'a.txt', color: true });
    expect(out).toContain('\x1b[');
    expect(out).toMatch(/verdict \x1b\[[\d;]+m[A-Z]+\x1b\[0m/);
  });

  it('neutralises terminal escape sequences and bidi overrides from the article', () => {
    const text = 'Prices rose \x1b]0;owned\x07 sharply \u202e today.';
    const r = syntheticReport(text, [[12, text.length - 1]]);
    r.findings[0]!.suggestions = ['\x1b[2J'];
    for (const color of [false, true]) {
      const out = formatText(r, { label: 'x\x1b[31m', color });
      expect(out).not.toMatch(/\x1b[\]P]|\x1b\[2J|\x1b\[31m|\u202e|\x07/);
    }
  });
});
