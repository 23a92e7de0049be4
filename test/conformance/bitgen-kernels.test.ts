/**
 * The WebAssembly bulk kernels (PCG64, SFC64 and Philox doubles/raw, MT19937 doubles) must give exactly the stream of
 * the one-at-a-time paths, which the NumPy fixtures pin down: across chunk boundaries, after odd
 * pre-draws, with start/end offsets, and leaving the state where the scalar path would.
 */
import * as assert from 'assert';
import { MT19937, PCG64, Philox, SFC64 } from '../../src/core/bitgen';

const LENGTHS = [64, 100, 4095, 4096, 4097, 10001];

function scalarDoubles(bg: { nextDouble(): number }, n: number): number[] {
  return Array.from({ length: n }, () => bg.nextDouble());
}

describe('bitgen: WebAssembly kernels equal the scalar streams', () => {
  for (const [name, make] of [['PCG64', (s: number) => new PCG64(s)], ['MT19937', (s: number) => new MT19937(s)], ['SFC64', (s: number) => new SFC64(s)], ['Philox', (s: number) => new Philox(s)]] as const) {
    for (const n of LENGTHS) {
      it(`${name} fillDoubles(${n}) after 3 pre-draws`, () => {
        const seed = 1000 + n;
        const a = make(seed);
        const b = make(seed);
        for (let i = 0; i < 3; i++) { a.next32(); b.next32(); }
        const out = new Float64Array(n + 7);
        a.fillDoubles(out, 5, 5 + n);
        assert.deepStrictEqual(Array.from(out.subarray(5, 5 + n)), scalarDoubles(b, n));
        assert.strictEqual(out[4], 0);
        assert.strictEqual(out[5 + n], 0);
        // the state moved on exactly as far: the next draws agree too
        assert.deepStrictEqual([a.next32(), a.nextDouble(), a.next32()], [b.next32(), b.nextDouble(), b.next32()]);
      });
    }
  }

  for (const [n, Make] of [[32, PCG64], [4097, PCG64], [9000, PCG64], [70, SFC64], [9000, SFC64], [66, Philox], [9001, Philox]] as const) {
    it(`${Make.name} random_raw(${n}) equals next64 one at a time`, () => {
      const a = new Make(n);
      const b = new Make(n);
      const got = Array.from((a.random_raw(n) as { data: BigUint64Array }).data);
      const want = Array.from({ length: n }, () => { const hi = b.next64(); return (BigInt(hi) << 32n) | BigInt(b.low); });
      assert.deepStrictEqual(got, want);
      assert.strictEqual(a.next32(), b.next32());
      // buffers, counters and half-words included
      assert.deepStrictEqual(a.state, b.state);
    });
  }
});
