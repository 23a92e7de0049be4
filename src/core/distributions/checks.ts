/** Method-level argument checks NumPy runs before the generic parameter constraints (mtrand.pyx, _generator.pyx). */
import { PyError } from '../errors';
import { anyBroadcast, asDoubles } from './params';

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
