import { brownDocuments } from '/work/main/dist/scripts/bench/corpus.js';
import { check } from '/work/main/dist/src/index.js';
const text = brownDocuments(+process.argv[2]).join('\n');
check('warm up.');
const t = performance.now(); check(text); console.log('check', performance.now() - t);
