/**
 * Eigenvalues and eigenvectors of a symmetric tridiagonal matrix by implicit QL or QR with
 * Wilkinson shifts (LAPACK's dsteqr with COMPZ = 'I'), as dstedc calls it for n <= 25:
 * eigenvalues in increasing order, eigenvectors in the columns of z.
 */
import { EPS, SAFMIN, sign } from './consts';
import { dlaev2, dlapy2, dlartg, dlasr } from './rotations';
import { dlascl } from './scale';

const MAXIT = 30;

/** dlanst('M'): the largest |d| or |e| over d[l..l+len-1], e[l..l+len-2]. */
function maxAbs(d: Float64Array, e: Float64Array, l: number, len: number): number {
  let m = 0;
  for (let i = 0; i < len; i++) {
    const v = Math.abs(d[l + i]);
    if (v > m || Number.isNaN(v)) m = v;
  }
  for (let i = 0; i < len - 1; i++) {
    const v = Math.abs(e[l + i]);
    if (v > m || Number.isNaN(v)) m = v;
  }
  return m;
}

/**
 * d[1..n], e[1..n-1] (1-based); z gets the n-by-n column-major eigenvector matrix, whose (1,1)
 * element is z[zBase] with leading dimension ldz (a diagonal block of a larger matrix when
 * dstedc / dlaed0 call it on a piece of the tridiagonal). Returns INFO.
 */
export function dsteqr(n: number, d: Float64Array, e: Float64Array, z: Float64Array, zBase = 0, ldz = n): number {
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) z[zBase + i + j * ldz] = i === j ? 1 : 0;
  if (n <= 1) return 0;
  const eps = EPS, eps2 = eps * eps, safmin = SAFMIN, safmax = 1 / safmin;
  const ssfmax = Math.sqrt(safmax) / 3;
  const ssfmin = Math.sqrt(safmin) / eps2;
  const work = new Float64Array(2 * n + 1);
  const nmaxit = n * MAXIT;
  let jtot = 0;
  let l1 = 1;
  const nm1 = n - 1;
  const col = (j: number): number => zBase + (j - 1) * ldz;
  outer: for (;;) {
    // label 10
    if (l1 > n) break;
    if (l1 > 1) e[l1 - 1] = 0;
    let m = n;
    if (l1 <= nm1) {
      for (let mm = l1; mm <= nm1; mm++) {
        const tst = Math.abs(e[mm]);
        if (tst === 0) { m = mm; break; }
        if (tst <= Math.sqrt(Math.abs(d[mm])) * Math.sqrt(Math.abs(d[mm + 1])) * eps) { e[mm] = 0; m = mm; break; }
      }
    }
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue outer;
    const anorm = maxAbs(d, e, l, lend - l + 1);
    let iscale = 0;
    if (anorm === 0) continue outer;
    if (anorm > ssfmax) {
      iscale = 1;
      dlascl(anorm, ssfmax, d, l, lend + 1);
      dlascl(anorm, ssfmax, e, l, lend);
    } else if (anorm < ssfmin) {
      iscale = 2;
      dlascl(anorm, ssfmin, d, l, lend + 1);
      dlascl(anorm, ssfmin, e, l, lend);
    }
    if (Math.abs(d[lend]) < Math.abs(d[l])) { lend = lsv; l = lendsv; }
    if (lend > l) {
      // QL iteration
      for (;;) {
        // label 40
        let mm = lend;
        if (l !== lend) {
          for (let k = l; k <= lend - 1; k++) {
            const tst = Math.abs(e[k]) ** 2;
            if (tst <= eps2 * Math.abs(d[k]) * Math.abs(d[k + 1]) + safmin) { mm = k; break; }
          }
        }
        m = mm;
        if (m < lend) e[m] = 0;
        let p = d[l];
        if (m === l) {
          d[l] = p;
          l += 1;
          if (l <= lend) continue;
          break;
        }
        if (m === l + 1) {
          const r = dlaev2(d[l], e[l], d[l + 1]);
          work[l] = r.cs1;
          work[n - 1 + l] = r.sn1;
          dlasr('R', 'B', n, 2, work, l, work, n - 1 + l, z, col(l), ldz);
          d[l] = r.rt1;
          d[l + 1] = r.rt2;
          e[l] = 0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (d[l + 1] - p) / (2 * e[l]);
        let r = dlapy2(g, 1);
        g = d[m] - p + e[l] / (g + sign(r, g));
        let s = 1, c = 1;
        p = 0;
        for (let i = m - 1; i >= l; i--) {
          const f = s * e[i];
          const b = c * e[i];
          const rot = dlartg(g, f);
          c = rot.c; s = rot.s; r = rot.r;
          if (i !== m - 1) e[i + 1] = r;
          g = d[i + 1] - p;
          r = (d[i] - g) * s + 2 * c * b;
          p = s * r;
          d[i + 1] = g + p;
          g = c * r - b;
          work[i] = c;
          work[n - 1 + i] = -s;
        }
        dlasr('R', 'B', n, m - l + 1, work, l, work, n - 1 + l, z, col(l), ldz);
        d[l] = d[l] - p;
        e[l] = g;
      }
    } else {
      // QR iteration
      for (;;) {
        // label 90
        let mm = lend;
        if (l !== lend) {
          for (let k = l; k >= lend + 1; k--) {
            const tst = Math.abs(e[k - 1]) ** 2;
            if (tst <= eps2 * Math.abs(d[k]) * Math.abs(d[k - 1]) + safmin) { mm = k; break; }
          }
        }
        m = mm;
        if (m > lend) e[m - 1] = 0;
        let p = d[l];
        if (m === l) {
          d[l] = p;
          l -= 1;
          if (l >= lend) continue;
          break;
        }
        if (m === l - 1) {
          const r = dlaev2(d[l - 1], e[l - 1], d[l]);
          work[m] = r.cs1;
          work[n - 1 + m] = r.sn1;
          dlasr('R', 'F', n, 2, work, m, work, n - 1 + m, z, col(l - 1), ldz);
          d[l - 1] = r.rt1;
          d[l] = r.rt2;
          e[l - 1] = 0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (d[l - 1] - p) / (2 * e[l - 1]);
        let r = dlapy2(g, 1);
        g = d[m] - p + e[l - 1] / (g + sign(r, g));
        let s = 1, c = 1;
        p = 0;
        for (let i = m; i <= l - 1; i++) {
          const f = s * e[i];
          const b = c * e[i];
          const rot = dlartg(g, f);
          c = rot.c; s = rot.s; r = rot.r;
          if (i !== m) e[i - 1] = r;
          g = d[i] - p;
          r = (d[i + 1] - g) * s + 2 * c * b;
          p = s * r;
          d[i] = g + p;
          g = c * r - b;
          work[i] = c;
          work[n - 1 + i] = s;
        }
        dlasr('R', 'F', n, l - m + 1, work, m, work, n - 1 + m, z, col(m), ldz);
        d[l] = d[l] - p;
        e[l - 1] = g;
      }
    }
    // label 140
    if (iscale === 1) {
      dlascl(ssfmax, anorm, d, lsv, lendsv + 1);
      dlascl(ssfmax, anorm, e, lsv, lendsv);
    } else if (iscale === 2) {
      dlascl(ssfmin, anorm, d, lsv, lendsv + 1);
      dlascl(ssfmin, anorm, e, lsv, lendsv);
    }
    if (jtot < nmaxit) continue outer;
    let info = 0;
    for (let i = 1; i <= n - 1; i++) if (e[i] !== 0) info++;
    return info;
  }
  // label 160: selection sort into increasing order
  sortEigenpairs(n, d, z, zBase, ldz);
  return 0;
}

/**
 * LAPACK's selection sort of eigenvalues d(1..n) into increasing order, swapping the columns of
 * z (from zBase, leading dimension ldz) along: dsteqr ends with it, and dstedc after merging.
 */
export function sortEigenpairs(n: number, d: Float64Array, z: Float64Array, zBase: number, ldz: number): void {
  for (let ii = 2; ii <= n; ii++) {
    const i = ii - 1;
    let k = i;
    let p = d[i];
    for (let j = ii; j <= n; j++) if (d[j] < p) { k = j; p = d[j]; }
    if (k !== i) {
      d[k] = d[i];
      d[i] = p;
      const ci = zBase + (i - 1) * ldz, ck = zBase + (k - 1) * ldz;
      for (let r = 0; r < n; r++) { const t = z[ci + r]; z[ci + r] = z[ck + r]; z[ck + r] = t; }
    }
  }
}
