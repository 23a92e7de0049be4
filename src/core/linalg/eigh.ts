/**
 * numpy.linalg.eigh(a) (UPLO='L'), as LAPACK's dsyevd computes it for n <= 25: scale if the
 * lower triangle's largest element is extreme, Householder tridiagonalization of the lower
 * triangle (dsytd2), dstedc -> dsteqr on the tridiagonal, then the reflectors applied back (dormtr).
 */
import { LinAlgError, PREC, SAFMIN } from './consts';
import { applyLeft } from './householder';
import { dsytrd } from './sytrd';
import { dstedc } from './stedc';
import { dlascl } from './scale';
import { fromRowMajor, toRowMajor } from './matrix';

export interface Eigh {
  /** Eigenvalues in increasing order. */
  w: Float64Array;
  /** Eigenvectors, row-major n-by-n, one per column (NumPy's v[:, k]). */
  v: Float64Array;
}

/** Eigen-decomposition of the symmetric n-by-n row-major matrix `rows` (lower triangle read), n <= 25. */
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
  for (let i = n - 1; i >= 1; i--) applyLeft(n - i, n, a, P(i + 1, i), 1, tau[i], z, P(i + 1, 1), n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = iscale === 1 ? d[i + 1] * (1 / sigma) : d[i + 1];
  return { w, v: toRowMajor({ n, a: z }) };
}
