/**
 * JUnit and checkstyle XML, the two report shapes most CI servers (Jenkins, GitLab, Azure
 * Pipelines, reviewdog) import. Everything from the article or the user is escaped, and characters
 * XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD:
 * a report must parse whatever the article contains.
 */
import { ciLevel, located, messageWithSuggestion, type CiFile } from './ci-input.js';

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content and double-quoted attributes (line breaks kept in attributes). */
export function xmlEscape(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** checkstyle 4.3: `<file>` per input, `<error>` per finding; severity error, warning or info. */
export function formatCheckstyle(files: readonly CiFile[]): string {
  let out = `${HEADER}<checkstyle version="4.3">\n`;
  for (const f of files) {
    out += `  <file name="${xmlEscape(f.file)}">\n`;
    for (const { finding, line, column } of located(f)) {
      const level = ciLevel(finding.severity);
      out += `    <error line="${line}" column="${column}" severity="${level === 'note' ? 'info' : level}" message="${xmlEscape(messageWithSuggestion(finding))}" source="calque.${xmlEscape(finding.ruleId)}"/>\n`;
    }
    out += '  </file>\n';
  }
  return out + '</checkstyle>\n';
}

/**
 * JUnit: a test suite per file and a failing test case per finding, as ESLint's junit formatter
 * does; a file without findings is one passing case, so every file shows up in the CI's test view.
 */
export function formatJunit(files: readonly CiFile[]): string {
  const suites = files.map((f) => {
    const cases = located(f).map(({ finding, line, column }) => {
      const message = messageWithSuggestion(finding);
      const body = `${f.file}:${line}:${column} ${finding.severity} ${finding.ruleId}: ${message}\ntext: ${finding.text}`;
      return (
        `    <testcase classname="calque.${xmlEscape(finding.ruleId)}" name="${xmlEscape(`${f.file}:${line}:${column} ${finding.ruleId}`)}" time="0">\n` +
        `      <failure type="${finding.severity}" message="${xmlEscape(message)}">${xmlEscape(body)}</failure>\n` +
        '    </testcase>\n'
      );
    });
    const passing = cases.length === 0 ? [`    <testcase classname="calque" name="${xmlEscape(f.file)}" time="0"/>\n`] : [];
    const all = [...cases, ...passing];
    return `  <testsuite name="${xmlEscape(f.file)}" tests="${all.length}" failures="${cases.length}" errors="0" skipped="0" time="0">\n${all.join('')}  </testsuite>\n`;
  });
  const tests = files.reduce((n, f) => n + Math.max(1, f.report.findings.length), 0);
  const failures = files.reduce((n, f) => n + f.report.findings.length, 0);
  return `${HEADER}<testsuites name="calque" tests="${tests}" failures="${failures}" errors="0" time="0">\n${suites.join('')}</testsuites>\n`;
}
