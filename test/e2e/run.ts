/**
 * Runs SeedLab's tests inside a real VS Code 1.100.3 (code-server) driven by headless Chromium:
 *   suite: mocha inside the real extension host (test/suite), via the workbench's payload URL;
 *   ui:    Playwright checks against the workbench as a person uses it (test/e2e/ui), with screenshots.
 *   web:   UI checks with the extension in the browser's web worker extension host (VS Code for the Web).
 * Usage: node out/test/e2e/run.js [suite|ui|web|all] (default all). Exit code: 0 pass, 1 fail, 124 timeout.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import { launchBrowser, workbenchUrl } from './browser';
import { ensureInstalled, REPO, startCodeServer } from './codeserver';
import { runUiChecks } from './ui';

const WORKSPACE = path.join(REPO, 'test', 'e2e', 'workspace');
const SUITE_TIMEOUT_S = Number(process.env.SEEDLAB_E2E_TIMEOUT ?? 300);

async function runSuite(): Promise<number> {
  const server = await startCodeServer(WORKSPACE);
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    let resolveExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((r) => (resolveExit = r));
    // The workbench forwards extension-host console output and the test runner's exit code to these.
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => console.log(util.format(...(args ?? []))));
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(Number(code)));
    const entry = path.join(REPO, 'out', 'test', 'suite', 'index.js');
    await page.goto(workbenchUrl(server.url, server.workspace, REPO, entry), { waitUntil: 'domcontentloaded' });
    const timeout = new Promise<number>((r) => setTimeout(() => r(124), SUITE_TIMEOUT_S * 1000));
    const code = await Promise.race([exited, timeout]);
    if (code === 124) console.error(`[e2e] extension-host suite timed out after ${SUITE_TIMEOUT_S}s; logs in ${server.dir}`);
    return code;
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * Makes VS Code run SeedLab in the browser's web worker extension host, from its package.json
 * `browser` entry, as VS Code for the Web does. (The payload's extensionDevelopmentKind would be
 * the natural switch, but VS Code 1.100's web workbench ignores it.)
 */
const WEB_HOST_SETTINGS = { 'remote.extensionKind': { 'seedlab.seedlab': ['web'] } };

async function runUi(host: 'node' | 'web'): Promise<number> {
  const server = await startCodeServer(WORKSPACE, {}, host === 'web' ? WEB_HOST_SETTINGS : {});
  const browser = await launchBrowser();
  const shots = path.join(REPO, 'test', 'e2e', 'screenshots');
  fs.mkdirSync(shots, { recursive: true });
  try {
    const failures = await runUiChecks(browser.page, {
      url: workbenchUrl(server.url, server.workspace, REPO),
      workspace: server.workspace,
      screenshots: shots,
      host,
    });
    return failures === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  const mode = process.argv[2] ?? 'all';
  if (!['suite', 'ui', 'web', 'all'].includes(mode)) throw new Error(`unknown mode ${mode}; use suite, ui, web or all`);
  ensureInstalled();
  let code = 0;
  if (mode === 'suite' || mode === 'all') {
    code = await runSuite();
    console.log(`[e2e] extension-host suite exit code ${code}`);
  }
  if ((mode === 'ui' || mode === 'all') && code === 0) {
    code = await runUi('node');
    console.log(`[e2e] UI checks exit code ${code}`);
  }
  if ((mode === 'web' || mode === 'all') && code === 0) {
    code = await runUi('web');
    console.log(`[e2e] UI checks in the web extension host exit code ${code}`);
  }
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(3);
});
