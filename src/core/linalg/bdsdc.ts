/**
 * dbdsdc('U', 'I'): the SVD of an upper bidiagonal matrix B = U diag(d) VT with both vector sets,
 * as dgesdd calls it. Orders up to SMLSIZ = 25 go to implicit QR (dlasdq); larger ones are scaled
 * to unit max norm, tiny diagonal entries raised to eps, split where an off-diagonal entry is below
 * eps, and each piece solved by divide and conquer (dlasd0). Finally the singular values are
 * sorted into decreasing order, swapping the vectors along.
 */
import { EPS, sign, SMLSIZ } from './consts';
import { dswap } from './blas';
import { dlasd0, dlasdq } from './lasd';
import { dlascl } from './scale';

/**
 * d(1..n), e(1..n-1) 1-based in; d gets the singular values (decreasing), u and vt (n-by-n,
 * column-major, leading dimension n) the singular vectors. Returns INFO (0 on success).
 */
export function dbdsdc(n: number, d: Float64Array, e: Float64Array, u: Float64Array, vt: Float64Array): number {
  if (n === 0) return 0;
  const ldu = n, ldvt = n;
  const U = (i: number, j: number): number => (i - 1) + (j - 1) * ldu;
  const VT = (i: number, j: number): number => (i - 1) + (j - 1) * ldvt;
  if (n === 1) {
    u[0] = sign(1, d[1]);
    vt[0] = 1;
    d[1] = Math.abs(d[1]);
    return 0;
  }
  u.fill(0);
  vt.fill(0);
  for (let i = 1; i <= n; i++) { u[U(i, i)] = 1; vt[VT(i, i)] = 1; }
  if (n <= SMLSIZ) {
    const info = dlasdq(0, n, n, n, d, 1, e, 1, vt, 0, ldvt, u, 0, ldu);
    if (info !== 0) return info;
  } else {
    // dlanst('M'): the largest |d(i)|, |e(i)| (a NaN wins).
    let orgnrm = Math.abs(d[n]);
    for (let i = 1; i <= n - 1; i++) {
      for (const v of [Math.abs(d[i]), Math.abs(e[i])]) if (orgnrm < v || Number.isNaN(v)) orgnrm = v;
    }
    if (orgnrm === 0) return 0;
    dlascl(orgnrm, 1, d, 1, n + 1);
    dlascl(orgnrm, 1, e, 1, n);
    const eps = 0.9 * EPS;
    for (let i = 1; i <= n; i++) if (Math.abs(d[i]) < eps) d[i] = sign(eps, d[i]);
    let start = 1;
    const sqre = 0;
    for (let i = 1; i <= n - 1; i++) {
      if (Math.abs(e[i]) < eps || i === n - 1) {
        let nsize: number;
        if (i < n - 1) {
          nsize = i - start + 1;
        } else if (Math.abs(e[i]) >= eps) {
          nsize = n - start + 1;
        } else {
          // The last diagonal entry splits off as a 1-by-1 problem of its own.
          nsize = i - start + 1;
          u[U(n, n)] = sign(1, d[n]);
          vt[VT(n, n)] = 1;
          d[n] = Math.abs(d[n]);
        }
        const info = dlasd0(nsize, sqre, d, start, e, start, u, U(start, start), ldu, vt, VT(start, start), ldvt, SMLSIZ);
        if (info !== 0) return info;
        start = i + 1;
      }
    }
    dlascl(1, orgnrm, d, 1, n + 1);
  }
  // Selection sort into decreasing order.
  for (let ii = 2; ii <= n; ii++) {
    const i = ii - 1;
    let kk = i;
    let p = d[i];
    for (let j = ii; j <= n; j++) if (d[j] > p) { kk = j; p = d[j]; }
    if (kk !== i) {
      d[kk] = d[i];
      d[i] = p;
      dswap(n, u, U(1, i), 1, u, U(1, kk), 1);
      dswap(n, vt, VT(i, 1), ldvt, vt, VT(kk, 1), ldvt);
    }
  }
  return 0;
}
