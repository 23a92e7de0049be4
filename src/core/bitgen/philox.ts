/**
 * Philox 4x64-10 counter-based generator (Random123), as numpy/random/src/philox: each
 * counter increment yields four 64-bit outputs, handed out from a buffer.
 */
import { valueError } from '../errors';
import { Native64BitGenerator } from './bitgenerator';
import { mul64x64 } from './u64';
import { CHUNK, kernels, Kernels, OUT } from './wasm/kernels';

const ROUNDS = 10;
const BUFFER_SIZE = 4;
/** Key bump constants (Weyl sequence) and round multipliers, as hi/lo 32-bit halves. */
const W0H = 0x9e3779b9, W0L = 0x7f4a7c15, W1H = 0xbb67ae85, W1L = 0x84caa73b;
const PM0H = 0xd2e7470e, PM0L = 0xe14c6c93, PM1H = 0xca5a8263, PM1L = 0x95121157;

function intToWords64(value: bigint, name: string, bits: number): bigint[] {
  if (value < 0n || value >= 1n << BigInt(bits)) throw valueError(`${name} must be positive and less than 2**${bits}.`);
  const out: bigint[] = [];
  for (let i = 0; i < bits / 64; i++) { out.push(value & 0xffffffffffffffffn); value >>= 64n; }
  return out;
}

function toWords(v: unknown, name: string, bits: number): bigint[] {
  if (Array.isArray(v) || ArrayBuffer.isView(v)) {
    const arr = Array.from(v as ArrayLike<number | bigint>, (x) => BigInt(x) & 0xffffffffffffffffn);
    if (arr.length !== bits / 64) throw valueError(`${name} must have ${bits / 64} elements when using array form`);
    return arr;
  }
  return intToWords64(BigInt(v as number | bigint), name, bits);
}

export class Philox extends Native64BitGenerator {
  readonly name = 'Philox' as const;
  /** Counter words as 32-bit halves: ctr[2*i] = high half of v[i], ctr[2*i+1] = low half. */
  private readonly ctr = new Uint32Array(8);
  private readonly key = new Uint32Array(4);
  private readonly buffer = new Uint32Array(8);
  private bufferPos = BUFFER_SIZE;
  private readonly tmp = new Uint32Array(4);

  constructor(seed?: unknown, counter?: unknown, key?: unknown) {
    if (seed !== undefined && seed !== null && key !== undefined && key !== null) {
      throw valueError('seed and key cannot be both used');
    }
    super(seed);
    if (key !== undefined && key !== null) {
      const k = toWords(key, 'key', 128);
      this.setWords(this.key, k);
      this._seedSeq = null;
    } else {
      const k = this._seedSeq!.generateWords64(2);
      this.key.set([k[0][0], k[0][1], k[1][0], k[1][1]]);
    }
    this.setWords(this.ctr, toWords(counter ?? 0, 'counter', 256));
  }

  private setWords(target: Uint32Array, words: bigint[]): void {
    words.forEach((w, i) => {
      target[2 * i] = Number(w >> 32n);
      target[2 * i + 1] = Number(w & 0xffffffffn);
    });
  }

  private words(source: Uint32Array, n: number): bigint[] {
    return Array.from({ length: n }, (_, i) => (BigInt(source[2 * i]) << 32n) | BigInt(source[2 * i + 1]));
  }

  /** Increments the 256-bit counter and runs the 10 rounds into the buffer. */
  private refill(): void {
    const c = this.ctr;
    for (let i = 0; i < 4; i++) {
      c[2 * i + 1] = (c[2 * i + 1] + 1) >>> 0;
      if (c[2 * i + 1] !== 0) break;
      c[2 * i] = (c[2 * i] + 1) >>> 0;
      if (c[2 * i] !== 0) break;
    }
    let x0h = c[0], x0l = c[1], x1h = c[2], x1l = c[3], x2h = c[4], x2l = c[5], x3h = c[6], x3l = c[7];
    let k0h = this.key[0], k0l = this.key[1], k1h = this.key[2], k1l = this.key[3];
    const t = this.tmp;
    for (let r = 0; r < ROUNDS; r++) {
      if (r > 0) {
        let s = k0l + W0L; k0l = s >>> 0; k0h = (k0h + W0H + (s >= 4294967296 ? 1 : 0)) >>> 0;
        s = k1l + W1L; k1l = s >>> 0; k1h = (k1h + W1H + (s >= 4294967296 ? 1 : 0)) >>> 0;
      }
      mul64x64(PM0H, PM0L, x0h, x0l, t); const hi0h = t[0], hi0l = t[1], lo0h = t[2], lo0l = t[3];
      mul64x64(PM1H, PM1L, x2h, x2l, t); const hi1h = t[0], hi1l = t[1], lo1h = t[2], lo1l = t[3];
      const n0h = (hi1h ^ x1h ^ k0h) >>> 0, n0l = (hi1l ^ x1l ^ k0l) >>> 0;
      const n2h = (hi0h ^ x3h ^ k1h) >>> 0, n2l = (hi0l ^ x3l ^ k1l) >>> 0;
      x0h = n0h; x0l = n0l; x1h = lo1h; x1l = lo1l; x2h = n2h; x2l = n2l; x3h = lo0h; x3l = lo0l;
    }
    const b = this.buffer;
    b[0] = x0h; b[1] = x0l; b[2] = x1h; b[3] = x1l; b[4] = x2h; b[5] = x2l; b[6] = x3h; b[7] = x3l;
    this.bufferPos = 0;
  }

  next64(): number {
    if (this.bufferPos >= BUFFER_SIZE) this.refill();
    const i = this.bufferPos++;
    this.low = this.buffer[2 * i + 1];
    return this.buffer[2 * i];
  }


  /**
   * Bulk fill: what is left in the buffer first, then whole blocks in the WebAssembly kernel
   * (the last one becomes the spent buffer, as NumPy leaves it), then single draws.
   * `put(k, done, count)` copies `count` values written at OUT to output position `done`.
   */
  private fillVia(n: number, mode: number, single: (i: number) => void, put: (k: Kernels, done: number, count: number) => void): boolean {
    const k = n >= 64 ? kernels() : null;
    if (!k) return false;
    let i = 0;
    while (i < n && this.bufferPos < BUFFER_SIZE) single(i++);
    let blocks = Math.floor((n - i) / BUFFER_SIZE);
    if (blocks > 0) {
      const m = k.u32; // counter then key, as little-endian i64s
      for (let w = 0; w < 6; w++) {
        const src = w < 4 ? this.ctr : this.key;
        const j = w < 4 ? w : w - 4;
        m[2 * w] = src[2 * j + 1];
        m[2 * w + 1] = src[2 * j];
      }
      while (blocks > 0) {
        const b = Math.min(blocks, CHUNK / BUFFER_SIZE);
        k.philox_fill(b, mode);
        put(k, i, b * BUFFER_SIZE);
        i += b * BUFFER_SIZE;
        blocks -= b;
      }
      for (let w = 0; w < 4; w++) {
        this.ctr[2 * w + 1] = m[2 * w];
        this.ctr[2 * w] = m[2 * w + 1];
        this.buffer[2 * w + 1] = m[12 + 2 * w];
        this.buffer[2 * w] = m[12 + 2 * w + 1];
      }
      this.bufferPos = BUFFER_SIZE;
    }
    while (i < n) single(i++);
    return true;
  }

  fillDoubles(out: Float64Array, start = 0, end = out.length): void {
    const ok = this.fillVia(end - start, 1, (i) => { out[start + i] = this.nextDouble(); },
      (k, done, count) => out.set(k.f64.subarray(OUT / 8, OUT / 8 + count), start + done));
    if (!ok) super.fillDoubles(out, start, end);
  }

  fillRaw(words: Uint32Array, start: number, end: number): void {
    const ok = this.fillVia(end - start, 0, (i) => {
      words[2 * (start + i) + 1] = this.next64();
      words[2 * (start + i)] = this.low;
    }, (k, done, count) => words.set(k.u32.subarray(OUT / 4, OUT / 4 + 2 * count), 2 * (start + done)));
    if (!ok) super.fillRaw(words, start, end);
  }

  private resetBuffers(): void {
    this.hasUint32 = 0;
    this.uinteger = 0;
    this.bufferPos = BUFFER_SIZE;
    this.buffer.fill(0);
  }

  get state(): Record<string, unknown> {
    return {
      bit_generator: 'Philox',
      state: { counter: BigUint64Array.from(this.words(this.ctr, 4)), key: BigUint64Array.from(this.words(this.key, 2)) },
      buffer: BigUint64Array.from(this.words(this.buffer, 4)),
      buffer_pos: this.bufferPos,
      has_uint32: this.hasUint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: Record<string, unknown>) {
    const v = this.checkState(value, 'PRNG');
    const toBig = (a: ArrayLike<number | bigint>): bigint[] => Array.from(a, (x) => BigInt(x));
    this.setWords(this.ctr, toBig(v.state.counter));
    this.setWords(this.key, toBig(v.state.key));
    this.setWords(this.buffer, toBig(v.buffer));
    this.hasUint32 = Number(v.has_uint32);
    this.uinteger = Number(v.uinteger) >>> 0;
    this.bufferPos = Number(v.buffer_pos);
  }

  /** philox_advance: adds delta (mod 2**256) to the counter with NumPy's carry handling. */
  advance(delta: number | bigint): this {
    const m = 1n << 256n;
    const step = intToWords64(((BigInt(delta) % m) + m) % m, 'step', 256);
    const ctr = this.words(this.ctr, 4);
    const M64 = 0xffffffffffffffffn;
    let carry = 0;
    for (let i = 0; i < 4; i++) {
      if (carry === 1) {
        ctr[i] = (ctr[i] + 1n) & M64;
        carry = ctr[i] === 0n ? 1 : 0;
      }
      const orig = ctr[i];
      ctr[i] = (ctr[i] + step[i]) & M64;
      if (ctr[i] < orig && carry === 0) carry = 1;
    }
    this.setWords(this.ctr, ctr);
    this.resetBuffers();
    return this;
  }

  /** A copy advanced by jumps * 2**128 draws. */
  jumped(jumps: number | bigint = 1): Philox {
    const copy = new Philox(0);
    copy.state = this.state;
    return copy.advance(BigInt(jumps) * (1n << 128n));
  }
}
