/**
 * Token text ids (src/analysis/text-ids.ts): the per-word caches read by the language model, the
 * spelling rule, the Indonesian phrase matcher, the pattern families' word index and the person cues
 * are keyed by them, so an id must name one text for good, and a full table must only make things
 * slower: check() must give the same result when no token has an id.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { SEED_AFP, SEED_MT } from './helpers.js';

/** Words of the seed article with an invented misspelling, an Indonesian word and a person noun. */
const EXTRA = '\n\nThe goverment said the warga of Kampung Melayu were told to leave. A nurse said she had seen the water rise.';

describe('text ids', () => {
  it('gives each text one id for good, and -1 once the table is full', async () => {
    vi.resetModules();
    const ids = await import('../src/analysis/text-ids.js');
    const a = ids.textIdOf('banjir');
    const b = ids.textIdOf('Banjir');
    expect(a).toBeGreaterThanOrEqual(0);
    expect(b).not.toBe(a);
    expect(ids.textIdOf('banjir')).toBe(a);
    for (let k = 0; ids.textIdOf(`filler-${k}`) >= 0; k++);
    expect(ids.textIdOf('never-seen-before')).toBe(-1);
    expect(ids.textIdOf('banjir')).toBe(a);
    expect(ids.textIdOf('Banjir')).toBe(b);
  });

  it('TextIdTable grows on demand and forgets on clear', async () => {
    const { TextIdTable, MAX_TEXT_IDS } = await import('../src/analysis/text-ids.js');
    const t = new TextIdTable();
    expect(t.get(5)).toBe(0);
    t.set(5, 3);
    t.set(MAX_TEXT_IDS - 1, 7);
    expect(t.get(5)).toBe(3);
    expect(t.get(MAX_TEXT_IDS - 1)).toBe(7);
    expect(t.get(6)).toBe(0);
    t.clear();
    expect(t.get(5)).toBe(0);
    expect(t.get(MAX_TEXT_IDS - 1)).toBe(0);
  });

  it('check() gives the same result when the table is full and no token has an id', async () => {
    const texts = [readFileSync(SEED_MT, 'utf8') + EXTRA, readFileSync(SEED_AFP, 'utf8')];
    vi.resetModules();
    const withIds = await import('../src/index.js');
    const expected = texts.map((t) => JSON.stringify(withIds.check(t)));

    vi.resetModules();
    const ids = await import('../src/analysis/text-ids.js');
    for (let k = 0; ids.textIdOf(`filler-${k}`) >= 0; k++);
    const withoutIds = await import('../src/index.js');
    const { analyse } = await import('../src/analysis/analyse.js');
    // The fresh module graph shares the full table: the articles' tokens get no id.
    expect(analyse(texts[0]!).tokens.some((t) => t.textId !== -1)).toBe(false);
    expect(texts.map((t) => JSON.stringify(withoutIds.check(t)))).toEqual(expected);
  }, 120_000);
});
