/**
 * Exact 32x32 and 64x64 multiplies without BigInt: products are split so every partial result
 * stays below 2**53 and is exact in a double.
 */

/** High 32 bits of the 64-bit product of two uint32. */
export function mulHi32(a: number, b: number): number {
  const t = a * (b & 0xffff);
  const u = a * (b >>> 16) + Math.floor(t / 65536);
  return Math.floor(u / 65536) >>> 0;
}

/** Scratch output of mul64: the product's 32-bit words, least significant first. */
export const prod = new Uint32Array(4);

/** Full 128-bit product of (a1:a0) * (b1:b0) into `prod`. */
export function mul64(a1: number, a0: number, b1: number, b0: number): void {
  const l00 = Math.imul(a0, b0) >>> 0, h00 = mulHi32(a0, b0);
  const l01 = Math.imul(a0, b1) >>> 0, h01 = mulHi32(a0, b1);
  const l10 = Math.imul(a1, b0) >>> 0, h10 = mulHi32(a1, b0);
  const l11 = Math.imul(a1, b1) >>> 0, h11 = mulHi32(a1, b1);
  const r1 = h00 + l01 + l10;
  const c1 = Math.floor(r1 / 4294967296);
  const r2 = h01 + h10 + l11 + c1;
  const c2 = Math.floor(r2 / 4294967296);
  prod[0] = l00;
  prod[1] = r1;
  prod[2] = r2;
  prod[3] = h11 + c2;
}

/** High word of the low 64 bits of (a1:a0) * (b1:b0); the low word is Math.imul(a0, b0). */
export function mul64LoHi(a1: number, a0: number, b1: number, b0: number): number {
  return (mulHi32(a0, b0) + Math.imul(a0, b1) + Math.imul(a1, b0)) >>> 0;
}
