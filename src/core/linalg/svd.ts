/**
 * numpy.linalg.svd(a) for a square matrix, as LAPACK 3.11's dgesdd(JOBZ='A') computes it with the
 * workspace NumPy gives it (the optimal LWORK from a query): scale if the largest element is
 * extreme, bidiagonalize (dgebrd: unblocked up to order 128, dlabrd panels beyond), the bidiagonal
 * SVD (dbdsdc: implicit QR up to order 25, divide and conquer beyond), then U = Q U_b and
 * VT = VT_b P' (dormbr -> dormqr / dormlq, blocked once the reflector count exceeds the block size
 * the workspace allows). n = 1 goes through dgesdd's QR path, which leaves u = sign(a), s = |a|, vt = 1.
 */
import { LinAlgError, PREC, SAFMIN, sign } from './consts';
import { dgebrd } from './bidiag';
import { dbdsdc } from './bdsdc';
import { dormlq, dormqr } from './blocked';
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

/**
 * The LWORK dgesdd's workspace query returns for JOBZ = 'A', m = n >= 2 (path 5: dgebrd, dbdsdc,
 * dormbr): the largest of 3n + (m + n) NB for dgebrd, 3n + n NB for each dormbr, and
 * 3n + max(m, 3n^2 + 4n) for dbdsdc.
 */
export function dgesddLwork(n: number): number {
  const nb = 32, bdspac = 3 * n * n + 4 * n;
  const wrkbl = Math.max(3 * n + 2 * n * nb, 3 * n + n * nb, 3 * n + n * nb);
  return Math.max(wrkbl, 3 * n + bdspac, 3 * n + Math.max(n, bdspac));
}

/** SVD of the n-by-n row-major matrix `rows`, with NumPy's (LAPACK's) signs and order. */
export function svd(n: number, rows: ArrayLike<number>): Svd {
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
    const { d, e, tauq, taup } = dgebrd(n, a);
    U = new Float64Array(n * n);
    VT = new Float64Array(n * n);
    if (dbdsdc(n, d, e, U, VT) !== 0) throw new LinAlgError('SVD did not converge');
    // dormbr gets what is left of LWORK after e, tauq and taup (3n); it decides dormqr / dormlq's block size.
    const lwork = dgesddLwork(n) - 3 * n;
    dormqr('L', 'N', n, n, n, a, 0, n, tauq, 1, U, 0, n, lwork);
    dormlq('R', 'N', n, n - 1, n - 1, a, n, n, taup, 1, VT, n, n, lwork);
    for (let i = 0; i < n; i++) s[i] = d[i + 1];
  }
  if (iscl === 1) {
    if (anrm > bignum) dlascl(bignum, anrm, s);
    if (anrm < smlnum) dlascl(smlnum, anrm, s);
  }
  return { u: toRowMajor({ n, a: U }), s, vh: toRowMajor({ n, a: VT }) };
}
