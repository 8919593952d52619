/** The CI formatters: SARIF against the OASIS schema, GitHub workflow commands, JUnit and checkstyle XML. */
import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { lineStarts } from '../src/analysis/lines.js';
import { check, formatCheckstyle, formatGithub, formatJunit, formatSarif, type CiFile } from '../src/index.js';
import { run, MT, YONHAP } from './cli-helpers.js';
import { readSeed, SEED_MT } from './helpers.js';
import { syntheticReport } from './report-fixtures.js';

const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
// ajv-draft-04 is CommonJS: under Node's ESM interop its class is the default export's `default`.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(schema);

/** Offset of a 1-based line and column (UTF-16), the inverse of Finding.line/column. */
function offsetOf(text: string, line: number, column: number): number {
  return lineStarts(text)[line - 1]! + column - 1;
}

/** A message that tries every way out of its field: markup, quotes, line breaks, command syntax. */
const HOSTILE = 'Bad <tag attr="x"> & \'q\' %0A 50% ::error file=x::forged\r\n::warning::also, forged: \u0001 \uD800 end';
const HOSTILE_TEXT = 'First line is fine.\nThe minister, Rina Wulandari, said that <b>"ha & ha"</b> was fine.\n';

function hostileFile(): CiFile {
  const start = HOSTILE_TEXT.indexOf('<b>');
  const report = syntheticReport(HOSTILE_TEXT, [
    [0, 5, 'info', 'A note.'],
    [start, HOSTILE_TEXT.indexOf('</b>') + 4, 'major', HOSTILE],
  ]);
  return { file: 'dir, with: odd/na%me <x>.txt', report, input: HOSTILE_TEXT };
}

describe('SARIF', () => {
  const input = readSeed(SEED_MT);
  const report = check(input);
  const log = JSON.parse(formatSarif([{ file: 'corpora/004.txt', report, input }], { toolVersion: report.tool.version, rules: [] })) as Log;

  it('a report of the seed article passes the OASIS SARIF 2.1.0 schema', () => {
    expect(report.findings.length).toBeGreaterThan(5);
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has the fields GitHub code scanning needs, and regions that point back at each finding', () => {
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(report.findings.length);
    expect(log.runs[0]!.tool.driver.name).toBe('calque');
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    results.forEach((r, i) => {
      const f = report.findings[i]!;
      expect(r.ruleId).toBe(f.ruleId);
      expect(log.runs[0]!.tool.driver.rules![r.ruleIndex!]!.id).toBe(f.ruleId);
      expect(r.message.text).toContain(f.message);
      const region = r.locations![0]!.physicalLocation!.region!;
      expect(offsetOf(input, region.startLine!, region.startColumn!)).toBe(f.span.start);
      expect(offsetOf(input, region.endLine!, region.endColumn!)).toBe(f.span.end);
      expect(input.slice(region.charOffset!, region.charOffset! + region.charLength!)).toBe(f.text);
    });
  });

  it('stays valid with hostile messages and file names, which JSON carries intact', () => {
    const h = hostileFile();
    const out = JSON.parse(formatSarif([h], { toolVersion: '0', rules: [{ id: 'synthetic-0', description: 'd', severity: 'major', category: 'other/x' }] })) as Log;
    expect(validateSarif(out)).toBe(true);
    expect(out.runs[0]!.results![1]!.message.text).toContain(HOSTILE);
    expect(decodeURIComponent(out.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!)).toBe(h.file);
    expect(out.runs[0]!.results!.map((r) => r.level)).toEqual(['note', 'error']);
  });
});

/** Undoes the runner's escaping of a workflow command's message and properties. */
function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

describe('GitHub workflow commands', () => {
  it('one command line per finding, that cannot be broken out of', () => {
    const h = hostileFile();
    const lines = formatGithub([h]).trimEnd().split('\n');
    expect(lines).toHaveLength(h.report.findings.length);
    const parsed = lines.map((l) => /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(l));
    expect(parsed.every((m) => m !== null)).toBe(true);
    const note = parsed[0]!;
    const bad = parsed[1]!;
    expect(note[1]).toBe('notice');
    expect(bad[1]).toBe('error');
    expect(unescapeCommand(bad[3]!)).toContain(HOSTILE);
    const props = Object.fromEntries(bad[2]!.split(',').map((p) => [p.slice(0, p.indexOf('=')), unescapeCommand(p.slice(p.indexOf('=') + 1))]));
    expect(props['file']).toBe(h.file);
    const f = h.report.findings[1]!;
    expect(offsetOf(HOSTILE_TEXT, Number(props['line']), Number(props['col']))).toBe(f.span.start);
    expect(offsetOf(HOSTILE_TEXT, Number(props['endLine']), Number(props['endColumn']))).toBe(f.span.end);
  });
});

const xml = new XMLParser({ ignoreAttributes: false, htmlEntities: true, attributeNamePrefix: '', isArray: (name) => ['file', 'error', 'testsuite', 'testcase'].includes(name) });

/** What the XML should carry for text XML cannot hold. */
function xmlSafe(s: string): string {
  return s.replace(/[\u0001]|\uD800(?![\uDC00-\uDFFF])/g, '\uFFFD');
}

describe('checkstyle and JUnit XML', () => {
  it('checkstyle is well-formed and carries hostile messages and names intact', () => {
    const h = hostileFile();
    const out = formatCheckstyle([h]);
    expect(XMLValidator.validate(out)).toBe(true);
    const doc = xml.parse(out) as { checkstyle: { file: { name: string; error: { line: string; message: string; severity: string; source: string }[] }[] } };
    expect(doc.checkstyle.file[0]!.name).toBe(h.file);
    const errors = doc.checkstyle.file[0]!.error;
    expect(errors.map((e) => e.severity)).toEqual(['info', 'error']);
    expect(errors[1]!.message).toContain(xmlSafe(HOSTILE));
    expect(errors[1]!.line).toBe('2');
  });

  it('JUnit is well-formed, one failing case per finding and a passing case for a clean file', () => {
    const h = hostileFile();
    const clean = 'The minister spoke to reporters on Monday.\n';
    const out = formatJunit([h, { file: 'clean.txt', report: check(clean), input: clean }]);
    expect(XMLValidator.validate(out)).toBe(true);
    const doc = xml.parse(out) as { testsuites: { tests: string; failures: string; testsuite: { name: string; failures: string; testcase: { failure?: unknown }[] }[] } };
    expect(doc.testsuites.failures).toBe(String(h.report.findings.length));
    const [bad, good] = doc.testsuites.testsuite;
    expect(bad!.testcase.filter((c) => c.failure !== undefined)).toHaveLength(h.report.findings.length);
    expect(good!.name).toBe('clean.txt');
    expect(good!.testcase).toHaveLength(1);
    expect(good!.testcase[0]!.failure).toBeUndefined();
  });
});

describe('calque report --format for CI', () => {
  it('writes one document for a batch, and refuses --out-dir', async () => {
    const r = await run(['report', '--format', 'sarif', MT, YONHAP]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out) as Log;
    expect(validateSarif(log)).toBe(true);
    const uris = new Set(log.runs[0]!.results!.map((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri));
    expect(uris.has(MT)).toBe(true);
    const gh = await run(['report', '-f', 'github', MT]);
    expect(gh.out.split('\n').filter((l) => l.startsWith('::')).length).toBe(check(readSeed(SEED_MT)).findings.length);
    const refused = await run(['report', '-f', 'junit', '--out-dir', 'somewhere', MT]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/use --out <file>/);
  });
});
