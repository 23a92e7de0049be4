/**
 * Live differential test of every distribution against the NumPy installed here: 12,000 random
 * (API, bit generator, seed, method, parameters) cases, parameters drawn across each algorithm's
 * regimes (and sometimes outside the valid range, so the errors are compared too). Cases come
 * from a fixed LCG, so a failure is reproducible.
 */
import * as assert from 'assert';
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/core/bitgen';
import { PyError } from '../../src/core/errors';
import { Generator } from '../../src/core/generator/generator';
import { RandomState } from '../../src/core/legacy/randomstate';
import { callMethod } from '../../src/core/methods';
import { hasNumpy, pythonJson } from '../support/python';
import { pyJson } from '../support/pyjson';

const BITGENS: Record<string, new (seed?: unknown) => BitGenerator> = { PCG64, PCG64DXSM, MT19937, Philox, SFC64 };

type Case = { api: 'legacy' | 'generator'; bitgen: string; seed: number; name: string; args: number[] };

/** Parameter makers per method; u is a uniform in [0, 1). */
const PARAMS: Record<string, (u: () => number) => number[]> = {
  beta: (u) => [u() < 0.5 ? u() : 1 + 5 * u(), u() < 0.5 ? u() : 1 + 5 * u()],
  standard_gamma: (u) => [u() < 0.4 ? u() : 10 * u()],
  gamma: (u) => [u() < 0.4 ? u() : 10 * u(), 3 * u()],
  f: (u) => [0.2 + 10 * u(), 0.2 + 10 * u()],
  noncentral_f: (u) => [0.2 + 10 * u(), 0.2 + 10 * u(), 5 * u()],
  chisquare: (u) => [0.1 + 10 * u()],
  noncentral_chisquare: (u) => [0.1 + 5 * u(), u() < 0.2 ? 0 : 5 * u()],
  standard_cauchy: () => [],
  standard_t: (u) => [0.1 + 20 * u()],
  vonmises: (u) => [6 * u() - 3, [1e-9, 1e-6, 0.5, 4, 50, 1e7][Math.floor(6 * u())]],
  pareto: (u) => [0.1 + 5 * u()],
  weibull: (u) => [u() < 0.05 ? 0 : 0.1 + 5 * u()],
  power: (u) => [0.1 + 5 * u()],
  laplace: (u) => [10 * u() - 5, 3 * u()],
  gumbel: (u) => [10 * u() - 5, 3 * u()],
  logistic: (u) => [10 * u() - 5, 3 * u()],
  lognormal: (u) => [4 * u() - 2, 2 * u()],
  rayleigh: (u) => [3 * u()],
  wald: (u) => [0.1 + 5 * u(), 0.1 + 5 * u()],
  triangular: (u) => { const a = 10 * u() - 5, b = a + 5 * u(), c = b + 0.01 + 5 * u(); return [a, b, c]; },
  negative_binomial: (u) => [0.1 + 20 * u(), 0.05 + 0.95 * u()],
  zipf: (u) => [1.05 + 4 * u()],
  geometric: (u) => [u() < 0.5 ? 0.01 + 0.3 * u() : 0.34 + 0.66 * u()],
  hypergeometric: (u) => { const g = Math.floor(200 * u()), b = Math.floor(200 * u()); return [g, b, Math.floor((g + b) * u())]; },
  logseries: (u) => [0.98 * u()],
  poisson: (u) => [u() < 0.5 ? 10 * u() : 1000 * u()],
  binomial: (u) => [Math.floor(u() < 0.5 ? 20 * u() : 5000 * u()), u()],
  normal: (u) => [10 * u() - 5, 3 * u()],
  exponential: (u) => [3 * u()],
};

function makeCases(n: number): Case[] {
  let x = 0x853c49e6748fea9bn;
  const next = (): number => { x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n); return Number(x >> 11n) / 2 ** 53; };
  const names = Object.keys(PARAMS);
  const bitgens = Object.keys(BITGENS);
  return Array.from({ length: n }, (_, i) => {
    const name = names[i % names.length];
    let args = PARAMS[name](next);
    if (next() < 0.03) args = args.map((a) => -a); // out of range: the error must match too
    return { api: i % 3 === 0 ? 'legacy' : 'generator', bitgen: bitgens[Math.floor(next() * bitgens.length)], seed: Math.floor(next() * 2 ** 32), name, args };
  });
}

describe('live differential: every distribution vs NumPy', function () {
  before(function () {
    if (!hasNumpy()) this.skip();
  });

  it('12,000 random cases agree exactly, errors included', () => {
    const cases = makeCases(12000);
    const script = `
import json, sys, numpy as np
def conv(v):
    if isinstance(v, np.ndarray): return conv(v.tolist())
    if isinstance(v, (list, tuple)): return [conv(x) for x in v]
    if isinstance(v, (int, np.integer)): return int(v) if abs(int(v)) <= 2**53 else str(int(v))
    if isinstance(v, (float, np.floating)): return 'nan' if v != v else ('inf' if v == float('inf') else ('-inf' if v == -float('inf') else float(v)))
    return v
out = []
for c in json.load(sys.stdin):
    obj = np.random.RandomState(c['seed']) if c['api'] == 'legacy' else np.random.Generator(getattr(np.random, c['bitgen'])(c['seed']))
    try:
        out.append({'value': conv(getattr(obj, c['name'])(*c['args'], size=5))})
    except Exception as e:
        out.append({'error': f'{type(e).__name__}: {e}'})
print(json.dumps(out))`;
    const expected = pythonJson<Array<{ value?: unknown; error?: string }>>(script, JSON.stringify(cases));
    const nanToken = (v: unknown): unknown => (Array.isArray(v) ? v.map(nanToken) : typeof v === 'number' && !Number.isFinite(v) ? (Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf') : v);
    cases.forEach((c, i) => {
      const obj = c.api === 'legacy' ? new RandomState(c.seed) : new Generator(new BITGENS[c.bitgen](c.seed));
      const table = c.api === 'legacy' ? RandomState.methods : Generator.methods;
      let got: { value?: unknown; error?: string };
      try {
        got = { value: nanToken(pyJson(callMethod(obj, table, c.name, c.args, { size: 5 }))) };
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        got = { error: e.toPythonString() };
      }
      assert.deepStrictEqual(got, expected[i], JSON.stringify(c));
    });
  });
});
