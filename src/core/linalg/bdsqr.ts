/**
 * The SVD of an upper bidiagonal matrix by implicit QR with shifts (LAPACK's dbdsqr), with the
 * singular vectors accumulated into VT (rows) and U (columns): what dlasdq calls for dbdsdc's
 * orders up to 25 and for the leaves of its divide and conquer (lasd.ts).
 */
import { EPS, SAFMIN, sign } from './consts';
import { dlartg, dlas2, dlasr, dlasv2, drot } from './rotations';
import { dswap } from './blas';

const MAXITR = 6;
const MEIGTH = -0.125;

/**
 * dbdsqr('U', n, ncvt, nru, ncc = 0): d[1..n], e[1..n-1] (1-based) in; d gets the singular values
 * in decreasing order, the n-by-ncvt block of vt at vt[vtOff] (leading dimension ldvt) is
 * pre-multiplied by the right rotations' transpose and the nru-by-n block of u at u[uOff] (ldu)
 * post-multiplied by the left ones. Returns LAPACK's INFO (0, or the number of off-diagonals that
 * did not converge).
 */
export function dbdsqr(n: number, ncvt: number, nru: number, d: Float64Array, e: Float64Array, vt: Float64Array, vtOff: number, ldvt: number, u: Float64Array, uOff: number, ldu: number): number {
  if (n === 0) return 0;
  if (n > 1) {
    const nm1 = n - 1, nm12 = nm1 + nm1, nm13 = nm12 + nm1;
    const work = new Float64Array(4 * n + 1);
    let idir = 0;
    const eps = EPS;
    const unfl = SAFMIN;
    const tolmul = Math.max(10, Math.min(100, eps ** MEIGTH));
    const tol = tolmul * eps;
    let smax = 0;
    for (let i = 1; i <= n; i++) smax = Math.max(smax, Math.abs(d[i]));
    for (let i = 1; i <= n - 1; i++) smax = Math.max(smax, Math.abs(e[i]));
    let smin = 0;
    let sminoa = Math.abs(d[1]);
    if (sminoa !== 0) {
      let mu = sminoa;
      for (let i = 2; i <= n; i++) {
        mu = Math.abs(d[i]) * (mu / (mu + Math.abs(e[i - 1])));
        sminoa = Math.min(sminoa, mu);
        if (sminoa === 0) break;
      }
    }
    sminoa = sminoa / Math.sqrt(n);
    const thresh = Math.max(tol * sminoa, MAXITR * (n * (n * unfl)));
    const maxitdivn = MAXITR * n;
    let iterdivn = 0;
    let iter = -1;
    let oldll = -1;
    let oldm = -1;
    let m = n;
    let ll = 0;
    const vtRow = (r: number): number => vtOff + r - 1;
    const uCol = (cIdx: number): number => uOff + (cIdx - 1) * ldu;
    main: for (;;) {
      // label 60
      if (m <= 1) break;
      if (iter >= n) {
        iter -= n;
        iterdivn++;
        if (iterdivn >= maxitdivn) {
          let info = 0;
          for (let i = 1; i <= n - 1; i++) if (e[i] !== 0) info++;
          return info;
        }
      }
      smax = Math.abs(d[m]);
      let split = false;
      for (let lll = 1; lll <= m - 1; lll++) {
        ll = m - lll;
        const abss = Math.abs(d[ll]);
        const abse = Math.abs(e[ll]);
        if (abse <= thresh) { split = true; break; }
        smax = Math.max(smax, abss, abse);
      }
      if (split) {
        e[ll] = 0;
        if (ll === m - 1) { m -= 1; continue main; }
      } else {
        ll = 0;
      }
      ll += 1;
      if (ll === m - 1) {
        const r = dlasv2(d[m - 1], e[m - 1], d[m]);
        d[m - 1] = r.ssmax;
        e[m - 1] = 0;
        d[m] = r.ssmin;
        drot(ncvt, vt, vtRow(m - 1), ldvt, vtRow(m), ldvt, r.csr, r.snr);
        drot(nru, u, uCol(m - 1), 1, uCol(m), 1, r.csl, r.snl);
        m -= 2;
        continue main;
      }
      if (ll > oldm || m < oldll) {
        idir = Math.abs(d[ll]) >= Math.abs(d[m]) ? 1 : 2;
      }
      if (idir === 1) {
        if (Math.abs(e[m - 1]) <= Math.abs(tol) * Math.abs(d[m])) { e[m - 1] = 0; continue main; }
        let mu = Math.abs(d[ll]);
        smin = mu;
        for (let lll = ll; lll <= m - 1; lll++) {
          if (Math.abs(e[lll]) <= tol * mu) { e[lll] = 0; continue main; }
          mu = Math.abs(d[lll + 1]) * (mu / (mu + Math.abs(e[lll])));
          smin = Math.min(smin, mu);
        }
      } else {
        if (Math.abs(e[ll]) <= Math.abs(tol) * Math.abs(d[ll])) { e[ll] = 0; continue main; }
        let mu = Math.abs(d[m]);
        smin = mu;
        for (let lll = m - 1; lll >= ll; lll--) {
          if (Math.abs(e[lll]) <= tol * mu) { e[lll] = 0; continue main; }
          mu = Math.abs(d[lll]) * (mu / (mu + Math.abs(e[lll])));
          smin = Math.min(smin, mu);
        }
      }
      oldll = ll;
      oldm = m;
      let shift: number;
      if (n * tol * (smin / smax) <= Math.max(eps, 0.01 * tol)) {
        shift = 0;
      } else {
        let sll: number;
        if (idir === 1) {
          sll = Math.abs(d[ll]);
          shift = dlas2(d[m - 1], e[m - 1], d[m]).ssmin;
        } else {
          sll = Math.abs(d[m]);
          shift = dlas2(d[ll], e[ll], d[ll + 1]).ssmin;
        }
        if (sll > 0 && (shift / sll) ** 2 < eps) shift = 0;
      }
      iter = iter + m - ll;
      if (shift === 0) {
        if (idir === 1) {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0;
          for (let i = ll; i <= m - 1; i++) {
            const g1 = dlartg(d[i] * cs, e[i]);
            cs = g1.c; sn = g1.s;
            if (i > ll) e[i - 1] = oldsn * g1.r;
            const g2 = dlartg(oldcs * g1.r, d[i + 1] * sn);
            oldcs = g2.c; oldsn = g2.s; d[i] = g2.r;
            work[i - ll + 1] = cs;
            work[i - ll + 1 + nm1] = sn;
            work[i - ll + 1 + nm12] = oldcs;
            work[i - ll + 1 + nm13] = oldsn;
          }
          const h = d[m] * cs;
          d[m] = h * oldcs;
          e[m - 1] = h * oldsn;
          dlasr('L', 'F', m - ll + 1, ncvt, work, 1, work, n, vt, vtRow(ll), ldvt);
          dlasr('R', 'F', nru, m - ll + 1, work, nm12 + 1, work, nm13 + 1, u, uCol(ll), ldu);
          if (Math.abs(e[m - 1]) <= thresh) e[m - 1] = 0;
        } else {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0;
          for (let i = m; i >= ll + 1; i--) {
            const g1 = dlartg(d[i] * cs, e[i - 1]);
            cs = g1.c; sn = g1.s;
            if (i < m) e[i] = oldsn * g1.r;
            const g2 = dlartg(oldcs * g1.r, d[i - 1] * sn);
            oldcs = g2.c; oldsn = g2.s; d[i] = g2.r;
            work[i - ll] = cs;
            work[i - ll + nm1] = -sn;
            work[i - ll + nm12] = oldcs;
            work[i - ll + nm13] = -oldsn;
          }
          const h = d[ll] * cs;
          d[ll] = h * oldcs;
          e[ll] = h * oldsn;
          dlasr('L', 'B', m - ll + 1, ncvt, work, nm12 + 1, work, nm13 + 1, vt, vtRow(ll), ldvt);
          dlasr('R', 'B', nru, m - ll + 1, work, 1, work, n, u, uCol(ll), ldu);
          if (Math.abs(e[ll]) <= thresh) e[ll] = 0;
        }
      } else if (idir === 1) {
        let f = (Math.abs(d[ll]) - shift) * (sign(1, d[ll]) + shift / d[ll]);
        let g = e[ll];
        for (let i = ll; i <= m - 1; i++) {
          const rr = dlartg(f, g);
          const cosr = rr.c, sinr = rr.s;
          if (i > ll) e[i - 1] = rr.r;
          f = cosr * d[i] + sinr * e[i];
          e[i] = cosr * e[i] - sinr * d[i];
          g = sinr * d[i + 1];
          d[i + 1] = cosr * d[i + 1];
          const rl = dlartg(f, g);
          const cosl = rl.c, sinl = rl.s;
          d[i] = rl.r;
          f = cosl * e[i] + sinl * d[i + 1];
          d[i + 1] = cosl * d[i + 1] - sinl * e[i];
          if (i < m - 1) {
            g = sinl * e[i + 1];
            e[i + 1] = cosl * e[i + 1];
          }
          work[i - ll + 1] = cosr;
          work[i - ll + 1 + nm1] = sinr;
          work[i - ll + 1 + nm12] = cosl;
          work[i - ll + 1 + nm13] = sinl;
        }
        e[m - 1] = f;
        dlasr('L', 'F', m - ll + 1, ncvt, work, 1, work, n, vt, vtRow(ll), ldvt);
        dlasr('R', 'F', nru, m - ll + 1, work, nm12 + 1, work, nm13 + 1, u, uCol(ll), ldu);
        if (Math.abs(e[m - 1]) <= thresh) e[m - 1] = 0;
      } else {
        let f = (Math.abs(d[m]) - shift) * (sign(1, d[m]) + shift / d[m]);
        let g = e[m - 1];
        for (let i = m; i >= ll + 1; i--) {
          const rr = dlartg(f, g);
          const cosr = rr.c, sinr = rr.s;
          if (i < m) e[i] = rr.r;
          f = cosr * d[i] + sinr * e[i - 1];
          e[i - 1] = cosr * e[i - 1] - sinr * d[i];
          g = sinr * d[i - 1];
          d[i - 1] = cosr * d[i - 1];
          const rl = dlartg(f, g);
          const cosl = rl.c, sinl = rl.s;
          d[i] = rl.r;
          f = cosl * e[i - 1] + sinl * d[i - 1];
          d[i - 1] = cosl * d[i - 1] - sinl * e[i - 1];
          if (i > ll + 1) {
            g = sinl * e[i - 2];
            e[i - 2] = cosl * e[i - 2];
          }
          work[i - ll] = cosr;
          work[i - ll + nm1] = -sinr;
          work[i - ll + nm12] = cosl;
          work[i - ll + nm13] = -sinl;
        }
        e[ll] = f;
        if (Math.abs(e[ll]) <= thresh) e[ll] = 0;
        dlasr('L', 'B', m - ll + 1, ncvt, work, nm12 + 1, work, nm13 + 1, vt, vtRow(ll), ldvt);
        dlasr('R', 'B', nru, m - ll + 1, work, 1, work, n, u, uCol(ll), ldu);
      }
    }
  }
  // label 160: make the singular values positive, then sort them into decreasing order.
  for (let i = 1; i <= n; i++) {
    if (d[i] === 0) d[i] = 0;
    if (d[i] < 0) {
      d[i] = -d[i];
      for (let j = 0; j < ncvt; j++) vt[vtOff + i - 1 + j * ldvt] = -vt[vtOff + i - 1 + j * ldvt];
    }
  }
  for (let i = 1; i <= n - 1; i++) {
    let isub = 1;
    let smin = d[1];
    for (let j = 2; j <= n + 1 - i; j++) {
      if (d[j] <= smin) { isub = j; smin = d[j]; }
    }
    if (isub !== n + 1 - i) {
      d[isub] = d[n + 1 - i];
      d[n + 1 - i] = smin;
      dswap(ncvt, vt, vtOff + isub - 1, ldvt, vt, vtOff + n - i, ldvt);
      dswap(nru, u, uOff + (isub - 1) * ldu, 1, u, uOff + (n - i) * ldu, 1);
    }
  }
  return 0;
}
