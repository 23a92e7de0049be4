/**
 * expf as glibc 2.36 computes it on x86-64 with FMA (sysdeps/ieee754/flt-32/e_expf.c, from ARM's
 * optimized-routines): in double, x N/ln2 = k + r, expf(x) = 2^(k/N) 2^(r/N) with 2^(k/N) from a
 * 32-entry table and 2^(r/N) - 1 a cubic; one rounding to float at the end. Each fmaKernel is one
 * fused multiply-add of glibc's FMA build, read from its machine code (__expf_fma): GCC fuses
 * InvLn2N * x into both uses, the + SHIFT that rounds k and the - kd that leaves r.
 */
import { floatBits, fromWords, lowWord } from './bits';
import { BIG, INV_LN2_N, MAY_UNDERFLOW, OVERFLOW, POLY_SCALED, SHIFT, TAB_HI, TAB_LO, UNDERFLOW } from './data/expf';
import { fmaKernel } from './fma';

const [C0, C1, C2] = POLY_SCALED;
const TOP_BIG = floatBits(BIG) >>> 20; // top12(88.0f)

/** e^x for a float x (a JS number holding a float32 value), rounded to float. */
export function expf(x: number): number {
  return special(x) ?? expfUnfused(x) ?? fused(x);
}

/** expf by the exact evaluation alone (no fast path), for tests. */
export function expfFused(x: number): number {
  return special(x) ?? fused(x);
}

/** |x| >= 88 or NaN: glibc's special cases; null for every other argument. */
function special(x: number): number | null {
  const ix = floatBits(x);
  const abstop = (ix >>> 20) & 0x7ff;
  if (abstop < TOP_BIG) return null;
  if (ix === 0xff800000) return 0;
  if (abstop >= 0x7f8) return x + x; // +inf or NaN
  if (x > OVERFLOW) return Infinity;
  if (x < UNDERFLOW) return 0;
  if (x < MAY_UNDERFLOW) return 2 ** -149; // __math_may_uflowf: 0x1.4p-75f * 0x1.4p-75f, the smallest subnormal
  return null;
}

/** Distance from a float to the rounding midpoint above it, per biased exponent: half its ulp. */
const HALF_ULP = Float64Array.from({ length: 256 }, (_, e) => 2 ** (Math.max(e, 1) - 151));

/**
 * The fast path: the same evaluation with plain multiplies and adds, kept when the fused result
 * provably rounds to the same float. Unfused, x N/ln2 is off by at most 2^-41 (|x N/ln2| < 2^12):
 * k is the same unless that product is within 2^-41 of a rounding tie (excluded below with room),
 * r then differs by at most 2^-41, which moves 2^(r/N) by a relative 2^-46, and the four plain
 * roundings add a few 2^-53. So fused and unfused doubles differ by less than 2^-44 relatively,
 * and when the unfused double sits more than 2^-40 of itself from every float rounding midpoint,
 * both round to the same float. Else (or for subnormal results) null: take the exact path.
 */
export function expfUnfused(x: number): number | null {
  const p = INV_LN2_N * x;
  const kdShifted = p + SHIFT;
  const kd = kdShifted - SHIFT;
  const r = p - kd;
  if (Math.abs(r) > 0.5 - 2 ** -30) return null;
  const ki = lowWord(kdShifted);
  const idx = ki & 31;
  const s = fromWords(TAB_HI[idx] + (ki << 15), TAB_LO[idx]);
  const y = (((C0 * r + C1) * (r * r)) + (C2 * r + 1)) * s;
  const f = Math.fround(y);
  const bits = floatBits(f);
  const e = bits >>> 23; // f > 0
  if (e === 0 || e >= 0xff) return null;
  const halfUlp = HALF_ULP[e];
  // Below a power of two the next float down is half as far, and so is the midpoint.
  const room = y >= f ? halfUlp - (y - f) : ((bits & 0x7fffff) === 0 ? halfUlp / 2 : halfUlp) - (f - y);
  return room > y * 2 ** -40 ? f : null;
}

/** The exact evaluation: every fused multiply-add of glibc's FMA build, emulated exactly. */
function fused(x: number): number {
  const kdShifted = fmaKernel(INV_LN2_N, x, SHIFT);
  const ki = lowWord(kdShifted);
  const kd = kdShifted - SHIFT;
  const r = fmaKernel(INV_LN2_N, x, -kd);
  const idx = ki & 31;
  const s = fromWords(TAB_HI[idx] + (ki << 15), TAB_LO[idx]); // t += ki << 47
  const z = fmaKernel(C0, r, C1);
  const r2 = r * r;
  const y = fmaKernel(C2, r, 1);
  return Math.fround(fmaKernel(z, r2, y) * s);
}
