/**
 * `npm run test:desktop`: the same extension-host suite under @vscode/test-electron, for machines
 * that can download VS Code (CI cannot; it uses code-server through `npm run test:vscode`).
 */
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const repo = path.resolve(__dirname, '..', '..', '..');
runTests({
  version: '1.100.3',
  extensionDevelopmentPath: repo,
  extensionTestsPath: path.join(__dirname, 'index.js'),
  launchArgs: [path.join(repo, 'test', 'e2e', 'workspace'), '--disable-extensions'],
}).catch((e) => {
  console.error(e);
  process.exit(1);
});
