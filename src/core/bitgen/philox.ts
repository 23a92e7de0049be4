/**
 * Philox 4x64-10 (numpy/random/src/philox): a counter-based generator; each counter value is
 * encrypted under the key in 10 rounds of 64x64→128-bit multiplies and yields four outputs.
 * Words are held as 32-bit halves (index 2i = low, 2i+1 = high of 64-bit word i).
 */
import { PyError } from '../errors';
import { NDArray } from '../ndarray';
import { PyValue, isNone } from '../seed';
import { BitGenerator, SeedLike, checkStateFor } from './base';
import { mul64, prod } from './mul';
import { SeedSequence } from './seedsequence';

const ROUNDS = 10;
// Round multipliers and Weyl key bumps, as (high, low) 32-bit halves.
const MA_H = 0xd2e7470e, MA_L = 0xe14c6c93;
const MB_H = 0xca5a8263, MB_L = 0x95121157;
const BUMP0_H = 0x9e3779b9, BUMP0_L = 0x7f4a7c15;
const BUMP1_H = 0xbb67ae85, BUMP1_L = 0x84caa73b;

/** NumPy's int_to_array: a Python int below 2**bits, or an array of `bits/64` uint64 words. */
function wordsOf(value: unknown, name: string, bits: number): Uint32Array {
  const n64 = bits / 64;
  const out = new Uint32Array(2 * n64);
  let words: bigint[];
  if (Array.isArray(value) || (typeof value === 'object' && value !== null && 'data' in value)) {
    const arr = Array.from((Array.isArray(value) ? value : (value as NDArray).data) as ArrayLike<number | bigint>, (v) => BigInt(v));
    if (arr.length !== n64) throw new PyError('ValueError', `${name} must have ${n64} elements when using array form`);
    words = arr.map((v) => v & 0xffffffffffffffffn);
  } else {
    let v = BigInt(value as number | bigint);
    if (v < 0n || v >= 1n << BigInt(bits)) {
      throw new PyError('ValueError', `${name} must be positive and less than 2**${bits}.`);
    }
    words = [];
    for (let i = 0; i < n64; i++) { words.push(v & 0xffffffffffffffffn); v >>= 64n; }
  }
  for (let i = 0; i < n64; i++) {
    out[2 * i] = Number(words[i] & 0xffffffffn);
    out[2 * i + 1] = Number(words[i] >> 32n);
  }
  return out;
}

function bigWords(w: Uint32Array): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i < w.length; i += 2) out.push((BigInt(w[i + 1]) << 32n) | BigInt(w[i]));
  return out;
}

export class Philox extends BitGenerator {
  readonly ctr = new Uint32Array(8);
  readonly key = new Uint32Array(4);
  readonly buffer = new Uint32Array(8);
  buffer_pos = 4;
  has_uint32 = 0;
  uinteger = 0;
  private readonly c = new Uint32Array(8);

  constructor(seed?: SeedLike, counter?: PyValue, key?: PyValue) {
    if (!isNone(key) && !isNone(seed)) throw new PyError('ValueError', 'seed and key cannot be both used');
    super(seed);
    if (isNone(key)) this.key.set(this.seedSeq!.generateWords(4));
    else this.key.set(wordsOf(key, 'key', 128));
    this.ctr.set(wordsOf(isNone(counter) ? 0 : counter, 'counter', 256));
  }

  protected create(seed: SeedSequence): this {
    return new Philox(seed) as this;
  }

  /** Increments the 256-bit counter and encrypts it into the buffer. */
  private refill(): void {
    const ctr = this.ctr;
    for (let i = 0; i < 8; i++) {
      ctr[i] = (ctr[i] + 1) >>> 0;
      if (ctr[i] !== 0) break;
    }
    const c = this.c;
    c.set(ctr);
    let k0l = this.key[0], k0h = this.key[1], k1l = this.key[2], k1h = this.key[3];
    for (let r = 0; r < ROUNDS; r++) {
      if (r > 0) {
        let s = k0l + BUMP0_L;
        k0l = s >>> 0;
        k0h = (k0h + BUMP0_H + (s >= 4294967296 ? 1 : 0)) >>> 0;
        s = k1l + BUMP1_L;
        k1l = s >>> 0;
        k1h = (k1h + BUMP1_H + (s >= 4294967296 ? 1 : 0)) >>> 0;
      }
      mul64(MA_H, MA_L, c[1], c[0]);
      const lo0l = prod[0], lo0h = prod[1], hi0l = prod[2], hi0h = prod[3];
      mul64(MB_H, MB_L, c[5], c[4]);
      const lo1l = prod[0], lo1h = prod[1], hi1l = prod[2], hi1h = prod[3];
      const n0l = hi1l ^ c[2] ^ k0l, n0h = hi1h ^ c[3] ^ k0h;
      const n2l = hi0l ^ c[6] ^ k1l, n2h = hi0h ^ c[7] ^ k1h;
      c[0] = n0l; c[1] = n0h;
      c[2] = lo1l; c[3] = lo1h;
      c[4] = n2l; c[5] = n2h;
      c[6] = lo0l; c[7] = lo0h;
    }
    this.buffer.set(c);
  }

  next64(): number {
    if (this.buffer_pos >= 4) {
      this.refill();
      this.buffer_pos = 0;
    }
    const i = 2 * this.buffer_pos++;
    this.low = this.buffer[i];
    return this.buffer[i + 1];
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

  private resetBuffers(): void {
    this.buffer.fill(0);
    this.buffer_pos = 4;
    this.has_uint32 = 0;
    this.uinteger = 0;
  }

  /** Adds delta (wrapped to 256 bits) to the counter word by word, with philox_advance's carries. */
  advance(delta: number | bigint): this {
    let d = BigInt(delta) & ((1n << 256n) - 1n);
    const ctr = bigWords(this.ctr);
    const M64 = 0xffffffffffffffffn;
    let carry = 0;
    for (let i = 0; i < 4; i++) {
      const step = d & M64;
      d >>= 64n;
      if (carry === 1) {
        ctr[i] = (ctr[i] + 1n) & M64;
        carry = ctr[i] === 0n ? 1 : 0;
      }
      const orig = ctr[i];
      ctr[i] = (ctr[i] + step) & M64;
      if (ctr[i] < orig && carry === 0) carry = 1;
    }
    this.ctr.set(wordsOf(ctr, 'counter', 256));
    this.resetBuffers();
    return this;
  }

  /** A copy advanced by jumps * 2**128 draws. */
  jumped(jumps: number | bigint = 1): this {
    const copy = new Philox(new SeedSequence(0)) as this;
    copy.state = this.state;
    copy.advance(BigInt(jumps) * (1n << 128n));
    return copy;
  }

  get state(): Record<string, unknown> {
    const u64 = (w: Uint32Array): NDArray => ({ dtype: 'uint64', shape: [w.length / 2], data: new BigUint64Array(Uint32Array.from(w).buffer) });
    return {
      bit_generator: 'Philox',
      state: { counter: u64(this.ctr), key: u64(this.key) },
      buffer: u64(this.buffer),
      buffer_pos: this.buffer_pos,
      has_uint32: this.has_uint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: Record<string, unknown>) {
    const inner = checkStateFor(value, 'Philox');
    this.ctr.set(wordsOf(inner.counter, 'counter', 256));
    this.key.set(wordsOf(inner.key, 'key', 128));
    this.buffer.set(wordsOf(value.buffer, 'buffer', 256));
    this.buffer_pos = Number(value.buffer_pos);
    this.has_uint32 = Number(value.has_uint32);
    this.uinteger = Number(value.uinteger) >>> 0;
  }
}
