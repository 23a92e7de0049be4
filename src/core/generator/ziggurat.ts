/**
 * NumPy's 256-layer ziggurat for standard normals and exponentials (distributions.c,
 * tables from ziggurat_constants.h, shipped here as data in ziggurat-tables.json).
 * Bits of each 64-bit draw are picked from its 32-bit halves, so no BigInt is allocated.
 */
import { BitSource } from '../bitgen/bitgenerator';
import { exp, log1p } from '../math';
import TABLES from './ziggurat-tables.json';

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
