/**
 * exp as glibc 2.36 computes it on x86-64 with FMA (sysdeps/ieee754/dbl-64/e_exp.c, the algorithm
 * of ARM's optimized-routines): x = k ln2/128 + r, exp(x) = 2^(k/128) exp(r), with 2^(k/128)
 * from a table and exp(r) - 1 from a degree-5 polynomial. Each fma below is one GCC fused in
 * glibc's FMA build (read from its machine code); every other operation rounds separately.
 */
import { fromWords, halfGap, highWord, lowWord, POW2_NEG } from './bits';
import { INV_LN2_N, NEG_LN2_HI_N, NEG_LN2_LO_N, POLY, SCALE_HI, SCALE_LO, SHIFT, TAIL } from './data/exp';
import { fma, productError } from './fma';

const C2 = POLY[0];
const C3 = POLY[1];
const C4 = POLY[2];
const C5 = POLY[3];

const TOP_TINY = 0x3c9; // exponent field of 2^-54: below it exp(x) rounds to 1 + x
const TOP_BIG = 0x408; // of 512: from here the scale may over- or underflow
const TOP_HUGE = 0x409; // of 1024: the result surely over- or underflows

/** 2^(i/128): the table's words with the i << 45 glibc takes off them put back. */
const EXP2_FRAC = Float64Array.from({ length: 128 }, (_, i) => fromWords(SCALE_HI[i] + (i << 13), SCALE_LO[i]));

/**
 * ±2^(k/128) for |k/128| < 740, k = ki as int32: glibc adds ki << 45 (and the sign bias) to the
 * table entry's bits, which is exactly EXP2_FRAC[k mod 128] * 2^floor(k/128) here, as the result
 * stays normal. V8 runs the multiplication far faster than rebuilding the double from words.
 */
function scaleOf(idx: number, ki: number, signBias: number): number {
  const scale = EXP2_FRAC[idx] * POW2_NEG[1023 - (ki >> 7)];
  return signBias ? -scale : scale;
}

/** Flips the result's sign in expInline (pow of a negative base to an odd power). */
export const NEGATE = 0x40000;

export function exp(x: number): number {
  if (!Number.isFinite(x)) return x === -Infinity ? 0 : 1.0 + x;
  const abstop = (highWord(x) >>> 20) & 0x7ff;
  if (abstop >= TOP_TINY && abstop < TOP_BIG) {
    const y = expUnfused(x, 0, 0, 0);
    if (y === y) return y; // NaN: the shortcut could not decide
  }
  return expInline(x, 0, 0);
}

/** Bound on |fused - unfused| of tmp: r may move by an ulp (2^-61), the rest by far less; with margin. */
const UNFUSED_DEVIATION = 2 ** -57;

/**
 * ±exp(x + xtail) in the normal range with the multiply-adds unfused, returning NaN when that could
 * change the result: k's rounding near a half-integer, the argument outside the normal range, or a
 * final rounding decided with too little room. `argDev` bounds how far the caller's x + xtail may
 * be from the one glibc computed (pow's).
 */
export function expUnfused(x: number, xtail: number, signBias: number, argDev: number): number {
  const abstop = (highWord(x) >>> 20) & 0x7ff;
  if (abstop < TOP_TINY || abstop >= TOP_BIG) return NaN;
  const z = INV_LN2_N * x;
  const kdShifted = z + SHIFT;
  const kd = kdShifted - SHIFT;
  if (Math.abs(Math.abs(z - kd) - 0.5) < 2 ** -30) return NaN; // fused rounding of k might differ
  const ki = lowWord(kdShifted);
  const r = ((kd * NEG_LN2_HI_N + x) + kd * NEG_LN2_LO_N) + xtail; // the first product is exact
  const idx = ki & 127;
  const scale = scaleOf(idx, ki, signBias);
  const r2 = r * r;
  const tmp = (TAIL[idx] + r) + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
  // scale * tmp = P + E exactly; scale + P = s + t exactly; the result rounds s + (t + E).
  const P = scale * tmp;
  const E = productError(scale, tmp, P);
  const s = scale + P;
  const t = (scale - s) + P; // exact: |scale| > |P|
  const rest = t + E;
  const y = s + rest;
  const err = (s - y) + rest;
  const slack = Math.abs(scale) * (UNFUSED_DEVIATION + argDev) + Math.abs(rest) * 2 ** -52;
  return Math.abs(err) < halfGap(y, err) - slack ? y : NaN;
}

/** ±exp(x + xtail) for finite x, |xtail| tiny; the shared core of exp and pow. */
export function expInline(x: number, xtail: number, signBias: number): number {
  const abstop = (highWord(x) >>> 20) & 0x7ff;
  let special = false;
  if (abstop < TOP_TINY || abstop >= TOP_BIG) {
    if (abstop < TOP_TINY) return signBias ? -(1.0 + x) : 1.0 + x;
    if (abstop >= TOP_HUGE) {
      const r = x < 0 ? 0 : Infinity;
      return signBias ? -r : r;
    }
    special = true;
  }
  // Rounding to an integer by adding 1.5 * 2^52: k sits in the low bits of kd.
  let kd = fma(x, INV_LN2_N, SHIFT);
  const ki = lowWord(kd);
  kd -= SHIFT;
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x)) + xtail;
  const idx = ki & 127;
  // scale = 2^(k/128) up to the tail: the table's bits plus k/128 in the exponent field.
  const scaleHi = SCALE_HI[idx] + ((ki + signBias) << 13);
  const r2 = r * r;
  const p23 = fma(r, C3, C2);
  const p45 = fma(r, C5, C4);
  const tmp = fma(r2 * r2, p45, fma(p23, r2, TAIL[idx] + r));
  if (special) return specialCase(tmp, scaleHi, SCALE_LO[idx], ki);
  const scale = scaleOf(idx, ki, signBias);
  return fma(scale, tmp, scale);
}

/** scale * (1 + tmp) where scale's exponent field may have over- or underflowed. */
function specialCase(tmp: number, hi: number, lo: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    const scale = fromWords(hi - (1009 << 20), lo);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  const scale = fromWords(hi + (1022 << 20), lo);
  const st = scale * tmp;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    // Round to the subnormal precision once, not twice.
    const one = y < 0 ? -1.0 : 1.0;
    let low = scale - y + st;
    const high = one + y;
    low = one - high + y + low;
    y = high + low - one;
    if (y === 0) y = scale < 0 ? -0 : 0;
  }
  return 2 ** -1022 * y;
}
