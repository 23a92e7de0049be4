/**
 * NumPy's SeedSequence (numpy/random/bit_generator.pyx): hashes any amount of entropy into a
 * 4-word pool and expands it into well-mixed seed words for the bit generators.
 */
import { PyError, typeError } from '../errors';
import { NDArray } from '../ndarray';
import { PyValue, isNDArray, isNone, isPyFloat, isPyInt, pyStr, toBigInt } from '../seed';

const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;
const DEFAULT_POOL_SIZE = 4;

/** A Python int's 32-bit words, least significant first (0 gives [0]); negatives are rejected. */
export function intToWords(n: bigint): number[] {
  if (n < 0n) throw new PyError('ValueError', 'expected non-negative integer');
  if (n === 0n) return [0];
  const words: number[] = [];
  while (n > 0n) {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return words;
}

/** NumPy's `_coerce_to_uint32_array`: an int, a numeric string, or a (nested) sequence of those. */
function coerceToWords(x: unknown): number[] {
  if (typeof x === 'boolean' || isPyInt(x)) return intToWords(toBigInt(x));
  if (typeof x === 'string') {
    const base = x.startsWith('0x') ? 16 : x.startsWith('0') && x.length > 1 ? 8 : 10;
    const digits = base === 16 ? x.slice(2) : x;
    let v = 0n;
    for (const ch of digits) v = v * BigInt(base) + BigInt(parseInt(ch, base));
    return intToWords(v);
  }
  if (isPyFloat(x)) throw typeError('seed must be integer');
  if (isNDArray(x)) {
    if (x.dtype === 'uint32') return Array.from(x.data as Uint32Array);
    if (x.dtype.startsWith('float')) throw typeError('seed must be integer');
    return Array.from(x.data as ArrayLike<number | bigint>, (v) => intToWords(BigInt(v))).flat();
  }
  if (Array.isArray(x)) return x.flatMap((v) => coerceToWords(v));
  throw typeError(`SeedSequence expects int or sequence of ints for entropy not ${pyStr(x)}`);
}

/** OS entropy as a non-negative Python int of `bits` bits (crypto.getRandomValues). */
function osEntropy(bits: number): bigint {
  const words = new Uint32Array(Math.ceil(bits / 32));
  globalThis.crypto.getRandomValues(words);
  let v = 0n;
  for (const w of words) v = (v << 32n) | BigInt(w);
  return v;
}

function mulU32(a: number, b: number): number {
  return Math.imul(a, b) >>> 0;
}

export interface SeedSequenceState {
  entropy: bigint | PyValue;
  spawn_key: readonly number[];
  pool_size: number;
  n_children_spawned: number;
}

export interface SeedSequenceOptions {
  spawn_key?: readonly (number | bigint)[];
  pool_size?: number;
  n_children_spawned?: number;
}

export class SeedSequence {
  /** The entropy as given (a bigint when drawn from the OS). */
  readonly entropy: bigint | PyValue;
  readonly spawn_key: readonly (number | bigint)[];
  readonly pool_size: number;
  n_children_spawned: number;
  readonly pool: Uint32Array;

  constructor(entropy?: PyValue, options: SeedSequenceOptions = {}) {
    const poolSize = options.pool_size ?? DEFAULT_POOL_SIZE;
    if (poolSize < DEFAULT_POOL_SIZE) {
      throw new PyError('ValueError', `The size of the entropy pool should be at least ${DEFAULT_POOL_SIZE}`);
    }
    let ent: bigint | PyValue = entropy;
    if (isNone(ent)) ent = osEntropy(poolSize * 32);
    else if (!(typeof ent === 'boolean' || isPyInt(ent) || Array.isArray(ent) || isNDArray(ent))) {
      throw typeError(`SeedSequence expects int or sequence of ints for entropy not ${pyStr(ent)}`);
    }
    this.entropy = ent;
    this.spawn_key = [...(options.spawn_key ?? [])];
    this.pool_size = poolSize;
    this.n_children_spawned = options.n_children_spawned ?? 0;
    this.pool = new Uint32Array(poolSize);
    this.mixEntropy(this.assembledEntropy());
  }

  /** Run entropy (zero-padded to the pool size when a spawn key follows) then the spawn key. */
  private assembledEntropy(): number[] {
    const run = coerceToWords(this.entropy);
    const spawn = coerceToWords(this.spawn_key);
    if (spawn.length > 0 && run.length < this.pool_size) {
      while (run.length < this.pool_size) run.push(0);
    }
    return run.concat(spawn);
  }

  private mixEntropy(ent: readonly number[]): void {
    let hashConst = INIT_A;
    const hashmix = (value: number): number => {
      value = (value ^ hashConst) >>> 0;
      hashConst = mulU32(hashConst, MULT_A);
      value = mulU32(value, hashConst);
      return (value ^ (value >>> XSHIFT)) >>> 0;
    };
    const mix = (x: number, y: number): number => {
      const r = (mulU32(MIX_MULT_L, x) - mulU32(MIX_MULT_R, y)) >>> 0;
      return (r ^ (r >>> XSHIFT)) >>> 0;
    };
    const pool = this.pool;
    for (let i = 0; i < this.pool_size; i++) pool[i] = hashmix(i < ent.length ? ent[i] : 0);
    for (let src = 0; src < this.pool_size; src++) {
      for (let dst = 0; dst < this.pool_size; dst++) {
        if (src !== dst) pool[dst] = mix(pool[dst], hashmix(pool[src]));
      }
    }
    for (let src = this.pool_size; src < ent.length; src++) {
      for (let dst = 0; dst < this.pool_size; dst++) pool[dst] = mix(pool[dst], hashmix(ent[src]));
    }
  }

  /** `n_words` seed words as uint32 (Uint32Array) or uint64 (pairs of 32-bit words, low first). */
  generate_state(n_words: number, dtype: 'uint32' | 'uint64' = 'uint32'): NDArray {
    if (dtype !== 'uint32' && dtype !== 'uint64') {
      throw new PyError('ValueError', 'only support uint32 or uint64');
    }
    const n32 = dtype === 'uint64' ? 2 * n_words : n_words;
    const words = this.generateWords(n32);
    if (dtype === 'uint32') return { dtype, shape: [n_words], data: words };
    return { dtype, shape: [n_words], data: new BigUint64Array(words.buffer, 0, n_words) };
  }

  /** The raw 32-bit words of generate_state (what the bit generators consume). */
  generateWords(n: number): Uint32Array {
    const out = new Uint32Array(n);
    let hashConst = INIT_B;
    for (let i = 0; i < n; i++) {
      let v = (this.pool[i % this.pool_size] ^ hashConst) >>> 0;
      hashConst = mulU32(hashConst, MULT_B);
      v = mulU32(v, hashConst);
      out[i] = (v ^ (v >>> XSHIFT)) >>> 0;
    }
    return out;
  }

  spawn(n_children: number): SeedSequence[] {
    const start = this.n_children_spawned;
    const kids: SeedSequence[] = [];
    for (let i = start; i < start + n_children; i++) {
      kids.push(new SeedSequence(this.entropy as PyValue, {
        spawn_key: [...this.spawn_key, i],
        pool_size: this.pool_size,
      }));
    }
    this.n_children_spawned += n_children;
    return kids;
  }

  get state(): SeedSequenceState {
    return {
      entropy: this.entropy,
      spawn_key: this.spawn_key.map(Number),
      pool_size: this.pool_size,
      n_children_spawned: this.n_children_spawned,
    };
  }
}
