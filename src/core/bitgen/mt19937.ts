/**
 * MT19937 as NumPy has it (numpy/random/src/mt19937, _mt19937.pyx): SeedSequence seeding for
 * `MT19937(seed)`, the 1998/2002 reference seeding for RandomState (`_legacy_seeding`).
 */
import { PyError } from '../errors';
import { NDArray } from '../ndarray';
import { BitGenerator, SeedLike, checkStateFor } from './base';
import { legacySeedWords } from './legacyseed';
import { jumpMt19937 } from './mt19937jump';
import { MT_CHUNK, mt19937Kernel } from './wasm/mt19937kernel';
import { SeedSequence } from './seedsequence';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const TWO_M53 = 1 / 9007199254740992;

function temper(y: number): number {
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  return (y ^ (y >>> 18)) >>> 0;
}

export class MT19937 extends BitGenerator {
  readonly key = new Uint32Array(N);
  /** The same words as int32: loads stay small integers in V8's optimised loops (twist, fills). */
  private readonly words = new Int32Array(this.key.buffer);
  pos = N;

  constructor(seed?: SeedLike) {
    super(seed);
    // MSB set so the key can never be all zero; NumPy leaves pos at 623 (the loop's last index).
    const words = this.seedSeq!.generateWords(N);
    this.key.set(words);
    this.key[0] = 0x80000000;
    this.pos = N - 1;
  }

  protected create(seed: SeedSequence): this {
    return new MT19937(seed) as this;
  }

  /** RandomState's seeding: an int in [0, 2**32-1] or a 1-d array of them; None draws OS entropy. */
  _legacy_seeding(seed: unknown): void {
    if (seed instanceof SeedSequence) {
      throw new PyError('TypeError', 'SeedSequence not allowed when using legacy seeding');
    }
    if (seed === null || seed === undefined) {
      const words = new SeedSequence().generateWords(N);
      this.key.set(words);
      this.key[0] = 0x80000000;
      this.pos = N;
      return;
    }
    const parsed = legacySeedWords(seed);
    if (typeof parsed === 'number') this.initGenrand(parsed);
    else this.initByArray(parsed);
    this.seedSeq = null;
  }

  /** A copy whose state is jumped as if 2**(128 * jumps) draws had been made. */
  jumped(jumps: number = 1): MT19937 {
    const copy = new MT19937(new SeedSequence(0));
    copy.state = this.state;
    for (let i = 0; i < jumps; i++) copy.pos = jumpMt19937(copy.key, copy.pos);
    return copy;
  }

  /** Knuth's linear seeding (mt19937_seed). */
  initGenrand(s: number): void {
    const mt = this.key;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.pos = N;
  }

  /** The 2002 reference init_by_array (also CPython's random.seed). */
  initByArray(initKey: ArrayLike<number>): void {
    this.initGenrand(19650218);
    const mt = this.key;
    const klen = initKey.length;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, klen); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + initKey[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= klen) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
    this.pos = N;
  }

  /** Regenerates all 624 words in place (mt19937_gen). */
  twist(): void {
    const mt = this.words;
    let i = 0;
    let y: number;
    for (; i < N - M; i++) {
      y = (mt[i] & 0x80000000) | (mt[i + 1] & 0x7fffffff);
      mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; i < N - 1; i++) {
      y = (mt[i] & 0x80000000) | (mt[i + 1] & 0x7fffffff);
      mt[i] = mt[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    this.pos = 0;
  }

  next32(): number {
    if (this.pos >= N) this.twist();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    return (y ^ (y >>> 18)) >>> 0;
  }

  /** The first draw is the high word. */
  next64(): number {
    const hi = this.next32();
    this.low = this.next32();
    return hi;
  }

  nextDouble(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** NumPy's mt19937_raw is one 32-bit output widened to uint64, not next64. */
  fillRaw(out: Uint32Array, n: number): void {
    for (let i = 0; i < n; i++) {
      out[2 * i] = this.next32();
      out[2 * i + 1] = 0;
    }
  }

  /**
   * Same stream as nextDouble(): pairs of tempered words read straight from the key between
   * twists (NumPy's mt19937_fill_double), with the pair split across a twist handled apart.
   */
  fillDoubles(out: Float64Array): void {
    const k = mt19937Kernel();
    if (!k || out.length < 64) return this.fillDoublesJs(out);
    k.words.set(this.key);
    k.words[N] = this.pos;
    for (let done = 0; done < out.length; done += MT_CHUNK) {
      const n = Math.min(MT_CHUNK, out.length - done);
      k.fillDoubles(n);
      out.set(n === MT_CHUNK ? k.doubles : k.doubles.subarray(0, n), done);
    }
    this.key.set(k.words.subarray(0, N));
    this.pos = k.words[N];
  }

  fillDoublesJs(out: Float64Array): void {
    const mt = this.words;
    const n = out.length;
    let pos = this.pos;
    let k = 0;
    while (k < n) {
      if (pos >= N) { this.twist(); pos = 0; }
      const avail = N - pos;
      if (avail === 1) {
        const a = temper(mt[pos]) >>> 5;
        this.twist();
        out[k++] = (a * 67108864 + (temper(mt[0]) >>> 6)) * TWO_M53;
        pos = 1;
        continue;
      }
      const end = k + Math.min(n - k, avail >>> 1);
      for (; k < end; k++) {
        let y = mt[pos];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        let z = mt[pos + 1];
        z ^= z >>> 11;
        z ^= (z << 7) & 0x9d2c5680;
        z ^= (z << 15) & 0xefc60000;
        z ^= z >>> 18;
        out[k] = ((y >>> 5) * 67108864 + (z >>> 6)) * TWO_M53;
        pos += 2;
      }
    }
    this.pos = pos;
  }

  get state(): Record<string, unknown> {
    const key: NDArray = { dtype: 'uint32', shape: [N], data: Uint32Array.from(this.key) };
    return { bit_generator: 'MT19937', state: { key, pos: this.pos } };
  }

  set state(value: Record<string, unknown>) {
    const inner = checkStateFor(value, 'MT19937');
    const key = inner.key as NDArray | ArrayLike<number>;
    const data = 'data' in key ? (key.data as ArrayLike<number>) : key;
    if (data.length !== N) throw new PyError('ValueError', `state must be 624 elements`);
    for (let i = 0; i < N; i++) this.key[i] = Number(data[i]) >>> 0;
    this.pos = Number(inner.pos);
  }
}
