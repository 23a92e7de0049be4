/**
 * Live differential test: 10,000 random (seed, method, arguments) cases of the libm-free
 * RandomState and random.Random methods against the NumPy and CPython installed here.
 */
import * as assert from 'assert';
import { PyError } from '../../src/core/errors';
import { RandomState } from '../../src/core/legacy/randomstate';
import { callMethod } from '../../src/core/methods';
import { Random } from '../../src/core/pyrandom/random';
import { hasNumpy, pythonJson } from '../support/python';
import { pyJson } from '../support/pyjson';

type Case = { api: 'legacy' | 'python'; seed: number; name: string; args: unknown[]; kwargs: Record<string, unknown> };

/** Deterministic generator of cases (so a failure is reproducible). */
function makeCases(n: number): Case[] {
  let x = 0x9e3779b97f4a7c15n;
  const next = (): number => { x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n); return Number(x >> 33n); };
  const pick = <T>(a: T[]): T => a[next() % a.length];
  const dtypes: Array<[string, number, number]> = [['int8', -128, 127], ['uint8', 0, 255], ['int16', -32768, 32767], ['uint16', 0, 65535], ['int32', -(2 ** 31), 2 ** 31 - 1], ['int64', -(2 ** 50), 2 ** 50], ['bool', 0, 1]];
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) {
    const seed = next();
    const kind = next() % 10;
    if (kind < 4) {
      const [dt, lo, hi] = pick(dtypes);
      const a = lo + (next() % Math.min(1000, hi - lo + 1));
      const b = a + 1 + (next() % Math.max(1, Math.min(hi - a, 1 + next() * 97)));
      cases.push({ api: 'legacy', seed, name: 'randint', args: [a, Math.min(b, hi + 1)], kwargs: { size: 1 + (next() % 9), dtype: dt } });
    } else if (kind === 4) {
      cases.push({ api: 'legacy', seed, name: 'choice', args: [1 + (next() % 50)], kwargs: { size: 1 + (next() % 6), replace: next() % 2 === 0 } });
    } else if (kind === 5) {
      cases.push({ api: 'legacy', seed, name: 'permutation', args: [1 + (next() % 40)], kwargs: {} });
    } else if (kind === 6) {
      cases.push({ api: 'legacy', seed, name: 'uniform', args: [-(next() % 100), next() % 1000], kwargs: { size: 3 } });
    } else if (kind === 7) {
      const a = -(next() % 1000);
      cases.push({ api: 'python', seed, name: 'randint', args: [a, a + (next() % 100000)], kwargs: {} });
    } else if (kind === 8) {
      const pop = Array.from({ length: 1 + (next() % 60) }, (_, j) => j);
      cases.push({ api: 'python', seed, name: 'sample', args: [pop, next() % (pop.length + 1)], kwargs: {} });
    } else {
      cases.push({ api: 'python', seed, name: 'randrange', args: [next() % 50, 60 + (next() % 5000), 1 + (next() % 7)], kwargs: {} });
    }
  }
  return cases;
}

describe('live differential: RandomState and random.Random vs NumPy/CPython', function () {
  before(function () {
    if (!hasNumpy()) this.skip();
  });

  it('10,000 random cases agree exactly', () => {
    const cases = makeCases(10000);
    const script = `
import json, sys, random, numpy as np
def conv(v):
    if isinstance(v, np.ndarray): return conv(v.tolist())
    if isinstance(v, (list, tuple)): return [conv(x) for x in v]
    if isinstance(v, (bool, np.bool_)): return bool(v)
    if isinstance(v, (int, np.integer)): return int(v)
    if isinstance(v, (float, np.floating)): return float(v)
    return v
out = []
for c in json.load(sys.stdin):
    obj = np.random.RandomState(c['seed']) if c['api'] == 'legacy' else random.Random(c['seed'])
    try:
        out.append({'value': conv(getattr(obj, c['name'])(*c['args'], **c['kwargs']))})
    except Exception as e:
        out.append({'error': f'{type(e).__name__}: {e}'})
print(json.dumps(out))`;
    const expected = pythonJson<Array<{ value?: unknown; error?: string }>>(script, JSON.stringify(cases));
    let checked = 0;
    cases.forEach((c, i) => {
      const obj = c.api === 'legacy' ? new RandomState(c.seed) : new Random(c.seed);
      const table = c.api === 'legacy' ? RandomState.methods : Random.methods;
      let got: { value?: unknown; error?: string };
      try {
        got = { value: pyJson(callMethod(obj, table, c.name, c.args, c.kwargs)) };
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        got = { error: e.toPythonString() };
      }
      assert.deepStrictEqual(got, expected[i], JSON.stringify(c));
      checked++;
    });
    assert.strictEqual(checked, 10000);
  });
});
