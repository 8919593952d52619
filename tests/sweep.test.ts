/**
 * Sweep: the sentences of the nlp-corpus package (100,000 odd English sentences: lyrics, SMS,
 * drug-trip reports, legal text, Shakespeare, emoji, ASCII art) through check(), with no crash and
 * honest spans. A crashing rule surfaces here (CALQUE_DEBUG=1).
 *
 * All 100,000 sentences take about 45 s on a 2-core machine, so `npm test` sweeps a deterministic
 * quarter: from file k (0..99) the sentences whose index i has i % 4 === k % 4, about 25,000
 * sentences from every file and source. CALQUE_SWEEP=all sweeps every sentence.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

process.env['CALQUE_DEBUG'] = '1';

const require = createRequire(import.meta.url);
// The package exports only its entry (src/server/index.js); its data sits in builds/ beside src/.
const builds = join(dirname(require.resolve('nlp-corpus')), '..', '..', 'builds');
const FILES = 100;
const ALL = process.env['CALQUE_SWEEP'] === 'all';
/** Sentences per checked document (one sentence per line, so each is its own paragraph). */
const PER_DOC = 250;
/** Also check this many sampled sentences one call each (per-call edge cases: empty, whitespace). */
const SINGLE = 1000;

function sampledSentences(): string[] {
  const out: string[] = [];
  for (let k = 0; k < FILES; k++) {
    const sentences = JSON.parse(readFileSync(join(builds, `doc-${k}.json`), 'utf8')) as unknown[];
    sentences.forEach((s, i) => {
      if (typeof s === 'string' && (ALL || i % 4 === k % 4)) out.push(s);
    });
  }
  return out;
}

function assertHonest(input: string, findings: { span: { start: number; end: number }; text: string }[]): void {
  for (const f of findings) {
    if (f.span.start < 0 || f.span.end > input.length || f.span.start > f.span.end || input.slice(f.span.start, f.span.end) !== f.text) {
      throw new Error(`dishonest span ${JSON.stringify(f)} in ${JSON.stringify(input.slice(0, 200))}`);
    }
  }
}

describe('nlp-corpus sweep', () => {
  const sentences = sampledSentences();

  it(`checks ${ALL ? 'every' : 'a deterministic quarter of the'} nlp-corpus sentences without a crash`, () => {
    expect(sentences.length).toBeGreaterThan(ALL ? 90_000 : 20_000);
    for (let i = 0; i < sentences.length; i += PER_DOC) {
      const doc = sentences.slice(i, i + PER_DOC).join('\n');
      let report;
      try {
        report = check(doc);
      } catch (err) {
        // Narrow the failure to one sentence, so the message names it.
        for (const s of sentences.slice(i, i + PER_DOC)) {
          try {
            check(s);
          } catch (inner) {
            throw new Error(`check() threw on ${JSON.stringify(s)}: ${(inner as Error).message}`);
          }
        }
        throw err;
      }
      assertHonest(doc, report.findings);
    }
  }, 240_000);

  it(`checks ${SINGLE} sentences one call each`, () => {
    const step = Math.floor(sentences.length / SINGLE);
    for (let i = 0; i < SINGLE; i++) {
      const s = sentences[i * step]!;
      assertHonest(s, check(s).findings);
    }
  }, 120_000);
});
