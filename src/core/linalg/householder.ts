/**
 * Elementary reflectors H = I - tau v v' (v(1) = 1) as LAPACK's dlarfg makes them and dlarf
 * applies them. dlarfg's convention: beta = -sign(alpha) * ||(alpha, x)||, and tau = 0 (H = I)
 * when x is already zero, whatever alpha's sign.
 */
import { EPS, SAFMIN, sign } from './consts';
import { dlapy2 } from './rotations';
import { dnrm2 as blasDnrm2 } from './blas';

/** dnrm2 of n elements a[off], a[off + inc], ...: the reference dnrm2 (Blue's scaled sums, blas.ts). */
export function dnrm2(n: number, a: Float64Array, off: number, inc: number): number {
  return blasDnrm2(n, a, off, inc);
}

/**
 * dlarfg(n, alpha = a[alphaAt], x = a[xOff], a[xOff + inc], ... (n - 1 of them)): overwrites
 * alpha with beta and x with v(2:n); returns tau.
 */
export function dlarfg(n: number, a: Float64Array, alphaAt: number, xOff: number, inc: number): number {
  if (n <= 1) return 0;
  let xnorm = dnrm2(n - 1, a, xOff, inc);
  if (xnorm === 0) return 0;
  let alpha = a[alphaAt];
  let beta = -sign(dlapy2(alpha, xnorm), alpha);
  const safmin = SAFMIN / EPS;
  let knt = 0;
  if (Math.abs(beta) < safmin) {
    const rsafmn = 1 / safmin;
    do {
      knt++;
      for (let k = 0; k < n - 1; k++) a[xOff + k * inc] *= rsafmn;
      beta *= rsafmn;
      alpha *= rsafmn;
    } while (Math.abs(beta) < safmin && knt < 20);
    xnorm = dnrm2(n - 1, a, xOff, inc);
    beta = -sign(dlapy2(alpha, xnorm), alpha);
  }
  const tau = (beta - alpha) / beta;
  const scal = 1 / (alpha - beta);
  for (let k = 0; k < n - 1; k++) a[xOff + k * inc] *= scal;
  for (let j = 0; j < knt; j++) beta *= safmin;
  a[alphaAt] = beta;
  return tau;
}

/**
 * dlarf('L'): C := H C (dgemv('T') then dger, in the reference BLAS's order of operations) for the m-by-n block of c at cBase (leading dimension ld), with
 * v = (1, v[vOff + vInc], ...) read from vec (its first element taken as 1).
 */
export function applyLeft(m: number, n: number, vec: Float64Array, vOff: number, vInc: number, tau: number, c: Float64Array, cBase: number, ld: number): void {
  if (tau === 0) return;
  const v = (i: number): number => (i === 0 ? 1 : vec[vOff + i * vInc]);
  for (let j = 0; j < n; j++) {
    const col = cBase + j * ld;
    let w = 0;
    for (let i = 0; i < m; i++) w += c[col + i] * v(i);
    const temp = -tau * w; // dger: C(:, j) += v * (-tau w(j))
    for (let i = 0; i < m; i++) c[col + i] = c[col + i] + v(i) * temp;
  }
}

/** dlarf('R'): C := C H for the m-by-n block at cBase, v as in applyLeft (length n). */
export function applyRight(m: number, n: number, vec: Float64Array, vOff: number, vInc: number, tau: number, c: Float64Array, cBase: number, ld: number): void {
  if (tau === 0) return;
  const v = (j: number): number => (j === 0 ? 1 : vec[vOff + j * vInc]);
  // dgemv('N'): w = C v, then dger: C(:, j) += w * (-tau v(j)), in the reference BLAS's order.
  const w = new Float64Array(m);
  for (let j = 0; j < n; j++) {
    const vj = v(j);
    for (let i = 0; i < m; i++) w[i] = w[i] + vj * c[cBase + i + j * ld];
  }
  for (let j = 0; j < n; j++) {
    const temp = -tau * v(j);
    for (let i = 0; i < m; i++) c[cBase + i + j * ld] = c[cBase + i + j * ld] + w[i] * temp;
  }
}
