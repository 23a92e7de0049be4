import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openNotebook, openPython, withSetting } from './util';

/** Waits until SeedLab has published diagnostics for `uri` that satisfy `ok`. */
async function diagnosticsFor(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0): Promise<vscode.Diagnostic[]> {
  for (let i = 0; i < 100; i++) {
    const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'SeedLab');
    if (ok(d)) return d;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no matching SeedLab diagnostics for ${uri.toString()}`);
}

const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('SeedLab diagnostics', () => {
  before(activateExtension);
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('flags an unseeded legacy draw in a Python file, with codes and docs links', async () => {
    const editor = await openPython('import numpy as np\nx = np.random.rand(3)\n');
    const diags = await diagnosticsFor(editor.document.uri);
    assert.deepStrictEqual(diags.map(codeOf).sort(), ['SEED001', 'SEED002']);
    const seed001 = diags.find((d) => codeOf(d) === 'SEED001')!;
    assert.strictEqual(seed001.range.start.line, 1);
    assert.strictEqual(seed001.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(String((seed001.code as { target: vscode.Uri }).target), /docs\/rules\/SEED001\.md$/);
  });

  it("reports NumPy's own error for a rejected seed", async () => {
    const editor = await openPython('import numpy as np\nnp.random.seed(-1)\n');
    const diags = await diagnosticsFor(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'SEED006'));
    const d = diags.find((x) => codeOf(x) === 'SEED006')!;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /ValueError: Seed must be between 0 and 2\*\*32 - 1/);
  });

  it('updates as the user types', async () => {
    const editor = await openPython('import numpy as np\n');
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(vscode.languages.getDiagnostics(editor.document.uri).length, 0);
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'rng = np.random.default_rng()\n'));
    const diags = await diagnosticsFor(editor.document.uri);
    assert.deepStrictEqual(diags.map(codeOf), ['SEED001']);
  });

  it('the SEED002 quick fix rewrites np.random.seed to a Generator', async () => {
    const editor = await openPython('import numpy as np\nnp.random.seed(7)\n');
    const diags = await diagnosticsFor(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'SEED002'));
    const target = diags.find((x) => codeOf(x) === 'SEED002')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, target.range)) ?? [];
    const fix = actions.find((a) => a.title === 'Replace with rng = np.random.default_rng(7)');
    assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.workspace.applyEdit(fix.edit);
    assert.strictEqual(editor.document.getText(), 'import numpy as np\nrng = np.random.default_rng(7)\n');
  });

  it('seedlab.lint.severity turns a rule off', async () => {
    const restore = await withSetting('lint.severity', { SEED002: 'off' });
    try {
      const editor = await openPython('import numpy as np\nnp.random.seed(1)\nx = np.random.rand(2)\n');
      await new Promise((r) => setTimeout(r, 800));
      const codes = vscode.languages.getDiagnostics(editor.document.uri).map(codeOf);
      assert.ok(!codes.includes('SEED002'), codes.join(','));
    } finally {
      await restore();
    }
  });

  it('analyses a notebook as one program, cells in order', async () => {
    const nb = await openNotebook([
      'import numpy as np\nx = np.random.rand(2)',
      'np.random.seed(0)',
    ]);
    const second = nb.cellAt(1).document;
    const diags = await diagnosticsFor(second.uri, (d) => d.some((x) => codeOf(x) === 'SEED004'));
    assert.ok(diags.some((d) => codeOf(d) === 'SEED004'), 're-seed after a draw in an earlier cell');
  });

  it("a notebook quick fix edits each cell it touches: rng is defined in the imports' cell, the draw rewritten in its own", async () => {
    const nb = await openNotebook([
      'import numpy',
      'x = numpy.random.rand(2)',
    ]);
    const second = nb.cellAt(1).document;
    const diags = await diagnosticsFor(second.uri, (d) => d.some((x) => codeOf(x) === 'SEED002'));
    const target = diags.find((x) => codeOf(x) === 'SEED002')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', second.uri, target.range)) ?? [];
    const fix = actions.find((a) => a.title.startsWith('Replace with rng.random(2)'));
    assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.workspace.applyEdit(fix.edit);
    assert.deepStrictEqual([nb.cellAt(0).document.getText(), second.getText()], ['import numpy\nrng = numpy.random.default_rng(42)', 'x = rng.random(2)']);
  });
});
