/** random_poisson (distributions.c): multiplication of uniforms below lam 10, PTRS above. Shared by both APIs. */
import { BitSource } from '../bitgen/bitgenerator';
import { exp, log } from '../math';

const LOGGAM_A = [8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4,
  8.417508417508418e-4, -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2, 1.796443723688307e-1, -1.3924322169059];

/** random_loggam: log-gamma by Stirling's series after shifting x up to 7. */
export function loggam(x: number): number {
  if (x === 1.0 || x === 2.0) return 0.0;
  const n = x < 7.0 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1.0 / x0) * (1.0 / x0);
  let gl0 = LOGGAM_A[9];
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += LOGGAM_A[k];
  }
  let gl = gl0 / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * log(x0) - x0;
  if (x < 7.0) {
    for (let k = 1; k <= n; k++) {
      gl -= log(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return gl;
}

/** exp(-lam), log(lam) of the last lam: arrays of draws share them (same values, computed once). */
const memo = { lam: NaN, enlam: 0, loglam: 0 };

function remember(lam: number): typeof memo {
  if (lam !== memo.lam) {
    memo.lam = lam;
    memo.enlam = exp(-lam);
    memo.loglam = log(lam);
  }
  return memo;
}

/** exp(-lam), the bound of the multiplication method (0 < lam < 10). */
export function poissonEnlam(lam: number): number {
  return remember(lam).enlam;
}

function mult(bg: BitSource, lam: number): number {
  const enlam = remember(lam).enlam;
  let x = 0;
  let prod = 1.0;
  for (;;) {
    prod *= bg.nextDouble();
    if (prod > enlam) x += 1;
    else return x;
  }
}

function ptrs(bg: BitSource, lam: number): number {
  const slam = Math.sqrt(lam);
  const loglam = remember(lam).loglam;
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  const logInvalpha = log(invalpha);
  for (;;) {
    const U = bg.nextDouble() - 0.5;
    const V = bg.nextDouble();
    const us = 0.5 - Math.abs(U);
    const k = Math.floor(((2 * a) / us + b) * U + lam + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (log(V) + logInvalpha - log(a / (us * us) + b) <= -lam + k * loglam - loggam(k + 1)) return k;
  }
}

export function poisson(bg: BitSource, lam: number): number {
  if (lam >= 10) return ptrs(bg, lam);
  if (lam === 0) return 0;
  return mult(bg, lam);
}
