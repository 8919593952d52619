import { brownDocuments } from '/work/main/dist/scripts/bench/corpus.js';
import { analyse } from '/work/main/dist/src/analysis/analyse.js';
import model from 'wink-eng-lite-web-model';
const docs = brownDocuments(300000);
let core; const orig = model.core; 
analyse('warm');
for (let r = 0; r < 3; r++) { for (const d of docs) analyse(d); global.gc(); console.log('round', r, 'heap MB', (process.memoryUsage().heapUsed/1e6).toFixed(0)); }
