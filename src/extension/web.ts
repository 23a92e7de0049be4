import type * as vscode from 'vscode';
import { runEmbedded } from '../engine/embedded';
import { activateSeedLab } from './activate';

export function activate(context: vscode.ExtensionContext): void {
  activateSeedLab(context, {
    platform: 'web',
    // The browser host is itself a web worker: the engine runs here with its own time limit,
    // polling the cancellation token between steps.
    runSnippet: async (source, opts, token) => runEmbedded(source, { ...opts, cancelled: () => token.isCancellationRequested }),
  });
}

export function deactivate(): void {}
