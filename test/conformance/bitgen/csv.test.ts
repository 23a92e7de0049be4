/** NumPy's own raw-stream vectors (numpy/random/tests/data/*-testset-{1,2}.csv) reproduce exactly. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../../src/core';
import { FIXTURE_DIR } from './fixtures';

const MAKERS = {
  mt19937: (seed: bigint) => new MT19937(seed),
  pcg64: (seed: bigint) => new PCG64(seed),
  pcg64dxsm: (seed: bigint) => new PCG64DXSM(seed),
  philox: (seed: bigint) => new Philox(seed),
  sfc64: (seed: bigint) => new SFC64(seed),
};

describe('bitgen: NumPy raw-stream test vectors', () => {
  for (const [kind, make] of Object.entries(MAKERS)) {
    for (const set of [1, 2]) {
      it(`${kind}-testset-${set}.csv`, () => {
        const lines = fs.readFileSync(path.join(FIXTURE_DIR, 'csv', `${kind}-testset-${set}.csv`), 'utf8')
          .trim().split('\n');
        const seed = BigInt(lines[0].split(',')[1].trim());
        const expected = lines.slice(1).map((l) => BigInt(l.split(',')[1].trim()));
        assert.strictEqual(expected.length, 1000);
        const got = make(seed).random_raw(expected.length) as { data: BigUint64Array };
        assert.deepStrictEqual(Array.from(got.data), expected);
      });
    }
  }
});
