/**
 * RandomState's continuous distributions, frozen as NumPy 1.16 had them
 * (src/legacy/legacy-distributions.c): normals from the polar method with its cached spare,
 * exponentials as -log(1 - U).
 */
import { BitSource } from '../bitgen/bitgenerator';
import { standardGammaFrom } from '../distributions/continuous';
import { poisson } from '../distributions/poisson';
import { exp, log, log1p, pow } from '../math';
import { GaussCache, legacyGauss as gauss, legacyStandardExponential as stdExp } from './gauss';

/** The state a legacy draw needs: the MT19937 and the spare normal. */
export interface Legacy {
  readonly bg: BitSource;
  readonly cache: GaussCache;
}

export function standardGamma(L: Legacy, shape: number): number {
  return standardGammaFrom(shape, () => L.bg.nextDouble(), () => stdExp(L.bg), () => gauss(L.bg, L.cache));
}

export const pareto = (L: Legacy, a: number): number => exp(stdExp(L.bg) / a) - 1;

export const weibull = (L: Legacy, a: number): number => (a === 0.0 ? 0.0 : pow(stdExp(L.bg), 1 / a));

export const power = (L: Legacy, a: number): number => pow(1 - exp(-stdExp(L.bg)), 1 / a);

export const chisquare = (L: Legacy, df: number): number => 2.0 * standardGamma(L, df / 2.0);

export const rayleigh = (L: Legacy, mode: number): number => mode * Math.sqrt(-2.0 * log1p(-L.bg.nextDouble()));

export function noncentralChisquare(L: Legacy, df: number, nonc: number): number {
  if (nonc === 0) return chisquare(L, df);
  if (1 < df) {
    const chi2 = chisquare(L, df - 1);
    const n = gauss(L.bg, L.cache) + Math.sqrt(nonc);
    return chi2 + n * n;
  }
  const i = poisson(L.bg, nonc / 2.0);
  const out = chisquare(L, df + 2 * i);
  return Number.isNaN(nonc) ? NaN : out; // NaN guard placed after the draws, as NumPy does
}

export function noncentralF(L: Legacy, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(L, dfnum, nonc) * dfden;
  return t / (chisquare(L, dfden) * dfnum);
}

export function wald(L: Legacy, mean: number, scale: number): number {
  const mu2l = mean / (2 * scale);
  let Y = gauss(L.bg, L.cache);
  Y = mean * Y * Y;
  const X = mean + mu2l * (Y - Math.sqrt(4 * scale * Y + Y * Y));
  const U = L.bg.nextDouble();
  return U <= mean / (mean + X) ? X : mean * mean / X;
}

export const lognormal = (L: Legacy, mean: number, sigma: number): number => exp(mean + sigma * gauss(L.bg, L.cache));

export function standardT(L: Legacy, df: number): number {
  const num = gauss(L.bg, L.cache);
  const denom = standardGamma(L, df / 2);
  return Math.sqrt(df / 2) * num / Math.sqrt(denom);
}

export function standardCauchy(L: Legacy): number {
  const num = gauss(L.bg, L.cache);
  return num / gauss(L.bg, L.cache);
}

export function beta(L: Legacy, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    // Johnk's algorithm.
    for (;;) {
      const U = L.bg.nextDouble();
      const V = L.bg.nextDouble();
      const X = pow(U, 1.0 / a);
      const Y = pow(V, 1.0 / b);
      if (X + Y <= 1.0) {
        if (X + Y > 0) return X / (X + Y);
        let logX = log(U) / a;
        let logY = log(V) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const Ga = standardGamma(L, a);
  const Gb = standardGamma(L, b);
  return Ga / (Ga + Gb);
}

export function f(L: Legacy, dfnum: number, dfden: number): number {
  return (chisquare(L, dfnum) * dfden) / (chisquare(L, dfden) * dfnum);
}
