/**
 * powf as glibc 2.36 computes it on x86-64 with FMA (sysdeps/ieee754/flt-32/e_powf.c, from ARM's
 * optimized-routines): in double, log2(x) from a 16-entry table and a degree-5 polynomial, times
 * y, then 2^(y log2 x) as in expf; one rounding to float. Each fmaKernel is one fused
 * multiply-add of glibc's FMA build (read from __powf_fma's machine code); y * log2(x) and the
 * exp2 argument reduction are not fused. The main path runs unfused first and keeps its float
 * when the rounding is decided with room to spare (powfUnfused).
 */
import { floatBits, floatHalfGap, fromFloatBits, fromWords, highWord, lowWord } from './bits';
import { POLY as EXP2_POLY, SHIFT_SCALED, TAB_HI, TAB_LO } from './data/expf';
import { INVC, LOGC, MAY_UNDERFLOW, OVERFLOW, POLY, TOP_CHECK, UNDERFLOW } from './data/powf';
import { fmaKernel } from './fma';

const [A0, A1, A2, A3, A4] = POLY;
const [C0, C1, C2] = EXP2_POLY;
const OFF = 0x3f330000;
const SIGN_BIAS = 1 << 16; // 1 << (EXP2F_TABLE_BITS + 11): flips the sign once shifted by 47
const TOP_CHECK_BITS = (highWord(TOP_CHECK) >>> 15) & 0xffff; // asuint64(126.0) >> 47

/** log2 of the float with bits ix (a subnormal normalized to a negative biased exponent). */
function log2Inline(ix: number): number {
  const tmp = (ix - OFF) >>> 0;
  const i = (tmp >>> 19) & 15;
  const top = (tmp & 0xff800000) >>> 0;
  const z = fromFloatBits(ix - top);
  const k = (top | 0) >> 23;
  const r = fmaKernel(z, INVC[i], -1);
  const y0 = LOGC[i] + k;
  const r2 = r * r;
  const y = fmaKernel(r, A0, A1);
  const p = fmaKernel(r, A2, A3);
  const r4 = r2 * r2;
  let q = fmaKernel(r, A4, y0);
  q = fmaKernel(r2, p, q);
  return fmaKernel(y, r4, q);
}

/** ±2^xd rounded to float, |xd| < 150; signBias is 0 or SIGN_BIAS. */
function exp2Inline(xd: number, signBias: number): number {
  let kd = xd + SHIFT_SCALED;
  const ki = lowWord(kd);
  kd -= SHIFT_SCALED;
  const r = xd - kd;
  const idx = ki & 31;
  const s = fromWords(TAB_HI[idx] + ((ki + signBias) << 15), TAB_LO[idx]);
  const z = fmaKernel(r, C0, C1);
  const r2 = r * r;
  let y = fmaKernel(r, C2, 1);
  y = fmaKernel(z, r2, y);
  return Math.fround(y * s);
}

/** Bound on |fused - unfused| of log2(x) relative to |log2(c) + k| + |r| (see logf's), with margin. */
const LOG_DEVIATION = 2 ** -45;
/** Bound on the relative deviation the unfused exp2 polynomial adds (three roundings of terms below 1.1). */
const POLY_DEVIATION = 2 ** -49;
const HALF_STEP = 1 / 64; // half of exp2's table step 1/N

/**
 * x^y with every multiply-add unfused, for the main path (|y log2 x| < 125): the float it rounds
 * to when the double is farther from a float rounding boundary than the fused and unfused
 * evaluations can differ, else NaN (also when exp2's k could round differently).
 */
function powfUnfused(ix: number, y: number, signBias: number): number {
  const tmp = (ix - OFF) >>> 0;
  const i = (tmp >>> 19) & 15;
  const top = (tmp & 0xff800000) >>> 0;
  const z = fromFloatBits(ix - top);
  const k = (top | 0) >> 23;
  const r = z * INVC[i] - 1;
  const y0 = LOGC[i] + k;
  const r2 = r * r;
  const logx = (r * A0 + A1) * (r2 * r2) + ((r * A2 + A3) * r2 + (r * A4 + y0));
  const ylogx = y * logx;
  if (!(Math.abs(ylogx) < 125)) return NaN;
  const dev = Math.abs(y) * (Math.abs(y0) + Math.abs(r)) * LOG_DEVIATION + Math.abs(ylogx) * 2 ** -51;
  let kd = ylogx + SHIFT_SCALED;
  const ki = lowWord(kd);
  kd -= SHIFT_SCALED;
  const rr = ylogx - kd;
  if (Math.abs(Math.abs(rr) - HALF_STEP) <= dev + 2 ** -60) return NaN;
  const idx = ki & 31;
  const sc = fromWords(TAB_HI[idx] + ((ki + signBias) << 15), TAB_LO[idx]);
  const v = ((rr * C0 + C1) * (rr * rr) + (rr * C2 + 1)) * sc;
  const f = Math.fround(v);
  return Math.abs(v - f) < floatHalfGap(f, v - f) - Math.abs(v) * (dev + POLY_DEVIATION) ? f : NaN;
}

/** 0 if the float with bits iy is not an integer, 1 if odd, 2 if even. */
function checkint(iy: number): number {
  const e = (iy >>> 23) & 0xff;
  if (e < 0x7f) return 0;
  if (e > 0x7f + 23) return 2;
  if (iy & ((1 << (0x7f + 23 - e)) - 1)) return 0;
  if (iy & (1 << (0x7f + 23 - e))) return 1;
  return 2;
}

/** True for ±0, ±inf and NaN. */
function zeroinfnan(i: number): boolean {
  return ((2 * i - 1) >>> 0) >= 2 * 0x7f800000 - 1;
}

/** x^y for floats x and y (JS numbers holding float32 values), rounded to float. */
export function powf(x: number, y: number): number {
  return powfImpl(x, y, true);
}

/** powf without the unfused shortcut: every value through the exactly emulated fused path (for the tests). */
export function powfFused(x: number, y: number): number {
  return powfImpl(x, y, false);
}

function powfImpl(x: number, y: number, shortcut: boolean): number {
  let signBias = 0;
  let ix = floatBits(x);
  const iy = floatBits(y);
  if (((ix - 0x00800000) >>> 0) >= 0x7f800000 - 0x00800000 || zeroinfnan(iy)) {
    // x < 0x1p-126, inf or NaN, or y is 0, inf or NaN.
    if (zeroinfnan(iy)) {
      if (((2 * iy) >>> 0) === 0) return 1;
      if (ix === 0x3f800000) return 1;
      if (((2 * ix) >>> 0) > 2 * 0x7f800000 || ((2 * iy) >>> 0) > 2 * 0x7f800000) return x + y;
      if (((2 * ix) >>> 0) === 2 * 0x3f800000) return 1;
      if ((((2 * ix) >>> 0) < 2 * 0x3f800000) === !(iy & 0x80000000)) return 0; // |x|<1 && y==inf or |x|>1 && y==-inf
      return y * y;
    }
    if (zeroinfnan(ix)) {
      let x2 = Math.fround(x * x);
      let negative = false;
      if ((ix & 0x80000000) !== 0 && checkint(iy) === 1) {
        x2 = -x2;
        negative = true;
      }
      if (((2 * ix) >>> 0) === 0 && (iy & 0x80000000) !== 0) return negative ? -Infinity : Infinity; // __math_divzerof
      return (iy & 0x80000000) !== 0 ? Math.fround(1 / x2) : x2;
    }
    // x and y are non-zero finite.
    if ((ix & 0x80000000) !== 0) {
      const yint = checkint(iy);
      if (yint === 0) return NaN;
      if (yint === 1) signBias = SIGN_BIAS;
      ix &= 0x7fffffff;
    }
    if (ix < 0x00800000) {
      // Normalize a subnormal x so the exponent becomes negative.
      ix = floatBits(x * 2 ** 23) & 0x7fffffff;
      ix = (ix - (23 << 23)) >>> 0;
    }
  }
  if (shortcut) {
    const fast = powfUnfused(ix, y, signBias);
    if (fast === fast) return fast; // NaN: the shortcut could not decide
  }
  const logx = log2Inline(ix);
  const ylogx = y * logx;
  if (((highWord(ylogx) >>> 15) & 0xffff) >= TOP_CHECK_BITS) {
    // |y log2 x| >= 126.
    if (ylogx > OVERFLOW) return signBias ? -Infinity : Infinity;
    if (ylogx <= UNDERFLOW) return signBias ? -0 : 0;
    if (ylogx < MAY_UNDERFLOW) return signBias ? -(2 ** -149) : 2 ** -149; // __math_may_uflowf
  }
  return exp2Inline(ylogx, signBias);
}
