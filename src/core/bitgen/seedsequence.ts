/**
 * NumPy's SeedSequence (numpy/random/bit_generator.pyx): hashes user entropy into a pool of
 * 32-bit words and draws well-mixed seed words for bit generators, and spawns independent
 * children through spawn keys.
 */
import { typeError, valueError } from '../errors';
import { NDArray } from '../ndarray';
import { isPyFloat, isPyInt, pyBytesRepr, PyFloat, pyFloatRepr, toBigInt } from '../pyvalues';

const DEFAULT_POOL_SIZE = 4;
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;

export type EntropyWord = number | bigint | boolean | string;
export type Entropy = number | bigint | boolean | readonly EntropyWord[];

/** A Python int as 32-bit words, least significant first ([0] for 0). */
export function intToWords(n: number | bigint | boolean): number[] {
  let v = toBigInt(n);
  if (v < 0n) throw valueError('expected non-negative integer');
  if (v === 0n) return [0];
  const words: number[] = [];
  while (v > 0n) {
    words.push(Number(v & 0xffffffffn));
    v >>= 32n;
  }
  return words;
}

const DECIMAL_RE = /^\d+$/;

/** NumPy's _coerce_to_uint32_array for one element of an entropy sequence or a whole int. */
function coerceWords(x: unknown): number[] {
  if (typeof x === 'string') {
    if (x.startsWith('0x')) x = BigInt(x);
    else if (DECIMAL_RE.test(x)) x = BigInt(x);
    else throw valueError('unrecognized seed string');
  }
  if (isPyInt(x)) return intToWords(x);
  if (isPyFloat(x)) throw typeError('seed must be integer');
  if (Array.isArray(x) || ArrayBuffer.isView(x)) {
    const out: number[] = [];
    // Nested sequences (and bytes, as their ints) are flattened, as NumPy's recursion does.
    for (const v of Array.from(x as ArrayLike<unknown>)) out.push(...coerceWords(v));
    return out;
  }
  throw typeError('seed must be integer');
}

function describe(v: unknown): string {
  if (typeof v === 'number' || v instanceof PyFloat) return pyFloatRepr(v instanceof PyFloat ? v.value : v);
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return pyBytesRepr(v);
  return String(v);
}

/** OS entropy for unseeded sequences: 128 bits from the platform's CSPRNG. */
function osEntropy(words: number): bigint {
  const buf = new Uint32Array(words);
  globalThis.crypto.getRandomValues(buf);
  let v = 0n;
  for (const w of buf) v = (v << 32n) | BigInt(w);
  return v;
}

export interface SeedSequenceOptions {
  spawn_key?: readonly (number | bigint)[];
  pool_size?: number;
  n_children_spawned?: number;
}

export class SeedSequence {
  readonly entropy: Entropy;
  readonly spawn_key: readonly (number | bigint)[];
  readonly pool_size: number;
  n_children_spawned: number;
  readonly pool: Uint32Array;

  constructor(entropy?: unknown, options: SeedSequenceOptions = {}) {
    const poolSize = options.pool_size ?? DEFAULT_POOL_SIZE;
    if (poolSize < DEFAULT_POOL_SIZE) {
      throw valueError(`The size of the entropy pool should be at least ${DEFAULT_POOL_SIZE}`);
    }
    if (entropy !== null && typeof entropy === 'object' && 'shape' in entropy && 'data' in entropy && 'dtype' in entropy) {
      // An ndarray: its integers, flattened (NumPy's errors for 0-d and float arrays).
      const a = entropy as { shape: readonly number[]; data: ArrayLike<number | bigint>; dtype: string };
      if (a.shape.length === 0) throw typeError('len() of unsized object');
      if (a.dtype === 'float64' || a.dtype === 'float32') throw typeError('seed must be integer');
      entropy = Array.from(a.data, (v) => BigInt(v));
    }
    if (entropy === undefined || entropy === null) {
      entropy = osEntropy(poolSize);
    } else if (!isPyInt(entropy) && !Array.isArray(entropy) && !(ArrayBuffer.isView(entropy) && !(entropy instanceof Uint8Array))) {
      // bytes (a Uint8Array) is no sequence of ints to SeedSequence's type check, though inside a list its ints are used
      throw typeError(`SeedSequence expects int or sequence of ints for entropy not ${describe(entropy)}`);
    }
    this.entropy = entropy as Entropy;
    this.spawn_key = [...(options.spawn_key ?? [])];
    this.pool_size = poolSize;
    this.n_children_spawned = options.n_children_spawned ?? 0;
    this.pool = new Uint32Array(poolSize);
    mixEntropy(this.pool, this.assembledEntropy());
  }

  /** Run entropy, zero-padded to the pool size when a spawn key follows (NumPy >= 1.19), then the spawn key. */
  private assembledEntropy(): number[] {
    const run = coerceWords(this.entropy);
    const spawn = coerceWords([...this.spawn_key]);
    if (spawn.length > 0 && run.length < this.pool_size) {
      while (run.length < this.pool_size) run.push(0);
    }
    return run.concat(spawn);
  }

  /** `n` 32-bit words of seed material. */
  generateWords(n: number): Uint32Array {
    const out = new Uint32Array(n);
    let hashConst = INIT_B;
    for (let i = 0; i < n; i++) {
      let v = (this.pool[i % this.pool_size] ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_B) >>> 0;
      v = Math.imul(v, hashConst) >>> 0;
      out[i] = (v ^ (v >>> 16)) >>> 0;
    }
    return out;
  }

  /** NumPy's generate_state(n_words, dtype): uint64 words pair 32-bit words low word first. */
  generate_state(n_words: number, dtype: 'uint32' | 'uint64' = 'uint32'): NDArray<Uint32Array | BigUint64Array> {
    if (dtype === 'uint32') return { dtype, shape: [n_words], data: this.generateWords(n_words) };
    if (dtype !== 'uint64') throw valueError('only support uint32 or uint64');
    const words = this.generateWords(2 * n_words);
    const data = new BigUint64Array(n_words);
    for (let i = 0; i < n_words; i++) data[i] = (BigInt(words[2 * i + 1]) << 32n) | BigInt(words[2 * i]);
    return { dtype, shape: [n_words], data };
  }

  /** 64-bit seed words as [hi, lo] 32-bit pairs, for bit generators seeded with uint64 state. */
  generateWords64(n: number): Array<[number, number]> {
    const w = this.generateWords(2 * n);
    return Array.from({ length: n }, (_, i) => [w[2 * i + 1], w[2 * i]] as [number, number]);
  }

  spawn(n_children: number): SeedSequence[] {
    if (n_children < 0) throw valueError('n_children must be non-negative');
    const kids: SeedSequence[] = [];
    for (let i = this.n_children_spawned; i < this.n_children_spawned + n_children; i++) {
      kids.push(new SeedSequence(this.entropy, { spawn_key: [...this.spawn_key, i], pool_size: this.pool_size }));
    }
    this.n_children_spawned += n_children;
    return kids;
  }

  get state(): { entropy: Entropy; spawn_key: readonly (number | bigint)[]; pool_size: number; n_children_spawned: number } {
    return { entropy: this.entropy, spawn_key: this.spawn_key, pool_size: this.pool_size, n_children_spawned: this.n_children_spawned };
  }
}

function hashmix(value: number, hc: { v: number }): number {
  value = (value ^ hc.v) >>> 0;
  hc.v = Math.imul(hc.v, MULT_A) >>> 0;
  value = Math.imul(value, hc.v) >>> 0;
  return (value ^ (value >>> 16)) >>> 0;
}

function mix(x: number, y: number): number {
  const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  return (r ^ (r >>> 16)) >>> 0;
}

function mixEntropy(pool: Uint32Array, entropy: readonly number[]): void {
  const hc = { v: INIT_A };
  const n = pool.length;
  for (let i = 0; i < n; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0, hc);
  for (let src = 0; src < n; src++) {
    for (let dst = 0; dst < n; dst++) {
      if (src !== dst) pool[dst] = mix(pool[dst], hashmix(pool[src], hc));
    }
  }
  for (let src = n; src < entropy.length; src++) {
    for (let dst = 0; dst < n; dst++) pool[dst] = mix(pool[dst], hashmix(entropy[src], hc));
  }
}
