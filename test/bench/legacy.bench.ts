/** Legacy RandomState vs NumPy (issue 5 goals: 0.75x, 0.75x, 0.6x, 0.5x, 0.5x). */
import { RandomState } from '../../src/core/legacy/randomstate';
import { BenchRow, printTable, pythonRate, rate } from './harness';

const N = 1_000_000;

export function run(): void {
  const rs = new RandomState(42);
  const setup = 'import numpy as np; rs = np.random.RandomState(42)';
  const has = (m: string): boolean => m in RandomState.methods;
  const row = (what: string, method: string, ours: () => void, numpy: string, goal: number): BenchRow => ({
    what, goal, ours: has(method) ? rate(ours, N) : NaN, peer: pythonRate(setup, numpy, N),
  });
  printTable('Legacy RandomState (issue 5)', 'NumPy', [
    row('random_sample(1e6)', 'random_sample', () => rs.random_sample(N), `rs.random_sample(${N})`, 0.75),
    row('randint(0,100,1e6)', 'randint', () => rs.randint(0, 100, N), `rs.randint(0, 100, ${N})`, 0.75),
    row('standard_normal(1e6)', 'standard_normal', () => rs.standard_normal(N), `rs.standard_normal(${N})`, 0.6),
    row('binomial(10,0.5,1e6)', 'binomial', () => (rs as any).binomial(10, 0.5, N), `rs.binomial(10, 0.5, ${N})`, 0.5),
    row('poisson(3,1e6)', 'poisson', () => (rs as any).poisson(3, N), `rs.poisson(3, ${N})`, 0.5),
  ]);
}
