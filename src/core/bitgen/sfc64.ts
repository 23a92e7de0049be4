/**
 * SFC64 (numpy/random/src/sfc64): Chris Doty-Humphrey's small fast chaotic generator, 64-bit words
 * kept as 32-bit halves (a = s[0], b = s[1], c = s[2], counter = s[3]).
 */
import { PyError } from '../errors';
import { NDArray } from '../ndarray';
import { BitGenerator, SeedLike, checkStateFor } from './base';
import { SeedSequence } from './seedsequence';

const TWO32 = 4294967296;

export class SFC64 extends BitGenerator {
  private ah = 0; private al = 0;
  private bh = 0; private bl = 0;
  private ch = 0; private cl = 0;
  private wh = 0; private wl = 0;
  has_uint32 = 0;
  uinteger = 0;

  constructor(seed?: SeedLike) {
    super(seed);
    const w = this.seedSeq!.generateWords(6);
    // sfc64_set_seed: a, b, c from the seed, counter 1, then 12 draws discarded.
    this.al = w[0]; this.ah = w[1];
    this.bl = w[2]; this.bh = w[3];
    this.cl = w[4]; this.ch = w[5];
    this.wl = 1; this.wh = 0;
    for (let i = 0; i < 12; i++) this.next64();
  }

  protected create(seed: SeedSequence): this {
    return new SFC64(seed) as this;
  }

  /** tmp = a + b + counter++; a = b ^ b>>11; b = c + c<<3; c = rotl(c, 24) + tmp. */
  next64(): number {
    // tmp = a + b + w (mod 2**64)
    let lo = this.al + this.bl + this.wl;
    const tl = lo >>> 0;
    const th = (this.ah + this.bh + this.wh + Math.floor(lo / TWO32)) >>> 0;
    // w++
    this.wl = (this.wl + 1) >>> 0;
    if (this.wl === 0) this.wh = (this.wh + 1) >>> 0;
    // a = b ^ (b >> 11)
    this.al = (this.bl ^ ((this.bl >>> 11) | (this.bh << 21))) >>> 0;
    this.ah = (this.bh ^ (this.bh >>> 11)) >>> 0;
    // b = c + (c << 3)
    const sl = (this.cl << 3) >>> 0;
    const sh = ((this.ch << 3) | (this.cl >>> 29)) >>> 0;
    lo = this.cl + sl;
    this.bl = lo >>> 0;
    this.bh = (this.ch + sh + (lo >= TWO32 ? 1 : 0)) >>> 0;
    // c = rotl(c, 24) + tmp
    const rl = ((this.cl << 24) | (this.ch >>> 8)) >>> 0;
    const rh = ((this.ch << 24) | (this.cl >>> 8)) >>> 0;
    lo = rl + tl;
    this.cl = lo >>> 0;
    this.ch = (rh + th + (lo >= TWO32 ? 1 : 0)) >>> 0;
    this.low = tl;
    return th;
  }

  next32(): number {
    if (this.has_uint32) {
      this.has_uint32 = 0;
      return this.uinteger;
    }
    const hi = this.next64();
    this.has_uint32 = 1;
    this.uinteger = hi;
    return this.low;
  }

  nextDouble(): number {
    const hi = this.next64();
    return (hi * 2097152 + (this.low >>> 11)) * 1.1102230246251565e-16;
  }

  get state(): Record<string, unknown> {
    const data = new BigUint64Array(4);
    const w = new Uint32Array(data.buffer);
    w.set([this.al, this.ah, this.bl, this.bh, this.cl, this.ch, this.wl, this.wh]);
    const arr: NDArray = { dtype: 'uint64', shape: [4], data };
    return { bit_generator: 'SFC64', state: { state: arr }, has_uint32: this.has_uint32, uinteger: this.uinteger };
  }

  set state(value: Record<string, unknown>) {
    const inner = checkStateFor(value, 'SFC64');
    const st = inner.state as NDArray | readonly (bigint | number)[];
    const vals = Array.from(('data' in st ? st.data : st) as ArrayLike<bigint | number>, (v) => BigInt(v));
    if (vals.length !== 4) throw new PyError('ValueError', 'state must be a 4-element array');
    const w = new Uint32Array(new BigUint64Array(vals).buffer);
    [this.al, this.ah, this.bl, this.bh, this.cl, this.ch, this.wl, this.wh] = w;
    this.has_uint32 = Number(value.has_uint32);
    this.uinteger = Number(value.uinteger) >>> 0;
  }
}
