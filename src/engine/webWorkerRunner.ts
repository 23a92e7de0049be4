/**
 * Runs a snippet on the embedded engine in a browser Web Worker (VS Code for the Web), so the
 * browser extension host stays responsive: the same supervision as the Node worker thread.
 * `scriptUrl` is a URL the Worker constructor accepts (the web host passes a blob: URL).
 */
import { engineJob, EngineMessage, supervise, WorkerRun } from './workerProtocol';

/** The part of the DOM Worker API used here (the extension compiles without DOM typings). */
interface DomWorker {
  onmessage: ((e: { data: EngineMessage }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
declare const Worker: { new (url: string): DomWorker };

export function runInWebWorker(scriptUrl: string, source: string, opts: { filename?: string; timeoutMs?: number; numpy1Scalars?: boolean; onOutput?: (text: string) => void } = {}): WorkerRun {
  const job = engineJob(source, opts);
  const worker = new Worker(scriptUrl);
  const run = supervise({
    onMessage: (listener) => { worker.onmessage = (e) => listener(e.data); },
    onError: (listener) => { worker.onerror = (e) => listener(new Error(`SeedLab engine worker failed: ${e.message ?? 'unknown error'}`)); },
    terminate: () => worker.terminate(),
  }, { timeoutMs: job.options.timeoutMs!, onOutput: opts.onOutput });
  worker.postMessage(job);
  return run;
}
