/**
 * The WebAssembly fill loops must give exactly the JS loops' values and leave the same state,
 * across chunk boundaries (CHUNK = 8192) and odd positions in MT19937's 624-word block.
 */
import * as assert from 'assert';
import { BitGenerator, MT19937, PCG64, PCG64DXSM } from '../../src/core/bitgen';
import { kernels } from '../../src/core/bitgen/wasm/kernels';

const N = 20011;
const CTORS: Array<[string, new (seed?: unknown) => BitGenerator]> = [['MT19937', MT19937], ['PCG64', PCG64], ['PCG64DXSM', PCG64DXSM]];

describe('WebAssembly bit-generator kernels', () => {
  it('instantiate in this runtime', () => assert.ok(kernels()));

  for (const [name, Ctor] of CTORS) {
    it(`${name}: bulk doubles equal one-at-a-time doubles`, () => {
      const a = new Ctor(123);
      const b = new Ctor(123);
      a.nextDouble(); b.nextDouble(); // start mid-block
      const bulk = new Float64Array(N);
      a.fillDoubles(bulk);
      const single = Float64Array.from({ length: N }, () => b.nextDouble());
      assert.deepStrictEqual(bulk, single);
      assert.deepStrictEqual(a.state, b.state);
    });

    it(`${name}: bulk raw outputs equal one-at-a-time outputs`, () => {
      const a = new Ctor(99);
      const b = new Ctor(99);
      const bulk = (a.random_raw(N) as { data: BigUint64Array }).data;
      const single = BigUint64Array.from({ length: N }, () => { const hi = b.nextRaw(); return (BigInt(hi) << 32n) | BigInt(b.low); });
      assert.deepStrictEqual(bulk, single);
      assert.deepStrictEqual(a.state, b.state);
    });
  }
});
