/**
 * The WebAssembly kernels behind RandomState's randint, standard_normal, binomial and poisson and
 * Generator's binomial and poisson (src/core/generator/bulk.ts): bulk calls across several
 * 8192-value chunks equal one-at-a-time draws and leave the same state, and log_table (glibc's log
 * on its table path, for the polar method) only answers where it equals the glibc-exact log.
 */
import * as assert from 'assert';
import { MT19937, PCG64, PCG64DXSM } from '../../src/core/bitgen';
import { kernels } from '../../src/core/bitgen/wasm/kernels';
import { loadLogTables } from '../../src/core/generator/bulk';
import { Generator } from '../../src/core/generator/generator';
import { RandomState } from '../../src/core/legacy/randomstate';
import { log } from '../../src/core/math';

const N = 2 * 8192 + 77;
const num = (v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : typeof v === 'number' && Number.isInteger(v) ? String(v) : v);
const values = (v: unknown): unknown[] => Array.from((v as { data: ArrayLike<unknown> }).data, num);

type LegacyCall = (r: RandomState, size: number | null) => unknown;
const LEGACY: Record<string, LegacyCall> = {
  'randint(0,100)': (r, s) => r.randint(0, 100, s),
  'randint(-5,2**31-4)': (r, s) => r.randint(-5, 2 ** 31 - 4, s),
  'randint(0,1000,int32)': (r, s) => r.randint(0, 1000, s, 'int32'),
  'randint(0,2**31+1,uint32)': (r, s) => r.randint(0, 2 ** 31 + 1, s, 'uint32'),
  standard_normal: (r, s) => r.standard_normal(s),
  'binomial(10,0.5)': (r, s) => r.binomial(10, 0.5, s),
  'binomial(25,0.9)': (r, s) => r.binomial(25, 0.9, s),
  'binomial(0,0.3)': (r, s) => r.binomial(0, 0.3, s),
  'poisson(3)': (r, s) => r.poisson(3, s),
  'poisson(9.5)': (r, s) => r.poisson(9.5, s),
};

describe('WebAssembly kernels for RandomState and discrete Generator draws', () => {
  for (const [name, call] of Object.entries(LEGACY)) {
    for (const size of [N, N + 1]) {
      it(`RandomState.${name}(size=${size}) after a cached normal equals single draws and leaves the same state`, () => {
        const bulk = new RandomState(7);
        const single = new RandomState(7);
        bulk.standard_normal(); single.standard_normal(); // leave a spare normal cached
        const a = values(call(bulk, size));
        const b = Array.from({ length: size }, () => num(call(single, null)));
        assert.deepStrictEqual(a, b);
        assert.deepStrictEqual(bulk.get_state(), single.get_state());
        assert.strictEqual(bulk.standard_normal(), single.standard_normal());
      });
    }
  }

  type GenCall = (g: Generator, size: number | null) => unknown;
  const GENERATOR: Record<string, GenCall> = {
    'binomial(10,0.5)': (g, s) => g.binomial(10, 0.5, s),
    'binomial(40,0.8)': (g, s) => g.binomial(40, 0.8, s),
    'binomial(0,0.5)': (g, s) => g.binomial(0, 0.5, s),
    'poisson(3)': (g, s) => g.poisson(3, s),
    'poisson(0.01)': (g, s) => g.poisson(0.01, s),
  };
  for (const Ctor of [PCG64, PCG64DXSM, MT19937]) {
    for (const [name, call] of Object.entries(GENERATOR)) {
      it(`Generator(${Ctor.name}).${name}(size=${N}) equals single draws and leaves the same state`, () => {
        const bulk = new Generator(new Ctor(5));
        const single = new Generator(new Ctor(5));
        bulk.integers(0, 10); single.integers(0, 10);
        assert.deepStrictEqual(values(call(bulk, N)), Array.from({ length: N }, () => num(call(single, null))));
        assert.deepStrictEqual(bulk.bit_generator.state, single.bit_generator.state);
        assert.strictEqual(bulk.random(), single.random());
      });
    }
  }

  it('log_table near 1 (log.ts\'s fma path, emulated in the kernel) equals the glibc-exact log', () => {
    const k = kernels()!;
    loadLogTables(k);
    let s = 0x2468ace0;
    const next = (): number => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 2 ** 32; };
    let answered = 0;
    const n = 200000;
    for (let i = 0; i < n; i++) {
      // 1 - 2^-4 .. 1 + 0x1.09p-4, and within a few ulps of 1
      const x = i % 4 === 0 ? 1 + (Math.floor(next() * 64) - 32) * 2 ** -52 : 0.9375 + next() * 0.1272;
      const y = k.log_table(x);
      if (Number.isNaN(y)) continue;
      answered++;
      assert.ok(Object.is(y, log(x)), `log_table(${x}) = ${y}, log = ${log(x)}`);
    }
    assert.ok(answered > n * 0.99);
  });

  it('log_table equals the glibc-exact log wherever it answers, and answers on most of (0, 1)', () => {
    const k = kernels()!;
    loadLogTables(k);
    const f = new Float64Array(1);
    const w = new Uint32Array(f.buffer);
    let s = 0x12345678;
    const next = (): number => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s; };
    let answered = 0;
    const n = 200000;
    for (let i = 0; i < n; i++) {
      let x: number;
      if (i % 2) {
        x = next() / 2 ** 32; // the polar method's r2
      } else {
        w[0] = next(); w[1] = next(); // any bit pattern: negatives, NaNs, infinities, subnormals
        x = f[0];
      }
      const y = k.log_table(x);
      if (Number.isNaN(y)) continue;
      answered++;
      assert.ok(Object.is(y, log(x)), `log_table(${x}) = ${y}, log = ${log(x)}`);
    }
    assert.ok(answered > n * 0.4);
  });
});
