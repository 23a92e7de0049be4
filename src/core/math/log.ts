/**
 * log as glibc 2.36 computes it on x86-64 with FMA (sysdeps/ieee754/dbl-64/e_log.c, from ARM's
 * optimized-routines). Near 1 a degree-11 polynomial in r = x - 1 with r^2/2 split exactly;
 * elsewhere x = 2^k z, z/c - 1 = r from a 128-entry table, and log1p(r) - r by polynomial.
 * Each fma is one GCC fused in glibc's FMA build (read from its machine code).
 */
import { halfGap, highWord, POW2_NEG } from './bits';
import { INVC, LN2_HI, LN2_LO, LOGC, POLY, POLY1 } from './data/log';
import { fma, productError } from './fma';

const [A0, A1, A2, A3, A4] = POLY;
const [B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10] = POLY1;

const NEAR1_LO = 0x3fee0000; // high word of 1 - 2^-4
const NEAR1_HI = 0x3ff10900; // of 1 + 0x1.09p-4
const OFF = 0x3fe60000; // high word of the table's start, 0x1.6p-1

export function log(x: number): number {
  let hi = highWord(x);
  if (hi >= NEAR1_LO && hi < NEAR1_HI) {
    if (x === 1) return 0;
    const y = logNear1Fast(x - 1.0);
    return y === y ? y : logNear1(x - 1.0);
  }
  const top = hi >>> 16;
  let xn = x; // x, or x * 2^52 when subnormal
  let shift = 0;
  if (top < 0x0010 || top >= 0x7ff0) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (top & 0x8000 || (top & 0x7ff0) === 0x7ff0) return NaN;
    // Subnormal: scale into the normal range, then take 52 off the exponent.
    xn = x * 2 ** 52;
    shift = 52;
    hi = highWord(xn) - (52 << 20);
  }
  const tmpHi = (hi - OFF) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  // z = x 2^-k, glibc's exponent-field subtraction as an exact multiplication by a power of two
  // (z is normal; k + shift + 1023 is in [1, 2047], k = 1024 near the top of the range).
  const z = xn * POW2_NEG[k + shift + 1023];
  const invc = INVC[i];
  const kd = k;

  // r = fma(z, invc, -1) without the general emulation: z * invc = p + e exactly (Dekker), and
  // p - 1 is exact (p is within 2^-7 of 1), so one rounding of (p - 1) + e is the fused result.
  const p = z * invc;
  const r = (p - 1.0) + productError(z, invc, p);
  // kd * LN2_HI is exact (LN2_HI has 42 significant bits, |k| < 2^11), so this fma rounds once anyway.
  const w = kd * LN2_HI + LOGC[i];
  const high = w + r;
  const tail = w - high + r;
  // The remaining fmas only move the low part by far less than an ulp of the result: evaluate
  // them unfused and keep the result when its rounding is decided with room to spare.
  const r2 = r * r;
  const r3 = r * r2;
  const low = kd * LN2_LO + tail;
  const poly = (r * A4 + A3) * r2 + (r * A2 + A1);
  const small = r3 * poly + (r2 * A0 + low);
  const y = high + small;
  const err = (high - y) + small; // exact: |high| > |small|
  // Settled when y + err +- the deviation both round to y (rounding is monotone): two additions
  // in place of halfGap's bit access. Sound because |err| <= 2^-44 (|y| < 746), so err +- 2^-62
  // is rounded by at most 2^-97, far inside UNFUSED_DEVIATION's margin over the true 2^-66.
  if (y + (err + UNFUSED_DEVIATION) === y && y + (err - UNFUSED_DEVIATION) === y) return y;
  const lowF = fma(kd, LN2_LO, tail);
  const pF = fma(fma(r, A4, A3), r2, fma(r, A2, A1));
  return fma(r3, pF, fma(r2, A0, lowF)) + high;
}

/** Bound on |fused - unfused| of the low part (8 roundings of at most 2^-69 each), with margin. */
const UNFUSED_DEVIATION = 2 ** -62;

/**
 * logNear1's value with the multiply-adds unfused, or NaN when that could change the result.
 * rhi, high and the first low take products by 2^27 and by B0 = -0.5 of the exact rhi^2: those
 * fmas are plain operations. The rest only forms L = poly r^3 + low, added to high (|L| < |r|/300)
 * in the last rounding. Unfused, poly (about 1/3, no cancellation) is within 2^-51.8 of the fused
 * one (a few roundings of terms below 1/2), so |L - L'| < 2^-49.7 |poly r^3| + 2^-51 |low| +
 * 2^-53 |B0 rlo (rhi + r)| (the products' and sums' own roundings included): dev bounds it.
 */
function logNear1Fast(r: number): number {
  const r2 = r * r;
  const r3 = r * r2;
  const p123 = r2 * B3 + (r * B2 + B1);
  const p456 = r2 * B6 + (r * B5 + B4);
  const p78910 = r3 * B10 + (r2 * B9 + (r * B8 + B7));
  const poly = (p78910 * r3 + p456) * r3 + p123;
  const w = r * 2 ** 27;
  const rhi = (r + w) - w;
  const rlo = r - rhi;
  const rhi2B0 = rhi * rhi * B0;
  const high = r + rhi2B0;
  const corr = B0 * rlo * (rhi + r);
  const low = corr + ((r - high) + rhi2B0);
  const polyR3 = poly * r3;
  const L = polyR3 + low;
  const y = high + L;
  const err = (high - y) + L; // exact: |high| > |L|
  const dev = (Math.abs(polyR3) + Math.abs(low) + Math.abs(corr)) * 2 ** -48;
  return Math.abs(err) < halfGap(y, err) - dev ? y : NaN;
}

/** log(1 + r) for |r| < 0x1.09p-4: a polynomial, with r + B0 r^2 carried in two parts. */
function logNear1(r: number): number {
  const r2 = r * r;
  const r3 = r * r2;
  const p123 = fma(r2, B3, fma(r, B2, B1));
  const p456 = fma(r2, B6, fma(r, B5, B4));
  const p78910 = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
  const poly = fma(fma(p78910, r3, p456), r3, p123);
  // rhi is r with its low 27 bits cleared, so rhi * rhi is exact.
  const rhi = fma(-(2 ** 27), r, fma(r, 2 ** 27, r));
  const rlo = r - rhi;
  const rhi2 = rhi * rhi;
  const high = fma(rhi2, B0, r);
  let low = fma(rhi2, B0, r - high);
  low = fma(B0 * rlo, rhi + r, low);
  return fma(poly, r3, low) + high;
}
