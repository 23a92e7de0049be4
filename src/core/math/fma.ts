/**
 * Exact fused multiply-add, and the error-free transforms it is built from.
 *
 * glibc's FMA builds (what x86-64 machines with FMA run) let GCC contract `a * b + c` into one
 * rounding. JavaScript has no fma, so we emulate it: Dekker's exact product and Knuth's TwoSum
 * give the exact value as s + u + ve; s + u rounds correctly unless it is an exact tie that the
 * lost ve breaks, which is detected and corrected without looking at bits. Operands far from 1
 * take an exact BigInt path instead, where Dekker's splitting would overflow or lose bits.
 */

const SPLITTER = 134217729; // 2^27 + 1: Veltkamp's constant for 53-bit doubles

const scratch = new Float64Array(1);
const scratchBig = new BigUint64Array(scratch.buffer);

// Below this the product's error term may underflow; above it the split may overflow.
const TINY_PRODUCT = 2 ** -960;
const HUGE_OPERAND = 2 ** 995;

/** Correctly rounded a * b + c. */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  // One range test keeps the fast path small enough for V8 to inline: zeros, infinities, NaNs,
  // tiny products and huge operands all fail it and take the exact path.
  if (!((p > TINY_PRODUCT || p < -TINY_PRODUCT) && p < HUGE_OPERAND && p > -HUGE_OPERAND
    && a < HUGE_OPERAND && a > -HUGE_OPERAND && b < HUGE_OPERAND && b > -HUGE_OPERAND
    && c < HUGE_OPERAND && c > -HUGE_OPERAND)) {
    return fmaSlow(a, b, c, p);
  }
  return fmaKernel(a, b, c);
}

/** a * b - p exactly, for moderate a and b (Dekker's product with Veltkamp splitting). */
export function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * fma for the libm kernels' main paths, whose operands are known to be moderate (no overflow in
 * the splits, no underflow in the error terms): the same exact algorithm without the range test
 * and the extreme-operand path, small enough for V8 to inline at every call site.
 */
export function fmaKernel(a: number, b: number, c: number): number {
  const p = a * b;
  const e = productError(a, b, p);
  // s + t = p + c and u + ve = t + e exactly (TwoSum); then r + w = s + u exactly.
  const s = p + c;
  let z = s - c;
  const t = (c - (s - z)) + (p - z);
  const u = t + e;
  if (u === 0) return s; // exact, and keeps the sign of an exact zero
  const r = s + u;
  z = u - e;
  const ve = (e - (u - z)) + (t - z);
  z = r - u;
  const w = (u - (r - z)) + (s - z);
  // r is the correctly rounded a*b + c unless s + u was a tie (|w| exactly half the gap) that the
  // lost ve pushes over; then the neighbour r + 2w is. The tie test needs no branch on bits:
  // r + 2w lands exactly on the neighbour only when w is half the gap.
  const next = r + 2 * w;
  if (ve !== 0 && w !== 0 && next - r === 2 * w && (w > 0) === (ve > 0)) return next;
  return r;
}

/** Exact path for non-finite, huge or tiny operands: the sum as a big integer times 2^-2148, rounded once. */
function fmaSlow(a: number, b: number, c: number, p: number): number {
  if (a === 0 || b === 0) return p + c;
  // A nonzero product that underflows to zero keeps its sign; adding +0 would lose it.
  if (c === 0) return p === 0 ? p : p + c;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return p + c;
  if (!Number.isFinite(c)) return c; // a finite product never cancels an infinity
  const prod = toScaled(a) * toScaled(b); // each factor in units of 2^-1074
  const sum = prod + (toScaled(c) << 1074n);
  if (sum === 0n) return p + c; // exact zero: its sign is IEEE's for the sum of a*b and c
  return roundScaled(sum, -2148);
}

/** x as an integer multiple of 2^-1074 (every finite double is one). */
function toScaled(x: number): bigint {
  scratch[0] = x;
  const bits = scratchBig[0];
  const neg = bits >> 63n;
  const expField = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  if (expField !== 0) mant |= 1n << 52n;
  const shift = expField === 0 ? 0 : expField - 1;
  const v = mant << BigInt(shift);
  return neg ? -v : v;
}

/** Rounds n * 2^scale to the nearest double, ties to even, with overflow and subnormals. */
export function roundScaled(n: bigint, scale: number): number {
  const neg = n < 0n;
  let m = neg ? -n : n;
  const bitLen = m.toString(2).length;
  // Exponent of the leading bit, and the lowest bit a double can keep there.
  const lead = bitLen - 1 + scale;
  const lowest = Math.max(lead - 52, -1074);
  const drop = lowest - scale;
  let e = scale;
  if (drop > 0) {
    const big = BigInt(drop);
    const half = 1n << (big - 1n);
    const rem = m & ((1n << big) - 1n);
    m >>= big;
    if (rem > half || (rem === half && (m & 1n))) m += 1n;
    e += drop;
  }
  // m now fits a double, and m * 2^e is the answer (or overflows to infinity, as it should).
  // Scale in steps: each intermediate is larger than the result, so none rounds.
  let r = Number(m);
  while (e < -1000) { r *= 2 ** -1000; e += 1000; }
  while (e > 1000) { r *= 2 ** 1000; e -= 1000; }
  r *= 2 ** e;
  return neg ? -r : r;
}

/**
 * a + p rounded, when it is also the rounded a + p' for every p' in [p - d, p + d]; NaN otherwise.
 * Rounding is monotone, so the sums at the two ends decide. The ends p ± d are rounded themselves;
 * callers take d = 2^-51 |p| or more, whose rounding moves them by at most 2^-53 (|p| + d), and so
 * still cover every p' within (d - 2^-53 (|p| + d)) of p: at least d / 2 (d = 2^-51 |p| covers the
 * single rounding of a product p, which is at most 2^-53 |p|).
 */
export function addSettled(a: number, p: number, d: number): number {
  const y = a + p;
  return a + (p + d) === y && a + (p - d) === y ? y : NaN;
}

/**
 * fma(a, b, c) for moderate operands (as fmaKernel; |pe| must stay normal too), or NaN in the rare
 * case it cannot settle the rounding cheaply. The exact value is s + (err + pe): s + err = p + c
 * (TwoSum), pe = ab - p. Rounding err + pe to g moves it by at most 2^-53 |g|, which addSettled's
 * d = 2^-51 |g| covers; so y is the correctly rounded value. Only a value within about 2^-51 |g|
 * (some 2^-104 of y) of a rounding boundary fails, which then wants fmaKernel's tie handling.
 */
export function fmaChecked(a: number, b: number, c: number): number {
  const p = a * b;
  const pe = productError(a, b, p);
  const s = p + c;
  const z = s - p;
  const err = (p - (s - z)) + (c - z);
  const g = err + pe;
  return addSettled(s, g, Math.abs(g) * 2 ** -51);
}
