/**
 * RandomState and random.Random against call sequences recorded from real NumPy (1.24 and 2.x
 * agree) and CPython by test/fixtures/legacy/generate.py. Calls that go through libm are exact
 * only once src/core/math is glibc-exact (issue 4): until then their mismatches are counted and
 * reported, and the test is marked pending instead of loosened.
 */
import * as assert from 'assert';
import { PyError } from '../../src/core/errors';
import { RandomState } from '../../src/core/legacy/randomstate';
import { EXACT } from '../../src/core/math';
import { callMethod, MethodTable } from '../../src/core/methods';
import { parseLiteral } from '../../src/core/pyliteral';
import { Random } from '../../src/core/pyrandom/random';
import { readFixture } from '../support/fixtures';
import { pyJson } from '../support/pyjson';

const fixture = readFixture('legacy', 'calls.json');

/** The libm functions each method's stream depends on. */
const LIBM: Record<string, string[]> = {
  standard_normal: ['log'], normal: ['log'], standard_exponential: ['log'], exponential: ['log'],
  gauss: ['log', 'cos', 'sin'], normalvariate: ['log', 'exp'], lognormvariate: ['log', 'exp'], expovariate: ['log'],
  vonmisesvariate: ['cos', 'exp', 'acos'], gammavariate: ['log', 'exp', 'pow'], betavariate: ['log', 'exp', 'pow'],
  paretovariate: ['pow'], weibullvariate: ['pow', 'log'], sample: ['log'],
};
const exactNow = (name: string): boolean => (LIBM[name] ?? []).every((f) => EXACT.has(f));

type Call = [string, unknown[], Record<string, unknown>];
interface Case { seed: unknown; calls: Call[]; results: Array<{ value?: unknown; error?: string }> }

function outcome(obj: object, table: MethodTable, [name, args, kwargs]: Call): { value?: unknown; error?: string } {
  try {
    return { value: pyJson(callMethod(obj, table, name, args, kwargs)) };
  } catch (e) {
    if (e instanceof PyError) return { error: e.toPythonString() };
    throw e;
  }
}

function suite(title: string, cases: Case[], make: (seed: unknown) => object, table: MethodTable): void {
  describe(title, () => {
    for (const c of cases) {
      const outcomes = (): Array<{ value?: unknown; error?: string }> => {
        const obj = make(c.seed);
        return c.calls.map((call) => outcome(obj, table, call));
      };
      it(`seed ${JSON.stringify(c.seed)}: every libm-free call is exact`, () => {
        const got = outcomes();
        c.calls.forEach((call, i) => {
          if (LIBM[call[0]] && !exactNow(call[0])) return;
          assert.deepStrictEqual(got[i], c.results[i], `${call[0]}(${JSON.stringify(call[1])}, ${JSON.stringify(call[2])})`);
        });
      });
      it(`seed ${JSON.stringify(c.seed)}: libm-dependent calls`, function () {
        const got = outcomes();
        const pending: string[] = [];
        c.calls.forEach((call, i) => {
          if (!LIBM[call[0]] || exactNow(call[0])) return;
          try { assert.deepStrictEqual(got[i], c.results[i]); } catch { pending.push(call[0]); }
        });
        if (pending.length > 0) {
          console.log(`      libm pending (issue 4): ${pending.length} call(s) differ in the last bit: ${pending.join(', ')}`);
          this.skip();
        }
      });
    }
  });
}

suite('RandomState call sequences (NumPy 1.24 == 2.x)', fixture.legacy, (s) => new RandomState(s), RandomState.methods);
suite('random.Random call sequences (CPython)', fixture.pyrandom, (s) => new Random(parseLiteral(s as string)), Random.methods);

describe('RandomState.shuffle', () => {
  it('shuffles a list exactly as permutation (checked against NumPy above) orders arange', () => {
    const rs = new RandomState(42);
    const x = Array.from({ length: 12 }, (_, i) => i);
    rs.shuffle(x);
    const perm = (new RandomState(42).permutation(12) as { data: BigInt64Array }).data;
    assert.deepStrictEqual(x, Array.from(perm, Number));
  });
});
