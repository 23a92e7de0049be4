/**
 * Householder bidiagonalization of a square matrix, A = Q B P', as LAPACK 3.11's dgebrd computes it
 * (m = n, upper bidiagonal B): for orders above the crossover NX = 128 the leading columns go in
 * panels of NB = 32 (dlabrd) with the trailing matrix updated by two dgemm calls, the rest
 * unblocked (dgebd2). The reflectors stay in A (Q's below the diagonal, P's right of the
 * superdiagonal), as dormbr expects them.
 */
import { dgemm, dgemv, dscal } from './blas';
import { dlarf } from './blocked';
import { dlarfg } from './householder';

/** ilaenv's block size (ispec 1) and crossover (ispec 3) for DGEBRD. */
const NB = 32, NX = 128;

export interface Bidiagonal {
  /** d(1..n), e(1..n-1), tauq(1..n), taup(1..n): 1-based (element 0 unused), as LAPACK numbers them. */
  d: Float64Array;
  e: Float64Array;
  tauq: Float64Array;
  taup: Float64Array;
}

/** dgebd2 on the order-n square block at a[aOff] (leading dimension lda); writes d, e, tauq, taup from index `at`. */
function dgebd2(n: number, a: Float64Array, aOff: number, lda: number, r: Bidiagonal, at: number): void {
  const A = (i: number, j: number): number => aOff + (i - 1) + (j - 1) * lda;
  for (let i = 1; i <= n; i++) {
    const k = at + i - 1;
    r.tauq[k] = dlarfg(n - i + 1, a, A(i, i), A(Math.min(i + 1, n), i), 1);
    r.d[k] = a[A(i, i)];
    a[A(i, i)] = 1;
    if (i < n) dlarf('L', n - i + 1, n - i, a, A(i, i), 1, r.tauq[k], a, A(i, i + 1), lda);
    a[A(i, i)] = r.d[k];
    if (i < n) {
      r.taup[k] = dlarfg(n - i, a, A(i, i + 1), A(i, Math.min(i + 2, n)), lda);
      r.e[k] = a[A(i, i + 1)];
      a[A(i, i + 1)] = 1;
      dlarf('R', n - i, n - i, a, A(i, i + 1), lda, r.taup[k], a, A(i + 1, i + 1), lda);
      a[A(i, i + 1)] = r.e[k];
    } else {
      r.taup[k] = 0;
    }
  }
}

/**
 * dlabrd (m >= n branch) on the m-by-n block at a[aOff]: reduces its first nb rows and columns,
 * returning in x (m-by-nb, ldx) and y (n-by-nb, ldy) the factors of the trailing update
 * A := A - V Y' - X U'.
 */
function dlabrd(m: number, n: number, nb: number, a: Float64Array, aOff: number, lda: number, r: Bidiagonal, at: number, x: Float64Array, ldx: number, y: Float64Array, ldy: number): void {
  if (m <= 0 || n <= 0) return;
  const A = (i: number, j: number): number => aOff + (i - 1) + (j - 1) * lda;
  const X = (i: number, j: number): number => (i - 1) + (j - 1) * ldx;
  const Y = (i: number, j: number): number => (i - 1) + (j - 1) * ldy;
  for (let i = 1; i <= nb; i++) {
    const k = at + i - 1;
    // Update A(i:m, i).
    dgemv('N', m - i + 1, i - 1, -1, a, A(i, 1), lda, y, Y(i, 1), ldy, 1, a, A(i, i), 1);
    dgemv('N', m - i + 1, i - 1, -1, x, X(i, 1), ldx, a, A(1, i), 1, 1, a, A(i, i), 1);
    r.tauq[k] = dlarfg(m - i + 1, a, A(i, i), A(Math.min(i + 1, m), i), 1);
    r.d[k] = a[A(i, i)];
    if (i < n) {
      a[A(i, i)] = 1;
      // Y(i+1:n, i).
      dgemv('T', m - i + 1, n - i, 1, a, A(i, i + 1), lda, a, A(i, i), 1, 0, y, Y(i + 1, i), 1);
      dgemv('T', m - i + 1, i - 1, 1, a, A(i, 1), lda, a, A(i, i), 1, 0, y, Y(1, i), 1);
      dgemv('N', n - i, i - 1, -1, y, Y(i + 1, 1), ldy, y, Y(1, i), 1, 1, y, Y(i + 1, i), 1);
      dgemv('T', m - i + 1, i - 1, 1, x, X(i, 1), ldx, a, A(i, i), 1, 0, y, Y(1, i), 1);
      dgemv('T', i - 1, n - i, -1, a, A(1, i + 1), lda, y, Y(1, i), 1, 1, y, Y(i + 1, i), 1);
      dscal(n - i, r.tauq[k], y, Y(i + 1, i), 1);
      // Update A(i, i+1:n).
      dgemv('N', n - i, i, -1, y, Y(i + 1, 1), ldy, a, A(i, 1), lda, 1, a, A(i, i + 1), lda);
      dgemv('T', i - 1, n - i, -1, a, A(1, i + 1), lda, x, X(i, 1), ldx, 1, a, A(i, i + 1), lda);
      r.taup[k] = dlarfg(n - i, a, A(i, i + 1), A(i, Math.min(i + 2, n)), lda);
      r.e[k] = a[A(i, i + 1)];
      a[A(i, i + 1)] = 1;
      // X(i+1:m, i).
      dgemv('N', m - i, n - i, 1, a, A(i + 1, i + 1), lda, a, A(i, i + 1), lda, 0, x, X(i + 1, i), 1);
      dgemv('T', n - i, i, 1, y, Y(i + 1, 1), ldy, a, A(i, i + 1), lda, 0, x, X(1, i), 1);
      dgemv('N', m - i, i, -1, a, A(i + 1, 1), lda, x, X(1, i), 1, 1, x, X(i + 1, i), 1);
      dgemv('N', i - 1, n - i, 1, a, A(1, i + 1), lda, a, A(i, i + 1), lda, 0, x, X(1, i), 1);
      dgemv('N', m - i, i - 1, -1, x, X(i + 1, 1), ldx, x, X(1, i), 1, 1, x, X(i + 1, i), 1);
      dscal(m - i, r.taup[k], x, X(i + 1, i), 1);
    }
  }
}

/** dgebrd for the order-n column-major matrix a (in place, lda = n), with the workspace dgesdd gives it. */
export function dgebrd(n: number, a: Float64Array): Bidiagonal {
  const r: Bidiagonal = { d: new Float64Array(n + 1), e: new Float64Array(n + 1), tauq: new Float64Array(n + 1), taup: new Float64Array(n + 1) };
  const lda = n;
  const A = (i: number, j: number): number => (i - 1) + (j - 1) * lda;
  // dgesdd's optimal LWORK leaves at least (m + n) * NB for dgebrd once n > NX, so NB is never cut.
  const nx = NB > 1 && NB < n ? Math.max(NB, NX) : n;
  const ldx = n, ldy = n;
  let i = 1;
  for (; i <= n - nx; i += NB) {
    const x = new Float64Array(ldx * NB), y = new Float64Array(ldy * NB);
    dlabrd(n - i + 1, n - i + 1, NB, a, A(i, i), lda, r, i, x, ldx, y, ldy);
    dgemm('N', 'T', n - i - NB + 1, n - i - NB + 1, NB, -1, a, A(i + NB, i), lda, y, NB, ldy, 1, a, A(i + NB, i + NB), lda);
    dgemm('N', 'N', n - i - NB + 1, n - i - NB + 1, NB, -1, x, NB, ldx, a, A(i, i + NB), lda, 1, a, A(i + NB, i + NB), lda);
    for (let j = i; j <= i + NB - 1; j++) {
      a[A(j, j)] = r.d[j];
      a[A(j, j + 1)] = r.e[j];
    }
  }
  dgebd2(n - i + 1, a, A(i, i), lda, r, i);
  return r;
}
