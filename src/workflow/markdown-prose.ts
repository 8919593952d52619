/**
 * The prose of a Markdown file, read with mdast-util-from-markdown (CommonMark) plus GFM (tables,
 * autolink literals, strikethrough, task lists, footnotes) and front matter. The syntax tree gives
 * every node's offsets in the file, so nothing here guesses at Markdown syntax:
 *
 * - paragraphs, headings and table cells are blocks of prose, each on a line of its own; a soft
 *   line break inside a paragraph is a space, so a wrapped sentence is read whole (but a line that
 *   is a machine-translation notice stays a line of its own: joined to the next, it would hide that
 *   line's sentence inside the notice);
 * - emphasis, strong, strikethrough and link text are read without their markup; a link's target,
 *   autolinks, images, footnote references, inline code (any number of backticks), indented and
 *   fenced code, thematic breaks, definitions and front matter are not prose;
 * - HTML blocks are read as HTML (src/workflow/html-prose.ts, loaded only when there is one);
 *   inline HTML tags and comments are not prose.
 *
 * A text node's value is its source with escapes and character references decoded and the
 * container prefixes of continuation lines (`> `, indentation) removed; `alignText` walks the two
 * together so that each character of the copy points at the characters of the file it came from
 * (references decoded by micromark's own decoder, so the two always agree).
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { decodeString } from 'micromark-util-decode-string';
import { isNoticeLine } from '../analysis/mt-notices.js';
import { HTML_BLOCKS, tagName } from './html-blocks.js';
import { ProseBuilder, type ProseView } from './prose-view.js';

const MATTER = ['yaml', 'toml'] as const;

export function parseMarkdown(file: string): Root {
  return fromMarkdown(file, { extensions: [gfm(), frontmatter([...MATTER])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown([...MATTER])] });
}

const startOf = (n: Nodes): number => n.position?.start.offset ?? 0;
const endOf = (n: Nodes): number => n.position?.end.offset ?? startOf(n);

/** An HTML block that is more than comments (and so may hold prose). */
function isHtmlWithText(n: Nodes): boolean {
  return n.type === 'html' && n.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() !== '';
}

/** Whether the tree has an HTML block to read as HTML (then the caller loads the HTML reader). */
export function hasHtmlBlocks(n: Nodes): boolean {
  if (isHtmlWithText(n)) return true;
  return 'children' in n && n.children.some((c) => c.type !== 'paragraph' && c.type !== 'heading' && hasHtmlBlocks(c));
}

/** Adds the HTML of the file's range [start, end) to the prose (given when the file has HTML blocks). */
export type HtmlReader = (out: ProseBuilder, file: string, start: number, end: number) => void;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

/**
 * Adds a text node to the prose: `value` is what the parser read from the file's range [start,
 * end). Characters that are the file's own are copied; an escape (`\*`) or a character reference
 * (`&eacute;`) stands for its source; a line ending is a soft break; characters of the source that
 * are not in the value (a continuation line's `> ` or indentation) are skipped.
 */
function alignText(out: ProseBuilder, file: string, value: string, start: number, end: number, keep: (i: number) => boolean = () => true): void {
  if (!/[\r\n]/.test(value) && file.slice(start, end) === value) {
    if (keep(0)) out.copy(start, end);
    return;
  }
  let i = 0;
  let j = start;
  while (i < value.length) {
    const c = value[i]!;
    if (c === '\n' || c === '\r') {
      i += c === '\r' && value[i + 1] === '\n' ? 2 : 1;
      let k = j;
      while (k < end && file[k] !== '\n' && file[k] !== '\r') k++;
      const after = file[k] === '\r' && file[k + 1] === '\n' ? k + 2 : Math.min(end, k + 1);
      if (keep(i - 1)) softBreak(out, k, after);
      j = after;
      // The continuation line's container prefix (`> `, list indentation) is not in the value.
      while (j < end && file[j] !== value[i] && /[ \t>]/.test(file[j]!)) j++;
      continue;
    }
    if (j >= end) {
      // The source ran out before the value (never expected): the rest stands for the node's end.
      if (keep(i)) out.put(value.slice(i).replace(/[\r\n]/g, ' '), end, end);
      return;
    }
    if (file[j] === '&') {
      const ref = REFERENCE.exec(file.slice(j, j + 40));
      if (ref) {
        const decoded = decodeString(ref[0]);
        if (decoded !== ref[0] && value.startsWith(decoded, i)) {
          if (keep(i)) out.put(decoded, j, j + ref[0].length);
          i += decoded.length;
          j += ref[0].length;
          continue;
        }
      }
    }
    if (file[j] === '\\' && file[j + 1] === c && ASCII_PUNCTUATION.test(c)) {
      if (keep(i)) out.put(c, j, j + 2);
      i++;
      j += 2;
      continue;
    }
    if (file[j] === c) {
      if (keep(i)) out.copy(j, j + 1);
      i++;
      j++;
      continue;
    }
    j++;
  }
}

/**
 * A soft line break inside a paragraph is a space, unless the line before it is a
 * machine-translation notice: that stays a line (a block) of its own.
 */
function softBreak(out: ProseBuilder, start: number, end: number): void {
  out.put(isNoticeLine(out.currentLine()) ? '\n' : ' ', start, end);
}

/** An autolink (`<https://…>`) or a GFM autolink literal (`www.example.com`): a URL, not prose. */
function isAutolink(file: string, n: Nodes): boolean {
  return n.type === 'link' && (n.position === undefined || file[startOf(n)] !== '[');
}

/** The characters a node read from its source, markup aside (for nodes the parser gave no position). */
function plainValue(n: Nodes): string {
  if ('value' in n && n.type !== 'inlineCode' && n.type !== 'html') return n.value;
  return 'children' in n ? n.children.map(plainValue).join('') : '';
}

/**
 * Inline content of a node spanning the file's [from, to). GFM's autolink-literal step splits a
 * text node into text and links without positions (after a `[`, say); such a run is aligned as one
 * against the source between its positioned neighbours, keeping the text and dropping the URLs.
 */
function addInline(out: ProseBuilder, file: string, nodes: readonly PhrasingContent[], from: number, to: number): void {
  let cursor = from;
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k]!;
    if (!n.position) {
      let last = k;
      while (last + 1 < nodes.length && !nodes[last + 1]!.position) last++;
      const run = nodes.slice(k, last + 1);
      const end = last + 1 < nodes.length ? startOf(nodes[last + 1]!) : to;
      const kept: boolean[] = [];
      const value = run
        .map((r) => {
          const v = plainValue(r);
          for (let c = 0; c < v.length; c++) kept.push(r.type === 'text' || (r.type !== 'link' && r.type !== 'inlineCode'));
          return v;
        })
        .join('');
      alignText(out, file, value, cursor, end, (i) => kept[i] ?? false);
      cursor = end;
      k = last;
      continue;
    }
    addNode(out, file, n);
    cursor = endOf(n);
  }
}

function addNode(out: ProseBuilder, file: string, n: PhrasingContent): void {
  switch (n.type) {
    case 'text':
      alignText(out, file, n.value, startOf(n), endOf(n));
      break;
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'linkReference':
      addInline(out, file, n.children, startOf(n), endOf(n));
      break;
    case 'link':
      if (!isAutolink(file, n)) addInline(out, file, n.children, startOf(n), endOf(n));
      break;
    case 'break':
      out.blockBreak(startOf(n), endOf(n));
      break;
    case 'html':
      // An inline tag is not prose, but `<br>` or `<p>` still ends a block.
      if (HTML_BLOCKS.has(tagName(n.value) ?? '')) out.blockBreak(startOf(n), endOf(n));
      break;
    // inlineCode, image, imageReference, footnoteReference: not prose.
    default:
      break;
  }
}

function addBlock(out: ProseBuilder, file: string, n: Nodes, html: HtmlReader | undefined): void {
  switch (n.type) {
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      out.blockBreak(startOf(n));
      addInline(out, file, n.children, startOf(n), endOf(n));
      out.blockBreak(endOf(n));
      return;
    case 'html':
      if (html && isHtmlWithText(n)) {
        out.blockBreak(startOf(n));
        html(out, file, startOf(n), endOf(n));
        out.blockBreak(endOf(n));
      }
      return;
    // code (fenced and indented), yaml/toml front matter, thematicBreak, definition: not prose.
    case 'code':
    case 'yaml':
    case 'thematicBreak':
    case 'definition':
      return;
    default:
      if ('children' in n) for (const c of n.children) addBlock(out, file, c, html);
  }
}

/** The prose of a Markdown file; `html` reads its HTML blocks (see hasHtmlBlocks). */
export function markdownProse(file: string, tree: Root = parseMarkdown(file), html?: HtmlReader): ProseView {
  const out = new ProseBuilder(file);
  addBlock(out, file, tree, html);
  return out.build();
}
