/**
 * A throwaway code-server (VS Code 1.100.3 in server mode) on 127.0.0.1 with its own process
 * group and scratch XDG/HOME/TMP/user-data dirs, so a test run leaves nothing behind and a
 * hung extension host cannot outlive the run.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';

export const E2E_HOME = process.env.SEEDLAB_E2E_HOME ?? path.join(process.env.HOME ?? '/tmp', '.cache', 'seedlab-e2e');
export const REPO = path.resolve(__dirname, '..', '..', '..');
const CODE_SERVER = path.join(E2E_HOME, 'cs', 'node_modules', '.bin', 'code-server');

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.tips.enabled': false,
};

/** Installs code-server and Chromium if missing (test/e2e/install.sh is idempotent and cached). */
export function ensureInstalled(): void {
  if (fs.existsSync(CODE_SERVER) && fs.existsSync('/usr/bin/chromium')) return;
  const res = spawnSync('bash', [path.join(REPO, 'test', 'e2e', 'install.sh')], { stdio: 'inherit' });
  if (res.status !== 0) throw new Error('installing the VS Code test harness failed (test/e2e/install.sh)');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  readonly url: string;
  /** Scratch directory of this run (workspace copy, logs, user data). */
  readonly dir: string;
  /** The copied workspace folder opened in the workbench. */
  readonly workspace: string;
  stop(): Promise<void>;
}

/**
 * Starts code-server with the given workspace folder copied into a scratch directory; `settings`
 * are added to the user settings.
 */
export async function startCodeServer(workspaceSource: string, env: NodeJS.ProcessEnv = {}, settings: Record<string, unknown> = {}): Promise<CodeServer> {
  fs.mkdirSync(path.join(E2E_HOME, 'runs'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(E2E_HOME, 'runs', 'run-'));
  const workspace = path.join(dir, 'ws');
  fs.cpSync(workspaceSource, workspace, { recursive: true });
  fs.mkdirSync(path.join(dir, 'ud', 'User'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'ud', 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  for (const d of ['xdg/config', 'xdg/data', 'xdg/cache', 'tmp', 'ext']) fs.mkdirSync(path.join(dir, d), { recursive: true });

  const port = await freePort();
  const log = fs.openSync(path.join(dir, 'code-server.log'), 'w');
  const child: ChildProcess = spawn(CODE_SERVER, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', path.join(dir, 'ud'), '--extensions-dir', path.join(dir, 'ext'),
  ], {
    detached: true, // its own process group: server, file watcher and extension host die together
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      ...env,
      XDG_CONFIG_HOME: path.join(dir, 'xdg', 'config'),
      XDG_DATA_HOME: path.join(dir, 'xdg', 'data'),
      XDG_CACHE_HOME: path.join(dir, 'xdg', 'cache'),
      TMPDIR: path.join(dir, 'tmp'),
      EXTENSIONS_GALLERY: '{}', // no marketplace requests from server or page
    },
  });
  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    await new Promise((r) => setTimeout(r, 1000));
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return { url, dir, workspace, stop };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`code-server did not come up; see ${path.join(dir, 'code-server.log')}`);
}
