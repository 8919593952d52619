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
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). Invisible,
 * they reorder how the text around them is displayed (the "Trojan Source" trick): an editor could
 * read something other than what the article says. The HTML report shows each as a visible name.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const BIDI_NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Escapes text for HTML element content and for double- or single-quoted attribute values.
 * Bidi controls become the visible text ⟨U+202E⟩, so they cannot reorder what is displayed. Lone
 * surrogates and other control characters pass through: they cannot open markup.
 */
export function escapeHtml(s: string): string {
  return s.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]!).replace(BIDI_CONTROLS, (c) => `⟨${codePoint(c)}⟩`);
}

/**
 * Like escapeHtml, for element content only (never an attribute value): each bidi control becomes
 * a marked chip, `<span class="bidi" title="U+202E RIGHT-TO-LEFT OVERRIDE">⟨U+202E⟩</span>`.
 */
export function escapeHtmlContent(s: string): string {
  return s
    .replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]!)
    .replace(BIDI_CONTROLS, (c) => `<span class="bidi" title="${codePoint(c)} ${BIDI_NAMES[c]}">⟨${codePoint(c)}⟩</span>`);
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
