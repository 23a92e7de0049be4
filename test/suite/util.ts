/** Helpers for extension-host tests. */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'seedlab.seedlab';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  await ext.activate();
  return ext;
}

export async function openPython(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'python', content });
  return vscode.window.showTextDocument(doc);
}

/** Opens and shows a Jupyter notebook whose cells are these Python code cells, in order. */
export async function openNotebook(cells: readonly string[]): Promise<vscode.NotebookDocument> {
  const data = new vscode.NotebookData(cells.map((c) => new vscode.NotebookCellData(vscode.NotebookCellKind.Code, c, 'python')));
  const nb = await vscode.workspace.openNotebookDocument('jupyter-notebook', data);
  await vscode.window.showNotebookDocument(nb);
  return nb;
}

/** Sets a seedlab.* setting for the test and returns a function that restores it. */
export async function withSetting(key: string, value: unknown): Promise<() => Thenable<void>> {
  const config = vscode.workspace.getConfiguration('seedlab');
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return () => vscode.workspace.getConfiguration('seedlab').update(key, before, vscode.ConfigurationTarget.Global);
}

/** Reads a committed fixture (written from real NumPy/CPython by test/fixtures/<area>/generate.py). */
export function readFixture<T = any>(...parts: string[]): T {
  const root = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');
  return JSON.parse(fs.readFileSync(path.join(root, ...parts), 'utf8')) as T;
}
