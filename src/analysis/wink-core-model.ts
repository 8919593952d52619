/**
 * A faster load of wink-eng-lite-web-model's core model (the lexicon and features wink-nlp's cache
 * is built from): the same object the package's `core()` returns, in about a third of the time.
 *
 * The package's loader `require()`s its 3 MB JSON file, deep-copies it through
 * `JSON.parse(JSON.stringify(…))`, and decodes two base64 strings (1.9 MB of the file) one
 * character at a time; that cost every cold start about 50 ms and much garbage. The build
 * (scripts/build-wink-model.ts) writes the file once more without the base64 strings, and their
 * bytes as a binary file beside it, under dist/src/generated/; here both are read as they are and
 * the package's own post-processing (feature hashes, POS clusters, sizes) is repeated.
 * tests/build-tables.test.ts checks that the result equals the package's, field by field.
 *
 * The copies are named after the model package's version and its JSON file's size; when they are
 * missing (no build, or another version of the package installed since) the package's loader runs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageRoot } from '../lexicons/package-root.js';

const require = createRequire(import.meta.url);

/** wink's core model, as far as this module touches it (the rest passes through untouched). */
export interface WinkCoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

/** The stored form of the model: the two typed arrays replaced by their lengths in bytes. */
export type StoredCoreModel = Omit<WinkCoreModel, 'lexicon' | 'xpansions'> & { lexicon: number; xpansions: number };

/** The package's JSON file of the core model (inside node_modules). */
export function packageCoreModelPath(): string {
  return join(dirname(require.resolve('wink-eng-lite-web-model/package.json')), 'dist', 'languages', 'cur', 'models', 'eng-core-web-model.json');
}

/** The build's copies, named after the package version and the JSON file's size (see above). */
export function generatedCoreModelPaths(): { json: string; bin: string } {
  const pkg = JSON.parse(readFileSync(require.resolve('wink-eng-lite-web-model/package.json'), 'utf8')) as { version: string };
  const size = statSync(packageCoreModelPath()).size;
  const base = join(packageRoot(), 'dist', 'src', 'generated', `wink-core-${pkg.version}-${size}`);
  return { json: `${base}.json`, bin: `${base}.bin` };
}

/** The package's own loader (slow; used when the build's copies are absent, and by the test). */
export function packageCoreModel(): WinkCoreModel {
  return (require('wink-eng-lite-web-model/dist/load-core-model.js') as () => WinkCoreModel)();
}

/**
 * The object the package's main module (dist/model.js) exports, with `core()` replaced by
 * loadCoreModel(), which hands the model it loads to `onCore` as well. The package's main module is
 * not imported: its core loader reads the 3 MB JSON file as soon as it is required.
 */
export function winkModel(onCore: (core: WinkCoreModel) => void): Record<string, unknown> {
  const part = (name: string): unknown => require(`wink-eng-lite-web-model/dist/${name}.js`) as unknown;
  const model = Object.create(null) as Record<string, unknown>;
  model.core = (): WinkCoreModel => {
    const core = loadCoreModel();
    onCore(core);
    return core;
  };
  model.sbd = part('load-sbd-model');
  model.pos = part('load-pos-model');
  model.ner = part('load-ner-model');
  model.negation = part('load-negation-model');
  model.sa = part('load-sa-model');
  model.metaCER = part('load-cer-meta-model');
  model.featureFn = part('feature');
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part('porter-stemmer');
  addons.lemmatize = part('lemmatize');
  addons.readabilityStats = part('readability-stats');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}

/** The core model: from the build's copies when present, else from the package. */
export function loadCoreModel(): WinkCoreModel {
  const paths = generatedCoreModelPaths();
  if (!existsSync(paths.json) || !existsSync(paths.bin)) return packageCoreModel();
  return fromStored(JSON.parse(readFileSync(paths.json, 'utf8')) as StoredCoreModel, readFileSync(paths.bin));
}

/** Copies `length` bytes at `offset` into a fresh (so aligned) Uint32Array. */
function words(bytes: Buffer, offset: number, length: number): Uint32Array {
  const out = new Uint32Array(length / 4);
  new Uint8Array(out.buffer).set(bytes.subarray(offset, offset + length));
  return out;
}

/** What the package's read-core-model.js and load-core-model.js do after decoding. */
function fromStored(stored: StoredCoreModel, bytes: Buffer): WinkCoreModel {
  const { lexicon: lexiconBytes, xpansions: xpansionBytes } = stored;
  if (lexiconBytes + xpansionBytes !== bytes.length) throw new Error('calque: the generated wink model is damaged; run `npm run build`');
  const model = stored as unknown as WinkCoreModel;
  model.lexicon = words(bytes, 0, lexiconBytes);
  model.xpansions = words(bytes, lexiconBytes, xpansionBytes);
  const { packing, features, pos } = model;
  // read-core-model.js: lookups for the features wink keeps as lists, and for the lexemes.
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    const feature = features[f]!;
    feature.hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < feature.list.length; k += 1) feature.hash[feature.list[k]!] = k;
  }
  const lexeme = features.lexeme!;
  lexeme.hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < lexeme.list.length; k += 1) lexeme.hash[lexeme.list[k]!] = k;
  const clusters = features.posClusters!.list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js: sizes and the list of extractable features.
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** The stored form of the package's model (the build writes it with the returned bytes). */
export function storedCoreModel(): { stored: StoredCoreModel; bytes: Buffer } {
  const original = JSON.parse(readFileSync(packageCoreModelPath(), 'utf8')) as Omit<StoredCoreModel, 'lexicon' | 'xpansions'> & { lexicon: string; xpansions: string };
  const lexicon = Buffer.from(original.lexicon, 'base64');
  const xpansions = Buffer.from(original.xpansions, 'base64');
  return { stored: { ...original, lexicon: lexicon.length, xpansions: xpansions.length }, bytes: Buffer.concat([lexicon, xpansions]) };
}
