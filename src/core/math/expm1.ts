/**
 * expm1 as glibc 2.36 (Debian's, with the FMA build backported) computes it on x86-64 with FMA:
 * fdlibm's algorithm (sysdeps/ieee754/dbl-64/s_expm1.c). x = k ln2 + r with r split into hi - lo
 * plus a correction c, a rational approximation of expm1(r), and 2^k put into the exponent bits.
 * Each fma is one GCC fused in glibc's FMA build (read from its machine code).
 */
import { fromWords, highWord, lowWord } from './bits';
import { fmaKernel as fma } from './fma';

const O_THRESHOLD = 7.09782712893383973096e+02;
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e+00;
// fdlibm's scaled coefficients Q1..Q5.
const Q1 = -3.33333333333331316428e-02;
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
      hi = fma(-k, LN2_HI, x); // exact
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
  const r1 = fma(h4, fma(hxs, Q5, Q4), fma(h2, fma(hxs, Q3, Q2), fma(hxs, Q1, 1.0)));
  const t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) return x < -0.25 ? (e - (x + 0.5)) * -2.0 : fma(x - e, 2.0, 1.0);
  if (k <= -2 || k > 56) { // exp(x) - 1 is just exp(x) here, give or take
    const y = 1.0 - (e - x);
    return addExponent(y, k) - 1.0;
  }
  if (k < 20) {
    const t1 = fromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2^-k
    return addExponent(t1 - (e - x), k);
  }
  const t2 = fromWords((0x3ff - k) << 20, 0); // 2^-k
  return addExponent(x - (e + t2) + 1.0, k);
}

/** y * 2^k by adding k to the exponent field (no overflow checks, as in fdlibm). */
function addExponent(y: number, k: number): number {
  return fromWords(highWord(y) + (k << 20), lowWord(y));
}
