import * as vscode from 'vscode';
import type { RunOptions } from '../engine/embedded';
import { runInWebWorker } from '../engine/webWorkerRunner';
import { activateSeedLab } from './activate';

/** The engine's Web Worker script (dist/web/engine-worker.js), inlined by esbuild.mjs at build time. */
declare const SEEDLAB_ENGINE_WORKER_SOURCE: string;

/** URL.createObjectURL and Blob, present in every browser extension host (no DOM typings here). */
declare const URL: { createObjectURL(blob: unknown): string };
declare const Blob: { new (parts: string[], options: { type: string }): unknown };

export function activate(context: vscode.ExtensionContext): void {
  // A blob: URL works wherever the web extension host runs (vscode.dev, code-server, desktop in
  // web mode); the extension's own file URL may not be loadable by a worker there.
  let workerUrl: string | undefined;
  activateSeedLab(context, {
    platform: 'web',
    runSnippet: Object.assign((source: string, opts: RunOptions, token: vscode.CancellationToken) => {
      workerUrl ??= URL.createObjectURL(new Blob([SEEDLAB_ENGINE_WORKER_SOURCE], { type: 'application/javascript' }));
      const run = runInWebWorker(workerUrl, source, opts);
      token.onCancellationRequested(() => run.cancel());
      return run.result;
    }, { where: 'browser Web Worker' }),
  });
}

export function deactivate(): void {}
