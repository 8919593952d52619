/**
 * `--post-edit <file>`: compare the checked text with an editor's corrected version. A word-level
 * diff (jsdiff's diffWordsWithSpace, whose unchanged parts are exact, so offsets into the original
 * can be tracked) gives the edits; the edit rate is computed in the manner of HTER: word edits needed
 * to turn the original into the post-edit (substitutions, insertions, deletions; shifts are not
 * modelled) divided by the words of the post-edit. Findings whose span an edit touched are
 * "confirmed"; the others were left alone; edits that touch no finding are what calque missed (or
 * the editor's own preferences).
 */
import { jsdiff } from './jsdiff.js';
import type { Finding, Report } from '../types.js';

export interface PostEditHunk {
  /** Span of the original text replaced (start === end for a pure insertion). */
  start: number;
  end: number;
  before: string;
  after: string;
  /** Word edits this hunk costs: max(words removed, words added). */
  edits: number;
  /** Ids of findings it touches. */
  findings: string[];
}

export interface PostEditResult {
  /** Label of the post-edited file. */
  file: string;
  /** Word tokens (words, numbers and punctuation marks) of the original and of the post-edit. */
  originalWords: number;
  postEditWords: number;
  /** Word edits (substitutions + insertions + deletions). */
  edits: number;
  /** edits / postEditWords, 0..∞ (HTER-style; 0 = untouched). */
  editRate: number;
  hunks: PostEditHunk[];
  /** Findings an edit touched, by id. */
  confirmed: string[];
  /** Findings no edit touched, by id. */
  untouched: string[];
  /** Hunks that touch no finding. */
  unflaggedEdits: number;
}

export interface PostEditSummary {
  files: number;
  originalWords: number;
  postEditWords: number;
  edits: number;
  editRate: number;
  findings: number;
  confirmed: number;
  untouched: number;
  /** confirmed / findings (null when there are no findings). */
  precision: number | null;
  hunks: number;
  unflaggedEdits: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['\u2019.-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;

export function countWords(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(TOKEN)) n++;
  return n;
}

/** True when an edit of the original range [start, end) touches the finding's span. */
function touches(f: Finding, start: number, end: number): boolean {
  const { start: fs, end: fe } = f.span;
  if (start === end) return fs === fe ? start === fs : start >= fs && start < fe;
  if (fs === fe) return fs >= start && fs < end;
  return start < fe && fs < end;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function comparePostEdit(report: Report, original: string, postEdited: string, file: string): PostEditResult {
  const changes = jsdiff().diffWordsWithSpace(original, postEdited);
  const hunks: PostEditHunk[] = [];
  let pos = 0;
  let open: { start: number; before: string; after: string } | undefined;
  const close = (): void => {
    if (!open) return;
    // Whitespace shared at both ends is not part of the edit.
    while (open.before.length > 0 && open.after.length > 0 && /\s/.test(open.before[0]!) && open.before[0] === open.after[0]) {
      open.before = open.before.slice(1);
      open.after = open.after.slice(1);
      open.start++;
    }
    while (open.before.length > 0 && open.after.length > 0 && /\s/.test(open.before.at(-1)!) && open.before.at(-1) === open.after.at(-1)) {
      open.before = open.before.slice(0, -1);
      open.after = open.after.slice(0, -1);
    }
    const removed = countWords(open.before);
    const added = countWords(open.after);
    // Whitespace-only changes are not word edits.
    if (removed > 0 || added > 0) {
      hunks.push({ start: open.start, end: open.start + open.before.length, before: open.before, after: open.after, edits: Math.max(removed, added), findings: [] });
    }
    open = undefined;
  };
  // Unchanged whitespace between two changes joins them into one hunk ("traveled far" → "come a
  // long way" is one edit region, not three).
  let pendingSpace = '';
  for (const c of changes) {
    if (!c.added && !c.removed) {
      if (open && /^\s+$/.test(c.value) && pendingSpace === '') {
        pendingSpace = c.value;
        pos += c.value.length;
        continue;
      }
      close();
      pendingSpace = '';
      pos += c.value.length;
      continue;
    }
    if (open && pendingSpace !== '') {
      open.before += pendingSpace;
      open.after += pendingSpace;
      pendingSpace = '';
    }
    open ??= { start: pos, before: '', after: '' };
    if (c.removed) {
      open.before += c.value;
      pos += c.value.length;
    } else open.after += c.value;
  }
  close();

  const confirmed = new Set<string>();
  let unflagged = 0;
  for (const h of hunks) {
    for (const f of report.findings) {
      if (touches(f, h.start, h.end)) {
        h.findings.push(f.id);
        confirmed.add(f.id);
      }
    }
    if (h.findings.length === 0) unflagged++;
  }
  const edits = hunks.reduce((s, h) => s + h.edits, 0);
  const postEditWords = countWords(postEdited);
  return {
    file,
    originalWords: countWords(original),
    postEditWords,
    edits,
    editRate: postEditWords === 0 ? (edits > 0 ? 1 : 0) : round3(edits / postEditWords),
    hunks,
    confirmed: report.findings.filter((f) => confirmed.has(f.id)).map((f) => f.id),
    untouched: report.findings.filter((f) => !confirmed.has(f.id)).map((f) => f.id),
    unflaggedEdits: unflagged,
  };
}

/** Sums post-edit results over a batch; the edit rate is pooled (total edits / total words). */
export function summarisePostEdits(results: readonly PostEditResult[]): PostEditSummary {
  const sum = (k: 'originalWords' | 'postEditWords' | 'edits' | 'unflaggedEdits'): number => results.reduce((s, r) => s + r[k], 0);
  const confirmed = results.reduce((s, r) => s + r.confirmed.length, 0);
  const untouched = results.reduce((s, r) => s + r.untouched.length, 0);
  const postEditWords = sum('postEditWords');
  const edits = sum('edits');
  return {
    files: results.length,
    originalWords: sum('originalWords'),
    postEditWords,
    edits,
    editRate: postEditWords === 0 ? 0 : round3(edits / postEditWords),
    findings: confirmed + untouched,
    confirmed,
    untouched,
    precision: confirmed + untouched === 0 ? null : round3(confirmed / (confirmed + untouched)),
    hunks: results.reduce((s, r) => s + r.hunks.length, 0),
    unflaggedEdits: sum('unflaggedEdits'),
  };
}
