/**
 * Worker-thread entry (bundled to dist/engine-worker.js): runs one snippet off the caller's thread,
 * streaming output as it is printed. The parent terminates the worker to cancel.
 */
import { parentPort, workerData } from 'worker_threads';
import { runEmbedded, RunOptions } from './index';

interface Job { source: string; options: Pick<RunOptions, 'filename' | 'timeoutMs' | 'numpy1Scalars'> }

const job = workerData as Job;
const result = runEmbedded(job.source, { ...job.options, onOutput: (text) => parentPort!.postMessage({ kind: 'output', text }) });
parentPort!.postMessage({ kind: 'done', result });
