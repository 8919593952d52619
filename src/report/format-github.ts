/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding, which
 * the Actions runner turns into annotations on the pull request's diff. Values are escaped as the
 * runner unescapes them (`%`, CR, LF everywhere; also `:` and `,` inside properties), so a message
 * can never end the command early or forge another one.
 */
import { ciLevel, located, messageWithSuggestion, type CiFile } from './ci-input.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

export function formatGithub(files: readonly CiFile[]): string {
  let out = '';
  for (const f of files) {
    for (const { finding, line, column, endLine, endColumn } of located(f)) {
      const props = [`file=${escapeProperty(f.file)}`, `line=${line}`, `col=${column}`, `endLine=${endLine}`, `endColumn=${endColumn}`, `title=${escapeProperty(`calque ${finding.ruleId} (${finding.severity})`)}`];
      out += `::${COMMAND[ciLevel(finding.severity)]} ${props.join(',')}::${escapeData(messageWithSuggestion(finding))}\n`;
    }
  }
  return out;
}
