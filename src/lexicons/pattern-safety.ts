/**
 * Proof that a regular expression written by a user (a `calque.config.json` glossary pattern, or a
 * `pattern` in extra lexicon entries) cannot backtrack catastrophically, by the ReDoS checker
 * `recheck` (automata theory, with fuzzing where the automaton would be too large).
 *
 * A star-height test (safe-regex2) is not enough: `(a|a)*b$` and `a\s*\s*\s*$` have star height 1
 * and still take exponential or high-polynomial time. recheck decides ambiguity itself, so it rejects
 * those and accepts what is harmless but unusual, such as the lookbehind `(?<=Lead)er`.
 *
 * recheck runs its pure JavaScript build (Scala.js), in this thread: it never downloads, spawns a
 * native binary or starts Java. It is loaded only when a user pattern is checked (2.9 MB of
 * JavaScript, ~0.1 s), and each verdict is cached per thread, so a configuration is proved once.
 *
 * A pattern is accepted only when recheck says `safe` (constant or linear matching time). It is
 * refused when recheck finds it vulnerable (exponential or polynomial) and also when recheck cannot
 * decide within CHECK_BUDGET_MS: calque would rather refuse a pattern than risk a hang.
 */
import { createRequire } from 'node:module';

/**
 * How long one pattern may take to be proved safe before it is refused (milliseconds; recheck's
 * own default). Proving a pattern that needs the full automaton analysis (one with an unbounded
 * repetition, such as `Presiden\s+Jokowi`) takes 0.1–3 s on an idle machine and several times
 * that on a loaded one; patterns with no unbounded repetition take milliseconds.
 */
export const CHECK_BUDGET_MS = 10_000;

export type PatternVerdict = { safe: true } | { safe: false; reason: string };

/** The part of recheck's result calque reads (see node_modules/recheck/index.d.ts). */
interface RecheckDiagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: string; degree?: number };
  attack?: { pattern: string };
  error?: { kind: string; message?: string };
}

type CheckSync = (source: string, flags: string, params?: { timeout?: number | null }) => RecheckDiagnostics;

let checkSync: CheckSync | undefined;
const verdicts = new Map<string, PatternVerdict>();

function recheck(): CheckSync {
  checkSync ??= (createRequire(import.meta.url)('recheck') as { checkSync: CheckSync }).checkSync;
  return checkSync;
}

/** recheck's own backend choice is read from the environment at each call: force the pure build. */
function runPure(source: string, flags: string): RecheckDiagnostics {
  const previous = process.env['RECHECK_SYNC_BACKEND'];
  process.env['RECHECK_SYNC_BACKEND'] = 'pure';
  try {
    return recheck()(source, flags, { timeout: CHECK_BUDGET_MS });
  } finally {
    if (previous === undefined) delete process.env['RECHECK_SYNC_BACKEND'];
    else process.env['RECHECK_SYNC_BACKEND'] = previous;
  }
}

function shorten(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function verdictOf(d: RecheckDiagnostics): PatternVerdict {
  if (d.status === 'safe') return { safe: true };
  if (d.status === 'vulnerable') {
    const c = d.complexity;
    const growth = c?.type === 'exponential' ? 'exponential' : c?.type === 'polynomial' ? `polynomial (n^${c.degree ?? '?'})` : 'super-linear';
    const attack = d.attack ? ` on input such as ${shorten(d.attack.pattern)}` : '';
    return {
      safe: false,
      reason: `unsafe regular expression: matching can take ${growth} time${attack}; make the alternatives or repeated parts unable to match the same text (e.g. not (a|a)* or \\s*\\s*), or bound the repetition`,
    };
  }
  if (d.error?.kind === 'timeout') {
    return {
      safe: false,
      reason: `unsafe regular expression: it could not be proved safe within ${CHECK_BUDGET_MS / 1000} s; simplify it (split long alternations into separate entries, bound repetition)`,
    };
  }
  const why = d.error?.message ?? d.error?.kind ?? 'unknown';
  return { safe: false, reason: `unsafe regular expression: it could not be proved safe (${shorten(why)}); simplify it` };
}

/** Whether `source` with `flags` is proved safe from catastrophic backtracking (cached per thread). */
export function provePatternSafe(source: string, flags: string): PatternVerdict {
  const key = `/${source}/${[...flags].filter((f) => f !== 'g').sort().join('')}`;
  let v = verdicts.get(key);
  if (v === undefined) {
    v = verdictOf(runPure(source, flags));
    verdicts.set(key, v);
  }
  return v;
}

/** Keys of the patterns proved safe in this thread (handed to worker threads, see trustProvenPatterns). */
export function provenPatterns(): string[] {
  return [...verdicts].filter(([, v]) => v.safe).map(([k]) => k);
}

/** Records patterns another thread of the same run proved safe, so workers do not prove them again. */
export function trustProvenPatterns(keys: readonly string[] | undefined): void {
  for (const k of keys ?? []) verdicts.set(k, { safe: true });
}

/** The flags a lexicon pattern runs with (calque-phrases and mt-notices: case-insensitive, 'u' where needed). */
export function lexiconPatternFlags(pattern: string): string {
  return /\\[pPu]\{/.test(pattern) ? 'iu' : 'i';
}
