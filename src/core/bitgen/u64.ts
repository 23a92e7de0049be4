/**
 * 64-bit unsigned arithmetic on pairs of unsigned 32-bit halves, for the bit generators' hot
 * loops (no BigInt allocation). Results come back in the module-level `hi` / `lo` registers.
 */
export const reg = { hi: 0, lo: 0 };

/** Full 32x32 -> 64-bit product of unsigned a and b into reg. */
export function mul32x32(a: number, b: number): void {
  const bh = b >>> 16;
  const bl = b & 0xffff;
  reg.lo = Math.imul(a, b) >>> 0;
  // a*b = a*bh*2^16 + a*bl; both partial products are below 2^48, so exact in doubles.
  reg.hi = Math.floor((a * bh + Math.floor((a * bl) / 65536)) / 65536) >>> 0;
}

/** (ah:al) * (bh:bl) mod 2^64 into reg. */
export function mul64lo(ah: number, al: number, bh: number, bl: number): void {
  mul32x32(al, bl);
  reg.hi = (reg.hi + Math.imul(al, bh) + Math.imul(ah, bl)) >>> 0;
}

/** Full 64x64 -> 128-bit product; returns words [w3, w2, w1, w0] (most significant first). */
export function mul64x64(ah: number, al: number, bh: number, bl: number, out: Uint32Array): void {
  mul32x32(al, bl);
  const p00h = reg.hi, p00l = reg.lo;
  mul32x32(al, bh);
  const p01h = reg.hi, p01l = reg.lo;
  mul32x32(ah, bl);
  const p10h = reg.hi, p10l = reg.lo;
  mul32x32(ah, bh);
  const p11h = reg.hi, p11l = reg.lo;
  const w1 = p00h + p01l + p10l;
  const w2 = p01h + p10h + p11l + Math.floor(w1 / 4294967296);
  out[0] = (p11h + Math.floor(w2 / 4294967296)) >>> 0;
  out[1] = w2 >>> 0;
  out[2] = w1 >>> 0;
  out[3] = p00l;
}
