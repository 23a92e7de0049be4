/**
 * RandomState.standard_normal(size) draws its uniforms in bulk (fillLegacyGauss): values, the
 * cached spare normal and the generator state left behind must equal drawing one normal at a time.
 */
import * as assert from 'assert';
import { RandomState } from '../../src/core/legacy/randomstate';

const one = (rs: RandomState): number => rs.standard_normal() as number;
const many = (rs: RandomState, n: number): number[] => Array.from((rs.standard_normal(n) as { data: Float64Array }).data);

describe('RandomState.standard_normal in bulk', () => {
  // Odd and even sizes, around the WebAssembly fill's 64-value threshold and a round of 4096 pairs.
  const SIZES = [0, 1, 2, 3, 63, 64, 65, 127, 128, 129, 1001, 8191, 8192, 8193, 20011];
  for (const start of [0, 1]) {
    it(`equals single draws for sizes ${SIZES.join(', ')} in sequence (${start ? 'a spare cached first' : 'no spare first'})`, () => {
      const bulk = new RandomState(2024);
      const single = new RandomState(2024);
      if (start) { one(bulk); one(single); }
      for (const n of SIZES) {
        const expected = Array.from({ length: n }, () => one(single));
        assert.deepStrictEqual(many(bulk, n), expected, `size ${n}`);
        assert.strictEqual(bulk.hasGauss, single.hasGauss);
        assert.strictEqual(bulk.gauss, single.gauss);
      }
      assert.deepStrictEqual(bulk.get_state(), single.get_state());
      assert.strictEqual(one(bulk), one(single));
      assert.strictEqual(bulk.random_sample(), single.random_sample());
    });
  }
});
