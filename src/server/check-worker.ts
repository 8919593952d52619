/**
 * Worker-thread entry of the server's check pool. It gets the server's fixed settings once
 * (workerData), loads the models with a first small check, says it is ready, then answers one
 * check at a time. The server terminates a worker whose check runs past the request timeout, so a
 * huge or pathological article can never hold the server.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type FileJob, type FileResult, type WorkflowSettings } from '../workflow/pipeline.js';
import type { RequestSettings } from './settings.js';

export interface CheckRequest {
  id: number;
  job: FileJob;
  settings: RequestSettings;
}
export type CheckResponse = { id: number; result: FileResult } | { id: number; error: string } | { ready: true };

const base = workerData as WorkflowSettings;

// Loads the language models and lexicons now, not on the first request.
await processFile({ label: 'warm-up', text: 'The minister said the plan was ready.', format: 'text' }, base);
parentPort!.postMessage({ ready: true } satisfies CheckResponse);

parentPort!.on('message', async (msg: CheckRequest) => {
  let res: CheckResponse;
  try {
    // `base` keeps its identity across requests, so extra lexicon entries are registered once.
    res = { id: msg.id, result: await processFile(msg.job, { ...base, ...msg.settings }) };
  } catch (err) {
    res = { id: msg.id, error: (err as Error)?.message?.split('\n')[0] ?? String(err) };
  }
  parentPort!.postMessage(res);
});
