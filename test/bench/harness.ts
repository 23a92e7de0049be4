/**
 * Shared benchmark plumbing: best-of-k timing for our code, the same for NumPy/CPython run in a
 * python3 subprocess, and one table format, so every bench file prints comparable ratios.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

export interface BenchRow {
  /** What was measured, e.g. "PCG64 random_raw". */
  readonly what: string;
  /** Our throughput (items per second). */
  readonly ours: number;
  /** The peer's throughput (items per second); NaN when the peer is missing. */
  readonly peer: number;
  /** Minimum ratio ours/peer we aim for, if the issue sets one. */
  readonly goal?: number;
}

/** Items per second of `fn`, which processes `items` items per call: the best of 5 rounds of 200 ms, as Python's timeit times NumPy (5 repeats of at least 0.2 s), so both sides average over their allocators and GCs alike. */
export function rate(fn: () => void, items: number, minMs = 1000, rounds = 5): number {
  fn(); // warm up (JIT)
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let calls = 0;
    const t0 = process.hrtime.bigint();
    let elapsed = 0;
    do {
      fn();
      calls++;
      elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
    } while (elapsed * 1000 < minMs / rounds);
    best = Math.min(best, elapsed / calls);
  }
  return items / best;
}

export const PYTHON = process.env.SEEDLAB_PYTHON ?? 'python3';

/**
 * Items per second of a Python statement, timed in python3 with timeit (best of 5).
 * `setup` runs once; `stmt` processes `items` items. NaN if python3 or NumPy is missing.
 */
export function pythonRate(setup: string, stmt: string, items: number): number {
  const script = [
    'import timeit',
    `setup = ${JSON.stringify(setup)}`,
    `stmt = ${JSON.stringify(stmt)}`,
    't = timeit.Timer(stmt, setup)',
    'n, _ = t.autorange()',
    'print(min(t.repeat(5, n)) / n)',
  ].join('\n');
  const res = spawnSync(PYTHON, ['-c', script], { encoding: 'utf8' });
  if (res.status !== 0) return NaN;
  return items / Number(res.stdout.trim());
}

/**
 * Items per second of a statement run by a JavaScript peer library in its own Node process (an ES
 * module script, so ESM-only packages load), timed like `rate`. NaN if the peer is missing or fails.
 */
export function nodePeerRate(setup: string, stmt: string, items: number, minMs = 1000, rounds = 5): number {
  const script = [
    setup,
    `const f = () => { ${stmt}; };`,
    'f();',
    'let best = Infinity;',
    `for (let r = 0; r < ${rounds}; r++) {`,
    '  let calls = 0; const t0 = process.hrtime.bigint(); let elapsed = 0;',
    `  do { f(); calls++; elapsed = Number(process.hrtime.bigint() - t0) / 1e9; } while (elapsed * 1000 < ${minMs / rounds});`,
    '  best = Math.min(best, elapsed / calls);',
    '}',
    'console.log(best);',
  ].join('\n');
  const res = runNodePeer(script);
  if (res.status !== 0) return NaN;
  return items / Number(res.stdout.trim().split('\n').pop());
}

/**
 * Runs an ES module script in its own Node process from the repository root, so JavaScript peers
 * (ESM-only packages too) resolve from its node_modules.
 */
export function runNodePeer(script: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: path.resolve(__dirname, '..', '..', '..') });
}

const fmtRate = (r: number): string => (Number.isNaN(r) ? 'n/a' : `${(r / 1e6).toFixed(1)} M/s`);

export function printTable(title: string, peerName: string, rows: readonly BenchRow[]): void {
  const w = Math.max(...rows.map((r) => r.what.length), 10);
  console.log(`\n## ${title}`);
  console.log(`${'what'.padEnd(w)}  ${'SeedLab'.padStart(11)}  ${peerName.padStart(11)}  ${'ratio'.padStart(6)}  goal`);
  for (const r of rows) {
    const ratio = r.ours / r.peer;
    const goal = r.goal === undefined ? '' : `>= ${r.goal}x ${Number.isNaN(ratio) ? '' : ratio >= r.goal ? 'met' : 'NOT MET'}`;
    console.log(`${r.what.padEnd(w)}  ${fmtRate(r.ours).padStart(11)}  ${fmtRate(r.peer).padStart(11)}  ${Number.isNaN(ratio) ? '   n/a' : `${ratio.toFixed(2)}x`.padStart(6)}  ${goal}`);
  }
}
