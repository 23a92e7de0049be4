/**
 * numpy.linalg.eigh(a) (UPLO='L'), as LAPACK's dsyevd(JOBZ='V') computes it with the workspace
 * NumPy asks for: scale if the lower triangle's largest element is extreme, Householder
 * tridiagonalization of the lower triangle (dsytrd: blocked above order 32), the tridiagonal
 * eigenproblem by dstedc (dsteqr up to order 25, divide and conquer above), then the reflectors
 * applied back (dormtr -> dormqr, blocked once the workspace left over allows it).
 */
import { LinAlgError, PREC, SAFMIN } from './consts';
import { dormqr } from './blocked';
import { dstedc } from './stedc';
import { dsytrd } from './sytrd';
import { dlascl } from './scale';
import { fromRowMajor, toRowMajor } from './matrix';

export interface Eigh {
  /** Eigenvalues in increasing order. */
  w: Float64Array;
  /** Eigenvectors, row-major n-by-n, one per column (NumPy's v[:, k]). */
  v: Float64Array;
}

/**
 * dsyevd's workspace as NumPy's query returns it (LWORK = max(1 + 6n + 2n^2, 2n + 32n)), less
 * what precedes dormtr's share: the block size dormqr can afford depends on it.
 */
function dormtrWorkspace(n: number): number {
  const lwork = Math.max(1 + 6 * n + 2 * n * n, 2 * n + n * 32);
  const indwk2 = 2 * n + n * n + 1;
  return lwork - indwk2 + 1;
}

/** Eigen-decomposition of the symmetric n-by-n row-major matrix `rows` (lower triangle read). */
export function eigh(n: number, rows: ArrayLike<number>): Eigh {
  const { a } = fromRowMajor(n, rows);
  const P = (i: number, j: number): number => i - 1 + (j - 1) * n;
  if (n === 1) return { w: Float64Array.of(a[0]), v: Float64Array.of(1) };
  const smlnum = SAFMIN / PREC, bignum = 1 / smlnum;
  const rmin = Math.sqrt(smlnum), rmax = Math.sqrt(bignum);
  let anrm = 0;
  for (let j = 1; j <= n; j++) for (let i = j; i <= n; i++) {
    const x = Math.abs(a[P(i, j)]);
    if (x > anrm || Number.isNaN(x)) anrm = x;
  }
  let sigma = 1;
  let iscale = 0;
  if (anrm > 0 && anrm < rmin) { iscale = 1; sigma = rmin / anrm; }
  else if (anrm > rmax) { iscale = 1; sigma = rmax / anrm; }
  if (iscale === 1) for (let j = 1; j <= n; j++) dlascl(1, sigma, a, P(j, j), P(n, j) + 1);
  const { d, e, tau } = dsytrd(n, a);
  const z = new Float64Array(n * n);
  if (dstedc(n, d, e, z) !== 0) throw new LinAlgError('Eigenvalues did not converge');
  // dormtr('L', 'L', 'N'): Q = H(1) ... H(n-1), reflectors below the subdiagonal, applied to rows 2..n.
  dormqr('L', 'N', n - 1, n, n - 1, a, P(2, 1), n, tau, 1, z, P(2, 1), n, dormtrWorkspace(n));
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = iscale === 1 ? d[i + 1] * (1 / sigma) : d[i + 1];
  return { w, v: toRowMajor({ n, a: z }) };
}
