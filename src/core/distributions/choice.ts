/** Pieces of choice/permutation/bytes that RandomState and Generator share in NumPy. */
import { BitSource } from '../bitgen/bitgenerator';
import { randomInterval, shuffleRows } from '../legacy/shuffle';
import { PyError } from '../errors';
import { NDArray } from '../ndarray';
import { toFloat } from '../args';
import { isPyInt, pyStrRepr } from '../pyvalues';

/**
 * choice's `p` as numbers: a list or a 1-d array, with NumPy's errors for the rest (the legacy
 * API quotes the name, Generator does not).
 */
export function probabilityVector(p: unknown, legacy: boolean): number[] {
  const name = legacy ? "'p'" : 'p';
  if (p !== null && typeof p === 'object' && 'shape' in p && 'data' in p) {
    const a = p as NDArray;
    if (a.shape.length !== 1) throw new PyError('ValueError', `${name} must be 1-dimensional`);
    return Array.from(a.data as ArrayLike<number | bigint>, Number);
  }
  if (typeof p === 'string') throw new PyError('ValueError', `could not convert string to float: ${pyStrRepr(p)}`);
  if (!Array.isArray(p)) throw new PyError('TypeError', `object of type '${isPyInt(p) ? 'int' : 'float'}' has no len()`);
  if (p.some((v) => Array.isArray(v) || (v !== null && typeof v === 'object' && 'shape' in v))) throw new PyError('ValueError', `${name} must be 1-dimensional`);
  return p.map((v) => {
    if (typeof v === 'string') throw new PyError('ValueError', `could not convert string to float: ${pyStrRepr(v)}`);
    return toFloat(v);
  });
}

/** cumsum(p) / its last value, as NumPy's choice builds it. */
function normalisedCdf(probs: readonly number[]): number[] {
  const cdf: number[] = [];
  let acc = 0;
  for (const v of probs) cdf.push((acc += v));
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

/** searchsorted(cdf, u, side='right'). */
function searchRight(cdf: readonly number[], u: number): number {
  let lo = 0, hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Weighted draws with replacement: one uniform per draw, searched in the cdf. */
export function weightedIndices(bg: BitSource, probs: readonly number[], count: number): number[] {
  const cdf = normalisedCdf(probs);
  return Array.from({ length: count }, () => searchRight(cdf, bg.nextDouble()));
}

/**
 * Weighted draws without replacement, NumPy's way: draw the missing count with replacement, keep
 * the first occurrence of each new index (in draw order), zero the found ones' weights, repeat.
 */
export function weightedIndicesWithoutReplacement(bg: BitSource, probs: readonly number[], count: number): number[] {
  if (probs.filter((v) => v > 0).length < count) throw new PyError('ValueError', 'Fewer non-zero entries in p than size');
  const p = [...probs];
  const found: number[] = [];
  while (found.length < count) {
    const xs = Array.from({ length: count - found.length }, () => bg.nextDouble());
    for (const i of found) p[i] = 0;
    const cdf = normalisedCdf(p);
    const seen = new Set<number>();
    for (const x of xs) {
      const k = searchRight(cdf, x);
      if (!seen.has(k)) { seen.add(k); found.push(k); }
    }
  }
  return found;
}

/** permutation(n): arange(n) shuffled in place as NumPy shuffles a 1-d array. */
export function permutedRange(bg: BitSource, n: number): NDArray<BigInt64Array> {
  const idx = new Float64Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  shuffleRows(bg, { dtype: 'float64', shape: [n], data: idx });
  return { dtype: 'int64', shape: [n], data: BigInt64Array.from(idx, (v) => BigInt(v)) };
}

/** A shuffled copy of an array (rows move together). */
export function permutedCopy(bg: BitSource, a: NDArray): NDArray {
  const copy: NDArray = { dtype: a.dtype, shape: [...a.shape], data: a.data.slice() as NDArray['data'] };
  shuffleRows(bg, copy);
  return copy;
}

/** bytes(length): uint32 draws, little-endian, cut to length. Returns how many words are needed, then the bytes. */
export const wordsForBytes = (length: number): number => Math.floor((length - 1) / 4) + 1;
export const bytesOf = (words: Uint32Array, length: number): Uint8Array => new Uint8Array(words.buffer, words.byteOffset, length).slice();

/** NumPy's normalize_axis_index, with its AxisError message. */
export function normalizeAxis(axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) throw new PyError('AxisError', `axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

/** The order Fisher-Yates (from the end, masked random_interval) leaves n items in. */
function shuffledOrder(bg: BitSource, n: number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randomInterval(bg, i);
    const t = order[i]; order[i] = order[j]; order[j] = t;
  }
  return order;
}

/** Writes into `out` the slices of `a` along `axis` in the given order. */
function reorderAxis(a: NDArray, axis: number, order: Int32Array, out: { [i: number]: unknown }): void {
  const outer = a.shape.slice(0, axis).reduce((p, d) => p * d, 1);
  const n = a.shape[axis];
  const inner = a.shape.slice(axis + 1).reduce((p, d) => p * d, 1);
  const src = (a.data as unknown as { slice(): { [i: number]: unknown } }).slice();
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < n; k++) {
      const from = (o * n + order[k]) * inner;
      const to = (o * n + k) * inner;
      for (let i = 0; i < inner; i++) out[to + i] = src[from + i];
    }
  }
}

/** Generator.shuffle(x, axis): slices along `axis` move together, in place. */
export function shuffleAlongAxis(bg: BitSource, a: NDArray, axis: number): void {
  const ax = normalizeAxis(axis, a.shape.length);
  if (a.data.length === 0) return;
  reorderAxis(a, ax, shuffledOrder(bg, a.shape[ax]), a.data as unknown as { [i: number]: unknown });
}

/** Generator.permutation(x, axis) for n-d arrays: a copy with slices along `axis` permuted. */
export function permutedAlongAxis(bg: BitSource, a: NDArray, axis: number): NDArray {
  const ax = normalizeAxis(axis, a.shape.length);
  const order = shuffledOrder(bg, a.shape[ax]);
  const data = (a.data as unknown as { slice(): typeof a.data }).slice();
  const out = { dtype: a.dtype, shape: [...a.shape], data };
  reorderAxis(a, ax, order, data as unknown as { [i: number]: unknown });
  return out;
}

/**
 * Generator.permuted(x, axis): every 1-d lane along `axis` shuffled independently, lanes taken in
 * C order; axis None shuffles the flattened array.
 */
export function permutedLanes(bg: BitSource, a: NDArray, axis: number | null): NDArray {
  const data = (a.data as unknown as { slice(): typeof a.data }).slice();
  const out: NDArray = { dtype: a.dtype, shape: [...a.shape], data };
  const d = data as unknown as { [i: number]: unknown };
  const shuffleLane = (start: number, n: number, stride: number): void => {
    for (let i = n - 1; i > 0; i--) {
      const j = randomInterval(bg, i);
      const t = d[start + i * stride]; d[start + i * stride] = d[start + j * stride]; d[start + j * stride] = t;
    }
  };
  if (axis === null) { shuffleLane(0, data.length, 1); return out; }
  const ax = normalizeAxis(axis, a.shape.length);
  const outer = a.shape.slice(0, ax).reduce((p, x) => p * x, 1);
  const n = a.shape[ax];
  const inner = a.shape.slice(ax + 1).reduce((p, x) => p * x, 1);
  for (let o = 0; o < outer; o++) for (let i = 0; i < inner; i++) shuffleLane(o * n * inner + i, n, inner);
  return out;
}

/** a.take(idx, axis) with idx of shape idxShape: shape a.shape[:axis] + idxShape + a.shape[axis+1:]. */
export function takeAlongAxis(a: NDArray, idx: readonly number[], idxShape: readonly number[], axis: number): NDArray {
  const outer = a.shape.slice(0, axis).reduce((p, d) => p * d, 1);
  const n = a.shape[axis];
  const inner = a.shape.slice(axis + 1).reduce((p, d) => p * d, 1);
  const src = a.data as unknown as { [i: number]: unknown };
  const data = new (a.data.constructor as new (n: number) => typeof a.data)(outer * idx.length * inner);
  const out = data as unknown as { [i: number]: unknown };
  let k = 0;
  for (let o = 0; o < outer; o++) for (const i of idx) for (let j = 0; j < inner; j++) out[k++] = src[(o * n + i) * inner + j];
  return { dtype: a.dtype, shape: [...a.shape.slice(0, axis), ...idxShape, ...a.shape.slice(axis + 1)], data };
}

/** a[indices] for choice over an ndarray: the picked elements in a's dtype (a scalar for size None). */
export function pickFrom(a: NDArray, picked: unknown): unknown {
  if (picked !== null && typeof picked === 'object' && 'data' in picked) {
    const idx = (picked as NDArray).data as ArrayLike<number | bigint>;
    const out = new (a.data.constructor as new (n: number) => typeof a.data)(idx.length);
    for (let i = 0; i < idx.length; i++) (out as unknown as unknown[])[i] = a.data[Number(idx[i])];
    return { dtype: a.dtype, shape: [...(picked as NDArray).shape], data: out } as NDArray;
  }
  return a.data[Number(picked)];
}
