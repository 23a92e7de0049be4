/** NumPy's legacy normal and exponential draws (src/legacy/legacy-distributions.c). */
import { BitSource } from '../bitgen/bitgenerator';
import { log } from '../math';

/** The polar method's spare value lives on the RandomState (`has_gauss`, `gauss`). */
export interface GaussCache {
  hasGauss: number;
  gauss: number;
}

/** legacy_gauss: Marsaglia's polar method; returns f*x2 and caches f*x1. */
export function legacyGauss(bg: BitSource, cache: GaussCache): number {
  if (cache.hasGauss) {
    const t = cache.gauss;
    cache.hasGauss = 0;
    cache.gauss = 0;
    return t;
  }
  let x1: number, x2: number, r2: number;
  do {
    x1 = 2 * bg.nextDouble() - 1;
    x2 = 2 * bg.nextDouble() - 1;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1 || r2 === 0);
  const f = Math.sqrt((-2 * log(r2)) / r2);
  cache.gauss = f * x1;
  cache.hasGauss = 1;
  return f * x2;
}

/** legacy_standard_exponential: -log(1 - U). */
export function legacyStandardExponential(bg: BitSource): number {
  return -log(1 - bg.nextDouble());
}
