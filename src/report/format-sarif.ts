/**
 * SARIF 2.1.0 (OASIS), the format code-scanning dashboards read (GitHub's upload-sarif among them).
 * One run for the whole batch; columns are UTF-16 code units, as calque's spans are, and the run
 * says so (`columnKind`). Tests validate the output against the OASIS schema.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ciLevel, located, messageWithSuggestion, type CiFile, type CiRule } from './ci-input.js';

const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function fileUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)))
    .join('/');
}

export interface SarifOptions {
  toolVersion: string;
  /** Descriptions of the rules that may appear; rules not listed get a bare entry. */
  rules: readonly CiRule[];
}

export function formatSarif(files: readonly CiFile[], options: SarifOptions): string {
  const known = new Map(options.rules.map((r) => [r.id, r]));
  const used = [...new Set(files.flatMap((f) => f.report.findings.map((x) => x.ruleId)))].sort();
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const rules: ReportingDescriptor[] = used.map((id) => {
    const r = known.get(id);
    const d: ReportingDescriptor = { id };
    if (r) {
      d.shortDescription = { text: r.description };
      d.defaultConfiguration = { level: ciLevel(r.severity) };
      d.properties = { category: r.category, severity: r.severity };
    }
    return d;
  });
  const results: Result[] = files.flatMap((f) =>
    located(f).map(({ finding, line, column, endLine, endColumn }) => {
      const result: Result = {
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId)!,
        level: ciLevel(finding.severity),
        message: { text: messageWithSuggestion(finding) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: fileUri(f.file) },
              region: {
                startLine: line,
                startColumn: column,
                endLine,
                endColumn,
                charOffset: finding.span.start,
                charLength: finding.span.end - finding.span.start,
                snippet: { text: finding.text },
              },
            },
          },
        ],
        properties: {
          severity: finding.severity,
          category: finding.category,
          confidence: finding.confidence,
          suggestions: finding.suggestions,
          ...(finding.patternId !== undefined ? { patternId: finding.patternId } : {}),
        },
      };
      return result;
    }),
  );
  const log: Log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'calque', version: options.toolVersion, informationUri: 'https://www.npmjs.com/package/calque', rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
