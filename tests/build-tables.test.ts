/**
 * Build-time tables that spare a cold start work (scripts/build-literals.ts and its literal filters,
 * scripts/build-lexicon-stamps.ts, scripts/build-wink-model.ts, scripts/unpack-model.ts): they must hold exactly what run
 * time would compute, and must never excuse a file that changed after the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { generatedCoreModelPaths, loadCoreModel, packageCoreModel, winkModel } from '../src/analysis/wink-core-model.js';
import { buildLiteralFilter, filterKey, filterTableFile, literalFilterFor, literalKey, literalTableFile, tabledRequiredLiterals } from '../src/engine/literal-table.js';
import { requiredLiterals, type StoredLiteralFilter } from '../src/engine/literals.js';
import { textHash, validatedAtBuild } from '../src/lexicons/build-stamps.js';
import { lexiconNames } from '../src/lexicons/load.js';
import { dataPath } from '../src/lexicons/package-root.js';
import { compileFamily, patternRegExp } from '../src/patterns/compile.js';
import { compiledFamily, patternFamilyIds, patternStampName } from '../src/patterns/load.js';
import type { PatternFamily, PatternSpec } from '../src/patterns/types.js';
import { gunzipSync } from 'node:zlib';
import { startsPathOf, wordStarts } from '../src/lexicons/english-words.js';
import { unpackedCopyPath } from '../src/lexicons/unpacked-copy.js';
import { asBundledData } from '../src/lexicons/pattern-safety.js';

describe('pre-computed literal requirements of the bundled regex patterns', () => {
  const table = JSON.parse(readFileSync(literalTableFile(), 'utf8')) as Record<string, unknown>;
  const specs: PatternSpec[] = readdirSync(dataPath('patterns'))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(dataPath('patterns', f), 'utf8')) as { patterns: PatternSpec[] }).patterns)
    .filter((p) => p.regexp !== undefined);

  it('holds every bundled regex, each with what requiredLiterals() computes now', () => {
    expect(specs.length).toBeGreaterThan(100);
    for (const spec of specs) {
      const flags = patternRegExp(spec).flags;
      const key = literalKey(spec.regexp!, flags);
      expect(key in table, spec.id).toBe(true);
      expect(table[key] ?? undefined, spec.id).toEqual(requiredLiterals(spec.regexp!, flags));
    }
  });

  it('computes a regex the table does not hold (a user pattern)', () => {
    const source = '\\bin the framework of (?:the|a) meeting\\b';
    expect(literalKey(source, 'gi') in table).toBe(false);
    expect(tabledRequiredLiterals(source, 'gi')).toEqual(requiredLiterals(source, 'gi'));
    expect(tabledRequiredLiterals(source, 'gi')).toBeDefined();
  });
});

describe('bundled lexicons validated at build time', () => {
  it.each(lexiconNames())('%s: the build validated its current text, and no other text', (name) => {
    const text = readFileSync(dataPath('lexicons', `${name}.json`), 'utf8');
    expect(validatedAtBuild(name, text)).toBe(true);
    expect(validatedAtBuild(name, `${text} `)).toBe(false);
    expect(validatedAtBuild(`${name}-other`, text)).toBe(false);
    expect(textHash(text)).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('bundled pattern families validated at build time', () => {
  it.each(patternFamilyIds())('%s: the build validated its current text, and no other text', (rule) => {
    const text = readFileSync(dataPath('patterns', `${rule}.json`), 'utf8');
    expect(validatedAtBuild(patternStampName(rule), text)).toBe(true);
    expect(validatedAtBuild(patternStampName(rule), `${text} `)).toBe(false);
    expect(validatedAtBuild(rule, text)).toBe(false);
  });
});

describe("wink's core model read from the build's copies", () => {
  it('is the object the package\'s own loader builds, field by field', () => {
    const paths = generatedCoreModelPaths();
    expect(existsSync(paths.json) && existsSync(paths.bin)).toBe(true);
    const fast = loadCoreModel();
    const slow = packageCoreModel();
    expect(fast.lexicon).toBeInstanceOf(Uint32Array);
    expect(fast.lexicon.length).toBeGreaterThan(100_000);
    expect(Object.keys(fast)).toEqual(Object.keys(slow));
    for (const key of Object.keys(slow) as Array<keyof typeof slow>) expect(isDeepStrictEqual(fast[key], slow[key]), key).toBe(true);
  });

  it('is assembled like the package\'s main module, every part but core() the package\'s own', () => {
    const pkg = createRequire(import.meta.url)('wink-eng-lite-web-model') as Record<string, unknown>;
    let handed: unknown;
    const ours = winkModel((core) => (handed = core));
    expect(Object.keys(ours)).toEqual(Object.keys(pkg));
    for (const key of Object.keys(pkg)) if (key !== 'core') expect(isDeepStrictEqual(ours[key], pkg[key]), key).toBe(true);
    const core = (ours.core as () => unknown)();
    expect(handed).toBe(core);
    expect(isDeepStrictEqual(core, (pkg.core as () => unknown)())).toBe(true);
  });
});

describe("the word lists' stored word starts (scripts/unpack-model.ts)", () => {
  it.each(['english.txt.gz', 'english-extra.txt.gz'])('%s: the stored starts are those of the unpacked text', (file) => {
    const copy = unpackedCopyPath(dataPath('wordlists', file), 'words', '.txt');
    expect(copy !== undefined && existsSync(copy) && existsSync(startsPathOf(copy))).toBe(true);
    const bytes = readFileSync(startsPathOf(copy!));
    const stored = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const text = gunzipSync(readFileSync(dataPath('wordlists', file)));
    const found = wordStarts(text);
    expect(found.length).toBeGreaterThan(100_000);
    expect(isDeepStrictEqual(stored, found)).toBe(true);
    // Every start opens a word: the text's first character or one after a line feed, never a header.
    const s = text.toString('utf8');
    for (const at of [found[0]!, found[1]!, found[found.length - 1]!]) expect(at === 0 || s[at - 1] === '\n').toBe(true);
    expect(s[found[0]!]).not.toBe('#');
  });
});

describe('a stamped pattern family compiled lazily', () => {
  it.each(patternFamilyIds())('%s: the same index and, on first use, the same matchers as an eager compile', (rule) => {
    const lazy = compiledFamily(rule);
    // Bundled data: its token regexes are proved safe by tests/safe-patterns.test.ts, not here.
    const eager = asBundledData(() => compileFamily(JSON.parse(readFileSync(dataPath('patterns', `${rule}.json`), 'utf8')) as PatternFamily));
    expect(lazy.tokenPatterns.length).toBe(eager.tokenPatterns.length);
    expect([...lazy.index]).toEqual([...eager.index]);
    expect(lazy.alwaysRun).toEqual(eager.alwaysRun);
    lazy.tokenPatterns.forEach((p, i) => {
      const e = eager.tokenPatterns[i]!;
      expect([p.spec.id, p.keys, p.minBefore, p.maxBefore]).toEqual([e.spec.id, e.keys, e.minBefore, e.maxBefore]);
      expect(p.seq.elements.map((x) => [x.min, x.max, x.mark])).toEqual(e.seq.elements.map((x) => [x.min, x.max, x.mark]));
      expect(p.antipatterns.length).toBe(e.antipatterns.length);
      // Compiled once: the same object on every read.
      expect(p.seq).toBe(p.seq);
    });
  }, 30_000);
});

describe("the bundled pattern families' stored literal filters (scripts/build-literals.ts)", () => {
  it.each(patternFamilyIds())('%s: the stored filter is the one built now, and a changed list is built afresh', (rule) => {
    const family = JSON.parse(readFileSync(dataPath('patterns', `${rule}.json`), 'utf8')) as PatternFamily;
    const res = family.patterns.filter((p) => p.regexp !== undefined).map((p) => ({ source: p.regexp!, flags: patternRegExp(p).flags }));
    if (res.length === 0) return;
    const stored = (JSON.parse(readFileSync(filterTableFile(), 'utf8')) as { key: string; filter: StoredLiteralFilter }[]).find((f) => f.key === filterKey(res));
    expect(stored).toBeDefined();
    expect(isDeepStrictEqual(stored!.filter, buildLiteralFilter(res).toStored())).toBe(true);
    // Read back, it answers as the built filter does (a text with a literal of the first pattern, and one without).
    const fromTable = literalFilterFor(res);
    const built = buildLiteralFilter(res);
    expect(isDeepStrictEqual(fromTable.toStored(), built.toStored())).toBe(true);
    const text = `Nothing here.\n${family.examples.invalid.map((e) => e.text).join('\n')}`;
    const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    expect(fromTable.testRanges(text, starts)).toEqual(built.testRanges(text, starts));
    // One more pattern: another key, so the filter is built, not read.
    const more = [...res, { source: 'zebra crossing', flags: 'gi' }];
    expect(literalFilterFor(more).toStored().requirements.length).toBe(res.length + 1);
  });
});
