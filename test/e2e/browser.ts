/** Debian's headless Chromium driven by playwright-core, kept off the network and out of $HOME. */
import * as fs from 'fs';
import * as path from 'path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { E2E_HOME } from './codeserver';

export async function launchBrowser(): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  fs.mkdirSync(path.join(E2E_HOME, 'tmp'), { recursive: true });
  const profile = fs.mkdtempSync(path.join(E2E_HOME, 'tmp', 'chrome-profile-'));
  const home = path.join(E2E_HOME, 'tmp', 'chrome-home');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The workbench URL that opens `folder` with our extension in development mode (and optionally its tests). */
export function workbenchUrl(base: string, folder: string, extensionDir: string, testsEntry?: string): string {
  const authority = new URL(base).host; // code-server uses location.host as the remote authority
  const remote = (p: string): string => `vscode-remote://${authority}${path.resolve(p)}`;
  const payload: string[][] = [['extensionDevelopmentPath', remote(extensionDir)]];
  if (testsEntry) payload.push(['extensionTestsPath', remote(testsEntry)]);
  return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
