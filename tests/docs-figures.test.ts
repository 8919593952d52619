/**
 * The figures quoted in docs/cli.md and docs/configuration.md (finding counts, scores, summary rows,
 * fixes applied, post-edit totals) are what the command shown prints today. When a rule change moves
 * them, this fails with the line to paste; re-capture the block from a real run (see the commands).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, run } from './cli-helpers.js';

/** Output lines that carry figures (the rest of a block may be shortened with […]). */
const FIGURES = [/: \d+ findings? \(/, /: quality [\d.]+\/100/, /^\| [\d.]+\/100 \|/, /^ {2}corpora\/\S+\s+(pass|review|fail)\s/, /^\d+ files?: /, /applied \d+ fix/, /edit rate \d/];

/** Each `$ calque …` command of a doc's fenced blocks with the output lines shown under it. */
function commands(doc: string): { argv: string[]; shown: string[] }[] {
  const out: { argv: string[]; shown: string[] }[] = [];
  for (const block of doc.split(/^```[a-z]*$/m).filter((_, i) => i % 2 === 1)) {
    let current: { argv: string[]; shown: string[] } | undefined;
    for (const line of block.split('\n')) {
      if (line.startsWith('$ ')) {
        current = undefined;
        const m = /^\$ calque (report [^>|]*?)\s*(?:>\s*\S+)?$/.exec(line);
        if (m) out.push((current = { argv: [...m[1]!.split(/\s+/).map((a) => a.replace(/^'(.*)'$/, '$1')), '--no-progress'], shown: [] }));
      } else if (current) current.shown.push(line);
    }
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'calque-docs-'));
cpSync(join(ROOT, 'corpora'), join(dir, 'corpora'), { recursive: true, filter: (src) => !src.includes(`${join('corpora', 'real')}`) });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('figures in the docs are today’s', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
  // Commands that need a file the doc creates in passing (brief.md, a broken configuration) are not rerun here.
  const runnable = commands(doc).filter((c) => c.argv.every((a) => !/^(brief\.md|nope\.txt|\/tmp\/|a\.txt)/.test(a)) && c.shown.some((l) => FIGURES.some((re) => re.test(l))));

  it('docs/cli.md has figure-bearing examples to check', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(5);
  });

  for (const c of runnable) {
    it(`calque ${c.argv.join(' ')}`, async () => {
      const r = await run(c.argv, dir);
      const printed = new Set(`${r.out}\n${r.err.replace(/^calque: /gm, 'calque: ')}`.split('\n'));
      const stale = c.shown.filter((l) => FIGURES.some((re) => re.test(l)) && !printed.has(l));
      expect(stale, `docs/cli.md shows lines this command no longer prints; it prints:\n${r.out.split('\n').filter((l) => FIGURES.some((re) => re.test(l))).join('\n')}\n${r.err}`).toEqual([]);
    });
  }
});
