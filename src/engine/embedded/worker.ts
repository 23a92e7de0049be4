/**
 * Worker-thread entry (bundled to dist/engine-worker.js): runs one snippet off the caller's thread,
 * streaming output as it is printed. The parent terminates the worker to cancel.
 */
import { parentPort, workerData } from 'worker_threads';
import type { EngineJob, EngineMessage } from '../workerProtocol';
import { runEmbedded } from './index';

const job = workerData as EngineJob;
const post = (m: EngineMessage): void => parentPort!.postMessage(m);
const result = runEmbedded(job.source, { ...job.options, onOutput: (text) => post({ kind: 'output', text }) });
post({ kind: 'done', result });
