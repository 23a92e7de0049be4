/**
 * LAPACK 3.11's divide-and-conquer SVD of an upper bidiagonal matrix with singular vectors
 * (dlasd0 as dbdsdc calls it for COMPQ = 'I'): split the matrix into a tree of subproblems
 * (dlasdt), solve the leaves with implicit QR (dlasdq -> dbdsqr), then merge pairs bottom-up
 * (dlasd1: deflation in dlasd2, the secular equation and the vector update in dlasd3).
 *
 * Indexing follows the Fortran: helpers read 1-based elements through offsets, so that
 * d(i) = d[dOff + i - 1] and U(i, j) = u[uOff + (i - 1) + (j - 1) * ldu]; integer work arrays are
 * 1-based Int32Arrays (element 0 unused) with an offset where LAPACK passes a sub-array.
 */
import { EPS } from './consts';
import { dbdsqr } from './bdsqr';
import { dcopy, dgemm, dnrm2, dswap } from './blas';
import { dlamrg } from './laed';
import { dlasd4 } from './lasd4';
import { dlapy2, dlartg, dlasr, drot } from './rotations';
import { dlascl } from './scale';

/**
 * dlasdq('U', sqre, n, ncvt, nru, ncc = 0): the SVD of an n-by-(n + sqre) upper bidiagonal matrix
 * (sqre = 1 adds a column, e(n) its entry) by rotating it square and calling dbdsqr, then sorting
 * the singular values into increasing order. Returns INFO.
 */
export function dlasdq(sqre: number, n: number, ncvt: number, nru: number, d: Float64Array, dOff: number, e: Float64Array, eOff: number, vt: Float64Array, vtOff: number, ldvt: number, u: Float64Array, uOff: number, ldu: number): number {
  if (n === 0) return 0;
  const D = (i: number): number => dOff + i - 1, E = (i: number): number => eOff + i - 1;
  const rotate = ncvt > 0 || nru > 0;
  const np1 = n + 1;
  let sqre1 = sqre;
  let lower = false;
  const work = new Float64Array(2 * n);
  /**
   * One sweep of Givens rotations over rows 1..n-1, moving each e(i) onto the next diagonal entry;
   * c and s go to work for dlasr. Both the right (upper to lower) and left (lower to upper) passes
   * use the same sweep.
   */
  const sweepRotations = (): void => {
    for (let i = 1; i <= n - 1; i++) {
      const r = dlartg(d[D(i)], e[E(i)]);
      d[D(i)] = r.r;
      e[E(i)] = r.s * d[D(i + 1)];
      d[D(i + 1)] = r.c * d[D(i + 1)];
      if (rotate) { work[i - 1] = r.c; work[n + i - 1] = r.s; }
    }
  };
  if (sqre1 === 1) {
    // Upper n-by-(n+1): rotations from the right make it lower bidiagonal and square.
    sweepRotations();
    const r = dlartg(d[D(n)], e[E(n)]);
    d[D(n)] = r.r;
    e[E(n)] = 0;
    if (rotate) { work[n - 1] = r.c; work[2 * n - 1] = r.s; }
    lower = true;
    sqre1 = 0;
    if (ncvt > 0) dlasr('L', 'F', np1, ncvt, work, 0, work, n, vt, vtOff, ldvt);
  }
  if (lower) {
    // Lower bidiagonal: rotations from the left make it upper.
    sweepRotations();
    if (sqre1 === 1) {
      const r = dlartg(d[D(n)], e[E(n)]);
      d[D(n)] = r.r;
      if (rotate) { work[n - 1] = r.c; work[2 * n - 1] = r.s; }
    }
    if (nru > 0) dlasr('R', 'F', nru, sqre1 === 0 ? n : np1, work, 0, work, n, u, uOff, ldu);
  }
  const dd = new Float64Array(n + 1), ee = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) { dd[i] = d[D(i)]; ee[i] = e[E(i)]; }
  const info = dbdsqr(n, ncvt, nru, dd, ee, vt, vtOff, ldvt, u, uOff, ldu);
  for (let i = 1; i <= n; i++) { d[D(i)] = dd[i]; e[E(i)] = ee[i]; }
  if (info !== 0) return info;
  for (let i = 1; i <= n; i++) {
    let isub = i;
    let smin = d[D(i)];
    for (let j = i + 1; j <= n; j++) if (d[D(j)] < smin) { isub = j; smin = d[D(j)]; }
    if (isub !== i) {
      d[D(isub)] = d[D(i)];
      d[D(i)] = smin;
      if (ncvt > 0) dswap(ncvt, vt, vtOff + isub - 1, ldvt, vt, vtOff + i - 1, ldvt);
      if (nru > 0) dswap(nru, u, uOff + (isub - 1) * ldu, 1, u, uOff + (i - 1) * ldu, 1);
    }
  }
  return 0;
}

/** dlasdt: the subproblem tree of an order-n problem with leaves of at most msub (1-based node arrays). */
export function dlasdt(n: number, msub: number): { nlvl: number; nd: number; inode: Int32Array; ndiml: Int32Array; ndimr: Int32Array } {
  const maxn = Math.max(1, n);
  const temp = Math.log(maxn / (msub + 1)) / Math.log(2);
  const lvl = Math.trunc(temp) + 1;
  const size = 2 ** lvl + 1;
  const inode = new Int32Array(size), ndiml = new Int32Array(size), ndimr = new Int32Array(size);
  let i = Math.trunc(n / 2);
  inode[1] = i + 1;
  ndiml[1] = i;
  ndimr[1] = n - i - 1;
  let il = 0, ir = 1, llst = 1;
  for (let nlvl = 1; nlvl <= lvl - 1; nlvl++) {
    for (i = 0; i <= llst - 1; i++) {
      il += 2;
      ir += 2;
      const ncrnt = llst + i;
      ndiml[il] = Math.trunc(ndiml[ncrnt] / 2);
      ndimr[il] = ndiml[ncrnt] - ndiml[il] - 1;
      inode[il] = inode[ncrnt] - ndimr[il] - 1;
      ndiml[ir] = Math.trunc(ndimr[ncrnt] / 2);
      ndimr[ir] = ndimr[ncrnt] - ndiml[ir] - 1;
      inode[ir] = inode[ncrnt] + ndiml[ir] + 1;
    }
    llst *= 2;
  }
  return { nlvl: lvl, nd: llst * 2 - 1, inode, ndiml, ndimr };
}

/**
 * The sizes and 1-based index maps dlasd2 and dlasd3 both work with (they see the same merged
 * problem): n = nl + nr + 1 rows, m = n + sqre columns, d(i), U(i, j), VT(i, j) at the caller's
 * offsets and the local U2(i, j), VT2(i, j).
 */
function mergeIndexing(nl: number, nr: number, sqre: number, dOff: number, uOff: number, ldu: number, vtOff: number, ldvt: number, ldu2: number, ldvt2: number) {
  const n = nl + nr + 1;
  return {
    n, m: n + sqre, nlp1: nl + 1, nlp2: nl + 2,
    D: (i: number): number => dOff + i - 1,
    U: (i: number, j: number): number => uOff + (i - 1) + (j - 1) * ldu,
    VT: (i: number, j: number): number => vtOff + (i - 1) + (j - 1) * ldvt,
    U2: (i: number, j: number): number => (i - 1) + (j - 1) * ldu2,
    VT2: (i: number, j: number): number => (i - 1) + (j - 1) * ldvt2,
  };
}

/**
 * dlasd2: deflation for merging two subproblems: sorts the poles, drops the z components that are
 * negligible and combines (by a Givens rotation) poles closer than tol, gathers the vectors by
 * column type into u2 / vt2, and returns K, the size of the remaining secular equation.
 * z (1..m), dsigma (1..n) are 1-based local arrays; idxq(i) = idxq[qOff + i]; coltyp(1..4) gets
 * the counts of each column type on return (as LAPACK passes them on to dlasd3).
 */
function dlasd2(
  nl: number, nr: number, sqre: number, d: Float64Array, dOff: number, z: Float64Array, alpha: number, beta: number,
  u: Float64Array, uOff: number, ldu: number, vt: Float64Array, vtOff: number, ldvt: number, dsigma: Float64Array,
  u2: Float64Array, ldu2: number, vt2: Float64Array, ldvt2: number, idxp: Int32Array, idx: Int32Array, idxc: Int32Array,
  idxq: Int32Array, qOff: number, coltyp: Int32Array,
): number {
  const { n, m, nlp1, nlp2, D, U, VT, U2, VT2 } = mergeIndexing(nl, nr, sqre, dOff, uOff, ldu, vtOff, ldvt, ldu2, ldvt2);
  const Q = (i: number): number => qOff + i;

  const z1 = alpha * vt[VT(nlp1, nlp1)];
  z[1] = z1;
  for (let i = nl; i >= 1; i--) {
    z[i + 1] = alpha * vt[VT(i, nlp1)];
    d[D(i + 1)] = d[D(i)];
    idxq[Q(i + 1)] = idxq[Q(i)] + 1;
  }
  for (let i = nlp2; i <= m; i++) z[i] = beta * vt[VT(i, nlp2)];
  for (let i = 2; i <= nlp1; i++) coltyp[i] = 1;
  for (let i = nlp2; i <= n; i++) coltyp[i] = 2;
  for (let i = nlp2; i <= n; i++) idxq[Q(i)] += nlp1;
  for (let i = 2; i <= n; i++) {
    dsigma[i] = d[D(idxq[Q(i)])];
    u2[U2(i, 1)] = z[idxq[Q(i)]];
    idxc[i] = coltyp[idxq[Q(i)]];
  }
  dlamrg(nl, nr, dsigma, 2, 1, 1, idx, 2); // idx(2..) as laed.ts's dlamrg writes index(io + i - 1)
  for (let i = 2; i <= n; i++) {
    const idxi = 1 + idx[i];
    d[D(i)] = dsigma[idxi];
    z[i] = u2[U2(idxi, 1)];
    coltyp[i] = idxc[idxi];
  }
  const eps = EPS;
  let tol = Math.max(Math.abs(alpha), Math.abs(beta));
  tol = 8 * eps * Math.max(Math.abs(d[D(n)]), tol);

  let k = 1, k2 = n + 1;
  let jprev = 0;
  let allDeflated = true;
  for (let j = 2; j <= n; j++) {
    if (Math.abs(z[j]) <= tol) {
      k2--; idxp[k2] = j; coltyp[j] = 4;
    } else {
      jprev = j; allDeflated = false; break;
    }
  }
  if (!allDeflated) {
    for (let j = jprev + 1; j <= n; j++) {
      if (Math.abs(z[j]) <= tol) {
        k2--; idxp[k2] = j; coltyp[j] = 4;
      } else if (Math.abs(d[D(j)] - d[D(jprev)]) <= tol) {
        // Two nearly equal poles: rotate z(jprev) into z(j) and deflate jprev.
        let s = z[jprev];
        let c = z[j];
        const tau = dlapy2(c, s);
        c = c / tau;
        s = -s / tau;
        z[j] = tau;
        z[jprev] = 0;
        let idxjp = idxq[Q(idx[jprev] + 1)];
        let idxj = idxq[Q(idx[j] + 1)];
        if (idxjp <= nlp1) idxjp--;
        if (idxj <= nlp1) idxj--;
        drot(n, u, U(1, idxjp), 1, U(1, idxj), 1, c, s);
        drot(m, vt, VT(idxjp, 1), ldvt, VT(idxj, 1), ldvt, c, s);
        if (coltyp[j] !== coltyp[jprev]) coltyp[j] = 3;
        coltyp[jprev] = 4;
        k2--; idxp[k2] = jprev;
        jprev = j;
      } else {
        k++;
        u2[U2(k, 1)] = z[jprev];
        dsigma[k] = d[D(jprev)];
        idxp[k] = jprev;
        jprev = j;
      }
    }
    k++;
    u2[U2(k, 1)] = z[jprev];
    dsigma[k] = d[D(jprev)];
    idxp[k] = jprev;
  }

  // Group the columns by type: 1 (top only), 2 (bottom only), 3 (dense), 4 (deflated).
  const ctot = [0, 0, 0, 0, 0], psm = [0, 0, 0, 0, 0];
  for (let j = 2; j <= n; j++) ctot[coltyp[j]]++;
  psm[1] = 2;
  psm[2] = 2 + ctot[1];
  psm[3] = psm[2] + ctot[2];
  psm[4] = psm[3] + ctot[3];
  for (let j = 2; j <= n; j++) {
    const ct = coltyp[idxp[j]];
    idxc[psm[ct]] = j;
    psm[ct]++;
  }
  for (let j = 2; j <= n; j++) {
    const jp = idxp[j];
    dsigma[j] = d[D(jp)];
    let idxj = idxq[Q(idx[idxp[idxc[j]]] + 1)];
    if (idxj <= nlp1) idxj--;
    dcopy(n, u, U(1, idxj), 1, u2, U2(1, j), 1);
    dcopy(m, vt, VT(idxj, 1), ldvt, vt2, VT2(j, 1), ldvt2);
  }
  dsigma[1] = 0;
  const hlftol = tol / 2;
  if (Math.abs(dsigma[2]) <= hlftol) dsigma[2] = hlftol;
  let c = 1, s = 0;
  if (m > n) {
    z[1] = dlapy2(z1, z[m]);
    if (z[1] <= tol) { c = 1; s = 0; z[1] = tol; }
    else { c = z1 / z[1]; s = z[m] / z[1]; }
  } else if (Math.abs(z1) <= tol) {
    z[1] = tol;
  } else {
    z[1] = z1;
  }
  dcopy(k - 1, u2, U2(2, 1), 1, z, 2, 1);
  for (let i = 1; i <= n; i++) u2[U2(i, 1)] = 0;
  u2[U2(nlp1, 1)] = 1;
  if (m > n) {
    for (let i = 1; i <= nlp1; i++) {
      vt[VT(m, i)] = -s * vt[VT(nlp1, i)];
      vt2[VT2(1, i)] = c * vt[VT(nlp1, i)];
    }
    for (let i = nlp2; i <= m; i++) {
      vt2[VT2(1, i)] = s * vt[VT(m, i)];
      vt[VT(m, i)] = c * vt[VT(m, i)];
    }
  } else {
    dcopy(m, vt, VT(nlp1, 1), ldvt, vt2, VT2(1, 1), ldvt2);
  }
  if (m > n) dcopy(m, vt, VT(m, 1), ldvt, vt2, VT2(m, 1), ldvt2);
  if (n > k) {
    dcopy(n - k, dsigma, k + 1, 1, d, D(k + 1), 1);
    for (let j = k + 1; j <= n; j++) for (let i = 1; i <= n; i++) u[U(i, j)] = u2[U2(i, j)];
    for (let j = 1; j <= m; j++) for (let i = k + 1; i <= n; i++) vt[VT(i, j)] = vt2[VT2(i, j)];
  }
  for (let j = 1; j <= 4; j++) coltyp[j] = ctot[j];
  return k;
}

/**
 * dlasd3: the K roots of the secular equation (dlasd4), then z recomputed from them (the Gu-Eisenstat
 * trick, so the vectors come out orthogonal) and the singular vectors updated by dgemm blocks chosen
 * by column type. ctot(1..4) = coltyp(1..4) as dlasd2 left them; idxc(j) 1-based.
 */
function dlasd3(
  nl: number, nr: number, sqre: number, k: number, d: Float64Array, dOff: number, dsigma: Float64Array,
  u: Float64Array, uOff: number, ldu: number, u2: Float64Array, ldu2: number, vt: Float64Array, vtOff: number, ldvt: number,
  vt2: Float64Array, ldvt2: number, idxc: Int32Array, ctot: Int32Array, z: Float64Array,
): number {
  const { n, m, nlp1, nlp2, D, U, VT, U2, VT2 } = mergeIndexing(nl, nr, sqre, dOff, uOff, ldu, vtOff, ldvt, ldu2, ldvt2);
  if (k === 1) {
    d[D(1)] = Math.abs(z[1]);
    dcopy(m, vt2, VT2(1, 1), ldvt2, vt, VT(1, 1), ldvt);
    if (z[1] > 0) dcopy(n, u2, U2(1, 1), 1, u, U(1, 1), 1);
    else for (let i = 1; i <= n; i++) u[U(i, 1)] = -u2[U2(i, 1)];
    return 0;
  }
  const ldq = k;
  const q = new Float64Array(k * k);
  const Qx = (i: number, j: number): number => (i - 1) + (j - 1) * ldq;
  // LAPACK's dlamc3(x, x) - x guard against extended-precision registers: a no-op in IEEE double.
  for (let i = 1; i <= k; i++) dsigma[i] = (dsigma[i] + dsigma[i]) - dsigma[i];
  dcopy(k, z, 1, 1, q, 0, 1);
  let rho = dnrm2(k, z, 1, 1);
  dlascl(rho, 1, z, 1, k + 1);
  rho = rho * rho;
  for (let j = 1; j <= k; j++) {
    const r = dlasd4(k, j, dsigma, 1, z, 1, u, U(1, j), rho, vt, VT(1, j));
    d[D(j)] = r.sigma;
    if (r.info !== 0) return r.info;
  }
  for (let i = 1; i <= k; i++) {
    let zi = u[U(i, k)] * vt[VT(i, k)];
    for (let j = 1; j <= i - 1; j++) zi = zi * (u[U(i, j)] * vt[VT(i, j)] / (dsigma[i] - dsigma[j]) / (dsigma[i] + dsigma[j]));
    for (let j = i; j <= k - 1; j++) zi = zi * (u[U(i, j)] * vt[VT(i, j)] / (dsigma[i] - dsigma[j + 1]) / (dsigma[i] + dsigma[j + 1]));
    const sq = Math.sqrt(Math.abs(zi)), qi = q[Qx(i, 1)];
    z[i] = qi < 0 || Object.is(qi, -0) ? -sq : sq;
  }
  for (let i = 1; i <= k; i++) {
    vt[VT(1, i)] = z[1] / u[U(1, i)] / vt[VT(1, i)];
    u[U(1, i)] = -1;
    for (let j = 2; j <= k; j++) {
      vt[VT(j, i)] = z[j] / u[U(j, i)] / vt[VT(j, i)];
      u[U(j, i)] = dsigma[j] * vt[VT(j, i)];
    }
    const temp = dnrm2(k, u, U(1, i), 1);
    q[Qx(1, i)] = u[U(1, i)] / temp;
    for (let j = 2; j <= k; j++) q[Qx(j, i)] = u[U(idxc[j], i)] / temp;
  }
  // Left singular vectors: U = U2 Q over the column types that touch each half.
  if (k === 2) {
    dgemm('N', 'N', n, k, k, 1, u2, 0, ldu2, q, 0, ldq, 0, u, U(1, 1), ldu);
  } else {
    if (ctot[1] > 0) {
      dgemm('N', 'N', nl, k, ctot[1], 1, u2, U2(1, 2), ldu2, q, Qx(2, 1), ldq, 0, u, U(1, 1), ldu);
      if (ctot[3] > 0) {
        const ktemp = 2 + ctot[1] + ctot[2];
        dgemm('N', 'N', nl, k, ctot[3], 1, u2, U2(1, ktemp), ldu2, q, Qx(ktemp, 1), ldq, 1, u, U(1, 1), ldu);
      }
    } else if (ctot[3] > 0) {
      const ktemp = 2 + ctot[1] + ctot[2];
      dgemm('N', 'N', nl, k, ctot[3], 1, u2, U2(1, ktemp), ldu2, q, Qx(ktemp, 1), ldq, 0, u, U(1, 1), ldu);
    } else {
      for (let j = 1; j <= k; j++) for (let i = 1; i <= nl; i++) u[U(i, j)] = u2[U2(i, j)];
    }
    dcopy(k, q, Qx(1, 1), ldq, u, U(nlp1, 1), ldu);
    const ktemp = 2 + ctot[1];
    const ctemp = ctot[2] + ctot[3];
    dgemm('N', 'N', nr, k, ctemp, 1, u2, U2(nlp2, ktemp), ldu2, q, Qx(ktemp, 1), ldq, 0, u, U(nlp2, 1), ldu);
  }
  // Right singular vectors: VT = Q VT2.
  for (let i = 1; i <= k; i++) {
    const temp = dnrm2(k, vt, VT(1, i), 1);
    q[Qx(i, 1)] = vt[VT(1, i)] / temp;
    for (let j = 2; j <= k; j++) q[Qx(i, j)] = vt[VT(idxc[j], i)] / temp;
  }
  if (k === 2) {
    dgemm('N', 'N', k, m, k, 1, q, 0, ldq, vt2, 0, ldvt2, 0, vt, VT(1, 1), ldvt);
    return 0;
  }
  let ktemp = 1 + ctot[1];
  dgemm('N', 'N', k, nlp1, ktemp, 1, q, Qx(1, 1), ldq, vt2, VT2(1, 1), ldvt2, 0, vt, VT(1, 1), ldvt);
  ktemp = 2 + ctot[1] + ctot[2];
  if (ktemp <= ldvt2) dgemm('N', 'N', k, nlp1, ctot[3], 1, q, Qx(1, ktemp), ldq, vt2, VT2(ktemp, 1), ldvt2, 1, vt, VT(1, 1), ldvt);
  ktemp = ctot[1] + 1;
  const nrp1 = nr + sqre;
  if (ktemp > 1) {
    for (let i = 1; i <= k; i++) q[Qx(i, ktemp)] = q[Qx(i, 1)];
    for (let i = nlp2; i <= m; i++) vt2[VT2(ktemp, i)] = vt2[VT2(1, i)];
  }
  const ctemp = 1 + ctot[2] + ctot[3];
  dgemm('N', 'N', k, nrp1, ctemp, 1, q, Qx(1, ktemp), ldq, vt2, VT2(ktemp, nlp2), ldvt2, 0, vt, VT(1, nlp2), ldvt);
  return 0;
}

/**
 * dlasd1: merges two solved subproblems (orders nl and nr, with the coupling entries alpha, beta)
 * into the SVD of the order-(nl + nr + 1) upper bidiagonal matrix with sqre extra columns; idxq
 * (1-based through qOff) gets the permutation sorting the new singular values ascending. Returns INFO.
 */
function dlasd1(nl: number, nr: number, sqre: number, d: Float64Array, dOff: number, alpha: number, beta: number, u: Float64Array, uOff: number, ldu: number, vt: Float64Array, vtOff: number, ldvt: number, idxq: Int32Array, qOff: number): number {
  const n = nl + nr + 1, m = n + sqre;
  const ldu2 = n, ldvt2 = m;
  const z = new Float64Array(m + 1), dsigma = new Float64Array(n + 1);
  const u2 = new Float64Array(ldu2 * n), vt2 = new Float64Array(ldvt2 * m);
  const idx = new Int32Array(n + 1), idxc = new Int32Array(n + 1), coltyp = new Int32Array(Math.max(n, 4) + 1), idxp = new Int32Array(n + 1);
  let orgnrm = Math.max(Math.abs(alpha), Math.abs(beta));
  d[dOff + nl] = 0;
  for (let i = 0; i < n; i++) if (Math.abs(d[dOff + i]) > orgnrm) orgnrm = Math.abs(d[dOff + i]);
  dlascl(orgnrm, 1, d, dOff, dOff + n);
  alpha = alpha / orgnrm;
  beta = beta / orgnrm;
  const k = dlasd2(nl, nr, sqre, d, dOff, z, alpha, beta, u, uOff, ldu, vt, vtOff, ldvt, dsigma, u2, ldu2, vt2, ldvt2, idxp, idx, idxc, idxq, qOff, coltyp);
  const info = dlasd3(nl, nr, sqre, k, d, dOff, dsigma, u, uOff, ldu, u2, ldu2, vt, vtOff, ldvt, vt2, ldvt2, idxc, coltyp, z);
  if (info !== 0) return info;
  dlascl(1, orgnrm, d, dOff, dOff + n);
  dlamrg(k, n - k, d, dOff, 1, -1, idxq, qOff + 1);
  return 0;
}

/**
 * dlasd0: the SVD of the n-by-(n + sqre) upper bidiagonal matrix (d, e) with U (n-by-n at uOff)
 * and VT ((n+sqre)-by-(n+sqre) at vtOff) accumulated, by divide and conquer with leaves of at most
 * smlsiz. U and VT must hold the identity on entry for the vectors of the bidiagonal itself.
 * Singular values come out in d, ascending within each merged block as LAPACK leaves them. Returns INFO.
 */
export function dlasd0(n: number, sqre: number, d: Float64Array, dOff: number, e: Float64Array, eOff: number, u: Float64Array, uOff: number, ldu: number, vt: Float64Array, vtOff: number, ldvt: number, smlsiz: number): number {
  const m = n + sqre;
  if (n <= smlsiz) return dlasdq(sqre, n, m, n, d, dOff, e, eOff, vt, vtOff, ldvt, u, uOff, ldu);
  const U = (i: number, j: number): number => uOff + (i - 1) + (j - 1) * ldu;
  const VT = (i: number, j: number): number => vtOff + (i - 1) + (j - 1) * ldvt;
  const { nlvl, nd, inode, ndiml, ndimr } = dlasdt(n, smlsiz);
  const idxq = new Int32Array(n + 1);
  const ndb1 = Math.trunc((nd + 1) / 2);
  for (let i = ndb1; i <= nd; i++) {
    const ic = inode[i], nl = ndiml[i], nr = ndimr[i];
    const nlf = ic - nl, nrf = ic + 1;
    let info = dlasdq(1, nl, nl + 1, nl, d, dOff + nlf - 1, e, eOff + nlf - 1, vt, VT(nlf, nlf), ldvt, u, U(nlf, nlf), ldu);
    if (info !== 0) return info;
    for (let j = 1; j <= nl; j++) idxq[nlf - 1 + j] = j;
    const sqrei = i === nd ? sqre : 1;
    info = dlasdq(sqrei, nr, nr + sqrei, nr, d, dOff + nrf - 1, e, eOff + nrf - 1, vt, VT(nrf, nrf), ldvt, u, U(nrf, nrf), ldu);
    if (info !== 0) return info;
    for (let j = 1; j <= nr; j++) idxq[ic + j] = j;
  }
  for (let lvl = nlvl; lvl >= 1; lvl--) {
    const lf = lvl === 1 ? 1 : 2 ** (lvl - 1);
    const ll = lvl === 1 ? 1 : 2 * lf - 1;
    for (let i = lf; i <= ll; i++) {
      const ic = inode[i], nl = ndiml[i], nr = ndimr[i];
      const nlf = ic - nl;
      const sqrei = sqre === 0 && i === ll ? sqre : 1;
      const alpha = d[dOff + ic - 1], beta = e[eOff + ic - 1];
      const info = dlasd1(nl, nr, sqrei, d, dOff + nlf - 1, alpha, beta, u, U(nlf, nlf), ldu, vt, VT(nlf, nlf), ldvt, idxq, nlf - 1);
      if (info !== 0) return info;
    }
  }
  return 0;
}
