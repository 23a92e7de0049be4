/**
 * multivariate_normal (RandomState and Generator with svd, eigh, cholesky) against the calls that
 * test/fixtures/legacy/generate.py and test/fixtures/generator/generate.py record (cases from
 * test/fixtures/mvn_cases.py) from NumPy 2.x and, for the same calls, NumPy 1.24.
 *
 * Exact: every error (type and message), every warning, and the probe draw after each call, which
 * pins the state the call left (the normals it consumed, RandomState's cached gauss included).
 *
 * Within a tolerance, and why: the values multiply NumPy's normals by a factor from LAPACK, whose
 * last bits depend on the BLAS/LAPACK build (FMA, summation order). Measured on these very calls,
 * NumPy 1.24.2 (Debian's reference LAPACK) and NumPy 2.4.6 (scipy-openblas) differ by up to about
 * 1e-14 of max|x| (over 800 random covariances: 1.3e-14, with no sign flips). So ours must be
 * within 1e-13 * max|x| of NumPy 2.x, wherever the two builds agree to that.
 * Where they do not (singular covariances whose null space is rounding noise: sqrt(1e-17) = 3e-9
 * times a direction rounding picks; or a singular value of 1e-9 known to 1e-16 absolute), no
 * library can promise NumPy's number: each build adds its own noise. LAPACK's eigenvalues and
 * singular values carry absolute errors up to about n eps ||cov|| (eps = 2^-52), so a null-space
 * direction enters the output with weight sqrt(n eps ||cov||) where the exact answer has 0, while
 * max|x| is about sqrt(||cov||) times the largest normal: relative noise about sqrt(n eps) per
 * direction, on each build. There ours must be within 4 sqrt(n eps) * max|x| of NumPy 2.x (about
 * 1e-7 for n = 4, where the two builds were measured 2.5e-8 apart and ours 3.6e-8 from NumPy 2).
 */
import * as assert from 'assert';
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/core/bitgen';
import { PyError } from '../../src/core/errors';
import { Generator } from '../../src/core/generator/generator';
import { RandomState } from '../../src/core/legacy/randomstate';
import { callMethod, MethodTable } from '../../src/core/methods';
import { withWarnings } from '../../src/core/warnings';
import { NAN_TOKEN, readFixture } from '../support/fixtures';
import { pyJson } from '../support/pyjson';

type Call = [string, unknown[], Record<string, unknown>];
interface Result { value?: unknown; error?: string; warnings?: string[] }
interface MvnCase { seed: unknown; bitgen?: string; calls: Call[]; results: Result[]; results_numpy1?: Result[] }
interface Fixture { numpy: string; numpy1: string | null; mvn: MvnCase[] }

const TOL = 1e-13;
const CTORS: Record<string, new (seed?: unknown) => BitGenerator> = { MT19937, PCG64, PCG64DXSM, Philox, SFC64 };

const decode = (v: unknown): unknown => (v === NAN_TOKEN ? NaN : Array.isArray(v) ? v.map(decode) : v);
const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flat) : [Number(decode(v))]);
const shapeOf = (v: unknown): number[] => (Array.isArray(v) ? [v.length, ...(v.length ? shapeOf(v[0]) : [])] : []);

/** max |a - b| / max |b| (NaN must meet NaN), Infinity when shapes differ. */
function spread(a: unknown, b: unknown): number {
  if (JSON.stringify(shapeOf(a)) !== JSON.stringify(shapeOf(b))) return Infinity;
  const fa = flat(a), fb = flat(b);
  const scale = Math.max(1e-300, ...fb.filter((x) => !Number.isNaN(x)).map(Math.abs));
  let worst = 0;
  for (let i = 0; i < fa.length; i++) {
    if (Number.isNaN(fa[i]) || Number.isNaN(fb[i])) { if (Number.isNaN(fa[i]) !== Number.isNaN(fb[i])) return Infinity; continue; }
    worst = Math.max(worst, Math.abs(fa[i] - fb[i]) / scale);
  }
  return worst;
}

function outcome(obj: object, table: MethodTable, [name, args, kwargs]: Call): Result {
  const { value, warnings } = withWarnings((): Result => {
    try {
      return { value: pyJson(callMethod(obj, table, name, decode(args) as unknown[], kwargs)) };
    } catch (e) {
      if (e instanceof PyError) return { error: e.toPythonString() };
      throw e;
    }
  });
  return name === 'multivariate_normal' ? { ...value, warnings: warnings.map((w) => `${w.category}: ${w.message}`) } : value;
}

/** Largest differences seen, for the report. */
const measured = { vsNumpy2: 0, vsNumpy1: 0, calls: 0, determined: 0, determinedVsNumpy1: 0, buildDependent: 0, buildSpread: 0, buildDependentVsNumpy2: 0 };

/** The rounding noise a singular covariance of order n lets into the output, relative to max|x|. */
const nullSpaceNoise = (n: number): number => 4 * Math.sqrt(n * 2 ** -52);

function runSuite(title: string, fixture: Fixture, make: (c: MvnCase) => object, table: MethodTable): void {
  describe(title, () => {
    for (const c of fixture.mvn) {
      it(`${c.bitgen ?? 'RandomState'} seed ${JSON.stringify(c.seed)}: errors, warnings and the state after each call exact; values within ${TOL} of max|x|`, () => {
        const obj = make(c);
        c.calls.forEach((call, i) => {
          const got = outcome(obj, table, call);
          const want = c.results[i];
          const label = `call ${i}: ${call[0]}(${JSON.stringify(call[1])}, ${JSON.stringify(call[2])})`;
          if (want.error !== undefined || call[0] !== 'multivariate_normal') {
            assert.deepStrictEqual(got, { ...want, ...(want.value !== undefined ? { value: decode(want.value) } : {}) }, label);
            return;
          }
          assert.strictEqual(got.error, undefined, `${label}: ${got.error}`);
          assert.deepStrictEqual(got.warnings, want.warnings, `${label}: warnings`);
          measured.calls++;
          const d2 = spread(got.value, want.value);
          measured.vsNumpy2 = Math.max(measured.vsNumpy2, d2);
          const other = c.results_numpy1?.[i]?.value;
          const builds = other === undefined ? 0 : spread(other, want.value);
          if (other !== undefined) measured.vsNumpy1 = Math.max(measured.vsNumpy1, spread(got.value, other));
          if (builds <= TOL) {
            measured.determined = Math.max(measured.determined, d2);
            if (other !== undefined) measured.determinedVsNumpy1 = Math.max(measured.determinedVsNumpy1, spread(got.value, other));
            assert.ok(d2 <= TOL, `${label}: ${d2} of max|x| from NumPy ${fixture.numpy}`);
          } else {
            measured.buildDependent++;
            const shape = shapeOf(want.value);
            const noise = nullSpaceNoise(shape[shape.length - 1]);
            measured.buildSpread = Math.max(measured.buildSpread, builds);
            measured.buildDependentVsNumpy2 = Math.max(measured.buildDependentVsNumpy2, d2);
            assert.ok(d2 <= noise, `${label}: ${d2} from NumPy 2 (the builds differ by ${builds}; noise bound ${noise})`);
          }
        });
      });
    }
  });
}

const legacy = readFixture<Fixture>('legacy', 'calls.json');
const generator = readFixture<Fixture>('generator', 'calls.json');

describe('multivariate_normal', () => {
  runSuite(`RandomState.multivariate_normal (NumPy ${legacy.numpy}, ${legacy.numpy1 ?? 'no NumPy 1.x'})`, legacy, (c) => new RandomState(decode(c.seed)), RandomState.methods);
  runSuite(`Generator.multivariate_normal (NumPy ${generator.numpy}, ${generator.numpy1 ?? 'no NumPy 1.x'})`, generator, (c) => new Generator(new CTORS[c.bitgen!](c.seed)), Generator.methods);
  after(() => {
    const e = (x: number): string => x.toExponential(2);
    console.log(`      multivariate_normal: ${measured.calls} calls; where the NumPy builds agree to ${TOL}: ours within ${e(measured.determined)} of max|x| from NumPy 2.x, ${e(measured.determinedVsNumpy1)} from NumPy 1.24; over all calls ${e(measured.vsNumpy2)} from NumPy 2.x, ${e(measured.vsNumpy1)} from NumPy 1.24`);
    console.log(`      ${measured.buildDependent} build-dependent calls (singular covariances): NumPy 1.24 vs 2.x up to ${e(measured.buildSpread)}, ours vs NumPy 2.x up to ${e(measured.buildDependentVsNumpy2)}`);
  });
});
