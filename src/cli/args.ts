/** Parses and checks the options of `calque report`. Every problem is a UsageError (exit 2). */
import { parseArgs } from 'node:util';
import type { Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { INPUT_FORMATS } from '../workflow/input-format.js';
import { UsageError } from './io.js';

export const FORMATS = ['text', 'md', 'html', 'json', 'sarif', 'github', 'junit', 'checkstyle'] as const;
/** Formats that make one document for the whole run, for CI tools (src/report/format-*.ts). */
export const CI_FORMATS: readonly Format[] = ['sarif', 'github', 'junit', 'checkstyle'];
export type Format = (typeof FORMATS)[number];

export interface ReportArgs {
  inputs: string[];
  format: Format;
  out?: string;
  outDir?: string;
  diff: boolean;
  fix: boolean;
  write: boolean;
  refs: string[];
  postEdits: string[];
  inputFormat?: 'auto' | 'text' | 'markdown' | 'html';
  config?: string;
  noConfig: boolean;
  disable: string[];
  only: string[];
  failOn?: Severity;
  minQuality?: number;
  jobs?: number;
  progress: boolean;
  /** Leave info findings out of the output (the verdict and exit code are unchanged). */
  quiet: boolean;
  /** Name for standard input: the report's label and the input format's extension. */
  stdinFilename?: string;
  /** --color / --no-color; undefined leaves it to FORCE_COLOR, NO_COLOR and the terminal. */
  color?: boolean;
}

function list(v: string[] | undefined): string[] {
  return (v ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

const FORMAT_ALIASES: Record<string, Format> = {
  text: 'text',
  txt: 'text',
  md: 'md',
  markdown: 'md',
  html: 'html',
  json: 'json',
  sarif: 'sarif',
  github: 'github',
  junit: 'junit',
  checkstyle: 'checkstyle',
};

export function parseReportArgs(argv: string[]): ReportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        'out-dir': { type: 'string' },
        diff: { type: 'boolean' },
        fix: { type: 'boolean' },
        write: { type: 'boolean' },
        ref: { type: 'string', multiple: true },
        'post-edit': { type: 'string', multiple: true },
        'input-format': { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        disable: { type: 'string', multiple: true },
        only: { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        'min-quality': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'no-progress': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (err) {
    // parseArgs messages are one line but mention internals ("args"); keep the useful part.
    throw new UsageError((err as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''));
  }
  const v = parsed.values;
  const format = FORMAT_ALIASES[(v.format ?? 'text').toLowerCase()];
  if (!format) throw new UsageError(`unknown format '${v.format}' (expected ${FORMATS.join(', ')})`);
  if (parsed.positionals.length === 0) throw new UsageError('report needs at least one file or directory (or - for standard input)');

  const args: ReportArgs = {
    inputs: parsed.positionals,
    format,
    diff: v.diff === true,
    fix: v.fix === true,
    write: v.write === true,
    refs: v.ref ?? [],
    postEdits: v['post-edit'] ?? [],
    noConfig: v['no-config'] === true,
    disable: list(v.disable),
    only: list(v.only),
    progress: v['no-progress'] !== true,
    quiet: v.quiet === true,
  };
  if (v.color === true && v['no-color'] === true) throw new UsageError('--color and --no-color cannot be used together');
  if (v.color === true) args.color = true;
  if (v['no-color'] === true) args.color = false;
  if (v['stdin-filename'] !== undefined) {
    if (!args.inputs.includes('-')) throw new UsageError('--stdin-filename names standard input: give - among the inputs');
    if (v['stdin-filename'].trim() === '') throw new UsageError('--stdin-filename needs a name');
    args.stdinFilename = v['stdin-filename'];
  }
  if (v.out !== undefined) args.out = v.out;
  if (v['out-dir'] !== undefined) args.outDir = v['out-dir'];
  if (v.config !== undefined) args.config = v.config;
  if (v.config !== undefined && args.noConfig) throw new UsageError('--config and --no-config cannot be used together');

  if (v['input-format'] !== undefined) {
    const f = v['input-format'].toLowerCase() === 'md' ? 'markdown' : v['input-format'].toLowerCase();
    if (f !== 'auto' && !INPUT_FORMATS.includes(f as never)) throw new UsageError(`unknown input format '${v['input-format']}' (expected auto, ${INPUT_FORMATS.join(', ')})`);
    args.inputFormat = f as ReportArgs['inputFormat'];
  }
  if (v['fail-on'] !== undefined) {
    if (!SEVERITIES.includes(v['fail-on'] as Severity)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}`);
    args.failOn = v['fail-on'] as Severity;
  }
  if (v['min-quality'] !== undefined) {
    const n = Number(v['min-quality']);
    if (v['min-quality'].trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError('--min-quality must be a number from 0 to 100');
    args.minQuality = n;
  }
  if (v.jobs !== undefined) {
    const n = Number(v.jobs);
    if (!Number.isInteger(n) || n < 1) throw new UsageError('--jobs must be a whole number of at least 1');
    args.jobs = n;
  }

  if (args.diff && args.fix) throw new UsageError('--diff and --fix cannot be used together (--diff shows what --fix would change)');
  if (args.write && !args.fix) throw new UsageError('--write only goes with --fix');
  if (args.write && args.out) throw new UsageError('--write overwrites the inputs; it cannot be combined with --out');
  if (args.write && args.inputs.includes('-')) throw new UsageError('--write cannot write back to standard input');
  if (args.outDir && CI_FORMATS.includes(args.format) && !args.fix && !args.diff) {
    throw new UsageError(`--format ${args.format} makes one document for all files: use --out <file>, not --out-dir`);
  }
  if ((args.diff || args.fix) && v.format !== undefined) throw new UsageError('--format does not apply to --diff or --fix output');
  return args;
}
