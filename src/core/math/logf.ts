/**
 * logf as glibc 2.36 computes it on x86-64 with FMA (sysdeps/ieee754/flt-32/e_logf.c, from ARM's
 * optimized-routines): in double, x = 2^k z, z/c - 1 = r with 1/c and log(c) from a 16-entry
 * table, log1p(r) by a cubic; one rounding to float. Each fmaKernel is one fused multiply-add of
 * glibc's FMA build (read from __logf_fma's machine code).
 */
import { floatBits, floatHalfGap, fromFloatBits } from './bits';
import { INVC, LN2, LOGC, POLY } from './data/logf';
import { fmaKernel } from './fma';

const [A0, A1, A2] = POLY;
const OFF = 0x3f330000; // bits of the table's start, 0x1.66p-1f

/** log(x) for a float x (a JS number holding a float32 value), rounded to float. */
export function logf(x: number): number {
  return logfImpl(x, true);
}

/** logf without the unfused shortcut: every value through the exactly emulated fused path (for the tests). */
export function logfFused(x: number): number {
  return logfImpl(x, false);
}

function logfImpl(x: number, shortcut: boolean): number {
  let ix = floatBits(x);
  if (ix === 0x3f800000) return 0;
  if (((ix - 0x00800000) >>> 0) >= 0x7f800000 - 0x00800000) {
    // x < 0x1p-126, inf or NaN.
    if (((ix * 2) >>> 0) === 0) return -Infinity;
    if (ix === 0x7f800000) return x;
    if ((ix & 0x80000000) !== 0 || ((ix * 2) >>> 0) >= 0xff000000) return NaN;
    // Subnormal: normalize (the float product is exact).
    ix = (floatBits(x * 2 ** 23) - (23 << 23)) >>> 0;
  }
  const tmp = (ix - OFF) >>> 0;
  const i = (tmp >>> 19) & 15;
  const k = (tmp | 0) >> 23;
  const z = fromFloatBits(ix - (tmp & 0xff800000));
  const invc = INVC[i];
  const logc = LOGC[i];
  // Unfused first: the fused result differs from this one by far less than the slack, so when the
  // double lies farther than that from a float rounding boundary both round to the same float.
  if (shortcut) {
    const ru = z * invc - 1;
    const y0u = k * LN2 + logc;
    const r2u = ru * ru;
    const yu = r2u * (r2u * A0 + (ru * A1 + A2)) + (y0u + ru);
    const fu = Math.fround(yu);
    const slack = (Math.abs(y0u) + Math.abs(ru)) * UNFUSED_DEVIATION;
    if (Math.abs(yu - fu) < floatHalfGap(fu, yu - fu) - slack) return fu;
  }
  const r = fmaKernel(z, invc, -1);
  const y0 = fmaKernel(k, LN2, logc);
  const r2 = r * r;
  let y = fmaKernel(r, A1, A2);
  y = fmaKernel(r2, A0, y);
  return Math.fround(fmaKernel(r2, y, y0 + r));
}

/**
 * Bound on |fused - unfused| relative to |y0| + |r|: about ten roundings of 2^-53 each, on
 * quantities below twice that sum, with a wide margin.
 */
const UNFUSED_DEVIATION = 2 ** -45;
