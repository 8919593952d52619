#!/usr/bin/env node
/**
 * The `calque` command. Exit codes: 0 every report passes; 1 some report is review or fail;
 * 2 usage or input error (a one-line message on stderr, never a stack trace).
 */
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { check } from '../check.js';
import { CalqueError } from '../errors.js';
import { packageVersion } from '../lexicons/package-root.js';
import { RULES } from '../rules/registry.js';
import { formatText } from '../report/format-text.js';
import type { Report } from '../types.js';
import { InputError, readInput } from './read-input.js';

export const EXIT = { pass: 0, flagged: 1, usage: 2 } as const;

const HELP = `calque — find Indonesian-to-English machine-translation artifacts in English news text

Usage:
  calque report <file...> [options]   check files ('-' reads standard input)
  calque rules                        list the rules
  calque --help | --version

Options for report:
  -f, --format <json|text>   output format (default: text)
  -o, --out <file>           write the report to a file instead of standard output
      --disable <rule,...>   turn rules off
      --only <rule,...>      run only these rules

Exit codes: 0 pass, 1 review or fail, 2 usage or input error.
`;

class UsageError extends Error {}

const FORMATS = ['json', 'text'] as const;
type Format = (typeof FORMATS)[number];

function list(v: string | undefined): string[] {
  return v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

function runReport(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        out: { type: 'string', short: 'o' },
        disable: { type: 'string' },
        only: { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}' (expected ${FORMATS.join(', ')})`);
  if (positionals.length === 0) throw new UsageError('report needs at least one file (or - for standard input)');
  const rules: Record<string, boolean> = {};
  for (const id of list(values.disable)) rules[id] = false;
  const only = list(values.only);
  const options = { rules, ...(only.length > 0 ? { only } : {}) };

  if (values.out) {
    const out = resolve(values.out);
    for (const p of positionals) {
      if (p !== '-' && existsSync(p) && realpathSync(p) === (existsSync(out) ? realpathSync(out) : out)) {
        throw new UsageError(`--out ${values.out} is one of the inputs; refusing to overwrite it`);
      }
    }
  }

  const results: { path: string; report: Report }[] = [];
  for (const path of positionals) {
    const text = readInput(path);
    results.push({ path, report: check(text, options) });
  }

  let output: string;
  if (format === 'json') {
    output =
      results.length === 1
        ? JSON.stringify(results[0]!.report, null, 2) + '\n'
        : JSON.stringify({ reports: results.map((r) => ({ file: r.path, report: r.report })) }, null, 2) + '\n';
  } else {
    const color = !values.out && process.stdout.isTTY === true && !process.env['NO_COLOR'];
    output = results.map((r) => formatText(r.report, { label: r.path === '-' ? '<stdin>' : r.path, color })).join('\n');
  }
  if (values.out) writeFileSync(values.out, output);
  else process.stdout.write(output);
  return results.every((r) => r.report.verdict === 'pass') ? EXIT.pass : EXIT.flagged;
}

function runRulesList(): number {
  const lines = RULES.map((r) => `${r.meta.id.padEnd(24)} ${r.meta.severity.padEnd(8)} ${r.meta.category.padEnd(34)} ${r.meta.description}`);
  process.stdout.write(lines.join('\n') + '\n');
  return EXIT.pass;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(HELP);
      return command === undefined ? EXIT.usage : EXIT.pass;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${packageVersion()}\n`);
      return EXIT.pass;
    }
    if (command === 'report') return runReport(rest);
    if (command === 'rules') return runRulesList();
    throw new UsageError(`unknown command '${command}' (try calque --help)`);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError || err instanceof CalqueError) {
      process.stderr.write(`calque: ${err.message}\n`);
      return EXIT.usage;
    }
    const e = err as NodeJS.ErrnoException;
    if (e && typeof e.code === 'string') {
      process.stderr.write(`calque: ${e.message.split('\n')[0]}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`calque: internal error: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}\n`);
    return 3;
  }
}

process.exitCode = main(process.argv.slice(2));
