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
  const ix = floatBits(x);
  const abstop = (ix >>> 20) & 0x7ff;
  if (abstop >= TOP_BIG) {
    // |x| >= 88 or NaN.
    if (ix === 0xff800000) return 0;
    if (abstop >= 0x7f8) return x + x; // +inf or NaN
    if (x > OVERFLOW) return Infinity;
    if (x < UNDERFLOW) return 0;
    if (x < MAY_UNDERFLOW) return 2 ** -149; // __math_may_uflowf: 0x1.4p-75f * 0x1.4p-75f, the smallest subnormal
  }
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
