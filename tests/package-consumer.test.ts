/**
 * A scratch TypeScript project that depends on the built package (as `file:` dependencies are
 * installed: a link in node_modules) imports `check` and the `Report` type and type-checks and runs.
 * This proves the package's `exports`, `types` and ESM build work for a consumer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

describe('package consumer', () => {
  it('type-checks and runs a project that imports calque', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calque-consumer-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'calque'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch', type: 'module', private: true, dependencies: { calque: `file:${root}` } }));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, include: ['index.ts'] }),
    );
    writeFileSync(
      join(dir, 'index.ts'),
      [
        "import { check, CalqueError } from 'calque';",
        "import type { Report, Finding, Severity } from 'calque';",
        "const report: Report = check('The minister spoke on Monday.');",
        'const first: Finding | undefined = report.findings[0];',
        "const s: Severity = first?.severity ?? 'info';",
        'const e: CalqueError | undefined = undefined;',
        'console.log(report.verdict, s, e);',
      ].join('\n'),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { stdio: 'pipe' });
    writeFileSync(join(dir, 'run.mjs'), "import { check } from 'calque'; console.log(check('The minister spoke on Monday.').verdict);");
    const out = execFileSync(process.execPath, [join(dir, 'run.mjs')], { cwd: dir, encoding: 'utf8' });
    expect(out.trim()).toBe('pass');
  }, 60_000);
});
