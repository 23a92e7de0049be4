/**
 * MT19937, as NumPy implements it (numpy/random/src/mt19937, _mt19937.pyx): the Mersenne
 * Twister with NumPy's legacy seeding (init_genrand / init_by_array) for RandomState and
 * SeedSequence seeding for Generator, plus NumPy's polynomial jump.
 */
import { typeError, valueError } from '../errors';
import { BitGenerator } from './bitgenerator';
import { parseLegacySeed } from './legacy-seed';
import { SeedSequence } from './seedsequence';
import { jumpMT19937 } from './mt19937-jump';
import { CHUNK, kernels, Kernels, MT_KEY, OUT } from './wasm/kernels';

export const MT_N = 624;
const MT_M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MT19937 extends BitGenerator {
  readonly name = 'MT19937' as const;
  /** The 624-word state and the read position (NumPy's `key` and `pos`). */
  readonly key = new Uint32Array(MT_N);
  pos = MT_N;

  constructor(seed?: unknown) {
    super(seed);
    // SeedSequence seeding: the MSB of key[0] is set so the state is never all zero; NumPy leaves pos = 623.
    const words = this._seedSeq!.generateWords(MT_N);
    this.key.set(words);
    this.key[0] = 0x80000000;
    this.pos = MT_N - 1;
  }

  /** NumPy's `_legacy_seeding`: what RandomState(seed) and np.random.seed(seed) do. */
  _legacy_seeding(seed: unknown): void {
    const parsed = parseLegacySeed(seed);
    if (parsed.kind === 'int') this.initGenrand(parsed.value);
    else if (parsed.kind === 'array') this.initByArray(parsed.words);
    else {
      const words = new SeedSequence().generateWords(MT_N);
      this.key.set(words);
      this.key[0] = 0x80000000;
      this.pos = MT_N - 1;
    }
    this._seedSeq = null;
  }

  /** Knuth's initializer from the 2002 reference implementation. */
  initGenrand(s: number): void {
    const mt = this.key;
    mt[0] = s >>> 0;
    for (let i = 1; i < MT_N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.pos = MT_N;
  }

  initByArray(initKey: readonly number[]): void {
    this.initGenrand(19650218);
    const mt = this.key;
    let i = 1;
    let j = 0;
    const len = initKey.length;
    for (let k = Math.max(MT_N, len); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + initKey[j] + j) >>> 0;
      i++;
      j++;
      if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = MT_N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
    this.pos = MT_N;
  }

  /** Regenerates all 624 words (mt19937_gen). */
  private generate(): void {
    const mt = this.key;
    let kk = 0;
    for (; kk < MT_N - MT_M; kk++) {
      const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + MT_M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; kk < MT_N - 1; kk++) {
      const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    const y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[MT_N - 1] = mt[MT_M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    this.pos = 0;
  }

  next32(): number {
    if (this.pos >= MT_N) this.generate();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** The first 32-bit draw is the high word. */
  next64(): number {
    const hi = this.next32();
    this.low = this.next32();
    return hi;
  }

  /** 53-bit double from a 27-bit and a 26-bit draw (the 2002 reference's genrand_res53). */
  nextDouble(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** Name of this generator's fused distribution kernels in kernels.wat. */
  readonly kernelName = 'mt19937' as const;

  /** For the fused distribution kernels (src/core/generator/bulk.ts): the state into kernel memory and back. */
  kernelBegin(k: Kernels): void {
    k.u32.set(this.key, MT_KEY / 4);
    k.mtpos.value = this.pos;
  }

  kernelEnd(k: Kernels): void {
    this.key.set(k.u32.subarray(MT_KEY / 4, MT_KEY / 4 + MT_N));
    this.pos = k.mtpos.value;
  }

  /** Runs the WebAssembly loop over `n` values in chunks; `take` copies each chunk out. Returns false without WASM. */
  private viaKernel(n: number, mode: number, take: (k: Kernels, done: number, count: number) => void): boolean {
    const k = n >= 64 ? kernels() : null;
    if (!k) return false;
    k.u32.set(this.key, MT_KEY / 4);
    k.mtpos.value = this.pos;
    for (let done = 0; done < n; done += CHUNK) {
      const count = Math.min(CHUNK, n - done);
      k.mt19937_fill(count, mode);
      take(k, done, count);
    }
    this.key.set(k.u32.subarray(MT_KEY / 4, MT_KEY / 4 + MT_N));
    this.pos = k.mtpos.value;
    return true;
  }

  fillRaw(words: Uint32Array, start: number, end: number): void {
    const ok = this.viaKernel(end - start, 0, (k, done, count) =>
      words.set(k.u32.subarray(OUT / 4, OUT / 4 + 2 * count), 2 * (start + done)));
    if (!ok) super.fillRaw(words, start, end);
  }

  fillDoubles(out: Float64Array, start = 0, end = out.length): void {
    if (this.viaKernel(end - start, 1, (k, done, count) => out.set(k.f64.subarray(OUT / 8, OUT / 8 + count), start + done))) return;
    const mt = this.key;
    let pos = this.pos;
    for (let i = start; i < end; i++) {
      if (pos >= MT_N) { this.generate(); pos = 0; }
      let a = mt[pos++];
      a ^= a >>> 11; a ^= (a << 7) & 0x9d2c5680; a ^= (a << 15) & 0xefc60000; a ^= a >>> 18;
      if (pos >= MT_N) { this.generate(); pos = 0; }
      let b = mt[pos++];
      b ^= b >>> 11; b ^= (b << 7) & 0x9d2c5680; b ^= (b << 15) & 0xefc60000; b ^= b >>> 18;
      out[i] = ((a >>> 5) * 67108864 + (b >>> 6)) / 9007199254740992;
    }
    this.pos = pos;
  }

  /** MT19937's raw output is one 32-bit word. */
  nextRaw(): number {
    this.low = this.next32();
    return 0;
  }

  get state(): Record<string, unknown> {
    return { bit_generator: 'MT19937', state: { key: Uint32Array.from(this.key), pos: this.pos } };
  }

  set state(value: Record<string, unknown> | unknown) {
    let v = value as Record<string, any>;
    if (Array.isArray(value)) {
      if (value[0] !== 'MT19937' || (value.length !== 3 && value.length !== 5)) {
        throw valueError('state is not a legacy MT19937 state');
      }
      v = { bit_generator: 'MT19937', state: { key: value[1], pos: value[2] } };
    }
    v = this.checkState(v, 'PRNG');
    const key = v.state.key as ArrayLike<number | bigint>;
    if (key.length !== MT_N) throw valueError(`key must have ${MT_N} elements`);
    for (let i = 0; i < MT_N; i++) this.key[i] = Number(key[i]) >>> 0;
    this.pos = Number(v.state.pos);
  }

  /** A copy whose state is advanced by 2**128 * jumps draws (NumPy's polynomial jump). */
  jumped(jumps = 1): MT19937 {
    if (!Number.isInteger(jumps)) throw typeError(`'float' object cannot be interpreted as an integer`);
    const copy = new MT19937(new SeedSequence(0));
    copy.key.set(this.key);
    copy.pos = this.pos;
    for (let i = 0; i < jumps; i++) copy.pos = jumpMT19937(copy.key, copy.pos);
    return copy;
  }
}
