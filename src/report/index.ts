/** The report renderers: terminal text, Markdown for review threads, and a self-contained HTML page. */
export { formatText, type TextOptions } from './format-text.js';
export { formatMarkdown, type MarkdownOptions } from './format-md.js';
export { formatHtml, type HtmlOptions } from './format-html.js';
export type { ReportSection, ReportTable } from './summary.js';
export { formatSarif, type SarifOptions } from './format-sarif.js';
export { formatGithub } from './format-github.js';
export { formatCheckstyle, formatJunit } from './format-xml.js';
export type { CiFile, CiRule } from './ci-input.js';
