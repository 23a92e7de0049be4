/**
 * UI checks against the real workbench, as a person uses SeedLab: open a Python file, run a
 * palette command, read the editor. Each check saves a screenshot under test/e2e/screenshots/.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { Page } from 'playwright-core';
import { readFixture } from '../support/fixtures';

export interface UiContext {
  readonly url: string;
  readonly workspace: string;
  readonly screenshots: string;
  /** Which extension host runs SeedLab: Node (desktop, code-server) or the browser's web worker. */
  readonly host: 'node' | 'web';
}

interface UiCheck {
  readonly name: string;
  /** The hosts the check runs in (default: the Node host only). */
  readonly hosts?: readonly ('node' | 'web')[];
  run(page: Page, ctx: UiContext): Promise<void>;
}

/**
 * Opens quick input with `key`. A key press can land while a webview (the previous check's panel)
 * holds focus and never reach the workbench, so it is tried again, after Escape, a few times.
 */
async function openQuickInput(page: Page, key: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(key);
    try {
      await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 5000 });
      return;
    } catch (e) {
      if (attempt === 4) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

async function openFile(page: Page, name: string): Promise<void> {
  // Quick open, tried again when the editor does not switch (a key lost to a focused webview, or a
  // file list still loading under a busy machine).
  for (let attempt = 1; ; attempt++) {
    await openQuickInput(page, 'Control+P');
    await page.keyboard.type(name);
    try {
      await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${name}")`, { timeout: 10000 });
      await page.keyboard.press('Enter');
      await page.waitForSelector(`.tab.active:has-text("${name}")`, { timeout: 10000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

async function runCommand(page: Page, title: string): Promise<void> {
  await openQuickInput(page, 'F1');
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${title}")`, { timeout: 15000 });
  await page.keyboard.press('Enter');
}

const checks: UiCheck[] = [
  {
    name: 'squiggle-and-hover',
    hosts: ['node', 'web'],
    async run(page) {
      await openFile(page, 'analysis.py');
      // analysis.py draws np.random.rand(5) before any seed: SEED001 (warning) on line 3.
      const squiggle = page.locator('.monaco-editor .squiggly-warning').first();
      await squiggle.waitFor({ timeout: 30000 });
      await page.locator('.monaco-editor .view-line:has-text("np.random.rand(5)") span:has-text("rand")').first().hover();
      await page.waitForSelector('.monaco-hover:has-text("SEED001")', { timeout: 15000 });
      await page.waitForSelector('.monaco-hover:has-text("nothing seeded")', { timeout: 5000 });
    },
  },
  {
    name: 'insert-seeded-generator',
    async run(page) {
      await openFile(page, 'analysis.py');
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+End');
      await runCommand(page, 'SeedLab: Insert Seeded Generator');
      await page.waitForSelector('.monaco-editor .view-lines:has-text("default_rng(42)")', { timeout: 15000 });
    },
  },
  {
    name: 'sample-numbers',
    hosts: ['node', 'web'],
    async run(page) {
      await runCommand(page, 'SeedLab: Sample Numbers');
      // Pick the API, accept the default seed and the default distribution.
      await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("generator")', { timeout: 15000 });
      await page.keyboard.type('generator');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("random")', { timeout: 15000 });
      await page.keyboard.type('random');
      await page.keyboard.press('Enter');
      // The first value NumPy's default_rng(42).random() gives, from the committed fixture.
      const first = String(readFixture('bitgen', 'streams.json').fresh['default_rng(42).random(10)'][0]);
      await page.waitForSelector(`.monaco-editor .view-lines:has-text("${first}")`, { timeout: 15000 });
    },
  },
  {
    name: 'run-snippet',
    hosts: ['node', 'web'],
    async run(page, ctx) {
      await openFile(page, 'seeded.py');
      await runCommand(page, 'SeedLab: Run Snippet on the Embedded Engine');
      // The header names where the engine ran: off the extension host thread in both hosts.
      const where = ctx.host === 'web' ? 'browser Web Worker' : 'worker thread';
      await page.waitForSelector(`.panel .view-lines:has-text("embedded engine (${where})")`, { timeout: 20000 });
      // The first line real python3 prints for the same file is the truth.
      const first = spawnSync(process.env.SEEDLAB_PYTHON ?? 'python3', [path.join(ctx.workspace, 'seeded.py')], { encoding: 'utf8' }).stdout.split('\n')[0];
      await page.waitForSelector(`.output-view, .panel:has-text("${first}")`, { timeout: 20000 });
      await page.waitForSelector(`.panel .view-lines:has-text("${first}")`, { timeout: 20000 });
      await page.waitForSelector('.panel .view-lines:has-text("exit status 0")', { timeout: 20000 });
    },
  },
  {
    // An endless loop in the browser host: the Web Worker stops at the time limit while the
    // extension host stays responsive (the hover below is served by the same host meanwhile).
    name: 'endless-loop-in-web-worker',
    hosts: ['web'],
    async run(page) {
      await openFile(page, 'endless.py');
      await runCommand(page, 'SeedLab: Run Snippet on the Embedded Engine');
      await page.waitForSelector('.panel .view-lines:has-text("embedded engine (browser Web Worker)")', { timeout: 20000 });
      await page.locator('.monaco-editor .view-line:has-text("np.random.rand(3)") span:has-text("rand")').first().hover();
      await page.waitForSelector('.monaco-hover:has-text("SEED00")', { timeout: 10000 });
      await page.waitForSelector('.panel .view-lines:has-text("timed out after 5 s")', { timeout: 30000 });
      await page.waitForSelector('.panel .view-lines:has-text("exit status 1")', { timeout: 10000 });
    },
  },
];

/** Runs every check for the context's host on one workbench; returns the number that failed. */
export async function runUiChecks(page: Page, ctx: UiContext): Promise<number> {
  await page.goto(ctx.url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row:has-text("analysis.py")', { timeout: 60000 });
  let failures = 0;
  const mine = checks.filter((c) => (c.hosts ?? ['node']).includes(ctx.host));
  for (const check of mine) {
    const shot = path.join(ctx.screenshots, `${ctx.host === 'web' ? 'web-' : ''}${check.name}.png`);
    try {
      await check.run(page, ctx);
      await page.screenshot({ path: shot });
      console.log(`  ✓ ui: ${check.name} (${shot})`);
    } catch (e) {
      failures++;
      await page.screenshot({ path: shot.replace(/\.png$/, '-FAILED.png') }).catch(() => undefined);
      console.log(`  ✗ ui: ${check.name}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  console.log(`ui (${ctx.host} extension host): ${mine.length - failures} passed, ${failures} failed`);
  return failures;
}
