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

/** A bit source that can fill doubles in bulk, exactly as repeated nextDouble() calls (MT19937's WebAssembly loop). */
export interface BulkDoubles extends BitSource {
  fillDoubles(out: Float64Array, start?: number, end?: number): void;
}

const PAIRS_PER_ROUND = 4096;
const uniforms = new Float64Array(2 * PAIRS_PER_ROUND);

/**
 * out[i] = legacyGauss(bg, cache) for each i in order, with the uniforms drawn in bulk. Each round
 * draws two uniforms for each pair still missing: a polar iteration takes exactly two and yields
 * at most one pair, so no uniform is drawn that the one-at-a-time loop would not have drawn.
 */
export function fillLegacyGauss(bg: BulkDoubles, cache: GaussCache, out: Float64Array): void {
  const n = out.length;
  let i = 0;
  if (n > 0 && cache.hasGauss) {
    out[i++] = cache.gauss;
    cache.hasGauss = 0;
    cache.gauss = 0;
  }
  let pairs = Math.ceil((n - i) / 2);
  while (pairs > 0) {
    const tries = Math.min(pairs, PAIRS_PER_ROUND);
    bg.fillDoubles(uniforms, 0, 2 * tries);
    for (let j = 0; j < 2 * tries; j += 2) {
      const x1 = 2 * uniforms[j] - 1;
      const x2 = 2 * uniforms[j + 1] - 1;
      const r2 = x1 * x1 + x2 * x2;
      if (r2 >= 1 || r2 === 0) continue;
      const f = Math.sqrt((-2 * log(r2)) / r2);
      out[i++] = f * x2;
      if (i < n) {
        out[i++] = f * x1;
      } else { // odd count: the spare is cached, as legacyGauss leaves it
        cache.gauss = f * x1;
        cache.hasGauss = 1;
      }
      pairs--;
    }
  }
}

/** legacy_standard_exponential: -log(1 - U). */
export function legacyStandardExponential(bg: BitSource): number {
  return -log(1 - bg.nextDouble());
}
