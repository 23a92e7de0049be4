import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as vscode from 'vscode';
import { activateExtension, openPython } from './util';

/** What the real python3 prints for the snippet (the truth the engine must match). */
function python(source: string): string {
  return spawnSync(process.env.SEEDLAB_PYTHON ?? 'python3', ['-c', source], { encoding: 'utf8' }).stdout;
}

describe('SeedLab: Run Snippet on the Embedded Engine', () => {
  before(activateExtension);
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('runs the file in a worker and prints exactly what python3 prints', async () => {
    const src = 'import numpy as np\nnp.random.seed(42)\nprint(np.random.rand(3))\nrng = np.random.default_rng(7)\nprint(rng.normal(size=(2, 2)), rng.integers(10))\n';
    await openPython(src);
    const result = (await vscode.commands.executeCommand('seedlab.runSnippet')) as { stdout: string; exitCode: number };
    assert.strictEqual(result.exitCode, 0);
    assert.strictEqual(result.stdout, python(src));
  });

  it("returns SeedLab's note on build-dependent samples apart from the program's output", async () => {
    const src = 'import numpy as np\nrng = np.random.default_rng(3)\nprint(rng.multivariate_normal([0, 0, 0], 0.5 * np.eye(3) + 0.5).shape)\n';
    await openPython(src);
    const result = (await vscode.commands.executeCommand('seedlab.runSnippet')) as { stdout: string; stderr: string; notes?: string[] };
    assert.strictEqual(result.stdout, python(src));
    assert.strictEqual(result.stderr, '');
    assert.strictEqual(result.notes?.length, 1);
    assert.match(result.notes[0], /^line 3: multivariate_normal: the covariance has a repeated singular value/);
  });

  it('runs only the selection when there is one', async () => {
    const editor = await openPython('import random\nrandom.seed(3)\nprint(random.random())\nprint("not this")\n');
    editor.selection = new vscode.Selection(0, 0, 3, 0);
    const result = (await vscode.commands.executeCommand('seedlab.runSnippet')) as { stdout: string };
    assert.strictEqual(result.stdout, python('import random\nrandom.seed(3)\nprint(random.random())\n'));
  });

  it('stops an endless loop at seedlab.run.timeoutSeconds without blocking the extension host', async () => {
    const config = vscode.workspace.getConfiguration('seedlab');
    await config.update('run.timeoutSeconds', 0.5, vscode.ConfigurationTarget.Global);
    try {
      await openPython('print("start")\nwhile True:\n    pass\n');
      const started = Date.now();
      let ticks = 0;
      const timer = setInterval(() => ticks++, 50); // keeps firing only if the host thread is free
      const result = (await vscode.commands.executeCommand('seedlab.runSnippet')) as { stdout: string; stderr: string; exitCode: number };
      clearInterval(timer);
      assert.strictEqual(result.stdout, 'start\n');
      assert.strictEqual(result.exitCode, 1);
      assert.match(result.stderr, /timed out/);
      assert.ok(ticks >= 3, `extension host was blocked (${ticks} ticks in ${Date.now() - started} ms)`);
    } finally {
      await config.update('run.timeoutSeconds', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
