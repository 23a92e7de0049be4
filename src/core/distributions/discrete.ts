/**
 * Discrete distributions of NumPy's src/distributions (Generator) and the frozen legacy copies
 * RandomState keeps (src/legacy/legacy-distributions.c), side by side where they differ.
 */
import { BitSource } from '../bitgen/bitgenerator';
import { standardExponential } from '../generator/ziggurat';
import { randomInterval } from '../legacy/shuffle';
import { exp, expm1, log, log1p, pow } from '../math';
import { LOG_FACTORIAL } from './data/logfactorial';
import { loggam, poisson } from './poisson';

const INT64_MAX = 2 ** 63; // as a double: the smallest double above INT64_MAX
const RAND_INT_MAX = 2 ** 63; // (double)INT64_MAX rounds up to 2^63

/** Counting trials until the first success (p >= 1/3). */
export function geometricSearch(src: BitSource, p: number): number {
  let X = 1;
  let sum = p;
  let prod = p;
  const q = 1.0 - p;
  const U = src.nextDouble();
  while (U > sum) {
    prod *= q;
    sum += prod;
    X++;
  }
  return X;
}

export function geometric(src: BitSource, p: number): number | bigint {
  if (p >= 1 / 3) return geometricSearch(src, p);
  const z = Math.ceil(-standardExponential(src) / log1p(-p));
  return z >= INT64_MAX ? 2n ** 63n - 1n : z; // saturates at INT64_MAX
}

export function legacyGeometric(src: BitSource, p: number): number {
  if (p >= 1 / 3) return geometricSearch(src, p);
  return Math.ceil(log1p(-src.nextDouble()) / log(1 - p));
}

export function zipf(src: BitSource, a: number): number {
  if (a >= 1025) return 1; // b would overflow; P(X > 1) < 3e-309
  const am1 = a - 1.0;
  const b = pow(2.0, am1);
  const Umin = pow(RAND_INT_MAX, -am1);
  for (;;) {
    const U01 = src.nextDouble();
    const U = U01 * Umin + (1 - U01);
    const V = src.nextDouble();
    const X = Math.floor(pow(U, -1.0 / am1));
    if (X > RAND_INT_MAX || X < 1.0) continue;
    const T = pow(1.0 + 1.0 / X, am1);
    if (V * X * (T - 1.0) / (b - 1.0) <= T / b) return X;
  }
}

export function legacyZipf(src: BitSource, a: number): number {
  const am1 = a - 1.0;
  const b = pow(2.0, am1);
  for (;;) {
    const U = 1.0 - src.nextDouble();
    const V = src.nextDouble();
    const X = Math.floor(pow(U, -1.0 / am1));
    if (X > RAND_INT_MAX || X < 1.0) continue;
    const T = pow(1.0 + 1.0 / X, am1);
    if (V * X * (T - 1.0) / (b - 1.0) <= T / b) return X;
  }
}

/** Kemp's logarithmic-series sampler; `legacy` keeps RandomState's log/exp in place of log1p/expm1. */
export function logseries(src: BitSource, p: number, legacy = false): number {
  const r = legacy ? log(1.0 - p) : log1p(-p);
  for (;;) {
    const V = src.nextDouble();
    if (V >= p) return 1;
    const U = src.nextDouble();
    const q = legacy ? 1.0 - exp(r * U) : -expm1(r * U);
    if (V <= q * q) {
      const result = Math.floor(1 + log(V) / log(q));
      if (result < 1 || V === 0.0) continue;
      return result;
    }
    return V >= q ? 1 : 2;
  }
}

export function logFactorial(k: number): number {
  if (k < LOG_FACTORIAL.length) return LOG_FACTORIAL[k];
  const halfLn2Pi = 0.9189385332046728;
  return (k + 0.5) * log(k) - k + (halfLn2Pi + (1.0 / k) * (1 / 12.0 - 1 / (360.0 * k * k)));
}

const D1 = 1.7155277699214135; // 2 sqrt(2/e)
const D2 = 0.8989161620588988; // 3 - 2 sqrt(3/e)

/** Generator's hypergeometric: HRUA (Stadlober's ratio of uniforms) for large samples, else direct sampling. */
export function hypergeometric(src: BitSource, good: number, bad: number, sample: number): number {
  if (sample >= 10 && sample <= good + bad - 10) return hrua(src, good, bad, sample, logFactorial);
  const total = good + bad;
  const computed = sample > Math.floor(total / 2) ? total - sample : sample;
  let remainingTotal = total;
  let remainingGood = good;
  let left = computed;
  while (left > 0 && remainingGood > 0 && remainingTotal > remainingGood) {
    --remainingTotal;
    if (randomInterval(src, remainingTotal) < remainingGood) --remainingGood;
    --left;
  }
  if (remainingTotal === remainingGood) remainingGood -= left;
  return sample > Math.floor(total / 2) ? remainingGood : good - remainingGood;
}

/** RandomState's hypergeometric: HRUA with loggam above 10 draws, HYP below. */
export function legacyHypergeometric(src: BitSource, good: number, bad: number, sample: number): number {
  if (sample > 10) return hruaLegacy(src, good, bad, sample);
  if (sample <= 0) return 0;
  const d1 = bad + good - sample;
  const d2 = Math.min(bad, good);
  let y = d2;
  let k = sample;
  while (y > 0.0) {
    const u = src.nextDouble();
    y -= Math.floor(u + y / (d1 + k));
    k--;
    if (k === 0) break;
  }
  let z = Math.trunc(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

function hrua(src: BitSource, good: number, bad: number, sample: number, lf: (k: number) => number): number {
  const popsize = good + bad;
  const computed = Math.min(sample, popsize - sample);
  const mingoodbad = Math.min(good, bad);
  const maxgoodbad = Math.max(good, bad);
  const p = mingoodbad / popsize;
  const q = maxgoodbad / popsize;
  const mu = computed * p;
  const a = mu + 0.5;
  const variance = (popsize - computed) * computed * p * q / (popsize - 1);
  const c = Math.sqrt(variance + 0.5);
  const h = D1 * c + D2;
  const m = Math.floor((computed + 1) * (mingoodbad + 1) / (popsize + 2));
  const g = lf(m) + lf(mingoodbad - m) + lf(computed - m) + lf(maxgoodbad - computed + m);
  const b = Math.min(Math.min(computed, mingoodbad) + 1, Math.floor(a + 16 * c));
  let K: number;
  for (;;) {
    const U = src.nextDouble();
    const V = src.nextDouble();
    const X = a + h * (V - 0.5) / U;
    if (X < 0.0 || X >= b) continue;
    K = Math.floor(X);
    const gp = lf(K) + lf(mingoodbad - K) + lf(computed - K) + lf(maxgoodbad - computed + K);
    const T = g - gp;
    if (U * (4.0 - U) - 3.0 <= T) break;
    if (U * (U - T) >= 1) continue;
    if (2.0 * log(U) <= T) break;
  }
  if (good > bad) K = computed - K;
  if (computed < sample) K = good - K;
  return K;
}

function hruaLegacy(src: BitSource, good: number, bad: number, sample: number): number {
  const mingoodbad = Math.min(good, bad);
  const popsize = good + bad;
  const maxgoodbad = Math.max(good, bad);
  const m = Math.min(sample, popsize - sample);
  const d4 = mingoodbad / popsize;
  const d5 = 1.0 - d4;
  const d6 = m * d4 + 0.5;
  const d7 = Math.sqrt((popsize - m) * sample * d4 * d5 / (popsize - 1) + 0.5);
  const d8 = D1 * d7 + D2;
  const d9 = Math.floor((m + 1) * (mingoodbad + 1) / (popsize + 2));
  const d10 = loggam(d9 + 1) + loggam(mingoodbad - d9 + 1) + loggam(m - d9 + 1) + loggam(maxgoodbad - m + d9 + 1);
  const d11 = Math.min(Math.min(m, mingoodbad) + 1.0, Math.floor(d6 + 16 * d7));
  let Z: number;
  for (;;) {
    const X = src.nextDouble();
    const Y = src.nextDouble();
    const W = d6 + d8 * (Y - 0.5) / X;
    if (W < 0.0 || W >= d11) continue;
    Z = Math.floor(W);
    const T = d10 - (loggam(Z + 1) + loggam(mingoodbad - Z + 1) + loggam(m - Z + 1) + loggam(maxgoodbad - m + Z + 1));
    if (X * (4.0 - X) - 3.0 <= T) break;
    if (X * (X - T) >= 1) continue;
    if (2.0 * log(X) <= T) break;
  }
  if (good > bad) Z = m - Z;
  if (m < sample) Z = good - Z;
  return Z;
}

/** Gamma-Poisson mixture; the gamma draw is the caller's (ziggurat or legacy). */
export function negativeBinomial(src: BitSource, gammaDraw: number): number {
  return poisson(src, gammaDraw);
}
