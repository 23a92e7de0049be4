/**
 * numpy.linalg.eigh(a) (UPLO='L'), as LAPACK's dsyevd computes it for n <= 25: scale if the
 * lower triangle's largest element is extreme, Householder tridiagonalization of the lower
 * triangle (dsytd2), dstedc -> dsteqr on the tridiagonal, then the reflectors applied back (dormtr).
 */
import { LinAlgError, PREC, SAFMIN } from './consts';
import { applyLeft, dlarfg } from './householder';
import { dstedc } from './stedc';
import { dlascl } from './scale';
import { fromRowMajor, toRowMajor } from './matrix';

export interface Eigh {
  /** Eigenvalues in increasing order. */
  w: Float64Array;
  /** Eigenvectors, row-major n-by-n, one per column (NumPy's v[:, k]). */
  v: Float64Array;
}

/** dsytd2('L') on a column-major matrix in place: diagonal d, off-diagonal e, reflector scalars tau (1-based). */
export function tridiagonalize(n: number, a: Float64Array): { d: Float64Array; e: Float64Array; tau: Float64Array } {
  const d = new Float64Array(n + 1), e = new Float64Array(n + 1), tau = new Float64Array(n + 1);
  const P = (i: number, j: number): number => i - 1 + (j - 1) * n;
  const w = new Float64Array(n);
  const v = new Float64Array(n);
  for (let i = 1; i <= n - 1; i++) {
    const taui = dlarfg(n - i, a, P(i + 1, i), P(Math.min(i + 2, n), i), 1);
    e[i] = a[P(i + 1, i)];
    if (taui !== 0) {
      const k = n - i; // order of the trailing block A(i+1:n, i+1:n)
      v[0] = 1;
      for (let r = 1; r < k; r++) v[r] = a[P(i + 1 + r, i)];
      const A = (r: number, c: number): number => P(i + 1 + r, i + 1 + c); // lower triangle, r >= c
      // dsymv('L'): w = taui * A22 * v
      w.fill(0, 0, k);
      for (let j = 0; j < k; j++) {
        const temp1 = taui * v[j];
        let temp2 = 0;
        w[j] += temp1 * a[A(j, j)];
        for (let r = j + 1; r < k; r++) {
          w[r] += temp1 * a[A(r, j)];
          temp2 += a[A(r, j)] * v[r];
        }
        w[j] += taui * temp2;
      }
      let dot = 0;
      for (let r = 0; r < k; r++) dot += w[r] * v[r];
      const alpha = -0.5 * taui * dot;
      for (let r = 0; r < k; r++) w[r] += alpha * v[r];
      // dsyr2('L', alpha = -1): A22 -= v w' + w v'
      for (let j = 0; j < k; j++) {
        if (v[j] !== 0 || w[j] !== 0) {
          const temp1 = -w[j], temp2 = -v[j];
          for (let r = j; r < k; r++) a[A(r, j)] = a[A(r, j)] + v[r] * temp1 + w[r] * temp2;
        }
      }
    }
    d[i] = a[P(i, i)];
    tau[i] = taui;
  }
  d[n] = a[P(n, n)];
  return { d, e, tau };
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
  const { d, e, tau } = tridiagonalize(n, a);
  const z = new Float64Array(n * n);
  if (dstedc(n, d, e, z) !== 0) throw new LinAlgError('Eigenvalues did not converge');
  for (let i = n - 1; i >= 1; i--) applyLeft(n - i, n, a, P(i + 1, i), 1, tau[i], z, P(i + 1, 1), n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = iscale === 1 ? d[i + 1] * (1 / sigma) : d[i + 1];
  return { w, v: toRowMajor({ n, a: z }) };
}
