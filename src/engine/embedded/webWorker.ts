/**
 * Web Worker entry (bundled to dist/web/engine-worker.js, a classic script): the browser
 * counterpart of worker.ts. It waits for one job, runs it, streams output and posts the result.
 */
import type { EngineJob, EngineMessage } from '../workerProtocol';
import { runEmbedded } from './index';

declare const self: { onmessage: ((e: { data: EngineJob }) => void) | null; postMessage(m: EngineMessage): void };

self.onmessage = (e) => {
  self.onmessage = null; // one job per worker: the host makes a new worker for each run
  const job = e.data;
  const result = runEmbedded(job.source, { ...job.options, onOutput: (text) => self.postMessage({ kind: 'output', text }) });
  self.postMessage({ kind: 'done', result });
};
