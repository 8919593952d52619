/**
 * check() for Markdown and HTML: the file's prose is checked (markup, code and comments are not),
 * and every span is an offset into the file as given. The same path as `calque report` and the
 * check server (src/workflow/pipeline.ts), without the workflow's extras (glossary, references).
 * Asynchronous because the parsers, and the workflow, load on first use: `import { check }` alone
 * never loads them.
 */
import type { CheckOptions, Report } from './types.js';

async function checkAs(text: string, format: 'markdown' | 'html', options: CheckOptions | undefined): Promise<Report> {
  if (typeof text !== 'string') throw new TypeError(`check${format === 'html' ? 'Html' : 'Markdown'}() expects a string`);
  const { processFile } = await import('./workflow/pipeline.js');
  const result = await processFile({ label: 'input', text, format }, { checkOptions: options ?? {}, workflowRules: {} });
  return result.report;
}

/** Checks a Markdown document (CommonMark with GitHub's extensions and front matter). */
export function checkMarkdown(markdown: string, options?: CheckOptions): Promise<Report> {
  return checkAs(markdown, 'markdown', options);
}

/** Checks an HTML document or fragment. */
export function checkHtml(html: string, options?: CheckOptions): Promise<Report> {
  return checkAs(html, 'html', options);
}
