/**
 * random_binomial (distributions.c): inversion when min(p, q) * n <= 30, else BTPE, for Generator;
 * RandomState keeps NumPy's frozen original (legacy-distributions.c): no shortcut for n == 0 or
 * p == 0, exp(n * log(q)) in the inversion, and the 1988 paper's squeeze (13680, all terms added).
 */
import { BitSource } from '../bitgen/bitgenerator';
import { exp, log, log1p } from '../math';

export type BinomialFlavor = 'generator' | 'legacy';

/** q^n of the last (n, p, flavor): arrays of draws share it, as NumPy's binomial_t caches it. */
const last = { n: NaN, p: NaN, flavor: '', qn: 0 };

function qToTheN(n: number, p: number, flavor: BinomialFlavor): number {
  if (n !== last.n || p !== last.p || flavor !== last.flavor) {
    last.qn = flavor === 'generator' ? exp(n * log1p(-p)) : exp(n * log(1.0 - p));
    last.n = n;
    last.p = p;
    last.flavor = flavor;
  }
  return last.qn;
}

/** The inversion method's constants for n draws of probability p <= 1/2. */
export function inversionSetup(n: number, p: number, flavor: BinomialFlavor): { q: number; qn: number; bound: number } {
  const q = 1.0 - p;
  const qn = qToTheN(n, p, flavor);
  const np = n * p;
  return { q, qn, bound: Math.trunc(Math.min(n, np + 10.0 * Math.sqrt(np * q + 1))) };
}

/**
 * Which method binomial() takes: 'zero' (Generator's shortcut), or inversion on `p` (the smaller
 * of p and 1 - p; `flip` when the draw is n minus that), or 'btpe'.
 */
export function binomialMethod(n: number, p: number, flavor: BinomialFlavor): { method: 'zero' | 'inversion' | 'btpe'; p: number; flip: boolean } {
  if (flavor === 'generator' && (n === 0 || p === 0.0)) return { method: 'zero', p, flip: false };
  if (p <= 0.5) return { method: p * n <= 30.0 ? 'inversion' : 'btpe', p, flip: false };
  const q = 1.0 - p;
  return { method: q * n <= 30.0 ? 'inversion' : 'btpe', p: q, flip: true };
}

function inversion(bg: BitSource, n: number, p: number, flavor: BinomialFlavor): number {
  const { q, qn, bound } = inversionSetup(n, p, flavor);
  let x = 0;
  let px = qn;
  let u = bg.nextDouble();
  while (u > px) {
    x++;
    if (x > bound) {
      x = 0;
      px = qn;
      u = bg.nextDouble();
    } else {
      u -= px;
      px = ((n - x + 1) * p * px) / (x * q);
    }
  }
  return x;
}

/** Stirling-series terms of the BTPE squeeze. */
const stirling = (v: number, v2: number, c: number): number => (c - (462 - (132 - (99 - 140 / v2) / v2) / v2) / v2) / v / 166320;

function btpe(bg: BitSource, n: number, p: number, flavor: BinomialFlavor): number {
  // NumPy fixed the 1988 paper's constant and signs for Generator only.
  const c0 = flavor === 'generator' ? 13860 : 13680;
  const sign = flavor === 'generator' ? -1 : 1;
  const r = Math.min(p, 1.0 - p);
  const q = 1.0 - r;
  const fm = n * r + r;
  const m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1.0 + a / 2.0);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1.0 + a / 2.0);
  const p2 = p1 * (1.0 + 2.0 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;
  for (;;) {
    const nrq = n * r * q;
    const u = bg.nextDouble() * p4;
    let v = bg.nextDouble();
    let y: number;
    if (u <= p1) {
      y = Math.floor(xm - p1 * v + u);
      return p > 0.5 ? n - y : y;
    }
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      y = Math.floor(xl + log(v) / laml);
      if (y < 0 || v === 0.0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = Math.floor(xr - log(v) / lamr);
      if (y > n || v === 0.0) continue;
      v = v * (u - p3) * lamr;
    }
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2.0 - 1)) {
      const s = r / q;
      const aa = s * (n + 1);
      let F = 1.0;
      if (m < y) for (let i = m + 1; i <= y; i++) F *= aa / i - s;
      else if (m > y) for (let i = y + 1; i <= m; i++) F /= aa / i - s;
      if (v > F) continue;
      return p > 0.5 ? n - y : y;
    }
    const rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = log(v);
    if (A < t - rho) return p > 0.5 ? n - y : y;
    if (A > t + rho) continue;
    const x1 = y + 1, f1 = m + 1, z = n + 1 - m, w = n - y + 1;
    if (A > xm * log(f1 / x1) + (n - m + 0.5) * log(z / w) + (y - m) * log((w * r) / (x1 * q))
      + stirling(f1, f1 * f1, c0) + stirling(z, z * z, c0) + sign * stirling(x1, x1 * x1, c0) + sign * stirling(w, w * w, c0)) continue;
    return p > 0.5 ? n - y : y;
  }
}

export function binomial(bg: BitSource, n: number, p: number, flavor: BinomialFlavor): number {
  if (flavor === 'generator' && (n === 0 || p === 0.0)) return 0;
  if (p <= 0.5) return p * n <= 30.0 ? inversion(bg, n, p, flavor) : btpe(bg, n, p, flavor);
  const q = 1.0 - p;
  return q * n <= 30.0 ? n - inversion(bg, n, q, flavor) : n - btpe(bg, n, q, flavor);
}
