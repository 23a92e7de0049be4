/** Shared helpers for methods that return a scalar when `size` is None and an array otherwise. */
import { emptyFloat64 } from './empty';
import { NDArray, Size, sizeToShape, shapeSize } from './ndarray';

/** Float64 results: one draw for size None, else a filled float64 array of that shape. */
export function sizedDoubles(size: Size, one: () => number, fill: (out: Float64Array) => void): number | NDArray<Float64Array> {
  if (size === undefined || size === null) return one();
  const shape = sizeToShape(size);
  const data = emptyFloat64(shapeSize(shape)); // fill writes every element
  fill(data);
  return { dtype: 'float64', shape, data };
}
