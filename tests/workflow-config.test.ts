import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CalqueError } from '../src/index.js';
import { clearExtraEntries, extraEntries, withExtraEntries } from '../src/lexicons/extra.js';
import { loadLexicon } from '../src/lexicons/load.js';
import { checkOptionsFrom, findConfigFile, loadConfigFile, validateConfig } from '../src/workflow/config.js';
import { compileGlossary, glossaryFindings } from '../src/workflow/glossary.js';

function problem(config: unknown): string {
  try {
    validateConfig(config, 'calque.config.json');
  } catch (err) {
    expect(err).toBeInstanceOf(CalqueError);
    return (err as Error).message;
  }
  return 'valid';
}

describe('configuration', () => {
  afterEach(() => clearExtraEntries());

  it('accepts a full configuration', () => {
    expect(
      problem({
        $schema: './node_modules/calque/data/schemas/config.schema.json',
        rules: { 'mt-disclaimer': 'minor', 'house-glossary': { severity: 'major' }, 'reference-unsupported': false },
        thresholds: { passQuality: 95, failQuality: 50, reviewOn: 'major' },
        minConfidence: 0.2,
        inputFormat: 'markdown',
        gate: { failOn: 'major', minQuality: 80 },
        glossary: {
          preferred: [{ term: 'Kim Jong Un', variants: ['Kim Jong-un'] }],
          banned: [{ term: 'hermit kingdom', message: 'cliché' }, { pattern: '\\bDK PBB\\b', suggestion: 'UN Security Council', fixable: true }],
        },
        lexicons: { 'mt-notices': [{ pattern: '\\bproduced by RoboTranslate\\b', example: 'This story was produced by RoboTranslate.' }] },
      }),
    ).toBe('valid');
  });

  it('names the JSON path and what is expected', () => {
    expect(problem({ rules: { 'mt-disclaimer': { severity: 'loud' } } })).toBe('calque.config.json: /rules/mt-disclaimer/severity: must be one of critical, major, minor, info');
    expect(problem({ rules: { 'mt-disclaimer': 'loud' } })).toBe('calque.config.json: /rules/mt-disclaimer: must be one of critical, major, minor, info');
    expect(problem({ rules: { 'mt-disclaimer': 3 } })).toMatch(/^calque\.config\.json: \/rules\/mt-disclaimer: must be true, false, a severity/);
    expect(problem({ rules: { 'no-such-rule': false } })).toBe("calque.config.json: /rules/no-such-rule: unknown rule 'no-such-rule' (see `calque rules`)");
    expect(problem({ thresholds: { passQuality: 120 } })).toMatch(/^calque\.config\.json: \/thresholds\/passQuality: must be <= 100/);
    expect(problem({ colour: true })).toBe("calque.config.json: (root): unknown property 'colour'");
    expect(problem({ gate: { failOn: 'severe' } })).toBe('calque.config.json: /gate/failOn: must be one of critical, major, minor, info');
    expect(problem({ thresholds: { passQuality: 50, failQuality: 70 } })).toMatch(/\/thresholds\/failQuality: must not be above passQuality/);
  });

  it('rejects unsafe, invalid and empty-matching glossary patterns', () => {
    expect(problem({ glossary: { banned: [{ pattern: '(a+)+$' }] } })).toMatch(/^calque\.config\.json: \/glossary\/banned\/0\/pattern: unsafe regular expression/);
    expect(problem({ glossary: { banned: [{ pattern: '(unclosed' }] } })).toMatch(/\/glossary\/banned\/0\/pattern: not a valid regular expression/);
    expect(problem({ glossary: { banned: [{ pattern: 'x*' }] } })).toMatch(/matches the empty string/);
    expect(problem({ glossary: { preferred: [{ term: 'X' }] } })).toMatch(/\/glossary\/preferred\/0: needs 'variants'/);
    expect(problem({ glossary: { banned: [{ term: 'x', fixable: true }] } })).toMatch(/\/glossary\/banned\/0\/fixable: 'fixable' needs a 'suggestion'/);
  });

  it('validates extra lexicon entries against the lexicon schema, and their patterns', () => {
    expect(problem({ lexicons: { 'no-such-lexicon': [{}] } })).toMatch(/^calque\.config\.json: \/lexicons\/no-such-lexicon: unknown lexicon/);
    expect(problem({ lexicons: { 'mt-notices': [{ pattern: 'abc' }] } })).toMatch(/^calque\.config\.json: \/lexicons\/mt-notices\/0: must have required property 'example'/);
    expect(problem({ lexicons: { 'mt-notices': [{ pattern: '(x+)+y', example: 'xy' }] } })).toMatch(/\/lexicons\/mt-notices\/0\/pattern: unsafe regular expression/);
  });

  it('reads files: invalid JSON is located by line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calque-config-'));
    writeFileSync(join(dir, 'calque.config.json'), '{\n  "rules": { "mt-disclaimer": "minor", }\n}\n');
    expect(() => loadConfigFile(join(dir, 'calque.config.json'), dir)).toThrow(/^calque\.config\.json: not valid JSON \(.*\) at line 2, column 40$/);
    expect(() => loadConfigFile('missing.json', dir)).toThrow(/missing\.json: no such configuration file/);
  });

  it('is found upward from the working directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calque-config-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'calque.config.json'), '{}');
    expect(findConfigFile(join(dir, 'a', 'b'))).toBe(join(dir, 'calque.config.json'));
  });

  it('turns into check() options; command-line --disable and --only win; pseudo-rules are left out', () => {
    const opts = checkOptionsFrom({ rules: { 'mt-disclaimer': 'minor', 'house-glossary': false }, minConfidence: 0.3 }, { disable: ['mt-disclaimer'], only: [] });
    expect(opts).toEqual({ rules: { 'mt-disclaimer': false }, minConfidence: 0.3 });
  });

  it('house glossary: preferred spellings are fixable, banned terms are flagged, whole words only', () => {
    const g = compileGlossary({
      preferred: [{ term: 'Kim Jong Un', variants: ['Kim Jong-un'] }],
      banned: [{ term: 'hermit kingdom', message: 'cliché: name the country' }],
    });
    const text = 'Kim Jong-un rules the Hermit Kingdom. Kim Jong Un spoke. Kim Jong-unx is not a match.';
    const f = glossaryFindings(text, g);
    expect(f.map((x) => [x.text, x.ruleId, x.category, x.severity, x.fixable ?? false])).toEqual([
      ['Kim Jong-un', 'house-glossary', 'terminology/house-style', 'minor', true],
      ['Hermit Kingdom', 'house-glossary', 'terminology/house-style', 'minor', false],
    ]);
    expect(f[0]!.suggestions).toEqual(['Kim Jong Un']);
    expect(f[1]!.message).toBe('cliché: name the country');
    expect(glossaryFindings(text, g, 'major').every((x) => x.severity === 'major')).toBe(true);
  });

  it('extra lexicon entries are appended by loadLexicon() and validated', () => {
    const before = loadLexicon('mt-notices').entries.length;
    withExtraEntries('mt-notices', [{ pattern: '\\bproduced by RoboTranslate\\b', example: 'This story was produced by RoboTranslate.' }]);
    expect(loadLexicon('mt-notices').entries.length).toBe(before + 1);
    expect(extraEntries('mt-notices')).toHaveLength(1);
    expect(() => withExtraEntries('mt-notices', [{ nope: 1 }])).toThrow(CalqueError);
    clearExtraEntries();
    expect(loadLexicon('mt-notices').entries.length).toBe(before);
  });

  it('an extra entry is validated like a bundled one, its problems located at /<index>/<field>', () => {
    const entry = { term: 'pungli', english: 'extortion; illegal fees', class: 'noun' };
    expect(() => withExtraEntries('indonesian-words', [entry])).not.toThrow();
    expect(() => withExtraEntries('indonesian-words', [{ ...entry, class: 'loud' }])).toThrow(/\/0\/class/);
    clearExtraEntries();
  });
});

describe('docs/configuration.md', () => {
  it('every JSON example validates', () => {
    const md = readFileSync(new URL('../docs/configuration.md', import.meta.url), 'utf8');
    const blocks = [...md.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(() => validateConfig(JSON.parse(b), 'docs')).not.toThrow();
  });
});
