/**
 * NumPy's array functions that take an array first (sum, mean, argmax, cumsum, sort, ...), each
 * written once and exposed twice: as `np.f(a, ...)` and as the method `a.f(...)`. They follow
 * NumPy's result dtypes, its `axis` handling and the summation order it uses, so printed digits
 * match: pairwise summation along a contiguous run (the last axis, or the whole array), plain
 * accumulation across rows otherwise.
 */
import { DType, NDArray, shapeSize } from '../../core/ndarray';
import { isFloat, isUnsigned } from './dtypes';
import { written } from './views';
import { make, numbers, pairwiseSum, scalarAt, toArray } from './ndops';
import { isNDArray, NpScalar, PyList, PyRaise, PyTuple, truthy, Value } from './values';
import { notSupported } from './call';
import { indexInt } from './pynumbers';
import { ARRAY_KEYWORDS, METHOD_KEYWORD_ERRORS, MODULE_KEYWORD_ERRORS } from './data/array-keywords';

/** An array function: the array, then the Python arguments after it. */
export type ArrayFunction = (a: NDArray, args: Value[], kwargs: Map<string, Value>) => Value;

/** Positional-or-keyword parameter `name` at position `index` (after the array). */
function param(args: Value[], kwargs: Map<string, Value>, index: number, name: string): Value | undefined {
  return kwargs.has(name) ? kwargs.get(name) : args[index];
}

function axisParam(a: NDArray, args: Value[], kwargs: Map<string, Value>, dflt: number | null = null): number | null {
  const v = param(args, kwargs, 0, 'axis');
  if (v === undefined || v === null) return v === null ? null : dflt === null ? null : normalizeAxis(dflt, a.shape.length);
  if (v instanceof PyTuple) throw notSupported('a tuple of axes');
  return normalizeAxis(indexInt(v), a.shape.length);
}

function normalizeAxis(axis: number, nd: number): number {
  const ax = axis < 0 ? axis + nd : axis;
  if (ax < 0 || ax >= Math.max(nd, 1)) throw new PyRaise('AxisError', `axis ${axis} is out of bounds for array of dimension ${nd}`);
  return ax;
}

/** The lanes along `axis`: lane j holds elements base(j) + k * stride for k < len. */
interface Lanes { count: number; len: number; stride: number; base(j: number): number; outShape: number[] }

function lanesOf(a: NDArray, axis: number): Lanes {
  const shape = a.shape.length === 0 ? [1] : a.shape;
  const len = shape[axis];
  const inner = shapeSize(shape.slice(axis + 1));
  return {
    count: shapeSize([...shape.slice(0, axis), ...shape.slice(axis + 1)]),
    len,
    stride: inner,
    base: (j) => Math.floor(j / inner) * len * inner + (j % inner),
    outShape: [...shape.slice(0, axis), ...shape.slice(axis + 1)],
  };
}

/**
 * Sum of a lane as NumPy adds it: pairwise when the lane is contiguous, in order otherwise; in
 * float32 arithmetic for float32 arrays.
 */
function laneSum(v: ArrayLike<number>, base: number, len: number, stride: number, f32 = false): number {
  if (stride === 1) return f32 ? pairwiseSum32(v, base, len) : pairwiseSum(v, base, len);
  let s = 0;
  for (let k = 0; k < len; k++) s = f32 ? Math.fround(s + v[base + k * stride]) : s + v[base + k * stride];
  return s;
}

/** pairwiseSum with every addition rounded to float32 (NumPy's float loop). */
function pairwiseSum32(a: ArrayLike<number>, start: number, n: number): number {
  const add = (x: number, y: number): number => Math.fround(x + y);
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res = add(res, a[start + i]);
    return res;
  }
  if (n <= 128) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => a[start + j]);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] = add(r[j], a[start + i + j]);
    let res = add(add(add(r[0], r[1]), add(r[2], r[3])), add(add(r[4], r[5]), add(r[6], r[7])));
    for (; i < n; i++) res = add(res, a[start + i]);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return add(pairwiseSum32(a, start, n2), pairwiseSum32(a, start + n2, n - n2));
}

/** sum/cumsum: small integers widen to 64 bits (unsigned stay unsigned), floats keep their dtype. */
function sumDtype(a: NDArray): DType {
  if (isFloat(a.dtype)) return a.dtype;
  return isUnsigned(a.dtype) ? 'uint64' : 'int64';
}

/** mean/var/std: float32 stays float32, everything else is computed in float64. */
const meanDtype = (a: NDArray): DType => (a.dtype === 'float32' ? 'float32' : 'float64');

function scalarOf(dtype: DType, x: number): NpScalar {
  return scalarAt(make(dtype, [], [x]), 0);
}

/** A reduction: `laneValue(values, base, len, stride)` per lane; axis None reduces the flattened array. */
function reduction(kindOut: (a: NDArray) => DType, laneValue: (v: number[], base: number, len: number, stride: number, a: NDArray, kw: Map<string, Value>) => number, emptyError?: string): ArrayFunction {
  return (a, args, kwargs) => {
    const axis = axisParam(a, args, kwargs);
    // keepdims=True leaves the reduced axes in place with length 1.
    const keepdims = truthy(kwargs.get('keepdims') ?? false);
    const v = numbers(a);
    const kind = kindOut(a);
    if (axis === null) {
      if (v.length === 0 && emptyError) throw new PyRaise('ValueError', emptyError);
      const value = laneValue(v, 0, v.length, 1, a, kwargs);
      return keepdims ? make(kind, a.shape.map(() => 1), [value]) : scalarOf(kind, value);
    }
    const lanes = lanesOf(a, axis);
    if (lanes.len === 0 && emptyError) throw new PyRaise('ValueError', emptyError);
    const out = new Array<number>(shapeSize(lanes.outShape));
    for (let j = 0; j < out.length; j++) out[j] = laneValue(v, lanes.base(j), lanes.len, lanes.stride, a, kwargs);
    return make(kind, keepdims ? a.shape.map((d, k) => (k === axis ? 1 : d)) : lanes.outShape, out);
  };
}

const sum = reduction(sumDtype, (v, b, n, s, a) => laneSum(v, b, n, s, a.dtype === 'float32'));

const mean = reduction(meanDtype, (v, b, n, s, a) => {
  const f32 = a.dtype === 'float32';
  return f32 ? Math.fround(laneSum(v, b, n, s, true) / n) : laneSum(v, b, n, s) / n;
});

/** np.var's two passes: the mean, then the sum of squared deviations over n - ddof (in float32 for float32). */
function laneVar(v: number[], b: number, n: number, s: number, kw: Map<string, Value>, f32: boolean): number {
  const r = f32 ? Math.fround : (x: number): number => x;
  const ddof = Number(kw.get('ddof') ?? 0n);
  const m = r(laneSum(v, b, n, s, f32) / n);
  const sq = new Array<number>(n);
  for (let k = 0; k < n; k++) { const d = r(v[b + k * s] - m); sq[k] = r(d * d); }
  // The squares are summed the way the lane itself is: pairwise only if it is contiguous.
  let total = 0;
  if (s === 1) total = laneSum(sq, 0, n, 1, f32);
  else for (const x of sq) total = r(total + x);
  return r(total / Math.max(n - ddof, 0));
}

const variance = reduction(meanDtype, (v, b, n, s, a, kw) => laneVar(v, b, n, s, kw, a.dtype === 'float32'));
const std = reduction(meanDtype, (v, b, n, s, a, kw) => Math.sqrt(laneVar(v, b, n, s, kw, a.dtype === 'float32')));

/** min/max propagate NaN, as NumPy's do. */
function extreme(better: (x: number, m: number) => boolean, name: string): ArrayFunction {
  return reduction((a) => a.dtype, (v, b, n, s) => {
    let m = v[b];
    for (let k = 1; k < n && !Number.isNaN(m); k++) { const x = v[b + k * s]; if (Number.isNaN(x) || better(x, m)) m = x; }
    return m;
  }, `zero-size array to reduction operation ${name} which has no identity`);
}

/** argmin/argmax: the first extreme (the first NaN, when there is one). */
function argExtreme(better: (x: number, m: number) => boolean, name: string): ArrayFunction {
  return reduction(() => 'int64', (v, b, n, s) => {
    let best = 0;
    for (let k = 1; k < n && !Number.isNaN(v[b + best * s]); k++) {
      const x = v[b + k * s];
      if (Number.isNaN(x) || better(x, v[b + best * s])) best = k;
    }
    return best;
  }, `attempt to get ${name} of an empty sequence`);
}

const anyOf = reduction(() => 'bool', (v, b, n, s) => { for (let k = 0; k < n; k++) if (v[b + k * s] !== 0) return 1; return 0; });
const allOf = reduction(() => 'bool', (v, b, n, s) => { for (let k = 0; k < n; k++) if (v[b + k * s] === 0) return 0; return 1; });

/** `f` applied to every lane along `axis` (None: the flattened array), results written in its place. */
function transformLanes(a: NDArray, axis: number | null, dtype: DType, f: (lane: number[]) => number[]): NDArray {
  const src = axis === null ? { ...a, shape: [a.data.length] } : a;
  const v = numbers(src);
  const out = new Array<number>(v.length);
  const lanes = lanesOf(src, axis ?? 0);
  for (let j = 0; j < lanes.count; j++) {
    const b = lanes.base(j);
    const lane = Array.from({ length: lanes.len }, (_, k) => v[b + k * lanes.stride]);
    f(lane).forEach((x, k) => { out[b + k * lanes.stride] = x; });
  }
  return make(dtype, src.shape, out);
}

/** cumsum: the flattened array (axis None) or each lane, accumulated in order. */
const cumsum: ArrayFunction = (a, args, kwargs) => transformLanes(a, axisParam(a, args, kwargs), sumDtype(a), (lane) => {
  let acc = 0;
  return lane.map((x) => (acc += x));
});

/** Ascending with NaN last, as NumPy sorts. */
const ascending = (x: number, y: number): number => (Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : Number.isNaN(y) ? -1 : x - y);

/** Sorted copy (or argsort) along an axis (default the last; None flattens). */
function sortAlong(a: NDArray, axis: number | null, indices: boolean): NDArray {
  return transformLanes(a, axis, indices ? 'int64' : a.dtype, (lane) => {
    // A stable order: NumPy's default quicksort may order equal keys differently (documented).
    const order = lane.map((_, k) => k).sort((p, q) => ascending(lane[p], lane[q]) || p - q);
    return indices ? order : order.map((k) => lane[k]);
  });
}

const sortFn: ArrayFunction = (a, args, kwargs) => {
  if (a.shape.length === 0) throw new PyRaise('AxisError', 'axis -1 is out of bounds for array of dimension 0');
  return sortAlong(a, axisParam(a, args, kwargs, -1), false);
};

const argsort: ArrayFunction = (a, args, kwargs) => sortAlong(a, axisParam(a, args, kwargs, -1), true);

/** The method a.sort(): in place, along the last axis by default. */
const sortInPlace: ArrayFunction = (a, args, kwargs) => {
  const sorted = sortAlong(a, axisParam(a, args, kwargs, -1), false);
  (a.data as unknown as { set(x: ArrayLike<unknown>): void }).set(sorted.data as ArrayLike<unknown>);
  written(a);
  return null;
};

const unique: ArrayFunction = (a) => {
  const v = numbers(a).sort(ascending);
  const u = v.filter((x, i) => i === 0 || !(x === v[i - 1] || (Number.isNaN(x) && Number.isNaN(v[i - 1]))));
  return make(a.dtype, [u.length], u);
};

/** np.median: the middle value, or the mean of the two middle ones, per lane. */
const median = reduction(meanDtype, (v, b, n, s, a) => {
  const lane = Array.from({ length: n }, (_, k) => v[b + k * s]).sort(ascending);
  if (lane.some(Number.isNaN)) return NaN;
  const m = n >> 1;
  if (n % 2) return lane[m];
  // The mean of the two middle values, in the mean's dtype.
  return a.dtype === 'float32' ? Math.fround(Math.fround(lane[m - 1] + lane[m]) / 2) : (lane[m - 1] + lane[m]) / 2;
}, undefined);

/** The functions both `np.<name>(a, ...)` and `a.<name>(...)` provide. */
export const SHARED: Record<string, ArrayFunction> = {
  sum, mean, var: variance, std,
  min: extreme((x, m) => x < m, 'minimum'), max: extreme((x, m) => x > m, 'maximum'),
  argmin: argExtreme((x, m) => x < m, 'argmin'), argmax: argExtreme((x, m) => x > m, 'argmax'),
  any: anyOf, all: allOf, cumsum, argsort,
};

/** Only as `np.<name>(a, ...)`. */
export const MODULE_ONLY: Record<string, ArrayFunction> = { sort: sortFn, unique, median, amin: SHARED.min, amax: SHARED.max };

/** Only as methods (`a.sort()` sorts in place and returns None). */
export const METHOD_ONLY: Record<string, ArrayFunction> = { sort: sortInPlace };

/** The keywords the engine's array functions act on; NumPy's others stop with a clear not-supported line. */
const REDUCTION = ['axis', 'keepdims'];
const IMPLEMENTED: Readonly<Record<string, readonly string[]>> = {
  sum: REDUCTION, mean: REDUCTION, min: REDUCTION, max: REDUCTION, amin: REDUCTION, amax: REDUCTION, any: REDUCTION, all: REDUCTION,
  argmin: REDUCTION, argmax: REDUCTION, median: REDUCTION, var: [...REDUCTION, 'ddof'], std: [...REDUCTION, 'ddof'],
  cumsum: ['axis'], argsort: ['axis'], sort: ['axis'], unique: [], round: ['decimals'],
};

/**
 * A keyword NumPy's `np.<name>` (form 'module') or `a.<name>` (form 'method') does not take fails
 * with NumPy's TypeError; one NumPy takes but the engine does not act on (out=, where=, dtype=, ...)
 * stops the run rather than being ignored.
 */
export function checkKeywords(name: string, kwargs: ReadonlyMap<string, Value>, form: 'module' | 'method'): void {
  const accepted = ARRAY_KEYWORDS[name];
  if (!accepted) return;
  for (const k of kwargs.keys()) {
    const message = (form === 'module' ? MODULE_KEYWORD_ERRORS : METHOD_KEYWORD_ERRORS)[name];
    if (!accepted.includes(k) && message) throw new PyRaise('TypeError', message.replace('{}', k));
    if (accepted.includes(k) && !(IMPLEMENTED[name] ?? []).includes(k)) throw notSupported(`the ${k}= argument of ${name}()`);
  }
}

/** The array argument of `np.f(x, ...)`: lists and scalars become arrays. */
export function arrayArgument(x: Value): NDArray {
  if (isNDArray(x)) return x;
  if (x instanceof PyList || x instanceof PyTuple) return toArray(x);
  const v = x instanceof NpScalar ? x.value : x;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return toArray(new PyList([v as Value]));
  throw new PyRaise('TypeError', 'expected an array-like argument');
}
