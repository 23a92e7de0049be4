import * as vscode from 'vscode';
import { insertSeededGenerator } from './commands/insertGenerator';
import { runSnippet, SnippetRunner } from './commands/runSnippet';
import { sampleNumbers } from './commands/sampleNumbers';
import { SeedLabCodeActions } from './lint/codeActions';
import { SeedLabDiagnostics } from './lint/diagnostics';
import { EmbeddedNotebookController } from './notebook/controller';

/**
 * What differs between the Node extension host and the browser one (VS Code for the Web):
 * the browser host has no Python engine and no file system access beyond vscode.workspace.fs.
 */
export interface HostServices {
  readonly platform: 'node' | 'web';
  /** Runs snippets on the embedded engine off the extension host thread. */
  readonly runSnippet: SnippetRunner;
}

/** Shared activation: registers SeedLab's features. Nothing slow runs here; work is lazy. */
export function activateSeedLab(context: vscode.ExtensionContext, services: HostServices): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('seedlab.insertSeededGenerator', insertSeededGenerator),
    vscode.commands.registerCommand('seedlab.sampleNumbers', sampleNumbers),
    vscode.commands.registerCommand('seedlab.runSnippet', () => runSnippet(services.runSnippet)),
    new EmbeddedNotebookController(services.runSnippet),
    new SeedLabDiagnostics(),
    vscode.languages.registerCodeActionsProvider({ language: 'python' }, new SeedLabCodeActions(), {
      providedCodeActionKinds: SeedLabCodeActions.kinds,
    }),
  );
}
