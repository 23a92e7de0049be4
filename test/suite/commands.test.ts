import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openPython, readFixture, withSetting } from './util';

describe('SeedLab commands', () => {
  before(activateExtension);
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('Insert Seeded Generator adds the generator and the NumPy import', async () => {
    const editor = await openPython('x = 1\n');
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    await vscode.commands.executeCommand('seedlab.insertSeededGenerator');
    assert.strictEqual(editor.document.getText(), 'import numpy as np\nx = 1\nrng = np.random.default_rng(42)\n');
  });

  it('Insert Seeded Generator keeps an existing import and follows seedlab.defaultSeed', async () => {
    const restore = await withSetting('defaultSeed', 7);
    try {
      const editor = await openPython('import numpy as np\n');
      editor.selection = new vscode.Selection(1, 0, 1, 0);
      await vscode.commands.executeCommand('seedlab.insertSeededGenerator');
      assert.strictEqual(editor.document.getText(), 'import numpy as np\nrng = np.random.default_rng(7)\n');
    } finally {
      await restore();
    }
  });

  it("Sample Numbers shows NumPy's numbers and the code that makes them", async () => {
    const fixture = readFixture('bitgen', 'streams.json');
    const expected: number[] = fixture.fresh['default_rng(42).random(10)'];
    const doc = (await vscode.commands.executeCommand('seedlab.sampleNumbers', { api: 'generator', seed: '42', dist: 'random', size: 5 })) as vscode.TextDocument;
    const text = doc.getText();
    assert.ok(text.startsWith('# import numpy as np\n# rng = np.random.default_rng(42)\n# rng.random(size=5)\n'), text);
    const values = JSON.parse(text.split('\n').filter((l) => !l.startsWith('#')).join(''));
    assert.deepStrictEqual(values, expected.slice(0, 5));
  });

  it("Sample Numbers reports NumPy's error for a rejected seed and opens nothing", async () => {
    const before = vscode.workspace.textDocuments.length;
    const doc = await vscode.commands.executeCommand('seedlab.sampleNumbers', { api: 'legacy', seed: '-1', dist: 'random_sample' });
    assert.strictEqual(doc, undefined);
    assert.strictEqual(vscode.workspace.textDocuments.length, before);
  });
});
