/**
 * `calque report`: read the inputs, run the editor's workflow on each (in worker threads for
 * batches), write reports, fixes or diffs, and decide the exit code.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { RULES } from '../rules/registry.js';
import { expandInputs, gateActive, gateFailures, severityCounts, type Gate, type InputFile, type SummaryRow } from '../workflow/batch.js';
import { checkOptionsFrom, resolveConfig, WORKFLOW_RULE_IDS, workflowRuleSetting, type CalqueConfig } from '../workflow/config.js';
import { fixPatch } from '../workflow/fixes.js';
import { IGNORE_FILE, loadIgnoreFile } from '../workflow/ignore-file.js';
import { detectFormat, readProse } from '../workflow/input-format.js';
import type { FileJob, FileResult, RuleSwitch, WorkflowSettings } from '../workflow/pipeline.js';
import { runJobs } from '../workflow/pool.js';
import { summarisePostEdits } from '../workflow/post-edit.js';
import type { ReferenceText } from '../workflow/references.js';
import { CI_FORMATS, parseReportArgs, type ReportArgs } from './args.js';
import { commitWrites, type PlannedWrite } from './atomic-write.js';
import { EXIT, UsageError, type Io } from './io.js';
import { checkOutDir, checkTarget, checkUnique, fixedPaths, ProtectedFiles, reportPaths, type Target } from './output-plan.js';
import { progressBar } from './progress.js';
import { encodeText, InputError, readInput, readInputText, type DecodedText, type TextEncoding } from './read-input.js';
import { EXTENSION, loadFormatter, renderCi, renderFile, renderSummary, summaryJson, type BatchSummary } from './render.js';

function realOrResolved(p: string, cwd: string): string {
  const abs = resolve(cwd, p);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

function settingsFrom(config: CalqueConfig | undefined, args: ReportArgs): WorkflowSettings {
  const known = new Set([...RULES.map((r) => r.meta.id), ...WORKFLOW_RULE_IDS]);
  for (const id of [...args.disable, ...args.only]) {
    if (!known.has(id)) throw new UsageError(`unknown rule '${id}' (see calque rules)`);
  }
  const rules = { ...(config?.rules ?? {}) };
  for (const id of args.disable) rules[id] = false;
  const only = args.only.length > 0 ? args.only : (config?.only ?? []);
  const workflowRules: Record<string, RuleSwitch> = {};
  for (const id of WORKFLOW_RULE_IDS) {
    const s = workflowRuleSetting(rules, id);
    workflowRules[id] = only.length > 0 && !only.includes(id) ? { enabled: false } : s;
  }
  const settings: WorkflowSettings = { checkOptions: checkOptionsFrom(config, args), workflowRules };
  if (config?.glossary) settings.glossary = config.glossary;
  if (config?.lexicons) settings.lexicons = config.lexicons;
  if (config?.patterns) settings.patterns = config.patterns;
  return settings;
}

/** Pairs each input with its post-edit: by order, or by name from a directory. */
function postEditPaths(args: ReportArgs, files: readonly InputFile[], cwd: string): (string | undefined)[] {
  if (args.postEdits.length === 0) return files.map(() => undefined);
  const first = args.postEdits[0]!;
  const firstAbs = resolve(cwd, first);
  if (args.postEdits.length === 1 && existsSync(firstAbs) && statSync(firstAbs).isDirectory()) {
    return files.map((f) => {
      const ext = extname(f.path);
      const stem = f.rel.slice(0, f.rel.length - ext.length);
      for (const candidate of [`${stem}.post-edited${ext}`, `${stem}.post-edited.txt`]) {
        const p = join(first, candidate);
        if (existsSync(resolve(cwd, p))) return p;
      }
      return undefined;
    });
  }
  if (args.postEdits.length !== files.length) {
    throw new UsageError(`--post-edit given ${args.postEdits.length} time(s) for ${files.length} input file(s); give one per input, in order, or a directory`);
  }
  return [...args.postEdits];
}

async function readRefs(args: ReportArgs, cwd: string, inputFormat: string | undefined): Promise<(ReferenceText & { real: string })[]> {
  const refs: (ReferenceText & { real: string })[] = [];
  for (const p of args.refs) {
    const text = readInput(resolve(cwd, p), p);
    const format = detectFormat(p, inputFormat);
    refs.push({ label: basename(p), text: (await readProse(text, format)).text, real: realOrResolved(p, cwd) });
  }
  return refs;
}

/** A file this run will write, planned before any work is done; `bytes` is filled in after. */
interface FileOutput extends Target {
  /** Input index it comes from (-1 for the run's single --out file). */
  input: number;
  kind: 'report' | 'fixed' | 'write-back' | 'out';
}

/**
 * Every file the run will write, decided and checked before the inputs are processed: names under
 * --out-dir mirror the input tree and stay unique; no output lands on an input, a --ref, a
 * --post-edit or the configuration file (compared by device and inode); a folder is never a target.
 */
function planOutputs(args: ReportArgs, inputs: readonly { file: InputFile }[], batch: boolean, protectedFiles: ProtectedFiles, cwd: string): FileOutput[] {
  const plan: FileOutput[] = [];
  const at = (shown: string): string => resolve(cwd, shown);
  if (args.outDir) checkOutDir(args.outDir, cwd);
  if (args.fix && args.write) {
    // The one case where an input is a target: --write asks for it.
    inputs.forEach((x, i) => plan.push({ shown: x.file.path, abs: at(x.file.path), input: i, kind: 'write-back' }));
    return plan;
  }
  const files = inputs.map((x) => x.file);
  if (args.fix && args.outDir && !args.diff) {
    fixedPaths(files, args.outDir).forEach((shown, i) => plan.push({ shown, abs: at(shown), input: i, kind: 'fixed' }));
  } else if (args.outDir && !args.fix && !args.diff) {
    reportPaths(files, EXTENSION[args.format]).forEach((name, i) => {
      const shown = join(args.outDir!, name);
      plan.push({ shown, abs: at(shown), input: i, kind: 'report' });
    });
  }
  // --out takes what would go to standard output (with --out-dir in a batch: the summary).
  const outTakesStdout = args.out !== undefined && !(args.fix && args.outDir) && (batch || !args.outDir || args.fix || args.diff);
  if (outTakesStdout) plan.push({ shown: args.out!, abs: at(args.out!), input: -1, kind: 'out' });
  for (const t of plan) checkTarget(t, protectedFiles, t.kind === 'out' ? 'give a file name (or use --out-dir for per-file reports)' : 'it is in the way of an output file');
  checkUnique(plan.map((t) => ({ ...t, from: t.input < 0 ? '--out' : inputs[t.input]!.file.path })));
  return plan;
}

export async function runReport(argv: string[], io: Io): Promise<number> {
  const args = parseReportArgs(argv);
  const loaded = resolveConfig(args.config, io.cwd, args.noConfig);
  const config = loaded?.config;
  const settings = settingsFrom(config, args);
  const inputFormat = args.inputFormat ?? config?.inputFormat;
  const gate: Gate = {};
  const failOn = args.failOn ?? config?.gate?.failOn;
  const minQuality = args.minQuality ?? config?.gate?.minQuality;
  if (failOn !== undefined) gate.failOn = failOn;
  if (minQuality !== undefined) gate.minQuality = minQuality;

  let ignored: ReturnType<typeof loadIgnoreFile>;
  try {
    ignored = loadIgnoreFile(io.cwd);
  } catch (err) {
    throw new UsageError(`${IGNORE_FILE}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const { files, sawDirectory, warnings } = expandInputs(args.inputs, io.cwd, ignored ? { ignored } : {});
  for (const w of warnings) io.stderr(`calque: warning: ${w}\n`);
  if (files.length === 0) throw new UsageError(`no article files (${['.txt', '.md', '.html'].join(', ')}) found in ${args.inputs.join(', ')}`);
  const batch = files.length > 1 || sawDirectory;
  if (batch && args.fix && !args.write && !args.outDir) throw new UsageError('--fix on several files needs --out-dir <dir> (or --write to overwrite them)');
  if (batch && args.format === 'html' && !args.outDir && !args.diff && !args.fix) throw new UsageError('HTML reports of several files need --out-dir <dir>');

  const refs = await readRefs(args, io.cwd, inputFormat);
  const pePaths = postEditPaths(args, files, io.cwd);

  // Read everything first: a missing, binary or non-UTF-8 file is a one-line error (exit 2).
  const errors: { file: string; error: string }[] = [];
  const jobs: FileJob[] = [];
  const inputs: { file: InputFile; text: string; encoding: TextEncoding; real: string }[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    let read: DecodedText;
    try {
      read = readInputText(f.path === '-' ? '-' : resolve(io.cwd, f.path), f.path);
    } catch (err) {
      if (err instanceof InputError && batch && sawDirectory) {
        errors.push({ file: f.path, error: err.message });
        continue;
      }
      throw err;
    }
    const real = f.path === '-' ? '-' : realOrResolved(f.path, io.cwd);
    const stdin = f.path === '-';
    const label = stdin ? (args.stdinFilename ?? '<stdin>') : f.path;
    const job: FileJob = { label, text: read.text, format: detectFormat(stdin ? (args.stdinFilename ?? f.path) : f.path, inputFormat) };
    const ownRefs = refs.filter((r) => r.real !== real).map(({ label, text: t }) => ({ label, text: t }));
    if (ownRefs.length > 0) job.refs = ownRefs;
    const pe = pePaths[i];
    if (pe !== undefined) job.postEdit = { label: pe, text: readInput(resolve(io.cwd, pe), pe) };
    if (args.fix || args.diff) job.fix = true;
    jobs.push(job);
    inputs.push({ file: f, text: read.text, encoding: read.encoding, real });
  }
  for (const e of errors) io.stderr(`calque: ${e.error}\n`);

  // Every output is planned and checked before any work: a refusal costs nothing and writes nothing.
  const protectedFiles = new ProtectedFiles();
  for (const f of files) if (f.path !== '-') protectedFiles.add(resolve(io.cwd, f.path), `the input ${f.path}`);
  for (const p of args.refs) protectedFiles.add(resolve(io.cwd, p), `the --ref file ${p}`);
  for (const p of pePaths) if (p !== undefined) protectedFiles.add(resolve(io.cwd, p), `the --post-edit file ${p}`);
  if (loaded) protectedFiles.add(resolve(io.cwd, loaded.label), `the configuration file ${loaded.label}`);
  const plan = planOutputs(args, inputs, batch, protectedFiles, io.cwd);

  const progress = progressBar(io, batch && args.progress);
  const poolOpts: Parameters<typeof runJobs>[2] = { onProgress: (d, t) => progress.update(d, t) };
  if (args.jobs !== undefined) poolOpts.jobs = args.jobs;
  const outcomes = await runJobs(jobs, settings, poolOpts);
  progress.end();

  const results: FileResult[] = [];
  const texts: string[] = [];
  const kept: number[] = [];
  const internal: string[] = [];
  outcomes.forEach((o, i) => {
    if (o.ok) {
      results.push(o.result);
      texts.push(inputs[i]!.text);
      kept.push(i);
    } else if (o.internal) {
      internal.push(`${o.label}: ${o.error}`);
    } else {
      errors.push({ file: o.label, error: `${o.label}: ${o.error}` });
      io.stderr(`calque: ${o.label}: ${o.error}\n`);
    }
  });
  // A bug while checking a file is exit 3, as documented, not an input error; nothing is written.
  if (internal.length > 0) throw new Error(internal[0]!);

  // --quiet thins what is shown, never what is judged: the exit code below reads `results`.
  const shown = args.quiet ? results.map(withoutInfo) : results;

  // The contents of the planned files; standard output and notes are held until they are written.
  const writes: PlannedWrite[] = [];
  const notes: string[] = [];
  let stdout = '';
  const color = args.format === 'text' && useColor(args, io);
  await loadFormatter(args.format);
  // Messages wrap to the terminal only when the text goes to it, not into --out.
  const width = args.out ? undefined : io.stdoutColumns;
  const outFile = plan.find((t) => t.kind === 'out');
  const forInput = new Map(plan.filter((t) => t.input >= 0).map((t) => [t.input, t]));
  const emit = (content: string | Uint8Array): void => {
    if (outFile) writes.push({ shown: outFile.shown, abs: outFile.abs, bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content });
    else stdout += typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  };
  const toFile = (k: number, content: string | Uint8Array): void => {
    const t = forInput.get(kept[k]!)!;
    writes.push({ shown: t.shown, abs: t.abs, bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content });
  };
  // Fixed text keeps its input's encoding whenever it goes to a file.
  const fixedBytes = (k: number): Uint8Array => encodeText(results[k]!.fix!.text, inputs[kept[k]!]!.encoding);
  const fixes = (n: number): string => `${n} fix${n === 1 ? '' : 'es'}`;

  if (args.diff) {
    emit(results.map((r, i) => fixPatch(r.label, texts[i]!, r.fix!.text)).join(''));
  } else if (args.fix) {
    if (args.write) {
      results.forEach((r, k) => {
        if (r.fix!.applied === 0) return;
        toFile(k, fixedBytes(k));
        notes.push(`${r.label}: applied ${fixes(r.fix!.applied)}`);
      });
    } else if (args.outDir) {
      results.forEach((_, k) => toFile(k, fixedBytes(k)));
      notes.push(`wrote ${results.length} fixed file${results.length === 1 ? '' : 's'} to ${args.outDir}`);
    } else if (results.length > 0) {
      const f = results[0]!.fix!;
      emit(outFile ? fixedBytes(0) : f.text);
      notes.push(`${results[0]!.label}: applied ${fixes(f.applied)}${f.skipped > 0 ? ` (${f.skipped} skipped: they overlap another fix)` : ''}`);
    }
  } else if (CI_FORMATS.includes(args.format)) {
    emit(renderCi(shown, texts, args.format as Parameters<typeof renderCi>[2]));
  } else if (!batch) {
    const r = shown[0];
    if (r && args.outDir) toFile(0, renderFile(r, texts[0]!, args.format, false));
    else if (r) emit(renderFile(r, texts[0]!, args.format, color, width));
  } else {
    const summary = summaryOf(results, gate, errors);
    if (args.outDir) {
      shown.forEach((r, k) => toFile(k, renderFile(r, texts[k]!, args.format, false)));
      emit(renderSummary(summary, args.format));
    } else if (args.format === 'json') {
      const reports = shown.map((r) => {
        const o: Record<string, unknown> = { file: r.label, report: r.report };
        if (r.entityTable) o['entityTable'] = r.entityTable;
        if (r.postEdit) o['postEdit'] = r.postEdit;
        return o;
      });
      emit(JSON.stringify({ reports, summary: summaryJson(summary) }, null, 2) + '\n');
    } else {
      const parts = shown.map((r, i) => renderFile(r, texts[i]!, args.format, color, width));
      emit(parts.join(args.format === 'md' ? '\n---\n\n' : '\n') + '\n' + renderSummary(summary, args.format));
    }
  }

  if (errors.length > 0 && writes.length > 0) {
    // Exit 2 means nothing was written: a batch with an unusable input writes no file at all.
    if (stdout !== '') io.stdout(stdout);
    io.stderr(`calque: no files written: ${errors.length} input${errors.length === 1 ? '' : 's'} could not be checked\n`);
    return EXIT.usage;
  }
  commitWrites(writes, io.fs);
  if (stdout !== '') io.stdout(stdout);
  for (const n of notes) io.stderr(`calque: ${n}\n`);

  if (errors.length > 0) return EXIT.usage;
  if (gateActive(gate)) return results.some((r) => gateFailures(r.report, gate).length > 0) ? EXIT.flagged : EXIT.pass;
  return results.every((r) => r.report.verdict === 'pass') ? EXIT.pass : EXIT.flagged;
}

/** A result whose report lists no info findings (for --quiet; scores and verdict are kept). */
function withoutInfo(r: FileResult): FileResult {
  return { ...r, report: { ...r.report, findings: r.report.findings.filter((f) => f.severity !== 'info') } };
}

/**
 * Colour in the text report: --color/--no-color first, then FORCE_COLOR (set and not 0; it wins over
 * NO_COLOR, as in Node), then NO_COLOR (set and not empty), then whether standard output is a
 * terminal (never when it goes to --out).
 */
export function useColor(args: Pick<ReportArgs, 'color' | 'out'>, io: Pick<Io, 'env' | 'stdoutIsTTY'>): boolean {
  if (args.color !== undefined) return args.color;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env['NO_COLOR']) return false;
  return !args.out && io.stdoutIsTTY;
}

function summaryOf(results: readonly FileResult[], gate: Gate, errors: { file: string; error: string }[]): BatchSummary {
  const withGate = gateActive(gate);
  const rows: SummaryRow[] = results.map((r) => {
    const row: SummaryRow = {
      file: r.label,
      verdict: r.report.verdict,
      quality: r.report.scores.quality,
      fluency: r.report.scores.fluency,
      counts: severityCounts(r.report),
    };
    if (withGate) {
      const why = gateFailures(r.report, gate);
      row.gate = why.length === 0 ? 'ok' : `FAIL: ${why.join('; ')}`;
    }
    if (r.postEdit) row.editRate = r.postEdit.editRate;
    return row;
  });
  const s: BatchSummary = { rows, gate: withGate, errors };
  const pes = results.flatMap((r) => (r.postEdit ? [r.postEdit] : []));
  if (pes.length > 0) s.postEdit = summarisePostEdits(pes);
  return s;
}
