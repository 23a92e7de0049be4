/**
 * Exact rational arithmetic on BigInts for CPython's statistics module, which computes with
 * fractions and rounds once at the end.
 */
import { roundScaled } from '../../core/math/fma';

export interface Rational { n: bigint; d: bigint }

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** A finite double (or an int) as an exact fraction with a power-of-two denominator. */
export function exactRatio(x: number | bigint): Rational {
  if (typeof x === 'bigint') return { n: x, d: 1n };
  f64[0] = x;
  const bits = u64[0];
  const neg = bits >> 63n === 1n;
  const e = Number((bits >> 52n) & 0x7ffn);
  let m = bits & 0xfffffffffffffn;
  if (e !== 0) m |= 1n << 52n;
  let exp = (e === 0 ? 1 : e) - 1075;
  let n = neg ? -m : m;
  let d = 1n;
  if (exp >= 0) n <<= BigInt(exp);
  else { d = 1n << BigInt(-exp); exp = 0; }
  return { n, d };
}

export function add(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export const mul = (a: Rational, b: Rational): Rational => ({ n: a.n * b.n, d: a.d * b.d });
export const sub = (a: Rational, b: Rational): Rational => add(a, { n: -b.n, d: b.d });
export const div = (a: Rational, b: Rational): Rational => (b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n });

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b) [a, b] = [b, a % b];
  return a;
}

export function reduce(r: Rational): Rational {
  const g = gcd(r.n, r.d);
  return g > 1n ? { n: r.n / g, d: r.d / g } : r;
}

const bitLength = (x: bigint): number => (x === 0n ? 0 : (x < 0n ? -x : x).toString(2).length);

/** n / d correctly rounded to a double (Python's int / int and float(Fraction)). */
export function toDouble(r: Rational): number {
  if (r.n === 0n) return 0;
  const neg = (r.n < 0n) !== (r.d < 0n);
  const n = r.n < 0n ? -r.n : r.n;
  const d = r.d < 0n ? -r.d : r.d;
  // Enough quotient bits that the sticky bit lies below the rounding position.
  const shift = Math.max(0, 60 - (bitLength(n) - bitLength(d)));
  const q = (n << BigInt(shift)) / d;
  const sticky = (n << BigInt(shift)) % d === 0n ? 0n : 1n;
  const v = roundScaled((q << 1n) | sticky, -shift - 1);
  return neg ? -v : v;
}

/** floor(sqrt(n)) for n >= 0 (Newton's method on BigInts). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** sqrt(n / m) correctly rounded, as CPython's statistics._float_sqrt_of_frac. */
export function sqrtOfFrac(n: bigint, m: bigint): number {
  const rto = (a: bigint, b: bigint): bigint => {
    const r = isqrt(a / b);
    return r | (r * r * b !== a ? 1n : 0n);
  };
  const q = Math.floor((bitLength(n) - bitLength(m) - 109) / 2);
  if (q >= 0) return toDouble({ n: rto(n, m << BigInt(2 * q)) << BigInt(q), d: 1n });
  return toDouble({ n: rto(n << BigInt(-2 * q), m), d: 1n << BigInt(-q) });
}
