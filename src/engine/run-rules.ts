/**
 * Runs the selected rules over one analysed document and completes their drafts into findings.
 * Findings are deduplicated (same rule, same span), their spans clamped to the input, and sorted
 * deterministically by position, then rule id.
 */
import type { AnalysedDocument } from '../analysis/types.js';
import type { Finding, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import type { FindingDraft, Rule } from '../rules/types.js';
import { CalqueError } from '../errors.js';
import { fitSuggestions } from './fit-suggestions.js';

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

function complete(doc: AnalysedDocument, active: ActiveRule, draft: FindingDraft): Finding | undefined {
  const len = doc.text.length;
  if (!Number.isInteger(draft.start) || !Number.isInteger(draft.end)) return undefined;
  const d = fitSuggestions(doc, draft);
  if (!Number.isInteger(d.start) || !Number.isInteger(d.end)) return undefined;
  const start = Math.max(0, Math.min(d.start, len));
  const end = Math.max(start, Math.min(d.end, len));
  const { line, column } = doc.position(start);
  const severity = d.severity === undefined ? active.severity : demoteLike(active.rule.meta.severity, active.severity, d.severity);
  const finding: Finding = {
    id: `${active.rule.meta.id}@${start}-${end}`,
    ruleId: active.rule.meta.id,
    category: d.category ?? active.rule.meta.category,
    severity,
    span: { start, end },
    line,
    column,
    text: doc.text.slice(start, end),
    message: d.message,
    // A rule may offer the same replacement twice (two lexicon entries, two spellings); once is enough.
    suggestions: d.suggestions ? [...new Set(d.suggestions)] : [],
    confidence: Math.max(0, Math.min(1, d.confidence ?? 0.8)),
  };
  if (d.note !== undefined) finding.note = d.note;
  if (d.fixable) finding.fixable = true;
  if (d.patternId !== undefined) finding.patternId = d.patternId;
  return finding;
}

/**
 * A rule may lower the severity of a weak case below its default. When the caller overrides the
 * rule's severity, the caller's choice wins for default-severity findings and weaker cases keep
 * their own (lower) severity.
 */
function demoteLike(ruleDefault: Severity, configured: Severity, drafted: Severity): Severity {
  return drafted === ruleDefault ? configured : drafted;
}

/**
 * Set CALQUE_DEBUG=1 to let a rule's exception surface (tests do); otherwise a crashing rule is skipped.
 * Invalid data (a pattern file or lexicon that fails its schema or does not compile) is a CalqueError
 * and always surfaces: skipping it would silently drop a whole rule family from every report.
 */
const rethrow = (): boolean => process.env['CALQUE_DEBUG'] === '1';

export function runRules(doc: AnalysedDocument, rules: ActiveRule[]): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const active of rules) {
    let drafts: FindingDraft[];
    try {
      drafts = active.rule.run(doc);
    } catch (err) {
      if (err instanceof CalqueError || rethrow()) throw err;
      continue;
    }
    for (const d of drafts) {
      const f = complete(doc, active, d);
      if (!f || seen.has(f.id)) continue;
      seen.add(f.id);
      findings.push(f);
    }
  }
  const kept = oneFindingPerSpan(dropSuperseded(findings, rules));
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return kept;
}

/**
 * Spans of one rule's findings, sorted by start, with the running maximum of their ends: whether any
 * of them overlaps a span is one binary search (linear overall, however many findings there are).
 */
class SpanIndex {
  private readonly starts: number[];
  private readonly maxEnd: number[];
  constructor(findings: readonly Finding[]) {
    const spans = findings.map((f) => f.span).sort((a, b) => a.start - b.start);
    this.starts = spans.map((s) => s.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const s of spans) this.maxEnd.push((max = Math.max(max, s.end)));
  }
  /** True when some span g has g.start < end and start < g.end. */
  overlaps(start: number, end: number): boolean {
    // The spans starting before `end` are a prefix; among them, does one end after `start`?
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1]! > start;
  }
}

/**
 * Applies `meta.yieldsTo` (a finding overlapping one of a rule it yields to is dropped) and
 * `meta.yieldsWithin` (a finding lying wholly inside one of those rules' findings is dropped).
 */
function dropSuperseded(findings: Finding[], rules: ActiveRule[]): Finding[] {
  const yields = new Map<string, string[]>();
  const within = new Map<string, string[]>();
  for (const a of rules) {
    if (a.rule.meta.yieldsTo?.length) yields.set(a.rule.meta.id, a.rule.meta.yieldsTo);
    if (a.rule.meta.yieldsWithin?.length) within.set(a.rule.meta.id, a.rule.meta.yieldsWithin);
  }
  if (yields.size === 0 && within.size === 0) return findings;
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const index = new Map<string, SpanIndex>();
  const indexOf = (id: string): SpanIndex => {
    let x = index.get(id);
    if (!x) index.set(id, (x = new SpanIndex(byRule.get(id) ?? [])));
    return x;
  };
  // Passage findings are few (a sentence left in Indonesian), so containment is a plain scan.
  const inside = (id: string, f: Finding): boolean =>
    (byRule.get(id) ?? []).some((g) => g.span.start <= f.span.start && f.span.end <= g.span.end);
  return findings.filter((f) => {
    const over = yields.get(f.ruleId);
    if (over?.some((id) => indexOf(id).overlaps(f.span.start, f.span.end))) return false;
    const holders = within.get(f.ruleId);
    return !holders?.some((id) => inside(id, f));
  });
}

/**
 * Two rules that flag exactly the same words report one artifact twice (a word-sense pattern and a
 * false friend on "budget absorption"): an editor would read it twice and the score would count it
 * twice. The more severe finding stays, then the more confident, then the one with a suggestion,
 * then the earlier rule in the registry; findings on different spans are never touched.
 */
function oneFindingPerSpan(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  let same = false;
  for (const f of findings) {
    const key = `${f.span.start}:${f.span.end}`;
    const other = best.get(key);
    if (other === undefined) best.set(key, f);
    else {
      same = true;
      if (outranks(f, other)) best.set(key, f);
    }
  }
  if (!same) return findings;
  const kept = new Set(best.values());
  return findings.filter((f) => kept.has(f));
}

/** Whether `a` is the better of two findings on one span (`b` came first, from an earlier rule). */
function outranks(a: Finding, b: Finding): boolean {
  const rank = (f: Finding): number => SEVERITIES.indexOf(f.severity);
  if (rank(a) !== rank(b)) return rank(a) < rank(b);
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.suggestions.length > 0 && b.suggestions.length === 0;
}
