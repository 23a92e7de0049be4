/**
 * Views of a double's bit pattern as two 32-bit words (little-endian, as on every platform we
 * run on). glibc's algorithms branch and index tables on these bits.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Sign and exponent plus the top 20 mantissa bits. */
export function highWord(x: number): number {
  f64[0] = x;
  return u32[1];
}

/** The low 32 mantissa bits. */
export function lowWord(x: number): number {
  f64[0] = x;
  return u32[0];
}

/**
 * POW2_NEG[j] = 2^(1023 - j), exact from 2^1023 down to the subnormal 2^-1024. Scaling by these
 * is exact whenever the result is normal, and V8 runs it far faster than fromWords, whose two
 * 32-bit stores feeding one 64-bit load defeat store forwarding.
 */
export const POW2_NEG = Float64Array.from({ length: 2048 }, (_, j) => 2 ** (1023 - j));

/** The double with the given words (the high word taken mod 2^32). */
export function fromWords(hi: number, lo: number): number {
  u32[1] = hi;
  u32[0] = lo;
  return f64[0];
}

/**
 * Half the gap from y to its neighbour on the side `toward` points to (|y| normal): what y's
 * rounding error must stay below for y to be the correctly rounded value.
 */
export function halfGap(y: number, toward: number): number {
  f64[0] = y;
  const hi = u32[1];
  const e = (hi >>> 20) & 0x7ff;
  // 2^(E - 53), half an ulp of y, from the table rather than from its words (a store-forwarding
  // stall); 0 (no room) where the exponent field is below 54, as callers' checks then fail.
  const half = e >= 54 ? POW2_NEG[2099 - e] : 0;
  // Below a power of two the gap is half as wide.
  const powerOfTwo = (hi & 0xfffff) === 0 && lowWordOf(y) === 0;
  return powerOfTwo && (toward < 0) === (y > 0) ? half / 2 : half;
}

function lowWordOf(y: number): number {
  f64[0] = y;
  return u32[0];
}

const f32 = new Float32Array(1);
const u32f = new Uint32Array(f32.buffer);

/** The bit pattern of x rounded to float (x is normally a float already). */
export function floatBits(x: number): number {
  f32[0] = x;
  return u32f[0];
}

/** The float with the given bit pattern (taken mod 2^32). */
export function fromFloatBits(bits: number): number {
  u32f[0] = bits;
  return f32[0];
}

/**
 * Half the gap from the float f to its float neighbour on the side `toward` points to: what a
 * double's distance to f must stay below for it to round to f. 0 for zero, infinities and NaN
 * (callers then take their exact path).
 */
export function floatHalfGap(f: number, toward: number): number {
  if (f === 0 || !Number.isFinite(f)) return 0;
  f32[0] = f;
  const bits = u32f[0];
  // One step away from zero when toward has f's sign, else one step toward zero.
  u32f[0] = (toward > 0) === (f > 0) ? bits + 1 : bits - 1;
  const n = f32[0];
  return Number.isFinite(n) ? Math.abs(n - f) / 2 : 0;
}
