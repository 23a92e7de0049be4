/**
 * Bounded random integers, as numpy/random/src/distributions/distributions.c draws them:
 * masked rejection (RandomState, `use_masked`) or Lemire's multiply-shift (Generator), with
 * the 8/16-bit buffering of one 32-bit draw and 1-bit buffering for bool. Every value is
 * off + v with v in [0, rng]; 64-bit values are written as 32-bit word pairs (no BigInt).
 */
import { BitSource } from '../bitgen/bitgenerator';
import { mul32x32, mul64x64, reg } from '../bitgen/u64';
import { DType } from '../ndarray';

export type IntDType = Exclude<DType, 'float64' | 'float32'>;

export const INT_BOUNDS: Record<IntDType, [bigint, bigint]> = {
  bool: [0n, 1n], int8: [-(2n ** 7n), 2n ** 7n - 1n], uint8: [0n, 255n], int16: [-(2n ** 15n), 2n ** 15n - 1n],
  uint16: [0n, 65535n], int32: [-(2n ** 31n), 2n ** 31n - 1n], uint32: [0n, 2n ** 32n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n], uint64: [0n, 2n ** 64n - 1n],
};

const BITS: Record<IntDType, number> = { bool: 1, int8: 8, uint8: 8, int16: 16, uint16: 16, int32: 32, uint32: 32, int64: 64, uint64: 64 };

/** Smallest 2**k - 1 >= max (gen_mask), for max < 2**32. */
export function mask32(max: number): number {
  let m = max >>> 0;
  m |= m >>> 1; m |= m >>> 2; m |= m >>> 4; m |= m >>> 8; m |= m >>> 16;
  return m >>> 0;
}

/**
 * The buffered 32-bit word the small dtypes draw from. One call's draws share it; NumPy's
 * broadcast loops for 8/16-bit and bool also carry it from element to element.
 */
export class SmallBuffer {
  buf = 0;
  bcnt = 0;
  constructor(private readonly bg: BitSource) {}
  uint16(): number {
    if (!this.bcnt) { this.buf = this.bg.next32(); this.bcnt = 1; } else { this.buf >>>= 16; this.bcnt--; }
    return this.buf & 0xffff;
  }
  uint8(): number {
    if (!this.bcnt) { this.buf = this.bg.next32(); this.bcnt = 3; } else { this.buf >>>= 8; this.bcnt--; }
    return this.buf & 0xff;
  }
  bit(): number {
    if (!this.bcnt) { this.buf = this.bg.next32(); this.bcnt = 31; } else { this.buf >>>= 1; this.bcnt--; }
    return this.buf & 1;
  }
}

/** Lemire for 32 bits and below: the high part of draw * (rng + 1), rejecting low parts below a threshold. */
function lemireSmall(draw: () => number, rng: number, bits: number): number {
  const excl = rng + 1;
  const full = 2 ** bits;
  const threshold = (full - 1 - rng) % excl;
  if (bits === 32) {
    mul32x32(draw(), excl);
    if (reg.lo < excl) while (reg.lo < threshold) mul32x32(draw(), excl);
    return reg.hi;
  }
  let m = draw() * excl; // below 2**32: exact
  if (m % full < excl) while (m % full < threshold) m = draw() * excl;
  return Math.floor(m / full);
}

/**
 * Fills out[start..start+n) (typed array of the dtype; 64-bit dtypes as BigInt64Array/BigUint64Array)
 * with off + v, v uniform in [0, rng]. `masked` picks RandomState's algorithm, else Generator's.
 */
export function fillBounded(bg: BitSource, dtype: IntDType, off: bigint, rng: bigint, out: ArrayLike<unknown> & { length: number }, n: number, masked: boolean, buffer?: SmallBuffer): void {
  const bits = BITS[dtype];
  if (bits === 64) return fill64(bg, off, rng, out as unknown as BigInt64Array, n, masked);
  const o = Number(off);
  const r = Number(rng);
  const target = out as unknown as Int32Array; // any small typed array; assignment wraps as C does
  if (bits === 1) {
    const sb = buffer ?? new SmallBuffer(bg);
    for (let i = 0; i < n; i++) target[i] = r === 0 ? o : sb.bit();
    return;
  }
  if (r === 0) { for (let i = 0; i < n; i++) target[i] = o; return; }
  const full = 2 ** bits - 1;
  if (bits === 32) {
    if (r === full) { for (let i = 0; i < n; i++) target[i] = o + bg.next32(); return; }
    const draw = (): number => bg.next32();
    fillSmall(target, n, o, r, masked, draw, 32);
    return;
  }
  const sb = buffer ?? new SmallBuffer(bg);
  const draw = bits === 16 ? (): number => sb.uint16() : (): number => sb.uint8();
  if (r === full) { for (let i = 0; i < n; i++) target[i] = o + draw(); return; }
  fillSmall(target, n, o, r, masked, draw, bits);
}

function fillSmall(target: Int32Array, n: number, off: number, rng: number, masked: boolean, draw: () => number, bits: number): void {
  if (masked) {
    const mask = mask32(rng);
    for (let i = 0; i < n; i++) {
      let v: number;
      while ((v = (draw() & mask) >>> 0) > rng);
      target[i] = off + v;
    }
  } else {
    for (let i = 0; i < n; i++) target[i] = off + lemireSmall(draw, rng, bits);
  }
}

/** 64-bit dtypes: values written as (lo, hi) word pairs into the BigInt64Array's buffer. */
function fill64(bg: BitSource, off: bigint, rng: bigint, out: BigInt64Array | BigUint64Array, n: number, masked: boolean): void {
  const words = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  const u = BigInt.asUintN(64, off);
  const offHi = Number(u >> 32n), offLo = Number(u & 0xffffffffn);
  const put = (i: number, vHi: number, vLo: number): void => {
    const lo = offLo + vLo;
    words[2 * i] = lo >>> 0;
    words[2 * i + 1] = (offHi + vHi + (lo >= 4294967296 ? 1 : 0)) >>> 0;
  };
  if (rng === 0n) { for (let i = 0; i < n; i++) put(i, 0, 0); return; }
  if (rng <= 0xffffffffn) {
    const r = Number(rng);
    if (r === 0xffffffff) { for (let i = 0; i < n; i++) put(i, 0, bg.next32()); return; }
    if (masked) {
      const mask = mask32(r);
      for (let i = 0; i < n; i++) {
        let v: number;
        while ((v = (bg.next32() & mask) >>> 0) > r);
        put(i, 0, v);
      }
    } else {
      const draw = (): number => bg.next32();
      for (let i = 0; i < n; i++) put(i, 0, lemireSmall(draw, r, 32));
    }
    return;
  }
  if (rng === 0xffffffffffffffffn) {
    for (let i = 0; i < n; i++) { const hi = bg.next64(); put(i, hi, bg.low); }
    return;
  }
  const rHi = Number(rng >> 32n), rLo = Number(rng & 0xffffffffn);
  if (masked) {
    const mHi = mask32(rHi), mLo = 0xffffffff;
    for (let i = 0; i < n; i++) {
      let vHi: number, vLo: number;
      do {
        vHi = (bg.next64() & mHi) >>> 0;
        vLo = (bg.low & mLo) >>> 0;
      } while (vHi > rHi || (vHi === rHi && vLo > rLo));
      put(i, vHi, vLo);
    }
    return;
  }
  // Lemire 64: high 64 bits of draw * (rng + 1), rejecting low parts below the threshold.
  const excl = rng + 1n;
  const eHi = Number(excl >> 32n), eLo = Number(excl & 0xffffffffn);
  const threshold = (0xffffffffffffffffn - rng) % excl;
  const tHi = Number(threshold >> 32n), tLo = Number(threshold & 0xffffffffn);
  const p = new Uint32Array(4);
  for (let i = 0; i < n; i++) {
    let hi = bg.next64();
    mul64x64(hi, bg.low, eHi, eLo, p);
    const below = (aHi: number, aLo: number, bHi: number, bLo: number): boolean => aHi < bHi || (aHi === bHi && aLo < bLo);
    if (below(p[2], p[3], eHi, eLo)) {
      while (below(p[2], p[3], tHi, tLo)) {
        hi = bg.next64();
        mul64x64(hi, bg.low, eHi, eLo, p);
      }
    }
    put(i, p[0], p[1]);
  }
}
