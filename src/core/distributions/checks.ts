/** NumPy's argument checks for the discrete distributions both APIs share (_common.pyx). */
import { PyError } from '../errors';
import { anyBroadcast, asDoubles } from './params';

/** POISSON_LAM_MAX = iinfo(int64).max - sqrt(iinfo(int64).max) * 10, in doubles as NumPy computes it. */
const POISSON_LAM_MAX = 2 ** 63 - Math.sqrt(2 ** 63) * 10;

export function checkBinomial(n: number, p: number): void {
  if (n < 0) throw new PyError('ValueError', 'n < 0');
  if (!(p >= 0 && p <= 1)) throw new PyError('ValueError', 'p < 0, p > 1 or p is NaN');
}

export function checkPoisson(lam: number): void {
  if (!(lam >= 0)) throw new PyError('ValueError', 'lam < 0 or lam is NaN');
  if (lam > POISSON_LAM_MAX) throw new PyError('ValueError', 'lam value too large');
}

/** triangular's own checks, run before the parameters are broadcast. */
export function checkTriangular(left: unknown, mode: unknown, right: unknown): void {
  const [l, m, r] = [left, mode, right].map(asDoubles);
  if (anyBroadcast([l, m], ([a, b]) => a > b)) throw new PyError('ValueError', 'left > mode');
  if (anyBroadcast([m, r], ([a, b]) => a > b)) throw new PyError('ValueError', 'mode > right');
  if (anyBroadcast([l, r], ([a, b]) => a === b)) throw new PyError('ValueError', 'left == right');
}

/** hypergeometric's own checks; `max` is Generator's 10**9 limit (null for RandomState). */
export function checkHypergeometric(ngood: unknown, nbad: unknown, nsample: unknown, max: number | null): void {
  const [g, b, s] = [ngood, nbad, nsample].map(asDoubles);
  if (max !== null && (g.data.some((x) => x >= max) || b.data.some((x) => x >= max))) {
    throw new PyError('ValueError', `both ngood and nbad must be less than ${max}`);
  }
  if (anyBroadcast([g, b, s], ([x, y, z]) => x + y < z)) throw new PyError('ValueError', 'ngood + nbad < nsample');
}
