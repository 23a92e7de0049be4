/**
 * log1pf as glibc 2.36 computes it on x86-64 (sysdeps/ieee754/flt-32/s_log1pf.c, fdlibm's
 * single-precision log1p; no FMA variant exists, so nothing is contracted). Every operation is
 * a float operation: each is emulated by one Math.fround of the double result, which is exact
 * for +, -, *, / of floats (53 >= 2 * 24 + 2 bits).
 */
import { floatBits, fromFloatBits } from './bits';
import { LN2_HI, LN2_LO, LP1, LP2, LP3, LP4, LP5, LP6, LP7, TWO_THIRDS } from './data/log1pf';

const f = Math.fround;

/** log(1 + x) for a float x (a JS number holding a float32 value), rounded as glibc's log1pf. */
export function log1pf(x: number): number {
  const hx = floatBits(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let fr = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3ed413d7) {
    // x < 0.41422
    if (ax >= 0x3f800000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x31000000) {
      // |x| < 2^-29
      if (ax < 0x24800000) return x; // |x| < 2^-54
      return f(x - f(x * x) * 0.5); // the halving is exact (x * x >= 2^-108)
    }
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      // -0.2929 < x < 0.41422
      k = 0;
      fr = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = f(1 + x);
      hu = floatBits(u) | 0;
      k = (hu >> 23) - 127;
      c = k > 0 ? f(1 - f(u - x)) : f(x - f(u - 1)); // correction term
      c = f(c / u);
    } else {
      u = x;
      hu = floatBits(u) | 0;
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) {
      u = fromFloatBits(hu | 0x3f800000); // normalize u
    } else {
      k += 1;
      u = fromFloatBits(hu | 0x3f000000); // normalize u/2
      hu = (0x00800000 - hu) >> 2;
    }
    fr = u - 1; // exact (Sterbenz: u in [sqrt(2)/2, sqrt(2)])
  }
  const hfsq = f(0.5 * fr * fr); // 0.5 * fr is exact, and its product with fr exact in double
  if (hu === 0) {
    // |f| < 2^-20
    if (fr === 0) {
      if (k === 0) return 0;
      c = f(c + f(k * LN2_LO));
      return f(k * LN2_HI + c); // k * ln2_hi is exact: 17 significant bits times |k| <= 128
    }
    const R = f(hfsq * f(1 - f(TWO_THIRDS * fr)));
    if (k === 0) return f(fr - R);
    return f(k * LN2_HI - f(f(R - f(f(k * LN2_LO) + c)) - fr));
  }
  const s = f(fr / f(2 + fr));
  const z = f(s * s);
  // R = z*(Lp1+z*(Lp2+z*(Lp3+z*(Lp4+z*(Lp5+z*(Lp6+z*Lp7)))))), innermost first.
  let R = f(z * LP7);
  R = f(z * f(LP6 + R));
  R = f(z * f(LP5 + R));
  R = f(z * f(LP4 + R));
  R = f(z * f(LP3 + R));
  R = f(z * f(LP2 + R));
  R = f(z * f(LP1 + R));
  if (k === 0) return f(fr - f(hfsq - f(s * f(hfsq + R))));
  return f(k * LN2_HI - f(f(hfsq - f(f(s * f(hfsq + R)) + f(f(k * LN2_LO) + c))) - fr));
}
