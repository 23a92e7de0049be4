/**
 * 128-bit helpers for the PCG family. Seeding, advance and state get/set use BigInt (rare calls);
 * the per-draw step never does: see lcg128.ts.
 */
export const MASK128 = (1n << 128n) - 1n;
export const MASK64 = (1n << 64n) - 1n;

/** LCG jump-ahead by `delta` steps (pcg_advance_lcg_128, Brown's algorithm). */
export function advanceLcg128(state: bigint, delta: bigint, mult: bigint, plus: bigint): bigint {
  let accMult = 1n;
  let accPlus = 0n;
  let curMult = mult;
  let curPlus = plus;
  delta &= MASK128;
  while (delta > 0n) {
    if (delta & 1n) {
      accMult = (accMult * curMult) & MASK128;
      accPlus = (accPlus * curMult + curPlus) & MASK128;
    }
    curPlus = ((curMult + 1n) * curPlus) & MASK128;
    curMult = (curMult * curMult) & MASK128;
    delta >>= 1n;
  }
  return (accMult * state + accPlus) & MASK128;
}

/** Python int → bigint, wrapped to 128 bits as NumPy's `wrap_int(value, 128)` does. */
export function wrap128(x: number | bigint): bigint {
  return BigInt(x) & MASK128;
}

/** 32-bit limbs of a 128-bit value, least significant first. */
export function limbs32(x: bigint): [number, number, number, number] {
  return [Number(x & 0xffffffffn), Number((x >> 32n) & 0xffffffffn), Number((x >> 64n) & 0xffffffffn), Number((x >> 96n) & 0xffffffffn)];
}

export function fromLimbs32(l0: number, l1: number, l2: number, l3: number): bigint {
  return (BigInt(l3 >>> 0) << 96n) | (BigInt(l2 >>> 0) << 64n) | (BigInt(l1 >>> 0) << 32n) | BigInt(l0 >>> 0);
}
