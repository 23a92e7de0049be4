/**
 * expm1 as glibc 2.36 (Debian's, with the FMA build backported) computes it on x86-64 with FMA:
 * fdlibm's algorithm (sysdeps/ieee754/dbl-64/s_expm1.c). x = k ln2 + r with r split into hi - lo
 * plus a correction c, a rational approximation of expm1(r), and 2^k put into the exponent bits.
 * Each fma is one GCC fused in glibc's FMA build (read from its machine code).
 */
import { highWord, POW2_NEG } from './bits';
import { addSettled, fmaChecked, fmaKernel as fma } from './fma';

const O_THRESHOLD = 7.09782712893383973096e+02;
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e+00;
// fdlibm's scaled coefficients Q1..Q5 (Q1 exported for the tests that aim at the fast path's checks).
export const Q1 = -3.33333333333331316428e-02;
const Q2 = 1.58730158725481460165e-03;
const Q3 = -7.93650757867487942473e-05;
const Q4 = 4.00821782732936239552e-06;
const Q5 = -2.01099218183624371326e-07;

export function expm1(x: number): number {
  const word = highWord(x);
  const negative = (word & 0x80000000) !== 0;
  const hx = word & 0x7fffffff;
  if (hx >= 0x4043687a) { // |x| >= 56 ln2
    if (hx >= 0x40862e42) { // |x| >= 709.78
      if (hx >= 0x7ff00000) {
        if (Number.isNaN(x)) return x + x;
        return negative ? -1.0 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return 1e-300 - 1.0;
  }
  let k = 0;
  let c = 0;
  if (hx > 0x3fd62e42) { // |x| > ln2 / 2: reduce
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) { // and |x| < 1.5 ln2
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI; // k * LN2_HI is exact (32 significant bits, |k| < 2^11): the fma's one rounding
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) { // |x| < 2^-54
    return x;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  let r1 = r1Fast(hxs, h2, h4);
  if (r1 !== r1) r1 = fma(h4, fma(hxs, Q5, Q4), fma(h2, fma(hxs, Q3, Q2), fma(hxs, Q1, 1.0)));
  const t = fmaNear(-r1, hfx, 3.0, 2 ** -52);
  let e = hxs * ((r1 - t) / fmaNear(-x, t, 6.0, 2 ** -51));
  let w: number;
  if (k === 0) {
    w = fmaChecked(x, e, -hxs);
    return x - (w === w ? w : fma(x, e, -hxs));
  }
  w = fmaChecked(x, e - c, -c);
  e = w === w ? w : fma(x, e - c, -c);
  e -= hxs;
  // Products by 0.5 and 2 are exact: these fmas are one rounding of the sum.
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? (e - (x + 0.5)) * -2.0 : (x - e) * 2.0 + 1.0;
  if (k <= -2 || k > 56) { // exp(x) - 1 is just exp(x) here, give or take
    const y = 1.0 - (e - x);
    return addExponent(y, k) - 1.0;
  }
  if (k < 20) {
    const t1 = 1.0 - POW2_NEG[k + 1023]; // 1 - 2^-k, exact
    return addExponent(t1 - (e - x), k);
  }
  const t2 = POW2_NEG[k + 1023]; // 2^-k
  return addExponent(x - (e + t2) + 1.0, k);
}

/**
 * fma(a, b, c) when c + ab and c + p (p = ab rounded) stay inside one binade where a double's
 * rounding half-gap is `halfGap` (|x| < 0.35 here: 3 - r1 hfx in [2.8, 3.2], 6 - x t in
 * [4.9, 7.1]). s + err = c + p exactly (Fast2Sum, |c| > |p|), and ab is within 2^-53 |p| of p:
 * when |err| plus that stays below the half-gap, the fused sum rounds to s too. Otherwise the
 * exact fma.
 */
function fmaNear(a: number, b: number, c: number, halfGap: number): number {
  const p = a * b;
  const s = c + p;
  const err = (c - s) + p;
  // Rounding is monotone and halfGap a double: a rounded sum below it means the exact one is.
  if (Math.abs(err) + Math.abs(p) * 2 ** -53 < halfGap) return s;
  return fma(a, b, c);
}

/**
 * r1 = 1 + hxs Q1 + h2 (Q2 + hxs Q3) + h4 (Q4 + hxs Q5), fused as glibc does, from unfused
 * arithmetic; NaN when that cannot be guaranteed (hxs <= 0.061 since |x| < 0.35). Unfused,
 * 1 + hxs Q1 differs from the fused sum only when the product's rounding (<= 2^-53 |hxs Q1|)
 * crosses a rounding boundary of the sum, which addSettled sees. Q2 + hxs Q3 and Q4 + hxs Q5 stay
 * in one binade each ([2^-10, 2^-9), [2^-18, 2^-17)), so unfused they are within two half-ulps
 * plus the product's rounding, 2^-52 relatively, of the fused ones; the products by h2 and h4
 * then within 2^-51.4 of their fused exact values, which d = 2^-49 |p| covers (d / 2) with room.
 */
function r1Fast(hxs: number, h2: number, h4: number): number {
  const p1 = hxs * Q1;
  let s1 = addSettled(1.0, p1, Math.abs(p1) * 2 ** -51);
  if (s1 !== s1) s1 = fma(hxs, Q1, 1.0);
  const p23 = h2 * (hxs * Q3 + Q2);
  const s2 = addSettled(s1, p23, p23 * 2 ** -49);
  const p45 = h4 * (hxs * Q5 + Q4);
  return addSettled(s2, p45, p45 * 2 ** -49); // NaN in, NaN out
}

/**
 * y * 2^k as fdlibm's addition of k to the exponent field: the same exact value, since here the
 * result is normal and finite (k in [-56, 1024], 2^k y near exp(x) <= DBL_MAX). 2^1024 itself is
 * not a double, so that case scales in two exact steps.
 */
function addExponent(y: number, k: number): number {
  return k < 1024 ? y * POW2_NEG[1023 - k] : (y * 2.0) * POW2_NEG[0];
}
