/**
 * Inline control, as in ESLint and textlint: an author silences calque for a passage they have
 * judged, in the text itself.
 *
 *   <!-- calque-disable -->                 off from here (every rule, or the rules listed)
 *   <!-- calque-enable -->                  on again from here (every rule, or the rules listed)
 *   <!-- calque-disable-next-line rule -->  off for the next line only
 *   <!-- calque-disable-line -->            off for the lines the comment is on
 *
 * In an HTML or Markdown comment anywhere, or in plain text as a line of its own (`calque-disable`
 * alone on its line; `disable-line` has no plain form, since it would only silence itself). Rules
 * are listed after the keyword, separated by spaces or commas; `-- why` after them is a comment.
 * Every offset is a UTF-16 offset into the caller's input; a directive is read there, never moved.
 */
import { lineIndex, lineStarts } from '../analysis/lines.js';

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

interface Directive {
  kind: Kind;
  /** Rules it applies to; empty for every rule. */
  rules: string[];
  start: number;
  end: number;
}

/** The directives of one input, and the test of whether a finding there is silenced. */
export interface Suppressions {
  /** The directives' own spans: check() reads them as blank, not as prose. */
  readonly spans: readonly { start: number; end: number }[];
  /** True when a finding of `ruleId` over input offsets [start, end) is silenced. */
  silenced(ruleId: string, start: number, end: number): boolean;
}

const KEYWORD = 'calque-(disable-next-line|disable-line|disable|enable)';
const COMMENT = new RegExp(`<!--\\s*${KEYWORD}(?=[\\s,]|-->)([\\s\\S]*?)-->`, 'g');
const BARE_LINE = new RegExp(`^[ \\t]*calque-(disable-next-line|disable|enable)(?:[ \\t]+([^\\r\\n]*?))?[ \\t]*$`);

/** `rule-a, rule-b -- because …` → the rule ids; the description after `--` is ignored. */
function ruleList(rest: string): string[] {
  const body = rest.split(/\s--\s|^--\s|\s--$/)[0] ?? '';
  return body.split(/[\s,]+/).filter((s) => s !== '');
}

function parse(text: string): Directive[] {
  const found: Directive[] = [];
  for (const m of text.matchAll(COMMENT)) {
    found.push({ kind: m[1] as Kind, rules: ruleList(m[2] ?? ''), start: m.index, end: m.index + m[0].length });
  }
  const starts = lineStarts(text);
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    // Cheap test first: nearly every line is prose.
    const at = text.indexOf('calque-', from);
    const to = i + 1 < starts.length ? starts[i + 1]! : text.length;
    if (at < 0) break;
    if (at >= to) continue;
    const line = text.slice(from, to).replace(/[\r\n]+$/, '');
    const m = BARE_LINE.exec(line);
    if (m) found.push({ kind: m[1] as Kind, rules: ruleList(m[2] ?? ''), start: from, end: from + line.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function applies(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/** The input's directives, or undefined when it has none (nearly always: one indexOf). */
export function readDirectives(text: string): Suppressions | undefined {
  if (!text.includes('calque-')) return undefined;
  const directives = parse(text);
  if (directives.length === 0) return undefined;
  const position = lineIndex(text);
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  // Line directives become silenced (line, rules) pairs, looked up by the finding's start line.
  const lines = new Map<number, Directive[]>();
  const mark = (line: number, d: Directive): void => void lines.set(line, [...(lines.get(line) ?? []), d]);
  for (const d of directives) {
    if (d.kind === 'disable-next-line') mark(position(d.end).line + 1, d);
    if (d.kind === 'disable-line') for (let l = position(d.start).line; l <= position(d.end).line; l++) mark(l, d);
  }
  return {
    spans: directives.map(({ start, end }) => ({ start, end })),
    silenced(ruleId: string, start: number): boolean {
      // Directives go by where a finding starts; `end` is for other silencers (src/workflow/pipeline.ts).
      if (directives.some((d) => start >= d.start && start < d.end)) return true;
      if (lines.get(position(start).line)?.some((d) => applies(d, ruleId))) return true;
      // Replay disable/enable up to the finding: the last one that names the rule (or all) wins,
      // so `disable` then `enable rule-a` leaves rule-a on and the others off, as in ESLint.
      let off = false;
      for (const d of blocks) {
        if (d.end > start) break;
        if (applies(d, ruleId)) off = d.kind === 'disable';
      }
      return off;
    },
  };
}

/** The text with each directive's characters (line breaks kept) turned into spaces: same length. */
export function blankDirectives(text: string, s: Suppressions): string {
  let out = '';
  let at = 0;
  for (const { start, end } of s.spans) {
    if (start < at) continue;
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
