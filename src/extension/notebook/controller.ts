import * as vscode from 'vscode';
import { notebookProgram } from '../../engine/embedded';
import { runSettings, SnippetRunner } from '../commands/runSnippet';

/**
 * A notebook kernel on SeedLab's embedded engine, for Jupyter notebooks: each cell runs as the
 * program of the code cells above it followed by the cell (so its numbers are those of a fresh
 * "run all"), off the extension host thread, printing what Python would print.
 */
export class EmbeddedNotebookController implements vscode.Disposable {
  static readonly id = 'seedlab-embedded';
  private readonly controller: vscode.NotebookController;
  private order = 0;

  constructor(private readonly run: SnippetRunner) {
    this.controller = vscode.notebooks.createNotebookController(EmbeddedNotebookController.id, 'jupyter-notebook', 'SeedLab: embedded engine');
    this.controller.supportedLanguages = ['python'];
    this.controller.supportsExecutionOrder = true;
    this.controller.description = 'NumPy-exact numbers, no Python needed';
    this.controller.executeHandler = (cells, notebook) => this.execute(cells, notebook);
  }

  private async execute(cells: vscode.NotebookCell[], notebook: vscode.NotebookDocument): Promise<void> {
    const settings = runSettings();
    for (const cell of cells) {
      const exec = this.controller.createNotebookCellExecution(cell);
      exec.executionOrder = ++this.order;
      exec.start(Date.now());
      const above = notebook.getCells()
        .filter((c) => c.kind === vscode.NotebookCellKind.Code && c.index < cell.index)
        .map((c) => c.document.getText());
      const source = notebookProgram(above, cell.document.getText());
      try {
        const result = await this.run(source, { ...settings, filename: `cell ${cell.index + 1}`, onOutput: () => undefined }, exec.token);
        const items: vscode.NotebookCellOutput[] = [];
        if (result.stdout) items.push(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.stdout(result.stdout)]));
        if (result.stderr) items.push(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.stderr(result.stderr)]));
        // SeedLab's notes are not the program's output: shown last, marked as SeedLab's.
        if (result.notes?.length) items.push(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.text(result.notes.map((n) => `SeedLab note, ${n}`).join('\n'))], { seedlabNotes: true }));
        await exec.replaceOutput(items);
        exec.end(result.exitCode === 0, Date.now());
      } catch (e) {
        await exec.replaceOutput([new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.stderr(`SeedLab: ${(e as Error).message}\n`)])]);
        exec.end(false, Date.now());
      }
    }
  }

  dispose(): void {
    this.controller.dispose();
  }
}
