/** CPython's hash() of a float (Python/pyhash.c _Py_HashDouble), used by random.seed(float). */
const BITS = 61n;
const MODULUS = (1n << BITS) - 1n;

export function pyHashFloat(x: number): bigint {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return 0n; // CPython >= 3.10 hashes NaN by identity; random.seed(nan) is not reproducible anyway
    return x > 0 ? 314159n : -314159n;
  }
  // frexp: x = m * 2**e with 0.5 <= |m| < 1
  let m = Math.abs(x);
  let e = 0;
  if (m !== 0) {
    e = Math.floor(Math.log2(m)) + 1;
    m = m / 2 ** e;
    while (m >= 1) { m /= 2; e++; }
    while (m < 0.5) { m *= 2; e--; }
  }
  const sign = x < 0 ? -1n : 1n;
  let h = 0n;
  while (m) {
    h = ((h << 28n) & MODULUS) | (h >> (BITS - 28n));
    m *= 268435456;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    h += BigInt(y);
    if (h >= MODULUS) h -= MODULUS;
  }
  const ee = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  h = ((h << ee) & MODULUS) | (h >> (BITS - ee));
  h *= sign;
  return h === -1n ? -2n : h;
}
