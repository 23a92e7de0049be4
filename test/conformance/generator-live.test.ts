/**
 * Live differential test: 10,000 random (bit generator, seed, method, arguments) cases of
 * Generator against the NumPy installed here.
 */
import * as assert from 'assert';
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/core/bitgen';
import { PyError } from '../../src/core/errors';
import { Generator } from '../../src/core/generator/generator';
import { callMethod } from '../../src/core/methods';
import { sha256 } from '@noble/hashes/sha256';
import { hasNumpy, pythonJson } from '../support/python';
import { pyJson } from '../support/pyjson';

const CTORS: Record<string, new (seed?: unknown) => BitGenerator> = { MT19937, PCG64, PCG64DXSM, Philox, SFC64 };
type Case = { bitgen: string; seed: number; name: string; args: unknown[]; kwargs: Record<string, unknown> };

function makeCases(n: number): Case[] {
  let x = 0x2545f4914f6cdd1dn;
  const next = (): number => { x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n); return Number(x >> 33n); };
  const names = Object.keys(CTORS);
  const dtypes: Array<[string, number, number]> = [['int8', -128, 127], ['uint8', 0, 255], ['int16', -32768, 32767], ['uint16', 0, 65535], ['int32', -(2 ** 31), 2 ** 31 - 1], ['int64', -(2 ** 50), 2 ** 50], ['bool', 0, 1]];
  return Array.from({ length: n }, () => {
    const bitgen = names[next() % names.length];
    const seed = next();
    const kind = next() % 8;
    if (kind < 4) {
      const [dt, lo, hi] = dtypes[next() % dtypes.length];
      const a = lo + (next() % Math.min(1000, hi - lo + 1));
      const b = Math.min(a + (next() % Math.max(1, Math.min(hi - a, 1 + next() * 97))), hi);
      return { bitgen, seed, name: 'integers', args: [a, b + 1], kwargs: { size: 1 + (next() % 9), dtype: dt, endpoint: false } };
    }
    if (kind === 4) return { bitgen, seed, name: 'choice', args: [1 + (next() % 80)], kwargs: { size: 1 + (next() % 8), replace: next() % 2 === 0 } };
    if (kind === 5) return { bitgen, seed, name: 'permutation', args: [1 + (next() % 40)], kwargs: {} };
    if (kind === 6) return { bitgen, seed, name: 'standard_normal', args: [], kwargs: { size: 1 + (next() % 20) } };
    return { bitgen, seed, name: 'standard_exponential', args: [], kwargs: { size: 1 + (next() % 20) } };
  });
}

/** Each case run by NumPy on a fresh Generator: its value, or its error as `Type: message`. */
function numpyResults(cases: unknown[]): Array<{ value?: unknown; error?: string }> {
  const script = `
import json, sys, numpy as np
out = []
for c in json.load(sys.stdin):
    g = np.random.Generator(getattr(np.random, c['bitgen'])(c['seed']))
    try:
        v = getattr(g, c['name'])(*c['args'], **c['kwargs'])
        out.append({'value': v.tolist() if hasattr(v, 'tolist') else v})
    except Exception as e:
        out.append({'error': f'{type(e).__name__}: {e}'})
print(json.dumps(out))`;
  return pythonJson<Array<{ value?: unknown; error?: string }>>(script, JSON.stringify(cases));
}

describe('live differential: Generator vs NumPy', function () {
  before(function () {
    if (!hasNumpy()) this.skip();
  });

  it('10,000 random cases across the five bit generators agree exactly', () => {
    const cases = makeCases(10000);
    const expected = numpyResults(cases);
    cases.forEach((c, i) => {
      const g = new Generator(new CTORS[c.bitgen](c.seed));
      let got: { value?: unknown; error?: string };
      try {
        got = { value: pyJson(callMethod(g, Generator.methods, c.name, c.args, c.kwargs)) };
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        got = { error: e.toPythonString() };
      }
      assert.deepStrictEqual(got, expected[i], JSON.stringify(c));
    });
  });
});

describe('live differential: bulk Generator calls vs NumPy', function () {
  before(function () {
    if (!hasNumpy()) this.skip();
  });

  /** SHA-256 of the little-endian bytes, as NumPy's ndarray.tobytes() gives them. */
  const digest = (a: ArrayBufferView): string => Buffer.from(sha256(new Uint8Array(a.buffer, a.byteOffset, a.byteLength))).toString('hex');

  for (const name of ['PCG64', 'PCG64DXSM', 'MT19937']) {
    it(`${name}: 20,011-value calls in sequence, every bit`, () => {
      const calls = [
        'g.standard_normal(20011)', 'g.integers(0, 100, 20011)', 'g.integers(0, 200, 20011, dtype=np.uint8)',
        'g.standard_exponential(20011)', 'g.uniform(-1, 3, 20011)', 'g.normal(2, 3, 20011)', 'g.integers(0, 2**40, 20011)',
      ];
      const script = `
import hashlib, json, numpy as np
g = np.random.Generator(np.random.${name}(77))
print(json.dumps([hashlib.sha256(v.tobytes()).hexdigest() for v in [${calls.join(', ')}]]))`;
      const expected = pythonJson<string[]>(script);
      const g = new Generator(new CTORS[name](77));
      const ours = [
        g.standard_normal(20011), g.integers(0, 100, 20011), g.integers(0, 200, 20011, 'uint8'),
        g.standard_exponential(20011), g.uniform(-1, 3, 20011), g.normal(2, 3, 20011), g.integers(0, 2 ** 40, 20011),
      ].map((v) => digest((v as { data: ArrayBufferView }).data));
      assert.deepStrictEqual(ours, expected);
    });
  }
});

describe('live differential: float32 Generator calls vs NumPy', function () {
  before(function () {
    if (!hasNumpy()) this.skip();
  });

  /** Random float32 calls (and float64 ones with out-free sizes in between) on random states. */
  function makeFloat32Cases(n: number): Case[] {
    let x = 0x9e3779b97f4a7c15n;
    const next = (): number => { x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n); return Number(x >> 33n); };
    const names = Object.keys(CTORS);
    return Array.from({ length: n }, () => {
      const bitgen = names[next() % names.length];
      const seed = next();
      const size = next() % 5 === 0 ? null : 1 + (next() % 40);
      const kwargs: Record<string, unknown> = { dtype: 'float32' };
      if (size !== null) kwargs.size = size;
      switch (next() % 5) {
        case 0: return { bitgen, seed, name: 'random', args: [], kwargs };
        case 1: return { bitgen, seed, name: 'standard_normal', args: [], kwargs };
        case 2: return { bitgen, seed, name: 'standard_exponential', args: [], kwargs: { ...kwargs, method: next() % 3 === 0 ? 'inv' : 'zig' } };
        default: {
          // Shapes below 1, at 1, and above, with up to 4 significant digits (cast to float by NumPy).
          const shape = next() % 7 === 0 ? 1 : (next() % 10000) / (next() % 2 ? 1000 : 10000) + 1e-4;
          return { bitgen, seed, name: 'standard_gamma', args: [shape], kwargs };
        }
      }
    });
  }

  it('10,000 random float32 cases across the five bit generators agree exactly', () => {
    const cases = makeFloat32Cases(10000);
    const expected = numpyResults(cases);
    cases.forEach((c, i) => {
      const g = new Generator(new CTORS[c.bitgen](c.seed));
      const got = { value: pyJson(callMethod(g, Generator.methods, c.name, c.args, c.kwargs)) };
      assert.deepStrictEqual(got, expected[i], JSON.stringify(c));
    });
  });

  const digest = (a: ArrayBufferView): string => Buffer.from(sha256(new Uint8Array(a.buffer, a.byteOffset, a.byteLength))).toString('hex');

  for (const name of Object.keys(CTORS)) {
    it(`${name}: 10^5-value float32 calls in sequence, every bit`, () => {
      const calls: Array<[string, string, unknown[], Record<string, unknown>]> = [
        ['g.standard_normal(100003, dtype=np.float32)', 'standard_normal', [100003], { dtype: 'float32' }],
        ['g.standard_exponential(100003, dtype=np.float32)', 'standard_exponential', [100003], { dtype: 'float32' }],
        ['g.standard_gamma(0.05, 50021, dtype=np.float32)', 'standard_gamma', [0.05], { size: 50021, dtype: 'float32' }],
        ['g.standard_gamma(1.0001, 50021, dtype=np.float32)', 'standard_gamma', [1.0001], { size: 50021, dtype: 'float32' }],
        ['g.standard_gamma(123.4, 50021, dtype=np.float32)', 'standard_gamma', [123.4], { size: 50021, dtype: 'float32' }],
        ['g.standard_exponential(30011, dtype=np.float32, method="inv")', 'standard_exponential', [30011], { dtype: 'float32', method: 'inv' }],
        ['g.random(30011, dtype=np.float32)', 'random', [30011], { dtype: 'float32' }],
      ];
      const script = `
import hashlib, json, numpy as np
g = np.random.Generator(np.random.${name}(20261128))
print(json.dumps([hashlib.sha256(v.tobytes()).hexdigest() for v in [${calls.map((c) => c[0]).join(', ')}]]))`;
      const expected = pythonJson<string[]>(script);
      const g = new Generator(new CTORS[name](20261128));
      const ours = calls.map(([, m, a, k]) => digest((callMethod(g, Generator.methods, m, a, k) as { data: ArrayBufferView }).data));
      assert.deepStrictEqual(ours, expected);
    });
  }
});
