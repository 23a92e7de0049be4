/**
 * CPython's random.Random (Lib/random.py over Modules/_randommodule.c): MT19937 seeded with
 * init_by_array from the seed's absolute value, with Python's own rules for str/bytes/float seeds.
 */
import { sha512 } from '@noble/hashes/sha512';
import { intToWords } from '../bitgen/seedsequence';
import { MT_N, MT19937 } from '../bitgen/mt19937';
import { typeError, valueError } from '../errors';
import { MethodTable } from '../methods';
import { isPyFloat, isPyInt, floatValue, PyByteArray, PyFloat, toBigInt } from '../pyvalues';
import { pyHashFloat } from './floathash';

const M64 = (1n << 64n) - 1n;
const SEED_TYPE_ERROR = 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.';

export type PyRandomState = [number, number[], number | null];

function bytesToBigInt(bytes: Uint8Array): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

export class Random {
  /** Public methods with Python's parameter names, read by the CLI and the engine. */
  static readonly methods: MethodTable = {
    random: { params: [] },
    getrandbits: { params: [{ name: 'k' }] },
  };

  /** MT19937 used only as the raw 32-bit source (no NumPy seeding rules apply here). */
  private readonly mt = new MT19937(0);
  /** Box-Muller's spare value, cleared by seed(). */
  gauss_next: number | null = null;

  constructor(x?: unknown) {
    this.seed(x);
  }

  seed(a?: unknown, version = 2): void {
    let n: bigint;
    if (a === null || a === undefined) {
      const buf = new Uint32Array(MT_N);
      globalThis.crypto.getRandomValues(buf);
      this.mt.initByArray(Array.from(buf));
      this.gauss_next = null;
      return;
    }
    if (version === 1 && (typeof a === 'string' || a instanceof Uint8Array)) {
      const s = typeof a === 'string' ? a : String.fromCharCode(...a);
      const codes = [...s].map((c) => BigInt(c.codePointAt(0)!));
      let x = codes.length > 0 ? codes[0] << 7n : 0n;
      for (const c of codes) x = ((1000003n * x) ^ c) & M64;
      x ^= BigInt(codes.length);
      n = x === -1n ? -2n : x;
    } else if (version === 2 && (typeof a === 'string' || a instanceof Uint8Array || a instanceof PyByteArray)) {
      const bytes = typeof a === 'string' ? new TextEncoder().encode(a) : a instanceof PyByteArray ? a.bytes : a;
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes);
      all.set(sha512(bytes), bytes.length);
      n = bytesToBigInt(all);
    } else if (isPyInt(a)) {
      n = toBigInt(a);
    } else if (isPyFloat(a)) {
      n = pyHashFloat(floatValue(a as number | PyFloat)) & M64; // (size_t) cast of the hash
    } else {
      throw typeError(SEED_TYPE_ERROR);
    }
    this.mt.initByArray(intToWords(n < 0n ? -n : n));
    this.gauss_next = null;
  }

  /** 53-bit float in [0, 1). */
  random(): number {
    const a = this.mt.next32() >>> 5;
    const b = this.mt.next32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /** k random bits as a Python int (number up to 53 bits, bigint beyond). */
  getrandbits(k: number): number | bigint {
    if (k < 0) throw valueError('number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return this.mt.next32() >>> (32 - k);
    let r = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let w = this.mt.next32();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
    }
    return k <= 53 ? Number(r) : r;
  }

  getstate(): PyRandomState {
    const st = this.mt.state as { state: { key: Uint32Array; pos: number } };
    return [3, [...Array.from(st.state.key), st.state.pos], this.gauss_next];
  }

  setstate(state: PyRandomState): void {
    const [version, internal, gauss] = state;
    if (version !== 3 && version !== 2) {
      throw valueError(`state with version ${version} passed to Random.setstate() of version 3`);
    }
    if (!Array.isArray(internal) || internal.length !== MT_N + 1) throw valueError('state vector is the wrong size');
    this.mt.state = { bit_generator: 'MT19937', state: { key: internal.slice(0, MT_N), pos: internal[MT_N] } };
    this.gauss_next = gauss;
  }
}
