/**
 * Oracle access for tests: run real python3 (NumPy 2.x from pyenv, or SEEDLAB_PYTHON) and
 * /usr/bin/python3 (Debian's NumPy 1.24) when present. Live differential tests use these.
 */
import { spawnSync } from 'child_process';

export const PYTHON = process.env.SEEDLAB_PYTHON ?? 'python3';
export const DEBIAN_PYTHON = '/usr/bin/python3';

const numpyCache = new Map<string, boolean>();

/** True when `python` runs and imports numpy. */
export function hasNumpy(python = PYTHON): boolean {
  let ok = numpyCache.get(python);
  if (ok === undefined) {
    const res = spawnSync(python, ['-c', 'import numpy'], { encoding: 'utf8' });
    ok = res.status === 0;
    numpyCache.set(python, ok);
  }
  return ok;
}

/** Runs a Python script with optional stdin; throws with stderr if it fails. Returns stdout. */
export function runPython(script: string, input = '', python = PYTHON): string {
  const res = spawnSync(python, ['-c', script], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (res.status !== 0) throw new Error(`${python} failed (${res.status}): ${res.stderr}`);
  return res.stdout;
}

/** Runs a Python script that prints JSON and parses it. */
export function pythonJson<T = unknown>(script: string, input = '', python = PYTHON): T {
  return JSON.parse(runPython(script, input, python)) as T;
}
