/**
 * Generator's continuous distributions, in the order and arithmetic of NumPy's
 * src/distributions/distributions.c (normals and exponentials from the ziggurat). RandomState
 * shares laplace, gumbel, logistic and triangular with it; its other streams are in legacy/.
 */
import { BitSource } from '../bitgen/bitgenerator';
import { standardExponential, standardNormal } from '../generator/ziggurat';
import { acos, cos, exp, expm1, log, log1p, pow } from '../math';
import { poisson } from './poisson';

/**
 * The standard gamma algorithms both APIs use (NumPy keeps two copies that differ only in where
 * the uniforms, exponentials and normals come from): rejection from an exponential for shape < 1,
 * Marsaglia and Tsang's method above.
 */
export function standardGammaFrom(shape: number, uniform: () => number, exponential: () => number, normal: () => number): number {
  if (shape === 1.0) return exponential();
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const U = uniform();
      const V = exponential();
      if (U <= 1.0 - shape) {
        const X = pow(U, 1 / shape);
        if (X <= V) return X;
      } else {
        const Y = -log((1 - U) / shape);
        const X = pow(1.0 - shape + shape * Y, 1 / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let X: number;
    let V: number;
    do {
      X = normal();
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = uniform();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (log(U) < 0.5 * X * X + b * (1 - V + log(V))) return b * V;
  }
}

export function standardGamma(src: BitSource, shape: number): number {
  return standardGammaFrom(shape, () => src.nextDouble(), () => standardExponential(src), () => standardNormal(src));
}

const BETA_TINY_THRESHOLD = 3e-103;

export function beta(src: BitSource, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    if (a < BETA_TINY_THRESHOLD && b < BETA_TINY_THRESHOLD) {
      // X or Y is almost surely 0 or 1 here: the proportion a / (a + b) decides.
      const U = src.nextDouble();
      return (a + b) * U < a ? 1 : 0;
    }
    // Johnk's algorithm.
    for (;;) {
      const U = src.nextDouble();
      const V = src.nextDouble();
      const X = pow(U, 1.0 / a);
      const Y = pow(V, 1.0 / b);
      const XpY = X + Y;
      if (XpY <= 1.0 && U + V > 0.0) {
        if (X > 0 && Y > 0) return X / XpY;
        // X or Y underflowed: work with logarithms.
        const logX = log(U) / a;
        const logY = log(V) / b;
        const delta = logX - logY;
        return delta > 0 ? exp(-log1p(exp(-delta))) : exp(delta - log1p(exp(delta)));
      }
    }
  }
  const Ga = standardGamma(src, a);
  const Gb = standardGamma(src, b);
  return Ga / (Ga + Gb);
}

export const chisquare = (src: BitSource, df: number): number => 2.0 * standardGamma(src, df / 2.0);

export function f(src: BitSource, dfnum: number, dfden: number): number {
  const num = chisquare(src, dfnum) * dfden;
  const den = chisquare(src, dfden) * dfnum;
  return num / den;
}

export function standardCauchy(src: BitSource): number {
  const num = standardNormal(src);
  return num / standardNormal(src);
}

export const pareto = (src: BitSource, a: number): number => expm1(standardExponential(src) / a);

export const weibull = (src: BitSource, a: number): number => (a === 0.0 ? 0.0 : pow(standardExponential(src), 1 / a));

export const power = (src: BitSource, a: number): number => pow(-expm1(-standardExponential(src)), 1 / a);

export function laplace(src: BitSource, loc: number, scale: number): number {
  for (;;) {
    const U = src.nextDouble();
    if (U >= 0.5) return loc - scale * log(2.0 - U - U);
    if (U > 0.0) return loc + scale * log(U + U);
    // U == 0 is rejected.
  }
}

export function gumbel(src: BitSource, loc: number, scale: number): number {
  for (;;) {
    const U = 1.0 - src.nextDouble();
    if (U < 1.0) return loc - scale * log(-log(U));
  }
}

export function logistic(src: BitSource, loc: number, scale: number): number {
  for (;;) {
    const U = src.nextDouble();
    if (U > 0.0) return loc + scale * log(U / (1.0 - U));
  }
}

export const lognormal = (src: BitSource, mean: number, sigma: number): number => exp(mean + sigma * standardNormal(src));

export const rayleigh = (src: BitSource, mode: number): number => mode * Math.sqrt(2.0 * standardExponential(src));

export function standardT(src: BitSource, df: number): number {
  const num = standardNormal(src);
  const denom = standardGamma(src, df / 2);
  return Math.sqrt(df / 2) * num / Math.sqrt(denom);
}

export function noncentralChisquare(src: BitSource, df: number, nonc: number): number {
  if (Number.isNaN(nonc)) return NaN;
  if (nonc === 0) return chisquare(src, df);
  if (1 < df) {
    const chi2 = chisquare(src, df - 1);
    const n = standardNormal(src) + Math.sqrt(nonc);
    return chi2 + n * n;
  }
  const i = poisson(src, nonc / 2.0);
  return chisquare(src, df + 2 * i);
}

export function noncentralF(src: BitSource, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(src, dfnum, nonc) * dfden;
  return t / (chisquare(src, dfden) * dfnum);
}

export function wald(src: BitSource, mean: number, scale: number): number {
  let Y = standardNormal(src);
  Y = mean * Y * Y;
  const d = 1 + Math.sqrt(1 + 4 * scale / Y);
  const X = mean * (1 - 2 / d);
  const U = src.nextDouble();
  return U <= mean / (mean + X) ? X : mean * mean / X;
}

export function triangular(src: BitSource, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const U = src.nextDouble();
  return U <= ratio ? left + Math.sqrt(U * leftprod) : right - Math.sqrt((1.0 - U) * rightprod);
}

/**
 * von Mises by Best and Fisher's rejection; `legacy` keeps RandomState's version, which has no
 * wrapped-normal fallback for kappa > 1e6.
 */
export function vonmises(src: BitSource, mu: number, kappa: number, legacy = false): number {
  if (Number.isNaN(kappa)) return NaN;
  if (kappa < 1e-8) return Math.PI * (2 * src.nextDouble() - 1);
  let s: number;
  if (kappa < 1e-5) {
    s = 1 / kappa + kappa; // second-order Taylor expansion around 0
  } else if (kappa <= 1e6 || legacy) {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
    const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  } else {
    let result = mu + Math.sqrt(1 / kappa) * standardNormal(src);
    if (result < -Math.PI) result += 2 * Math.PI;
    if (result > Math.PI) result -= 2 * Math.PI;
    return result;
  }
  let W: number;
  for (;;) {
    const U = src.nextDouble();
    const Z = cos(Math.PI * U);
    W = (1 + s * Z) / (s + Z);
    const Y = kappa * (s - W);
    const V = src.nextDouble();
    if (Y * (2 - Y) - V >= 0 || log(Y / V) + 1 - Y >= 0) break;
  }
  const U = src.nextDouble();
  let result = acos(W);
  if (U < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = Math.abs(result);
  mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
  return neg ? -mod : mod;
}
