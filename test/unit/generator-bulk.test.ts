/**
 * Bulk Generator calls on PCG64 / PCG64DXSM draw from WebAssembly-filled buffers and rewind the
 * generator afterwards: values and the state left behind (half-buffer included) must equal
 * drawing one value at a time.
 */
import * as assert from 'assert';
import { PCG64, PCG64DXSM } from '../../src/core/bitgen';
import { Generator } from '../../src/core/generator/generator';

const N = 5003;
type Call = (g: Generator, size: number | null) => unknown;
const CALLS: Record<string, Call> = {
  standard_normal: (g, s) => g.standard_normal(s),
  normal: (g, s) => g.normal(1, 2, s),
  standard_exponential: (g, s) => g.standard_exponential(s),
  uniform: (g, s) => g.uniform(-1, 3, s),
  'integers(0,100)': (g, s) => g.integers(0, 100, s),
  'integers(2**40)': (g, s) => g.integers(0, 2 ** 40, s),
};

describe('Generator bulk draws on rewindable bit generators', () => {
  for (const Ctor of [PCG64, PCG64DXSM]) {
    for (const [name, call] of Object.entries(CALLS)) {
      it(`${Ctor.name}: ${name}(size=${N}) equals ${N} single draws and leaves the same state`, () => {
        const bulk = new Generator(new Ctor(11));
        const single = new Generator(new Ctor(11));
        bulk.integers(0, 10); single.integers(0, 10); // leave a buffered uint32 half behind
        const a = call(bulk, N) as { data: ArrayLike<unknown> };
        const b = Array.from({ length: N }, () => call(single, null));
        assert.deepStrictEqual(Array.from(a.data, (v) => (typeof v === 'bigint' ? Number(v) : v)), b.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
        assert.deepStrictEqual(bulk.bit_generator.state, single.bit_generator.state);
        assert.strictEqual(bulk.random(), single.random());
      });
    }
  }
});
