/**
 * Safe patterns: no regular expression calque runs can backtrack catastrophically.
 *
 * The regexes are found automatically, so new rules and lexicons are covered without touching this
 * file:
 *   - every regex literal and every `new RegExp('literal')` in src/**\/*.ts (TypeScript's parser);
 *   - every RegExp built at run time (from lexicons, word lists, user glossaries), caught by wrapping
 *     the RegExp constructor while check() runs every rule's examples, the seed articles and a
 *     glossary;
 *   - every field named `pattern` or `patterns` anywhere in every bundled lexicon, and every `regexp`
 *     and token `regex` of every pattern family (data/patterns/*.json).
 *
 * Each regex is then attacked in a worker thread: pump strings built from generic characters and
 * from the regex's own characters (48 repetitions, then 5,000, followed by a character that makes
 * the match fail) are matched against it. A regex with exponential or cubic backtracking never
 * finishes them; one that takes more than PROBE_LIMIT_MS on a single regex fails the test, named by
 * file and line. (Quadratic matching of a 5,000-character pump takes milliseconds and passes; this
 * is a hang detector, not a speed target.) safe-regex2's static verdict (star height) is required of
 * lexicon patterns, which are data like a user's patterns; for code it is reported, not enforced,
 * because it also flags bounded repetition such as `(?:\/(\d{4}))?`.
 *
 * A user's pattern (calque.config.json glossary or lexicon entries) that is invalid or unsafe is
 * rejected with a one-line error naming the JSON path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import safeRegex from 'safe-regex2';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

process.env['CALQUE_DEBUG'] = '1';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROBE_LIMIT_MS = 3000;
/** How long a probe worker may take to start before the test fails (not blamed on any regex). */
const STARTUP_LIMIT_MS = 60_000;

interface Found {
  source: string;
  flags: string;
  where: string;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Regex literals and RegExp constructions with literal arguments in the sources. */
function regexesInSource(): { found: Found[]; dynamic: string[] } {
  const found: Found[] = [];
  const dynamic: string[] = [];
  for (const file of tsFiles(join(ROOT, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (n: ts.Node): string => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: where(node) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [a, f] = node.arguments ?? [];
        const literal = (x: ts.Expression | undefined): x is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
          x !== undefined && (ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x));
        if (literal(a) && (f === undefined || literal(f))) found.push({ source: a.text, flags: f ? f.text : '', where: where(node) });
        else dynamic.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

/** Every string under a key named `pattern` / `patterns`, anywhere in a JSON value. */
function patternFields(value: unknown, path: string, out: { pattern: string; path: string }[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => patternFields(v, `${path}/${i}`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'pattern' || k === 'patterns') && typeof v === 'string') out.push({ pattern: v, path: `${path}/${k}` });
      else if (k === 'patterns' && Array.isArray(v)) v.forEach((p, i) => typeof p === 'string' && out.push({ pattern: p, path: `${path}/${k}/${i}` }));
      else patternFields(v, `${path}/${k}`, out);
    }
  }
}

/**
 * Where a runtime RegExp was built: file and line in calque's src/, or undefined when a dependency
 * (wink-nlp compiles its own tokeniser patterns) built it.
 */
function callerInSrc(): string | undefined {
  const frames = (new Error().stack ?? '').split('\n').slice(1).filter((l) => /^\s*at /.test(l) && !l.includes('safe-patterns'));
  const first = frames[0] ?? '';
  if (first.includes('node_modules') || !first.includes(join(ROOT, 'src'))) return undefined;
  const m = /([^/\\(]*[/\\]src[/\\][^:)]*):(\d+)/.exec(first);
  return m ? `${m[1]!.slice(m[1]!.indexOf('src'))}:${m[2]} (built at run time)` : undefined;
}

/** Runs `fn` with the RegExp constructor wrapped, recording every regex built meanwhile. */
async function captureRuntimeRegexes(fn: () => Promise<void>): Promise<Found[]> {
  const seen = new Map<string, Found>();
  const Original = globalThis.RegExp;
  const record = (re: RegExp): void => {
    const key = `/${re.source}/${re.flags}`;
    if (seen.has(key)) return;
    const where = callerInSrc();
    if (where !== undefined) seen.set(key, { source: re.source, flags: re.flags, where });
  };
  const wrapped = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget === wrapped ? target : newTarget) as RegExp;
      record(re);
      return re;
    },
    apply(target, thisArg, args) {
      const re = Reflect.apply(target, thisArg, args) as RegExp;
      record(re);
      return re;
    },
  });
  globalThis.RegExp = wrapped;
  try {
    await fn();
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

const GENERIC_UNITS = ['a', 'A', '1', ' ', '.', '-', ',', "'", '\u2019', '/', '_', 'é', '\t', '\n', 'a ', 'a-', 'a.', '1,', '1.', 'aA', 'a1', "a'", 'ab', ' .', 'A.', '\u201C'];

/** Pump strings for one regex: generic units plus the regex's own literal characters. */
function pumpsFor(source: string): string[] {
  const own = new Set<string>();
  for (const c of source.replace(/\\[a-zA-Z]/g, '')) if (!/[\\^$.*+?()[\]{}|]/.test(c)) own.add(c);
  const units = [...new Set([...GENERIC_UNITS, ...[...own].slice(0, 24)])];
  // A literal the regex must see first (e.g. "Rp" in ^Rp\s*…), so the pump reaches the repetition.
  const prefix = /^\^?([A-Za-z ]*)/.exec(source)?.[1] ?? '';
  const pumps: string[] = [];
  for (const p of new Set(['', prefix])) {
    for (const u of units) {
      for (const suffix of ['\u0000', '!']) pumps.push(p + u.repeat(48) + suffix);
      if (u.length === 1) pumps.push(p + u.repeat(5000) + '\u0000');
    }
  }
  return pumps;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { items, from } = workerData;
for (let i = from; i < items.length; i++) {
  parentPort.postMessage({ started: i });
  let re;
  // g is dropped (test() would resume from lastIndex); y is kept, since a sticky regex is only
  // ever tried at one position, from lastIndex 0 here.
  try { re = new RegExp(items[i].source, items[i].flags.replace(/g/g, '')); } catch { continue; }
  for (const s of items[i].pumps) { re.lastIndex = 0; re.test(s); }
}
parentPort.postMessage({ finished: true });
`;

/** Indexes of the regexes that did not finish their pumps within PROBE_LIMIT_MS each. */
async function probe(items: { source: string; flags: string; pumps: string[] }[], limitMs = PROBE_LIMIT_MS): Promise<number[]> {
  const hung: number[] = [];
  let from = 0;
  while (from < items.length) {
    const stuck = await new Promise<number | undefined>((resolve, reject) => {
      const worker = new Worker(WORKER, { eval: true, workerData: { items, from } });
      let current = from;
      // The clock starts at the worker's first message: starting a worker thread on a loaded machine
      // (the suite runs test files in parallel on two cores) can itself take seconds, which must not
      // be blamed on the first regex. A worker that never starts fails after STARTUP_LIMIT_MS.
      const created = Date.now();
      let since = Number.POSITIVE_INFINITY;
      const timer = setInterval(() => {
        if (since === Number.POSITIVE_INFINITY && Date.now() - created > STARTUP_LIMIT_MS) {
          clearInterval(timer);
          void worker.terminate();
          reject(new Error(`the probe worker did not start within ${STARTUP_LIMIT_MS} ms`));
        } else if (Date.now() - since > limitMs) {
          clearInterval(timer);
          void worker.terminate();
          resolve(current);
        }
      }, 50);
      worker.on('message', (m: { started?: number; finished?: boolean }) => {
        if (m.started !== undefined) {
          current = m.started;
          since = Date.now();
        } else if (m.finished) {
          clearInterval(timer);
          void worker.terminate();
          resolve(undefined);
        }
      });
      worker.on('error', (err) => {
        clearInterval(timer);
        reject(err);
      });
    });
    if (stuck === undefined) break;
    hung.push(stuck);
    from = stuck + 1;
  }
  return hung;
}

/**
 * The source with bounded quantifiers (`?`, `{n}`, `{n,m}`) removed, so that safe-regex2's star
 * height counts only unbounded repetition (`*`, `+`, `{n,}`): nesting bounded repetition, as in
 * `(?:an? )?` or `(?:\/(\d{4}))?`, cannot backtrack catastrophically, but safe-regex2 flags it.
 * Escapes and character classes are copied as they are.
 */
function withoutBoundedQuantifiers(source: string): string {
  let out = '';
  let inClass = false;
  // What precedes the current character: an unescaped '(' (so '?' opens (?: (?= (?! (?<), or an
  // unbounded quantifier (so '?' makes it lazy).
  let after: 'open' | 'unbounded' | 'other' = 'other';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      after = 'other';
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '?' && after !== 'open') {
      // A bounded {0,1} (dropped), or the lazy marker of the quantifier just before (dropped too).
      if (after !== 'unbounded' && source[i + 1] === '?') i++;
      after = 'other';
      continue;
    }
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m) {
        const unbounded = m[2] !== undefined && m[3] === '';
        if (unbounded) out += '+';
        after = unbounded ? 'unbounded' : 'other';
        i += m[0].length - 1;
        continue;
      }
    }
    if (c === '[') inClass = true;
    out += c;
    after = c === '(' ? 'open' : c === '*' || c === '+' ? 'unbounded' : 'other';
  }
  return out;
}

/** No nested unbounded repetition (safe-regex2 on the source without bounded quantifiers). */
function staticallySafe(source: string): boolean {
  return safeRegex(withoutBoundedQuantifiers(source));
}

function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

describe('safe patterns', () => {
  it('finds no catastrophic backtracking in any regex of the code, the lexicons or run-time construction', async () => {
    const { found: inSource, dynamic } = regexesInSource();
    expect(inSource.length).toBeGreaterThan(20);

    const runtime = await captureRuntimeRegexes(async () => {
      const { check, RULES } = await import('../src/index.js');
      const { compileGlossary } = await import('../src/workflow/glossary.js');
      compileGlossary({ preferred: [{ term: 'Kim Jong Un', variants: ['Kim Jong-un'] }], banned: [{ term: 'very unique' }] });
      const texts: string[] = [];
      for (const rule of RULES) {
        for (const ex of rule.meta.examples.invalid) texts.push(ex.text);
        texts.push(...rule.meta.examples.valid);
      }
      for (const f of readdirSync(join(ROOT, 'corpora')).filter((n) => n.endsWith('.txt')).sort()) texts.push(readFileSync(join(ROOT, 'corpora', f), 'utf8'));
      texts.push(readFileSync(join(ROOT, 'scripts', 'bench', 'mt-sample.txt'), 'utf8'));
      for (const t of texts) check(t);
    });

    const { lexiconNames, loadLexicon } = await import('../src/lexicons/load.js');
    const lexiconPatterns: Found[] = [];
    const badLexicon: string[] = [];
    for (const name of lexiconNames()) {
      const fields: { pattern: string; path: string }[] = [];
      patternFields(loadLexicon(name), '', fields);
      for (const { pattern, path } of fields) {
        const where = `data/lexicons/${name}.json${path}`;
        // Lexicon patterns are compiled with the u flag by some rules and without by others.
        const flags = compiles(pattern, 'iu') ? 'iu' : 'i';
        if (!compiles(pattern, flags)) badLexicon.push(`${where}: does not compile: ${pattern}`);
        else if (!staticallySafe(pattern)) badLexicon.push(`${where}: nested unbounded repetition (safe-regex2): ${pattern}`);
        lexiconPatterns.push({ source: pattern, flags, where });
      }
    }
    // Pattern families (data/patterns/*.json): their `regexp` and token `regex` fields.
    const { patternFamilyIds, rawFamily } = await import('../src/patterns/load.js');
    const regexFields = (value: unknown, path: string, out: { pattern: string; path: string }[]): void => {
      if (Array.isArray(value)) value.forEach((v, i) => regexFields(v, `${path}/${i}`, out));
      else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if ((k === 'regexp' || k === 'regex') && typeof v === 'string') out.push({ pattern: k === 'regex' ? `^(?:${v})$` : v, path: `${path}/${k}` });
          else regexFields(v, `${path}/${k}`, out);
        }
      }
    };
    for (const id of patternFamilyIds()) {
      const fields: { pattern: string; path: string }[] = [];
      regexFields(rawFamily(id).patterns, '/patterns', fields);
      for (const { pattern, path } of fields) {
        const where = `data/patterns/${id}.json${path}`;
        const flags = compiles(pattern, 'iu') ? 'iu' : 'i';
        if (!compiles(pattern, flags)) badLexicon.push(`${where}: does not compile: ${pattern}`);
        else if (!staticallySafe(pattern)) badLexicon.push(`${where}: nested unbounded repetition (safe-regex2): ${pattern}`);
        lexiconPatterns.push({ source: pattern, flags, where });
      }
    }
    expect(badLexicon).toEqual([]);

    const all = new Map<string, Found>();
    for (const f of [...inSource, ...lexiconPatterns, ...runtime]) {
      const key = `/${f.source}/${f.flags}`;
      if (!all.has(key)) all.set(key, f);
    }
    const items = [...all.values()].filter((f) => compiles(f.source, f.flags));
    const hung = await probe(items.map((f) => ({ source: f.source, flags: f.flags, pumps: pumpsFor(f.source) })));
    const failures = hung.map((i) => `${items[i]!.where}: /${items[i]!.source}/${items[i]!.flags} backtracks catastrophically on a pump string`);

    const staticWarnings = items.filter((f) => !staticallySafe(f.source)).map((f) => `${f.where}: /${f.source}/`);
    if (process.env['CALQUE_REGEX_REPORT'] === '1') {
      console.info(
        `safe-patterns: ${items.length} distinct regexes (${inSource.length} in source, ${lexiconPatterns.length} lexicon patterns, ${runtime.length} built at run time); ` +
          `${dynamic.length} dynamic RegExp constructions, covered at run time.\nnested unbounded repetition by safe-regex2 (passed the probe):\n  ${staticWarnings.join('\n  ')}`,
      );
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it('the probe catches a catastrophic regex (self-test)', async () => {
    const bad = ['(a+)+$', '(\\w|\\d)*$', '^(\\s*,?\\s*\\w+)*$'];
    const hung = await probe(bad.map((source) => ({ source, flags: '', pumps: pumpsFor(source) })), 1000);
    expect(hung).toEqual([0, 1, 2]);
  }, 60_000);

  it('counts only unbounded repetition as nesting (self-test)', () => {
    expect(withoutBoundedQuantifiers('(?:an? )?(?:\\/(\\d{4}|\\d{2}))?x{2,}[?{]\\(?a*?')).toBe('(?:an )(?:\\/(\\d|\\d))x+[?{]\\(a*');
    expect(staticallySafe('(?:an? )?(?:\\/(\\d{4}))?')).toBe(true);
    expect(staticallySafe('(a+)+')).toBe(false);
    expect(staticallySafe('(?:a{2,})*')).toBe(false);
  });
});

describe("a user's unsafe or invalid pattern is rejected with a clear error", () => {
  // The patterns of issue 12: star height 1 (safe-regex2 let them through), yet (a|a)*b$ ran past
  // 60 s, (a|aa)+$ took 33 s and a\s*\s*\s*\s*\s*$ ran past 60 s on crafted input.
  const hostile = ['(a|a)*b$', '(a|aa)+$', 'a\\s*\\s*\\s*\\s*\\s*$', '(a+)+$', '(\\w+\\s?)+$'];

  it('in the glossary', async () => {
    const { validateConfig } = await import('../src/workflow/config.js');
    const { CalqueError } = await import('../src/errors.js');
    const cases: [pattern: string, says: RegExp][] = [
      ...hostile.map((p): [string, RegExp] => [p, /unsafe regular expression/]),
      ['(\\w+\\s?)*$', /unsafe regular expression/],
      ['([', /not a valid regular expression/],
      ['(?:Kim)?', /matches the empty string/],
    ];
    for (const [pattern, says] of cases) {
      let error: unknown;
      try {
        validateConfig({ glossary: { banned: [{ pattern }] } }, 'calque.config.json');
      } catch (err) {
        error = err;
      }
      expect(error, pattern).toBeInstanceOf(CalqueError);
      const message = (error as Error).message;
      expect(message).toMatch(says);
      expect(message).toContain('/glossary/banned/0/pattern');
      expect(message).not.toContain('\n');
    }
  }, 120_000);

  it('names the growth recheck found', async () => {
    const { provePatternSafe } = await import('../src/lexicons/pattern-safety.js');
    const exp = provePatternSafe('(a|a)*b$', 'giu');
    expect(exp.safe).toBe(false);
    expect(!exp.safe && exp.reason).toMatch(/exponential/);
    const poly = provePatternSafe('a\\s*\\s*\\s*\\s*\\s*$', 'giu');
    expect(!poly.safe && poly.reason).toMatch(/polynomial/);
  }, 60_000);

  it('accepts a harmless lookbehind and ordinary house-style patterns, and uses them', async () => {
    const { validateConfig } = await import('../src/workflow/config.js');
    const { compileGlossary, glossaryFindings } = await import('../src/workflow/glossary.js');
    const glossary = { preferred: [{ term: 'Kim Jong Un', pattern: 'Kim Jong[- ]?un' }], banned: [{ pattern: '(?<=Lead)er', message: 'no' }] };
    expect(() => validateConfig({ glossary }, 'calque.config.json')).not.toThrow();
    const text = 'Leader Kim Jong-un met the leaders.';
    const found = glossaryFindings(text, compileGlossary(glossary)).map((f) => text.slice(f.span.start, f.span.end));
    expect(found.sort()).toEqual(['Kim Jong-un', 'er', 'er']);
  }, 60_000);

  it('in extra lexicon entries', async () => {
    const { validateConfig } = await import('../src/workflow/config.js');
    const example = 'This article was machine translated.';
    for (const pattern of hostile.slice(0, 3)) {
      expect(() => validateConfig({ lexicons: { 'mt-notices': [{ pattern, example }] } }, 'calque.config.json'), pattern).toThrow(
        /\/lexicons\/mt-notices\/0\/pattern: unsafe regular expression/,
      );
    }
    expect(() => validateConfig({ lexicons: { 'mt-notices': [{ pattern: '\\bmachine-translated by RoboTranslate\\b', example }] } }, 'calque.config.json')).not.toThrow();
  }, 120_000);

  it('in extra lexicon entries registered by a library caller', async () => {
    const { withExtraEntries, clearExtraEntries } = await import('../src/lexicons/extra.js');
    try {
      expect(() => withExtraEntries('mt-notices', [{ pattern: '(a|aa)+$', example: 'aaa' }])).toThrow(/unsafe regular expression/);
    } finally {
      clearExtraEntries();
    }
  }, 60_000);
});

describe('a glossary pattern runs on bounded pieces of the input', () => {
  it('pieces are the lines, long lines cut at a space, covering every character once', async () => {
    const { scanWindows } = await import('../src/workflow/glossary.js');
    const text = 'one two three\n\nfour five six seven eight nine\nx';
    const pieces = scanWindows(text, 12);
    for (const [a, b] of pieces) expect(b - a).toBeLessThanOrEqual(12);
    expect(pieces.map(([a, b]) => text.slice(a, b))).toEqual(['one two ', 'three', 'four five ', 'six seven ', 'eight nine', 'x']);
    // A run with no space is cut at the limit.
    expect(scanWindows('a'.repeat(25), 10)).toEqual([[0, 10], [10, 20], [20, 25]]);
  });

  it('finds terms at their offsets on a line longer than the window', async () => {
    const { compileGlossary, glossaryFindings, MAX_SCAN_WINDOW } = await import('../src/workflow/glossary.js');
    const filler = 'The minister spoke to reporters. '.repeat(Math.ceil((MAX_SCAN_WINDOW * 1.5) / 33));
    const text = `${filler}Kim Jong-un arrived. ${filler}Kim Jong-un left.`;
    const g = compileGlossary({ preferred: [{ term: 'Kim Jong Un', variants: ['Kim Jong-un'] }] });
    const spans = glossaryFindings(text, g).map((f) => f.span);
    expect(spans.length).toBe(2);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe('Kim Jong-un');
  });
});
