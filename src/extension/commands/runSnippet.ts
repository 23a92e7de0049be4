import * as vscode from 'vscode';
import type { RunResult } from '../../engine/embedded';

/** Runs source text off the extension host thread; the host decides how (worker thread or Web Worker). */
export interface SnippetRunner {
  (source: string, opts: RunSettings & { filename: string; onOutput: (t: string) => void }, token: vscode.CancellationToken): Promise<RunResult>;
  /** Where runs happen, shown in the output header ("worker thread", "browser Web Worker"). */
  readonly where: string;
}

/** The seedlab.run.* settings every run takes. */
export interface RunSettings { timeoutMs: number; numpy1Scalars: boolean }

export function runSettings(): RunSettings {
  const config = vscode.workspace.getConfiguration('seedlab');
  return { timeoutMs: 1000 * config.get<number>('run.timeoutSeconds', 5), numpy1Scalars: config.get<boolean>('run.numpy1Scalars', false) };
}

let channel: vscode.OutputChannel | undefined;

/**
 * SeedLab: Run Snippet — runs the selection (or the whole file) on the embedded engine and shows
 * what Python would print in the "SeedLab" output channel. Returns the result (for tests and
 * other commands).
 */
export async function runSnippet(runner: SnippetRunner): Promise<RunResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage('SeedLab: open a Python file to run a snippet.');
    return undefined;
  }
  const doc = editor.document;
  const source = editor.selection.isEmpty ? doc.getText() : doc.getText(editor.selection);
  channel ??= vscode.window.createOutputChannel('SeedLab');
  channel.clear();
  channel.show(true);
  const name = vscode.workspace.asRelativePath(doc.uri);
  channel.appendLine(`# ${name}${editor.selection.isEmpty ? '' : ` (lines ${editor.selection.start.line + 1}-${editor.selection.end.line + 1})`} on SeedLab's embedded engine (${runner.where})`);
  const out = channel;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'SeedLab: running snippet', cancellable: true },
    (_p, token) => runner(source, { ...runSettings(), filename: name, onOutput: (t) => out.append(t) }, token),
  );
  if (result.stderr) channel.append(result.stderr);
  channel.appendLine(`# exit status ${result.exitCode}`);
  for (const n of result.notes ?? []) channel.appendLine(`# SeedLab note, ${n}`);
  return result;
}
