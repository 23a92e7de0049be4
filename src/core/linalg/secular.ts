/**
 * Roots of the secular equation 1/rho + sum_j z(j)^2 / (d(j) - lambda) = 0 that Cuppen's divide
 * and conquer solves after a rank-one tear (LAPACK's dlaed4, with dlaed5 for two poles and
 * dlaed6's three-pole rational step), in the reference LAPACK's order of operations.
 *
 * Arrays are passed with an offset: element k (1-based, as in LAPACK) of (x, xo) is x[xo + k - 1].
 */
import { EPS, SAFMIN } from './consts';

const MAXIT = 30;

/** x**2 as gfortran evaluates it, one rounded product. */
const sq = (x: number): number => x * x;

/**
 * dlaed5: the i-th eigenvalue of diag(d1, d2) + rho z z' (d1 < d2, rho > 0). Writes the
 * normalized eigenvector components into delta; returns the eigenvalue.
 */
export function dlaed5(i: number, d: Float64Array, dO: number, z: Float64Array, zO: number, delta: Float64Array, deO: number, rho: number): number {
  const d1 = d[dO], d2 = d[dO + 1], z1 = z[zO], z2 = z[zO + 1];
  const del = d2 - d1;
  let dlam: number, tau: number;
  let v1: number, v2: number;
  if (i === 1) {
    const w = 1 + (2 * rho * (z2 * z2 - z1 * z1)) / del;
    if (w > 0) {
      const b = del + rho * (z1 * z1 + z2 * z2);
      const c = rho * z1 * z1 * del;
      tau = (2 * c) / (b + Math.sqrt(Math.abs(b * b - 4 * c)));
      dlam = d1 + tau;
      v1 = -z1 / tau;
      v2 = z2 / (del - tau);
    } else {
      const b = -del + rho * (z1 * z1 + z2 * z2);
      const c = rho * z2 * z2 * del;
      tau = b > 0 ? (-2 * c) / (b + Math.sqrt(b * b + 4 * c)) : (b - Math.sqrt(b * b + 4 * c)) / 2;
      dlam = d2 + tau;
      v1 = -z1 / (del + tau);
      v2 = -z2 / tau;
    }
  } else {
    const b = -del + rho * (z1 * z1 + z2 * z2);
    const c = rho * z2 * z2 * del;
    tau = b > 0 ? (b + Math.sqrt(b * b + 4 * c)) / 2 : (2 * c) / (-b + Math.sqrt(b * b + 4 * c));
    dlam = d2 + tau;
    v1 = -z1 / (del + tau);
    v2 = -z2 / tau;
  }
  const temp = Math.sqrt(v1 * v1 + v2 * v2);
  delta[deO] = v1 / temp;
  delta[deO + 1] = v2 / temp;
  return dlam;
}

// dlaed6's scaling thresholds: 2^INT(log2(safmin) / 3) and its square.
const SMALL1 = 2 ** Math.trunc(Math.log(SAFMIN) / Math.log(2) / 3);
const SMINV1 = 1 / SMALL1;
const SMALL2 = SMALL1 * SMALL1;
const SMINV2 = SMINV1 * SMINV1;

/**
 * dlaed6: the root tau of f(x) = rho + sum_{k=1..3} z(k) / (d(k) - x) nearest the origin on the side
 * orgati says (between d(2) and d(3) if true, d(1) and d(2) otherwise), with f(0) = finit.
 */
export function dlaed6(kniter: number, orgati: boolean, rho: number, d: ArrayLike<number>, dO: number, z: ArrayLike<number>, finit: number): { tau: number; info: number } {
  const D = (k: number): number => d[dO + k - 1];
  const Z = (k: number): number => z[k - 1];
  let lbd: number, ubd: number;
  if (orgati) { lbd = D(2); ubd = D(3); } else { lbd = D(1); ubd = D(2); }
  if (finit < 0) lbd = 0; else ubd = 0;
  let tau = 0;
  let a: number, b: number, c: number, temp: number;
  if (kniter === 2) {
    if (orgati) {
      temp = (D(3) - D(2)) / 2;
      c = rho + Z(1) / ((D(1) - D(2)) - temp);
      a = c * (D(2) + D(3)) + Z(2) + Z(3);
      b = c * D(2) * D(3) + Z(2) * D(3) + Z(3) * D(2);
    } else {
      temp = (D(1) - D(2)) / 2;
      c = rho + Z(3) / ((D(3) - D(2)) - temp);
      a = c * (D(1) + D(2)) + Z(1) + Z(2);
      b = c * D(1) * D(2) + Z(1) * D(2) + Z(2) * D(1);
    }
    temp = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
    a /= temp; b /= temp; c /= temp;
    if (c === 0) tau = b / a;
    else if (a <= 0) tau = (a - Math.sqrt(Math.abs(a * a - 4 * b * c))) / (2 * c);
    else tau = (2 * b) / (a + Math.sqrt(Math.abs(a * a - 4 * b * c)));
    if (tau < lbd || tau > ubd) tau = (lbd + ubd) / 2;
    if (D(1) === tau || D(2) === tau || D(3) === tau) {
      tau = 0;
    } else {
      temp = finit + (tau * Z(1)) / (D(1) * (D(1) - tau)) + (tau * Z(2)) / (D(2) * (D(2) - tau)) + (tau * Z(3)) / (D(3) * (D(3) - tau));
      if (temp <= 0) lbd = tau; else ubd = tau;
      if (Math.abs(finit) <= Math.abs(temp)) tau = 0;
    }
  }
  // Scale when tau is extremely close to a pole, so that 1/(d - tau)^3 cannot overflow.
  temp = orgati ? Math.min(Math.abs(D(2) - tau), Math.abs(D(3) - tau)) : Math.min(Math.abs(D(1) - tau), Math.abs(D(2) - tau));
  const dscale = [0, 0, 0], zscale = [0, 0, 0];
  let scale = false, sclinv = 1;
  if (temp <= SMALL1) {
    scale = true;
    let sclfac: number;
    if (temp <= SMALL2) { sclfac = SMINV2; sclinv = SMALL2; } else { sclfac = SMINV1; sclinv = SMALL1; }
    for (let k = 0; k < 3; k++) { dscale[k] = D(k + 1) * sclfac; zscale[k] = Z(k + 1) * sclfac; }
    tau *= sclfac; lbd *= sclfac; ubd *= sclfac;
  } else {
    for (let k = 0; k < 3; k++) { dscale[k] = D(k + 1); zscale[k] = Z(k + 1); }
  }
  let fc = 0, df = 0, ddf = 0;
  for (let k = 0; k < 3; k++) {
    const t = 1 / (dscale[k] - tau);
    const t1 = zscale[k] * t, t2 = t1 * t, t3 = t2 * t;
    fc += t1 / dscale[k];
    df += t2;
    ddf += t3;
  }
  let f = finit + tau * fc;
  let info = 0;
  done: if (!(Math.abs(f) <= 0)) {
    if (f <= 0) lbd = tau; else ubd = tau;
    for (let niter = 2; niter <= 40; niter++) {
      const t1 = orgati ? dscale[1] - tau : dscale[0] - tau;
      const t2 = orgati ? dscale[2] - tau : dscale[1] - tau;
      a = (t1 + t2) * f - t1 * t2 * df;
      b = t1 * t2 * f;
      c = f - (t1 + t2) * df + t1 * t2 * ddf;
      temp = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
      a /= temp; b /= temp; c /= temp;
      let eta: number;
      if (c === 0) eta = b / a;
      else if (a <= 0) eta = (a - Math.sqrt(Math.abs(a * a - 4 * b * c))) / (2 * c);
      else eta = (2 * b) / (a + Math.sqrt(Math.abs(a * a - 4 * b * c)));
      if (f * eta >= 0) eta = -f / df;
      tau += eta;
      if (tau < lbd || tau > ubd) tau = (lbd + ubd) / 2;
      fc = 0;
      let erretm = 0;
      df = 0;
      ddf = 0;
      for (let k = 0; k < 3; k++) {
        if (dscale[k] - tau === 0) break done;
        const t = 1 / (dscale[k] - tau);
        const u1 = zscale[k] * t, u2 = u1 * t, u3 = u2 * t;
        const u4 = u1 / dscale[k];
        fc += u4;
        erretm += Math.abs(u4);
        df += u2;
        ddf += u3;
      }
      f = finit + tau * fc;
      erretm = 8 * (Math.abs(finit) + Math.abs(tau) * erretm) + Math.abs(tau) * df;
      if (Math.abs(f) <= 4 * EPS * erretm || ubd - lbd <= 4 * EPS * Math.abs(tau)) break done;
      if (f <= 0) lbd = tau; else ubd = tau;
    }
    info = 1;
  }
  if (scale) tau *= sclinv;
  return { tau, info };
}

/**
 * dlaed4: the i-th (1-based) eigenvalue of diag(d) + rho z z' for increasing d (n poles, rho > 0,
 * |z| = 1). Writes delta(j) = d(j) - lambda_i; returns the eigenvalue and INFO.
 */
export function dlaed4(n: number, i: number, d: Float64Array, dO: number, z: Float64Array, zO: number, delta: Float64Array, deO: number, rho: number): { dlam: number; info: number } {
  const D = (k: number): number => d[dO + k - 1];
  const Z = (k: number): number => z[zO + k - 1];
  const DE = (k: number): number => delta[deO + k - 1];
  const setDE = (k: number, v: number): void => { delta[deO + k - 1] = v; };
  if (n === 1) {
    setDE(1, 1);
    return { dlam: D(1) + rho * Z(1) * Z(1), info: 0 };
  }
  if (n === 2) return { dlam: dlaed5(i, d, dO, z, zO, delta, deO, rho), info: 0 };
  const eps = EPS;
  const rhoinv = 1 / rho;
  // Initialised only so the helper closures below may assign them; each is set before it is read.
  let a = 0, b = 0, c = 0, w = 0, temp = 0, tau = 0;
  let dltlb: number, dltub: number, eta = 0;
  let psi = 0, dpsi = 0, phi = 0, dphi = 0, erretm = 0;
  if (i === n) {
    // The last eigenvalue lies beyond d(n).
    const ii = n - 1;
    let niter = 1;
    const midpt = rho / 2;
    for (let j = 1; j <= n; j++) setDE(j, (D(j) - D(i)) - midpt);
    psi = 0;
    for (let j = 1; j <= n - 2; j++) psi += (Z(j) * Z(j)) / DE(j);
    c = rhoinv + psi;
    w = c + (Z(ii) * Z(ii)) / DE(ii) + (Z(n) * Z(n)) / DE(n);
    if (w <= 0) {
      temp = (Z(n - 1) * Z(n - 1)) / (D(n) - D(n - 1) + rho) + (Z(n) * Z(n)) / rho;
      if (c <= temp) {
        tau = rho;
      } else {
        const del = D(n) - D(n - 1);
        a = -c * del + Z(n - 1) * Z(n - 1) + Z(n) * Z(n);
        b = Z(n) * Z(n) * del;
        tau = a < 0 ? (2 * b) / (Math.sqrt(a * a + 4 * b * c) - a) : (a + Math.sqrt(a * a + 4 * b * c)) / (2 * c);
      }
      dltlb = midpt;
      dltub = rho;
    } else {
      const del = D(n) - D(n - 1);
      a = -c * del + Z(n - 1) * Z(n - 1) + Z(n) * Z(n);
      b = Z(n) * Z(n) * del;
      tau = a < 0 ? (2 * b) / (Math.sqrt(a * a + 4 * b * c) - a) : (a + Math.sqrt(a * a + 4 * b * c)) / (2 * c);
      dltlb = 0;
      dltub = midpt;
    }
    for (let j = 1; j <= n; j++) setDE(j, (D(j) - D(i)) - tau);
    const evaluate = (): void => {
      dpsi = 0; psi = 0; erretm = 0;
      for (let j = 1; j <= ii; j++) {
        const t = Z(j) / DE(j);
        psi += Z(j) * t;
        dpsi += t * t;
        erretm += psi;
      }
      erretm = Math.abs(erretm);
      const t = Z(n) / DE(n);
      phi = Z(n) * t;
      dphi = t * t;
      erretm = 8 * (-phi - psi) + erretm - phi + rhoinv + Math.abs(tau) * (dpsi + dphi);
      w = rhoinv + phi + psi;
    };
    /** c, a, b of the two-pole model through d(n-1) and d(n); the same in the first and later steps. */
    const coefficients = (): void => {
      c = w - DE(n - 1) * dpsi - DE(n) * dphi;
      a = (DE(n - 1) + DE(n)) * w - DE(n - 1) * DE(n) * (dpsi + dphi);
      b = DE(n - 1) * DE(n) * w;
    };
    /** Keeps the step eta inside [dltlb, dltub] (bisecting otherwise), moves tau and delta by it and re-evaluates. */
    const advance = (): void => {
      if (w * eta > 0) eta = -w / (dpsi + dphi);
      temp = tau + eta;
      if (temp > dltub || temp < dltlb) eta = w < 0 ? (dltub - tau) / 2 : (dltlb - tau) / 2;
      for (let j = 1; j <= n; j++) setDE(j, DE(j) - eta);
      tau += eta;
      evaluate();
    };
    evaluate();
    if (Math.abs(w) <= eps * erretm) return { dlam: D(i) + tau, info: 0 };
    if (w <= 0) dltlb = Math.max(dltlb, tau); else dltub = Math.min(dltub, tau);
    niter++;
    coefficients();
    if (c < 0) c = Math.abs(c);
    if (c === 0) eta = -w / (dpsi + dphi);
    else if (a >= 0) eta = (a + Math.sqrt(Math.abs(a * a - 4 * b * c))) / (2 * c);
    else eta = (2 * b) / (a - Math.sqrt(Math.abs(a * a - 4 * b * c)));
    advance();
    for (let it = niter + 1; it <= MAXIT; it++) {
      if (Math.abs(w) <= eps * erretm) return { dlam: D(i) + tau, info: 0 };
      if (w <= 0) dltlb = Math.max(dltlb, tau); else dltub = Math.min(dltub, tau);
      coefficients();
      if (a >= 0) eta = (a + Math.sqrt(Math.abs(a * a - 4 * b * c))) / (2 * c);
      else eta = (2 * b) / (a - Math.sqrt(Math.abs(a * a - 4 * b * c)));
      advance();
    }
    return { dlam: D(i) + tau, info: 1 };
  }

  // 1 <= i < n: the root lies in (d(i), d(i+1)).
  let niter = 1;
  const ip1 = i + 1;
  const del = D(ip1) - D(i);
  const midpt = del / 2;
  for (let j = 1; j <= n; j++) setDE(j, (D(j) - D(i)) - midpt);
  psi = 0;
  for (let j = 1; j <= i - 1; j++) psi += (Z(j) * Z(j)) / DE(j);
  phi = 0;
  for (let j = n; j >= i + 2; j--) phi += (Z(j) * Z(j)) / DE(j);
  c = rhoinv + psi + phi;
  w = c + (Z(i) * Z(i)) / DE(i) + (Z(ip1) * Z(ip1)) / DE(ip1);
  let orgati: boolean;
  if (w > 0) {
    // The root is nearer d(i): tau is measured from d(i).
    orgati = true;
    a = c * del + Z(i) * Z(i) + Z(ip1) * Z(ip1);
    b = Z(i) * Z(i) * del;
    tau = a > 0 ? (2 * b) / (a + Math.sqrt(Math.abs(a * a - 4 * b * c))) : (a - Math.sqrt(Math.abs(a * a - 4 * b * c))) / (2 * c);
    dltlb = 0;
    dltub = midpt;
  } else {
    orgati = false;
    a = c * del - Z(i) * Z(i) - Z(ip1) * Z(ip1);
    b = Z(ip1) * Z(ip1) * del;
    tau = a < 0 ? (2 * b) / (a - Math.sqrt(Math.abs(a * a + 4 * b * c))) : -(a + Math.sqrt(Math.abs(a * a + 4 * b * c))) / (2 * c);
    dltlb = -midpt;
    dltub = 0;
  }
  if (orgati) for (let j = 1; j <= n; j++) setDE(j, (D(j) - D(i)) - tau);
  else for (let j = 1; j <= n; j++) setDE(j, (D(j) - D(ip1)) - tau);
  const ii = orgati ? i : i + 1;
  const iim1 = ii - 1, iip1 = ii + 1;
  const sums = (): void => {
    dpsi = 0; psi = 0; erretm = 0;
    for (let j = 1; j <= iim1; j++) {
      const t = Z(j) / DE(j);
      psi += Z(j) * t;
      dpsi += t * t;
      erretm += psi;
    }
    erretm = Math.abs(erretm);
    dphi = 0; phi = 0;
    for (let j = n; j >= iip1; j--) {
      const t = Z(j) / DE(j);
      phi += Z(j) * t;
      dphi += t * t;
      erretm += phi;
    }
  };
  const result = (info: number): { dlam: number; info: number } => ({ dlam: (orgati ? D(i) : D(ip1)) + tau, info });
  let dw = 0;
  /**
   * sums(), then w, its derivative dw and the error bound with the d(ii) term added; returns w
   * without that term (the first step picks the interpolation by its sign). Used for the initial
   * guess and after every step.
   */
  const evaluate = (): number => {
    sums();
    temp = Z(ii) / DE(ii);
    dw = dpsi + dphi + temp * temp;
    temp = Z(ii) * temp;
    const wOthers = rhoinv + phi + psi;
    w = wOthers + temp;
    erretm = 8 * (phi - psi) + erretm + 2 * rhoinv + 3 * Math.abs(temp) + Math.abs(tau) * dw;
    return wOthers;
  };
  const wOthers = evaluate();
  let swtch3 = false;
  if (orgati) { if (wOthers < 0) swtch3 = true; } else if (wOthers > 0) swtch3 = true;
  if (ii === 1 || ii === n) swtch3 = false;
  if (Math.abs(w) <= eps * erretm) return result(0);
  if (w <= 0) dltlb = Math.max(dltlb, tau); else dltub = Math.min(dltub, tau);
  niter++;
  const zz = [0, 0, 0];
  /** The two-pole step for eta; swtch selects the variant the later iterations may switch to. */
  const twoPole = (swtch: boolean): void => {
    if (!swtch) {
      if (orgati) c = w - DE(ip1) * dw - (D(i) - D(ip1)) * sq(Z(i) / DE(i));
      else c = w - DE(i) * dw - (D(ip1) - D(i)) * sq(Z(ip1) / DE(ip1));
    } else {
      temp = Z(ii) / DE(ii);
      if (orgati) dpsi = dpsi + temp * temp; else dphi = dphi + temp * temp;
      c = w - DE(i) * dpsi - DE(ip1) * dphi;
    }
    a = (DE(i) + DE(ip1)) * w - DE(i) * DE(ip1) * dw;
    b = DE(i) * DE(ip1) * w;
    if (c === 0) {
      if (a === 0) {
        if (!swtch) {
          if (orgati) a = Z(i) * Z(i) + DE(ip1) * DE(ip1) * (dpsi + dphi);
          else a = Z(ip1) * Z(ip1) + DE(i) * DE(i) * (dpsi + dphi);
        } else {
          a = DE(i) * DE(i) * dpsi + DE(ip1) * DE(ip1) * dphi;
        }
      }
      eta = b / a;
    } else if (a <= 0) {
      eta = (a - Math.sqrt(Math.abs(a * a - 4 * b * c))) / (2 * c);
    } else {
      eta = (2 * b) / (a + Math.sqrt(Math.abs(a * a - 4 * b * c)));
    }
  };
  /**
   * The three-pole step for eta (dlaed6 on d(ii-1), d(ii), d(ii+1)); returns dlaed6's info, which
   * ends the solve when nonzero. The first step takes the non-swtch variant; zz[1] is set by the caller.
   */
  const threePole = (swtch: boolean, iter: number): number => {
    temp = rhoinv + psi + phi;
    if (swtch) {
      c = temp - DE(iim1) * dpsi - DE(iip1) * dphi;
      zz[0] = DE(iim1) * DE(iim1) * dpsi;
      zz[2] = DE(iip1) * DE(iip1) * dphi;
    } else if (orgati) {
      let temp1 = Z(iim1) / DE(iim1);
      temp1 *= temp1;
      c = temp - DE(iip1) * (dpsi + dphi) - (D(iim1) - D(iip1)) * temp1;
      zz[0] = Z(iim1) * Z(iim1);
      zz[2] = DE(iip1) * DE(iip1) * ((dpsi - temp1) + dphi);
    } else {
      let temp1 = Z(iip1) / DE(iip1);
      temp1 *= temp1;
      c = temp - DE(iim1) * (dpsi + dphi) - (D(iip1) - D(iim1)) * temp1;
      zz[0] = DE(iim1) * DE(iim1) * (dpsi + (dphi - temp1));
      zz[2] = Z(iip1) * Z(iip1);
    }
    const r = dlaed6(iter, orgati, c, delta, deO + iim1 - 1, zz, w);
    eta = r.tau;
    return r.info;
  };
  /**
   * Shared tail of every step: guard eta's sign, clamp tau + eta to [dltlb, dltub], move delta and
   * tau by eta, then re-evaluate w, dw and the error bound. Returns the previous w.
   */
  const step = (): number => {
    if (w * eta >= 0) eta = -w / dw;
    temp = tau + eta;
    if (temp > dltub || temp < dltlb) eta = w < 0 ? (dltub - tau) / 2 : (dltlb - tau) / 2;
    for (let j = 1; j <= n; j++) setDE(j, DE(j) - eta);
    tau += eta;
    const prew = w;
    evaluate();
    return prew;
  };

  // First step.
  if (!swtch3) {
    twoPole(false);
  } else {
    zz[1] = Z(ii) * Z(ii);
    const info = threePole(false, niter);
    if (info !== 0) return result(info);
  }
  let prew = step();
  let swtch = false;
  if (orgati) { if (-w > Math.abs(prew) / 10) swtch = true; } else if (w > Math.abs(prew) / 10) swtch = true;
  for (let it = niter + 1; it <= MAXIT; it++) {
    if (Math.abs(w) <= eps * erretm) return result(0);
    if (w <= 0) dltlb = Math.max(dltlb, tau); else dltub = Math.min(dltub, tau);
    if (!swtch3) {
      twoPole(swtch);
    } else {
      const info = threePole(swtch, it);
      if (info !== 0) return result(info);
    }
    prew = step();
    if (w * prew > 0 && Math.abs(w) > Math.abs(prew) / 10) swtch = !swtch;
  }
  return result(1);
}
