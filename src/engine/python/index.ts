/** The python engine: the user's real python3 (or SEEDLAB_PYTHON), Node only. */
import { spawnSync } from 'child_process';
import type { RunResult } from '../embedded';

export function pythonCommand(): string {
  return process.env.SEEDLAB_PYTHON ?? 'python3';
}

export function runPython(source: string, opts: { timeoutMs?: number; filename?: string } = {}): RunResult {
  const res = spawnSync(pythonCommand(), ['-c', source], { encoding: 'utf8', timeout: opts.timeoutMs ?? 5000, maxBuffer: 1 << 28 });
  if (res.error) {
    const timedOut = (res.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
    return { stdout: res.stdout ?? '', stderr: timedOut ? `SeedLab: the run was stopped: timed out after ${(opts.timeoutMs ?? 5000) / 1000} s\n` : `SeedLab: could not start ${pythonCommand()}: ${res.error.message}\n`, exitCode: 1 };
  }
  return { stdout: res.stdout, stderr: res.stderr.replace(/File "<string>"/g, `File "${opts.filename ?? '<string>'}"`), exitCode: res.status ?? 1 };
}
