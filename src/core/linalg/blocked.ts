/**
 * Applying products of Householder reflectors H(i) = I - tau(i) v(i) v(i)' to a matrix, as
 * LAPACK 3.11 does it: one at a time (dlarf, dorm2r, dorml2) or in blocks of NB through the
 * compact WY form I - V T V' (dlarft builds T, dlarfb applies it with dtrmm/dgemm; dormqr and
 * dormlq choose between the two). The blocked and unblocked paths round differently, so the
 * choice (NB from ilaenv, cut down when the caller's workspace LWORK is short) is reproduced too.
 *
 * Same conventions as blas.ts: column-major arrays, each matrix given as (array, offset of its
 * (1,1) element, leading dimension), vectors as (array, offset, increment), tau as (array, offset
 * of tau(1)). Reflector vectors live below the diagonal ('C', columnwise, as dgeqrf stores them)
 * or right of it ('R', rowwise, as dgelqf stores them), with the unit element implied.
 */
import { dcopy, dgemm, dgemv, dger, dtrmm, dtrmvN, Trans } from './blas';

/** ilaenv(1, 'DORMQR' / 'DORMLQ', ...): the block size of the reference ilaenv. */
export const ORM_NB = 32;
/** dormqr / dormlq's NBMAX, and the T workspace (LDT = NBMAX + 1) they reserve within LWORK. */
const NBMAX = 64, LDT = NBMAX + 1, TSIZE = LDT * NBMAX;

/** Last non-zero column of the m-by-n block (iladlc; 0 if none). */
function iladlc(m: number, n: number, a: Float64Array, aOff: number, lda: number): number {
  if (n === 0) return n;
  if (a[aOff + (n - 1) * lda] !== 0 || a[aOff + (m - 1) + (n - 1) * lda] !== 0) return n;
  for (let j = n; j >= 1; j--) for (let i = 1; i <= m; i++) if (a[aOff + (i - 1) + (j - 1) * lda] !== 0) return j;
  return 0;
}

/** Last non-zero row of the m-by-n block (iladlr; 0 if none). */
function iladlr(m: number, n: number, a: Float64Array, aOff: number, lda: number): number {
  if (m === 0) return m;
  if (a[aOff + (m - 1)] !== 0 || a[aOff + (m - 1) + (n - 1) * lda] !== 0) return m;
  let last = 0;
  for (let j = 1; j <= n; j++) {
    let i = m;
    while (i >= 1 && a[aOff + (Math.max(i, 1) - 1) + (j - 1) * lda] === 0) i--;
    last = Math.max(last, i);
  }
  return last;
}

/**
 * dlarf: C := H C (side 'L') or C H ('R') for the m-by-n C, with v = (v[vOff], v[vOff + incv], ...)
 * of length m or n as stored (the caller has put the 1 in place), trailing zeros of v and the
 * untouched zero rows / columns of C skipped as the reference does.
 */
export function dlarf(side: 'L' | 'R', m: number, n: number, v: Float64Array, vOff: number, incv: number, tau: number, c: Float64Array, cOff: number, ldc: number): void {
  const left = side === 'L';
  let lastv = 0, lastc = 0;
  if (tau !== 0) {
    lastv = left ? m : n;
    let i = vOff + (lastv - 1) * incv;
    while (lastv > 0 && v[i] === 0) { lastv--; i -= incv; }
    lastc = left ? iladlc(lastv, n, c, cOff, ldc) : iladlr(m, lastv, c, cOff, ldc);
  }
  if (lastv <= 0) return;
  const work = new Float64Array(Math.max(lastc, 1));
  if (left) {
    dgemv('T', lastv, lastc, 1, c, cOff, ldc, v, vOff, incv, 0, work, 0, 1);
    dger(lastv, lastc, -tau, v, vOff, incv, work, 0, 1, c, cOff, ldc);
  } else {
    dgemv('N', lastc, lastv, 1, c, cOff, ldc, v, vOff, incv, 0, work, 0, 1);
    dger(lastc, lastv, -tau, work, 0, 1, v, vOff, incv, c, cOff, ldc);
  }
}

/** dorm2r: C := Q C, Q' C, C Q or C Q' with Q = H(1) ... H(k) from dgeqrf's columns of A, one reflector at a time. */
export function dorm2r(side: 'L' | 'R', trans: Trans, m: number, n: number, k: number, a: Float64Array, aOff: number, lda: number, tau: Float64Array, tauOff: number, c: Float64Array, cOff: number, ldc: number): void {
  if (m === 0 || n === 0 || k === 0) return;
  const left = side === 'L', notran = trans === 'N';
  const forward = (left && !notran) || (!left && notran);
  for (let step = 0; step < k; step++) {
    const i = forward ? step + 1 : k - step;
    const aii = aOff + (i - 1) + (i - 1) * lda;
    const save = a[aii];
    a[aii] = 1;
    if (left) dlarf(side, m - i + 1, n, a, aii, 1, tau[tauOff + i - 1], c, cOff + (i - 1), ldc);
    else dlarf(side, m, n - i + 1, a, aii, 1, tau[tauOff + i - 1], c, cOff + (i - 1) * ldc, ldc);
    a[aii] = save;
  }
}

/** dorml2: as dorm2r for Q = H(k) ... H(1) from dgelqf's rows of A. */
export function dorml2(side: 'L' | 'R', trans: Trans, m: number, n: number, k: number, a: Float64Array, aOff: number, lda: number, tau: Float64Array, tauOff: number, c: Float64Array, cOff: number, ldc: number): void {
  if (m === 0 || n === 0 || k === 0) return;
  const left = side === 'L', notran = trans === 'N';
  const forward = (left && notran) || (!left && !notran);
  for (let step = 0; step < k; step++) {
    const i = forward ? step + 1 : k - step;
    const aii = aOff + (i - 1) + (i - 1) * lda;
    const save = a[aii];
    a[aii] = 1;
    if (left) dlarf(side, m - i + 1, n, a, aii, lda, tau[tauOff + i - 1], c, cOff + (i - 1), ldc);
    else dlarf(side, m, n - i + 1, a, aii, lda, tau[tauOff + i - 1], c, cOff + (i - 1) * ldc, ldc);
    a[aii] = save;
  }
}

/**
 * dlarft: the k-by-k triangular factor T of the block reflector H = I - V T V' of order n
 * (forward: H(1) ... H(k), T upper; backward: H(k) ... H(1), T lower).
 */
export function dlarft(direct: 'F' | 'B', storev: 'C' | 'R', n: number, k: number, v: Float64Array, vOff: number, ldv: number, tau: Float64Array, tauOff: number, t: Float64Array, tOff: number, ldt: number): void {
  if (n === 0) return;
  const V = (i: number, j: number): number => vOff + (i - 1) + (j - 1) * ldv;
  const T = (i: number, j: number): number => tOff + (i - 1) + (j - 1) * ldt;
  const TAU = (i: number): number => tau[tauOff + i - 1];
  if (direct === 'F') {
    let prevlastv = n;
    for (let i = 1; i <= k; i++) {
      prevlastv = Math.max(i, prevlastv);
      if (TAU(i) === 0) {
        for (let j = 1; j <= i; j++) t[T(j, i)] = 0;
        continue;
      }
      let lastv: number;
      if (storev === 'C') {
        for (lastv = n; lastv >= i + 1; lastv--) if (v[V(lastv, i)] !== 0) break;
        for (let j = 1; j <= i - 1; j++) t[T(j, i)] = -TAU(i) * v[V(i, j)];
        const j = Math.min(lastv, prevlastv);
        dgemv('T', j - i, i - 1, -TAU(i), v, V(i + 1, 1), ldv, v, V(i + 1, i), 1, 1, t, T(1, i), 1);
      } else {
        for (lastv = n; lastv >= i + 1; lastv--) if (v[V(i, lastv)] !== 0) break;
        for (let j = 1; j <= i - 1; j++) t[T(j, i)] = -TAU(i) * v[V(j, i)];
        const j = Math.min(lastv, prevlastv);
        dgemv('N', i - 1, j - i, -TAU(i), v, V(1, i + 1), ldv, v, V(i, i + 1), ldv, 1, t, T(1, i), 1);
      }
      dtrmvN('U', 'N', i - 1, t, tOff, ldt, t, T(1, i), 1);
      t[T(i, i)] = TAU(i);
      prevlastv = i > 1 ? Math.max(prevlastv, lastv) : lastv;
    }
    return;
  }
  let prevlastv = 1;
  for (let i = k; i >= 1; i--) {
    if (TAU(i) === 0) {
      for (let j = i; j <= k; j++) t[T(j, i)] = 0;
      continue;
    }
    if (i < k) {
      let lastv: number;
      if (storev === 'C') {
        for (lastv = 1; lastv <= i - 1; lastv++) if (v[V(lastv, i)] !== 0) break;
        for (let j = i + 1; j <= k; j++) t[T(j, i)] = -TAU(i) * v[V(n - k + i, j)];
        const j = Math.max(lastv, prevlastv);
        dgemv('T', n - k + i - j, k - i, -TAU(i), v, V(j, i + 1), ldv, v, V(j, i), 1, 1, t, T(i + 1, i), 1);
      } else {
        for (lastv = 1; lastv <= i - 1; lastv++) if (v[V(i, lastv)] !== 0) break;
        for (let j = i + 1; j <= k; j++) t[T(j, i)] = -TAU(i) * v[V(j, n - k + i)];
        const j = Math.max(lastv, prevlastv);
        dgemv('N', k - i, n - k + i - j, -TAU(i), v, V(i + 1, j), ldv, v, V(i, j), ldv, 1, t, T(i + 1, i), 1);
      }
      dtrmvN('L', 'N', k - i, t, T(i + 1, i + 1), ldt, t, T(i + 1, i), 1);
      prevlastv = i > 1 ? Math.min(prevlastv, lastv) : lastv;
    }
    t[T(i, i)] = TAU(i);
  }
}

/**
 * dlarfb for forward block reflectors (DIRECT = 'F', the order dormqr / dormlq use): C := H C,
 * H' C, C H or C H' with H = I - V T V', C m-by-n, V holding k reflectors columnwise ('C') or
 * rowwise ('R'). work is an n-by-k ('L') or m-by-k ('R') scratch block with leading dimension ldwork.
 */
export function dlarfb(
  side: 'L' | 'R', trans: Trans, direct: 'F', storev: 'C' | 'R', m: number, n: number, k: number,
  v: Float64Array, vOff: number, ldv: number, t: Float64Array, tOff: number, ldt: number,
  c: Float64Array, cOff: number, ldc: number, work: Float64Array, wOff: number, ldwork: number,
): void {
  if (m <= 0 || n <= 0) return;
  if (direct !== 'F') throw new RangeError('dlarfb: only forward block reflectors are implemented');
  const transt: Trans = trans === 'N' ? 'T' : 'N';
  const C = (i: number, j: number): number => cOff + (i - 1) + (j - 1) * ldc;
  const W = (i: number, j: number): number => wOff + (i - 1) + (j - 1) * ldwork;
  const V = (i: number, j: number): number => vOff + (i - 1) + (j - 1) * ldv;
  if (storev === 'C') {
    if (side === 'L') {
      // W := C1' V1, + C2' V2, then W T' (or W T), C2 -= V2 W', W V1', C1 -= W'.
      for (let j = 1; j <= k; j++) dcopy(n, c, C(j, 1), ldc, work, W(1, j), 1);
      dtrmm('R', 'L', 'N', 'U', n, k, 1, v, vOff, ldv, work, wOff, ldwork);
      if (m > k) dgemm('T', 'N', n, k, m - k, 1, c, C(k + 1, 1), ldc, v, V(k + 1, 1), ldv, 1, work, wOff, ldwork);
      dtrmm('R', 'U', transt, 'N', n, k, 1, t, tOff, ldt, work, wOff, ldwork);
      if (m > k) dgemm('N', 'T', m - k, n, k, -1, v, V(k + 1, 1), ldv, work, wOff, ldwork, 1, c, C(k + 1, 1), ldc);
      dtrmm('R', 'L', 'T', 'U', n, k, 1, v, vOff, ldv, work, wOff, ldwork);
      for (let j = 1; j <= k; j++) for (let i = 1; i <= n; i++) c[C(j, i)] = c[C(j, i)] - work[W(i, j)];
    } else {
      for (let j = 1; j <= k; j++) dcopy(m, c, C(1, j), 1, work, W(1, j), 1);
      dtrmm('R', 'L', 'N', 'U', m, k, 1, v, vOff, ldv, work, wOff, ldwork);
      if (n > k) dgemm('N', 'N', m, k, n - k, 1, c, C(1, k + 1), ldc, v, V(k + 1, 1), ldv, 1, work, wOff, ldwork);
      dtrmm('R', 'U', trans, 'N', m, k, 1, t, tOff, ldt, work, wOff, ldwork);
      if (n > k) dgemm('N', 'T', m, n - k, k, -1, work, wOff, ldwork, v, V(k + 1, 1), ldv, 1, c, C(1, k + 1), ldc);
      dtrmm('R', 'L', 'T', 'U', m, k, 1, v, vOff, ldv, work, wOff, ldwork);
      for (let j = 1; j <= k; j++) for (let i = 1; i <= m; i++) c[C(i, j)] = c[C(i, j)] - work[W(i, j)];
    }
    return;
  }
  if (side === 'L') {
    for (let j = 1; j <= k; j++) dcopy(n, c, C(j, 1), ldc, work, W(1, j), 1);
    dtrmm('R', 'U', 'T', 'U', n, k, 1, v, vOff, ldv, work, wOff, ldwork);
    if (m > k) dgemm('T', 'T', n, k, m - k, 1, c, C(k + 1, 1), ldc, v, V(1, k + 1), ldv, 1, work, wOff, ldwork);
    dtrmm('R', 'U', transt, 'N', n, k, 1, t, tOff, ldt, work, wOff, ldwork);
    if (m > k) dgemm('T', 'T', m - k, n, k, -1, v, V(1, k + 1), ldv, work, wOff, ldwork, 1, c, C(k + 1, 1), ldc);
    dtrmm('R', 'U', 'N', 'U', n, k, 1, v, vOff, ldv, work, wOff, ldwork);
    for (let j = 1; j <= k; j++) for (let i = 1; i <= n; i++) c[C(j, i)] = c[C(j, i)] - work[W(i, j)];
  } else {
    for (let j = 1; j <= k; j++) dcopy(m, c, C(1, j), 1, work, W(1, j), 1);
    dtrmm('R', 'U', 'T', 'U', m, k, 1, v, vOff, ldv, work, wOff, ldwork);
    if (n > k) dgemm('N', 'T', m, k, n - k, 1, c, C(1, k + 1), ldc, v, V(1, k + 1), ldv, 1, work, wOff, ldwork);
    dtrmm('R', 'U', trans, 'N', m, k, 1, t, tOff, ldt, work, wOff, ldwork);
    if (n > k) dgemm('N', 'N', m, n - k, k, -1, work, wOff, ldwork, v, V(1, k + 1), ldv, 1, c, C(1, k + 1), ldc);
    dtrmm('R', 'U', 'N', 'U', m, k, 1, v, vOff, ldv, work, wOff, ldwork);
    for (let j = 1; j <= k; j++) for (let i = 1; i <= m; i++) c[C(i, j)] = c[C(i, j)] - work[W(i, j)];
  }
}

/**
 * The block size dormqr / dormlq end up with: ilaenv's 32, cut to (lwork - TSIZE) / nw when the
 * caller's workspace is shorter than the optimal nw * NB + TSIZE; 0 means the unblocked routine.
 */
function ormBlock(nw: number, k: number, lwork: number): number {
  let nb = Math.min(NBMAX, ORM_NB);
  const nbmin = 2;
  if (nb > 1 && nb < k && lwork < nw * nb + TSIZE) nb = Math.trunc((lwork - TSIZE) / nw);
  return nb < nbmin || nb >= k ? 0 : nb;
}

/**
 * dormqr: C := Q C, Q' C, C Q or C Q' (side, trans) with Q = H(1) ... H(k) from the columns of A
 * (dgeqrf / dgebrd storage). lwork is the workspace LAPACK's caller would pass (it decides the
 * block size); by default, enough for the full block size.
 */
export function dormqr(side: 'L' | 'R', trans: Trans, m: number, n: number, k: number, a: Float64Array, aOff: number, lda: number, tau: Float64Array, tauOff: number, c: Float64Array, cOff: number, ldc: number, lwork = Infinity): void {
  if (m === 0 || n === 0 || k === 0) return;
  const left = side === 'L', notran = trans === 'N';
  const nq = left ? m : n, nw = Math.max(1, left ? n : m);
  const nb = ormBlock(nw, k, lwork);
  if (nb === 0) { dorm2r(side, trans, m, n, k, a, aOff, lda, tau, tauOff, c, cOff, ldc); return; }
  const t = new Float64Array(LDT * NBMAX), work = new Float64Array(nw * nb);
  const forward = (left && !notran) || (!left && notran);
  const first = forward ? 1 : Math.trunc((k - 1) / nb) * nb + 1;
  for (let i = first; forward ? i <= k : i >= 1; i += forward ? nb : -nb) {
    const ib = Math.min(nb, k - i + 1);
    const aii = aOff + (i - 1) + (i - 1) * lda;
    dlarft('F', 'C', nq - i + 1, ib, a, aii, lda, tau, tauOff + i - 1, t, 0, LDT);
    if (left) dlarfb(side, trans, 'F', 'C', m - i + 1, n, ib, a, aii, lda, t, 0, LDT, c, cOff + (i - 1), ldc, work, 0, nw);
    else dlarfb(side, trans, 'F', 'C', m, n - i + 1, ib, a, aii, lda, t, 0, LDT, c, cOff + (i - 1) * ldc, ldc, work, 0, nw);
  }
}

/** dormlq: as dormqr for Q = H(k) ... H(1) from the rows of A (dgelqf / dgebrd's P storage). */
export function dormlq(side: 'L' | 'R', trans: Trans, m: number, n: number, k: number, a: Float64Array, aOff: number, lda: number, tau: Float64Array, tauOff: number, c: Float64Array, cOff: number, ldc: number, lwork = Infinity): void {
  if (m === 0 || n === 0 || k === 0) return;
  const left = side === 'L', notran = trans === 'N';
  const nq = left ? m : n, nw = Math.max(1, left ? n : m);
  const nb = ormBlock(nw, k, lwork);
  if (nb === 0) { dorml2(side, trans, m, n, k, a, aOff, lda, tau, tauOff, c, cOff, ldc); return; }
  const t = new Float64Array(LDT * NBMAX), work = new Float64Array(nw * nb);
  const forward = (left && notran) || (!left && !notran);
  const first = forward ? 1 : Math.trunc((k - 1) / nb) * nb + 1;
  const transt: Trans = notran ? 'T' : 'N';
  for (let i = first; forward ? i <= k : i >= 1; i += forward ? nb : -nb) {
    const ib = Math.min(nb, k - i + 1);
    const aii = aOff + (i - 1) + (i - 1) * lda;
    dlarft('F', 'R', nq - i + 1, ib, a, aii, lda, tau, tauOff + i - 1, t, 0, LDT);
    if (left) dlarfb(side, transt, 'F', 'R', m - i + 1, n, ib, a, aii, lda, t, 0, LDT, c, cOff + (i - 1), ldc, work, 0, nw);
    else dlarfb(side, transt, 'F', 'R', m, n - i + 1, ib, a, aii, lda, t, 0, LDT, c, cOff + (i - 1) * ldc, ldc, work, 0, nw);
  }
}
