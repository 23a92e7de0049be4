/** Shared helpers for methods that return a scalar when `size` is None and an array otherwise. */
import { NDArray, Size, sizeToShape, shapeSize } from './ndarray';

/** Float64 results: one draw for size None, else a filled float64 array of that shape. */
export function sizedDoubles(size: Size, one: () => number, fill: (out: Float64Array) => void): number | NDArray<Float64Array> {
  if (size === undefined || size === null) return one();
  const shape = sizeToShape(size);
  const data = new Float64Array(shapeSize(shape));
  fill(data);
  return { dtype: 'float64', shape, data };
}

/** int64 results (counts such as binomial or poisson draws): a number for size None, else an int64 array. */
export function sizedInts(size: Size, one: () => number): number | NDArray<BigInt64Array> {
  if (size === undefined || size === null) return one();
  const shape = sizeToShape(size);
  const data = new BigInt64Array(shapeSize(shape));
  for (let i = 0; i < data.length; i++) data[i] = BigInt(one());
  return { dtype: 'int64', shape, data };
}
