/**
 * HTML elements that start a block of their own: the prose readers put a line break at each of
 * their tags, so no sentence runs from one block into the next. Shared by the HTML reader and the
 * Markdown reader (inline `<br>` or `<p>` in Markdown), with no parser behind it.
 */
export const HTML_BLOCKS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote body br caption center dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol option p pre search section summary table ' +
    'tbody td tfoot th thead title tr ul'
  ).split(' '),
);

/** The element name of an HTML tag (`<br/>`, `</P>`), lower-cased, or undefined for a comment or other markup. */
export function tagName(tag: string): string | undefined {
  return /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(tag)?.[1]?.toLowerCase();
}
