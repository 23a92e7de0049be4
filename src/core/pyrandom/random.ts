/**
 * CPython's random.Random (Lib/random.py over Modules/_randommodule.c): MT19937 seeded with
 * init_by_array from the seed's absolute value, with Python's own rules for str/bytes/float seeds.
 */
import { sha512 } from '@noble/hashes/sha512';
import { intToWords } from '../bitgen/seedsequence';
import { MT_N, MT19937 } from '../bitgen/mt19937';
import { typeError, valueError } from '../errors';
import { MethodTable } from '../methods';
import { PyError } from '../errors';
import { acos, cos, exp, log, pow, sin } from '../math';
import { isPyFloat, isPyInt, floatValue, PyByteArray, PyFloat, pyTypeName, toBigInt } from '../pyvalues';
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
    random: { params: [], builtin: true },
    getrandbits: { params: [{ name: 'k' }], builtin: true },
    randrange: { params: [{ name: 'start' }, { name: 'stop', default: null }, { name: 'step', default: 1 }] },
    randint: { params: [{ name: 'a' }, { name: 'b' }] },
    choice: { params: [{ name: 'seq' }] },
    sample: { params: [{ name: 'population' }, { name: 'k' }, { name: 'counts', default: null, keywordOnly: true }] },
    choices: { params: [{ name: 'population' }, { name: 'weights', default: null }, { name: 'cum_weights', default: null, keywordOnly: true }, { name: 'k', default: 1, keywordOnly: true }] },
    randbytes: { params: [{ name: 'n' }] },
    uniform: { params: [{ name: 'a' }, { name: 'b' }] },
    triangular: { params: [{ name: 'low', default: 0 }, { name: 'high', default: 1 }, { name: 'mode', default: null }] },
    gauss: { params: [{ name: 'mu', default: 0 }, { name: 'sigma', default: 1 }] },
    normalvariate: { params: [{ name: 'mu', default: 0 }, { name: 'sigma', default: 1 }] },
    lognormvariate: { params: [{ name: 'mu' }, { name: 'sigma' }] },
    expovariate: { params: [{ name: 'lambd' }] },
    vonmisesvariate: { params: [{ name: 'mu' }, { name: 'kappa' }] },
    gammavariate: { params: [{ name: 'alpha' }, { name: 'beta' }] },
    betavariate: { params: [{ name: 'alpha' }, { name: 'beta' }] },
    paretovariate: { params: [{ name: 'alpha' }] },
    weibullvariate: { params: [{ name: 'alpha' }, { name: 'beta' }] },
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
    if (!Array.isArray(state)) throw typeError(`'${pyTypeName(state)}' object is not subscriptable`);
    const [version, internal, gauss] = state;
    if (!Array.isArray(internal)) throw typeError('state vector must be a tuple');
    if (version !== 3 && version !== 2) {
      throw valueError(`state with version ${version} passed to Random.setstate() of version 3`);
    }
    if (!Array.isArray(internal) || internal.length !== MT_N + 1) throw valueError('state vector is the wrong size');
    this.mt.state = { bit_generator: 'MT19937', state: { key: internal.slice(0, MT_N), pos: internal[MT_N] } };
    this.gauss_next = gauss;
  }

  /** CPython's _randbelow_with_getrandbits: redraw bit_length(n) bits until below n. */
  _randbelow(n: number | bigint): number | bigint {
    if (typeof n === 'number' && n <= Number.MAX_SAFE_INTEGER) {
      const k = n === 0 ? 0 : n.toString(2).length;
      let r = this.getrandbits(k) as number;
      while (r >= n) r = this.getrandbits(k) as number;
      return r;
    }
    const big = BigInt(n);
    const k = big.toString(2).length;
    let r = BigInt(this.getrandbits(k));
    while (r >= big) r = BigInt(this.getrandbits(k));
    return r;
  }

  randrange(start: unknown, stop: unknown = null, step: unknown = 1): number | bigint {
    const istart = indexArg(start, 'arg 1');
    if (stop === null || stop === undefined) {
      if (step !== 1) throw new PyError('TypeError', 'Missing a non-None stop argument');
      if (istart > 0n) return pyInt(this._randbelow(narrow(istart)));
      throw new PyError('ValueError', 'empty range for randrange()');
    }
    const istop = indexArg(stop, 'stop');
    const width = istop - istart;
    const istep = indexArg(step, 'step');
    if (istep === 1n) {
      if (width > 0n) return pyInt(istart + BigInt(this._randbelow(narrow(width))));
      throw new PyError('ValueError', `empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw new PyError('ValueError', 'zero step for randrange()');
    if (n <= 0n) throw new PyError('ValueError', 'empty range for randrange()');
    return pyInt(istart + istep * BigInt(this._randbelow(narrow(n))));
  }

  randint(a: unknown, b: unknown): number | bigint {
    return this.randrange(a, indexArg(b, 'stop') + 1n);
  }

  choice<T>(seq: ArrayLike<T> | string): T | string {
    if (!seq.length) throw new PyError('IndexError', 'Cannot choose from an empty sequence');
    return seq[Number(this._randbelow(seq.length))];
  }

  shuffle(x: unknown[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = Number(this._randbelow(i + 1));
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  sample<T>(population: ArrayLike<T>, k: number, counts: readonly number[] | null = null): T[] {
    const n = population.length;
    if (counts !== null) {
      const cum: number[] = [];
      let acc = 0;
      for (const c of counts) cum.push((acc += c));
      if (cum.length !== n) throw new PyError('ValueError', 'The number of counts does not match the population');
      const total = cum.pop()!;
      if (!Number.isInteger(total)) throw new PyError('TypeError', 'Counts must be integers');
      if (total <= 0) throw new PyError('ValueError', 'Total of counts must be greater than zero');
      const selections = this.sample(Array.from({ length: total }, (_, i) => i), k);
      return selections.map((s) => population[bisectRight(cum, s, 0, cum.length)]);
    }
    // `0 <= k <= n` in random.py: a k that is no number fails the comparison itself.
    const kv: unknown = k;
    if (!isPyInt(kv) && !isPyFloat(kv)) throw typeError(`'<=' not supported between instances of 'int' and '${pyTypeName(kv)}'`);
    const kn = isPyFloat(kv) ? floatValue(kv) : Number(kv);
    if (!(0 <= kn && kn <= n)) throw new PyError('ValueError', 'Sample larger than population or is negative');
    if (!Number.isInteger(kn) || isPyFloat(kv)) throw typeError("can't multiply sequence by non-int of type 'float'"); // [None] * k
    k = kn;
    const result: T[] = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(log(k * 3) / log(4));
    if (n <= setsize) {
      const pool = Array.from(population);
      for (let i = 0; i < k; i++) {
        const j = Number(this._randbelow(n - i));
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = Number(this._randbelow(n));
        while (selected.has(j)) j = Number(this._randbelow(n));
        selected.add(j);
        result[i] = population[j];
      }
    }
    return result;
  }

  choices<T>(population: ArrayLike<T>, weights: readonly number[] | null = null, cum_weights: readonly number[] | null = null, k = 1): T[] {
    const n = population.length;
    if (cum_weights === null) {
      if (weights === null) {
        return Array.from({ length: k }, () => population[Math.floor(this.random() * n)]);
      }
      let acc = 0;
      cum_weights = weights.map((w) => (acc += weightValue(w)));
    } else if (weights !== null) {
      throw new PyError('TypeError', 'Cannot specify both weights and cumulative weights');
    } else {
      cum_weights = cum_weights.map(weightValue);
    }
    if (cum_weights.length !== n) throw new PyError('ValueError', 'The number of weights does not match the population');
    const total = cum_weights[n - 1] + 0.0;
    if (total <= 0) throw new PyError('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new PyError('ValueError', 'Total of weights must be finite');
    const cw = cum_weights;
    return Array.from({ length: k }, () => population[bisectRight(cw, this.random() * total, 0, n - 1)]);
  }

  randbytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    if (n === 0) return out;
    const v = BigInt(this.getrandbits(n * 8));
    for (let i = 0; i < n; i++) out[i] = Number((v >> BigInt(8 * i)) & 0xffn);
    return out;
  }

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    if (high === low) return low; // Python: ZeroDivisionError in (mode - low) / (high - low) -> return low
    let c = mode === null ? 0.5 : (mode - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      if ((z * z) / 4.0 <= -log(u2)) break;
    }
    return mu + z * sigma;
  }

  /** Box-Muller with the spare value cached in gauss_next (cleared by seed). */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gauss_next;
    this.gauss_next = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * log(1.0 - this.random()));
      z = cos(x2pi) * g2rad;
      this.gauss_next = sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return exp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd: number): number {
    if (lambd === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
    return -log(1.0 - this.random()) / lambd;
  }

  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = cos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    return u3 > 0.5 ? pyFloatMod(mu + acos(f), TWOPI) : pyFloatMod(mu - acos(f), TWOPI);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw new PyError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = log(u1 / (1.0 - u1)) / ainv;
        const x = alpha * exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) return x * beta;
      }
    }
    if (alpha === 1.0) return -log(1.0 - this.random()) * beta;
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pow(x, alpha - 1.0)) break;
      } else if (u1 <= exp(-x)) break;
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    return y ? y / (y + this.gammavariate(beta, 1.0)) : 0.0;
  }

  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    return pow(u, -1.0 / alpha);
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    return alpha * pow(-log(u), 1.0 / beta);
  }
}

const TWOPI = 2.0 * Math.PI;
/** random.py's module constants, computed with libm as CPython computes them at import. */
const NV_MAGICCONST = (4 * exp(-0.5)) / Math.sqrt(2.0);
const LOG4 = log(4.0);
const SG_MAGICCONST = 1.0 + log(4.5);

/** Python's float %: the result takes the sign of the divisor. */
function pyFloatMod(a: number, b: number): number {
  let m = a % b;
  if (m) {
    if (b < 0 !== m < 0) m += b;
  } else {
    m = b < 0 ? -0 : 0;
  }
  return m;
}

function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** operator.index for randrange's arguments, with CPython 3.11's rule for integral floats. */
function indexArg(v: unknown, which: string): bigint {
  if (isPyInt(v)) return toBigInt(v);
  if (isPyFloat(v)) {
    const f = floatValue(v as number | PyFloat);
    if (Number.isInteger(f)) return BigInt(f);
    throw new PyError('ValueError', `non-integer ${which} for randrange()`);
  }
  throw new PyError('TypeError', `'${typeof v === 'string' ? 'str' : typeof v}' object cannot be interpreted as an integer`);
}

const narrow = (v: bigint): number | bigint => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
const pyInt = (v: number | bigint): number | bigint => (typeof v === 'bigint' ? narrow(v) : v);

/** A weight as a double: integral floats arrive as PyFloat, ints beyond 2**53 as bigint. */
function weightValue(w: number | PyFloat | bigint): number {
  return typeof w === 'bigint' ? Number(w) : floatValue(w);
}
