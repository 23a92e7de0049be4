/**
 * numpy.linalg.svd(a) for a square matrix, as LAPACK's dgesdd(JOBZ='A') computes it for
 * n <= 25: scale if the largest element is extreme, Householder bidiagonalization (dgebd2),
 * the bidiagonal SVD (dbdsdc -> dlasdq -> dbdsqr), then U = Q U_b and VT = VT_b P' (dormbr).
 * n = 1 goes through dgesdd's QR path, which leaves u = sign(a), s = |a|, vt = 1.
 */
import { LinAlgError, PREC, SAFMIN, sign, SMLSIZ } from './consts';
import { applyLeft, applyRight, dlarfg } from './householder';
import { bidiagonalSvd } from './bdsqr';
import { fromRowMajor, toRowMajor } from './matrix';
import { dlascl } from './scale';

export interface Svd {
  /** Left singular vectors, row-major n-by-n (columns are the vectors), as NumPy's u. */
  u: Float64Array;
  /** Singular values in decreasing order. */
  s: Float64Array;
  /** Right singular vectors, row-major n-by-n (rows are the vectors), as NumPy's vh. */
  vh: Float64Array;
}

/** Householder bidiagonalization of a square column-major matrix in place (dgebd2, m = n). */
export function bidiagonalize(n: number, a: Float64Array): { d: Float64Array; e: Float64Array; tauq: Float64Array; taup: Float64Array } {
  const d = new Float64Array(n + 1), e = new Float64Array(n + 1), tauq = new Float64Array(n + 1), taup = new Float64Array(n + 1);
  const P = (i: number, j: number): number => i - 1 + (j - 1) * n;
  for (let i = 1; i <= n; i++) {
    tauq[i] = dlarfg(n - i + 1, a, P(i, i), P(Math.min(i + 1, n), i), 1);
    d[i] = a[P(i, i)];
    if (i < n) applyLeft(n - i + 1, n - i, a, P(i, i), 1, tauq[i], a, P(i, i + 1), n);
    if (i < n) {
      taup[i] = dlarfg(n - i, a, P(i, i + 1), P(i, Math.min(i + 2, n)), n);
      e[i] = a[P(i, i + 1)];
      applyRight(n - i, n - i, a, P(i, i + 1), n, taup[i], a, P(i + 1, i + 1), n);
    } else {
      taup[i] = 0;
    }
  }
  return { d, e, tauq, taup };
}

/** SVD of the n-by-n row-major matrix `rows` (n <= 25), with NumPy's (LAPACK's) signs and order. */
export function svd(n: number, rows: ArrayLike<number>): Svd {
  if (n > SMLSIZ) throw new RangeError(`svd: order ${n} > ${SMLSIZ} takes LAPACK's divide and conquer path, which SeedLab does not reproduce`);
  const { a } = fromRowMajor(n, rows);
  let anrm = 0;
  for (const x of a) {
    if (Number.isNaN(x)) throw new LinAlgError('SVD did not converge');
    anrm = Math.max(anrm, Math.abs(x));
  }
  const smlnum = Math.sqrt(SAFMIN) / PREC, bignum = 1 / smlnum;
  let iscl = 0;
  if (anrm > 0 && anrm < smlnum) { iscl = 1; dlascl(anrm, smlnum, a); }
  else if (anrm > bignum) { iscl = 1; dlascl(anrm, bignum, a); }
  const s = new Float64Array(n);
  let U: Float64Array, VT: Float64Array;
  if (n === 1) {
    U = Float64Array.of(sign(1, a[0]));
    VT = Float64Array.of(1);
    s[0] = Math.abs(a[0]);
  } else {
    const { d, e, tauq, taup } = bidiagonalize(n, a);
    U = new Float64Array(n * n);
    VT = new Float64Array(n * n);
    if (bidiagonalSvd(n, d, e, U, VT) !== 0) throw new LinAlgError('SVD did not converge');
    const P = (i: number, j: number): number => i - 1 + (j - 1) * n;
    for (let i = n; i >= 1; i--) applyLeft(n - i + 1, n, a, P(i, i), 1, tauq[i], U, P(i, 1), n);
    for (let i = n - 1; i >= 1; i--) applyRight(n, n - i, a, P(i, i + 1), n, taup[i], VT, P(1, i + 1), n);
    for (let i = 0; i < n; i++) s[i] = d[i + 1];
  }
  if (iscl === 1) {
    if (anrm > bignum) dlascl(bignum, anrm, s);
    if (anrm < smlnum) dlascl(smlnum, anrm, s);
  }
  return { u: toRowMajor({ n, a: U }), s, vh: toRowMajor({ n, a: VT }) };
}
