/**
 * Bit generators: raw 64-bit outputs and doubles, SeedLab vs NumPy, in M values per second.
 * Goals (issue 2): MT19937 doubles >= 0.75x NumPy, PCG64 doubles >= 0.5x NumPy.
 */
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/core/bitgen';
import { BenchRow, printTable, pythonRate, rate } from './harness';

const N = 1_000_000;
const GOALS: Record<string, number> = { MT19937: 0.75, PCG64: 0.5 };

export function run(): void {
  const rows: BenchRow[] = [];
  const ctors: Array<[string, new (seed?: unknown) => BitGenerator]> = [
    ['MT19937', MT19937], ['PCG64', PCG64], ['PCG64DXSM', PCG64DXSM], ['Philox', Philox], ['SFC64', SFC64],
  ];
  for (const [name, Ctor] of ctors) {
    const bg = new Ctor(42);
    const doubles = new Float64Array(N);
    // Steady state, as NumPy's compiled loops are: V8 first runs WebAssembly in its baseline
    // compiler and swaps in optimised code from a background thread a little later.
    for (let i = 0; i < 15; i++) { bg.fillDoubles(doubles); bg.random_raw(N >> 2); }
    rows.push({
      what: `${name} random_raw(1e6)`,
      ours: rate(() => bg.random_raw(N), N),
      peer: pythonRate(`import numpy as np; bg = np.random.${name}(42)`, `bg.random_raw(${N})`, N),
    });
    rows.push({
      what: `${name} doubles (1e6)`,
      ours: rate(() => bg.fillDoubles(doubles), N),
      peer: pythonRate(`import numpy as np; g = np.random.Generator(np.random.${name}(42))`, `g.random(${N})`, N),
      goal: GOALS[name],
    });
  }
  printTable('Bit generators (issue 2)', 'NumPy', rows);
}
