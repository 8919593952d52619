/**
 * wink-nlp read outside its pipeline and its API objects (src/analysis/nlp.ts, analyse.ts): named
 * entities run after readDoc on request (check() skips them), and the token columns and lemmas read
 * by wink's own `its` functions from the read's raw data. Each must equal what wink's pipeline and
 * its out() and token items give, and skipping entities must change nothing else.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winkNLP, { type Model } from 'wink-nlp';
import { analyse } from '../src/index.js';

const require = createRequire(import.meta.url);

/** Paragraphs of the team corpora and invented ones with dates, times, amounts, percentages and ordinals. */
function paragraphs(): string[] {
  const dir = join(process.cwd(), 'corpora');
  const team = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\r?\n/));
  const invented = [
    'On 17 August 2024 at 10:30 the ministry paid Rp 5 billion, 12.5 percent more than in 2023.',
    'The third round starts on Monday, March 3, and 1,200 voters in 14 villages took part, officials said.',
    'Contact press@example.org or visit https://example.org before 12/05/2025; the 2nd session costs $40.',
  ];
  return [...team, ...invented].filter((p) => p.trim().length > 0);
}

describe('named entities without wink’s NER in the pipeline', () => {
  it('equal the entities of a wink instance whose pipeline runs NER', () => {
    // A separate instance over the package's own model (its own lexicon), with NER in its pipeline.
    const reference = winkNLP(require('wink-eng-lite-web-model') as Model, ['sbd', 'ner', 'pos']);
    let compared = 0;
    for (const p of paragraphs()) {
      const wink = reference.readDoc(p);
      const values = wink.tokens().out(reference.its.value) as string[];
      const doc = analyse(p);
      // Compare where both read the paragraph into the same tokens (they do unless wink's lexicon
      // learnt a word differently in one of them).
      if (doc.tokens.length !== values.length || doc.tokens.some((t, i) => t.text !== values[i])) continue;
      const expected = (wink.entities().out(reference.its.span) as unknown as [number, number][]).map(([a, b], k) => ({
        type: (wink.entities().out(reference.its.type) as string[])[k],
        tokenStart: a,
        tokenEnd: b + 1,
      }));
      expect(doc.entities.map((e) => ({ type: e.type, tokenStart: e.tokenStart, tokenEnd: e.tokenEnd }))).toEqual(expected);
      compared += expected.length;
    }
    // The comparison is not vacuous: the texts hold many entities.
    expect(compared).toBeGreaterThan(20);
  });

  it('are left out on request, and nothing else changes', () => {
    const text = readFileSync(join(process.cwd(), 'corpora', readdirSync(join(process.cwd(), 'corpora')).find((f) => f.endsWith('.txt'))!), 'utf8');
    const full = analyse(text);
    const lean = analyse(text, { entities: false });
    expect(full.entities.length).toBeGreaterThan(0);
    expect(lean.entities).toEqual([]);
    // Every data field (JSON leaves out the document's methods) is the same.
    expect(JSON.stringify({ ...lean, entities: full.entities })).toBe(JSON.stringify(full));
  });
});

describe('wink’s token columns and lemmas read from the raw document data', () => {
  it('equal what wink’s out() and token items give', async () => {
    const { nlp, readDoc, lastReadData, winkAddons, beginDocument } = await import('../src/analysis/nlp.js');
    const { tokenColumns, tokenColumnsByOut } = await import('../src/analysis/analyse.js');
    const its = nlp().its;
    let tokens = 0;
    beginDocument();
    for (const p of paragraphs()) {
      const doc = readDoc(p);
      const rdd = lastReadData();
      expect(rdd).toBeDefined();
      expect(tokenColumns(its, rdd!)).toEqual(tokenColumnsByOut(doc, its));
      const lemma = its.lemma as unknown as (index: number, rdd: unknown, addons: unknown) => string | undefined;
      const items = doc.tokens();
      for (let w = 0; w < items.length(); w++) expect(lemma(w, rdd, winkAddons())).toBe(items.itemAt(w).out(its.lemma as unknown as typeof its.value));
      tokens += items.length();
    }
    expect(tokens).toBeGreaterThan(500);
  });
});
