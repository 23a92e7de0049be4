/**
 * Bit generators: raw 64-bit outputs and doubles, SeedLab vs NumPy, in M values per second.
 * Goals (issue 2): MT19937 doubles >= 0.75x NumPy, PCG64 doubles >= 0.5x NumPy.
 */
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/core/bitgen';
import { BenchRow, printTable, pythonRate, rate } from './harness';

const N = 1_000_000;
// Best of many short rounds over ~1.5 s, like timeit's best-of-5 on the NumPy side: on a shared
// machine a 250 ms window often measures the neighbours, not us.
const MIN_MS = 1500;
const ROUNDS = 15;
const GOALS: Record<string, number> = { MT19937: 0.75, PCG64: 0.5 };

export function run(): void {
  const rows: BenchRow[] = [];
  const ctors: Array<[string, new (seed?: unknown) => BitGenerator]> = [
    ['MT19937', MT19937], ['PCG64', PCG64], ['PCG64DXSM', PCG64DXSM], ['Philox', Philox], ['SFC64', SFC64],
  ];
  // All doubles first, then all raw outputs: random_raw allocates 8 MB per call, and the garbage
  // collections it triggers would otherwise land in the next measurement.
  const dbl = new Map<string, BenchRow>();
  const raw = new Map<string, BenchRow>();
  const doubles = new Float64Array(N);
  for (const [name, Ctor] of ctors) {
    const bg = new Ctor(42);
    // Steady state, as NumPy's compiled loops are: V8 first runs WebAssembly in its baseline
    // compiler and swaps in optimised code from a background thread a little later.
    for (let i = 0; i < 15; i++) bg.fillDoubles(doubles);
    dbl.set(name, {
      what: `${name} doubles (1e6)`,
      ours: rate(() => bg.fillDoubles(doubles), N, MIN_MS, ROUNDS),
      peer: pythonRate(`import numpy as np; g = np.random.Generator(np.random.${name}(42))`, `g.random(${N})`, N),
      goal: GOALS[name],
    });
  }
  for (const [name, Ctor] of ctors) {
    const bg = new Ctor(42);
    for (let i = 0; i < 15; i++) bg.random_raw(N >> 2);
    raw.set(name, {
      what: `${name} random_raw(1e6)`,
      ours: rate(() => bg.random_raw(N), N, MIN_MS, ROUNDS),
      peer: pythonRate(`import numpy as np; bg = np.random.${name}(42)`, `bg.random_raw(${N})`, N),
    });
  }
  for (const [name] of ctors) rows.push(raw.get(name)!, dbl.get(name)!);
  printTable('Bit generators (issue 2)', 'NumPy', rows);
}
