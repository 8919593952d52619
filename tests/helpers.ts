/** Shared test helpers: the seed corpora and a report validator built from the shipped schema. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { check, reportSchema } from '../src/index.js';
import type { Report } from '../src/index.js';

export const SEED_MT = new URL('../corpora/004_182a879f4c50abd6.txt', import.meta.url);
export const SEED_YONHAP = new URL('../corpora/000_9bb70c54a0f37f8d.txt', import.meta.url);
export const SEED_AFP = new URL('../corpora/002_cbae279371bf3f5a.txt', import.meta.url);

export function readSeed(url: URL): string {
  return readFileSync(url, 'utf8');
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(reportSchema());

/** Throws with ajv's errors when the report does not match the shipped schema. */
export function assertValidReport(report: Report | unknown): void {
  if (!validate(report)) throw new Error(`report does not match schema: ${ajv.errorsText(validate.errors)}`);
}

/** Every finding's span must slice to its text. */
export function assertSpansHonest(input: string, report: Report): void {
  for (const f of report.findings) {
    if (input.slice(f.span.start, f.span.end) !== f.text) throw new Error(`span of ${f.id} does not slice to its text`);
    if (f.span.start < 0 || f.span.end > input.length || f.span.start > f.span.end) throw new Error(`span of ${f.id} out of range`);
  }
}

/**
 * The text after every finding of `rule` (checked alone) has its first suggestion applied, from the
 * end, skipping a finding that overlaps one already applied: what a rule's fix writes, for tests
 * that assert the fixed sentence.
 */
export function fixed(text: string, rule: string): string {
  const found = check(text, { only: [rule] })
    .findings.filter((f) => f.ruleId === rule && f.suggestions.length > 0)
    .sort((a, b) => b.span.start - a.span.start);
  let out = text;
  let limit = Infinity;
  for (const f of found) {
    if (f.span.end > limit) continue;
    out = out.slice(0, f.span.start) + f.suggestions[0]! + out.slice(f.span.end);
    limit = f.span.start;
  }
  return out;
}

/** The minor-or-above findings of `rule` (checked alone): their text and first suggestion. */
export function seriousFindings(text: string, rule: string): { text: string; suggestion: string | undefined }[] {
  return check(text, { only: [rule] })
    .findings.filter((f) => f.ruleId === rule && f.severity !== 'info')
    .map((f) => ({ text: f.text, suggestion: f.suggestions[0] }));
}

/**
 * The texts of `rule`'s findings when it runs alone, of severity minor and above unless `minorOnly`
 * is false: what the native- and pool-precision tests assert on.
 */
export function findingTexts(text: string, rule: string, minorOnly = true): string[] {
  return check(text, { only: [rule] })
    .findings.filter((f) => f.ruleId === rule && (!minorOnly || f.severity !== 'info'))
    .map((f) => f.text);
}
