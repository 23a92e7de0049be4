/**
 * acos as glibc 2.36 computes it on x86-64 with FMA (sysdeps/ieee754/dbl-64/e_asin.c, the IBM
 * Accurate Mathematical Library): a Taylor series near 0, per-interval polynomials from a table
 * between 0.125 and 0.96875, and asin(sqrt(z)) with a Newton-corrected square root near 1.
 * Each fma is one GCC fused in glibc's FMA build.
 */
import { halfGap, highWord, lowWord } from './bits';
import { ASNCS as T, F1, F2, F3, F4, F5, F6, HP0, HP1, INROOT, RT0, RT1, RT2, RT3, T27 } from './data/asincos';
import { fmaKernel as fma } from './fma';

/** One table interval: centre T[n], slope T[n+1], `terms` coefficients, then the constant and acos of the centre. */
function tablePart(x: number, positive: boolean, n: number, terms: number): number {
  const xx = positive ? x - T[n] : -x - T[n];
  // Horner from the highest coefficient down to T[n+2].
  let q = T[n + 1 + terms];
  for (let j = n + terms; j >= n + 2; j--) q = fma(xx, q, T[j]);
  const p = fma(xx * xx, q, T[n + 2 + terms]);
  let t = fma(T[n + 1], xx, p);
  const y = positive ? HP0 - T[n + 3 + terms] : HP0 + T[n + 3 + terms];
  t = positive ? HP1 - t : HP1 + t;
  return y + t;
}

/*
 * Fast paths for |x| < 0.96875: the multiply-adds unfused, and the result kept only when its final
 * rounding is settled with room for the bounded fused/unfused difference of the small correction
 * (a few roundings of it, < 2^-49 of its size); NaN otherwise, and the exact path runs.
 */
function settled(head: number, tail: number, dev: number): number {
  const y = head + tail;
  const err = (head - y) + tail; // exact: |head| > |tail|
  return Math.abs(err) < halfGap(y, err) - dev ? y : NaN;
}

function tablePartFast(x: number, positive: boolean, n: number, terms: number): number {
  const xx = positive ? x - T[n] : -x - T[n];
  let q = T[n + 1 + terms];
  for (let j = n + terms; j >= n + 2; j--) q = xx * q + T[j];
  const p = xx * xx * q + T[n + 2 + terms];
  const t = T[n + 1] * xx + p;
  const y = positive ? HP0 - T[n + 3 + terms] : HP0 + T[n + 3 + terms];
  return settled(y, positive ? HP1 - t : HP1 + t, (Math.abs(t) + Math.abs(p)) * 2 ** -49);
}

function acosFast(x: number, k: number, positive: boolean): number {
  if (k < 0x3fc00000) { // 2^-55 <= |x| < 0.125
    const x2 = x * x;
    const p = ((((F6 * x2 + F5) * x2 + F4) * x2 + F3) * x2 + F2) * x2 + F1;
    const r = HP0 - x;
    const px3 = p * (x2 * x);
    const cor = (((HP0 - r) - x) + HP1) - px3;
    return settled(r, cor, (Math.abs(px3) + Math.abs(cor)) * 2 ** -49);
  }
  if (k < 0x3fe00000) {
    const n = k < 0x3fd00000 ? 11 * ((k & 0x000fffff) >> 15) : 11 * ((k & 0x000fffff) >> 14) + 352;
    return tablePartFast(x, positive, n, 5);
  }
  if (k < 0x3fe80000) return tablePartFast(x, positive, 1056 + ((k & 0x000fe000) >> 11) * 3, 6);
  if (k < 0x3fed8000) return tablePartFast(x, positive, 992 + ((k & 0x000fe000) >> 13) * 13, 7);
  if (k < 0x3fee8000) return tablePartFast(x, positive, 884 + ((k & 0x000fe000) >> 13) * 14, 8);
  return tablePartFast(x, positive, 768 + ((k & 0x000fe000) >> 13) * 15, 9);
}

export function acos(x: number): number {
  const m = highWord(x) | 0;
  const k = m & 0x7fffffff;
  if (k >= 0x3c880000 && k < 0x3fef0000) {
    const r = acosFast(x, k, m > 0);
    if (r === r) return r;
  }
  return acosExact(x);
}

function acosExact(x: number): number {
  const m = highWord(x) | 0;
  const k = m & 0x7fffffff;
  const positive = m > 0;
  if (k < 0x3c880000) return HP0;
  if (k < 0x3fc00000) { // |x| < 0.125
    const x2 = x * x;
    const p = fma(fma(fma(fma(fma(F6, x2, F5), x2, F4), x2, F3), x2, F2), x2, F1);
    const r = HP0 - x;
    const cor = fma(-p, x2 * x, ((HP0 - r) - x) + HP1);
    return r + cor;
  }
  if (k < 0x3fe00000) { // 0.125 <= |x| < 0.5
    const n = k < 0x3fd00000 ? 11 * ((k & 0x000fffff) >> 15) : 11 * ((k & 0x000fffff) >> 14) + 352;
    return tablePart(x, positive, n, 5);
  }
  if (k < 0x3fe80000) return tablePart(x, positive, 1056 + ((k & 0x000fe000) >> 11) * 3, 6);
  if (k < 0x3fed8000) return tablePart(x, positive, 992 + ((k & 0x000fe000) >> 13) * 13, 7);
  if (k < 0x3fee8000) return tablePart(x, positive, 884 + ((k & 0x000fe000) >> 13) * 14, 8);
  if (k < 0x3fef0000) return tablePart(x, positive, 768 + ((k & 0x000fe000) >> 13) * 15, 9);
  if (k < 0x3ff00000) return acosNear1(x, positive);
  if (k === 0x3ff00000 && lowWord(x) === 0) return positive ? 0 : 2.0 * HP0;
  return Number.isNaN(x) ? x + x : NaN;
}

/** 0.96875 <= |x| < 1: 2 asin(sqrt(z)) with z = (1 - |x|) / 2, the root refined by Newton's step. */
function acosNear1(x: number, positive: boolean): number {
  const z = 0.5 * (positive ? 1.0 - x : 1.0 + x);
  const k = highWord(z) | 0;
  let t = INROOT[(k & 0x001fffff) >> 14] * 2 ** (511 - (k >> 21));
  const r = fma(-(t * t), z, 1.0);
  t = t * fma(r, fma(r, fma(r, RT3, RT2), RT1), RT0);
  const c = t * z;
  const newton = fma(-(0.5 * t), c, 1.5); // t = c * newton is the root, used only in t + y
  const y = fma(-T27, c, fma(T27, c, c)); // c with its low 27 bits cleared
  const cc = fma(-y, y, z) / fma(c, newton, y);
  const p = fma(fma(fma(fma(fma(F6, z, F5), z, F4), z, F3), z, F2), z, F1) * z;
  const prod = p * (y + cc); // shared by both branches, so GCC did not fuse it
  const res = positive ? y + (cc + prod) : (HP0 - y) + ((HP1 - cc) - prod);
  return res + res;
}
