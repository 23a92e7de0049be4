/** Core results in the JSON shape the fixture scripts write (see their conv()). */
import { NDArray } from '../../src/core/ndarray';

function nest(a: NDArray): unknown {
  const flat = Array.from(a.data as ArrayLike<number | bigint>, (v) => (a.dtype === 'bool' ? v === 1 : pyJson(v)));
  if (a.shape.length === 0) return flat[0];
  const rec = (offset: number, dim: number): unknown[] => {
    const stride = a.shape.slice(dim + 1).reduce((p, d) => p * d, 1);
    return Array.from({ length: a.shape[dim] }, (_, i) => (dim === a.shape.length - 1 ? flat[offset + i] : rec(offset + i * stride, dim + 1)));
  };
  return rec(0, 0);
}

export function pyJson(v: unknown): unknown {
  if (typeof v === 'bigint') return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v.toString();
  if (v instanceof Uint8Array) return { bytes: Array.from(v) };
  if (Array.isArray(v)) return v.map(pyJson);
  if (v && typeof v === 'object' && 'dtype' in v && 'data' in v) return nest(v as NDArray);
  return v;
}
