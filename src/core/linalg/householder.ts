/**
 * Elementary reflectors H = I - tau v v' (v(1) = 1) as LAPACK's dlarfg makes them and dlarf
 * applies them. dlarfg's convention: beta = -sign(alpha) * ||(alpha, x)||, and tau = 0 (H = I)
 * when x is already zero, whatever alpha's sign.
 */
import { EPS, SAFMIN, sign } from './consts';
import { dlapy2 } from './rotations';

// Blue's thresholds of the reference BLAS dnrm2 (3.10+): squares of elements in [TSML, TBIG]
// neither overflow nor underflow; smaller and larger ones are summed scaled by SSML / SBIG.
const TSML = 2 ** -511, TBIG = 2 ** 486, SSML = 2 ** 537, SBIG = 2 ** -538;

/** dnrm2 of n elements a[off], a[off + inc], ...: the reference BLAS's three-accumulator Euclidean norm. */
export function dnrm2(n: number, a: Float64Array, off: number, inc: number): number {
  if (n <= 0) return 0;
  let notbig = true, asml = 0, amed = 0, abig = 0;
  for (let k = 0; k < n; k++) {
    const ax = Math.abs(a[off + k * inc]);
    if (ax > TBIG) { const t = ax * SBIG; abig += t * t; notbig = false; }
    else if (ax < TSML) { if (notbig) { const t = ax * SSML; asml += t * t; } }
    else amed += ax * ax;
  }
  let scl = 1, sumsq = 0;
  if (abig > 0) {
    if (amed > 0 || amed > Number.MAX_VALUE || amed !== amed) abig += (amed * SBIG) * SBIG;
    scl = 1 / SBIG;
    sumsq = abig;
  } else if (asml > 0) {
    if (amed > 0 || amed > Number.MAX_VALUE || amed !== amed) {
      const med = Math.sqrt(amed), sml = Math.sqrt(asml) / SSML;
      const ymin = sml > med ? med : sml, ymax = sml > med ? sml : med;
      sumsq = ymax * ymax * (1 + (ymin / ymax) * (ymin / ymax));
    } else {
      scl = 1 / SSML;
      sumsq = asml;
    }
  } else {
    sumsq = amed;
  }
  return scl * Math.sqrt(sumsq);
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
