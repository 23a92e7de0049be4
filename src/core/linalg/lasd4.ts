/**
 * The secular equation of the divide-and-conquer SVD, 1 + rho * sum z(j)^2 / ((d(j) - s)(d(j) + s)) = 0,
 * solved for its i-th root as LAPACK 3.11 does (dlasd4, with dlasd5 for two poles and dlaed6's
 * three-pole step). Followed operation by operation, in the written order of every sum and product
 * (gfortran without FMA evaluates them left to right), because the iteration count and the last bits
 * of every singular value and vector depend on it.
 *
 * Arrays: d, z, delta, work are read as 1-based vectors through offsets (X(j) = x[off + j - 1]).
 */
import { EPS } from './consts';
import { dlaed6 } from './secular';

const MAXIT = 400;

/** dlasd5: the i-th (1 or 2) root for two poles d(1) < d(2); delta(j) = d(j) - sigma, work(j) = d(j) + sigma. */
export function dlasd5(i: number, d: Float64Array, dOff: number, z: Float64Array, zOff: number, delta: Float64Array, deltaOff: number, rho: number, work: Float64Array, workOff: number): number {
  const d1 = d[dOff], d2 = d[dOff + 1], z1 = z[zOff], z2 = z[zOff + 1];
  const del = d2 - d1;
  const delsq = del * (d2 + d1);
  let tau: number, dsigma: number;
  if (i === 1) {
    const w = 1 + 4 * rho * ((z2 * z2) / (d1 + 3 * d2) - (z1 * z1) / (3 * d1 + d2)) / del;
    if (w > 0) {
      const b = delsq + rho * (z1 * z1 + z2 * z2);
      const c = rho * z1 * z1 * delsq;
      tau = (2 * c) / (b + Math.sqrt(Math.abs(b * b - 4 * c)));
      tau = tau / (d1 + Math.sqrt(d1 * d1 + tau));
      dsigma = d1 + tau;
      delta[deltaOff] = -tau;
      delta[deltaOff + 1] = del - tau;
      work[workOff] = 2 * d1 + tau;
      work[workOff + 1] = (d1 + tau) + d2;
    } else {
      const b = -delsq + rho * (z1 * z1 + z2 * z2);
      const c = rho * z2 * z2 * delsq;
      if (b > 0) tau = -(2 * c) / (b + Math.sqrt(b * b + 4 * c));
      else tau = (b - Math.sqrt(b * b + 4 * c)) / 2;
      tau = tau / (d2 + Math.sqrt(Math.abs(d2 * d2 + tau)));
      dsigma = d2 + tau;
      delta[deltaOff] = -(del + tau);
      delta[deltaOff + 1] = -tau;
      work[workOff] = d1 + tau + d2;
      work[workOff + 1] = 2 * d2 + tau;
    }
  } else {
    const b = -delsq + rho * (z1 * z1 + z2 * z2);
    const c = rho * z2 * z2 * delsq;
    if (b > 0) tau = (b + Math.sqrt(b * b + 4 * c)) / 2;
    else tau = (2 * c) / (-b + Math.sqrt(b * b + 4 * c));
    tau = tau / (d2 + Math.sqrt(d2 * d2 + tau));
    dsigma = d2 + tau;
    delta[deltaOff] = -(del + tau);
    delta[deltaOff + 1] = -tau;
    work[workOff] = d1 + tau + d2;
    work[workOff + 1] = 2 * d2 + tau;
  }
  return dsigma;
}

/**
 * dlasd4: the i-th root sigma of the secular equation for 0 <= d(1) < ... < d(n) and unit z, with
 * delta(j) = d(j) - sigma and work(j) = d(j) + sigma. Returns sigma and info (1: no convergence).
 */
export function dlasd4(n: number, i: number, d: Float64Array, dOff: number, z: Float64Array, zOff: number, delta: Float64Array, deltaOff: number, rho: number, work: Float64Array, workOff: number): { sigma: number; info: number } {
  const D = (j: number): number => d[dOff + j - 1];
  const Z = (j: number): number => z[zOff + j - 1];
  const DL = (j: number): number => deltaOff + j - 1;
  const W = (j: number): number => workOff + j - 1;
  if (n === 1) {
    const sigma = Math.sqrt(D(1) * D(1) + rho * Z(1) * Z(1));
    delta[DL(1)] = 1;
    work[W(1)] = 1;
    return { sigma, info: 0 };
  }
  if (n === 2) return { sigma: dlasd5(i, d, dOff, z, zOff, delta, deltaOff, rho, work, workOff), info: 0 };
  const eps = EPS;
  const rhoinv = 1 / rho;
  let tau2 = 0;
  let sigma = 0;
  let tau: number, eta: number, a: number, b: number, c: number, w: number, temp: number, temp1: number;
  // Set before any read; initialised so the helper closures below can assign them.
  let psi = 0, dpsi = 0, phi = 0, dphi = 0, erretm = 0;
  if (i === n) {
    // The largest root, beyond d(n).
    const ii = n - 1;
    let niter = 1;
    temp = rho / 2;
    temp1 = temp / (D(n) + Math.sqrt(D(n) * D(n) + temp));
    for (let j = 1; j <= n; j++) {
      work[W(j)] = D(j) + D(n) + temp1;
      delta[DL(j)] = (D(j) - D(n)) - temp1;
    }
    psi = 0;
    for (let j = 1; j <= n - 2; j++) psi = psi + Z(j) * Z(j) / (delta[DL(j)] * work[W(j)]);
    c = rhoinv + psi;
    w = c + Z(ii) * Z(ii) / (delta[DL(ii)] * work[W(ii)]) + Z(n) * Z(n) / (delta[DL(n)] * work[W(n)]);
    // tau from the quadratic of the two largest poles (taken unless w <= 0 and c <= the bound below).
    const quadraticTau = (): number => {
      const delsq = (D(n) - D(n - 1)) * (D(n) + D(n - 1));
      a = -c * delsq + Z(n - 1) * Z(n - 1) + Z(n) * Z(n);
      b = Z(n) * Z(n) * delsq;
      if (a < 0) tau2 = (2 * b) / (Math.sqrt(a * a + 4 * b * c) - a);
      else tau2 = (a + Math.sqrt(a * a + 4 * b * c)) / (2 * c);
      return tau2 / (D(n) + Math.sqrt(D(n) * D(n) + tau2));
    };
    if (w <= 0) {
      temp1 = Math.sqrt(D(n) * D(n) + rho);
      temp = Z(n - 1) * Z(n - 1) / ((D(n - 1) + temp1) * (D(n) - D(n - 1) + rho / (D(n) + temp1))) + Z(n) * Z(n) / rho;
      tau = c <= temp ? rho : quadraticTau();
    } else {
      tau = quadraticTau();
    }
    sigma = D(n) + tau;
    for (let j = 1; j <= n; j++) {
      delta[DL(j)] = (D(j) - D(n)) - tau;
      work[W(j)] = D(j) + D(n) + tau;
    }
    /**
     * psi, phi, their derivatives, w and the error bound at the current sigma: after the first
     * guess and after every step. (Products of two factors are written in one order throughout;
     * IEEE multiplication is commutative, so LAPACK's mixed orders give the same bits.)
     */
    const evaluate = (): void => {
      dpsi = 0; psi = 0; erretm = 0;
      for (let j = 1; j <= ii; j++) {
        temp = Z(j) / (work[W(j)] * delta[DL(j)]);
        psi = psi + Z(j) * temp;
        dpsi = dpsi + temp * temp;
        erretm = erretm + psi;
      }
      erretm = Math.abs(erretm);
      tau2 = work[W(n)] * delta[DL(n)];
      temp = Z(n) / tau2;
      phi = Z(n) * temp;
      dphi = temp * temp;
      erretm = 8 * (-phi - psi) + erretm - phi + rhoinv;
      w = rhoinv + phi + psi;
    };
    /** Turns the step eta (in sigma^2) into a step in sigma and moves sigma, delta and work by it. */
    const shift = (): void => {
      eta = eta / (sigma + Math.sqrt(eta + sigma * sigma));
      tau = tau + eta;
      sigma = sigma + eta;
      for (let j = 1; j <= n; j++) {
        delta[DL(j)] = delta[DL(j)] - eta;
        work[W(j)] = work[W(j)] + eta;
      }
    };
    let dtnsq1 = 0, dtnsq = 0;
    /** The coefficients c, a, b of the step's quadratic from the two largest poles. */
    const coefficients = (): void => {
      dtnsq1 = work[W(n - 1)] * delta[DL(n - 1)];
      dtnsq = work[W(n)] * delta[DL(n)];
      c = w - dtnsq1 * dpsi - dtnsq * dphi;
      a = (dtnsq + dtnsq1) * w - dtnsq1 * dtnsq * (dpsi + dphi);
      b = dtnsq1 * dtnsq * w;
    };
    /** The quadratic's root for eta, in the cancellation-free form for the sign of a. */
    const quadraticEta = (): number => (a >= 0
      ? (a + Math.sqrt(Math.abs(a * a - 4 * b * c))) / (2 * c)
      : (2 * b) / (a - Math.sqrt(Math.abs(a * a - 4 * b * c))));
    evaluate();
    if (Math.abs(w) <= eps * erretm) return { sigma, info: 0 };
    niter = niter + 1;
    coefficients();
    if (c < 0) c = Math.abs(c);
    eta = c === 0 ? rho - sigma * sigma : quadraticEta();
    if (w * eta > 0) eta = -w / (dpsi + dphi);
    temp = eta - dtnsq;
    if (temp > rho) eta = rho + dtnsq;
    shift();
    evaluate();
    const iter = niter + 1;
    for (niter = iter; niter <= MAXIT; niter++) {
      if (Math.abs(w) <= eps * erretm) return { sigma, info: 0 };
      coefficients();
      eta = quadraticEta();
      if (w * eta > 0) eta = -w / (dpsi + dphi);
      temp = eta - dtnsq;
      if (temp <= 0) eta = eta / 2;
      shift();
      evaluate();
    }
    return { sigma, info: 1 };
  }

  // A root between d(i) and d(i+1).
  let niter = 1;
  const ip1 = i + 1;
  const delsq = (D(ip1) - D(i)) * (D(ip1) + D(i));
  const delsq2 = delsq / 2;
  const sq2 = Math.sqrt((D(i) * D(i) + D(ip1) * D(ip1)) / 2);
  temp = delsq2 / (D(i) + sq2);
  for (let j = 1; j <= n; j++) {
    work[W(j)] = D(j) + D(i) + temp;
    delta[DL(j)] = (D(j) - D(i)) - temp;
  }
  psi = 0;
  for (let j = 1; j <= i - 1; j++) psi = psi + Z(j) * Z(j) / (work[W(j)] * delta[DL(j)]);
  phi = 0;
  for (let j = n; j >= i + 2; j--) phi = phi + Z(j) * Z(j) / (work[W(j)] * delta[DL(j)]);
  c = rhoinv + psi + phi;
  w = c + Z(i) * Z(i) / (work[W(i)] * delta[DL(i)]) + Z(ip1) * Z(ip1) / (work[W(ip1)] * delta[DL(ip1)]);
  let geomavg = false;
  let orgati: boolean, ii: number, sglb: number, sgub: number;
  if (w > 0) {
    // The root is closer to d(i): sigma = d(i) + tau.
    orgati = true;
    ii = i;
    sglb = 0;
    sgub = delsq2 / (D(i) + sq2);
    a = c * delsq + Z(i) * Z(i) + Z(ip1) * Z(ip1);
    b = Z(i) * Z(i) * delsq;
    if (a > 0) tau2 = (2 * b) / (a + Math.sqrt(Math.abs(a * a - 4 * b * c)));
    else tau2 = (a - Math.sqrt(Math.abs(a * a - 4 * b * c))) / (2 * c);
    tau = tau2 / (D(i) + Math.sqrt(D(i) * D(i) + tau2));
    temp = Math.sqrt(eps);
    if (D(i) <= temp * D(ip1) && Math.abs(Z(i)) <= temp && D(i) > 0) {
      tau = Math.min(10 * D(i), sgub);
      geomavg = true;
    }
  } else {
    // Closer to d(i+1): sigma = d(i+1) + tau, tau < 0.
    orgati = false;
    ii = ip1;
    sglb = -delsq2 / (D(ii) + sq2);
    sgub = 0;
    a = c * delsq - Z(i) * Z(i) - Z(ip1) * Z(ip1);
    b = Z(ip1) * Z(ip1) * delsq;
    if (a < 0) tau2 = (2 * b) / (a - Math.sqrt(Math.abs(a * a + 4 * b * c)));
    else tau2 = -(a + Math.sqrt(Math.abs(a * a + 4 * b * c))) / (2 * c);
    tau = tau2 / (D(ip1) + Math.sqrt(Math.abs(D(ip1) * D(ip1) + tau2)));
  }
  sigma = D(ii) + tau;
  for (let j = 1; j <= n; j++) {
    work[W(j)] = D(j) + D(ii) + tau;
    delta[DL(j)] = (D(j) - D(ii)) - tau;
  }
  const iim1 = ii - 1, iip1 = ii + 1;
  /** psi and phi (the poles left and right of d(ii)), their derivatives and the error sum, from delta and work. */
  const sums = (): void => {
    dpsi = 0; psi = 0; erretm = 0;
    for (let j = 1; j <= iim1; j++) {
      temp = Z(j) / (work[W(j)] * delta[DL(j)]);
      psi = psi + Z(j) * temp;
      dpsi = dpsi + temp * temp;
      erretm = erretm + psi;
    }
    erretm = Math.abs(erretm);
    dphi = 0; phi = 0;
    for (let j = n; j >= iip1; j--) {
      temp = Z(j) / (work[W(j)] * delta[DL(j)]);
      phi = phi + Z(j) * temp;
      dphi = dphi + temp * temp;
      erretm = erretm + phi;
    }
  };
  let dw = 0;
  /**
   * sums(), then w, its derivative dw and the error bound with the d(ii) term added; returns w
   * without that term (the first step picks the interpolation by its sign). Used for the initial
   * guess and after every step.
   */
  const evaluate = (): number => {
    sums();
    tau2 = work[W(ii)] * delta[DL(ii)];
    temp = Z(ii) / tau2;
    dw = dpsi + dphi + temp * temp;
    temp = Z(ii) * temp;
    const wOthers = rhoinv + phi + psi;
    w = wOthers + temp;
    erretm = 8 * (phi - psi) + erretm + 2 * rhoinv + 3 * Math.abs(temp);
    return wOthers;
  };
  const wOthers = evaluate();
  let swtch3 = false;
  if (orgati) { if (wOthers < 0) swtch3 = true; } else if (wOthers > 0) swtch3 = true;
  if (ii === 1 || ii === n) swtch3 = false;
  if (Math.abs(w) <= eps * erretm) return { sigma, info: 0 };
  if (w <= 0) sglb = Math.max(sglb, tau); else sgub = Math.min(sgub, tau);
  niter = niter + 1;

  const dd = [0, 0, 0], zz = [0, 0, 0];
  let dtipsq: number, dtisq: number, dtiim: number, dtiip: number;
  /** The two-pole step (swtch3 off, or dlaed6 failed); swtch selects the variant of the later iterations. */
  const twoPole = (swtch: boolean): number => {
    dtipsq = work[W(ip1)] * delta[DL(ip1)];
    dtisq = work[W(i)] * delta[DL(i)];
    if (!swtch) {
      if (orgati) { const r = Z(i) / dtisq; c = w - dtipsq * dw + delsq * (r * r); }
      else { const r = Z(ip1) / dtipsq; c = w - dtisq * dw - delsq * (r * r); }
    } else {
      temp = Z(ii) / (work[W(ii)] * delta[DL(ii)]);
      if (orgati) dpsi = dpsi + temp * temp; else dphi = dphi + temp * temp;
      c = w - dtisq * dpsi - dtipsq * dphi;
    }
    a = (dtipsq + dtisq) * w - dtipsq * dtisq * dw;
    b = dtipsq * dtisq * w;
    if (c === 0) {
      if (a === 0) {
        if (!swtch) {
          if (orgati) a = Z(i) * Z(i) + dtipsq * dtipsq * (dpsi + dphi);
          else a = Z(ip1) * Z(ip1) + dtisq * dtisq * (dpsi + dphi);
        } else {
          a = dtisq * dtisq * dpsi + dtipsq * dtipsq * dphi;
        }
      }
      return b / a;
    }
    if (a <= 0) return (a - Math.sqrt(Math.abs(a * a - 4 * b * c))) / (2 * c);
    return (2 * b) / (a + Math.sqrt(Math.abs(a * a - 4 * b * c)));
  };
  /** Keeps tau + eta inside [sglb, sgub] (bisection, or the geometric mean near a tiny d(i)). */
  const clampEta = (): void => {
    temp = tau + eta;
    if (temp > sgub || temp < sglb) {
      if (w < 0) eta = (sgub - tau) / 2; else eta = (sglb - tau) / 2;
      if (geomavg) {
        if (w < 0) { if (tau > 0) eta = Math.sqrt(sgub * tau) - tau; }
        else if (sglb > 0) eta = Math.sqrt(sglb * tau) - tau;
      }
    }
  };
  /** Moves sigma, work and delta by eta and re-evaluates. */
  const update = (): void => {
    tau = tau + eta;
    sigma = sigma + eta;
    for (let j = 1; j <= n; j++) {
      work[W(j)] = work[W(j)] + eta;
      delta[DL(j)] = delta[DL(j)] - eta;
    }
    evaluate();
  };

  /**
   * The three-pole step (dlaed6 on d(ii-1), d(ii), d(ii+1)), falling back to twoPole for good when
   * dlaed6 fails. The first step always takes the non-swtch variant; zz[1] is set by the caller.
   */
  const threePole = (swtch: boolean): void => {
    dtiim = work[W(iim1)] * delta[DL(iim1)];
    dtiip = work[W(iip1)] * delta[DL(iip1)];
    temp = rhoinv + psi + phi;
    if (swtch) {
      c = temp - dtiim * dpsi - dtiip * dphi;
      zz[0] = dtiim * dtiim * dpsi;
      zz[2] = dtiip * dtiip * dphi;
    } else if (orgati) {
      temp1 = Z(iim1) / dtiim;
      temp1 = temp1 * temp1;
      c = (temp - dtiip * (dpsi + dphi)) - (D(iim1) - D(iip1)) * (D(iim1) + D(iip1)) * temp1;
      zz[0] = Z(iim1) * Z(iim1);
      if (dpsi < temp1) zz[2] = dtiip * dtiip * dphi;
      else zz[2] = dtiip * dtiip * ((dpsi - temp1) + dphi);
    } else {
      temp1 = Z(iip1) / dtiip;
      temp1 = temp1 * temp1;
      c = (temp - dtiim * (dpsi + dphi)) - (D(iip1) - D(iim1)) * (D(iim1) + D(iip1)) * temp1;
      if (dphi < temp1) zz[0] = dtiim * dtiim * dpsi;
      else zz[0] = dtiim * dtiim * (dpsi + (dphi - temp1));
      zz[2] = Z(iip1) * Z(iip1);
    }
    dd[0] = dtiim;
    dd[1] = delta[DL(ii)] * work[W(ii)];
    dd[2] = dtiip;
    const r = dlaed6(niter, orgati, c, dd, 0, zz, w);
    eta = r.tau;
    if (r.info !== 0) {
      swtch3 = false;
      eta = twoPole(swtch);
    }
  };
  /** Shared tail of every step: guard eta's sign, turn it into a step in sigma, clamp, update; returns the previous w. */
  const step = (): number => {
    if (w * eta >= 0) eta = -w / dw;
    eta = eta / (sigma + Math.sqrt(sigma * sigma + eta));
    clampEta();
    const prew = w;
    update();
    return prew;
  };

  // First step.
  if (!swtch3) {
    eta = twoPole(false);
  } else {
    zz[1] = Z(ii) * Z(ii);
    threePole(false);
  }
  let prew = step();
  let swtch = false;
  if (orgati) { if (-w > Math.abs(prew) / 10) swtch = true; }
  else if (w > Math.abs(prew) / 10) swtch = true;

  const iter = niter + 1;
  for (niter = iter; niter <= MAXIT; niter++) {
    if (Math.abs(w) <= eps * erretm) return { sigma, info: 0 };
    if (w <= 0) sglb = Math.max(sglb, tau); else sgub = Math.min(sgub, tau);
    if (!swtch3) eta = twoPole(swtch);
    else threePole(swtch);
    prew = step();
    if (w * prew > 0 && Math.abs(w) > Math.abs(prew) / 10) swtch = !swtch;
  }
  return { sigma, info: 1 };
}

