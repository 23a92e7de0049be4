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
import { daxpy, ddot, dgemv, dscal, dsymvL, dsyr2kLN } from './blas';
import { dlarfg } from './householder';

/** ilaenv's block size (ispec 1) and crossover (ispec 3) for DSYTRD. */
const SYTRD_NB = 32;
const SYTRD_NX = 32;

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
      dsymvL(k, taui, a, P(i + 1, i + 1), lda, v, 0, 0, w, 0);
      const alpha = -0.5 * taui * ddot(k, w, 0, v, 0);
      daxpy(k, alpha, v, 0, w, 0);
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
    dgemv('N', n - i + 1, i - 1, -1, a, A(i, 1), lda, w, W(i, 1), ldw, 1, a, A(i, i), 1);
    dgemv('N', n - i + 1, i - 1, -1, w, W(i, 1), ldw, a, A(i, 1), lda, 1, a, A(i, i), 1);
    if (i < n) {
      const t = dlarfg(n - i, a, A(i + 1, i), A(Math.min(i + 2, n), i), 1);
      tau[vo + i] = t;
      e[vo + i] = a[A(i + 1, i)];
      a[A(i + 1, i)] = 1;
      // W(i+1:n, i) from the reflector and the not-yet-applied updates.
      dsymvL(n - i, 1, a, A(i + 1, i + 1), lda, a, A(i + 1, i), 0, w, W(i + 1, i));
      dgemv('T', n - i, i - 1, 1, w, W(i + 1, 1), ldw, a, A(i + 1, i), 1, 0, w, W(1, i), 1);
      dgemv('N', n - i, i - 1, -1, a, A(i + 1, 1), lda, w, W(1, i), 1, 1, w, W(i + 1, i), 1);
      dgemv('T', n - i, i - 1, 1, a, A(i + 1, 1), lda, a, A(i + 1, i), 1, 0, w, W(1, i), 1);
      dgemv('N', n - i, i - 1, -1, w, W(i + 1, 1), ldw, w, W(1, i), 1, 1, w, W(i + 1, i), 1);
      dscal(n - i, t, w, W(i + 1, i), 1);
      const alpha = -0.5 * t * ddot(n - i, w, W(i + 1, i), a, A(i + 1, i));
      daxpy(n - i, alpha, a, A(i + 1, i), w, W(i + 1, i));
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
