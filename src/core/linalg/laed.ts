/**
 * One merge step of Cuppen's divide and conquer for the symmetric tridiagonal eigenproblem, as
 * LAPACK's dlaed1 runs it with COMPQ = 2 (dstedc's COMPZ = 'I'): given the eigensystems of the two
 * halves, the rank-one tear rho is put back by deflating (dlaed2), solving the secular equation
 * for the remaining values and forming the new eigenvectors (dlaed3), then merging the value lists
 * (dlamrg). Reference LAPACK 3.11's order of operations, so the results round as Debian's
 * liblapack3 does.
 *
 * Arrays with an offset: element k (1-based) of (x, xo) is x[xo + k - 1]; matrix element (i, j) of
 * (q, qo, ldq) is q[qo + (i - 1) + (j - 1) * ldq]. Integer index arrays are Int32Arrays.
 */
import { EPS, sign } from './consts';
import { dgemm, dnrm2 } from './blas';
import { dlapy2, drot } from './rotations';
import { dlaed4 } from './secular';

/** Copies the m-by-n block (a, ao, lda) into (b, bo, ldb) (dlacpy 'A'). */
export function dlacpy(m: number, n: number, a: Float64Array, ao: number, lda: number, b: Float64Array, bo: number, ldb: number): void {
  for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) b[bo + i + j * ldb] = a[ao + i + j * lda];
}

/**
 * dlamrg: the permutation merging two sorted runs a(1..n1) and a(n1+1..n1+n2) into one increasing
 * list (each run read forwards when its stride is 1, backwards when -1). Writes 1-based indices.
 */
export function dlamrg(n1: number, n2: number, a: Float64Array, ao: number, dtrd1: number, dtrd2: number, index: Int32Array, io: number): void {
  let n1sv = n1, n2sv = n2;
  let ind1 = dtrd1 > 0 ? 1 : n1;
  let ind2 = dtrd2 > 0 ? 1 + n1 : n1 + n2;
  let i = 1;
  while (n1sv > 0 && n2sv > 0) {
    if (a[ao + ind1 - 1] <= a[ao + ind2 - 1]) {
      index[io + i - 1] = ind1; i++; ind1 += dtrd1; n1sv--;
    } else {
      index[io + i - 1] = ind2; i++; ind2 += dtrd2; n2sv--;
    }
  }
  if (n1sv === 0) {
    for (; n2sv > 0; n2sv--) { index[io + i - 1] = ind2; i++; ind2 += dtrd2; }
  } else {
    for (; n1sv > 0; n1sv--) { index[io + i - 1] = ind1; i++; ind1 += dtrd1; }
  }
}

/** idamax: the first 1-based index of the largest |x(k)|. */
function idamax(n: number, x: Float64Array, xo: number): number {
  if (n < 1) return 0;
  let imax = 1, dmax = Math.abs(x[xo]);
  for (let k = 2; k <= n; k++) {
    const v = Math.abs(x[xo + k - 1]);
    if (v > dmax) { imax = k; dmax = v; }
  }
  return imax;
}

interface Deflated {
  /** Number of non-deflated values (the secular equation's order). */
  k: number;
  /** |2 rho|, the rank-one weight after z is normalized. */
  rho: number;
}

/**
 * dlaed2: deflation. Values whose z component is negligible, or which nearly coincide with another
 * (a Givens rotation then zeroes one component), are set aside; the others (dlamda, w) define the
 * secular equation. q2 receives the eigenvectors packed by column type (1: top half only, 2: mixed,
 * 3: bottom half only, 4: deflated); ctot (coltyp(1..4) on return) counts each type.
 */
function dlaed2(n: number, n1: number, d: Float64Array, dO: number, q: Float64Array, qo: number, ldq: number,
  indxq: Int32Array, iqo: number, rhoIn: number, z: Float64Array, zO: number, dlamda: Float64Array, dlO: number,
  w: Float64Array, wO: number, q2: Float64Array, q2o: number, indx: Int32Array, indxc: Int32Array, indxp: Int32Array, coltyp: Int32Array): Deflated {
  // 1-based accessors
  const D = (k: number): number => d[dO + k - 1];
  const setD = (k: number, v: number): void => { d[dO + k - 1] = v; };
  const Z = (k: number): number => z[zO + k - 1];
  const setZ = (k: number, v: number): void => { z[zO + k - 1] = v; };
  const QC = (j: number): number => qo + (j - 1) * ldq; // offset of column j of Q
  const IQ = (k: number): number => indxq[iqo + k - 1];
  const n2 = n - n1;
  const n1p1 = n1 + 1;
  let rho = rhoIn;
  if (rho < 0) for (let k = n1p1; k <= n; k++) setZ(k, -1 * Z(k));
  // Normalize z so that |z| = 1: both halves' parts were unit vectors.
  const t0 = 1 / Math.sqrt(2);
  for (let k = 1; k <= n; k++) setZ(k, t0 * Z(k));
  rho = Math.abs(2 * rho);
  for (let k = n1p1; k <= n; k++) indxq[iqo + k - 1] = IQ(k) + n1;
  // Sort the eigenvalues into increasing order.
  for (let k = 1; k <= n; k++) dlamda[dlO + k - 1] = D(IQ(k));
  dlamrg(n1, n2, dlamda, dlO, 1, 1, indxc, 0);
  for (let k = 1; k <= n; k++) indx[k - 1] = IQ(indxc[k - 1]);
  const IX = (k: number): number => indx[k - 1];
  const imax = idamax(n, z, zO);
  const jmax = idamax(n, d, dO);
  const eps = EPS;
  const tol = 8 * eps * Math.max(Math.abs(D(jmax)), Math.abs(Z(imax)));
  if (rho * Math.abs(Z(imax)) <= tol) {
    // The tear is negligible: everything deflates; just sort.
    let iq2 = 1;
    for (let j = 1; j <= n; j++) {
      const i = IX(j);
      for (let r = 0; r < n; r++) q2[q2o + iq2 - 1 + r] = q[QC(i) + r];
      dlamda[dlO + j - 1] = D(i);
      iq2 += n;
    }
    dlacpy(n, n, q2, q2o, n, q, qo, ldq);
    for (let j = 1; j <= n; j++) setD(j, dlamda[dlO + j - 1]);
    return { k: 0, rho };
  }
  for (let i = 1; i <= n1; i++) coltyp[i - 1] = 1;
  for (let i = n1p1; i <= n; i++) coltyp[i - 1] = 3;
  let k = 0;
  let k2 = n + 1;
  /** Deflates nj (type 4, filed from the back of indxp) when its z component is negligible. */
  const deflatedAsNegligible = (nj: number): boolean => {
    if (rho * Math.abs(Z(nj)) <= tol) {
      k2--;
      coltyp[nj - 1] = 4;
      indxp[k2 - 1] = nj;
      return true;
    }
    return false;
  };
  /** Keeps pole p in the secular equation (dlamda, w) as its k-th value. */
  const keep = (p: number): void => {
    k++;
    dlamda[dlO + k - 1] = D(p);
    w[wO + k - 1] = Z(p);
    indxp[k - 1] = p;
  };
  let pj = 0;
  let j = 1;
  // The first value whose z component is not negligible becomes pj.
  for (; j <= n; j++) {
    const nj = IX(j);
    if (!deflatedAsNegligible(nj)) {
      pj = nj;
      break;
    }
  }
  for (;;) {
    j++;
    if (j > n) break;
    const nj = IX(j);
    if (!deflatedAsNegligible(nj)) {
      // Check whether d(pj) and d(nj) are close enough to rotate one z component away.
      let s = Z(pj);
      let c = Z(nj);
      const tau = dlapy2(c, s);
      const t = D(nj) - D(pj);
      c /= tau;
      s = -s / tau;
      if (Math.abs(t * c * s) <= tol) {
        setZ(nj, tau);
        setZ(pj, 0);
        if (coltyp[nj - 1] !== coltyp[pj - 1]) coltyp[nj - 1] = 2;
        coltyp[pj - 1] = 4;
        drot(n, q, QC(pj), 1, QC(nj), 1, c, s);
        const tt = D(pj) * (c * c) + D(nj) * (s * s);
        setD(nj, D(pj) * (s * s) + D(nj) * (c * c));
        setD(pj, tt);
        k2--;
        // Insert pj among the deflated values, kept in decreasing order of d.
        let i = 1;
        for (;;) {
          if (k2 + i <= n) {
            if (D(pj) < D(indxp[k2 + i - 1])) {
              indxp[k2 + i - 2] = indxp[k2 + i - 1];
              indxp[k2 + i - 1] = pj;
              i++;
              continue;
            }
            indxp[k2 + i - 2] = pj;
          } else {
            indxp[k2 + i - 2] = pj;
          }
          break;
        }
        pj = nj;
      } else {
        keep(pj);
        pj = nj;
      }
    }
  }
  // The last non-deflated value.
  keep(pj);
  // Count the column types and pack the eigenvectors by type into q2.
  const ctot = [0, 0, 0, 0];
  for (let jj = 1; jj <= n; jj++) ctot[coltyp[jj - 1] - 1]++;
  const psm = [1, 1 + ctot[0], 0, 0];
  psm[2] = psm[1] + ctot[1];
  psm[3] = psm[2] + ctot[2];
  k = n - ctot[3];
  for (let jj = 1; jj <= n; jj++) {
    const js = indxp[jj - 1];
    const ct = coltyp[js - 1];
    indx[psm[ct - 1] - 1] = js;
    indxc[psm[ct - 1] - 1] = jj;
    psm[ct - 1]++;
  }
  let i = 1;
  let iq1 = 1;
  let iq2 = 1 + (ctot[0] + ctot[1]) * n1;
  for (let jj = 1; jj <= ctot[0]; jj++) {
    const js = IX(i);
    for (let r = 0; r < n1; r++) q2[q2o + iq1 - 1 + r] = q[QC(js) + r];
    setZ(i, D(js));
    i++;
    iq1 += n1;
  }
  for (let jj = 1; jj <= ctot[1]; jj++) {
    const js = IX(i);
    for (let r = 0; r < n1; r++) q2[q2o + iq1 - 1 + r] = q[QC(js) + r];
    for (let r = 0; r < n2; r++) q2[q2o + iq2 - 1 + r] = q[QC(js) + n1 + r];
    setZ(i, D(js));
    i++;
    iq1 += n1;
    iq2 += n2;
  }
  for (let jj = 1; jj <= ctot[2]; jj++) {
    const js = IX(i);
    for (let r = 0; r < n2; r++) q2[q2o + iq2 - 1 + r] = q[QC(js) + n1 + r];
    setZ(i, D(js));
    i++;
    iq2 += n2;
  }
  iq1 = iq2;
  for (let jj = 1; jj <= ctot[3]; jj++) {
    const js = IX(i);
    for (let r = 0; r < n; r++) q2[q2o + iq2 - 1 + r] = q[QC(js) + r];
    iq2 += n;
    setZ(i, D(js));
    i++;
  }
  // The deflated vectors and values go to the end of q and d.
  if (k < n) {
    dlacpy(n, ctot[3], q2, q2o + iq1 - 1, n, q, QC(k + 1), ldq);
    for (let r = k + 1; r <= n; r++) setD(r, Z(r));
  }
  for (let jj = 0; jj < 4; jj++) coltyp[jj] = ctot[jj];
  return { k, rho };
}

/**
 * dlaed3: the k roots of the deflated secular equation (dlaed4) into d, and the eigenvectors of the
 * merged problem: the secular equation's vectors (with z recomputed by the Gu-Eisenstat formula so
 * they come out orthogonal) multiplied into the packed halves of q2. Returns INFO.
 */
function dlaed3(k: number, n: number, n1: number, d: Float64Array, dO: number, q: Float64Array, qo: number, ldq: number, rho: number,
  dlamda: Float64Array, dlO: number, q2: Float64Array, q2o: number, indx: Int32Array, ctot: Int32Array, w: Float64Array, wO: number, s: Float64Array, sO: number): number {
  const Q = (i: number, j: number): number => qo + (i - 1) + (j - 1) * ldq;
  if (k === 0) return 0;
  // dlamc3(x, x) - x: keeps the values as stored doubles (a no-op without extended precision).
  for (let i = 1; i <= k; i++) { const x = dlamda[dlO + i - 1]; dlamda[dlO + i - 1] = (x + x) - x; }
  for (let j = 1; j <= k; j++) {
    const r = dlaed4(k, j, dlamda, dlO, w, wO, q, Q(1, j), rho);
    d[dO + j - 1] = r.dlam;
    if (r.info !== 0) return r.info;
  }
  if (k === 2) {
    for (let j = 1; j <= k; j++) {
      w[wO] = q[Q(1, j)];
      w[wO + 1] = q[Q(2, j)];
      q[Q(1, j)] = w[wO + indx[0] - 1];
      q[Q(2, j)] = w[wO + indx[1] - 1];
    }
  } else if (k !== 1) {
    for (let i = 0; i < k; i++) s[sO + i] = w[wO + i];
    for (let i = 1; i <= k; i++) w[wO + i - 1] = q[Q(i, i)];
    for (let j = 1; j <= k; j++) {
      for (let i = 1; i <= j - 1; i++) w[wO + i - 1] = w[wO + i - 1] * (q[Q(i, j)] / (dlamda[dlO + i - 1] - dlamda[dlO + j - 1]));
      for (let i = j + 1; i <= k; i++) w[wO + i - 1] = w[wO + i - 1] * (q[Q(i, j)] / (dlamda[dlO + i - 1] - dlamda[dlO + j - 1]));
    }
    for (let i = 1; i <= k; i++) w[wO + i - 1] = sign(Math.sqrt(-w[wO + i - 1]), s[sO + i - 1]);
    for (let j = 1; j <= k; j++) {
      for (let i = 1; i <= k; i++) s[sO + i - 1] = w[wO + i - 1] / q[Q(i, j)];
      const temp = dnrm2(k, s, sO, 1);
      for (let i = 1; i <= k; i++) q[Q(i, j)] = s[sO + indx[i - 1] - 1] / temp;
    }
  }
  // Back-transform: the top n1 rows from the type 1 and 2 columns, the bottom n2 from types 2 and 3.
  const n2 = n - n1;
  const n12 = ctot[0] + ctot[1];
  const n23 = ctot[1] + ctot[2];
  dlacpy(n23, k, q, Q(ctot[0] + 1, 1), ldq, s, sO, n23);
  const iq2 = n1 * n12 + 1;
  if (n23 !== 0) dgemm('N', 'N', n2, k, n23, 1, q2, q2o + iq2 - 1, n2, s, sO, n23, 0, q, Q(n1 + 1, 1), ldq);
  else for (let j = 1; j <= k; j++) for (let i = 1; i <= n2; i++) q[Q(n1 + i, j)] = 0;
  dlacpy(n12, k, q, Q(1, 1), ldq, s, sO, n12);
  if (n12 !== 0) dgemm('N', 'N', n1, k, n12, 1, q2, q2o, n1, s, sO, n12, 0, q, Q(1, 1), ldq);
  else for (let j = 1; j <= k; j++) for (let i = 1; i <= n1; i++) q[Q(i, j)] = 0;
  return 0;
}

/**
 * dlaed1: merges the eigensystems of the two halves (orders cutpnt and n - cutpnt, stored in the
 * diagonal blocks of q, values in d with indxq sorting each half) across the off-diagonal rho.
 * On return d holds the merged values, q their vectors, indxq the permutation sorting d. Returns INFO.
 */
export function dlaed1(n: number, d: Float64Array, dO: number, q: Float64Array, qo: number, ldq: number, indxq: Int32Array, iqo: number, rho: number, cutpnt: number): number {
  if (n === 0) return 0;
  // LAPACK needs 4n + n^2; the slack only guards against silently dropped out-of-range writes.
  const work = new Float64Array(4 * n + 2 * n * n);
  const iz = 1, idlmda = iz + n, iw = idlmda + n, iq2 = iw + n;
  const indx = new Int32Array(n + 1), indxc = new Int32Array(n + 1), coltyp = new Int32Array(n + 1), indxp = new Int32Array(n + 1);
  // z: the last row of the first block's eigenvectors, then the first row of the second's.
  for (let j = 0; j < cutpnt; j++) work[iz - 1 + j] = q[qo + (cutpnt - 1) + j * ldq];
  const zpp1 = cutpnt + 1;
  for (let j = 0; j < n - cutpnt; j++) work[iz - 1 + cutpnt + j] = q[qo + (zpp1 - 1) + (zpp1 - 1 + j) * ldq];
  const { k, rho: rho2 } = dlaed2(n, cutpnt, d, dO, q, qo, ldq, indxq, iqo, rho, work, iz - 1, work, idlmda - 1, work, iw - 1, work, iq2 - 1, indx, indxc, indxp, coltyp);
  if (k !== 0) {
    const is = (coltyp[0] + coltyp[1]) * cutpnt + (coltyp[1] + coltyp[2]) * (n - cutpnt) + iq2;
    const info = dlaed3(k, n, cutpnt, d, dO, q, qo, ldq, rho2, work, idlmda - 1, work, iq2 - 1, indxc, coltyp, work, iw - 1, work, is - 1);
    if (info !== 0) return info;
    dlamrg(k, n - k, d, dO, 1, -1, indxq, iqo);
  } else {
    for (let i = 1; i <= n; i++) indxq[iqo + i - 1] = i;
  }
  return 0;
}
