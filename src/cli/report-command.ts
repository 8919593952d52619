/**
 * `calque report`: read the inputs, run the editor's workflow on each (in worker threads for
 * batches), write reports, fixes or diffs, and decide the exit code.
 */
import { existsSync, mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { RULES } from '../rules/registry.js';
import { expandInputs, gateActive, gateFailures, severityCounts, type Gate, type InputFile, type SummaryRow } from '../workflow/batch.js';
import { checkOptionsFrom, resolveConfig, WORKFLOW_RULE_IDS, workflowRuleSetting, type CalqueConfig } from '../workflow/config.js';
import { fixPatch } from '../workflow/fixes.js';
import { detectFormat, maskMarkup } from '../workflow/input-format.js';
import type { FileJob, FileResult, RuleSwitch, WorkflowSettings } from '../workflow/pipeline.js';
import { runJobs } from '../workflow/pool.js';
import { summarisePostEdits } from '../workflow/post-edit.js';
import type { ReferenceText } from '../workflow/references.js';
import { parseReportArgs, type ReportArgs } from './args.js';
import { EXIT, UsageError, type Io } from './io.js';
import { progressBar } from './progress.js';
import { InputError, readInput } from './read-input.js';
import { EXTENSION, renderFile, renderSummary, summaryJson, type BatchSummary } from './render.js';

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

function readRefs(args: ReportArgs, cwd: string, inputFormat: string | undefined): (ReferenceText & { real: string })[] {
  return args.refs.map((p) => {
    const text = readInput(resolve(cwd, p), p);
    const format = detectFormat(p, inputFormat);
    return { label: basename(p), text: maskMarkup(text, format), real: realOrResolved(p, cwd) };
  });
}

function outputName(file: InputFile, ext: string, taken: Set<string>): string {
  const stem = file.rel.slice(0, file.rel.length - extname(file.rel).length) || file.rel;
  let name = `${stem}.report.${ext}`;
  if (taken.has(name)) name = `${file.rel}.report.${ext}`;
  taken.add(name);
  return name;
}

function writeOut(path: string, content: string, protectedPaths: Set<string>, cwd: string): void {
  const abs = resolve(cwd, path);
  if (protectedPaths.has(realOrResolved(path, cwd))) throw new UsageError(`${path} is one of the inputs; refusing to overwrite it`);
  if (existsSync(abs) && statSync(abs).isDirectory()) throw new UsageError(`${path} is a directory; give a file name (or use --out-dir for per-file reports)`);
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  } catch (err) {
    throw new UsageError(`cannot write ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
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

  const { files, sawDirectory } = expandInputs(args.inputs, io.cwd);
  if (files.length === 0) throw new UsageError(`no article files (${['.txt', '.md', '.html'].join(', ')}) found in ${args.inputs.join(', ')}`);
  const batch = files.length > 1 || sawDirectory;
  if (batch && args.fix && !args.write && !args.outDir) throw new UsageError('--fix on several files needs --out-dir <dir> (or --write to overwrite them)');
  if (batch && args.format === 'html' && !args.outDir && !args.diff && !args.fix) throw new UsageError('HTML reports of several files need --out-dir <dir>');

  const refs = readRefs(args, io.cwd, inputFormat);
  const pePaths = postEditPaths(args, files, io.cwd);

  // Read everything first: a missing, binary or non-UTF-8 file is a one-line error (exit 2).
  const errors: { file: string; error: string }[] = [];
  const jobs: FileJob[] = [];
  const inputs: { file: InputFile; text: string; real: string }[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    let text: string;
    try {
      text = readInput(f.path === '-' ? '-' : resolve(io.cwd, f.path), f.path);
    } catch (err) {
      if (err instanceof InputError && batch && sawDirectory) {
        errors.push({ file: f.path, error: err.message });
        continue;
      }
      throw err;
    }
    const real = f.path === '-' ? '-' : realOrResolved(f.path, io.cwd);
    const job: FileJob = { label: f.path === '-' ? '<stdin>' : f.path, text, format: detectFormat(f.path, inputFormat) };
    const ownRefs = refs.filter((r) => r.real !== real).map(({ label, text: t }) => ({ label, text: t }));
    if (ownRefs.length > 0) job.refs = ownRefs;
    const pe = pePaths[i];
    if (pe !== undefined) job.postEdit = { label: pe, text: readInput(resolve(io.cwd, pe), pe) };
    if (args.fix || args.diff) job.fix = true;
    jobs.push(job);
    inputs.push({ file: f, text, real });
  }
  for (const e of errors) io.stderr(`calque: ${e.error}\n`);

  const progress = progressBar(io, batch && args.progress);
  const poolOpts: Parameters<typeof runJobs>[2] = { onProgress: (d, t) => progress.update(d, t) };
  if (args.jobs !== undefined) poolOpts.jobs = args.jobs;
  const outcomes = await runJobs(jobs, settings, poolOpts);
  progress.end();

  const results: FileResult[] = [];
  const texts: string[] = [];
  const kept: InputFile[] = [];
  outcomes.forEach((o, i) => {
    if (o.ok) {
      results.push(o.result);
      texts.push(inputs[i]!.text);
      kept.push(inputs[i]!.file);
    } else {
      errors.push({ file: o.label, error: `${o.label}: ${o.error}` });
      io.stderr(`calque: ${o.label}: ${o.error}\n`);
    }
  });

  const protectedPaths = new Set([
    ...inputs.map((x) => x.real),
    ...refs.map((r) => r.real),
    ...pePaths.flatMap((p) => (p === undefined ? [] : [realOrResolved(p, io.cwd)])),
  ]);
  const color = !args.out && io.stdoutIsTTY && !io.env['NO_COLOR'] && args.format === 'text';
  const emit = (content: string): void => {
    if (args.out) writeOut(args.out, content, protectedPaths, io.cwd);
    else io.stdout(content);
  };

  if (args.diff) {
    emit(results.map((r, i) => fixPatch(r.label, texts[i]!, r.fix!.text)).join(''));
  } else if (args.fix) {
    if (args.write) {
      results.forEach((r, i) => {
        if (r.fix!.applied === 0) return;
        writeFileSync(resolve(io.cwd, kept[i]!.path), r.fix!.text);
        io.stderr(`calque: ${r.label}: applied ${r.fix!.applied} fix${r.fix!.applied === 1 ? '' : 'es'}\n`);
      });
    } else if (args.outDir) {
      const taken = new Set<string>();
      results.forEach((r, i) => {
        const f = kept[i]!;
        let name = f.rel;
        if (taken.has(name)) name = `${name}.fixed${extname(name)}`;
        taken.add(name);
        writeOut(join(args.outDir!, name), r.fix!.text, protectedPaths, io.cwd);
      });
      io.stderr(`calque: wrote ${results.length} fixed file${results.length === 1 ? '' : 's'} to ${args.outDir}\n`);
    } else {
      const f = results[0]!.fix!;
      emit(f.text);
      io.stderr(`calque: ${results[0]!.label}: applied ${f.applied} fix${f.applied === 1 ? '' : 'es'}${f.skipped > 0 ? ` (${f.skipped} skipped: they overlap another fix)` : ''}\n`);
    }
  } else if (!batch) {
    const r = results[0]!;
    const rendered = renderFile(r, texts[0]!, args.format, color);
    if (args.outDir) writeOut(join(args.outDir, outputName(kept[0]!, EXTENSION[args.format], new Set())), renderFile(r, texts[0]!, args.format, false), protectedPaths, io.cwd);
    else emit(rendered);
  } else {
    const summary = summaryOf(results, gate, errors);
    if (args.outDir) {
      const taken = new Set<string>();
      results.forEach((r, i) => {
        writeOut(join(args.outDir!, outputName(kept[i]!, EXTENSION[args.format], taken)), renderFile(r, texts[i]!, args.format, false), protectedPaths, io.cwd);
      });
      emit(renderSummary(summary, args.format));
    } else if (args.format === 'json') {
      const reports = results.map((r) => {
        const o: Record<string, unknown> = { file: r.label, report: r.report };
        if (r.entityTable) o['entityTable'] = r.entityTable;
        if (r.postEdit) o['postEdit'] = r.postEdit;
        return o;
      });
      emit(JSON.stringify({ reports, summary: summaryJson(summary) }, null, 2) + '\n');
    } else {
      const parts = results.map((r, i) => renderFile(r, texts[i]!, args.format, color));
      emit(parts.join(args.format === 'md' ? '\n---\n\n' : '\n') + '\n' + renderSummary(summary, args.format));
    }
  }

  if (errors.length > 0) return EXIT.usage;
  if (gateActive(gate)) return results.some((r) => gateFailures(r.report, gate).length > 0) ? EXIT.flagged : EXIT.pass;
  return results.every((r) => r.report.verdict === 'pass') ? EXIT.pass : EXIT.flagged;
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
