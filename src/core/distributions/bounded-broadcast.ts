/**
 * integers / randint with array bounds (numpy/random/_bounded_integers.pyx: `_rand_*_broadcast`):
 * low and high broadcast against each other and size; each element is one bounded draw on its
 * own range. For the 64- and 32-bit dtypes no buffered bits carry from one element to the next;
 * the 8/16-bit and bool loops keep one buffered 32-bit word across the whole call, as NumPy's do.
 */
import { BitSource } from '../bitgen/bitgenerator';
import { PyError } from '../errors';
import { allocate, NDArray, shapeSize, Size, sizeToShape } from '../ndarray';
import { isPyInt, PyFloat, toBigInt } from '../pyvalues';
import { fillBounded, INT_BOUNDS, IntDType, SmallBuffer } from './bounded';
import { broadcastIndex, broadcastShapes, shapeRepr } from './params';

interface Ints { shape: number[]; data: bigint[] }

/** A nested list (or int64 NDArray) of ints as bigints with its shape. */
function asInts(v: unknown): Ints {
  if (v && typeof v === 'object' && 'shape' in v && 'data' in v) {
    const a = v as NDArray;
    return { shape: [...a.shape], data: Array.from(a.data as ArrayLike<number | bigint>, (x) => BigInt(typeof x === 'number' ? Math.trunc(x) : x)) };
  }
  if (!Array.isArray(v)) {
    if (isPyInt(v)) return { shape: [], data: [toBigInt(v)] };
    const x = v instanceof PyFloat ? v.value : Number(v);
    return { shape: [], data: [BigInt(Math.trunc(x))] };
  }
  const parts = v.map(asInts);
  return { shape: [v.length, ...(parts[0]?.shape ?? [])], data: parts.flatMap((p) => p.data) };
}

export const hasArrayBounds = (low: unknown, high: unknown): boolean => Array.isArray(low) || Array.isArray(high)
  || [low, high].some((v) => v !== null && typeof v === 'object' && 'shape' in (v as object) && (v as NDArray).shape.length > 0);

/** NumPy's format_bounds_error. */
function boundsError(closed: boolean, low: bigint[]): PyError {
  return new PyError('ValueError', low.every((x) => x === 0n) ? `high ${closed ? '<' : '<='} 0` : `low ${closed ? '>' : '>='} high`);
}

export function boundedBroadcast(bg: BitSource, low: unknown, high: unknown, size: Size, dtype: IntDType, closed: boolean, masked: boolean): NDArray {
  const lo = asInts(low);
  const hi = asInts(high);
  const [minV, maxV] = INT_BOUNDS[dtype];
  if (lo.data.some((x) => x < minV)) throw new PyError('ValueError', `low is out of bounds for ${dtype}`);
  if (hi.data.some((x) => (closed ? x : x - 1n) > maxV)) throw new PyError('ValueError', `high is out of bounds for ${dtype}`);
  const pairShape = broadcastShapes([lo.shape, hi.shape]);
  const at = (a: Ints, i: number, shape: readonly number[]): bigint => a.data[broadcastIndex(i, shape, a.shape)];
  for (let i = 0; i < shapeSize(pairShape); i++) {
    const l = at(lo, i, pairShape), h = at(hi, i, pairShape);
    if (closed ? l > h : l >= h) throw boundsError(closed, lo.data);
  }
  let shape: number[] = pairShape;
  if (size !== null && size !== undefined) {
    shape = sizeToShape(size);
    const joint = broadcastShapes([lo.shape, hi.shape, shape]);
    if (joint.length !== shape.length || joint.some((d, i) => d !== shape[i])) {
      throw new PyError('ValueError', `Output size ${shapeRepr(shape)} is not compatible with broadcast dimensions of inputs ${shapeRepr(joint)}.`);
    }
  }
  const out = allocate(dtype, shape);
  const one = allocate(dtype, [1]);
  const small = dtype === 'int16' || dtype === 'uint16' || dtype === 'int8' || dtype === 'uint8' || dtype === 'bool';
  const buffer = small ? new SmallBuffer(bg) : undefined;
  for (let i = 0; i < out.data.length; i++) {
    const l = at(lo, i, shape), h = at(hi, i, shape);
    fillBounded(bg, dtype, l, (closed ? h : h - 1n) - l, one.data as never, 1, masked, buffer);
    (out.data as unknown as unknown[])[i] = (one.data as unknown as unknown[])[0];
  }
  return out;
}
