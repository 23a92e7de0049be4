/**
 * CPython's random.Random (Lib/random.py over Modules/_randommodule.c): MT19937 seeded by
 * init_by_array from the seed's 32-bit words. Distributions are added by the Python-random work.
 */
import { MT19937 } from '../bitgen/mt19937';
import { PyError, typeError } from '../errors';
import { MethodTable } from '../methods';
import { PyFloat, isNone, isPyInt } from '../seed';
import { hashFloat, asSizeT } from './hash';
import { sha512 } from './sha512';

const VERSION = 3;
const N = 624;

/** Random.getstate(): (3, (624 key words..., index), gauss_next). */
export type PyRandomState = [number, number[], number | null];

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function bytesToBigInt(b: Uint8Array): bigint {
  let v = 0n;
  for (const byte of b) v = (v << 8n) | BigInt(byte);
  return v;
}

/** abs(n) as 32-bit words, least significant first; 0 gives [0] (random_seed in C). */
function seedWords(n: bigint): number[] {
  if (n < 0n) n = -n;
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return words;
}

export class Random {
  static readonly methods: MethodTable = {
    random: { params: [], sized: false },
    getrandbits: { params: [{ name: 'k' }], sized: false },
  };

  readonly mt: MT19937 = new MT19937(0);
  /** Python's gauss() pair cache; seed() and setstate() reset it. */
  gauss_next: number | null = null;

  constructor(x?: unknown) {
    this.seed(x);
  }

  seed(a?: unknown, version = 2): void {
    let n: bigint;
    if (isNone(a)) {
      const w = new Uint32Array(N);
      globalThis.crypto.getRandomValues(w);
      this.mt.initByArray(w);
      this.gauss_next = null;
      return;
    }
    if (version === 1 && (typeof a === 'string' || a instanceof Uint8Array)) {
      const s = typeof a === 'string' ? a : Array.from(a, (c) => String.fromCharCode(c)).join('');
      const codes = Array.from(s, (c) => BigInt(c.codePointAt(0)!));
      let x = codes.length > 0 ? codes[0] << 7n : 0n;
      for (const c of codes) x = ((1000003n * x) ^ c) & 0xffffffffffffffffn;
      x ^= BigInt(codes.length);
      n = x;
    } else if (version === 2 && (typeof a === 'string' || a instanceof Uint8Array)) {
      const bytes = typeof a === 'string' ? utf8(a) : a;
      const joined = new Uint8Array(bytes.length + 64);
      joined.set(bytes);
      joined.set(sha512(bytes), bytes.length);
      n = bytesToBigInt(joined);
    } else if (typeof a === 'boolean') {
      n = a ? 1n : 0n;
    } else if (isPyInt(a)) {
      n = BigInt(a);
    } else if (typeof a === 'number' || a instanceof PyFloat) {
      n = asSizeT(hashFloat(typeof a === 'number' ? a : a.value));
    } else if (typeof a === 'string' || a instanceof Uint8Array) {
      throw new PyError('NotImplementedError', 'seed(str) with version 3+ uses the randomised str hash');
    } else {
      throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
    }
    this.mt.initByArray(seedWords(n));
    this.gauss_next = null;
  }

  /** A float in [0, 1) with 53 random bits. */
  random(): number {
    return this.mt.nextDouble();
  }

  /** k random bits as a Python int: a number up to 53 bits, a bigint beyond. */
  getrandbits(k: number | bigint): number | bigint {
    if (!isPyInt(k)) throw typeError("'float' object cannot be interpreted as an integer");
    const bits = Number(k);
    if (bits < 0) throw new PyError('ValueError', 'number of bits must be non-negative');
    if (bits === 0) return 0;
    if (bits <= 32) return this.mt.next32() >>> (32 - bits);
    let r = 0n;
    let shift = 0n;
    for (let left = bits; left > 0; left -= 32) {
      let w = this.mt.next32();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
    }
    return bits <= 53 ? Number(r) : r;
  }

  getstate(): PyRandomState {
    return [VERSION, [...Array.from(this.mt.key), this.mt.pos], this.gauss_next];
  }

  setstate(state: unknown): void {
    if (!Array.isArray(state)) throw typeError('state must be a tuple');
    const version = state[0];
    if (version !== VERSION) {
      throw new PyError('ValueError', `state with version ${String(version)} passed to Random.setstate() of version ${VERSION}`);
    }
    const internal = state[1] as unknown[];
    if (!Array.isArray(internal) || internal.length !== N + 1) throw new PyError('ValueError', 'state vector is the wrong size');
    const index = Number(internal[N]);
    if (index < 0 || index > N) throw new PyError('ValueError', 'invalid state');
    for (let i = 0; i < N; i++) this.mt.key[i] = Number(internal[i]) >>> 0;
    this.mt.pos = index;
    this.gauss_next = state[2] === null || state[2] === undefined ? null : Number(state[2]);
  }
}
