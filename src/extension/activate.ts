import * as vscode from 'vscode';
import { insertSeededGenerator } from './commands/insertGenerator';
import { sampleNumbers } from './commands/sampleNumbers';

/**
 * What differs between the Node extension host and the browser one (VS Code for the Web):
 * the browser host has no Python engine and no file system access beyond vscode.workspace.fs.
 */
export interface HostServices {
  readonly platform: 'node' | 'web';
}

/** Shared activation: registers SeedLab's features. Nothing slow runs here; work is lazy. */
export function activateSeedLab(context: vscode.ExtensionContext, _services: HostServices): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('seedlab.insertSeededGenerator', insertSeededGenerator),
    vscode.commands.registerCommand('seedlab.sampleNumbers', sampleNumbers),
  );
}
