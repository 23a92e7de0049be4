/**
 * sin and cos as glibc 2.36 computes them on x86-64 with FMA (sysdeps/ieee754/dbl-64/s_sin.c, the
 * IBM Accurate Mathematical Library): reduction to |x| <= pi/4 (Cody-Waite below 105414350,
 * __branred above), then a table of sin/cos at multiples of 1/128 corrected by short Taylor
 * series, or the Taylor series alone near 0. Each fma is one GCC fused in glibc's FMA build.
 */
import { halfGap, highWord, lowWord } from './bits';
import { branred, reduced } from './branred';
import {
  BIG, CS2, CS4, CS6, HP0, HP1, HPINV, MP1, MP2, PP3, PP4, S1, S2, S3, S4, S5, SINCOS_TABLE, SN3, SN5, TOINT,
} from './data/sincos';
import { fmaKernel as fma } from './fma';

/** Taylor series of sin(x + dx) for small x. */
function taylorSin(xx: number, x: number, dx: number): number {
  const p = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
  const t = fma(fma(p, x, -(0.5 * dx)), xx, dx);
  return x + t;
}

function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const u = BIG + Math.abs(x);
  x = Math.abs(x) - (u - BIG) + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const k = lowWord(u) << 2;
  const sn = SINCOS_TABLE[k], ssn = SINCOS_TABLE[k + 1], cs = SINCOS_TABLE[k + 2], ccs = SINCOS_TABLE[k + 3];
  const cor = fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
  return cs + cor;
}

function doSin(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < 0.126) return taylorSin(x * x, x, dx);
  if (x <= 0) dx = -dx;
  const u = BIG + Math.abs(x);
  x = Math.abs(x) - (u - BIG);
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(x, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const k = lowWord(u) << 2;
  const sn = SINCOS_TABLE[k], ssn = SINCOS_TABLE[k + 1], cs = SINCOS_TABLE[k + 2], ccs = SINCOS_TABLE[k + 3];
  const cor = fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
  const r = sn + cor;
  return xold < 0 || Object.is(xold, -0) ? -Math.abs(r) : Math.abs(r);
}

/** Cody-Waite reduction by pi/2 in three parts; the quadrant is returned, a + da left in `reduced`. */
function reduceSinCos(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  const n = lowWord(t) & 3;
  let t1 = xn * PP3;
  const t2 = y - t1;
  let db = (y - t2) - t1;
  t1 = xn * PP4;
  const b = t2 - t1;
  db += (t2 - b) - t1;
  reduced.a = b;
  reduced.aa = db;
  return n;
}

function doSinCos(a: number, da: number, n: number): number {
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

/*
 * Fast paths: the same algorithm with the multiply-adds unfused, keeping the result only when its
 * final rounding is decided with more room than the fused and unfused values can differ by; NaN
 * otherwise, and the exact path runs. Bounds, from the sizes in each branch: the Taylor tail t
 * moves by at most |t| 2^-50; the table branches' correction by at most 2^-59.4 (an ulp of s,
 * s <= 2^-8, scaled by cs, plus the rounding of cs*s).
 */
const TABLE_DEVIATION = 2 ** -58;

/** y = head + tail rounded, if that rounding is safe against a tail moving by `dev`; else NaN. */
function settled(head: number, tail: number, dev: number): number {
  const y = head + tail;
  const err = (head - y) + tail; // exact: |head| > |tail|
  return Math.abs(err) < halfGap(y, err) - dev ? y : NaN;
}

function taylorSinFast(xx: number, x: number, dx: number): number {
  const p = (((S5 * xx + S4) * xx + S3) * xx + S2) * xx + S1;
  const t = (p * x - 0.5 * dx) * xx + dx;
  return settled(x, t, Math.abs(t) * 2 ** -49);
}

function doCosFast(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const u = BIG + Math.abs(x);
  x = Math.abs(x) - (u - BIG) + dx;
  const xx = x * x;
  const s = x * xx * (xx * SN5 + SN3) + x;
  const c = xx * ((xx * CS6 + CS4) * xx + CS2);
  const k = lowWord(u) << 2;
  const sn = SINCOS_TABLE[k], ssn = SINCOS_TABLE[k + 1], cs = SINCOS_TABLE[k + 2], ccs = SINCOS_TABLE[k + 3];
  const cor = (ccs - s * ssn - cs * c) - sn * s;
  return settled(cs, cor, TABLE_DEVIATION);
}

function doSinFast(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < 0.126) return taylorSinFast(x * x, x, dx);
  if (x <= 0) dx = -dx;
  const u = BIG + Math.abs(x);
  x = Math.abs(x) - (u - BIG);
  const xx = x * x;
  const s = x + (x * xx * (xx * SN5 + SN3) + dx);
  const c = x * dx + xx * ((xx * CS6 + CS4) * xx + CS2);
  const k = lowWord(u) << 2;
  const sn = SINCOS_TABLE[k], ssn = SINCOS_TABLE[k + 1], cs = SINCOS_TABLE[k + 2], ccs = SINCOS_TABLE[k + 3];
  const cor = (ssn + s * ccs - sn * c) + cs * s;
  const r = settled(sn, cor, TABLE_DEVIATION);
  return xold < 0 || Object.is(xold, -0) ? -Math.abs(r) : Math.abs(r);
}

/** reduceSinCos with the rounding to the nearest quadrant checked instead of fused; -1 if unsure. */
function reduceSinCosFast(x: number): number {
  const z = x * HPINV;
  const t = z + TOINT;
  const xn = t - TOINT;
  if (Math.abs(Math.abs(z - xn) - 0.5) < 2 ** -20) return -1;
  const y = fma(-xn, MP2, -xn * MP1 + x); // xn * MP1 is exact; the outer fma is not
  const n = lowWord(t) & 3;
  let t1 = xn * PP3;
  const t2 = y - t1;
  let db = (y - t2) - t1;
  t1 = xn * PP4;
  const b = t2 - t1;
  db += (t2 - b) - t1;
  reduced.a = b;
  reduced.aa = db;
  return n;
}

export function sin(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  let r = NaN;
  if (k >= 0x3e500000 && k < 0x3feb6000) r = doSinFast(x, 0);
  else if (k >= 0x3feb6000 && k < 0x400368fd) { r = doCosFast(HP0 - Math.abs(x), HP1); r = x < 0 ? -r : r; }
  else if (k >= 0x400368fd && k < 0x419921fb) {
    const n = reduceSinCosFast(x);
    if (n >= 0) { r = n & 1 ? doCosFast(reduced.a, reduced.aa) : doSinFast(reduced.a, reduced.aa); r = n & 2 ? -r : r; }
  }
  return r === r ? r : sinExact(x);
}

export function cos(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  let r = NaN;
  if (k >= 0x3e400000 && k < 0x3feb6000) r = doCosFast(x, 0);
  else if (k >= 0x3feb6000 && k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    r = doSinFast(a, (y - a) + HP1);
  } else if (k >= 0x400368fd && k < 0x419921fb) {
    const n = reduceSinCosFast(x) ;
    if (n >= 0) { const m = n + 1; r = m & 1 ? doCosFast(reduced.a, reduced.aa) : doSinFast(reduced.a, reduced.aa); r = m & 2 ? -r : r; }
  }
  return r === r ? r : cosExact(x);
}

function sinExact(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) {
    const r = doCos(HP0 - Math.abs(x), HP1);
    return x < 0 ? -Math.abs(r) : Math.abs(r);
  }
  if (k < 0x419921fb) {
    const n = reduceSinCos(x);
    return doSinCos(reduced.a, reduced.aa, n);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSinCos(reduced.a, reduced.aa, n);
  }
  return x / x;
}

function cosExact(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1.0;
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = (y - a) + HP1;
    return doSin(a, da);
  }
  if (k < 0x419921fb) {
    const n = reduceSinCos(x);
    return doSinCos(reduced.a, reduced.aa, n + 1);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSinCos(reduced.a, reduced.aa, n + 1);
  }
  return x / x;
}
