/** NumPy's argument checks for the discrete distributions both APIs share (_common.pyx). */
import { PyError } from '../errors';

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
