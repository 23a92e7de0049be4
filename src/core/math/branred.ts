/**
 * Payne-Hanek style reduction of huge arguments modulo pi/2, as glibc's __branred
 * (sysdeps/ieee754/dbl-64/branred.c, compiled without FMA): x times 2/pi in base-2^24 digits,
 * each product exact, keeping only the fraction. Returns the quadrant; the reduced argument is
 * left in `reduced.a + reduced.aa`.
 */
import { fromWords, highWord, lowWord } from './bits';
import { BIG, BIG1, HP0, HP1, MP1, MP2, T576, TM24, TM600, TOVERP } from './data/branred';

const SPLIT = 134217729.0; // 2^27 + 1

export const reduced = { a: 0, aa: 0 };

/** The contribution of one half of x: integer part mod 4 in `sum`, fraction in b + bb. */
function part(x: number, r: Float64Array, out: { sum: number; b: number; bb: number }): void {
  let k = (highWord(x) >>> 20) & 2047;
  k = Math.trunc((k - 450) / 24);
  if (k < 0) k = 0;
  let gor = fromWords(highWord(T576) - ((k * 24) << 20), lowWord(T576));
  for (let i = 0; i < 6; i++) {
    r[i] = x * TOVERP[k + i] * gor;
    gor *= TM24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = (r[i] + BIG) - BIG;
    sum += s;
    r[i] -= s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += r[5 - i];
  let bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
  const s = (t + BIG) - BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = (t - b) + bb;
  const s1 = (sum + BIG1) - BIG1;
  sum -= s1;
  out.sum = sum;
  out.b = b;
  out.bb = bb;
}

const r = new Float64Array(6);
const p1 = { sum: 0, b: 0, bb: 0 };
const p2 = { sum: 0, b: 0, bb: 0 };

export function branred(x0: number): number {
  const x = x0 * TM600;
  const t0 = x * SPLIT;
  const x1 = t0 - (t0 - x);
  const x2 = x - x1;
  part(x1, r, p1);
  part(x2, r, p2);
  let sum = p1.sum + p2.sum;
  let b = p1.b + p2.b;
  let bb = Math.abs(p1.b) > Math.abs(p2.b) ? (p1.b - b) + p2.b : (p2.b - b) + p1.b;
  if (b > 0.5) { b -= 1.0; sum += 1.0; } else if (b < -0.5) { b += 1.0; sum -= 1.0; }
  let s = b + (bb + p1.bb + p2.bb);
  let t = ((b - s) + bb) + (p1.bb + p2.bb);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = (((t1 * MP1 - b) + t1 * MP2) + t2 * MP1) + (t2 * MP2 + s * HP1 + t * HP0);
  s = b + bb;
  t = (b - s) + bb;
  reduced.a = s;
  reduced.aa = t;
  return Math.trunc(sum) & 3;
}
