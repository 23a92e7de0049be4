/**
 * Dirichlet and multinomial draws (numpy/random mtrand.pyx and _generator.pyx): one vector of
 * length k per output row, the output shape being size + (k,).
 */
import { kahanSum } from '../args';
import { BitSource } from '../bitgen/bitgenerator';
import { PyError } from '../errors';
import { NDArray, shapeSize, Size, sizeToShape } from '../ndarray';
import { binomial, BinomialFlavor } from './binomial';
import { beta } from './continuous';
import { hypergeometric } from './discrete';
import { randomInterval } from '../legacy/shuffle';
import { asDoubles, broadcastIndex, broadcastShapes, checkArray, checkScalar, Cons, Doubles, shapeRepr } from './params';

/** size + (k,), as NumPy builds the output shape. */
function rowsShape(size: Size, k: number): number[] {
  return size === null || size === undefined ? [k] : [...sizeToShape(size), k];
}

/** A 1-d float parameter (alpha, pvals), as np.PyArray_FROMANY(..., 1, 1) requires. */
function vector(v: unknown): Float64Array {
  const d = asDoubles(v);
  if (d.shape.length !== 1) {
    throw new PyError('ValueError', `object of too ${d.shape.length === 0 ? 'small' : 'deep'} depth for desired array`);
  }
  return d.data;
}

/**
 * Dirichlet: normalised gammas. Generator (given its `src`) switches to a stick-breaking of betas
 * when every alpha is below 0.1; RandomState passes null and its own gamma.
 */
export function dirichlet(alpha: unknown, size: Size, gamma: (a: number) => number, src: BitSource | null): NDArray<Float64Array> {
  const a = vector(alpha);
  const k = a.length;
  const legacy = src === null;
  if (legacy ? a.some((x) => x <= 0) : a.some((x) => x < 0)) throw new PyError('ValueError', legacy ? 'alpha <= 0' : 'alpha < 0');
  const shape = rowsShape(size, k);
  const out = new Float64Array(shapeSize(shape));
  const maxAlpha = a.reduce((m, x) => (x > m ? x : m), -Infinity);
  if (!legacy && k > 0 && maxAlpha < 0.1) {
    const csum = new Float64Array(k);
    let s = 0.0;
    for (let j = k - 1; j >= 0; j--) { s += a[j]; csum[j] = s; }
    if (s > 0) {
      for (let i = 0; i < out.length; i += k) {
        let acc = 1.0;
        for (let j = 0; j < k - 1; j++) {
          const v = beta(src!, a[j], csum[j + 1]);
          out[i + j] = acc * v;
          acc *= 1.0 - v;
          if (csum[j + 1] === 0) break;
        }
        out[i + k - 1] = acc;
      }
    }
    return { dtype: 'float64', shape, data: out };
  }
  for (let i = 0; i < out.length; i += k) {
    let acc = 0.0;
    for (let j = 0; j < k; j++) {
      out[i + j] = gamma(a[j]);
      acc += out[i + j];
    }
    const inv = 1 / acc;
    for (let j = 0; j < k; j++) out[i + j] *= inv;
  }
  return { dtype: 'float64', shape, data: out };
}

/** One multinomial vector: binomial draws on the remaining count and probability. */
function multinomialRow(src: BitSource, n: number, p: Float64Array, off: number, d: number, out: BigInt64Array, at: number, flavor: BinomialFlavor): void {
  let remaining = 1.0;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    const x = binomial(src, dn, p[off + j] / remaining, flavor);
    out[at + j] = BigInt(x);
    dn -= x;
    if (dn <= 0) break;
    remaining -= p[off + j];
  }
  if (dn > 0) out[at + d - 1] = BigInt(dn);
}

function checkSums(p: Doubles, d: number): void {
  for (let off = 0; off < p.data.length; off += d) {
    if (kahanSum(Array.from(p.data.subarray(off, off + d - 1))) > 1.0 + 1e-12) {
      throw new PyError('ValueError', `sum(pvals${p.shape.length === 1 ? '[:-1]' : '[...,:-1]'}) > 1.0`);
    }
  }
}

/** RandomState.multinomial: a scalar n and one pvals vector. */
export function legacyMultinomial(src: BitSource, n: unknown, pvals: unknown, size: Size): NDArray<BigInt64Array> {
  const p = asDoubles(pvals);
  if (p.shape.length === 0) throw new PyError('TypeError', 'pvals must be a 1-d sequence');
  if (p.shape.length > 1) throw new PyError('ValueError', 'object too deep for desired array');
  const d = p.data.length;
  checkArray(p.data, 'pvals', Cons.BOUNDED_0_1);
  if (d > 0) checkSums(p, d);
  const shape = rowsShape(size, d);
  const out = new BigInt64Array(shapeSize(shape));
  const ni = Math.trunc(asDoubles(n).data[0]);
  checkScalar(ni, 'n', Cons.NON_NEGATIVE);
  for (let at = 0; d > 0 && at < out.length; at += d) multinomialRow(src, ni, p.data, 0, d, out, at, 'legacy');
  return { dtype: 'int64', shape, data: out };
}

/** Generator.multinomial: n and the rows of pvals (its last axis) broadcast against each other and size. */
export function multinomial(src: BitSource, n: unknown, pvals: unknown, size: Size): NDArray<BigInt64Array> {
  const nd = asDoubles(n);
  const p = asDoubles(pvals);
  const d = p.shape.length >= 1 ? p.shape[p.shape.length - 1] : 0;
  if (d === 0) throw new PyError('ValueError', 'pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.');
  checkArray(p.data, 'pvals', Cons.BOUNDED_0_1);
  checkSums(p, d);
  const rowShape = p.shape.slice(0, -1);
  let shape: number[];
  let count: (i: number) => number;
  let rowOf: (i: number) => number;
  if (nd.shape.length !== 0 || p.shape.length > 1) {
    checkArray(nd.data, 'n', Cons.NON_NEGATIVE);
    let iter = broadcastShapes([nd.shape, rowShape]);
    if (size !== null && size !== undefined) {
      const want = sizeToShape(size);
      iter = broadcastShapes([nd.shape, rowShape, want]);
      if (iter.length !== want.length || iter.some((x, i) => x !== want[i])) {
        throw new PyError('ValueError', `Output size ${shapeRepr(want)} is not compatible with broadcast dimensions of inputs ${shapeRepr(iter)}.`);
      }
    }
    shape = [...iter, d];
    count = (i) => nd.data[broadcastIndex(i, iter, nd.shape)];
    rowOf = (i) => broadcastIndex(i, iter, rowShape) * d;
  } else {
    checkScalar(nd.data[0], 'n', Cons.NON_NEGATIVE);
    shape = rowsShape(size, d);
    count = () => nd.data[0];
    rowOf = () => 0;
  }
  const out = new BigInt64Array(shapeSize(shape));
  for (let i = 0, at = 0; at < out.length; i++, at += d) multinomialRow(src, Math.trunc(count(i)), p.data, rowOf(i), d, out, at, 'generator');
  return { dtype: 'int64', shape, data: out };
}

const INT64_MAX = 2n ** 63n - 1n;

/**
 * Generator.multivariate_hypergeometric: 'marginals' draws one hypergeometric per colour,
 * 'count' shuffles the first nsample of a list of all items (the list kept between variates);
 * both draw the complement when more than half the items are taken.
 */
export function multivariateHypergeometric(src: BitSource, colors: unknown, nsample: unknown, size: Size, method: unknown): NDArray<BigInt64Array> {
  if (method !== 'count' && method !== 'marginals') throw new PyError('ValueError', 'method must be "count" or "marginals".');
  if (!isPyIntLike(nsample)) throw new PyError('ValueError', 'nsample must be an integer');
  let nsamp = Number(nsample);
  if (nsamp < 0) throw new PyError('ValueError', 'nsample must be nonnegative.');
  const list = Array.isArray(colors) ? colors : null;
  if (!list || list.some((c) => Array.isArray(c) || !isPyIntLike(c) || BigInt(c as number | bigint) < 0n || BigInt(c as number | bigint) > INT64_MAX)) {
    throw new PyError('ValueError', `colors must be a one-dimensional sequence of nonnegative integers not exceeding ${INT64_MAX}.`);
  }
  const cols = list.map((c) => Number(c));
  const total = cols.reduce((a, b) => a + b, 0);
  if (method === 'marginals' && total >= 1000000000) throw new PyError('ValueError', 'When method is "marginals", sum(colors) must be less than 1000000000.');
  if (nsamp > total) throw new PyError('ValueError', 'nsample > sum(colors)');
  const k = cols.length;
  const shape = rowsShape(size, k);
  const out = new BigInt64Array(shapeSize(shape));
  if (k === 0 || total === 0 || nsamp === 0 || out.length === 0) return { dtype: 'int64', shape, data: out };
  const moreThanHalf = nsamp > Math.floor(total / 2);
  if (moreThanHalf) nsamp = total - nsamp;
  const counts = new Array<number>(k);
  if (method === 'count') {
    const choices: number[] = [];
    cols.forEach((c, i) => { for (let j = 0; j < c; j++) choices.push(i); });
    for (let at = 0; at < out.length; at += k) {
      counts.fill(0);
      for (let j = 0; j < nsamp; j++) {
        const m = j + randomInterval(src, total - j - 1);
        const tmp = choices[m]; choices[m] = choices[j]; choices[j] = tmp;
      }
      for (let j = 0; j < nsamp; j++) counts[choices[j]]++;
      for (let c = 0; c < k; c++) out[at + c] = BigInt(moreThanHalf ? cols[c] - counts[c] : counts[c]);
    }
  } else {
    for (let at = 0; at < out.length; at += k) {
      counts.fill(0);
      let left = nsamp;
      let remaining = total;
      for (let j = 0; left > 0 && j + 1 < k; j++) {
        remaining -= cols[j];
        const r = hypergeometric(src, cols[j], remaining, left);
        counts[j] = r;
        left -= r;
      }
      if (left > 0) counts[k - 1] = left;
      for (let c = 0; c < k; c++) out[at + c] = BigInt(moreThanHalf ? cols[c] - counts[c] : counts[c]);
    }
  }
  return { dtype: 'int64', shape, data: out };
}

function isPyIntLike(v: unknown): boolean {
  return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'boolean';
}
