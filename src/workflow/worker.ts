/**
 * Worker-thread entry for batch runs: receives the run's settings once (workerData) and then file
 * jobs by message, and answers each with its result or a one-line error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CalqueError } from '../errors.js';
import { processFile, type FileJob, type FileResult, type WorkflowSettings } from './pipeline.js';

export interface WorkerRequest {
  index: number;
  job: FileJob;
}
export type WorkerResponse = { index: number; result: FileResult } | { index: number; error: string; internal: boolean };

const settings = workerData as WorkflowSettings;
parentPort?.on('message', async (msg: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    res = { index: msg.index, result: await processFile(msg.job, settings) };
  } catch (err) {
    res = { index: msg.index, error: (err as Error)?.message?.split('\n')[0] ?? String(err), internal: !(err instanceof CalqueError) };
  }
  parentPort!.postMessage(res);
});
