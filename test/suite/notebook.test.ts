import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as vscode from 'vscode';
import { activateExtension, openNotebook } from './util';

/** What real python3 prints for the cells run in order, split at a marker line (the truth). */
function pythonCellOutputs(cells: string[]): string[] {
  const marker = '---seedlab-cell---';
  const src = cells.join(`\nprint(${JSON.stringify(marker)})\n`);
  const out = spawnSync(process.env.SEEDLAB_PYTHON ?? 'python3', ['-c', src], { encoding: 'utf8' }).stdout;
  return out.split(`${marker}\n`);
}

async function outputsOf(cell: vscode.NotebookCell): Promise<string> {
  for (let i = 0; i < 100 && (cell.executionSummary?.success === undefined); i++) await new Promise((r) => setTimeout(r, 100));
  return cell.outputs.flatMap((o) => o.items).map((it) => new TextDecoder().decode(it.data)).join('');
}

describe('SeedLab notebook kernel (embedded engine)', () => {
  before(activateExtension);
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('runs Jupyter cells in order and prints what python3 prints for each', async () => {
    const cells = [
      'import numpy as np\nrng = np.random.default_rng(2024)\nprint(rng.random(3))',
      'x = rng.normal(size=(2, 3))\nprint(x)\nprint(x.mean())',
      'import random\nrandom.seed(5)\nprint([random.randint(1, 6) for _ in range(5)])',
    ];
    const nb = await openNotebook(cells);
    await vscode.commands.executeCommand('notebook.selectKernel', { id: 'seedlab-embedded', extension: 'seedlab.seedlab' });
    await vscode.commands.executeCommand('notebook.execute');
    const expected = pythonCellOutputs(cells);
    for (let i = 0; i < cells.length; i++) {
      assert.strictEqual(await outputsOf(nb.cellAt(i)), expected[i], `cell ${i + 1}`);
      assert.strictEqual(nb.cellAt(i).executionSummary?.success, true);
    }
  });

  it("shows a cell's exception with Python's last line and marks the cell failed", async () => {
    const nb = await openNotebook([
      'import numpy as np\nprint("ok")',
      'np.random.seed(-1)',
    ]);
    await vscode.commands.executeCommand('notebook.selectKernel', { id: 'seedlab-embedded', extension: 'seedlab.seedlab' });
    await vscode.commands.executeCommand('notebook.execute');
    const text = await outputsOf(nb.cellAt(1));
    assert.match(text, /ValueError: Seed must be between 0 and 2\*\*32 - 1\n$/);
    assert.strictEqual(nb.cellAt(1).executionSummary?.success, false);
  });

  it("shows SeedLab's note on build-dependent samples as its own output, after the cell's", async () => {
    const nb = await openNotebook([
      'import numpy as np\nx = np.random.RandomState(1).multivariate_normal([0, 0, 0], 0.5 * np.eye(3) + 0.5)\nprint(x.shape)',
    ]);
    await vscode.commands.executeCommand('notebook.selectKernel', { id: 'seedlab-embedded', extension: 'seedlab.seedlab' });
    await vscode.commands.executeCommand('notebook.execute');
    await outputsOf(nb.cellAt(0));
    const outputs = nb.cellAt(0).outputs;
    assert.strictEqual(outputs.length, 2);
    assert.strictEqual(new TextDecoder().decode(outputs[0].items[0].data), '(3,)\n');
    assert.strictEqual(outputs[1].metadata?.seedlabNotes, true);
    assert.match(new TextDecoder().decode(outputs[1].items[0].data), /^SeedLab note, line 2: multivariate_normal: .*method='cholesky'/);
  });
});
