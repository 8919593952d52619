/**
 * The shipped JSON Schema and the TypeScript types describe the same report. Each `Record<keyof T,
 * boolean>` below is checked by the compiler (`tsc -p tsconfig.test.json` runs before the tests):
 * it must list every key of T and no other, with `true` for required keys. The test then checks the
 * schema's properties and `required` lists agree with those records.
 */
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../src/index.js';
import type { Finding, InputSummary, Provenance, Report, Scores, SentenceScore, Span } from '../src/index.js';

type KeyMap<T> = { [K in keyof T]-?: undefined extends T[K] ? false : true };

const reportKeys: KeyMap<Report> = { schemaVersion: true, tool: true, input: true, findings: true, sentences: true, scores: true, verdict: true };
const findingKeys: KeyMap<Finding> = {
  id: true, ruleId: true, category: true, severity: true, span: true, line: true, column: true, text: true,
  message: true, suggestions: true, confidence: true, note: false, fixable: false, patternId: false,
};
const sentenceKeys: KeyMap<SentenceScore> = { index: true, span: true, fluency: true, modelFluency: false, boilerplate: true };
const spanKeys: KeyMap<Span> = { start: true, end: true };
const scoresKeys: KeyMap<Scores> = { fluency: true, quality: true, penaltyPoints: true, words: true };
const inputKeys: KeyMap<InputSummary> = { characters: true, words: true, provenance: true };
const provenanceKeys: KeyMap<Provenance> = { machineTranslationNotice: true, noticeSpan: false, sourceLanguageHint: true, articleReading: false };

interface SchemaObject {
  properties?: Record<string, SchemaObject>;
  required?: string[];
  $ref?: string;
}

const schema = reportSchema() as unknown as SchemaObject & { $defs: Record<string, SchemaObject> };
const deref = (s: SchemaObject): SchemaObject => (s.$ref ? schema.$defs[s.$ref.replace('#/$defs/', '')]! : s);

function agree(name: string, keys: Record<string, boolean>, node: SchemaObject): void {
  it(`${name}: same properties and required list`, () => {
    const n = deref(node);
    expect(Object.keys(n.properties ?? {}).sort()).toEqual(Object.keys(keys).sort());
    expect([...(n.required ?? [])].sort()).toEqual(Object.entries(keys).filter(([, req]) => req).map(([k]) => k).sort());
  });
}

describe('report schema and TypeScript types agree', () => {
  agree('Report', reportKeys, schema);
  agree('Finding', findingKeys, schema.$defs['finding']!);
  agree('SentenceScore', sentenceKeys, schema.$defs['sentence']!);
  agree('Span', spanKeys, schema.$defs['span']!);
  agree('Scores', scoresKeys, schema.properties!['scores']!);
  agree('InputSummary', inputKeys, schema.properties!['input']!);
  agree('Provenance', provenanceKeys, schema.properties!['input']!.properties!['provenance']!);
});
