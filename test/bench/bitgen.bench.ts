/**
 * Bit generators vs NumPy, in one run: raw 64-bit outputs (random_raw) and doubles
 * (Generator.random / RandomState.random_sample) per second. Goals from issue 2:
 * MT19937 doubles >= 0.75x NumPy, PCG64 doubles >= 0.5x NumPy.
 */
import { BitGenerator } from '../../src/core/bitgen/base';
import { MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/core';
import { BenchRow, printTable, pythonRate, rate } from './harness';

const N = 1_000_000;

export function run(): void {
  const rows: BenchRow[] = [];
  const kinds: [string, new (seed?: number) => BitGenerator, number | undefined, number | undefined][] = [
    ['MT19937', MT19937, undefined, 0.75],
    ['PCG64', PCG64, undefined, 0.5],
    ['PCG64DXSM', PCG64DXSM, undefined, undefined],
    ['Philox', Philox, undefined, undefined],
    ['SFC64', SFC64, undefined, undefined],
  ];
  const raw = new Uint32Array(2 * N);
  const doubles = new Float64Array(N);
  for (const [name, Cls, rawGoal, dblGoal] of kinds) {
    const bg = new Cls(42);
    const setup = `import numpy as np; bg = np.random.${name}(42); g = np.random.Generator(bg)`;
    rows.push({
      what: `${name} random_raw`,
      ours: rate(() => bg.fillRaw(raw, N), N),
      peer: pythonRate(setup, `bg.random_raw(${N})`, N),
      goal: rawGoal,
    });
    rows.push({
      what: `${name} doubles`,
      ours: rate(() => bg.fillDoubles(doubles), N),
      peer: pythonRate(setup, `g.random(${N})`, N),
      goal: dblGoal,
    });
  }
  printTable('Bit generators (1e6 values per call)', 'NumPy', rows);
}
