/**
 * Markdown and HTML input. Markup is not checked: the input is turned into a "masked" copy of
 * IDENTICAL length in which markup characters are spaces (block boundaries become line breaks, so
 * paragraphs still split, and soft line breaks inside a paragraph become spaces, so a wrapped
 * sentence is read whole). check() runs on the masked copy; because lengths are equal, every span
 * is also a span of the original input, and `restoreOriginal()` re-reads each finding's text, line
 * and column from the original.
 *
 * HTML entities cannot be decoded in place without changing lengths: a known entity becomes its
 * character padded with spaces on the side away from the adjoining word (`&rsquo;` → `’` + 6
 * spaces), an unknown one becomes spaces. Text inside a word split by an entity or an inline tag
 * (`Kim&rsquo;s`, `<em>un</em>likely`) is therefore read as two words; such markup is rare in news copy.
 */
import { extname } from 'node:path';
import { lineIndex } from '../analysis/lines.js';
import { isNoticeLine } from '../analysis/mt-notices.js';
import type { Report } from '../types.js';

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

/** A mutable copy of the text as UTF-16 code units; masking never touches line breaks unless asked. */
class Mask {
  readonly buf: string[];
  constructor(readonly text: string) {
    this.buf = text.split('');
  }
  blank(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const c = this.buf[i];
      if (c !== '\n' && c !== '\r') this.buf[i] = ' ';
    }
  }
  set(i: number, c: string): void {
    this.buf[i] = c;
  }
  toString(): string {
    return this.buf.join('');
  }
}

export function maskMarkup(text: string, format: InputFormat): string {
  if (format === 'markdown') return maskMarkdown(text);
  if (format === 'html') return maskHtml(text);
  return text;
}

// ---------------------------------------------------------------- Markdown

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REF_DEF = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S/;
const HEADING = /^#{1,6}(?=[ \t]|$)/;
const LIST_MARK = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t])/;
const TASK_BOX = /^[ \t]+\[[ xX]\](?=[ \t])/;
const CODE_SPAN = /`[^`\n]*`/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const INLINE_TAG = /<\/?[A-Za-z][^<>\n]*>/g;
const AUTOLINK = /<(?:https?|ftp|mailto):[^\s<>]*>/g;
const IMAGE = /!\[[^\][\n]*\](?:\([^()\n]*\)|\[[^\][\n]*\])/g;
const LINK = /\[([^\][\n]*)\](\([^()\n]*\)|\[[^\][\n]*\])/g;
const FOOTNOTE_REF = /\[\^[^\]\n]+\]/g;
const EMPHASIS = /\*{1,3}|_{1,3}|~~/g;
const ESCAPE = /\\[!-/:-@[-`{-~]/g;
const WORDCHAR = /[\p{L}\p{N}]/u;

/** A line made only of one of - * _ = (and spaces): a thematic break or a setext underline. */
function isRuleLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 2) return false;
  const c = t[0]!;
  if (!'-*_='.includes(c)) return false;
  let n = 0;
  for (const ch of t) {
    if (ch === c) n++;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return n >= 3 || c === '=' || c === '-';
}

/** A table delimiter row such as `| --- | :---: |`. */
function isTableDelimiter(line: string): boolean {
  const t = line.trim();
  if (!t.includes('-') || !t.includes('|')) return false;
  for (const ch of t) if (!'|-: \t'.includes(ch)) return false;
  return true;
}

/** Length of the block prefix of a line: indentation, `>` markers, a list marker, a task box, `#`s. */
function blockPrefix(line: string): { length: number; heading: boolean; item: boolean } {
  let i = 0;
  for (;;) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    if (line[i] === '>') {
      i++;
      continue;
    }
    break;
  }
  const rest = line.slice(i);
  const list = LIST_MARK.exec(rest);
  if (list) {
    i += list[0].length;
    const box = TASK_BOX.exec(line.slice(i));
    if (box) i += box[0].length;
    return { length: i, heading: false, item: true };
  }
  const h = HEADING.exec(rest);
  if (h) return { length: i + h[0].length, heading: true, item: false };
  return { length: i, heading: false, item: false };
}

function maskMarkdown(text: string): string {
  const m = new Mask(text);
  for (const c of text.matchAll(HTML_COMMENT)) m.blank(c.index, c.index + c[0].length);

  // Front matter (--- … --- at the very start) is metadata.
  if (/^---(?:\r\n|\r|\n)/.test(text)) {
    const close = /[\r\n](?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/.exec(text.slice(3));
    if (close) m.blank(0, 3 + close.index + close[0].length);
  }

  const lines: { start: number; end: number; kind: LineKind }[] = [];
  let fence: string | undefined;
  // Lines end at LF, CRLF or a lone CR (classic Mac OS files).
  for (const lm of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (lm[0].length === 0) break;
    const start = lm.index;
    const raw = lm[0].replace(/(?:\r\n|\r|\n)$/, '');
    const end = start + raw.length;
    const f = FENCE.exec(raw);
    if (fence !== undefined || f) {
      m.blank(start, end);
      if (fence === undefined) fence = f![1]![0];
      else if (f && f[1]![0] === fence) fence = undefined;
      lines.push({ start, end, kind: 'break' });
      continue;
    }
    if (m.buf.slice(start, end).join('').trim() === '') {
      lines.push({ start, end, kind: 'blank' });
      continue;
    }
    if (REF_DEF.test(raw) || isRuleLine(raw) || isTableDelimiter(raw)) {
      m.blank(start, end);
      lines.push({ start, end, kind: 'break' });
      continue;
    }
    const prefix = blockPrefix(raw);
    m.blank(start, start + prefix.length);
    let bodyEnd = end;
    if (prefix.heading) {
      // A closing sequence of #s (`## Title ##`) is markup too.
      const closing = /[ \t]#+[ \t]*$/.exec(raw);
      if (closing && closing.index >= prefix.length) {
        m.blank(start + closing.index, end);
        bodyEnd = start + closing.index;
      }
    }
    maskInlineMarkdown(m, text, start + prefix.length, bodyEnd);
    const lead = raw.trimStart();
    let kind: LineKind = 'text';
    if (prefix.heading) kind = 'heading';
    else if (prefix.item) kind = 'item';
    else if (lead.startsWith('>')) kind = 'quote';
    else if (lead.startsWith('|')) kind = 'row';
    else if (lead.startsWith('<')) kind = 'break';
    // Table rows: pipes separate cells.
    if (kind === 'row') for (let i = start; i < end; i++) if (text[i] === '|') m.set(i, ' ');
    lines.push({ start, end, kind });
  }

  // Soft line breaks: a plain line continuing a paragraph, list item or quote is the same paragraph.
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!;
    const b = lines[k + 1]!;
    // A line that is a machine-translation notice is a block of its own, full stop or not: joined to
    // the next line it would make that line part of the notice's sentence, hidden from the rules.
    const join =
      ((b.kind === 'text' && (a.kind === 'text' || a.kind === 'item' || a.kind === 'quote')) || (b.kind === 'quote' && a.kind === 'quote')) &&
      !isNoticeLine(m.buf.slice(a.start, a.end).join(''));
    if (join) for (let i = a.end; i < b.start; i++) m.set(i, ' ');
  }
  return m.toString();
}

type LineKind = 'blank' | 'break' | 'text' | 'heading' | 'item' | 'quote' | 'row';

function maskInlineMarkdown(m: Mask, text: string, start: number, end: number): void {
  const line = text.slice(start, end);
  const at = (re: RegExp, fn: (match: RegExpMatchArray, s: number) => void): void => {
    re.lastIndex = 0;
    for (const x of line.matchAll(re)) fn(x, start + x.index!);
  };
  at(ESCAPE, (_x, s) => m.set(s, ' '));
  at(CODE_SPAN, (x, s) => m.blank(s, s + x[0].length));
  at(AUTOLINK, (x, s) => m.blank(s, s + x[0].length));
  at(INLINE_TAG, (x, s) => m.blank(s, s + x[0].length));
  at(IMAGE, (x, s) => m.blank(s, s + x[0].length));
  at(FOOTNOTE_REF, (x, s) => m.blank(s, s + x[0].length));
  at(LINK, (x, s) => {
    // Keep the link text, drop the brackets and the target.
    m.blank(s, s + 1);
    const textEnd = s + 1 + x[1]!.length;
    m.blank(textEnd, s + x[0].length);
  });
  at(EMPHASIS, (x, s) => {
    if (m.buf[s] === ' ') return; // already masked (inside code or a URL)
    const before = s > 0 ? text[s - 1]! : ' ';
    const after = s + x[0].length < text.length ? text[s + x[0].length]! : ' ';
    const spaceBefore = /\s/.test(before);
    const spaceAfter = /\s/.test(after);
    if (spaceBefore && spaceAfter) return; // a lone * or _ in prose ("5 * 3")
    if (x[0][0] === '_' && WORDCHAR.test(before) && WORDCHAR.test(after)) return; // snake_case
    m.blank(s, s + x[0].length);
  });
}

// ---------------------------------------------------------------- HTML

const HTML_HIDDEN = /<(script|style|noscript|template|svg|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const HTML_DECL = /<![A-Za-z][^>]*>|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)\b[^<>]*>/g;
const HTML_TITLE = /<title\b[^>]*>([^<]*)<\/title\s*>/i;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote br body caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table tbody td tfoot th thead title tr ul'
  ).split(' '),
);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae',
  eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', oacute: '\u00f3', uacute: '\u00fa', iacute: '\u00ed',
  ntilde: '\u00f1', ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4', deg: '\u00b0', euro: '\u20ac', pound: '\u00a3',
};
const SPACE_ENTITIES = new Set(['nbsp', 'ensp', 'emsp', 'thinsp', 'zwsp', '#160', '#32', '#8201', '#8194', '#8195']);

function decodeEntity(entity: string): string | undefined {
  const body = entity.slice(1, -1);
  if (SPACE_ENTITIES.has(body.toLowerCase())) return ' ';
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0x20 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    const s = String.fromCodePoint(code);
    return s.length < entity.length ? s : undefined;
  }
  return NAMED[body];
}

function maskHtml(text: string): string {
  const m = new Mask(text);
  // In HTML a line break inside text is a space; paragraphs come from block tags.
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') m.set(i, ' ');
  const hide = (s: number, e: number): void => {
    for (let i = s; i < e; i++) m.set(i, ' ');
  };
  for (const c of text.matchAll(HTML_COMMENT)) hide(c.index, c.index + c[0].length);
  for (const c of text.matchAll(HTML_DECL)) hide(c.index, c.index + c[0].length);
  // The <head> is hidden but its <title> (the headline) is text.
  const title = HTML_TITLE.exec(text);
  for (const c of text.matchAll(HTML_HIDDEN)) {
    hide(c.index, c.index + c[0].length);
    if (title && c[1]!.toLowerCase() === 'head' && title.index >= c.index && title.index < c.index + c[0].length) {
      const tStart = title.index + title[0].indexOf('>') + 1;
      for (let i = tStart; i < tStart + title[1]!.length; i++) m.set(i, text[i] === '\n' || text[i] === '\r' ? ' ' : text[i]!);
      m.set(title.index, '\n');
    }
  }
  for (const t of text.matchAll(HTML_TAG)) {
    if (m.buf[t.index] !== '<') continue; // inside something already hidden
    hide(t.index, t.index + t[0].length);
    if (BLOCK_TAGS.has(t[1]!.toLowerCase())) m.set(t.index, '\n');
  }
  for (const e of text.matchAll(ENTITY)) {
    if (m.buf[e.index] !== '&') continue;
    hide(e.index, e.index + e[0].length);
    const ch = decodeEntity(e[0]);
    if (ch === undefined || ch === ' ') continue;
    const next = text[e.index + e[0].length] ?? ' ';
    const prev = text[e.index - 1] ?? ' ';
    // Keep the character next to the word it belongs to: an opening quote before a word goes last.
    const atEnd = WORDCHAR.test(next) && !WORDCHAR.test(prev);
    const pos = atEnd ? e.index + e[0].length - ch.length : e.index;
    for (let k = 0; k < ch.length; k++) m.set(pos + k, ch[k]!);
  }
  return m.toString();
}

// ---------------------------------------------------------------- mapping back

/**
 * After check() ran on a masked copy, re-reads each finding's text from the original input and its
 * line and column from the original's line breaks. A finding whose span covers markup cannot be
 * fixed blindly, so it loses `fixable`.
 */
export function restoreOriginal(report: Report, original: string, masked: string): Report {
  if (original === masked) return report;
  const position = lineIndex(original);
  const findings = report.findings.map((f) => {
    const text = original.slice(f.span.start, f.span.end);
    const { line, column } = position(f.span.start);
    const g = { ...f, text, line, column };
    if (g.fixable && masked.slice(f.span.start, f.span.end) !== text) delete g.fixable;
    return g;
  });
  return { ...report, findings };
}
