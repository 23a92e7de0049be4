/**
 * NumPy's own known answers: the TestRandomDist values pinned in numpy/random/tests/
 * test_randomstate.py and test_generator_mt19937.py (seed 1234567890), extracted by
 * test/fixtures/known/extract.py, held to NumPy's own assertion (exact, or within
 * 1.5 * 10^-decimal as assert_array_almost_equal allows).
 */
import * as assert from 'assert';
import { MT19937 } from '../../src/core/bitgen';
import { PyError } from '../../src/core/errors';
import { Generator } from '../../src/core/generator/generator';
import { RandomState } from '../../src/core/legacy/randomstate';
import { callMethod } from '../../src/core/methods';
import { readFixture } from '../support/fixtures';
import { pyJson } from '../support/pyjson';

interface Known { api: 'legacy' | 'generator'; test: string; seed: number; prefix: Array<[string, unknown[], Record<string, unknown>]>; method: string; args: unknown[]; kwargs: Record<string, unknown>; desired: unknown; decimal: number | null }

const { cases } = readFixture<{ cases: Known[] }>('known', 'known.json');

/** Fixture arguments: {"dtype": "uint32"} for np.uint32, {"int": "..."} for big ints. */
function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.dtype === 'string') return o.dtype;
    if (typeof o.int === 'string') return BigInt(o.int);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]));
  }
  return v;
}

const flat = (v: unknown): unknown[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);

describe("NumPy's known answers (TestRandomDist)", () => {
  for (const c of cases) {
    it(`${c.test}: ${c.method}(${JSON.stringify(c.args).slice(1, -1)}${c.prefix.length ? `) after ${c.prefix.length} call(s` : ''})`, () => {
      const obj = c.api === 'legacy' ? new RandomState(c.seed) : new Generator(new MT19937(c.seed));
      const table = c.api === 'legacy' ? RandomState.methods : Generator.methods;
      const call = (method: string, rawArgs: unknown[], rawKwargs: Record<string, unknown>): unknown => {
        const args = decode(rawArgs) as unknown[];
        const kwargs = decode(rawKwargs) as Record<string, unknown>;
        return method === 'rand' || method === 'randn'
          ? (obj as unknown as Record<string, (...d: unknown[]) => unknown>)[method](...args)
          : callMethod(obj, table, method, args, kwargs);
      };
      let got: unknown;
      try {
        for (const [m, a, k] of c.prefix) call(m, a, k);
        got = pyJson(call(c.method, c.args, c.kwargs));
      } catch (e) {
        if (e instanceof PyError) assert.fail(`${e.toPythonString()}`);
        throw e;
      }
      const ours = flat(got);
      const want = flat(decode(c.desired));
      assert.strictEqual(ours.length, want.length, 'shape');
      ours.forEach((v, i) => {
        const w = want[i];
        if (c.decimal === null) assert.strictEqual(String(v), String(w), `element ${i}`);
        else assert.ok(Math.abs(Number(v) - Number(w)) < 1.5 * 10 ** -c.decimal, `element ${i}: ${v} vs NumPy's ${w}`);
      });
    });
  }
});
