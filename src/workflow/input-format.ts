/**
 * Markdown and HTML input. Markup is not checked: the rules read the file's prose (a copy without
 * markup, entities decoded, a line break between blocks) built by a real parser, and every span
 * found there is put back on the file (src/workflow/prose-view.ts). The parsers load on the first
 * Markdown or HTML input, never for plain text: a plain-text run does not pay for them at start-up.
 */
import { extname } from 'node:path';
import type { ProseView } from './prose-view.js';

export type InputFormat = 'text' | 'markdown' | 'html';
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'markdown', 'html'];

const MD_EXT = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

/** Input format from `--input-format` (or config) when given and not `auto`, else from the extension. */
export function detectFormat(path: string, explicit?: string): InputFormat {
  if (explicit && explicit !== 'auto') return explicit as InputFormat;
  const ext = extname(path).toLowerCase();
  if (MD_EXT.has(ext)) return 'markdown';
  if (HTML_EXT.has(ext)) return 'html';
  return 'text';
}

/**
 * What the rules read of a file in `format`: plain text as it is; Markdown and HTML as their prose,
 * with the map back to the file.
 */
export async function readProse(text: string, format: InputFormat): Promise<ProseView> {
  if (format === 'html') {
    const { htmlProse } = await import('./html-prose.js');
    return htmlProse(text);
  }
  if (format === 'markdown') {
    const md = await import('./markdown-prose.js');
    const tree = md.parseMarkdown(text);
    const html = md.hasHtmlBlocks(tree) ? (await import('./html-prose.js')).addHtmlProse : undefined;
    return md.markdownProse(text, tree, html);
  }
  return { text };
}
