/**
 * Distribution parameters as NumPy takes them (numpy/random/_common.pyx `cont` and `disc`):
 * scalars or arrays, checked against a constraint with NumPy's own messages, broadcast against
 * each other and against `size`, then one draw per output element in C order.
 */
import { emptyData, emptyFloat64 } from '../empty';
import { toFloat } from '../args';
import { BitSource } from '../bitgen/bitgenerator';
import { PyError } from '../errors';
import { NDArray, shapeSize, Size, sizeToShape } from '../ndarray';
import { PyFloat } from '../pyvalues';

/** NumPy's constraint_type values. */
export const enum Cons {
  NONE, NON_NEGATIVE, POSITIVE, POSITIVE_NOT_NAN, BOUNDED_0_1, BOUNDED_GT_0_1, BOUNDED_LT_0_1,
  GT_1, GTE_1, POISSON, LEGACY_POISSON, LEGACY_NON_NEGATIVE_INBOUNDS_LONG,
}

export interface Param {
  readonly value: unknown;
  readonly name: string;
  readonly cons: Cons;
}

/** A parameter as a float64 array (shape [] for a scalar). */
export interface Doubles {
  readonly shape: readonly number[];
  readonly data: Float64Array;
}

const POISSON_LAM_MAX = 2 ** 63 - Math.sqrt(2 ** 63) * 10;
const LEGACY_POISSON_LAM_MAX = POISSON_LAM_MAX;
const LONG_MAX = 2 ** 63 - 1;

/** A value (number, bool, bigint, PyFloat, nested list, NDArray) as float64 data and a shape. */
export function asDoubles(v: unknown): Doubles {
  if (isNDArray(v)) return { shape: v.shape, data: Float64Array.from(v.data as ArrayLike<number | bigint>, Number) };
  if (!Array.isArray(v)) return { shape: [], data: Float64Array.of(toFloatArg(v)) };
  const shape: number[] = [];
  for (let level: unknown = v; Array.isArray(level); level = level[0]) shape.push(level.length);
  const data = new Float64Array(shapeSize(shape));
  let k = 0;
  const walk = (x: unknown, depth: number): void => {
    const fits = depth < shape.length ? Array.isArray(x) && x.length === shape[depth] : !Array.isArray(x);
    if (!fits) {
      throw new PyError('ValueError', `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was (${shape.slice(0, depth).join(', ')}${depth === 1 ? ',' : ''}) + inhomogeneous part.`);
    }
    if (depth === shape.length) data[k++] = toFloatArg(x);
    else for (const y of x as unknown[]) walk(y, depth + 1);
  };
  walk(v, 0);
  return { shape, data };
}

function isNDArray(v: unknown): v is NDArray {
  return typeof v === 'object' && v !== null && 'shape' in v && 'data' in v && 'dtype' in v;
}

function toFloatArg(v: unknown): number {
  if (typeof v === 'string') {
    const t = v.trim();
    const x = t === '' ? NaN : Number(t);
    if (Number.isNaN(x) && !/^[+-]?nan$/i.test(t)) throw new PyError('ValueError', `could not convert string to float: '${v}'`);
    return x;
  }
  if (v === null || v === undefined) throw new PyError('TypeError', "float() argument must be a string or a real number, not 'NoneType'");
  return v instanceof PyFloat ? v.value : toFloat(v);
}

/** An int64 parameter as NumPy casts it (PyArray_FROM_OTF(..., NPY_INT64)): floats truncated toward zero. */
export function asInt64Param(v: unknown): NDArray<Float64Array> | number {
  const d = asDoubles(v);
  const data = d.data.map(Math.trunc);
  return d.shape.length === 0 ? data[0] : { dtype: 'float64', shape: d.shape, data };
}

/** Python's repr of a shape tuple. */
export function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** np.broadcast's result shape, with its message on a mismatch (axes left to right, as NumPy checks). */
export function broadcastShapes(shapes: ReadonlyArray<readonly number[]>): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < nd; i++) {
    let dim = 1;
    let src = -1;
    shapes.forEach((s, j) => {
      const k = i + s.length - nd;
      if (k < 0 || s[k] === 1) return;
      if (dim === 1) { dim = s[k]; src = j; } else if (dim !== s[k]) {
        throw new PyError('ValueError', `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${src} with shape ${shapeRepr(shapes[src])} and arg ${j} with shape ${shapeRepr(s)}.`);
      }
    });
    out.push(dim);
  }
  return out;
}

/** check_constraint for a scalar parameter. */
export function checkScalar(v: number, name: string, cons: Cons): void {
  const fail = (msg: string): never => { throw new PyError('ValueError', msg); };
  switch (cons) {
    case Cons.NONE: return;
    case Cons.NON_NEGATIVE: if (!Number.isNaN(v) && (v < 0 || Object.is(v, -0))) fail(`${name} < 0`); return;
    case Cons.POSITIVE: case Cons.POSITIVE_NOT_NAN:
      if (cons === Cons.POSITIVE_NOT_NAN && Number.isNaN(v)) fail(`${name} must not be NaN`);
      if (v <= 0) fail(`${name} <= 0`);
      return;
    case Cons.BOUNDED_0_1: if (!(v >= 0) || !(v <= 1)) fail(`${name} < 0, ${name} > 1 or ${name} is NaN`); return;
    case Cons.BOUNDED_GT_0_1: if (!(v > 0) || !(v <= 1)) fail(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`); return;
    case Cons.BOUNDED_LT_0_1: if (!(v >= 0) || !(v < 1)) fail(`${name} < 0, ${name} >= 1 or ${name} is NaN`); return;
    case Cons.GT_1: if (!(v > 1)) fail(`${name} <= 1 or ${name} is NaN`); return;
    case Cons.GTE_1: if (!(v >= 1)) fail(`${name} < 1 or ${name} is NaN`); return;
    case Cons.POISSON: case Cons.LEGACY_POISSON:
      if (!(v >= 0)) fail(`${name} < 0 or ${name} is NaN`);
      if (!(v <= (cons === Cons.POISSON ? POISSON_LAM_MAX : LEGACY_POISSON_LAM_MAX))) fail(`${name} value too large`);
      return;
    case Cons.LEGACY_NON_NEGATIVE_INBOUNDS_LONG:
      if (v < 0) fail(`${name} < 0`);
      if (v > LONG_MAX) fail(`${name} is out of bounds for long, consider using the new generator API for 64bit integers.`);
  }
}

/** check_array_constraint: the whole array at once, with "contains NaNs" messages. */
export function checkArray(d: Float64Array, name: string, cons: Cons): void {
  const fail = (msg: string): never => { throw new PyError('ValueError', msg); };
  const all = (ok: (x: number) => boolean): boolean => d.every(ok);
  switch (cons) {
    case Cons.NONE: return;
    case Cons.NON_NEGATIVE: if (!all((x) => Number.isNaN(x) || !(x < 0 || Object.is(x, -0)))) fail(`${name} < 0`); return;
    case Cons.POSITIVE: case Cons.POSITIVE_NOT_NAN:
      if (cons === Cons.POSITIVE_NOT_NAN && !all((x) => !Number.isNaN(x))) fail(`${name} must not be NaN`);
      if (!all((x) => !(x <= 0))) fail(`${name} <= 0`);
      return;
    case Cons.BOUNDED_0_1: if (!all((x) => x >= 0 && x <= 1)) fail(`${name} < 0, ${name} > 1 or ${name} contains NaNs`); return;
    case Cons.BOUNDED_GT_0_1: if (!all((x) => x > 0) || !all((x) => x <= 1)) fail(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`); return;
    case Cons.BOUNDED_LT_0_1: if (!all((x) => x >= 0) || !all((x) => x < 1)) fail(`${name} < 0, ${name} >= 1 or ${name} contains NaNs`); return;
    case Cons.GT_1: if (!all((x) => x > 1)) fail(`${name} <= 1 or ${name} contains NaNs`); return;
    case Cons.GTE_1: if (!all((x) => x >= 1)) fail(`${name} < 1 or ${name} contains NaNs`); return;
    case Cons.POISSON: case Cons.LEGACY_POISSON:
      if (!all((x) => x <= POISSON_LAM_MAX)) fail(`${name} value too large`);
      if (!all((x) => x >= 0)) fail(`${name} < 0 or ${name} contains NaNs`);
      return;
    case Cons.LEGACY_NON_NEGATIVE_INBOUNDS_LONG:
      if (!all((x) => x >= 0)) fail(`${name} < 0`);
      if (!all((x) => x <= LONG_MAX)) fail(`${name} is out of bounds for long, consider using the new generator API for 64bit integers.`);
  }
}

/** True if `test` holds for some element of the broadcast of the arrays (np.any of an elementwise test). */
export function anyBroadcast(arrays: readonly Doubles[], test: (v: Float64Array) => boolean): boolean {
  let shape: number[];
  try {
    shape = broadcastShapes(arrays.map((a) => a.shape));
  } catch {
    throw new PyError('ValueError', `operands could not be broadcast together with shapes ${arrays.map((a) => shapeRepr(a.shape)).join(' ')} `);
  }
  const strides = arrays.map((a) => broadcastStrides(a.shape, shape));
  const v = new Float64Array(arrays.length);
  for (let i = 0; i < shapeSize(shape); i++) {
    for (let j = 0; j < arrays.length; j++) v[j] = arrays[j].data[offset(i, shape, strides[j])];
    if (test(v)) return true;
  }
  return false;
}

/**
 * Runs a block of about n draws from the source it is handed: the Generator's runner buffers raw
 * outputs for large blocks, RandomState's hands over its MT19937.
 */
export type Runner = (n: number, block: (src: BitSource) => void) => void;

/** One draw given the parameters (unused ones are 0). */
export type Draw = (src: BitSource, a: number, b: number, c: number) => number | bigint;

/** Checked, broadcast parameters and the output shape (null for a scalar result). */
export interface Plan {
  readonly shape: readonly number[] | null;
  /** The i-th output element's parameter values (C order). */
  readonly at: (i: number, out: Float64Array) => void;
  readonly n: number;
  /** Every parameter is a scalar (then `at` gives the same values for every i). */
  readonly scalar: boolean;
}

/** NumPy's cont/disc argument handling, up to the draws. */
export function plan(size: Size, params: readonly Param[]): Plan {
  const arrays = params.map((p) => asDoubles(p.value));
  const scalar = arrays.every((a) => a.shape.length === 0);
  if (scalar) {
    params.forEach((p, i) => checkScalar(arrays[i].data[0], p.name, p.cons));
    const values = arrays.map((a) => a.data[0]);
    const shape = size === null || size === undefined ? null : sizeToShape(size);
    return { shape, n: shape ? shapeSize(shape) : 1, at: (_i, out) => { out.set(values); }, scalar: true };
  }
  params.forEach((p, i) => checkArray(arrays[i].data, p.name, p.cons));
  let shape: readonly number[];
  if (size === null || size === undefined) {
    shape = broadcastShapes(arrays.map((a) => a.shape));
  } else {
    shape = sizeToShape(size);
    const joint = broadcastShapes([shape, ...arrays.map((a) => a.shape)]);
    if (joint.length !== shape.length || joint.some((d, i) => d !== shape[i])) {
      throw new PyError('ValueError', `Output size ${shapeRepr(shape)} is not compatible with broadcast dimensions of inputs ${shapeRepr(joint)}.`);
    }
  }
  const n = shapeSize(shape);
  const strides = arrays.map((a) => broadcastStrides(a.shape, shape));
  const at = (i: number, out: Float64Array): void => {
    for (let j = 0; j < arrays.length; j++) out[j] = arrays[j].data[offset(i, shape, strides[j])];
  };
  return { shape, n, at, scalar: false };
}

/** Element strides of `shape` viewed as broadcast to `target` (0 on broadcast axes). */
function broadcastStrides(shape: readonly number[], target: readonly number[]): number[] {
  const strides = new Array<number>(target.length).fill(0);
  let step = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    const t = k + target.length - shape.length;
    strides[t] = shape[k] === 1 ? 0 : step;
    step *= shape[k];
  }
  return strides;
}

/** Flat index into an array of `shape` for element i (C order) of its broadcast to `target`. */
export function broadcastIndex(i: number, target: readonly number[], shape: readonly number[]): number {
  return offset(i, target, broadcastStrides(shape, target));
}

function offset(i: number, shape: readonly number[], strides: readonly number[]): number {
  let off = 0;
  for (let k = shape.length - 1; k >= 0; k--) {
    const d = shape[k];
    off += (i % d) * strides[k];
    i = Math.floor(i / d);
  }
  return off;
}

/** float64 draws: a number when every parameter is scalar and size is None, else an array. */
export function contDraws(size: Size, params: readonly Param[], draw: Draw, run: Runner): number | NDArray<Float64Array> {
  const p = plan(size, params);
  const data = emptyFloat64(p.n); // fill writes every element
  fill(p, data, draw, run);
  return p.shape === null ? data[0] : { dtype: 'float64', shape: p.shape, data };
}

function fill(p: Plan, out: Float64Array | BigInt64Array, draw: Draw, run: Runner): void {
  const v = new Float64Array(3);
  const n = p.n;
  // int64 results go in as 32-bit word pairs where they fit (no BigInt per value).
  const words = out instanceof BigInt64Array ? new Int32Array(out.buffer, out.byteOffset, 2 * n) : null;
  run(n, (src) => {
    if (p.scalar) p.at(0, v);
    for (let i = 0; i < n; i++) {
      if (!p.scalar) p.at(i, v);
      const x = draw(src, v[0], v[1], v[2]);
      if (words === null) {
        out[i] = Number(x);
      } else if (typeof x === 'number' && x >= -2147483648 && x <= 2147483647) {
        words[2 * i] = x;
        words[2 * i + 1] = x < 0 ? -1 : 0;
      } else {
        out[i] = BigInt(x);
      }
    }
  });
}

/**
 * Fills `out` with draws for scalar parameter values `v` in one bulk call (a WebAssembly kernel),
 * or returns false to leave it to the per-value draws.
 */
export type Bulk = (v: Float64Array, out: BigInt64Array) => boolean;

/** int64 draws, as contDraws; `bulk` may take over arrays of draws with scalar parameters. */
export function discDraws(size: Size, params: readonly Param[], draw: Draw, run: Runner, bulk?: Bulk): number | bigint | NDArray<BigInt64Array> {
  const p = plan(size, params);
  const data = emptyData('int64', p.n) as BigInt64Array; // bulk or fill writes every element
  const pv = new Float64Array(3);
  if (bulk && p.scalar && p.shape !== null) p.at(0, pv);
  if (!(bulk && p.scalar && p.shape !== null && bulk(pv, data))) fill(p, data, draw, run);
  if (p.shape !== null) return { dtype: 'int64', shape: p.shape, data };
  const v = data[0];
  return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
}
