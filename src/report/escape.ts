/**
 * Escaping for the report renderers. Everything that comes from the article (finding texts,
 * messages that quote it, suggestions) and from the caller (labels, table cells) is untrusted:
 * it goes through one of these functions before it reaches HTML or Markdown output.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const HTML_SPECIAL = /[&<>"']/g;

/**
 * Escapes text for HTML element content and for double- or single-quoted attribute values.
 * Lone surrogates and control characters pass through: they cannot open markup.
 */
export function escapeHtml(s: string): string {
  return s.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]!);
}

const JSON_SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
const JSON_SCRIPT_SPECIAL = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/json">` block. `<` becomes `\u003c` (so neither
 * `</script>` nor `<!--` can end or confuse the block), and `>`/`&`/U+2028/U+2029 are escaped too.
 * `JSON.parse(el.textContent)` gives the value back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(JSON_SCRIPT_SPECIAL, (c) => JSON_SCRIPT_ESCAPES[c]!);
}

/*
 * Markdown: backslash-escape every ASCII punctuation character that can start or end inline
 * markup in CommonMark/GFM (emphasis, code, links, images, raw HTML, autolinks, entities,
 * strikethrough, table pipes). A backslash before ASCII punctuation is always a literal in
 * CommonMark, so over-escaping is harmless; we leave `. , ; : ' " ( ) -` alone for readability
 * because they only matter at a line start, and rendered text never starts a line (see below).
 */
const MD_SPECIAL = /[\\`*_{}[\]<>|~&#!$]/g;
const LINE_BREAKS = /[\r\n\u2028\u2029\u0085]+/g;
/* Controls other than tab/newline are invisible and can confuse renderers; show them as U+FFFD. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Escapes untrusted text for inline Markdown, on one line (line breaks become spaces, so the text
 * can never start a heading, list, quote or table row). Use for list items and table cells alike:
 * `|` is escaped as `\|`, which GFM tables honour.
 */
export function escapeMarkdown(s: string): string {
  return s.replace(CONTROLS, '\uFFFD').replace(LINE_BREAKS, ' ').replace(MD_SPECIAL, (c) => `\\${c}`);
}

/** Collapses whitespace runs to one space and shortens to `max` code points with an ellipsis. */
export function oneLine(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}
