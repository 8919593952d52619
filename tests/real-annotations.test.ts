/**
 * scripts/real-annotations.ts: quote-named items to UTF-16 spans, and the escrow that lets a lost
 * real-text set be restored from a fresh collection (issue 9). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { compareWithEscrow, escrowEntry, itemsFromQuotes, mergeEscrowTexts, restoreItems } from '../scripts/real-annotations.js';
import type { QuotedItem } from '../scripts/real-annotations.js';
import { validatorFor } from '../src/lexicons/validate.js';

const TEXT = 'Police chief 🚓 AKBP Rina said her party had secured the masses. The masses went home, ”said Rina.';
const QUOTED: QuotedItem[] = [
  { quote: 'her party', class: 'calque-phrase', severity: 'major', tier: 'A', fix: 'the police' },
  { quote: 'masses', n: 2, class: 'word-choice', severity: 'minor', tier: 'B' },
  { quote: 'home, ”said', class: 'quote-spacing', severity: 'major', tier: 'A' },
];

describe('real-annotations', () => {
  it('turns quotes into UTF-16 spans, counting occurrences from 1', () => {
    const { items, missing } = itemsFromQuotes(TEXT, QUOTED);
    expect(missing).toEqual([]);
    for (const x of items) expect(TEXT.slice(x.start, x.end)).toBe(x.quote);
    const masses = items.find((x) => x.class === 'word-choice')!;
    expect(masses.start).toBe(TEXT.indexOf('masses', TEXT.indexOf('masses') + 1));
    // the emoji is two UTF-16 units: the span after it counts both
    expect(items[0]!.start).toBe(TEXT.indexOf('her party'));
  });

  it('names every quote the text lacks', () => {
    const { missing } = itemsFromQuotes(TEXT, [{ quote: 'his party', class: 'calque-phrase', severity: 'major', tier: 'A' }]);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toContain('his party');
  });

  it('keeps none of the text in the escrow, and the escrow is valid', () => {
    const { items } = itemsFromQuotes(TEXT, QUOTED);
    const entry = escrowEntry('z-ai-01', 'machine-translated', TEXT, items);
    const json = JSON.stringify(entry);
    for (const word of ['party', 'masses', 'Rina', 'Police']) expect(json).not.toContain(word);
    const validate = validatorFor('real-escrow');
    expect(validate({ about: 'test', saved: '2026-12-05', texts: [entry] }), JSON.stringify(validate.errors)).toBe(true);
  });

  it('restores exactly from the same text', () => {
    const { items } = itemsFromQuotes(TEXT, QUOTED);
    const r = restoreItems(TEXT, escrowEntry('z-ai-01', 'machine-translated', TEXT, items));
    expect(r.exact).toBe(true);
    expect(r.items.map((x) => [x.start, x.end, x.quote])).toEqual(items.map((x) => [x.start, x.end, x.quote]));
  });

  it('finds the items again in a copy collected with an extra paragraph, and reports the lost one', () => {
    const { items } = itemsFromQuotes(TEXT, QUOTED);
    const entry = escrowEntry('z-ai-01', 'machine-translated', TEXT, items);
    const copy = 'A caption the first copy dropped.\n\n' + TEXT.replace('her party', 'his side');
    const r = restoreItems(copy, entry);
    expect(r.exact).toBe(false);
    expect(r.lost.map((x) => x.class)).toEqual(['calque-phrase']);
    expect(r.items.map((x) => x.quote)).toEqual(['masses', 'home, ”said']);
    // the second "masses", as annotated, not the first
    expect(r.items[0]!.start).toBe(copy.indexOf('masses', copy.indexOf('masses') + 1));
  });
  it('tells a collector whether a copy is the annotated text, and how far off it is', () => {
    const { items } = itemsFromQuotes(TEXT, QUOTED);
    const entry = escrowEntry('z-ai-01', 'machine-translated', TEXT, items);
    expect(compareWithEscrow(TEXT, entry)).toMatchObject({ exact: true, lengthDelta: 0, found: items.length, items: items.length });
    const unterminated = TEXT.replace(/\n+$/, '');
    if (unterminated !== TEXT) expect(compareWithEscrow(unterminated, entry).exactIfFinalNewline).toBe('added');
    else expect(compareWithEscrow(TEXT + '\n', entry).exactIfFinalNewline).toBe('removed');
    const longer = compareWithEscrow('A caption.\n\n' + TEXT, entry);
    expect(longer).toMatchObject({ exact: false, lengthDelta: 'A caption.\n\n'.length, found: items.length });
  });

  it('keeps the earlier escrow entry of a text that was not collected again', () => {
    const { items } = itemsFromQuotes(TEXT, QUOTED);
    const a = escrowEntry('z-ai-01', 'machine-translated', TEXT, items);
    const b = escrowEntry('z-ai-02', 'machine-translated', TEXT, items.slice(0, 1));
    const fresh = { ...a, items: a.items.slice(0, 1) };
    const { merged, kept } = mergeEscrowTexts([fresh], [b, a]);
    expect(merged.map((t) => t.id)).toEqual(['z-ai-01', 'z-ai-02']);
    expect(merged[0]!.items).toHaveLength(1); // the fresh annotation wins for a text collected again
    expect(kept.map((t) => t.id)).toEqual(['z-ai-02']);
  });
});
