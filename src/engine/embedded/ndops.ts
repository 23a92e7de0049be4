/**
 * The slice of NumPy's ndarray semantics the engine needs: conversion from Python values,
 * elementwise arithmetic with broadcasting, and reductions with NumPy's pairwise summation (so
 * sums and means print the same digits NumPy prints).
 */
import { allocateData, DType, NDArray, shapeSize } from '../../core/ndarray';
import { castNumber } from './dtypes';
import { broadcastShapes } from '../../core/distributions/params';
import { isNDArray, NpScalar, PyList, PyRaise, PyTuple, typeName, Value } from './values';
import { notSupported } from './call';

export type Kind = 'bool' | 'int64' | 'float64';

/** Largest array the engine builds (a clear error instead of running out of memory). */
export const MAX_ELEMENTS = 1e8;

/** A shape as NumPy's error messages write it: (3,) or (2,3), no spaces. */
export function compactShape(s: readonly number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(',')})`;
}

export function checkSize(n: number): void {
  if (n > MAX_ELEMENTS) throw new PyRaise('MemoryError', `SeedLab's embedded engine refuses arrays over ${MAX_ELEMENTS} elements (asked for ${n}); run it with --engine python`);
}

/** Python value -> ndarray (np.array's type inference for bool, int and float, or `dtype`). */
export function toArray(v: Value, dtype?: DType): NDArray {
  if (isNDArray(v)) return dtype && dtype !== v.dtype ? astype(v, dtype) : v;
  if (v instanceof NpScalar) return make(dtype ?? (v.dtype as DType), [], [num(v.value as Value)]);
  const { shape, flat } = discoverShape(v);
  return make(dtype ?? inferredDtype(flat), shape, flat.map(num));
}

/** The shape np.array would give nested lists (NumPy's error if they are ragged). */
export function arrayShape(v: Value): number[] {
  return discoverShape(v).shape;
}

function inferredDtype(flat: Value[]): DType {
  return flat.every((x) => typeof x === 'boolean') && flat.length > 0 ? 'bool' : flat.every((x) => typeof x === 'bigint' || typeof x === 'boolean') && flat.length > 0 ? 'int64' : 'float64';
}

/**
 * NumPy's shape discovery for nested lists and tuples, level by level: every item at a level is a
 * sequence of one common length, or every item is a scalar; anything else is NumPy's ragged-array
 * error, naming the dimensions found before it.
 */
function discoverShape(v: Value): { shape: number[]; flat: Value[] } {
  const shape: number[] = [];
  let level: Value[] = [v];
  for (;;) {
    const sequences = level.filter((x) => x instanceof PyList || x instanceof PyTuple) as Array<PyList | PyTuple>;
    if (sequences.length === 0) return { shape, flat: level.map((x) => (x instanceof NpScalar ? (x.value as Value) : x)) };
    const n = sequences[0].items.length;
    if (sequences.length !== level.length || sequences.some((x) => x.items.length !== n)) {
      throw new PyRaise('ValueError', `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${shape.length} dimensions. The detected shape was (${shape.join(', ')}${shape.length === 1 ? ',' : ''}) + inhomogeneous part.`);
    }
    shape.push(n);
    level = sequences.flatMap((x) => x.items);
  }
}

function num(x: Value): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  // NumPy would make a str or object array here; the engine's arrays hold numbers only.
  throw notSupported(typeof x === 'string' ? 'an array of strings mixed with numbers' : `an array holding ${typeName(x)} values (dtype=object)`);
}

/** An array of `dtype` from computed doubles (cast as NumPy casts: wrap-around, float32 rounding). */
export function make(dtype: DType, shape: readonly number[], values: ArrayLike<number>): NDArray {
  checkSize(values.length);
  const data = allocateData(dtype, values.length);
  if (dtype === 'float64') (data as Float64Array).set(values);
  else {
    const out = data as unknown as { [i: number]: number | bigint };
    for (let i = 0; i < values.length; i++) out[i] = castNumber(dtype, values[i]);
  }
  return { dtype, shape: [...shape], data };
}

/** The family of an array's dtype: bool, integer (as int64) or floating (as float64). */
export function kindOf(a: NDArray): Kind {
  if (a.dtype === 'bool') return 'bool';
  if (a.dtype === 'float64' || a.dtype === 'float32') return 'float64';
  return 'int64';
}

export function astype(a: NDArray, dtype: DType): NDArray {
  return make(dtype, a.shape, Array.from(a.data as ArrayLike<number | bigint>, Number));
}

export function numbers(a: NDArray): number[] {
  return Array.from(a.data as ArrayLike<number | bigint>, Number);
}

/** Element i as a NumPy scalar (integers as bigints, whatever their width). */
export function scalarAt(a: NDArray, i: number): NpScalar {
  const v = a.data[i] as number | bigint;
  if (a.dtype === 'bool') return new NpScalar('bool', v === 1);
  if (typeof v === 'bigint' || a.dtype === 'float64' || a.dtype === 'float32') return new NpScalar(a.dtype, v);
  return new NpScalar(a.dtype, BigInt(v));
}

/** Elementwise f over broadcast operands; the result kind is the caller's. */
export function elementwise(arrays: NDArray[], kind: DType, f: (xs: number[]) => number): NDArray {
  let shape: number[];
  try {
    shape = broadcastShapes(arrays.map((a) => a.shape));
  } catch {
    throw new PyRaise('ValueError', `operands could not be broadcast together with shapes ${arrays.map((a) => compactShape(a.shape)).join(' ')} `);
  }
  const n = shapeSize(shape);
  checkSize(n);
  const strides = arrays.map((a) => {
    const s = new Array<number>(shape.length).fill(0);
    let step = 1;
    for (let k = a.shape.length - 1; k >= 0; k--) {
      s[k + shape.length - a.shape.length] = a.shape[k] === 1 ? 0 : step;
      step *= a.shape[k];
    }
    return s;
  });
  const vals = arrays.map(numbers);
  const out = new Array<number>(n);
  const xs = new Array<number>(arrays.length);
  for (let i = 0; i < n; i++) {
    let rem = i;
    const offs = new Array<number>(arrays.length).fill(0);
    for (let k = shape.length - 1; k >= 0; k--) {
      const c = rem % shape[k];
      rem = Math.floor(rem / shape[k]);
      for (let j = 0; j < arrays.length; j++) offs[j] += c * strides[j][k];
    }
    for (let j = 0; j < arrays.length; j++) xs[j] = vals[j][offs[j]];
    out[i] = f(xs);
  }
  return make(kind, shape, out);
}

/** NumPy's pairwise summation of a contiguous run (numpy/_core/src/umath/loops_utils.h.src). */
export function pairwiseSum(a: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[start + i];
    return res;
  }
  if (n <= 128) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => a[start + j]);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] += a[start + i + j];
    let res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; i++) res += a[start + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(a, start, n2) + pairwiseSum(a, start + n2, n - n2);
}

/** f elementwise in the input's own dtype (integers wrap as NumPy's loops do); a scalar stays a scalar. */
export function mapSameType(v: NDArray | NpScalar, f: (x: number) => number): NDArray | NpScalar {
  const a = toArray(v);
  const r = elementwise([a], a.dtype, ([x]) => f(x));
  return v instanceof NpScalar ? scalarAt(r, 0) : r;
}

/** abs() of an array or NumPy scalar, as np.absolute computes it. */
export const absolute = (v: NDArray | NpScalar): NDArray | NpScalar => mapSameType(v, Math.abs);
