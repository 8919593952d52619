/** Every regular-expression literal in the workflow and CLI modules passes safe-regex2. */
import { readdirSync, readFileSync } from 'node:fs';
import safeRegex from 'safe-regex2';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function regexLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const files = ['src/workflow', 'src/cli'].flatMap((dir) =>
  readdirSync(new URL(`../${dir}`, import.meta.url)).filter((f) => f.endsWith('.ts')).map((f) => new URL(`../${dir}/${f}`, import.meta.url).pathname),
);

describe('regular expressions of src/workflow and src/cli', () => {
  it.each(files)('%s has only safe regular expressions', (file) => {
    for (const literal of regexLiterals(file)) {
      const body = literal.slice(1, literal.lastIndexOf('/'));
      const flags = literal.slice(literal.lastIndexOf('/') + 1);
      expect(safeRegex(new RegExp(body, flags)), `${file}: ${literal}`).toBe(true);
    }
  });
});
