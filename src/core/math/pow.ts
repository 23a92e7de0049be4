/**
 * pow as glibc 2.36 computes it on x86-64 with FMA (sysdeps/ieee754/dbl-64/e_pow.c, from ARM's
 * optimized-routines): log(x) to about 68 bits as hi + lo from a 128-entry table, y * log(x)
 * carried exactly into two parts, then exp of the sum. Each fma is one GCC fused in glibc's FMA
 * build (read from its machine code).
 */
import { fromWords, halfGap, highWord, lowWord } from './bits';
import { INVC, LN2_HI, LN2_LO, LOGC, LOGCTAIL, POLY } from './data/pow-log';
import { expInline, expUnfused, NEGATE } from './exp';
import { fmaKernel as fma, productError } from './fma';

const [A0, A1, A2, A3, A4, A5, A6] = POLY;
const OFF = 0x3fe69555; // high word of the table's start

export function pow(x: number, y: number): number {
  let hi = highWord(x);
  let lo = lowWord(x);
  const topx = hi >>> 20;
  const topy = (highWord(y) >>> 20) & 0x7ff;
  let signBias = 0;
  if (topx - 1 >= 0x7fe || topx === 0 || topy - 0x3be >= 0x80 || topy < 0x3be) {
    if (y === 0 || !Number.isFinite(y)) return powSpecialY(x, y);
    if (x === 0 || !Number.isFinite(x)) return powSpecialX(x, y);
    if (x < 0) {
      const yint = integerKind(y);
      if (yint === 0) return NaN;
      if (yint === 1) signBias = NEGATE;
      hi &= 0x7fffffff;
    }
    if (topy - 0x3be >= 0x80 || topy < 0x3be) {
      // |y| < 2^-65 or |y| >= 2^63 (y is even here): 1 + y log x, or an over- or underflow.
      const absx = Math.abs(x);
      if (absx === 1) return 1.0;
      if (topy < 0x3be) return absx > 1 ? 1.0 + y : 1.0 - y;
      return (absx > 1) === (y > 0) ? Infinity : 0;
    }
    if ((hi >>> 20) === 0) {
      // Subnormal |x|: normalise, taking 52 off the exponent.
      const scaled = Math.abs(x) * 2 ** 52;
      hi = highWord(scaled) - (52 << 20);
      lo = lowWord(scaled);
    }
  }
  const fast = powUnfused(hi, lo, y, signBias);
  if (fast === fast) return fast;
  const { logHi, logLo } = logInline(hi, lo);
  const ehi = y * logHi;
  const elo = fma(y, logLo, fma(y, logHi, -ehi));
  return expInline(ehi, elo, signBias);
}

/** Bound on |fused - unfused| of the low part of log x (a few roundings of terms below 2^-20). */
const LOG_LOW_DEVIATION = 2 ** -70;

/**
 * pow with log's and exp's multiply-adds unfused where that cannot change the result: r and the
 * product errors are exact as in the fused code, log x's high part is used only when its rounding
 * is settled, and exp's final rounding is checked against the bounded difference. NaN when unsure.
 */
function powUnfused(hi: number, lo: number, y: number, signBias: number): number {
  const tmpHi = (hi - OFF) | 0;
  const i = (tmpHi >>> 13) & 127;
  const kd = tmpHi >> 20;
  const z = fromWords(hi - (tmpHi & 0xfff00000), lo);
  const invc = INVC[i];
  const zc = z * invc;
  const r = (zc - 1.0) + productError(z, invc, zc); // exact: z/c - 1 is a double
  const t1 = kd * LN2_HI + LOGC[i]; // exact product
  const t2 = t1 + r;
  const lo1 = kd * LN2_LO + LOGCTAIL[i];
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const high = t2 + ar2;
  const lo3 = productError(ar, r, ar2);
  const lo4 = t2 - high + ar2;
  const q = ar2 * ((r * A6 + A5) * ar2 + (r * A4 + A3)) + (r * A2 + A1);
  const low = ar3 * q + (lo1 + lo2 + lo3 + lo4);
  const logHi = high + low;
  const err = (high - logHi) + low; // exact: |high| > |low|
  if (!(Math.abs(err) < halfGap(logHi, err) - LOG_LOW_DEVIATION) || logHi === 0) return NaN;
  const logLo = high - logHi + low;
  const ehi = y * logHi;
  const elo = y * logLo + productError(y, logHi, ehi);
  return expUnfused(ehi, elo, signBias, Math.abs(y) * LOG_LOW_DEVIATION + Math.abs(elo) * 2 ** -51);
}

const logOut = { logHi: 0, logLo: 0 };

/** log of the double with words (hi, lo) as logHi + logLo, about 68 bits in all. */
function logInline(hi: number, lo: number): typeof logOut {
  const tmpHi = (hi - OFF) | 0;
  const i = (tmpHi >>> 13) & 127;
  const kd = tmpHi >> 20;
  const z = fromWords(hi - (tmpHi & 0xfff00000), lo);
  const r = fma(z, INVC[i], -1.0);
  const t1 = fma(kd, LN2_HI, LOGC[i]);
  const t2 = t1 + r;
  const lo1 = fma(kd, LN2_LO, LOGCTAIL[i]);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const high = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - high + ar2;
  const q = fma(ar2, fma(fma(r, A6, A5), ar2, fma(r, A4, A3)), fma(r, A2, A1));
  const low = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const yv = high + low;
  logOut.logHi = yv;
  logOut.logLo = high - yv + low;
  return logOut;
}

/** pow when y is ±0, ±inf or NaN. */
function powSpecialY(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (x === 1) return 1.0;
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  const absx = Math.abs(x);
  if (absx === 1) return 1.0;
  if ((absx < 1) === (y > 0)) return 0.0;
  return y * y;
}

/** pow when x is ±0, ±inf or NaN (and y is finite and nonzero). */
function powSpecialX(x: number, y: number): number {
  let x2 = x * x;
  if (x < 0 || Object.is(x, -0)) {
    if (integerKind(y) === 1) x2 = -x2;
  }
  return y < 0 ? 1 / x2 : x2;
}

/** 0 if y is not an integer, 1 if it is odd, 2 if even (y finite and nonzero). */
function integerKind(y: number): 0 | 1 | 2 {
  if (!Number.isInteger(y)) return 0;
  if (Math.abs(y) >= 2 ** 53) return 2;
  return y % 2 === 0 ? 2 : 1;
}
