/** Plain-text tables for the terminal (entity comparison, post-edit summary, batch summary). */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Control characters and bidi overrides from an article must not reach the terminal. */
export function clean(s: string): string {
  return s.replace(UNSAFE, '\uFFFD').replace(/\s+/g, ' ');
}

function width(s: string): number {
  return Array.from(s).length;
}

export function textTable(headers: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string {
  const all = [headers, ...rows].map((r) => r.map(clean));
  const widths = headers.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  const line = (r: readonly string[]): string =>
    indent +
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(Math.max(0, widths[i]! - width(c)))))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(all[0]!), rule, ...all.slice(1).map(line)].join('\n') + '\n';
}
