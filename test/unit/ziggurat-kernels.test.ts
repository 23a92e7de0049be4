/**
 * The fused distribution kernels (src/core/generator/bulk.ts, kernels.wat): bulk calls across
 * several 8192-value chunks equal one-at-a-time draws and leave the same state on PCG64 and
 * PCG64DXSM, and the kernels' libm-free wedge test only decides where the glibc-exact exp agrees.
 */
import * as assert from 'assert';
import { PCG64, PCG64DXSM } from '../../src/core/bitgen';
import { kernels } from '../../src/core/bitgen/wasm/kernels';
import { Generator } from '../../src/core/generator/generator';
import { exp } from '../../src/core/math';

const N = 2 * 8192 + 77;
type Call = (g: Generator, size: number | null) => unknown;
const CALLS: Record<string, Call> = {
  standard_normal: (g, s) => g.standard_normal(s),
  standard_exponential: (g, s) => g.standard_exponential(s),
  'integers(0,2**31+1)': (g, s) => g.integers(0, 2 ** 31 + 1, s),
  'integers(-5,7,int32)': (g, s) => g.integers(-5, 7, s, 'int32'),
  'integers(0,2**31+1,uint32)': (g, s) => g.integers(0, 2 ** 31 + 1, s, 'uint32'),
  'integers(0,2**63+1,uint64)': (g, s) => g.integers(0, 2n ** 63n + 1n, s, 'uint64'),
};
const num = (v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : typeof v === 'number' && Number.isInteger(v) ? String(v) : v);

describe('fused WebAssembly distribution kernels', () => {
  for (const Ctor of [PCG64, PCG64DXSM]) {
    for (const [name, call] of Object.entries(CALLS)) {
      for (const buffered of [false, true]) {
        it(`${Ctor.name}: ${name}(size=${N})${buffered ? ' after a buffered uint32 half' : ''} equals single draws and leaves the same state`, () => {
          const bulk = new Generator(new Ctor(2026));
          const single = new Generator(new Ctor(2026));
          if (buffered) { bulk.integers(0, 10); single.integers(0, 10); }
          const a = call(bulk, N) as { data: ArrayLike<unknown> };
          const b = Array.from({ length: N }, () => call(single, null));
          assert.deepStrictEqual(Array.from(a.data, num), b.map(num));
          assert.deepStrictEqual(bulk.bit_generator.state, single.bit_generator.state);
          assert.strictEqual(bulk.integers(0, 1000), single.integers(0, 1000));
        });
      }
    }
  }

  it('wedge test: decides only where the glibc-exact exp gives the same answer, and decides whenever y is 2^-29 away', () => {
    const k = kernels()!;
    let s = 0x9e3779b9;
    const rand = (): number => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 2 ** 32; };
    const offsets = [0, 2 ** -52, -(2 ** -52), 2 ** -40, -(2 ** -40), 2 ** -32, -(2 ** -32), 2 ** -29, -(2 ** -29), 2 ** -20, -(2 ** -20), 1e-3, -1e-3];
    let decided = 0;
    for (let i = 0; i < 20000; i++) {
      const z = -8 * rand();
      const e = exp(z);
      for (const d of offsets) {
        for (const y of [e * (1 + d), e + d * e]) {
          const w = k.wedge_test(y, z);
          if (w === 1) assert.ok(y < e, `kept y=${y} z=${z}`);
          if (w === -1) assert.ok(!(y < e), `rejected y=${y} z=${z}`);
          if (Math.abs(d) >= 2 ** -29) assert.notStrictEqual(w, 0, `undecided y=${y} z=${z}`);
          if (w !== 0) decided++;
        }
      }
    }
    assert.ok(decided > 0);
  });
});
