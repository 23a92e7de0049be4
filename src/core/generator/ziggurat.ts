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
    if (idx === 0) {
      for (;;) {
        const xx = -NOR_INV_R * log1p(-bg.nextDouble());
        const yy = -log1p(-bg.nextDouble());
        if (yy + yy > xx * xx) return (rabs >>> 0) & 0x100 ? -(NOR_R + xx) : NOR_R + xx;
      }
    }
    if ((FI[idx - 1] - FI[idx]) * bg.nextDouble() + FI[idx] < exp(-0.5 * x * x)) return x;
  }
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
    if (idx === 0) return EXP_R - log1p(-bg.nextDouble());
    if ((FE[idx - 1] - FE[idx]) * bg.nextDouble() + FE[idx] < exp(-x)) return x;
  }
}

/** random_standard_exponential_inv: -log1p(-U). */
export function standardExponentialInv(bg: BitSource): number {
  return -log1p(-bg.nextDouble());
}
