/**
 * NumPy's legacy RandomState (numpy/random/mtrand.pyx) over MT19937 with legacy seeding.
 * Its stream is frozen by NumPy's compatibility policy, so it matches NumPy 1.x and 2.x alike.
 */
import { BitGenerator } from '../bitgen/bitgenerator';
import { MT19937 } from '../bitgen/mt19937';
import { typeError, valueError } from '../errors';
import { binomial } from '../distributions/binomial';
import { poisson } from '../distributions/poisson';
import { sizedDoubles } from '../fill';
import { MethodTable, SIZE } from '../methods';
import { kahanSum, normalizeIntDtype, scalarOf, toFloat, toIntArg } from '../args';
import { bytesOf, permutedCopy, pickFrom, probabilityVector, permutedRange, weightedIndices, weightedIndicesWithoutReplacement, wordsForBytes } from '../distributions/choice';
import { fillBounded, INT_BOUNDS } from '../distributions/bounded';
import { boundedBroadcast, hasArrayBounds } from '../distributions/bounded-broadcast';
import { PyError } from '../errors';
import { allocate, NDArray, Size, sizeToShape, shapeSize } from '../ndarray';
import { isPyInt, toBigInt } from '../pyvalues';
import { fillLegacyGauss, legacyGauss, legacyStandardExponential } from './gauss';
import * as lc from './continuous';
import { Legacy } from './continuous';
import { gumbel, laplace, logistic, triangular, vonmises } from '../distributions/continuous';
import { legacyGeometric, legacyHypergeometric, legacyZipf, logseries } from '../distributions/discrete';
import { checkHypergeometric, checkTriangular } from '../distributions/checks';
import { asInt64Param, Bulk, Cons, contDraws, discDraws, Draw, Runner } from '../distributions/params';
import { DISTRIBUTION_METHODS } from '../distributions/signatures';
import { dirichlet, legacyMultinomial } from '../distributions/multivariate';
import { multivariateNormal } from '../distributions/mvnormal';
import { shuffleInPlace, shuffleRows } from './shuffle';
import { binomialBulk, legacyGaussBulk, maskedBulk, poissonBulk } from '../generator/bulk';
import { emptyData } from '../empty';

export type LegacyStateTuple = ['MT19937', Uint32Array, number, number, number];

export class RandomState {
  /** Public sampling methods with NumPy's parameter names, read by the CLI and the engine. */
  static readonly methods: MethodTable = {
    random_sample: { params: [SIZE] },
    random: { params: [SIZE] },
    ranf: { params: [SIZE] },
    sample: { params: [SIZE] },
    randint: { params: [{ name: 'low' }, { name: 'high', default: null }, SIZE, { name: 'dtype', default: 'int64' }] },
    random_integers: { params: [{ name: 'low' }, { name: 'high', default: null }, SIZE] },
    standard_normal: { params: [SIZE] },
    normal: { params: [{ name: 'loc', default: 0 }, { name: 'scale', default: 1 }, SIZE] },
    standard_exponential: { params: [SIZE] },
    exponential: { params: [{ name: 'scale', default: 1 }, SIZE] },
    uniform: { params: [{ name: 'low', default: 0 }, { name: 'high', default: 1 }, SIZE] },
    choice: { params: [{ name: 'a' }, SIZE, { name: 'replace', default: true }, { name: 'p', default: null }] },
    permutation: { params: [{ name: 'x' }] },
    bytes: { params: [{ name: 'length' }] },
    binomial: { params: [{ name: 'n' }, { name: 'p' }, SIZE] },
    poisson: { params: [{ name: 'lam', default: 1 }, SIZE] },
    ...DISTRIBUTION_METHODS,
    multivariate_normal: { params: [{ name: 'mean' }, { name: 'cov' }, SIZE, { name: 'check_valid', default: 'warn' }, { name: 'tol', default: 1e-8 }] },
  };

  readonly _bit_generator: MT19937;
  /** What the legacy distributions draw from: the MT19937 and this object's spare normal. */
  private readonly legacy: Legacy;
  /** The polar method's spare normal (legacy_gauss), cleared by seed(). */
  hasGauss = 0;
  gauss = 0;

  constructor(seed?: unknown) {
    if (seed instanceof BitGenerator) {
      if (!(seed instanceof MT19937)) throw typeError('RandomState only supports MT19937 in SeedLab');
      this._bit_generator = seed;
    } else {
      this._bit_generator = new MT19937(0);
      this._bit_generator._legacy_seeding(seed);
    }
    this.legacy = { bg: this._bit_generator, cache: this };
  }

  /** np.random.seed / RandomState.seed: NumPy's legacy seeding, and the gauss cache is cleared. */
  seed(seed?: unknown): void {
    this._bit_generator._legacy_seeding(seed);
    this.hasGauss = 0;
    this.gauss = 0;
  }

  get_state(legacy = true): LegacyStateTuple | Record<string, unknown> {
    const st = this._bit_generator.state as { state: { key: Uint32Array; pos: number } };
    if (legacy) return ['MT19937', st.state.key, st.state.pos, this.hasGauss, this.gauss];
    return { ...st, has_gauss: this.hasGauss, gauss: this.gauss };
  }

  set_state(state: unknown): void {
    if (Array.isArray(state)) {
      if (state[0] !== 'MT19937') throw valueError('set_state can only be used with legacy MT19937 state instances.');
      this._bit_generator.state = { bit_generator: 'MT19937', state: { key: state[1], pos: state[2] } };
      this.hasGauss = state.length > 3 ? Number(state[3]) : 0;
      this.gauss = state.length > 4 ? Number(state[4]) : 0;
      return;
    }
    if (typeof state !== 'object' || state === null) throw typeError('state must be a dict or a tuple.');
    const st = state as Record<string, any>;
    if (!('has_gauss' in st) || !('gauss' in st)) throw valueError('state dictionary is not valid.');
    this._bit_generator.state = st;
    this.hasGauss = Number(st.has_gauss);
    this.gauss = Number(st.gauss);
  }

  random_sample(size?: Size): number | NDArray<Float64Array> {
    const bg = this._bit_generator;
    return sizedDoubles(size, () => bg.nextDouble(), (out) => bg.fillDoubles(out));
  }

  random(size?: Size): number | NDArray<Float64Array> {
    return this.random_sample(size);
  }

  ranf(size?: Size): number | NDArray<Float64Array> {
    return this.random_sample(size);
  }

  sample(size?: Size): number | NDArray<Float64Array> {
    return this.random_sample(size);
  }

  /** rand(d0, d1, ...): uniform [0, 1) of shape (d0, d1, ...). */
  rand(...dims: number[]): number | NDArray<Float64Array> {
    return this.random_sample(dims.length === 0 ? undefined : dims);
  }

  /** Binomial draws: inversion for small n*min(p, 1-p), BTPE otherwise (NumPy's random_binomial); p is checked first. */
  binomial(n: unknown, p: unknown, size: Size = null): number | bigint | NDArray<BigInt64Array> {
    return this.disc(size, [[p, 'p', Cons.BOUNDED_0_1], [n, 'n', Cons.LEGACY_NON_NEGATIVE_INBOUNDS_LONG]], (src, pp, nn) => binomial(src, Math.trunc(nn), pp, 'legacy'),
      (v, out) => binomialBulk(this._bit_generator, Math.trunc(v[1]), v[0], 'legacy', out));
  }


  /** Poisson draws: multiplication below lam 10, PTRS above (NumPy's random_poisson). */
  poisson(lam: unknown = 1, size: Size = null): number | bigint | NDArray<BigInt64Array> {
    return this.disc(size, [[lam, 'lam', Cons.LEGACY_POISSON]], poisson, (v, out) => poissonBulk(this._bit_generator, v[0], out));
  }

  /** Uniform integers in [low, high) by masked rejection (NumPy's legacy `randint`). */
  randint(low: unknown, high: unknown = null, size: Size = null, dtype: string = 'int64'): number | bigint | boolean | NDArray {
    const dt = normalizeIntDtype(dtype);
    if (hasArrayBounds(low, high)) {
      const [l, h] = high === null || high === undefined ? [0, low] : [low, high];
      return boundedBroadcast(this._bit_generator, l, h, size, dt, false, true);
    }
    let lo = toIntArg(low);
    let hi: bigint;
    if (high === null || high === undefined) {
      hi = lo;
      lo = 0n;
      if (hi <= 0n) throw new PyError('ValueError', 'high <= 0');
    } else {
      hi = toIntArg(high);
    }
    const [minV, maxV] = INT_BOUNDS[dt];
    if (lo < minV) throw new PyError('ValueError', `low is out of bounds for ${dt}`);
    if (hi > maxV + 1n) throw new PyError('ValueError', `high is out of bounds for ${dt}`);
    if (lo >= hi) throw new PyError('ValueError', lo === 0n ? 'high <= 0' : 'low >= high');
    const rng = hi - 1n - lo;
    if (size === null || size === undefined) {
      const one = allocate(dt, [1]);
      fillBounded(this._bit_generator, dt, lo, rng, one.data as never, 1, true);
      return scalarOf(one);
    }
    const shape = sizeToShape(size);
    const out: NDArray = { dtype: dt, shape, data: emptyData(dt, shapeSize(shape)) }; // every element is drawn
    const n = out.data.length, bytes = out.data.BYTES_PER_ELEMENT;
    const onKernel = (bytes === 4 || bytes === 8) && maskedBulk(this._bit_generator, lo, rng, out.data, n, bytes);
    if (!onKernel) fillBounded(this._bit_generator, dt, lo, rng, out.data as never, n, true);
    return out;
  }

  /** Deprecated in NumPy: integers in [low, high], default low 1. */
  random_integers(low: unknown, high: unknown = null, size: Size = null): number | bigint | boolean | NDArray {
    if (high === null || high === undefined) return this.randint(1, toIntArg(low) + 1n, size);
    return this.randint(low, toIntArg(high) + 1n, size);
  }

  standard_normal(size: Size = null): number | NDArray<Float64Array> {
    const bg = this._bit_generator;
    // The WebAssembly kernel when it serves this generator; else uniforms in bulk and the polar method in JS.
    return sizedDoubles(size, () => legacyGauss(bg, this), (out) => {
      if (!legacyGaussBulk(bg, this, out)) fillLegacyGauss(bg, this, out);
    });
  }

  /** randn(d0, d1, ...): standard normals of shape (d0, d1, ...). */
  randn(...dims: number[]): number | NDArray<Float64Array> {
    for (const d of dims) if (!Number.isInteger(d)) throw new PyError('TypeError', "'float' object cannot be interpreted as an integer");
    return this.standard_normal(dims.length === 0 ? null : dims);
  }

  normal(loc: unknown = 0, scale: unknown = 1, size: Size = null): number | NDArray<Float64Array> {
    return this.cont(size, [[loc, '', Cons.NONE], [scale, 'scale', Cons.NON_NEGATIVE]], (_s, m, sd) => m + sd * legacyGauss(this._bit_generator, this));
  }

  standard_exponential(size: Size = null): number | NDArray<Float64Array> {
    return this.floats(size, () => legacyStandardExponential(this._bit_generator));
  }

  exponential(scale: unknown = 1, size: Size = null): number | NDArray<Float64Array> {
    return this.cont(size, [[scale, 'scale', Cons.NON_NEGATIVE]], (_s, sc) => sc * legacyStandardExponential(this._bit_generator));
  }

  uniform(low: unknown = 0, high: unknown = 1, size: Size = null): number | NDArray<Float64Array> {
    const lo = toFloat(low);
    const range = toFloat(high) - lo;
    if (!Number.isFinite(range)) throw new PyError('OverflowError', 'Range exceeds valid bounds');
    return this.floats(size, () => lo + range * this._bit_generator.nextDouble());
  }

  /** Fisher-Yates from the end with NumPy's masked random_interval; shuffles a JS array or an array's rows in place. */
  shuffle(x: unknown[] | NDArray): void {
    if (Array.isArray(x)) shuffleInPlace(this._bit_generator, x);
    else shuffleRows(this._bit_generator, x);
  }

  /** A shuffled arange(x) for an int, or a shuffled copy of a sequence / array. */
  permutation(x: unknown): unknown[] | NDArray {
    if (isPyInt(x)) return permutedRange(this._bit_generator, Number(toBigInt(x)));
    if (Array.isArray(x)) { const copy = [...x]; this.shuffle(copy); return copy; }
    if (x && typeof x === 'object' && 'shape' in x) {
      const a = x as NDArray;
      if (a.shape.length === 0) throw new PyError('IndexError', 'x must be an integer or at least 1-dimensional');
      return permutedCopy(this._bit_generator, a);
    }
    throw new PyError('IndexError', 'x must be an integer or at least 1-dimensional');
  }

  /** Random bytes: uint32 draws, little-endian, cut to length. */
  bytes(length: number): Uint8Array {
    const words = this.randint(0, 4294967296n, [wordsForBytes(length)], 'uint32') as NDArray<Uint32Array>;
    return bytesOf(words.data, length);
  }

  /**
   * choice(a, size, replace, p): legacy algorithm — randint for uniform draws with replacement,
   * the cdf + searchsorted for weighted ones, a permutation prefix without replacement.
   */
  choice(a: unknown, size: Size = null, replace = true, p: unknown = null): unknown {
    let population: unknown[] | null = null;
    let popSize: number;
    if (isPyInt(a)) {
      popSize = Number(toBigInt(a));
    } else if (Array.isArray(a)) {
      if (a.some((v) => Array.isArray(v))) throw new PyError('ValueError', 'a must be 1-dimensional');
      population = a;
      popSize = a.length;
    } else if (a !== null && typeof a === 'object' && 'shape' in a && 'data' in a) {
      // An ndarray population: 0-d arrays count as their integer, 1-d ones are picked from.
      const arr = a as NDArray;
      if (arr.shape.length === 0) return this.choice(arr.data[0], size, replace, p);
      if (arr.shape.length !== 1) throw new PyError('ValueError', 'a must be 1-dimensional');
      const picked = this.choice(arr.shape[0], size, replace, p);
      return pickFrom(arr, picked);
    } else {
      throw new PyError('ValueError', 'a must be 1-dimensional or an integer');
    }
    const shape = size === null || size === undefined ? null : sizeToShape(size);
    const count = shape === null ? 1 : shapeSize(shape);
    if (population === null && popSize <= 0 && count !== 0) throw new PyError('ValueError', 'a must be greater than 0 unless no samples are taken');
    if (population !== null && popSize === 0 && count !== 0) throw new PyError('ValueError', "'a' cannot be empty unless no samples are taken");
    let probs: number[] | null = null;
    if (p !== null && p !== undefined) {
      probs = probabilityVector(p, true);
      if (probs.length !== popSize) throw new PyError('ValueError', "'a' and 'p' must have same size");
      if (probs.some((v) => v < 0)) throw new PyError('ValueError', 'probabilities are not non-negative');
      if (Math.abs(kahanSum(probs) - 1) > Math.sqrt(2.220446049250313e-16)) throw new PyError('ValueError', 'probabilities do not sum to 1');
    }
    let idx: number[];
    if (replace) {
      if (probs) {
        idx = weightedIndices(this._bit_generator, probs, count);
      } else {
        const r = this.randint(0, popSize, [count]) as NDArray<BigInt64Array>;
        idx = Array.from(r.data, Number);
      }
    } else {
      if (count > popSize) throw new PyError('ValueError', "Cannot take a larger sample than population when 'replace=False'");
      if (probs) {
        idx = weightedIndicesWithoutReplacement(this._bit_generator, probs, count);
      } else {
        const perm = this.permutation(popSize) as NDArray<BigInt64Array>;
        idx = Array.from(perm.data.subarray(0, count), Number);
      }
    }
    if (population === null) {
      if (shape === null) return idx[0];
      return { dtype: 'int64', shape, data: BigInt64Array.from(idx.map(BigInt)) } as NDArray;
    }
    const picked = idx.map((i) => population![i]);
    return shape === null ? picked[0] : picked;
  }

  private readonly run: Runner = (_n, block) => block(this._bit_generator);

  private cont(size: Size, params: Array<[unknown, string, Cons]>, draw: Draw): number | NDArray<Float64Array> {
    return contDraws(size, params.map(([value, name, cons]) => ({ value, name, cons })), draw, this.run);
  }

  private disc(size: Size, params: Array<[unknown, string, Cons]>, draw: Draw, bulk?: Bulk): number | bigint | NDArray<BigInt64Array> {
    return discDraws(size, params.map(([value, name, cons]) => ({ value, name, cons })), draw, this.run, bulk);
  }

  beta(a: unknown, b: unknown, size: Size = null) {
    return this.cont(size, [[a, 'a', Cons.POSITIVE], [b, 'b', Cons.POSITIVE]], (_s, x, y) => lc.beta(this.legacy, x, y));
  }

  standard_gamma(shape: unknown, size: Size = null) {
    return this.cont(size, [[shape, 'shape', Cons.NON_NEGATIVE]], (_s, k) => lc.standardGamma(this.legacy, k));
  }

  gamma(shape: unknown, scale: unknown = 1, size: Size = null) {
    return this.cont(size, [[shape, 'shape', Cons.NON_NEGATIVE], [scale, 'scale', Cons.NON_NEGATIVE]], (_s, k, t) => t * lc.standardGamma(this.legacy, k));
  }

  f(dfnum: unknown, dfden: unknown, size: Size = null) {
    return this.cont(size, [[dfnum, 'dfnum', Cons.POSITIVE], [dfden, 'dfden', Cons.POSITIVE]], (_s, a, b) => lc.f(this.legacy, a, b));
  }

  noncentral_f(dfnum: unknown, dfden: unknown, nonc: unknown, size: Size = null) {
    return this.cont(size, [[dfnum, 'dfnum', Cons.POSITIVE], [dfden, 'dfden', Cons.POSITIVE], [nonc, 'nonc', Cons.NON_NEGATIVE]], (_s, a, b, c) => lc.noncentralF(this.legacy, a, b, c));
  }

  chisquare(df: unknown, size: Size = null) {
    return this.cont(size, [[df, 'df', Cons.POSITIVE]], (_s, k) => lc.chisquare(this.legacy, k));
  }

  noncentral_chisquare(df: unknown, nonc: unknown, size: Size = null) {
    return this.cont(size, [[df, 'df', Cons.POSITIVE], [nonc, 'nonc', Cons.NON_NEGATIVE]], (_s, k, l) => lc.noncentralChisquare(this.legacy, k, l));
  }

  standard_cauchy(size: Size = null) {
    return this.cont(size, [], () => lc.standardCauchy(this.legacy));
  }

  standard_t(df: unknown, size: Size = null) {
    return this.cont(size, [[df, 'df', Cons.POSITIVE]], (_s, k) => lc.standardT(this.legacy, k));
  }

  vonmises(mu: unknown, kappa: unknown, size: Size = null) {
    return this.cont(size, [[mu, 'mu', Cons.NONE], [kappa, 'kappa', Cons.NON_NEGATIVE]], (s, m, k) => vonmises(s, m, k, true));
  }

  pareto(a: unknown, size: Size = null) {
    return this.cont(size, [[a, 'a', Cons.POSITIVE]], (_s, x) => lc.pareto(this.legacy, x));
  }

  weibull(a: unknown, size: Size = null) {
    return this.cont(size, [[a, 'a', Cons.NON_NEGATIVE]], (_s, x) => lc.weibull(this.legacy, x));
  }

  power(a: unknown, size: Size = null) {
    return this.cont(size, [[a, 'a', Cons.POSITIVE]], (_s, x) => lc.power(this.legacy, x));
  }

  laplace(loc: unknown = 0, scale: unknown = 1, size: Size = null) {
    return this.cont(size, [[loc, 'loc', Cons.NONE], [scale, 'scale', Cons.NON_NEGATIVE]], laplace);
  }

  gumbel(loc: unknown = 0, scale: unknown = 1, size: Size = null) {
    return this.cont(size, [[loc, 'loc', Cons.NONE], [scale, 'scale', Cons.NON_NEGATIVE]], gumbel);
  }

  logistic(loc: unknown = 0, scale: unknown = 1, size: Size = null) {
    return this.cont(size, [[loc, 'loc', Cons.NONE], [scale, 'scale', Cons.NON_NEGATIVE]], logistic);
  }

  lognormal(mean: unknown = 0, sigma: unknown = 1, size: Size = null) {
    return this.cont(size, [[mean, 'mean', Cons.NONE], [sigma, 'sigma', Cons.NON_NEGATIVE]], (_s, m, sg) => lc.lognormal(this.legacy, m, sg));
  }

  rayleigh(scale: unknown = 1, size: Size = null) {
    return this.cont(size, [[scale, 'scale', Cons.NON_NEGATIVE]], (_s, m) => lc.rayleigh(this.legacy, m));
  }

  wald(mean: unknown, scale: unknown, size: Size = null) {
    return this.cont(size, [[mean, 'mean', Cons.POSITIVE], [scale, 'scale', Cons.POSITIVE]], (_s, m, sc) => lc.wald(this.legacy, m, sc));
  }

  triangular(left: unknown, mode: unknown, right: unknown, size: Size = null) {
    checkTriangular(left, mode, right);
    return this.cont(size, [[left, '', Cons.NONE], [mode, '', Cons.NONE], [right, '', Cons.NONE]], triangular);
  }

  negative_binomial(n: unknown, p: unknown, size: Size = null) {
    return this.disc(size, [[n, 'n', Cons.POSITIVE], [p, 'p', Cons.BOUNDED_0_1]], (s, nn, pp) => poisson(s, lc.standardGamma(this.legacy, nn) * ((1 - pp) / pp)));
  }

  zipf(a: unknown, size: Size = null) {
    return this.disc(size, [[a, 'a', Cons.GT_1]], legacyZipf);
  }

  geometric(p: unknown, size: Size = null) {
    return this.disc(size, [[p, 'p', Cons.BOUNDED_GT_0_1]], legacyGeometric);
  }

  hypergeometric(ngood: unknown, nbad: unknown, nsample: unknown, size: Size = null) {
    [ngood, nbad, nsample] = [ngood, nbad, nsample].map(asInt64Param);
    checkHypergeometric(ngood, nbad, nsample, null);
    return this.disc(size, [[ngood, 'ngood', Cons.LEGACY_NON_NEGATIVE_INBOUNDS_LONG], [nbad, 'nbad', Cons.NON_NEGATIVE], [nsample, 'nsample', Cons.GTE_1]], legacyHypergeometric);
  }

  logseries(p: unknown, size: Size = null) {
    return this.disc(size, [[p, 'p', Cons.BOUNDED_LT_0_1]], (s, q) => logseries(s, q, true));
  }

  dirichlet(alpha: unknown, size: Size = null): NDArray<Float64Array> {
    return dirichlet(alpha, size, (a) => lc.standardGamma(this.legacy, a), null);
  }

  multinomial(n: unknown, pvals: unknown, size: Size = null): NDArray<BigInt64Array> {
    return legacyMultinomial(this._bit_generator, n, pvals, size);
  }

  /**
   * Normals of shape size + (n,) times sqrt(s)[:, None] * vh from the SVD of cov, plus mean; warns
   * (RuntimeWarning) or raises when cov is not positive-semidefinite, per check_valid.
   */
  multivariate_normal(mean: unknown, cov: unknown, size: Size = null, check_valid: unknown = 'warn', tol: unknown = 1e-8): NDArray<Float64Array> {
    const normals = (shape: number[]): Float64Array => (this.standard_normal(shape) as NDArray<Float64Array>).data;
    return multivariateNormal(normals, mean, cov, size, { api: 'legacy', method: 'svd', checkValid: check_valid, tol });
  }

  /** size None -> one float; else a float64 array of that shape. */
  private floats(size: Size, one: () => number): number | NDArray<Float64Array> {
    return sizedDoubles(size, one, (out) => { for (let i = 0; i < out.length; i++) out[i] = one(); });
  }
}

