/**
 * Live differential test of Generator.multivariate_normal(method='eigh') above 25 dimensions, where
 * LAPACK's dsyevd solves the tridiagonal problem by divide and conquer (and tridiagonalizes and
 * back-transforms blocked from orders 33 / 64): 150 random (bit generator, seed, order 26..140,
 * mean, covariance, size) cases against /usr/bin/python3's NumPy 1.24 (reference LAPACK and BLAS),
 * bit for bit, and against the NumPy 2.x here within 1e-13 of max|x| where the two builds agree
 * (eigenvector signs and repeated-eigenvalue bases that rounding decides differ between the builds;
 * counted). Covariances: B B' + ridge from 30-bit numbers with a few of them of low rank, so that
 * the merge steps deflate; state after the call and warnings exact.
 */
import * as assert from 'assert';
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/core/bitgen';
import { Generator } from '../../src/core/generator/generator';
import { NDArray } from '../../src/core/ndarray';
import { withWarnings } from '../../src/core/warnings';
import { DEBIAN_PYTHON, hasNumpy, pythonJson } from '../support/python';

const CTORS: Record<string, new (seed?: unknown) => BitGenerator> = { MT19937, PCG64, PCG64DXSM, Philox, SFC64 };
const TOL = 1e-13;
interface Case { bitgen: string; seed: number; mean: number[]; cov: number[][]; size: number | number[] | null }
interface Want { value: unknown; probe: number[]; warnings: string[] }

function makeCases(count: number): Case[] {
  let x = 0x2545f4914f6cdd1dn;
  const next = (): number => { x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n); return Number(x >> 33n); };
  const unit = (): number => next() / 2 ** 31 - 1;
  const bitgens = Object.keys(CTORS);
  return Array.from({ length: count }, (): Case => {
    const n = 26 + (next() % 115);
    const rank = next() % 4 === 0 ? 1 + (next() % 8) : n;
    const ridge = rank < n ? 0 : 0.05;
    const b = Array.from({ length: n }, () => Array.from({ length: rank }, unit));
    const cov = b.map((ri, i) => b.map((rj, j) => ri.reduce((acc, v, k) => acc + v * rj[k], 0) + (i === j ? ridge : 0)));
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) cov[i][j] = cov[j][i];
    const sizes: Array<number | number[] | null> = [null, 1 + (next() % 4), [1 + (next() % 2), 1 + (next() % 3)]];
    return { bitgen: bitgens[next() % bitgens.length], seed: next(), mean: Array.from({ length: n }, () => 10 * unit()), cov, size: sizes[next() % 3] };
  });
}

const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v as number]);

describe('live differential: multivariate_normal(method=\'eigh\') above 25 dimensions vs NumPy', function () {
  before(function () {
    if (!hasNumpy() || !hasNumpy(DEBIAN_PYTHON)) this.skip();
  });

  it('150 random cases of orders 26..140: state and warnings exact; values equal to NumPy 1.x, within 1e-13 of NumPy 2.x where the builds agree', () => {
    const cases = makeCases(150);
    const script = `
import json, sys, warnings, numpy as np
out = []
for c in json.load(sys.stdin):
    r = np.random.Generator(getattr(np.random, c['bitgen'])(c['seed']))
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter('always')
        v = r.multivariate_normal(c['mean'], c['cov'], c['size'], method='eigh')
    out.append({'value': v.tolist(), 'probe': r.random(3).tolist(), 'warnings': [f'{w.category.__name__}: {w.message}' for w in seen]})
print(json.dumps(out))`;
    const numpy2 = pythonJson<Want[]>(script, JSON.stringify(cases));
    const numpy1 = pythonJson<Want[]>(script, JSON.stringify(cases), DEBIAN_PYTHON);
    let worst = 0, buildDependent = 0;
    cases.forEach((c, i) => {
      const label = JSON.stringify({ ...c, mean: `[${c.mean.length}]`, cov: `${c.cov.length}x${c.cov.length}` });
      const g = new Generator(new CTORS[c.bitgen](c.seed));
      const { value, warnings } = withWarnings(() => g.multivariate_normal(c.mean, c.cov, c.size, 'warn', 1e-8, 'eigh'));
      const probe = g.random(3) as NDArray<Float64Array>;
      const want = numpy1[i];
      assert.deepStrictEqual(warnings.map((w) => `${w.category}: ${w.message}`), want.warnings, label);
      assert.deepStrictEqual(Array.from(probe.data), want.probe, `${label}: state after the call`);
      const ours = Array.from(value.data);
      assert.deepStrictEqual(ours, flat(want.value), `${label}: NumPy 1.x bit for bit`);
      const theirs = flat(numpy2[i].value);
      const scale = Math.max(...theirs.map(Math.abs));
      const dist = (a: number[]): number => Math.max(0, ...a.map((v, k) => Math.abs(v - theirs[k]) / scale));
      if (dist(flat(want.value)) > TOL) { buildDependent++; return; }
      worst = Math.max(worst, dist(ours));
      assert.ok(dist(ours) <= TOL, `${label}: ${dist(ours)} of max|x| from NumPy 2.x`);
    });
    console.log(`      150 bit for bit equal to NumPy 1.x; ${buildDependent} where NumPy 1.x and 2.x differ beyond ${TOL}; elsewhere within ${worst.toExponential(2)} of max|x| of NumPy 2.x`);
  });
});
