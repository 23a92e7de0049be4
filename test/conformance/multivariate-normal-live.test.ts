/**
 * Live differential test of multivariate_normal against the NumPy installed here: 3,000 random
 * (API, bit generator, seed, method, order 1..25, mean, positive definite covariance, size) cases.
 * The state after each call (a probe draw) must be NumPy's exactly; the values within 1e-13 of
 * max|x|, the bound multivariate-normal.test.ts explains (the last bits are the BLAS's): these
 * covariances are well conditioned (B B' + I/20), where two NumPy builds agree to about 1e-14.
 */
import * as assert from 'assert';
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/core/bitgen';
import { Generator } from '../../src/core/generator/generator';
import { RandomState } from '../../src/core/legacy/randomstate';
import { NDArray } from '../../src/core/ndarray';
import { withWarnings } from '../../src/core/warnings';
import { hasNumpy, pythonJson } from '../support/python';

const CTORS: Record<string, new (seed?: unknown) => BitGenerator> = { MT19937, PCG64, PCG64DXSM, Philox, SFC64 };
const TOL = 1e-13;
interface Case { api: 'legacy' | 'generator'; bitgen: string; seed: number; method: string; mean: number[]; cov: number[][]; size: number | number[] | null }
interface Want { value: unknown; probe: number[]; warnings: string[] }

function makeCases(count: number): Case[] {
  let x = 0x9e3779b97f4a7c15n;
  const next = (): number => { x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n); return Number(x >> 33n); };
  const unit = (): number => next() / 2 ** 31 - 1;
  const bitgens = Object.keys(CTORS);
  const methods = ['svd', 'eigh', 'cholesky'];
  return Array.from({ length: count }, (): Case => {
    const api = next() % 3 === 0 ? 'legacy' : 'generator';
    const n = next() % 20 === 0 ? 9 + (next() % 17) : 1 + (next() % 8);
    const b = Array.from({ length: n }, () => Array.from({ length: n }, unit));
    const cov = b.map((ri, i) => b.map((rj, j) => ri.reduce((acc, v, k) => acc + v * rj[k], 0) + (i === j ? 0.05 : 0)));
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) cov[i][j] = cov[j][i];
    const sizes: Array<number | number[] | null> = [null, 1 + (next() % 6), [1 + (next() % 3), 1 + (next() % 3)]];
    return {
      api, bitgen: api === 'legacy' ? 'MT19937' : bitgens[next() % bitgens.length], seed: next(), method: api === 'legacy' ? 'svd' : methods[next() % 3],
      mean: Array.from({ length: n }, () => 10 * unit()), cov, size: sizes[next() % 3],
    };
  });
}

const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v as number]);

describe('live differential: multivariate_normal vs NumPy', function () {
  before(function () {
    if (!hasNumpy()) this.skip();
  });

  it('3,000 random cases: the state after each call exact, values within 1e-13 of max|x|', () => {
    const cases = makeCases(3000);
    const script = `
import json, sys, warnings, numpy as np
out = []
for c in json.load(sys.stdin):
    if c['api'] == 'legacy':
        r = np.random.RandomState(c['seed'])
        call = lambda: r.multivariate_normal(c['mean'], c['cov'], c['size'])
        probe = lambda: r.standard_normal(3)
    else:
        r = np.random.Generator(getattr(np.random, c['bitgen'])(c['seed']))
        call = lambda: r.multivariate_normal(c['mean'], c['cov'], c['size'], method=c['method'])
        probe = lambda: r.random(3)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter('always')
        v = call()
    out.append({'value': v.tolist(), 'probe': probe().tolist(), 'warnings': [f'{w.category.__name__}: {w.message}' for w in seen]})
print(json.dumps(out))`;
    const expected = pythonJson<Want[]>(script, JSON.stringify(cases));
    let worst = 0;
    cases.forEach((c, i) => {
      const label = JSON.stringify({ ...c, cov: `${c.cov.length}x${c.cov.length}` });
      const obj = c.api === 'legacy' ? new RandomState(c.seed) : new Generator(new CTORS[c.bitgen](c.seed));
      const { value, warnings } = withWarnings(() => (c.api === 'legacy'
        ? (obj as RandomState).multivariate_normal(c.mean, c.cov, c.size)
        : (obj as Generator).multivariate_normal(c.mean, c.cov, c.size, 'warn', 1e-8, c.method)));
      const probe = c.api === 'legacy' ? (obj as RandomState).standard_normal(3) : (obj as Generator).random(3);
      const want = expected[i];
      assert.deepStrictEqual(warnings.map((w) => `${w.category}: ${w.message}`), want.warnings, label);
      assert.deepStrictEqual(Array.from((probe as NDArray<Float64Array>).data), want.probe, `${label}: state after the call`);
      const ours = value.data, theirs = flat(want.value);
      assert.strictEqual(ours.length, theirs.length, `${label}: size`);
      const scale = Math.max(...theirs.map(Math.abs));
      theirs.forEach((t, k) => { worst = Math.max(worst, Math.abs(ours[k] - t) / scale); });
      assert.ok(theirs.every((t, k) => Math.abs(ours[k] - t) <= TOL * scale), `${label}: values`);
    });
    console.log(`      largest difference: ${worst.toExponential(2)} of max|x|`);
  });
});
