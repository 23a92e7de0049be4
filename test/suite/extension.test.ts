import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './util';

describe('SeedLab extension', () => {
  it('activates', async () => {
    const ext = await activateExtension();
    assert.strictEqual(ext.isActive, true);
  });

  it('registers its commands under the SeedLab category', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (ext.packageJSON.contributes.commands as Array<{ command: string; category: string }>);
    assert.ok(contributed.length >= 2);
    for (const c of contributed) assert.strictEqual(c.category, 'SeedLab', c.command);
    const registered = await vscode.commands.getCommands(true);
    for (const c of contributed) assert.ok(registered.includes(c.command), `${c.command} is not registered`);
  });
});
