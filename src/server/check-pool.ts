/**
 * The server's checks run in worker threads, never on the thread that serves HTTP: while one
 * article is being checked the server keeps accepting requests, answering /v2/languages and the
 * page, and refusing what it cannot take. Each worker loads the models once at start.
 *
 * Limits: a request waits in a bounded queue (beyond `maxQueue` it is refused at once: "busy"), and
 * a request not answered within `timeoutMs` of arriving is refused ("timeout"); if its check was
 * running, that worker is terminated and replaced, so a pathological input costs one worker's
 * restart, never the server.
 */
import { Worker } from 'node:worker_threads';
import { compiledScript } from '../workflow/compiled-script.js';
import { processFile, type FileJob, type FileResult, type WorkflowSettings } from '../workflow/pipeline.js';
import type { CheckRequest, CheckResponse } from './check-worker.js';
import type { RequestSettings } from './settings.js';

export type PoolFailure = 'busy' | 'timeout' | 'closed' | 'failed';

export class PoolError extends Error {
  constructor(
    readonly reason: PoolFailure,
    message: string,
  ) {
    super(message);
    this.name = 'PoolError';
  }
}

export interface PoolOptions {
  /** Worker threads (each holds its own copy of the models, about 100 MB). */
  workers: number;
  /** From arrival to answer, queue time included. */
  timeoutMs: number;
  /** Requests allowed to wait for a free worker. */
  maxQueue: number;
}

interface Task {
  id: number;
  job: FileJob;
  settings: RequestSettings;
  resolve(r: FileResult): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
}

/** The compiled worker (dist/src/server/check-worker.js); absent when running the TypeScript sources. */
function workerScript(): string | undefined {
  return compiledScript('server', 'check-worker.js');
}

export class CheckPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private readonly script = workerScript();

  constructor(
    private readonly base: WorkflowSettings,
    private readonly opts: PoolOptions,
  ) {}

  /** Whether checks run in worker threads (and the timeout can stop them). */
  get threaded(): boolean {
    return this.script !== undefined;
  }

  /** Starts the workers and resolves when every one has loaded the models. */
  async start(): Promise<void> {
    if (!this.script) {
      // Running from the TypeScript sources (tests of the routes): check in this thread.
      await processFile({ label: 'warm-up', text: 'The minister said the plan was ready.', format: 'text' }, this.base);
      return;
    }
    await Promise.all(Array.from({ length: this.opts.workers }, () => this.spawn()));
  }

  private spawn(): Promise<void> {
    const slot: Slot = { worker: new Worker(this.script!, { workerData: this.base }), ready: false };
    this.slots.push(slot);
    return new Promise((resolve, reject) => {
      slot.worker.on('message', (msg: CheckResponse) => {
        if ('ready' in msg) {
          slot.ready = true;
          resolve();
          this.dispatch();
          return;
        }
        const task = slot.task;
        if (!task || task.id !== msg.id) return;
        slot.task = undefined;
        clearTimeout(task.timer);
        if ('error' in msg) task.reject(new PoolError('failed', msg.error));
        else task.resolve(msg.result);
        this.dispatch();
      });
      slot.worker.on('error', (err) => {
        if (!slot.ready) reject(err);
      });
      slot.worker.on('exit', () => this.lost(slot));
    });
  }

  /** A worker that exited (terminated after a timeout, or crashed): fail its task and replace it. */
  private lost(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    const task = slot.task;
    if (task) {
      clearTimeout(task.timer);
      task.reject(new PoolError('failed', 'the check stopped unexpectedly'));
    }
    // Replace only a worker that had started well: one that cannot even load must not respawn forever.
    if (!this.closed && slot.ready) this.spawn().catch(() => undefined);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      task.slot = slot;
      const req: CheckRequest = { id: task.id, job: task.job, settings: task.settings };
      slot.worker.postMessage(req);
    }
  }

  /** Checks one article; rejects with PoolError when busy, timed out, closed or failed. */
  run(job: FileJob, settings: RequestSettings): Promise<FileResult> {
    if (this.closed) return Promise.reject(new PoolError('closed', 'the server is shutting down'));
    if (!this.script) {
      return processFile(job, { ...this.base, ...settings }).catch((err: unknown) => {
        throw new PoolError('failed', (err as Error).message.split('\n')[0]!);
      });
    }
    const idle = this.slots.some((slot) => slot.ready && !slot.task);
    if (!idle && this.queue.length >= this.opts.maxQueue) {
      return Promise.reject(new PoolError('busy', `the server is busy (${this.queue.length} checks waiting); try again shortly`));
    }
    return new Promise<FileResult>((resolve, reject) => {
      const task: Task = {
        id: this.nextId++,
        job,
        settings,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(task), this.opts.timeoutMs),
      };
      this.queue.push(task);
      this.dispatch();
    });
  }

  private expire(task: Task): void {
    const seconds = Math.round(this.opts.timeoutMs / 100) / 10;
    task.reject(new PoolError('timeout', `the check took longer than the server's limit of ${seconds} s; send a shorter text`));
    const q = this.queue.indexOf(task);
    if (q >= 0) {
      this.queue.splice(q, 1);
      return;
    }
    const slot = task.slot;
    if (slot && slot.task === task) {
      // The worker is busy with it and cannot be interrupted: end it (lost() starts a replacement).
      slot.task = undefined;
      void slot.worker.terminate();
    }
  }

  /** Refuses new work, fails what is queued, and stops the workers (running checks are abandoned). */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) {
      clearTimeout(task.timer);
      task.reject(new PoolError('closed', 'the server is shutting down'));
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
