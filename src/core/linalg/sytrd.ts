/**
 * Householder tridiagonalization of a symmetric matrix from its lower triangle, as LAPACK's dsytrd
 * does it inside dsyevd: while more than NX = 32 columns remain, panels of NB = 32 columns are
 * reduced by dlatrd (which also returns W with A - V W' - W V' the updated trailing block) and the
 * trailing block is updated at once by dsyr2k; the last columns go through the unblocked dsytd2.
 * The reference BLAS loop orders are kept, since they decide the rounding.
 *
 * Matrices are column-major with an offset and leading dimension: element (i, j), 1-based, of
 * (a, ao, lda) is a[ao + (i - 1) + (j - 1) * lda]. Vectors d, e, tau are 1-based arrays; the
 * routines working on a trailing part take the index of its first element minus one (vo).
 */
import { dlarfg } from './householder';

/** ilaenv's block size (ispec 1) and crossover (ispec 3) for DSYTRD. */
const SYTRD_NB = 32;
const SYTRD_NX = 32;

/** Reference dgemv('N') with beta = 1: y += alpha A x, column by column. */
function gemvN(m: number, n: number, alpha: number, a: Float64Array, ao: number, lda: number, x: Float64Array, xo: number, incx: number, y: Float64Array, yo: number): void {
  if (m === 0 || n === 0 || alpha === 0) return;
  for (let j = 0; j < n; j++) {
    const temp = alpha * x[xo + j * incx];
    const col = ao + j * lda;
    for (let i = 0; i < m; i++) y[yo + i] = y[yo + i] + temp * a[col + i];
  }
}

/** Reference dgemv('T') with alpha = 1, beta = 0: y = A' x, one dot product per column. */
function gemvT(m: number, n: number, a: Float64Array, ao: number, lda: number, x: Float64Array, xo: number, y: Float64Array, yo: number): void {
  if (m === 0 || n === 0) return;
  for (let j = 0; j < n; j++) y[yo + j] = 0;
  for (let j = 0; j < n; j++) {
    let temp = 0;
    const col = ao + j * lda;
    for (let i = 0; i < m; i++) temp += a[col + i] * x[xo + i];
    y[yo + j] = y[yo + j] + temp;
  }
}

/** Reference dsymv('L') with beta = 0 and unit strides: y = alpha A x from A's lower triangle. */
function symvL(n: number, alpha: number, a: Float64Array, ao: number, lda: number, x: Float64Array, xo: number, y: Float64Array, yo: number): void {
  if (n === 0) return;
  for (let i = 0; i < n; i++) y[yo + i] = 0;
  if (alpha === 0) return;
  for (let j = 0; j < n; j++) {
    const temp1 = alpha * x[xo + j];
    let temp2 = 0;
    const col = ao + j * lda;
    y[yo + j] = y[yo + j] + temp1 * a[col + j];
    for (let i = j + 1; i < n; i++) {
      y[yo + i] = y[yo + i] + temp1 * a[col + i];
      temp2 += a[col + i] * x[xo + i];
    }
    y[yo + j] = y[yo + j] + alpha * temp2;
  }
}

/** Reference ddot with unit strides (its 5-way unrolling adds in the same order). */
function dot(n: number, x: Float64Array, xo: number, y: Float64Array, yo: number): number {
  let t = 0;
  for (let i = 0; i < n; i++) t += x[xo + i] * y[yo + i];
  return t;
}

/** Reference daxpy with unit strides: y += alpha x, nothing when alpha is zero. */
function axpy(n: number, alpha: number, x: Float64Array, xo: number, y: Float64Array, yo: number): void {
  if (n <= 0 || alpha === 0) return;
  for (let i = 0; i < n; i++) y[yo + i] = y[yo + i] + alpha * x[xo + i];
}

/**
 * Reference dsyr2k('L', 'N') with beta = 1: C += alpha (A B' + B A') on C's lower triangle, C n-by-n,
 * A and B n-by-k; column l is skipped for column j of C when both A(j,l) and B(j,l) are zero.
 */
export function dsyr2kLN(n: number, k: number, alpha: number, a: Float64Array, ao: number, lda: number, b: Float64Array, bo: number, ldb: number, c: Float64Array, co: number, ldc: number): void {
  if (n === 0 || ((alpha === 0 || k === 0))) return;
  for (let j = 0; j < n; j++) {
    const cj = co + j * ldc;
    for (let l = 0; l < k; l++) {
      const ajl = a[ao + j + l * lda], bjl = b[bo + j + l * ldb];
      if (ajl !== 0 || bjl !== 0) {
        const temp1 = alpha * bjl, temp2 = alpha * ajl;
        const al = ao + l * lda, bl = bo + l * ldb;
        for (let i = j; i < n; i++) c[cj + i] = c[cj + i] + a[al + i] * temp1 + b[bl + i] * temp2;
      }
    }
  }
}

/** dsytd2('L') on the order-n block (a, ao, lda): D(k), E(k), TAU(k) at d/e/tau[vo + k]. */
export function dsytd2(n: number, a: Float64Array, ao: number, lda: number, d: Float64Array, e: Float64Array, tau: Float64Array, vo: number): void {
  const P = (i: number, j: number): number => ao + i - 1 + (j - 1) * lda;
  const w = new Float64Array(n);
  const v = new Float64Array(n);
  for (let i = 1; i <= n - 1; i++) {
    const taui = dlarfg(n - i, a, P(i + 1, i), P(Math.min(i + 2, n), i), 1);
    e[vo + i] = a[P(i + 1, i)];
    if (taui !== 0) {
      const k = n - i; // order of the trailing block A(i+1:n, i+1:n)
      v[0] = 1;
      for (let r = 1; r < k; r++) v[r] = a[P(i + 1 + r, i)];
      symvL(k, taui, a, P(i + 1, i + 1), lda, v, 0, w, 0);
      const alpha = -0.5 * taui * dot(k, w, 0, v, 0);
      axpy(k, alpha, v, 0, w, 0);
      // dsyr2('L', alpha = -1): A22 -= v w' + w v', skipping columns where both are zero.
      for (let j = 0; j < k; j++) {
        if (v[j] !== 0 || w[j] !== 0) {
          const temp1 = -w[j], temp2 = -v[j];
          const col = P(i + 1, i + 1 + j);
          for (let r = j; r < k; r++) a[col + r] = a[col + r] + v[r] * temp1 + w[r] * temp2;
        }
      }
    }
    d[vo + i] = a[P(i, i)];
    tau[vo + i] = taui;
  }
  d[vo + n] = a[P(n, n)];
}

/**
 * dlatrd('L'): reduces the first nb columns of the order-n block (a, ao, lda) and returns in
 * (w, 0, ldw) the n-by-nb matrix W of the update A22 - V W' - W V'. E(k), TAU(k) at e/tau[vo + k].
 */
function dlatrd(n: number, nb: number, a: Float64Array, ao: number, lda: number, e: Float64Array, tau: Float64Array, vo: number, w: Float64Array, ldw: number): void {
  const A = (i: number, j: number): number => ao + i - 1 + (j - 1) * lda;
  const W = (i: number, j: number): number => i - 1 + (j - 1) * ldw;
  for (let i = 1; i <= nb; i++) {
    // Column i updated by the previous columns' reflectors.
    gemvN(n - i + 1, i - 1, -1, a, A(i, 1), lda, w, W(i, 1), ldw, a, A(i, i));
    gemvN(n - i + 1, i - 1, -1, w, W(i, 1), ldw, a, A(i, 1), lda, a, A(i, i));
    if (i < n) {
      const t = dlarfg(n - i, a, A(i + 1, i), A(Math.min(i + 2, n), i), 1);
      tau[vo + i] = t;
      e[vo + i] = a[A(i + 1, i)];
      a[A(i + 1, i)] = 1;
      // W(i+1:n, i) from the reflector and the not-yet-applied updates.
      symvL(n - i, 1, a, A(i + 1, i + 1), lda, a, A(i + 1, i), w, W(i + 1, i));
      gemvT(n - i, i - 1, w, W(i + 1, 1), ldw, a, A(i + 1, i), w, W(1, i));
      gemvN(n - i, i - 1, -1, a, A(i + 1, 1), lda, w, W(1, i), 1, w, W(i + 1, i));
      gemvT(n - i, i - 1, a, A(i + 1, 1), lda, a, A(i + 1, i), w, W(1, i));
      gemvN(n - i, i - 1, -1, w, W(i + 1, 1), ldw, w, W(1, i), 1, w, W(i + 1, i));
      for (let r = 0; r < n - i; r++) w[W(i + 1, i) + r] = t * w[W(i + 1, i) + r];
      const alpha = -0.5 * t * dot(n - i, w, W(i + 1, i), a, A(i + 1, i));
      axpy(n - i, alpha, a, A(i + 1, i), w, W(i + 1, i));
    }
  }
}

/**
 * dsytrd('L') as dsyevd calls it (workspace enough for the full block size): the n-by-n
 * column-major a (leading dimension n) is overwritten by the reflectors below its subdiagonal;
 * returns the tridiagonal d[1..n], e[1..n-1] and the reflector scalars tau[1..n-1].
 */
export function dsytrd(n: number, a: Float64Array): { d: Float64Array; e: Float64Array; tau: Float64Array } {
  const d = new Float64Array(n + 1), e = new Float64Array(n + 1), tau = new Float64Array(n + 1);
  const lda = n;
  const A = (i: number, j: number): number => i - 1 + (j - 1) * lda;
  let nb = SYTRD_NB;
  let nx = n;
  if (nb > 1 && nb < n) {
    nx = Math.max(nb, SYTRD_NX);
    if (nx >= n) nx = n;
  } else {
    nb = 1;
  }
  const ldwork = n;
  const work = new Float64Array(ldwork * nb);
  let i = 1;
  for (; i <= n - nx; i += nb) {
    dlatrd(n - i + 1, nb, a, A(i, i), lda, e, tau, i - 1, work, ldwork);
    dsyr2kLN(n - i - nb + 1, nb, -1, a, A(i + nb, i), lda, work, nb, ldwork, a, A(i + nb, i + nb), lda);
    for (let j = i; j <= i + nb - 1; j++) {
      a[A(j + 1, j)] = e[j];
      d[j] = a[A(j, j)];
    }
  }
  dsytd2(n - i + 1, a, A(i, i), lda, d, e, tau, i - 1);
  return { d, e, tau };
}
