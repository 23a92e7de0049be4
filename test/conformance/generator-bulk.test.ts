/**
 * Large Generator calls on PCG64 / PCG64DXSM, which run in the WebAssembly distribution kernels
 * (src/core/generator/bulk.ts), against NumPy 2.x: fixtures from
 * test/fixtures/generator/generate_bulk.py record each call's SHA-256 over the result's bytes and
 * the state left behind. The calls cross the kernels' 8192-value chunks, include
 * rejection-heavy ranges on the 32- and 64-bit Lemire paths, and ziggurat calls large enough to
 * meet wedges and tails.
 */
import * as assert from 'assert';
import { sha256 } from '@noble/hashes/sha256';
import { PCG64, PCG64DXSM } from '../../src/core/bitgen';
import { Generator } from '../../src/core/generator/generator';
import { callMethod } from '../../src/core/methods';
import { NDArray } from '../../src/core/ndarray';
import { Call, decode } from '../support/calls';
import { readFixture } from '../support/fixtures';

interface Result { sha256: string; head: Array<string | number>; state: { state: string; inc: string; has_uint32: number; uinteger: number } }
const fixture = readFixture<{ calls: Call[]; cases: Array<{ bitgen: string; seed: number; results: Result[] }> }>('generator', 'bulk.json');
const CTORS = { PCG64, PCG64DXSM } as const;

/** The result as NumPy's ndarray.tobytes() of np.asarray(result) gives it (a scalar int as int64, a float as float64). */
function bytesOf(v: unknown, isInt: boolean): Uint8Array {
  if (v && typeof v === 'object' && 'data' in v) {
    const d = (v as NDArray).data as ArrayBufferView;
    return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
  }
  if (isInt) return new Uint8Array(BigInt64Array.of(BigInt(v as number | bigint)).buffer);
  return new Uint8Array(Float64Array.of(v as number).buffer);
}

/** The first values, ints as decimal strings (as the fixture script writes them). */
function head(v: unknown, isInt: boolean): Array<string | number> {
  const data = v && typeof v === 'object' && 'data' in v ? Array.from((v as NDArray).data as ArrayLike<unknown>).slice(0, 3) : [v];
  return data.map((x) => (isInt ? String(x) : (x as number)));
}

describe('Generator bulk calls on the WebAssembly kernels vs NumPy (fixtures)', () => {
  for (const c of fixture.cases) {
    it(`${c.bitgen}(${c.seed}): ${fixture.calls.length} calls in sequence, every bit and the state after each`, () => {
      const g = new Generator(new CTORS[c.bitgen as keyof typeof CTORS](c.seed));
      fixture.calls.forEach(([name, args, kwargs], i) => {
        const v = callMethod(g, Generator.methods, name, decode(args) as unknown[], decode(kwargs) as Record<string, unknown>);
        const what = `${name}(${JSON.stringify(args)}, ${JSON.stringify(kwargs)})`;
        const exp = c.results[i];
        const isInt = typeof exp.head[0] === 'string';
        assert.deepStrictEqual(head(v, isInt), exp.head, what);
        assert.strictEqual(Buffer.from(sha256(bytesOf(v, isInt))).toString('hex'), exp.sha256, what);
        const st = g.bit_generator.state as { state: { state: bigint; inc: bigint }; has_uint32: number; uinteger: number };
        assert.deepStrictEqual(
          { state: st.state.state.toString(), inc: st.state.inc.toString(), has_uint32: st.has_uint32, uinteger: st.uinteger },
          exp.state, what);
      });
    });
  }
});
