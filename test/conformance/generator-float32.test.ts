/**
 * Generator's float32 paths (random, standard_normal, standard_exponential with 'zig' and 'inv',
 * standard_gamma) against NumPy 2.x, from test/fixtures/generator/generate.py: long runs on
 * every bit generator as SHA-256 digests of the float32 bytes (every ziggurat tail and wedge and
 * every gamma branch taken many times), and the dtype of every result of the recorded call
 * sequences (generator-calls.test.ts checks their values).
 */
import * as assert from 'assert';
import { sha256 } from '@noble/hashes/sha256';
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/core/bitgen';
import { PyError } from '../../src/core/errors';
import { Generator } from '../../src/core/generator/generator';
import { callMethod } from '../../src/core/methods';
import { NDArray } from '../../src/core/ndarray';
import { Call, decode } from '../support/calls';
import { readFixture } from '../support/fixtures';

const CTORS: Record<string, new (seed?: unknown) => BitGenerator> = { MT19937, PCG64, PCG64DXSM, Philox, SFC64 };

interface Digest { dtype: string; shape: number[]; sha256: string; head: number[] }
interface Bulk { bitgen: string; seed: number; calls: Call[]; digests: Digest[] }
interface Recorded { bitgen: string; seed: number; calls: Call[]; dtypes?: Array<string | null> }

const fixture = readFixture<{ generator: Recorded[]; bulk_float32: Bulk[] }>('generator', 'calls.json');

const isArray = (v: unknown): v is NDArray => typeof v === 'object' && v !== null && 'dtype' in v && 'data' in v;

describe('Generator float32 draws (NumPy 2.x)', () => {
  for (const c of fixture.bulk_float32) {
    it(`${c.bitgen}(${c.seed}): ${c.calls.length} long calls in sequence, every bit`, () => {
      const g = new Generator(new CTORS[c.bitgen](c.seed));
      c.calls.forEach(([name, args, kwargs], i) => {
        const want = c.digests[i];
        const got = callMethod(g, Generator.methods, name, decode(args) as unknown[], decode(kwargs) as Record<string, unknown>);
        assert.ok(isArray(got), `${name} returned an array`);
        assert.strictEqual(got.dtype, want.dtype, `${name}: dtype`);
        assert.deepStrictEqual([...got.shape], want.shape, `${name}: shape`);
        const data = got.data as Float32Array | Float64Array;
        assert.deepStrictEqual(Array.from(data.subarray(0, 4)), want.head, `${name}(${JSON.stringify(args)}, ${JSON.stringify(kwargs)}): first values`);
        const digest = Buffer.from(sha256(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))).toString('hex');
        assert.strictEqual(digest, want.sha256, `${name}(${JSON.stringify(args)}, ${JSON.stringify(kwargs)}): SHA-256 of the values`);
      });
    });
  }

  const recorded = fixture.generator.filter((c) => c.dtypes);
  it(`result dtypes of ${recorded.length} recorded float32 call sequences are NumPy's`, () => {
    assert.ok(recorded.length >= 15);
    for (const c of recorded) {
      const g = new Generator(new CTORS[c.bitgen](c.seed));
      c.calls.forEach(([name, args, kwargs], i) => {
        let dtype: string | null = null;
        try {
          const v = callMethod(g, Generator.methods, name, decode(args) as unknown[], decode(kwargs) as Record<string, unknown>);
          if (isArray(v)) dtype = v.dtype;
        } catch (e) {
          if (!(e instanceof PyError)) throw e;
        }
        assert.strictEqual(dtype, c.dtypes![i], `${c.bitgen}(${c.seed}) ${name}(${JSON.stringify(args)}, ${JSON.stringify(kwargs)})`);
      });
    }
  });
});
