/**
 * Build step (run by `npm run build`, after tsc): bundles the `calque` command into one ES module,
 * dist/src/cli/main.js (the `bin`), replacing tsc's copy of it, so that a cold start loads one file
 * instead of resolving, reading and linking about 150 modules (about a sixth of a cold
 * `calque report`'s CPU time). Parts a run may not need stay lazy: every dynamic `import()` of the
 * sources (the other commands, the server, the report formatters, the Markdown and HTML readers)
 * becomes a chunk of its own under dist/src/cli/chunks/, loaded only when the run asks for it.
 *
 * npm packages stay outside the bundle and load from node_modules as before, lazily where the
 * sources load them lazily — except the Markdown and HTML parsers (PARSER_PACKAGES and what they
 * import), which go into the chunks of src/workflow/markdown-prose.ts and html-prose.ts: micromark
 * and mdast are some 200 small ES modules (and mdast-util-gfm would load mdast-util-to-markdown,
 * which reading never uses), so bundled and tree-shaken they load in about half the time. The
 * library (dist/src/index.js and its types) and the worker scripts are tsc's output, untouched.
 *
 *   node dist/scripts/build-cli-bundle.js
 */
import { rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { packageRoot } from '../src/lexicons/package-root.js';

/** Packages bundled into the parser chunks (with everything they import); others stay external. */
const PARSER_PACKAGES = /^(htmlparser2|entities|domhandler|domelementtype|mdast-util-[a-z-]+|micromark(-[a-z-]+)?)(\/|$)/;

/** Bare imports from calque's sources are external unless they name a parser package (above). */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      // Inside a bundled parser package: bundle its dependencies too.
      if (args.importer.includes(`${'/'}node_modules${'/'}`)) return undefined;
      return PARSER_PACKAGES.test(args.path) ? undefined : { path: args.path, external: true };
    });
  },
};

async function main(): Promise<void> {
  const root = packageRoot();
  const outdir = join(root, 'dist', 'src', 'cli');
  // Chunk names carry a content hash: remove the previous build's so none goes stale.
  rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    plugins: [externalPackages],
    tsconfig: join(root, 'tsconfig.json'),
    allowOverwrite: true,
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
  const inputs = Object.keys(result.metafile.inputs).length;
  process.stderr.write(`build-cli-bundle: ${inputs} modules into ${outputs.length} files in ${outdir}\n`);
}

await main();
