/**
 * Runs many file jobs on this thread plus, for a batch big enough to pay for them, worker threads.
 *
 * A worker costs about 0.7 s of CPU before its first result (modules, the wink-nlp model and the
 * language model), and on a busy machine that CPU is taken from this thread. So by default workers
 * start only when the batch holds at least WORKER_MIN_CHARS characters of text (measured on a
 * 2-core machine: docs/performance.md, "Worker threads"); smaller batches run here alone. Threads
 * never outnumber the cores (os.availableParallelism()), and each worker's heap is capped
 * (WORKER_HEAP_MB); a file too large for that cap is checked in this thread.
 *
 * This thread starts on the first job at once while workers load, and when it runs out of pending
 * jobs it takes back jobs a worker holds but has not answered (a worker still loading, or slow), so
 * it never sits idle waiting for a worker: the run is never much slower than one thread alone.
 * Results come back in input order, so output does not depend on which thread finished first.
 * Without the compiled worker script (running the TypeScript sources) or with `jobs: 1`,
 * everything runs in this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CalqueError } from '../errors.js';
import { provenPatterns } from '../lexicons/pattern-safety.js';
import { compiledScript } from './compiled-script.js';
import { processFile, type FileJob, type FileResult, type WorkflowSettings } from './pipeline.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

/** Below this much text in the whole batch, workers cost more than they save (the default only). */
export const WORKER_MIN_CHARS = 2_000_000;
/** A worker's old-generation heap cap, in MB: --jobs 16 must not take gigabytes. */
export const WORKER_HEAP_MB = 384;
/** Files larger than this are checked in this thread, which has no heap cap of its own. */
export const WORKER_MAX_JOB_CHARS = 4_000_000;

export interface PoolOptions {
  /**
   * Threads in all, this one included, capped at the available cores; 1 runs in this thread.
   * Default: the cores when the batch holds at least WORKER_MIN_CHARS characters, else 1.
   */
  jobs?: number;
  /** Called after each file with the number done so far. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * A job's result, or why it failed: `internal` is a bug (anything but a CalqueError, which reports
 * bad options or data), so the CLI can exit 3 rather than blame the input.
 */
export type JobOutcome = { ok: true; result: FileResult } | { ok: false; label: string; error: string; internal: boolean };

/** The compiled worker (dist/src/workflow/worker.js); absent when running TypeScript sources. */
function workerScript(): string | undefined {
  return compiledScript('workflow', 'worker.js');
}

async function runHere(job: FileJob, settings: WorkflowSettings): Promise<JobOutcome> {
  try {
    return { ok: true, result: await processFile(job, settings) };
  } catch (err) {
    return { ok: false, label: job.label, error: (err as Error)?.message?.split('\n')[0] ?? String(err), internal: !(err instanceof CalqueError) };
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function jobChars(job: FileJob): number {
  return job.text.length + (job.postEdit?.text.length ?? 0) + (job.refs ?? []).reduce((n, r) => n + r.text.length, 0);
}

/** How many threads (this one included) a batch gets. */
export function threadCount(jobs: readonly FileJob[], requested: number | undefined, cores: number = availableParallelism()): number {
  const cap = Math.max(1, Math.min(cores, jobs.length));
  if (requested !== undefined) return Math.min(requested, cap);
  const chars = jobs.reduce((n, j) => n + jobChars(j), 0);
  return chars >= WORKER_MIN_CHARS ? cap : 1;
}

export async function runJobs(jobs: readonly FileJob[], settings: WorkflowSettings, opts: PoolOptions = {}): Promise<JobOutcome[]> {
  const script = workerScript();
  const threads = threadCount(jobs, opts.jobs);
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
    const at = pending.findIndex((i) => jobChars(jobs[i]!) <= WORKER_MAX_JOB_CHARS);
    if (at < 0) return;
    const [index] = pending.splice(at, 1) as [number];
    inFlight.get(w)!.add(index);
    const req: WorkerRequest = { index, job: jobs[index]! };
    w.postMessage(req);
  };
  // A worker that dies (out of memory, say) hands its unfinished jobs back; this thread does them.
  const lost = (w: Worker): void => {
    const mine = inFlight.get(w);
    if (!mine) return;
    inFlight.delete(w);
    for (const i of mine) if (results[i] === undefined) pending.unshift(i);
  };
  // The unanswered job a worker received last (the least likely to have started).
  const unanswered = (): number | undefined => {
    let best: number | undefined;
    for (const mine of inFlight.values()) for (const i of mine) if (results[i] === undefined && (best === undefined || i > best)) best = i;
    return best;
  };
  if (script && threads >= 2) {
    for (let i = 0; i < threads - 1; i++) {
      // Workers reuse the main thread's pattern proofs (recheck is slow) and get a bounded heap.
      const workerData: WorkflowSettings = { ...settings, provenPatterns: provenPatterns() };
      const w = new Worker(script, { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      workers.push(w);
      inFlight.set(w, new Set());
      w.on('message', (res: WorkerResponse) => {
        inFlight.get(w)?.delete(res.index);
        finish(res.index, 'error' in res ? { ok: false, label: jobs[res.index]!.label, error: res.error, internal: res.internal } : { ok: true, result: res.result });
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
    // This thread takes jobs too, yielding between them so worker results are received and workers
    // refed; with nothing pending it redoes a job a worker has not answered rather than wait.
    while (done < jobs.length) {
      const index = pending.shift() ?? unanswered();
      if (index !== undefined) {
        finish(index, await runHere(jobs[index]!, settings));
        await tick();
      } else await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } finally {
    for (const w of workers) inFlight.delete(w);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.map((r, i) => r ?? { ok: false, label: jobs[i]!.label, error: 'no result', internal: true });
}
