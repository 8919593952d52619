/**
 * npm run bench:patterns: only the pattern-engine section of `npm run bench` (quicker to repeat).
 */
import { analyse } from '../src/analysis/analyse.js';
import { brownDocuments } from './bench/corpus.js';
import { patternBench } from './bench/patterns.js';
import { countWords } from './bench/corpus.js';

const brown = brownDocuments(200_000);
const half = Math.ceil(brown.length / 2);
const timed = brown.slice(0, half);
const words = timed.reduce((n, d) => n + countWords(d), 0);
process.stdout.write(`${patternBench(timed.map((d) => analyse(d)), brown.slice(half).map((d) => analyse(d)), words, 3)}\n`);
