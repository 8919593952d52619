/**
 * The prose of an HTML file, read with htmlparser2 (which decodes entities with the `entities`
 * package, every named and numeric reference a browser knows, and reads attribute values, so a `>`
 * inside one never leaks into the text).
 *
 * - Text is kept; each entity comes from the parser as a piece of its own with its range in the
 *   file, so `Ko&scaron;ak` reads "Košak" and a finding on "Košak" covers `Ko&scaron;ak`.
 * - A line break inside text (with the indentation around it) is one space, as a browser shows it;
 *   block elements (p, h1-h6, li, td, br, div…) become line breaks, so no sentence runs from one
 *   block into the next.
 * - Code and what is not shown (pre, code, kbd, samp, script, style, template, noscript, svg, math,
 *   textarea) and comments are not prose. The `<title>` is: it is the headline.
 *
 * Loaded only for HTML input (and for Markdown with HTML blocks): plain-text runs never load the parser.
 */
import { Parser } from 'htmlparser2';
import { HTML_BLOCKS } from './html-blocks.js';
import { ProseBuilder, type ProseView } from './prose-view.js';

/** Elements whose content is not prose: code, scripts, and what a browser does not show as text. */
const HIDDEN = new Set('pre code kbd samp script style template noscript svg math textarea select object iframe'.split(' '));

/**
 * A decoded character a reader sees as a plain space (a no-break or typographic space, or a line
 * break or control character written as a reference) reads as one: the spacing rules judge the
 * prose, not the typesetting.
 */
const SPACE_LIKE = /[\u0000-\u001f\u007f\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** White space with a line break in it: how the source is wrapped and indented, not typed spacing. */
const WRAP = /[ \t]*(?:\r\n|\r|\n)[ \t\r\n\f]*/g;

/**
 * Copies text as a browser shows it: a line break with the white space around it (`\r\n` and the
 * next line's indentation) is one space, standing for all of it; spaces typed inside a line stay,
 * so a doubled space the author typed is still seen.
 */
function copyText(out: ProseBuilder, file: string, start: number, end: number): void {
  const text = file.slice(start, end);
  let at = 0;
  for (const m of text.matchAll(WRAP)) {
    out.copy(start + at, start + m.index);
    out.put(' ', start + m.index, start + m.index + m[0].length);
    at = m.index + m[0].length;
  }
  out.copy(start + at, end);
}

/** Adds the prose of the file's range [start, end) to `out`. */
export function addHtmlProse(out: ProseBuilder, file: string, start = 0, end = file.length): void {
  // Open elements whose content is hidden. (The <head> holds no text but its <title>, the headline.)
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        if (HTML_BLOCKS.has(name)) out.blockBreak(start + parser.startIndex, start + parser.endIndex + 1);
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (HTML_BLOCKS.has(name)) out.blockBreak(start + parser.startIndex, Math.max(start + parser.startIndex, start + parser.endIndex + 1));
      },
      ontext(data) {
        if (hidden > 0) return;
        const s = start + parser.startIndex;
        const e = Math.min(end, start + parser.endIndex + 1);
        if (file.slice(s, e) === data) {
          // White space opening a block (the indentation between tags) is not shown by a browser.
          let from = s;
          if (out.atLineStart()) while (from < e && /[ \t\r\n\f]/.test(file[from]!)) from++;
          copyText(out, file, from, e);
        } else {
          const text = data.replace(SPACE_LIKE, ' ');
          if (!(out.atLineStart() && text.trim() === '')) out.put(text, s, e);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(file.slice(start, end));
}

export function htmlProse(file: string): ProseView {
  const out = new ProseBuilder(file);
  addHtmlProse(out, file);
  return out.build();
}
