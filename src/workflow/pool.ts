/**
 * Runs many file jobs on min(cores, files) threads: this thread plus worker threads. This thread
 * starts on the first job at once while the workers load (a worker needs about a second to load
 * the language models), so a pool is never much slower than one thread and small batches lose
 * nothing. Results come back in input order, so output does not depend on which thread finished
 * first. Without the compiled worker script (running the TypeScript sources) or with `jobs: 1`,
 * everything runs in this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { provenPatterns } from '../lexicons/pattern-safety.js';
import { processFile, type FileJob, type FileResult, type WorkflowSettings } from './pipeline.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

export interface PoolOptions {
  /** Threads in all, this one included; 1 runs in this thread. Default: available cores. */
  jobs?: number;
  /** Called after each file with the number done so far. */
  onProgress?: (done: number, total: number) => void;
}

export type JobOutcome = { ok: true; result: FileResult } | { ok: false; label: string; error: string };

/** The compiled worker (dist/src/workflow/worker.js); absent when running TypeScript sources. */
function workerScript(): string | undefined {
  const path = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(path) ? path : undefined;
}

function runHere(job: FileJob, settings: WorkflowSettings): JobOutcome {
  try {
    return { ok: true, result: processFile(job, settings) };
  } catch (err) {
    return { ok: false, label: job.label, error: (err as Error)?.message?.split('\n')[0] ?? String(err) };
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runJobs(jobs: readonly FileJob[], settings: WorkflowSettings, opts: PoolOptions = {}): Promise<JobOutcome[]> {
  const script = workerScript();
  const threads = Math.min(opts.jobs ?? availableParallelism(), jobs.length);
  const results = new Array<JobOutcome | undefined>(jobs.length);
  const pending = jobs.map((_, i) => i);
  let done = 0;
  const finish = (index: number, outcome: JobOutcome): void => {
    if (results[index] !== undefined) return;
    results[index] = outcome;
    done++;
    opts.onProgress?.(done, jobs.length);
  };

  const workers: Worker[] = [];
  const inFlight = new Map<Worker, Set<number>>();
  const feed = (w: Worker): void => {
    const index = pending.shift();
    if (index === undefined) return;
    inFlight.get(w)!.add(index);
    const req: WorkerRequest = { index, job: jobs[index]! };
    w.postMessage(req);
  };
  // A worker that dies hands its unfinished jobs back; this thread then does them.
  const lost = (w: Worker): void => {
    const mine = inFlight.get(w);
    if (!mine) return;
    inFlight.delete(w);
    for (const i of mine) if (results[i] === undefined) pending.unshift(i);
  };
  if (script && threads >= 2) {
    for (let i = 0; i < threads - 1; i++) {
      const workerData: WorkflowSettings = { ...settings, provenPatterns: provenPatterns() };
      const w = new Worker(script, { workerData });
      workers.push(w);
      inFlight.set(w, new Set());
      w.on('message', (res: WorkerResponse) => {
        inFlight.get(w)?.delete(res.index);
        finish(res.index, 'error' in res ? { ok: false, label: jobs[res.index]!.label, error: res.error } : { ok: true, result: res.result });
        feed(w);
      });
      w.on('error', () => lost(w));
      w.on('exit', () => lost(w));
      // Two jobs queued per worker: it starts as soon as it has loaded, and never waits for this
      // thread (busy with a job of its own) to hand it the next one.
      feed(w);
      feed(w);
    }
  }
  try {
    // This thread takes jobs too, yielding between them so worker results are received and workers refed.
    while (done < jobs.length) {
      const index = pending.shift();
      if (index !== undefined) {
        finish(index, runHere(jobs[index]!, settings));
        await tick();
      } else await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } finally {
    for (const w of workers) inFlight.delete(w);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.map((r, i) => r ?? { ok: false, label: jobs[i]!.label, error: 'no result' });
}
