import { PyError } from './errors';
import { isPyInt, PyFloat, pyFloatRepr, pyTypeName } from './pyvalues';

/**
 * The core's result container: a C-ordered n-d array with a NumPy dtype. It is deliberately
 * small (no strides, no views); the embedded engine wraps it in a full ndarray.
 * 64-bit integer dtypes are held in BigInt64Array / BigUint64Array so every value is exact.
 */
export type DType =
  | 'float64' | 'float32'
  | 'int64' | 'int32' | 'int16' | 'int8'
  | 'uint64' | 'uint32' | 'uint16' | 'uint8'
  | 'bool';

export type TypedData =
  | Float64Array | Float32Array
  | BigInt64Array | Int32Array | Int16Array | Int8Array
  | BigUint64Array | Uint32Array | Uint16Array | Uint8Array;

export interface NDArray<D extends TypedData = TypedData> {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly data: D;
}

/** Number of elements for a shape (1 for a 0-d shape). */
export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function allocate(dtype: DType, shape: readonly number[]): NDArray {
  const n = shapeSize(shape);
  return { dtype, shape: [...shape], data: allocateData(dtype, n) };
}

/** The typed array that holds each dtype's elements (bool as one byte each). */
interface TypedDataConstructor {
  new (length: number): TypedData;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): TypedData;
  readonly BYTES_PER_ELEMENT: number;
}

export const TYPED_DATA: Readonly<Record<DType, TypedDataConstructor>> = {
  float64: Float64Array, float32: Float32Array,
  int64: BigInt64Array, int32: Int32Array, int16: Int16Array, int8: Int8Array,
  uint64: BigUint64Array, uint32: Uint32Array, uint16: Uint16Array, uint8: Uint8Array, bool: Uint8Array,
};

export function allocateData(dtype: DType, n: number): TypedData {
  return new TYPED_DATA[dtype](n);
}

/** NumPy's `size` argument: None, an int, or a tuple of ints. */
export type Size = number | readonly number[] | null | undefined;

/** The output shape for a non-None size. */
export function sizeToShape(size: number | readonly number[]): number[] {
  // Python ints may arrive as bigints (the embedded engine's ints); dimensions are small.
  if (size instanceof PyFloat || (typeof size === 'number' && !Number.isInteger(size))) {
    const x = size instanceof PyFloat ? size.value : size;
    throw new PyError('TypeError', `expected a sequence of integers or a single integer, got '${pyFloatRepr(x)}'`);
  }
  if (typeof size === 'string') throw new PyError('TypeError', "'str' object cannot be interpreted as an integer");
  if (typeof size !== 'number' && typeof size !== 'bigint' && !(Symbol.iterator in Object(size))) {
    throw new PyError('TypeError', `expected a sequence of integers or a single integer, got '${String(size)}'`);
  }
  const dims: unknown[] = typeof size === 'number' || typeof size === 'bigint' ? [size] : [...(size as Iterable<unknown>)];
  for (const d of dims) {
    if (!isPyInt(d)) throw new PyError('TypeError', `'${pyTypeName(d)}' object cannot be interpreted as an integer`);
  }
  const shape = dims.map(Number);
  for (const d of shape) {
    if (d < 0) throw new PyError('ValueError', 'negative dimensions are not allowed');
  }
  return shape;
}

const KIND_BITS: Record<DType, [kind: 'b' | 'u' | 'i' | 'f', bits: number]> = {
  bool: ['b', 1], uint8: ['u', 8], uint16: ['u', 16], uint32: ['u', 32], uint64: ['u', 64],
  int8: ['i', 8], int16: ['i', 16], int32: ['i', 32], int64: ['i', 64], float32: ['f', 32], float64: ['f', 64],
};

/** np.can_cast(from, to, 'safe'): every value of `from` is exactly a value of `to` (int64 -> float64 counts, as in NumPy). */
export function canCastSafely(from: DType, to: DType): boolean {
  const [fk, fb] = KIND_BITS[from], [tk, tb] = KIND_BITS[to];
  if (from === to || fk === 'b') return true;
  if (tk === 'b') return false;
  if (tk === 'f') return fk === 'f' ? tb >= fb : tb === 64 || fb <= 16;
  if (fk === 'f') return false;
  if (fk === tk) return tb >= fb;
  return fk === 'u' && tk === 'i' && tb > fb;
}
