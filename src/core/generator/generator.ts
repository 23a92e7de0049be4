/**
 * NumPy's Generator (numpy/random/_generator.pyx) over any bit generator, and default_rng.
 */
import { BitGenerator } from '../bitgen/bitgenerator';
import { PCG64, PCG64DXSM } from '../bitgen/pcg64';
import { RewindableSource } from '../bitgen/rewindable';
import { BitSource } from '../bitgen/bitgenerator';
import { SeedSequence } from '../bitgen/seedsequence';
import { kahanSum, normalizeIntDtype, scalarOf, toFloat, toIntArg } from '../args';
import {
  bytesOf, normalizeAxis, permutedAlongAxis, takeAlongAxis, permutedCopy, permutedLanes, permutedRange, shuffleAlongAxis, weightedIndices, weightedIndicesWithoutReplacement, wordsForBytes,
  probabilityVector,
} from '../distributions/choice';
import { fillBounded, INT_BOUNDS, mask32 } from '../distributions/bounded';
import { boundedBroadcast, hasArrayBounds } from '../distributions/bounded-broadcast';
import { PyError, typeError, valueError } from '../errors';
import { shuffleInPlace } from '../legacy/shuffle';
import { isPyInt, PyFloat, toBigInt } from '../pyvalues';
import { nextFloat, standardExponential, standardExponentialF, standardExponentialInv, standardExponentialInvF, standardGammaF, standardNormal, standardNormalF } from './ziggurat';
import { checkOutput, FloatDType, floatDtype } from './float-dtype';
import { binomialBulk, lemireBulk, poissonBulk, zigguratBulk } from './bulk';
import { emptyData } from '../empty';
import { binomial } from '../distributions/binomial';
import { poisson } from '../distributions/poisson';
import { sizedDoubles } from '../fill';
import { MethodTable, SIZE } from '../methods';
import { allocate, canCastSafely, NDArray, Size, sizeToShape, shapeSize } from '../ndarray';
import * as dc from '../distributions/continuous';
import { geometric, hypergeometric, logseries, zipf } from '../distributions/discrete';
import { checkHypergeometric, checkTriangular } from '../distributions/checks';
import { anyBroadcast, asDoubles, asInt64Param, Bulk, checkArray, checkScalar, Cons, contDraws, discDraws, Draw, plan, Runner } from '../distributions/params';
import { DISTRIBUTION_METHODS } from '../distributions/signatures';
import { dirichlet, multinomial, multivariateHypergeometric } from '../distributions/multivariate';
import { multivariateNormal } from '../distributions/mvnormal';

/** A nested list of numbers (or an NDArray) as an NDArray: int64 if every value is an int, else float64. */
function asArray(x: unknown): NDArray {
  if (x && typeof x === 'object' && 'shape' in x) return x as NDArray;
  const d = asDoubles(x);
  const isFloat = (v: unknown): boolean => (Array.isArray(v) ? v.some(isFloat) : v instanceof PyFloat || (typeof v === 'number' && !Number.isInteger(v)));
  const ints = !isFloat(x);
  return ints ? { dtype: 'int64', shape: [...d.shape], data: BigInt64Array.from(d.data, (v) => BigInt(v)) } : { dtype: 'float64', shape: [...d.shape], data: d.data };
}

/**
 * random_standard_uniform_fill_f on PCG64 / PCG64DXSM from raw outputs filled in bulk: next_float
 * takes the low then the high half of each 64-bit output (NumPy's next_uint32 half-word buffer), so
 * the floats are the raw words in order, after any buffered half; an odd count leaves the last
 * high half buffered.
 */
function fillFloatsFromRaw(bg: PCG64 | PCG64DXSM, data: Float32Array): void {
  let [has, buffered] = bg.halfBuffer;
  let j = 0;
  if (has && data.length > 0) {
    data[j++] = (buffered >>> 8) * (1 / 16777216);
    has = 0;
  }
  const CHUNK = 1 << 16; // raw outputs per chunk
  const words = new Uint32Array(2 * Math.min(CHUNK, Math.ceil((data.length - j) / 2)));
  while (j < data.length) {
    const floats = Math.min(2 * CHUNK, data.length - j);
    const outputs = Math.ceil(floats / 2);
    bg.fillRaw(words, 0, outputs);
    for (let i = 0; i < floats; i++) data[j + i] = (words[i] >>> 8) * (1 / 16777216);
    j += floats;
    if (floats % 2 === 1) {
      has = 1;
      buffered = words[2 * outputs - 1];
    }
  }
  bg.halfBuffer = [has, buffered];
}

/** Generator's Poisson limit: int64 max less 10 standard deviations, in doubles. */
const POISSON_LAM_MAX = 2 ** 63 - Math.sqrt(2 ** 63) * 10;

export class Generator {
  /** Public sampling methods with NumPy's parameter names, read by the CLI and the engine. */
  static readonly methods: MethodTable = {
    random: { params: [SIZE, { name: 'dtype', default: 'float64' }, { name: 'out', default: null }] },
    integers: { params: [{ name: 'low' }, { name: 'high', default: null }, SIZE, { name: 'dtype', default: 'int64' }, { name: 'endpoint', default: false }] },
    standard_normal: { params: [SIZE, { name: 'dtype', default: 'float64' }, { name: 'out', default: null }] },
    normal: { params: [{ name: 'loc', default: 0 }, { name: 'scale', default: 1 }, SIZE] },
    standard_exponential: { params: [SIZE, { name: 'dtype', default: 'float64' }, { name: 'method', default: 'zig' }, { name: 'out', default: null }] },
    exponential: { params: [{ name: 'scale', default: 1 }, SIZE] },
    uniform: { params: [{ name: 'low', default: 0 }, { name: 'high', default: 1 }, SIZE] },
    choice: { params: [{ name: 'a' }, SIZE, { name: 'replace', default: true }, { name: 'p', default: null }, { name: 'axis', default: 0 }, { name: 'shuffle', default: true }] },
    permutation: { params: [{ name: 'x' }, { name: 'axis', default: 0 }] },
    permuted: { params: [{ name: 'x' }, { name: 'axis', default: null }, { name: 'out', default: null }] },
    bytes: { params: [{ name: 'length' }] },
    binomial: { params: [{ name: 'n' }, { name: 'p' }, SIZE] },
    poisson: { params: [{ name: 'lam', default: 1 }, SIZE] },
    ...DISTRIBUTION_METHODS,
    standard_gamma: { params: [{ name: 'shape' }, SIZE, { name: 'dtype', default: 'float64' }, { name: 'out', default: null }] },
    multivariate_hypergeometric: { params: [{ name: 'colors' }, { name: 'nsample' }, SIZE, { name: 'method', default: 'marginals' }] },
    multivariate_normal: { params: [{ name: 'mean' }, { name: 'cov' }, SIZE, { name: 'check_valid', default: 'warn' }, { name: 'tol', default: 1e-8 }, { name: 'method', default: 'svd' }] },
  };

  constructor(readonly bit_generator: BitGenerator) {
    if (!(bit_generator instanceof BitGenerator)) throw typeError('BitGenerator required');
  }

  /** Uniform floats in [0, 1): next_double for float64, next_float (24 bits of a 32-bit draw) for float32. */
  random(size: Size = null, dtype: unknown = 'float64', out: unknown = null): number | NDArray {
    const dt = floatDtype(dtype, 'random');
    const bg = this.bit_generator;
    if (dt === 'float64' && (out === null || out === undefined)) return sizedDoubles(size, () => bg.nextDouble(), (data) => bg.fillDoubles(data));
    const fromRaw = dt === 'float32' && (bg instanceof PCG64 || bg instanceof PCG64DXSM)
      ? (data: Float64Array | Float32Array): void => fillFloatsFromRaw(bg, data as Float32Array) : undefined;
    return this.floatFill(size, dt, out, (src) => src.nextDouble(), nextFloat, fromRaw);
  }

  /**
   * NumPy's double_fill / float_fill: one draw (a Python float) when size and out are None, else
   * a new array of `size` or the checked `out`, filled in C order (by `fillAll` when given).
   */
  private floatFill(size: Size, dt: FloatDType, out: unknown, draw64: (src: BitSource) => number, draw32: (src: BitSource) => number,
    fillAll?: (data: Float64Array | Float32Array) => void): number | NDArray {
    const draw = dt === 'float64' ? draw64 : draw32;
    if ((size === null || size === undefined) && (out === null || out === undefined)) return draw(this.bit_generator);
    let arr: NDArray;
    if (out !== null && out !== undefined) {
      checkOutput(out, dt, size);
      arr = out as NDArray;
    } else {
      arr = allocate(dt, sizeToShape(size as number | readonly number[]));
    }
    const data = arr.data as Float64Array | Float32Array;
    if (fillAll) {
      fillAll(data);
      return arr;
    }
    this.bulk(data.length, (src) => {
      for (let i = 0; i < data.length; i++) data[i] = draw(src);
    });
    return arr;
  }

  /** Binomial draws: inversion for small n*min(p, 1-p), BTPE otherwise (NumPy's random_binomial); p is checked first. */
  binomial(n: unknown, p: unknown, size: Size = null): number | bigint | NDArray<BigInt64Array> {
    return this.disc(size, [[p, 'p', Cons.BOUNDED_0_1], [n, 'n', Cons.NON_NEGATIVE]], (src, pp, nn) => binomial(src, Math.trunc(nn), pp, 'generator'),
      (v, out) => binomialBulk(this.bit_generator, Math.trunc(v[1]), v[0], 'generator', out));
  }


  /** Poisson draws: multiplication below lam 10, PTRS above (NumPy's random_poisson). */
  poisson(lam: unknown = 1, size: Size = null): number | bigint | NDArray<BigInt64Array> {
    return this.disc(size, [[lam, 'lam', Cons.POISSON]], poisson, (v, out) => poissonBulk(this.bit_generator, v[0], out));
  }

  /** Uniform integers in [low, high) (or [low, high] with endpoint) by Lemire's method. */
  integers(low: unknown, high: unknown = null, size: Size = null, dtype: string = 'int64', endpoint = false): number | bigint | boolean | NDArray {
    const dt = normalizeIntDtype(dtype, 'integers');
    if (hasArrayBounds(low, high)) {
      const [l, h] = high === null || high === undefined ? [0, low] : [low, high];
      return boundedBroadcast(this.bit_generator, l, h, size, dt, endpoint, false);
    }
    let lo = toIntArg(low);
    let hi: bigint;
    if (high === null || high === undefined) {
      hi = lo;
      lo = 0n;
    } else {
      hi = toIntArg(high);
    }
    const [minV, maxV] = INT_BOUNDS[dt];
    if (lo < minV) throw new PyError('ValueError', `low is out of bounds for ${dt}`);
    if (hi > (endpoint ? maxV : maxV + 1n)) throw new PyError('ValueError', `high is out of bounds for ${dt}`);
    if (endpoint ? lo > hi : lo >= hi) throw new PyError('ValueError', lo === 0n ? `high ${endpoint ? '<' : '<='} 0` : endpoint ? 'low > high' : 'low >= high');
    const rng = (endpoint ? hi : hi - 1n) - lo;
    const shape = size === null || size === undefined ? [1] : sizeToShape(size);
    const out: NDArray = { dtype: dt, shape, data: emptyData(dt, shapeSize(shape)) }; // every element is drawn
    const n = out.data.length;
    const bytes = out.data.BYTES_PER_ELEMENT;
    const onKernel = (bytes === 4 || bytes === 8) && lemireBulk(this.bit_generator, lo, rng, out.data, n, bytes);
    if (!onKernel) this.bulk(n, (src) => fillBounded(src, dt, lo, rng, out.data as never, n, false));
    return size === null || size === undefined ? scalarOf(out) : out;
  }

  standard_normal(size: Size = null, dtype: unknown = 'float64', out: unknown = null): number | NDArray {
    const dt = floatDtype(dtype, 'standard_normal');
    if (dt === 'float64' && (out === null || out === undefined)) {
      // The fused WebAssembly ziggurat where it serves this generator, else the TypeScript one.
      return sizedDoubles(size, () => standardNormal(this.bit_generator), (data) => {
        if (!zigguratBulk(this.bit_generator, data, true)) this.bulk(data.length, (src) => { for (let i = 0; i < data.length; i++) data[i] = standardNormal(src); });
      });
    }
    return this.floatFill(size, dt, out, standardNormal, standardNormalF);
  }

  normal(loc: unknown = 0, scale: unknown = 1, size: Size = null): number | NDArray<Float64Array> {
    return this.cont(size, [[loc, '', Cons.NONE], [scale, 'scale', Cons.NON_NEGATIVE]], (src, m, sd) => m + sd * standardNormal(src));
  }

  standard_exponential(size: Size = null, dtype: unknown = 'float64', method: unknown = 'zig', out: unknown = null): number | NDArray {
    const dt = floatDtype(dtype, 'standard_exponential');
    const zig = method === 'zig'; // NumPy: anything else means 'inv'
    const draw = zig ? standardExponential : standardExponentialInv;
    if (dt === 'float64' && (out === null || out === undefined)) {
      return sizedDoubles(size, () => draw(this.bit_generator), (data) => {
        if (!zig || !zigguratBulk(this.bit_generator, data, false)) this.bulk(data.length, (src) => { for (let i = 0; i < data.length; i++) data[i] = draw(src); });
      });
    }
    return this.floatFill(size, dt, out, draw, zig ? standardExponentialF : standardExponentialInvF);
  }

  exponential(scale: unknown = 1, size: Size = null): number | NDArray<Float64Array> {
    return this.cont(size, [[scale, 'scale', Cons.NON_NEGATIVE]], (src, sc) => sc * standardExponential(src));
  }

  uniform(low: unknown = 0, high: unknown = 1, size: Size = null): number | NDArray<Float64Array> {
    const lo = toFloat(low);
    const range = toFloat(high) - lo;
    if (!Number.isFinite(range)) throw new PyError('OverflowError', 'high - low range exceeds valid bounds');
    return this.floats(size, (src) => lo + range * src.nextDouble());
  }

  /** Shuffles a JS array, or an array's first axis, in place (masked random_interval, as NumPy). */
  shuffle(x: unknown[] | NDArray, axis = 0): void {
    if (Array.isArray(x)) {
      if (axis !== 0) throw new PyError('NotImplementedError', 'Axis argument is only supported on ndarray objects');
      shuffleInPlace(this.bit_generator, x);
    } else {
      shuffleAlongAxis(this.bit_generator, x, axis);
    }
  }

  /** Each 1-d slice along `axis` shuffled on its own (the whole array, flattened, when axis is None). */
  permuted(x: unknown, axis: number | null = null, out: unknown = null): NDArray {
    const a = asArray(x);
    if (out === null || out === undefined) return permutedLanes(this.bit_generator, a, axis);
    // NumPy copies x into out (safe casting only), then shuffles out in place and returns it.
    if (!(typeof out === 'object' && 'shape' in out && 'data' in out)) throw typeError('out must be a numpy array');
    const target = out as NDArray;
    if (target.shape.length !== a.shape.length || target.shape.some((d, i) => d !== a.shape[i])) throw new PyError('ValueError', 'out must have the same shape as x');
    if (!canCastSafely(a.dtype, target.dtype)) throw typeError(`Cannot cast array data from dtype('${a.dtype}') to dtype('${target.dtype}') according to the rule 'safe'`);
    const shuffled = permutedLanes(this.bit_generator, a, axis);
    const dst = target.data as unknown as { [i: number]: number | bigint };
    const big = target.data instanceof BigInt64Array || target.data instanceof BigUint64Array;
    for (let i = 0; i < shuffled.data.length; i++) {
      const v = shuffled.data[i] as number | bigint;
      dst[i] = big ? BigInt(v) : Number(v);
    }
    return target;
  }

  permutation(x: unknown, axis = 0): unknown[] | NDArray {
    if (isPyInt(x)) return permutedRange(this.bit_generator, Number(toBigInt(x)));
    if (Array.isArray(x) && axis === 0 && !x.some(Array.isArray)) { const copy = [...x]; this.shuffle(copy); return copy; }
    // None becomes a 0-d (object) array in NumPy, which has no axis to permute.
    if (x === null || x === undefined) throw new PyError('AxisError', `axis ${axis} is out of bounds for array of dimension 0`);
    const a = asArray(x);
    if (a.shape.length === 0) throw new PyError('AxisError', `axis ${axis} is out of bounds for array of dimension 0`);
    if (a.shape.length === 1) return permutedCopy(this.bit_generator, a);
    return permutedAlongAxis(this.bit_generator, a, axis);
  }

  bytes(length: number): Uint8Array {
    const words = this.integers(0, 4294967296n, [wordsForBytes(length)], 'uint32') as NDArray<Uint32Array>;
    return bytesOf(words.data, length);
  }

  /**
   * choice(a, size, replace, p, shuffle): integers() for uniform draws with replacement, cdf +
   * searchsorted for weighted ones, and without replacement NumPy's tail shuffle or Floyd's
   * algorithm (then a shuffle) depending on the sizes.
   */
  choice(a: unknown, size: Size = null, replace = true, p: unknown = null, axis = 0, shuffle = true): unknown {
    let population: unknown[] | null = null;
    let popSize: number;
    let nd: NDArray | null = null;
    if (isPyInt(a)) popSize = Number(toBigInt(a));
    else if ((Array.isArray(a) && a.some(Array.isArray)) || (a && typeof a === 'object' && 'shape' in a)) {
      // An n-d population: draw indices along `axis`, then a.take(idx, axis).
      nd = asArray(a);
      population = [];
      popSize = nd.shape[normalizeAxis(axis, nd.shape.length)];
    } else if (Array.isArray(a)) { population = a; popSize = a.length; }
    else throw new PyError('ValueError', `a must be a sequence or an integer, not ${typeof a === 'number' ? "<class 'float'>" : typeof a}`);
    const shape = size === null || size === undefined ? null : sizeToShape(size);
    const count = shape === null ? 1 : shapeSize(shape);
    if (population === null && popSize <= 0 && count !== 0) throw new PyError('ValueError', 'a must be a positive integer unless no samples are taken');
    if (population !== null && popSize === 0 && count !== 0) throw new PyError('ValueError', 'a cannot be empty unless no samples are taken');
    let probs: number[] | null = null;
    if (p !== null && p !== undefined) {
      probs = probabilityVector(p, false);
      if (probs.length !== popSize) throw new PyError('ValueError', 'a and p must have same size');
      const sum = kahanSum(probs);
      if (Number.isNaN(sum)) throw new PyError('ValueError', 'Probabilities contain NaN');
      if (probs.some((v) => v < 0)) throw new PyError('ValueError', 'Probabilities are not non-negative');
      if (Math.abs(sum - 1) > Math.sqrt(2.220446049250313e-16)) {
        throw new PyError('ValueError', 'Probabilities do not sum to 1. See Notes section of docstring for more information.');
      }
    }
    let idx: number[];
    if (replace) {
      if (probs) {
        idx = weightedIndices(this.bit_generator, probs, count);
      } else {
        idx = Array.from((this.integers(0, popSize, [count]) as NDArray<BigInt64Array>).data, Number);
      }
    } else {
      if (count > popSize) throw new PyError('ValueError', 'Cannot take a larger sample than population when replace is False');
      idx = probs ? weightedIndicesWithoutReplacement(this.bit_generator, probs, count) : this.sampleWithoutReplacement(popSize, count, shuffle);
    }
    if (population === null) {
      if (shape === null) return idx[0];
      return { dtype: 'int64', shape, data: BigInt64Array.from(idx, (v) => BigInt(v)) } as NDArray;
    }
    if (nd) return takeAlongAxis(nd, idx, shape ?? [], normalizeAxis(axis, nd.shape.length));
    const picked = idx.map((i) => population![i]);
    return shape === null ? picked[0] : picked;
  }

  /** NumPy's tail shuffle for large samples of large populations, else Floyd's algorithm. */
  private sampleWithoutReplacement(popSize: number, size: number, shuffle: boolean): number[] {
    const bounded = (max: number): number => {
      const out = new BigInt64Array(1);
      fillBounded(this.bit_generator, 'int64', 0n, BigInt(max), out as never, 1, false);
      return Number(out[0]);
    };
    /** _shuffle_int: Fisher-Yates down to `first` with Lemire draws. */
    const shuffleInt = (data: number[], n: number, first: number): void => {
      for (let i = n - 1; i >= first; i--) {
        const j = bounded(i);
        const t = data[j]; data[j] = data[i]; data[i] = t;
      }
    };
    const cutoff = shuffle ? 50 : 20;
    if (popSize > 10000 && size > Math.floor(popSize / cutoff)) {
      const idx = Array.from({ length: popSize }, (_, i) => i);
      shuffleInt(idx, popSize, Math.max(popSize - size, 1));
      return idx.slice(popSize - size);
    }
    const idx: number[] = new Array(size);
    const mask = mask32(Math.floor(1.2 * size));
    const setSize = mask + 1;
    const hashSet = new Float64Array(setSize).fill(-1);
    for (let j = popSize - size; j < popSize; j++) {
      const val = bounded(j);
      let loc = val & mask;
      while (hashSet[loc] !== -1 && hashSet[loc] !== val) loc = (loc + 1) & mask;
      if (hashSet[loc] === -1) {
        hashSet[loc] = val;
        idx[j - popSize + size] = val;
      } else {
        loc = j & mask;
        while (hashSet[loc] !== -1) loc = (loc + 1) & mask;
        hashSet[loc] = j;
        idx[j - popSize + size] = j;
      }
    }
    if (shuffle) shuffleInt(idx, size, 1);
    return idx;
  }

  private floats(size: Size, one: (src: BitSource) => number): number | NDArray<Float64Array> {
    return sizedDoubles(size, () => one(this.bit_generator), (out) => this.bulk(out.length, (src) => {
      for (let i = 0; i < out.length; i++) out[i] = one(src);
    }));
  }

  /**
   * Runs a bulk draw of about `n` outputs. On PCG64 / PCG64DXSM the raw outputs come from the
   * WebAssembly fill loop ahead of time and the generator is rewound past the unused ones after;
   * elsewhere the draws go straight to the bit generator.
   */
  private bulk(n: number, run: (src: BitSource) => void): void {
    const bg = this.bit_generator;
    if (n < 256 || !(bg instanceof PCG64 || bg instanceof PCG64DXSM)) { run(bg); return; }
    const src = new RewindableSource(bg, Math.min(n + (n >> 4) + 64, 65536));
    try {
      run(src);
    } finally {
      src.close();
    }
  }

  private readonly run: Runner = (n, block) => this.bulk(n, block);

  private cont(size: Size, params: Array<[unknown, string, Cons]>, draw: Draw): number | NDArray<Float64Array> {
    return contDraws(size, params.map(([value, name, cons]) => ({ value, name, cons })), draw, this.run);
  }

  private disc(size: Size, params: Array<[unknown, string, Cons]>, draw: Draw, bulk?: Bulk): number | bigint | NDArray<BigInt64Array> {
    return discDraws(size, params.map(([value, name, cons]) => ({ value, name, cons })), draw, this.run, bulk);
  }

  beta(a: unknown, b: unknown, size: Size = null) {
    return this.cont(size, [[a, 'a', Cons.POSITIVE], [b, 'b', Cons.POSITIVE]], dc.beta);
  }

  /**
   * NumPy's cont (float64) and cont_f (float32, the shape cast to float first, glibc's powf and
   * logf) with `out`: out is checked first (dtype, size), then the shape's constraint, then the
   * broadcast of the shape against out.
   */
  standard_gamma(shape: unknown, size: Size = null, dtype: unknown = 'float64', out: unknown = null): number | NDArray {
    const dt = floatDtype(dtype, 'standard_gamma');
    const hasOut = out !== null && out !== undefined;
    if (dt === 'float64' && !hasOut) return this.cont(size, [[shape, 'shape', Cons.NON_NEGATIVE]], dc.standardGamma);
    if (hasOut) checkOutput(out, dt, size);
    let value = shape;
    if (dt === 'float32') {
      const d = asDoubles(shape);
      const data = d.data.map(Math.fround); // PyArray_FROMANY(..., NPY_FLOAT32) / <float>PyFloat_AsDouble
      value = d.shape.length === 0 ? data[0] : { dtype: 'float64', shape: d.shape, data };
    }
    const outArr = out as NDArray;
    const p = plan(hasOut ? outArr.shape : size, [{ value, name: 'shape', cons: Cons.NON_NEGATIVE }]);
    const draw = dt === 'float64' ? dc.standardGamma : standardGammaF;
    const arr = hasOut ? outArr : p.shape === null ? null : allocate(dt, p.shape);
    const v = new Float64Array(1);
    if (arr === null) {
      p.at(0, v);
      return draw(this.bit_generator, v[0]);
    }
    const data = arr.data as Float64Array | Float32Array;
    this.bulk(data.length, (src) => {
      for (let i = 0; i < data.length; i++) {
        p.at(i, v);
        data[i] = draw(src, v[0]);
      }
    });
    return arr;
  }

  gamma(shape: unknown, scale: unknown = 1, size: Size = null) {
    return this.cont(size, [[shape, 'shape', Cons.NON_NEGATIVE], [scale, 'scale', Cons.NON_NEGATIVE]], (src, k, t) => t * dc.standardGamma(src, k));
  }

  f(dfnum: unknown, dfden: unknown, size: Size = null) {
    return this.cont(size, [[dfnum, 'dfnum', Cons.POSITIVE], [dfden, 'dfden', Cons.POSITIVE]], dc.f);
  }

  noncentral_f(dfnum: unknown, dfden: unknown, nonc: unknown, size: Size = null) {
    return this.cont(size, [[dfnum, 'dfnum', Cons.POSITIVE], [dfden, 'dfden', Cons.POSITIVE], [nonc, 'nonc', Cons.NON_NEGATIVE]], dc.noncentralF);
  }

  chisquare(df: unknown, size: Size = null) {
    return this.cont(size, [[df, 'df', Cons.POSITIVE]], dc.chisquare);
  }

  noncentral_chisquare(df: unknown, nonc: unknown, size: Size = null) {
    return this.cont(size, [[df, 'df', Cons.POSITIVE], [nonc, 'nonc', Cons.NON_NEGATIVE]], dc.noncentralChisquare);
  }

  standard_cauchy(size: Size = null) {
    return this.cont(size, [], dc.standardCauchy);
  }

  standard_t(df: unknown, size: Size = null) {
    return this.cont(size, [[df, 'df', Cons.POSITIVE]], dc.standardT);
  }

  vonmises(mu: unknown, kappa: unknown, size: Size = null) {
    return this.cont(size, [[mu, 'mu', Cons.NONE], [kappa, 'kappa', Cons.NON_NEGATIVE]], (src, m, k) => dc.vonmises(src, m, k));
  }

  pareto(a: unknown, size: Size = null) {
    return this.cont(size, [[a, 'a', Cons.POSITIVE]], dc.pareto);
  }

  weibull(a: unknown, size: Size = null) {
    return this.cont(size, [[a, 'a', Cons.NON_NEGATIVE]], dc.weibull);
  }

  power(a: unknown, size: Size = null) {
    return this.cont(size, [[a, 'a', Cons.POSITIVE]], dc.power);
  }

  laplace(loc: unknown = 0, scale: unknown = 1, size: Size = null) {
    return this.cont(size, [[loc, 'loc', Cons.NONE], [scale, 'scale', Cons.NON_NEGATIVE]], dc.laplace);
  }

  gumbel(loc: unknown = 0, scale: unknown = 1, size: Size = null) {
    return this.cont(size, [[loc, 'loc', Cons.NONE], [scale, 'scale', Cons.NON_NEGATIVE]], dc.gumbel);
  }

  logistic(loc: unknown = 0, scale: unknown = 1, size: Size = null) {
    return this.cont(size, [[loc, 'loc', Cons.NONE], [scale, 'scale', Cons.NON_NEGATIVE]], dc.logistic);
  }

  lognormal(mean: unknown = 0, sigma: unknown = 1, size: Size = null) {
    return this.cont(size, [[mean, 'mean', Cons.NONE], [sigma, 'sigma', Cons.NON_NEGATIVE]], dc.lognormal);
  }

  rayleigh(scale: unknown = 1, size: Size = null) {
    return this.cont(size, [[scale, 'scale', Cons.NON_NEGATIVE]], dc.rayleigh);
  }

  wald(mean: unknown, scale: unknown, size: Size = null) {
    return this.cont(size, [[mean, 'mean', Cons.POSITIVE], [scale, 'scale', Cons.POSITIVE]], dc.wald);
  }

  triangular(left: unknown, mode: unknown, right: unknown, size: Size = null) {
    checkTriangular(left, mode, right);
    return this.cont(size, [[left, '', Cons.NONE], [mode, '', Cons.NONE], [right, '', Cons.NONE]], dc.triangular);
  }

  /** Gamma-Poisson mixture, with Generator's own checks that the Poisson rate stays in range. */
  negative_binomial(n: unknown, p: unknown, size: Size = null) {
    const nd = asDoubles(n), pd = asDoubles(p);
    if (nd.shape.length === 0 && pd.shape.length === 0) {
      checkScalar(nd.data[0], 'n', Cons.POSITIVE_NOT_NAN);
      checkScalar(pd.data[0], 'p', Cons.BOUNDED_GT_0_1);
    } else {
      checkArray(nd.data, 'n', Cons.POSITIVE_NOT_NAN);
      checkArray(pd.data, 'p', Cons.BOUNDED_GT_0_1);
    }
    if (anyBroadcast([nd, pd], ([nv, pv]) => (1 - pv) / pv * (nv + 10 * Math.sqrt(nv)) > POISSON_LAM_MAX)) {
      throw valueError('n too large or p too small, see Generator.negative_binomial Notes');
    }
    return this.disc(size, [[n, 'n', Cons.NONE], [p, 'p', Cons.NONE]], (src, nn, pp) => poisson(src, dc.standardGamma(src, nn) * ((1 - pp) / pp)));
  }

  zipf(a: unknown, size: Size = null) {
    return this.disc(size, [[a, 'a', Cons.GT_1]], zipf);
  }

  geometric(p: unknown, size: Size = null) {
    return this.disc(size, [[p, 'p', Cons.BOUNDED_GT_0_1]], geometric);
  }

  hypergeometric(ngood: unknown, nbad: unknown, nsample: unknown, size: Size = null) {
    [ngood, nbad, nsample] = [ngood, nbad, nsample].map(asInt64Param);
    checkHypergeometric(ngood, nbad, nsample, 1e9);
    return this.disc(size, [[ngood, 'ngood', Cons.NON_NEGATIVE], [nbad, 'nbad', Cons.NON_NEGATIVE], [nsample, 'nsample', Cons.NON_NEGATIVE]], hypergeometric);
  }

  logseries(p: unknown, size: Size = null) {
    return this.disc(size, [[p, 'p', Cons.BOUNDED_LT_0_1]], (src, q) => logseries(src, q));
  }

  dirichlet(alpha: unknown, size: Size = null): NDArray<Float64Array> {
    const bg = this.bit_generator;
    return dirichlet(alpha, size, (a) => dc.standardGamma(bg, a), bg);
  }

  multinomial(n: unknown, pvals: unknown, size: Size = null): NDArray<BigInt64Array> {
    return multinomial(this.bit_generator, n, pvals, size);
  }

  multivariate_hypergeometric(colors: unknown, nsample: unknown, size: Size = null, method: unknown = 'marginals'): NDArray<BigInt64Array> {
    return multivariateHypergeometric(this.bit_generator, colors, nsample, size, method);
  }

  /**
   * Normals of shape size + (n,) times a factor of cov ('svd': u * sqrt(s), 'eigh': v * sqrt(|w|),
   * 'cholesky': l), plus mean; the svd and eigh paths check positive-semidefiniteness per check_valid.
   */
  multivariate_normal(mean: unknown, cov: unknown, size: Size = null, check_valid: unknown = 'warn', tol: unknown = 1e-8, method: unknown = 'svd'): NDArray<Float64Array> {
    const normals = (shape: number[]): Float64Array => (this.standard_normal(shape) as NDArray<Float64Array>).data;
    return multivariateNormal(normals, mean, cov, size, { api: 'generator', method, checkValid: check_valid, tol });
  }

  /** Independent child generators (NumPy >= 1.25). */
  spawn(n_children: number): Generator[] {
    return this.bit_generator.spawn(n_children).map((bg) => new Generator(bg));
  }
}

/** np.random.default_rng: a PCG64 Generator from a seed, SeedSequence, BitGenerator or Generator. */
export function default_rng(seed?: unknown): Generator {
  if (seed instanceof Generator) return seed;
  if (seed instanceof BitGenerator) return new Generator(seed);
  if (seed instanceof SeedSequence) return new Generator(new PCG64(seed));
  if (typeof seed === 'number' && Number.isInteger(seed) && seed < 0) throw valueError('expected non-negative integer');
  return new Generator(new PCG64(seed));
}

