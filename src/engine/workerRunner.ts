/**
 * Runs a snippet on the embedded engine in a worker thread (Node), so a long or endless snippet
 * never blocks its caller: output streams back and `cancel()` terminates the worker at once.
 */
import { Worker } from 'worker_threads';
import { engineJob, EngineMessage, supervise, WorkerRun } from './workerProtocol';

export type { WorkerRun } from './workerProtocol';

export function runInWorker(workerScript: string, source: string, opts: { filename?: string; timeoutMs?: number; numpy1Scalars?: boolean; onOutput?: (text: string) => void } = {}): WorkerRun {
  const job = engineJob(source, opts);
  const worker = new Worker(workerScript, { workerData: job });
  return supervise({
    onMessage: (listener) => worker.on('message', (m: EngineMessage) => listener(m)),
    onError: (listener) => worker.on('error', listener),
    terminate: () => void worker.terminate(),
  }, { timeoutMs: job.options.timeoutMs!, onOutput: opts.onOutput });
}
