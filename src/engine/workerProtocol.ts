/**
 * The contract between a host and the embedded engine running in a worker (a Node worker thread
 * or a browser Web Worker): one job in, output messages as the snippet prints, one `done` last.
 * The host supervises: it keeps the output, enforces a hard stop in case a single engine step
 * runs past the engine's own time limit, and terminates the worker to cancel.
 */
import type { RunOptions, RunResult } from './embedded';

export interface EngineJob {
  source: string;
  options: Pick<RunOptions, 'filename' | 'timeoutMs' | 'numpy1Scalars'>;
}

export type EngineMessage = { kind: 'output'; text: string } | { kind: 'done'; result: RunResult };

/** What both worker kinds offer the supervisor. */
export interface WorkerHandle {
  onMessage(listener: (m: EngineMessage) => void): void;
  onError(listener: (e: Error) => void): void;
  terminate(): void;
}

export interface WorkerRun {
  readonly result: Promise<RunResult>;
  cancel(): void;
}

export interface SuperviseOptions {
  timeoutMs: number;
  onOutput?: (text: string) => void;
}

/** Grace beyond the engine's own limit before the host stops the worker from outside. */
const HARD_STOP_GRACE_MS = 2000;

export function supervise(worker: WorkerHandle, opts: SuperviseOptions): WorkerRun {
  let stdout = '';
  let stop: (why: string) => void = () => undefined;
  const result = new Promise<RunResult>((resolve, reject) => {
    let settled = false;
    const finish = (r: RunResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(hard);
      resolve(r);
      worker.terminate();
    };
    const hard = setTimeout(() => stop(`timed out after ${opts.timeoutMs / 1000} s`), opts.timeoutMs + HARD_STOP_GRACE_MS);
    stop = (why) => finish({ stdout, stderr: `SeedLab: the run was stopped: ${why}\n`, exitCode: 1 });
    worker.onMessage((m) => {
      if (m.kind === 'output') {
        stdout += m.text;
        opts.onOutput?.(m.text);
      } else {
        finish(m.result);
      }
    });
    worker.onError((e) => {
      if (settled) return;
      settled = true;
      clearTimeout(hard);
      worker.terminate();
      reject(e);
    });
  });
  return { result, cancel: () => stop('cancelled') };
}

/** The job a host sends, with the engine's default time limit filled in. */
export function engineJob(source: string, opts: EngineJob['options']): EngineJob {
  return { source, options: { filename: opts.filename, timeoutMs: opts.timeoutMs ?? 5000, numpy1Scalars: opts.numpy1Scalars } };
}
