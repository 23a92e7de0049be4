/**
 * Plane rotations and 2-by-2 kernels as LAPACK computes them: dlartg (the 3.10+ algorithm of
 * la_xlartg.f90), dlasr, drot, dlapy2, dlas2 (singular values of a 2x2 triangle), dlasv2 (its SVD
 * with LAPACK's sign choices) and dlaev2 (eigensystem of a symmetric 2x2).
 */
import { EPS, OVERFLOW, SAFMAX, SAFMIN, sign } from './consts';

const RTMIN = Math.sqrt(SAFMIN);
const RTMAX = Math.sqrt(SAFMAX / 2);

/** The rotation [c s; -s c] taking (f, g) to (r, 0). */
export interface Rotation { c: number; s: number; r: number }

export function dlartg(f: number, g: number): Rotation {
  const f1 = Math.abs(f), g1 = Math.abs(g);
  if (g === 0) return { c: 1, s: 0, r: f };
  if (f === 0) return { c: 0, s: sign(1, g), r: g1 };
  if (f1 > RTMIN && f1 < RTMAX && g1 > RTMIN && g1 < RTMAX) {
    const d = Math.sqrt(f * f + g * g);
    const r = sign(d, f);
    return { c: f1 / d, s: g / r, r };
  }
  const u = Math.min(SAFMAX, Math.max(SAFMIN, f1, g1));
  const fs = f / u, gs = g / u;
  const d = Math.sqrt(fs * fs + gs * gs);
  const r = sign(d, f);
  return { c: Math.abs(fs) / d, s: gs / r, r: r * u };
}

/** dlapy2: sqrt(x^2 + y^2) without needless overflow; a NaN argument is returned. */
export function dlapy2(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  const xa = Math.abs(x), ya = Math.abs(y);
  const w = Math.max(xa, ya), z = Math.min(xa, ya);
  if (z === 0 || w > OVERFLOW) return w;
  return w * Math.sqrt(1 + (z / w) ** 2);
}

/**
 * dlasr with PIVOT = 'V': the rotations (c[k], s[k]) for k = 1..count-1, read from c[cOff + k - 1]
 * and s[sOff + k - 1] (1-based work arrays), applied to the rows ('L') or columns ('R') of the
 * m-by-n block whose (1,1) element is a[base] (leading dimension ld), forwards ('F') or backwards ('B').
 */
export function dlasr(side: 'L' | 'R', direct: 'F' | 'B', m: number, n: number, c: Float64Array, cOff: number, s: Float64Array, sOff: number, a: Float64Array, base: number, ld: number): void {
  if (m <= 0 || n <= 0) return;
  const count = side === 'L' ? m : n;
  const apply = (j: number): void => {
    const ct = c[cOff + j - 1], st = s[sOff + j - 1];
    if (ct === 1 && st === 0) return;
    if (side === 'L') {
      for (let i = 1; i <= n; i++) {
        const p = base + (j - 1) + (i - 1) * ld;
        const temp = a[p + 1];
        a[p + 1] = ct * temp - st * a[p];
        a[p] = st * temp + ct * a[p];
      }
    } else {
      for (let i = 1; i <= m; i++) {
        const p = base + (i - 1) + (j - 1) * ld;
        const temp = a[p + ld];
        a[p + ld] = ct * temp - st * a[p];
        a[p] = st * temp + ct * a[p];
      }
    }
  };
  if (direct === 'F') for (let j = 1; j <= count - 1; j++) apply(j);
  else for (let j = count - 1; j >= 1; j--) apply(j);
}

/** drot: (x, y) <- (c x + s y, c y - s x) over n pairs at strides incx / incy. */
export function drot(n: number, a: Float64Array, xOff: number, incx: number, yOff: number, incy: number, c: number, s: number): void {
  for (let k = 0; k < n; k++) {
    const px = xOff + k * incx, py = yOff + k * incy;
    const x = a[px], y = a[py];
    a[px] = c * x + s * y;
    a[py] = c * y - s * x;
  }
}

/** dlas2: the singular values (min, max) of [f g; 0 h]. */
export function dlas2(f: number, g: number, h: number): { ssmin: number; ssmax: number } {
  const fa = Math.abs(f), ga = Math.abs(g), ha = Math.abs(h);
  const fhmn = Math.min(fa, ha), fhmx = Math.max(fa, ha);
  if (fhmn === 0) {
    const ssmax = fhmx === 0 ? ga : Math.max(fhmx, ga) * Math.sqrt(1 + (Math.min(fhmx, ga) / Math.max(fhmx, ga)) ** 2);
    return { ssmin: 0, ssmax };
  }
  if (ga < fhmx) {
    const as = 1 + fhmn / fhmx;
    const at = (fhmx - fhmn) / fhmx;
    const au = (ga / fhmx) ** 2;
    const c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
    return { ssmin: fhmn * c, ssmax: fhmx / c };
  }
  const au = fhmx / ga;
  if (au === 0) return { ssmin: (fhmn * fhmx) / ga, ssmax: ga };
  const as = 1 + fhmn / fhmx;
  const at = (fhmx - fhmn) / fhmx;
  const c = 1 / (Math.sqrt(1 + (as * au) ** 2) + Math.sqrt(1 + (at * au) ** 2));
  const ssmin = fhmn * c * au;
  return { ssmin: ssmin + ssmin, ssmax: ga / (c + c) };
}

/** dlasv2: the SVD of [f g; 0 h] with LAPACK's signs: singular values (signed) and both rotations. */
export function dlasv2(f: number, g: number, h: number): { ssmin: number; ssmax: number; snr: number; csr: number; snl: number; csl: number } {
  let ft = f, fa = Math.abs(ft), ht = h, ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) {
    pmax = 3;
    [ft, ht] = [ht, ft];
    [fa, ha] = [ha, fa];
  }
  const gt = g, ga = Math.abs(gt);
  let ssmin: number, ssmax: number, clt: number, crt: number, slt: number, srt: number;
  if (ga === 0) {
    ssmin = ha; ssmax = fa; clt = 1; crt = 1; slt = 0; srt = 0;
  } else {
    let gasmal = true;
    ssmin = 0; ssmax = 0; clt = 0; crt = 0; slt = 0; srt = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < EPS) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1;
        slt = ht / gt;
        srt = 1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const d = fa - ha;
      let l = d === fa ? 1 : d / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m, tt = t * t;
      const s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm === 0) {
        t = l === 0 ? sign(2, ft) * sign(1, gt) : gt / sign(d, ft) + m / t;
      } else {
        t = (m / (s + t) + m / (r + l)) * (1 + a);
      }
      l = Math.sqrt(t * t + 4);
      crt = 2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = ((ht / ft) * srt) / a;
    }
  }
  let csl: number, snl: number, csr: number, snr: number;
  if (swap) { csl = srt; snl = crt; csr = slt; snr = clt; } else { csl = clt; snl = slt; csr = crt; snr = srt; }
  let tsign: number;
  if (pmax === 1) tsign = sign(1, csr) * sign(1, csl) * sign(1, f);
  else if (pmax === 2) tsign = sign(1, snr) * sign(1, csl) * sign(1, g);
  else tsign = sign(1, snr) * sign(1, snl) * sign(1, h);
  ssmax = sign(ssmax, tsign);
  ssmin = sign(ssmin, tsign * sign(1, f) * sign(1, h));
  return { ssmin, ssmax, snr, csr, snl, csl };
}

/** dlaev2: eigenvalues rt1 (larger in magnitude), rt2 of [a b; b c] and the unit eigenvector (cs1, sn1) of rt1. */
export function dlaev2(a: number, b: number, c: number): { rt1: number; rt2: number; cs1: number; sn1: number } {
  const sm = a + c, df = a - c, adf = Math.abs(df), tb = b + b, ab = Math.abs(tb);
  let acmx: number, acmn: number;
  if (Math.abs(a) > Math.abs(c)) { acmx = a; acmn = c; } else { acmx = c; acmn = a; }
  let rt: number;
  if (adf > ab) rt = adf * Math.sqrt(1 + (ab / adf) ** 2);
  else if (adf < ab) rt = ab * Math.sqrt(1 + (adf / ab) ** 2);
  else rt = ab * Math.sqrt(2);
  let rt1: number, rt2: number, sgn1: number;
  if (sm < 0) { rt1 = 0.5 * (sm - rt); sgn1 = -1; rt2 = (acmx / rt1) * acmn - (b / rt1) * b; }
  else if (sm > 0) { rt1 = 0.5 * (sm + rt); sgn1 = 1; rt2 = (acmx / rt1) * acmn - (b / rt1) * b; }
  else { rt1 = 0.5 * rt; rt2 = -0.5 * rt; sgn1 = 1; }
  let cs: number, sgn2: number;
  if (df >= 0) { cs = df + rt; sgn2 = 1; } else { cs = df - rt; sgn2 = -1; }
  const acs = Math.abs(cs);
  let cs1: number, sn1: number;
  if (acs > ab) {
    const ct = -tb / cs;
    sn1 = 1 / Math.sqrt(1 + ct * ct);
    cs1 = ct * sn1;
  } else if (ab === 0) {
    cs1 = 1; sn1 = 0;
  } else {
    const tn = -cs / tb;
    cs1 = 1 / Math.sqrt(1 + tn * tn);
    sn1 = tn * cs1;
  }
  if (sgn1 === sgn2) { const tn = cs1; cs1 = -sn1; sn1 = tn; }
  return { rt1, rt2, cs1, sn1 };
}
