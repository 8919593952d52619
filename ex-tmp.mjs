import { brownDocuments } from '/work/main/dist/scripts/bench/corpus.js';
import { analyse } from '/work/main/dist/src/analysis/analyse.js';
import { nlp, readDoc } from '/work/main/dist/src/analysis/nlp.js';
import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model';
const docs = brownDocuments(200000);
const full = winkNLP(model); const w = nlp(); const its = w.its;
const V = {
  floor: () => { for (const d of docs) full.readDoc(d).tokens().out(its.pos); },
  isolated: () => { for (const d of docs) readDoc(d).tokens().out(its.pos); },
  analyse: () => { for (const d of docs) analyse(d); },
};
const res = {}; for (const k in V) res[k] = [];
V.analyse(); V.floor();
for (let r = 0; r < 5; r++) for (const k in V) { const t = process.cpuUsage(); V[k](); const u = process.cpuUsage(t); res[k].push((u.user + u.system) / 1000); }
for (const k in V) { const s = res[k].sort((a,b)=>a-b); console.log(k.padEnd(10), s[2].toFixed(0)); }
