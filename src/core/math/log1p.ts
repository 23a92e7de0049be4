/**
 * log1p as glibc 2.36 (Debian's, with the FMA build backported) computes it on x86-64 with FMA:
 * fdlibm's algorithm (sysdeps/ieee754/dbl-64/s_log1p.c). 1 + x = 2^k (1 + f) with a correction c
 * for the rounding of 1 + x, then log(1 + f) = f - (hfsq - s (hfsq + R)) with s = f / (2 + f).
 * Each fma is one GCC fused in glibc's FMA build (read from its machine code).
 */
import { highWord, POW2_NEG } from './bits';
import { addSettled, fmaKernel as fma } from './fma';

// fdlibm's constants: ln2 split so that k * LN2_HI is exact, and the minimax coefficients Lp1..Lp7
// (LP2, LP3, polyFast and polyExact are exported for the tests that aim at the fast path's checks).
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const LP1 = 6.666666666666735130e-01;
export const LP2 = 3.999999999940941908e-01;
export const LP3 = 2.857142874366239149e-01;
const LP4 = 2.222219843214978396e-01;
const LP5 = 1.818357216161805012e-01;
const LP6 = 1.531383769920937332e-01;
const LP7 = 1.479819860511658591e-01;
const TWO54 = 1.80143985094819840000e+16;

export function log1p(x: number): number {
  const hx = highWord(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) { // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1.0 ? -TWO54 / 0 : NaN; // x <= -1
    if (ax < 0x3e200000) { // |x| < 2^-29
      if (ax < 0x3c900000) return x;
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) { // -0.2929 < x < 0.41422: no reduction
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // the rounding error of 1 + x
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    // glibc sets u's exponent field; scaling by 2^-k is the same exact operation (u normal,
    // k in [-53, 1024]) and much faster in V8 than rebuilding u from its words.
    if (hu < 0x6a09e) {
      u *= POW2_NEG[k + 1023]; // normalise u into [1, sqrt 2)
    } else {
      k += 1;
      u *= POW2_NEG[k + 1023]; // or u/2 into [sqrt 2 / 2, 1)
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) { // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : fma(k, LN2_HI, fma(k, LN2_LO, c));
    const R = fma(-f, 0.66666666666666666, 1.0) * hfsq;
    if (k === 0) return f - R;
    return fma(k, LN2_HI, -((R - fma(k, LN2_LO, c)) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z2 * z4;
  let R = polyFast(z, z2, z4, z6);
  if (R !== R) R = polyExact(z, z2, z4, z6);
  // From here on glibc fuses only k ln2_lo + c and the final k ln2_hi + ...; with R exact as fused,
  // the rest is the same arithmetic.
  const sR = s * (hfsq + R);
  if (k === 0) return f - (hfsq - sR);
  // Unfused, t differs from fma(k, LN2_LO, c) by at most 3 * 2^-53 |t| (the two sums' roundings
  // and the product's, |c| <= 2^-53 being far below |k LN2_LO| >= 2^-33), which d / 2 = 2^-50 |t|
  // covers; that moves sR + t only when the sum is within it of a rounding boundary, and then the
  // fused value is used.
  const t = k * LN2_LO + c;
  let sum = addSettled(sR, t, Math.abs(t) * 2 ** -49);
  if (sum !== sum) sum = sR + fma(k, LN2_LO, c);
  // k * LN2_HI is exact (LN2_HI has 32 significant bits, |k| <= 1024): the fma is this one rounding.
  return k * LN2_HI - ((hfsq - sum) - f);
}

/** R = z LP1 + z^2 (LP2 + z LP3) + z^4 (LP4 + z LP5) + z^6 (LP6 + z LP7), fused as glibc does. */
export function polyExact(z: number, z2: number, z4: number, z6: number): number {
  const R2 = fma(z, LP3, LP2);
  const R3 = fma(z, LP5, LP4);
  const R4 = fma(z, LP7, LP6);
  return fma(z6, R4, fma(z4, R3, fma(z, LP1, z2 * R2)));
}

/**
 * polyExact's value with one exact fma instead of six, or NaN when that cannot be guaranteed
 * (z <= 0.0295 since |f| < 0.415). The unfused R2 differs from the fused one only when the
 * product's rounding (<= 2^-53 |z LP3|) crosses a rounding boundary of the sum: addSettled sees it.
 * The leading z LP1 must be fused exactly. z^4 R3 and z^6 R4 are below 2^-17 of the sum they are
 * added to; unfused, R3 and R4 are within 2^-52.2 of the fused ones relatively (two half-ulps of
 * 2^-56 at R3, R4 in [0.15, 0.23], plus the product's rounding), so each product is within 2^-51.5
 * of its fused exact value: d = 2^-49 |p| covers that (d / 2) with room.
 */
export function polyFast(z: number, z2: number, z4: number, z6: number): number {
  const p2 = z * LP3;
  let R2 = addSettled(LP2, p2, p2 * 2 ** -51);
  if (R2 !== R2) R2 = fma(z, LP3, LP2);
  const a1 = fma(z, LP1, z2 * R2);
  const p4 = z4 * (z * LP5 + LP4);
  const a2 = addSettled(a1, p4, p4 * 2 ** -49);
  const p6 = z6 * (z * LP7 + LP6);
  return addSettled(a2, p6, p6 * 2 ** -49); // NaN in, NaN out
}
