/**
 * Large Generator calls on PCG64, PCG64DXSM and MT19937 and large RandomState calls, which run in
 * the WebAssembly kernels (src/core/generator/bulk.ts), against NumPy: fixtures from
 * test/fixtures/generator/generate_bulk.py record each call's SHA-256 over the result's bytes and
 * the state left behind. The calls cross the kernels' 8192-value chunks, include rejection-heavy
 * ranges on the Lemire and masked paths, and ziggurat and polar-method calls large enough to meet
 * wedges, tails and the log's slow cases.
 */
import * as assert from 'assert';
import { sha256 } from '@noble/hashes/sha256';
import { MT19937, PCG64, PCG64DXSM } from '../../src/core/bitgen';
import { Generator } from '../../src/core/generator/generator';
import { RandomState } from '../../src/core/legacy/randomstate';
import { callMethod } from '../../src/core/methods';
import { NDArray } from '../../src/core/ndarray';
import { Call, decode } from '../support/calls';
import { readFixture } from '../support/fixtures';

interface Result { sha256: string; head: Array<string | number>; state: Record<string, string | number> }
interface Fixture {
  calls: Call[];
  cases: Array<{ bitgen: string; seed: number; results: Result[] }>;
  legacy_calls: Call[];
  legacy: Array<{ seed: number; results: Result[] }>;
}
const fixture = readFixture<Fixture>('generator', 'bulk.json');
const CTORS = { PCG64, PCG64DXSM, MT19937 } as const;

const hex = (b: Uint8Array): string => Buffer.from(sha256(b)).toString('hex');

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

/** A bit generator's state in the fixture's shape (MT19937's key as a SHA-256). */
function stateOf(bg: { state: Record<string, unknown> }): Record<string, string | number> {
  const st = bg.state as { bit_generator: string; state: Record<string, unknown>; has_uint32?: number; uinteger?: number };
  if (st.bit_generator === 'MT19937') {
    const key = st.state.key as Uint32Array;
    return { key_sha256: hex(new Uint8Array(key.buffer, key.byteOffset, key.byteLength)), pos: st.state.pos as number };
  }
  return { state: String(st.state.state), inc: String(st.state.inc), has_uint32: st.has_uint32!, uinteger: st.uinteger! };
}

function check(v: unknown, exp: Result, state: Record<string, string | number>, what: string): void {
  const isInt = typeof exp.head[0] === 'string';
  assert.deepStrictEqual(head(v, isInt), exp.head, what);
  assert.strictEqual(hex(bytesOf(v, isInt)), exp.sha256, what);
  assert.deepStrictEqual(state, exp.state, what);
}

describe('bulk calls on the WebAssembly kernels vs NumPy (fixtures)', () => {
  for (const c of fixture.cases) {
    it(`Generator(${c.bitgen}(${c.seed})): ${fixture.calls.length} calls in sequence, every bit and the state after each`, () => {
      const g = new Generator(new CTORS[c.bitgen as keyof typeof CTORS](c.seed));
      fixture.calls.forEach(([name, args, kwargs], i) => {
        const v = callMethod(g, Generator.methods, name, decode(args) as unknown[], decode(kwargs) as Record<string, unknown>);
        check(v, c.results[i], stateOf(g.bit_generator), `${name}(${JSON.stringify(args)}, ${JSON.stringify(kwargs)})`);
      });
    });
  }

  for (const c of fixture.legacy) {
    it(`RandomState(${c.seed}): ${fixture.legacy_calls.length} calls in sequence, every bit and the state after each`, () => {
      const rs = new RandomState(c.seed);
      fixture.legacy_calls.forEach(([name, args, kwargs], i) => {
        const v = callMethod(rs, RandomState.methods, name, decode(args) as unknown[], decode(kwargs) as Record<string, unknown>);
        const st = { ...stateOf(rs._bit_generator), has_gauss: rs.hasGauss, gauss: rs.gauss };
        check(v, c.results[i], st, `${name}(${JSON.stringify(args)}, ${JSON.stringify(kwargs)})`);
      });
    });
  }
});
