/** Pieces of choice/permutation/bytes that RandomState and Generator share in NumPy. */
import { BitSource } from '../bitgen/bitgenerator';
import { shuffleRows } from '../legacy/shuffle';
import { PyError } from '../errors';
import { NDArray } from '../ndarray';

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
