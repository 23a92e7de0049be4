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

/** The double with the given words (the high word taken mod 2^32). */
export function fromWords(hi: number, lo: number): number {
  u32[1] = hi;
  u32[0] = lo;
  return f64[0];
}
