/** Generator on PCG64 vs NumPy (issue 6 goals: >= 0.5x for the first four). */
import { default_rng } from '../../src/core/generator/generator';
import { Generator } from '../../src/core/generator/generator';
import * as fs from 'fs';
import { BenchRow, nodePeerRate, printTable, pythonRate, rate, runNodePeer } from './harness';

const N = 1_000_000;

/** Minor page faults of this process so far (Linux), or NaN. */
function minorFaults(): number {
  try {
    return Number(fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[7]);
  } catch {
    return NaN;
  }
}

export function run(): void {
  const g = default_rng(42);
  const setup = 'import numpy as np; g = np.random.default_rng(42)';
  const has = (m: string): boolean => m in Generator.methods;
  const row = (what: string, method: string, ours: () => void, numpy: string, goal?: number): BenchRow => ({
    what, goal, ours: has(method) ? rate(ours, N) : NaN, peer: pythonRate(setup, numpy, N),
  });
  printTable('Generator on PCG64 (issue 6)', 'NumPy', [
    row('random(1e6)', 'random', () => g.random(N), `g.random(${N})`, 0.5),
    row('integers(0,100,1e6)', 'integers', () => g.integers(0, 100, N), `g.integers(0, 100, ${N})`, 0.5),
    row('standard_normal(1e6)', 'standard_normal', () => g.standard_normal(N), `g.standard_normal(${N})`, 0.5),
    row('standard_exponential(1e6)', 'standard_exponential', () => g.standard_exponential(N), `g.standard_exponential(${N})`, 0.5),
    row('binomial(10,0.5,1e6)', 'binomial', () => (g as any).binomial(10, 0.5, N), `g.binomial(10, 0.5, ${N})`),
    row('poisson(3,1e6)', 'poisson', () => (g as any).poisson(3, N), `g.poisson(3, ${N})`),
    row('random(1e6, float32)', 'random', () => g.random(N, 'float32'), `g.random(${N}, dtype=np.float32)`),
    row('standard_normal(1e6, float32)', 'standard_normal', () => g.standard_normal(N, 'float32'), `g.standard_normal(${N}, dtype=np.float32)`),
    row('standard_exponential(1e6, float32)', 'standard_exponential', () => g.standard_exponential(N, 'float32'), `g.standard_exponential(${N}, dtype=np.float32)`),
    row('standard_gamma(0.5, 1e6, float32)', 'standard_gamma', () => g.standard_gamma(0.5, N, 'float32'), `g.standard_gamma(0.5, ${N}, dtype=np.float32)`),
  ]);
  // numpy-ts (TypeScript + WASM) side by side: the same calls, when it has them.
  const ntsSetup = "import * as np from 'numpy-ts'; const g = np.random.default_rng(42);";
  const peer = (what: string, ours: () => void, stmt: string): BenchRow => ({ what, ours: rate(ours, N), peer: nodePeerRate(ntsSetup, stmt, N) });
  printTable('Generator on PCG64 vs numpy-ts 1.7 (TypeScript + WASM)', 'numpy-ts', [
    peer('random(1e6)', () => g.random(N), `g.random(${N})`),
    peer('integers(0,100,1e6)', () => g.integers(0, 100, N), `g.integers(0, 100, ${N})`),
    peer('standard_normal(1e6)', () => g.standard_normal(N), `g.standard_normal(${N})`),
    peer('standard_exponential(1e6)', () => g.standard_exponential(N), `g.standard_exponential(${N})`),
  ]);
  for (const n of [1e7, 1e8]) {
    const ours = (() => { try { g.random(n); return 'ok'; } catch (e) { return (e as Error).message; } })();
    const res = runNodePeer(`${ntsSetup} g.random(${n}); console.log('ok');`);
    const theirs = res.status === 0 ? res.stdout.trim() : (/^\w*Error: .*$/m.exec(res.stderr)?.[0] ?? 'failed');
    console.log(`random(${n.toExponential()}): SeedLab ${ours}; numpy-ts ${theirs}`);
  }
  // Fresh result arrays cost page faults unless the allocator reuses warm memory (src/core/empty.ts).
  const calls = 50, before = minorFaults();
  for (let i = 0; i < calls; i++) g.random(N);
  console.log(`page faults per random(1e6) call (8 MB result), over ${calls} calls: ${((minorFaults() - before) / calls).toFixed(0)} (2,048 pages)`);
}
