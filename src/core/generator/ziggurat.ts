/**
 * NumPy's 256-layer ziggurat for standard normals and exponentials (distributions.c,
 * tables from ziggurat_constants.h, shipped here as data in ziggurat-tables.json, and the float
 * tables in ziggurat-float-tables.ts), plus the float32 standard gamma built on it.
 * Bits of each 64-bit draw are picked from its 32-bit halves, so no BigInt is allocated.
 */
import { BitSource } from '../bitgen/bitgenerator';
import { exp, expf, log1p, log1pf, logf, powf } from '../math';
import TABLES from './ziggurat-tables.json';
import { EXP_R_F, FE_FLOAT, FI_FLOAT, KE_FLOAT, KI_FLOAT, NOR_INV_R_F, NOR_R_F, WE_FLOAT, WI_FLOAT } from './ziggurat-float-tables';

/** Parses C99 hex floats such as 0x1.f493b7815d979p-51 (exact for normal doubles). */
function hexFloat(s: string): number {
  const m = /^0x([01])\.([0-9a-f]+)p([-+]\d+)$/i.exec(s);
  if (!m) throw new Error(`bad hex float ${s}`);
  const frac = parseInt(m[2], 16) / 16 ** m[2].length;
  return (Number(m[1]) + frac) * 2 ** Number(m[3]);
}

const ints = (v: string[]): Float64Array => Float64Array.from(v, (x) => Number(BigInt(x))); // all below 2**53
const floats = (v: string[]): Float64Array => Float64Array.from(v, hexFloat);

const KI = ints(TABLES.ki_double.values);
const WI = floats(TABLES.wi_double.values);
const FI = floats(TABLES.fi_double.values);
const KE = ints(TABLES.ke_double.values);
const WE = floats(TABLES.we_double.values);
const FE = floats(TABLES.fe_double.values);

const NOR_R = 3.6541528853610087963519472518;
const NOR_INV_R = 0.27366123732975827203338247596;
const EXP_R = 7.6971174701310497140446280481;

/** random_standard_normal. */
export function standardNormal(bg: BitSource): number {
  for (;;) {
    const hi = bg.next64();
    const lo = bg.low;
    const idx = lo & 0xff;
    const sign = (lo >>> 8) & 1;
    const rabs = (hi & 0x1fffffff) * 8388608 + (lo >>> 9); // bits 9..60
    let x = rabs * WI[idx];
    if (sign) x = -x;
    if (rabs < KI[idx]) return x;
    if (idx === 0) return normalTail(bg, ((rabs >>> 0) & 0x100) !== 0);
    if (normalWedgeKeeps((FI[idx - 1] - FI[idx]) * bg.nextDouble() + FI[idx], x)) return x;
  }
}

/** The normal ziggurat's tail beyond NOR_R (rabs bit 8 gives the sign); its draws depend on its outcomes. */
export function normalTail(bg: BitSource, negative: boolean): number {
  for (;;) {
    const xx = -NOR_INV_R * log1p(-bg.nextDouble());
    const yy = -log1p(-bg.nextDouble());
    if (yy + yy > xx * xx) return negative ? -(NOR_R + xx) : NOR_R + xx;
  }
}

/** The normal wedge test: y = (fi[idx-1] - fi[idx]) * U + fi[idx] keeps x iff y < exp(-x*x/2). */
export function normalWedgeKeeps(y: number, x: number): boolean {
  return y < exp(-0.5 * x * x);
}

/** The exponential wedge test: y = (fe[idx-1] - fe[idx]) * U + fe[idx] keeps x iff y < exp(-x). */
export function expWedgeKeeps(y: number, x: number): boolean {
  return y < exp(-x);
}

/** The exponential ziggurat's tail (idx 0), from its one uniform draw. */
export function expTail(u: number): number {
  return EXP_R - log1p(-u);
}

/** Writes the tables ki, wi, fi, ke, we, fe (256 values each; k tables as int64) from `at` (bytes). */
export function writeZigguratTables(buffer: ArrayBuffer, at: number): void {
  const tables = [KI, WI, FI, KE, WE, FE];
  tables.forEach((t, j) => {
    const base = at + j * 2048;
    if (t === KI || t === KE) {
      const v = new BigInt64Array(buffer, base, 256);
      for (let i = 0; i < 256; i++) v[i] = BigInt(t[i]);
    } else {
      new Float64Array(buffer, base, 256).set(t);
    }
  });
}

/** random_standard_exponential (ziggurat). */
export function standardExponential(bg: BitSource): number {
  for (;;) {
    const hi = bg.next64();
    const lo = bg.low;
    const idx = (lo >>> 3) & 0xff;
    const ri = hi * 2097152 + (lo >>> 11); // bits 11..63
    const x = ri * WE[idx];
    if (ri < KE[idx]) return x;
    if (idx === 0) return expTail(bg.nextDouble());
    if (expWedgeKeeps((FE[idx - 1] - FE[idx]) * bg.nextDouble() + FE[idx], x)) return x;
  }
}

/** random_standard_exponential_inv: -log1p(-U). */
export function standardExponentialInv(bg: BitSource): number {
  return -log1p(-bg.nextDouble());
}

// ---- float32 paths (random_standard_normal_f, random_standard_exponential_f, ...) ----
// Every float operation of NumPy's C is one Math.fround of the double result (exact for +, -, *,
// / of floats). NumPy's random module is built for the x86-64 baseline, without FMA, so no
// float a * b + c is contracted.

const fr = Math.fround;

/** next_float: the top 24 bits of a 32-bit draw, times 2^-24 (exact in float). */
export function nextFloat(bg: BitSource): number {
  return (bg.next32() >>> 8) * (1 / 16777216);
}

/** random_standard_normal_f: the 256-layer float ziggurat on one 32-bit draw per try. */
export function standardNormalF(bg: BitSource): number {
  for (;;) {
    const r = bg.next32();
    const idx = r & 0xff;
    const rabs = (r >>> 9) & 0x7fffff;
    let x = fr(rabs * WI_FLOAT[idx]);
    if ((r >>> 8) & 1) x = -x;
    if (rabs < KI_FLOAT[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = fr(-NOR_INV_R_F * log1pf(-nextFloat(bg)));
        const yy = -log1pf(-nextFloat(bg));
        if (fr(yy + yy) > fr(xx * xx)) return (rabs >>> 8) & 1 ? -fr(NOR_R_F + xx) : fr(NOR_R_F + xx);
      }
    }
    // The float wedge test against the double exp(-0.5 * x * x) (x promoted; the product is exact).
    if (fr(fr(fr(FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * nextFloat(bg)) + FI_FLOAT[idx]) < exp(-0.5 * x * x)) return x;
  }
}

/** random_standard_exponential_f: the float exponential ziggurat. */
export function standardExponentialF(bg: BitSource): number {
  for (;;) {
    const ri = bg.next32() >>> 1;
    const idx = ri & 0xff;
    const rk = ri >>> 8;
    const x = fr(rk * WE_FLOAT[idx]);
    if (rk < KE_FLOAT[idx]) return x;
    if (idx === 0) return fr(EXP_R_F - log1pf(-nextFloat(bg)));
    if (fr(fr(fr(FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * nextFloat(bg)) + FE_FLOAT[idx]) < expf(-x)) return x;
  }
}

/** random_standard_exponential_inv_fill_f: -log1p(-U) in double for a float U, stored as float. */
export function standardExponentialInvF(bg: BitSource): number {
  return fr(-log1p(-nextFloat(bg)));
}

const ONE_THIRD_F = fr(1 / 3); // 1.0f / 3.0f
const C0331_F = fr(0.0331); // 0.0331f (the nearest float to the decimal, checked by the tests)

/** random_standard_gamma_f: Marsaglia and Tsang above shape 1, Johnk-style below, all in float. */
export function standardGammaF(bg: BitSource, shape: number): number {
  if (shape === 1) return standardExponentialF(bg);
  if (shape === 0) return 0;
  if (shape < 1) {
    const oneMinus = fr(1 - shape);
    const inv = fr(1 / shape);
    for (;;) {
      const U = nextFloat(bg);
      const V = standardExponentialF(bg);
      if (U <= oneMinus) {
        const X = powf(U, inv);
        if (X <= V) return X;
      } else {
        const Y = -logf(fr(fr(1 - U) / shape));
        const X = powf(fr(oneMinus + fr(shape * Y)), inv);
        if (X <= fr(V + Y)) return X;
      }
    }
  }
  const b = fr(shape - ONE_THIRD_F);
  const c = fr(1 / fr(Math.sqrt(fr(9 * b)))); // sqrtf: the double root rounded to float is correctly rounded
  for (;;) {
    let X: number;
    let V: number;
    do {
      X = standardNormalF(bg);
      V = fr(1 + fr(c * X));
    } while (V <= 0);
    V = fr(fr(V * V) * V);
    const U = nextFloat(bg);
    const X2 = fr(X * X);
    if (U < fr(1 - fr(fr(C0331_F * X2) * X2))) return fr(b * V);
    if (logf(U) < fr(fr(fr(0.5 * X) * X) + fr(b * fr(fr(1 - V) + logf(V))))) return fr(b * V);
  }
}
