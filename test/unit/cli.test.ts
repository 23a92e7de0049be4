import * as assert from 'assert';
import { runCli } from '../../src/cli/run';

/** Runs the CLI in-process and captures its output. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

describe('seedlab CLI dispatch', () => {
  it('lists its commands on --help and exits 0', async () => {
    const r = await cli('--help');
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /^Usage: seedlab <command>/);
  });

  it('rejects an unknown verb with exit 2, naming the valid ones', async () => {
    const r = await cli('frobnicate');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /unknown command 'frobnicate'; valid commands:/);
  });

  it('prints its version', async () => {
    const r = await cli('--version');
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /^seedlab \d+\.\d+\.\d+\n$/);
  });
});
