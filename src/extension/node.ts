import * as path from 'path';
import type * as vscode from 'vscode';
import type { RunOptions } from '../engine/embedded';
import { runInWorker } from '../engine/workerRunner';
import { activateSeedLab } from './activate';

export function activate(context: vscode.ExtensionContext): void {
  const workerScript = path.join(context.extensionPath, 'dist', 'engine-worker.js');
  activateSeedLab(context, {
    platform: 'node',
    runSnippet: Object.assign((source: string, opts: RunOptions, token: vscode.CancellationToken) => {
      const run = runInWorker(workerScript, source, opts);
      token.onCancellationRequested(() => run.cancel());
      return run.result;
    }, { where: 'worker thread' }),
  });
}

export function deactivate(): void {}
