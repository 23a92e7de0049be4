import * as vscode from 'vscode';
import { generatorSnippet } from '../../core/snippets';

/** SeedLab: Insert Seeded Generator — `rng = np.random.default_rng(SEED)` at the cursor, importing NumPy if needed. */
export async function insertSeededGenerator(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage('SeedLab: open a Python file to insert a seeded generator.');
    return;
  }
  const seed = vscode.workspace.getConfiguration('seedlab').get<number>('defaultSeed', 42);
  const edit = generatorSnippet(editor.document.getText(), seed);
  await editor.edit((b) => {
    if (edit.importLine !== null) b.insert(new vscode.Position(0, 0), edit.importLine);
    b.insert(editor.selection.active, edit.text);
  });
}
