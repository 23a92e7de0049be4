/**
 * Runs a snippet on the embedded engine in a worker thread (Node), so a long or endless snippet
 * never blocks its caller: output streams back, `cancel()` terminates the worker at once, and a
 * hard stop follows the engine's own time limit in case a single step runs long.
 */
import { Worker } from 'worker_threads';
import type { RunResult } from './embedded';

export interface WorkerRun {
  readonly result: Promise<RunResult>;
  cancel(): void;
}

export function runInWorker(workerScript: string, source: string, opts: { filename?: string; timeoutMs?: number; numpy1Scalars?: boolean; onOutput?: (text: string) => void } = {}): WorkerRun {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const worker = new Worker(workerScript, { workerData: { source, options: { filename: opts.filename, timeoutMs, numpy1Scalars: opts.numpy1Scalars } } });
  let stdout = '';
  let stop: ((why: string) => void) | null = null;
  const result = new Promise<RunResult>((resolve, reject) => {
    const finish = (r: RunResult): void => { clearTimeout(hard); resolve(r); void worker.terminate(); };
    const hard = setTimeout(() => stop?.(`timed out after ${timeoutMs / 1000} s`), timeoutMs + 2000);
    stop = (why) => finish({ stdout, stderr: `SeedLab: the run was stopped: ${why}\n`, exitCode: 1 });
    worker.on('message', (m: { kind: 'output'; text: string } | { kind: 'done'; result: RunResult }) => {
      if (m.kind === 'output') { stdout += m.text; opts.onOutput?.(m.text); } else finish(m.result);
    });
    worker.on('error', (e) => { clearTimeout(hard); reject(e); });
  });
  return { result, cancel: () => stop?.('cancelled') };
}
