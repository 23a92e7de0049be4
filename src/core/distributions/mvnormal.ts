/**
 * multivariate_normal (numpy/random mtrand.pyx and _generator.pyx): standard normals of shape
 * size + (n,), times a factor of the covariance from numpy.linalg (svd; Generator also eigh and
 * cholesky), plus the mean; NumPy's argument checks, their order and messages, and its
 * positive-semidefinite check with a RuntimeWarning or a ValueError.
 *
 * The factor comes from src/core/linalg, which follows netlib LAPACK 3.11 and the reference BLAS:
 * outputs equal NumPy's bit for bit on that LAPACK (NumPy 1.24 on Debian) and agree to about 1e-14
 * of their magnitude with NumPy on OpenBLAS, whose last bits differ (README, "multivariate_normal
 * and LAPACK"). The stream of normals consumed, the errors and the warnings are NumPy's exactly.
 */
import { PyError } from '../errors';
import { cholesky, eigh, LinAlgError, svd } from '../linalg';
import { NDArray, Size, sizeToShape } from '../ndarray';
import { PyFloat } from '../pyvalues';
import { note } from '../notes';
import { warn } from '../warnings';
import { asDoubles } from './params';

export type MvnMethod = 'svd' | 'eigh' | 'cholesky';

export interface MvnOptions {
  /** 'legacy' (RandomState: svd only, factor sqrt(s)[:, None] * vh) or 'generator'. */
  readonly api: 'legacy' | 'generator';
  readonly method: unknown;
  readonly checkValid: unknown;
  readonly tol: unknown;
}

const NOT_PSD = 'covariance is not symmetric positive-semidefinite.';

/** numpy.linalg's failures as the core's Python errors. */
function linalg<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof LinAlgError) throw new PyError('LinAlgError', e.message);
    throw e;
  }
}

/** np.allclose(a, b, rtol=tol, atol=tol): |a - b| <= tol + tol |b| everywhere, NaN never close. */
function allclose(a: ArrayLike<number>, b: ArrayLike<number>, tol: number): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue; // equal infinities
    if (!(Math.abs(a[i] - b[i]) <= tol + tol * Math.abs(b[i]))) return false;
  }
  return true;
}

/**
 * A value (eigenvalue or singular value) that occurs twice or more, to within GAP of the largest
 * in magnitude, or null. Its vectors are then any basis of a plane or more, and which basis LAPACK
 * returns, in which order, follows the last bits of the BLAS underneath: from 0.5 * np.eye(3) + 0.5
 * NumPy 1.24 on reference LAPACK and NumPy 2 on OpenBLAS return the two vectors of 0.5 in swapped
 * order, so the same seed draws grossly different samples. Values below NEGLIGIBLE of the largest
 * are left out: their square roots barely weigh in the samples.
 */
function repeatedValue(values: ArrayLike<number>): number | null {
  const sorted = Float64Array.from(values).sort();
  const top = Math.max(Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1]));
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i], b = sorted[i + 1];
    if (Math.min(Math.abs(a), Math.abs(b)) > NEGLIGIBLE * top && b - a <= GAP * top) return b;
  }
  return null;
}

const GAP = 1e-8;
const NEGLIGIBLE = 1e-6;

/** Notes the build dependence when `values` (of the n-by-n covariance `a`) repeat and `a` is not diagonal. */
function noteBuildDependence(api: MvnOptions['api'], what: 'singular value' | 'eigenvalue', values: ArrayLike<number>, n: number, a: ArrayLike<number>): void {
  const value = repeatedValue(values);
  if (value === null || isDiagonal(n, a)) return;
  const portable = api === 'legacy' ? "a Generator's multivariate_normal(..., method='cholesky')" : "method='cholesky'";
  const vectors = what === 'eigenvalue' ? 'eigenvectors' : 'singular vectors';
  note(`multivariate_normal: the covariance has a repeated ${what} (${Number(value.toPrecision(6))}), so any basis of its ${vectors} `
    + 'would do, and the one LAPACK picks, with it every sample, depends on the LAPACK/BLAS NumPy was built with. These are reference '
    + `LAPACK's numbers (NumPy 1.24 on Debian gives them bit for bit); NumPy from pip (OpenBLAS) can give others for the same seed. ${portable} `
    + 'gives the same numbers on every build, up to rounding.');
}

/** factor[j * n + k] (samples = mean + factor x): Generator's u * sqrt(s), RandomState's (sqrt(s)[:, None] * vh).T. */
function svdFactor(api: MvnOptions['api'], n: number, u: Float64Array, s: Float64Array, vh: Float64Array): Float64Array {
  const factor = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const r = Math.sqrt(s[k]);
    for (let j = 0; j < n; j++) factor[j * n + k] = api === 'legacy' ? r * vh[k * n + j] : u[j * n + k] * r;
  }
  return factor;
}

/** factor[j * n + k]: Generator's v * sqrt(abs(w)). */
function eighFactor(n: number, w: Float64Array, v: Float64Array): Float64Array {
  const factor = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const r = Math.sqrt(Math.abs(w[k]));
    for (let j = 0; j < n; j++) factor[j * n + k] = v[j * n + k] * r;
  }
  return factor;
}

/** Whether every off-diagonal entry is zero: then no rounding enters the factor, on any build. */
function isDiagonal(n: number, a: ArrayLike<number>): boolean {
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && a[i * n + j] !== 0) return false;
  return true;
}

/**
 * Draws with `normals(shape)` (the API's standard_normal of that shape, row-major) and returns
 * NumPy's multivariate_normal(mean, cov, size, check_valid, tol[, method]).
 */
export function multivariateNormal(normals: (shape: number[]) => Float64Array, mean: unknown, cov: unknown, size: Size, opts: MvnOptions): NDArray<Float64Array> {
  const { api } = opts;
  const method = api === 'legacy' ? 'svd' : opts.method;
  if (method !== 'svd' && method !== 'eigh' && method !== 'cholesky') throw new PyError('ValueError', "method must be one of {'eigh', 'svd', 'cholesky'}");
  const mu = asDoubles(mean);
  const c = asDoubles(cov);
  if (mu.shape.length !== 1) throw new PyError('ValueError', 'mean must be 1 dimensional');
  if (c.shape.length !== 2 || c.shape[0] !== c.shape[1]) throw new PyError('ValueError', 'cov must be 2 dimensional and square');
  const n = mu.shape[0];
  if (n !== c.shape[0]) throw new PyError('ValueError', 'mean and cov must have same length');
  // NumPy takes a non-int size as a sequence: list(size[:])
  if (size instanceof PyFloat || (typeof size === 'number' && !Number.isInteger(size))) throw new PyError('TypeError', "'float' object is unsliceable");
  const shape = size === null || size === undefined ? [] : sizeToShape(size);
  const finalShape = [...shape, n];
  const x = normals(finalShape);
  if (n === 0) throw new PyError('ValueError', 'cannot reshape array of size 0 into shape (0)');
  const tol = Number(opts.tol);
  const a = c.data;
  // factor[j * n + k]: output row r gets out[j] = mean[j] + sum_k x[r][k] * factor[j][k]
  let factor: Float64Array;
  let psd = true;
  const checking = opts.checkValid !== 'ignore' && method !== 'cholesky';
  if (method === 'svd') {
    const { u, s, vh } = linalg(() => svd(n, a));
    if (checking) {
      const rebuilt = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
        let acc = 0;
        for (let k = 0; k < n; k++) acc += vh[k * n + i] * s[k] * vh[k * n + j];
        rebuilt[i * n + j] = acc;
      }
      psd = allclose(rebuilt, a, tol);
    }
    factor = svdFactor(api, n, u, s, vh);
    noteBuildDependence(api, 'singular value', s, n, a);
  } else if (method === 'eigh') {
    const { w, v } = linalg(() => eigh(n, a));
    if (checking) psd = !w.some((ev) => ev < -tol);
    factor = eighFactor(n, w, v);
    noteBuildDependence(api, 'eigenvalue', w, n, a);
  } else {
    factor = linalg(() => cholesky(n, a));
  }
  if (checking) {
    if (opts.checkValid !== 'warn' && opts.checkValid !== 'raise') throw new PyError('ValueError', "check_valid must equal 'warn', 'raise', or 'ignore'");
    if (!psd) {
      if (opts.checkValid === 'warn') warn('RuntimeWarning', NOT_PSD);
      else throw new PyError('ValueError', NOT_PSD);
    }
  }
  const out = new Float64Array(x.length);
  for (let r = 0; r < x.length; r += n) {
    for (let j = 0; j < n; j++) {
      let acc = 0;
      for (let k = 0; k < n; k++) acc += x[r + k] * factor[j * n + k];
      out[r + j] = api === 'legacy' ? acc + mu.data[j] : mu.data[j] + acc;
    }
  }
  return { dtype: 'float64', shape: finalShape, data: out };
}
