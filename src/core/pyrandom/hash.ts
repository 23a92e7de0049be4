/** CPython's hash() of a float (Python/pyhash.c `_Py_HashDouble`), which random.seed(float) uses. */
const BITS = 61n;
const MODULUS = (1n << BITS) - 1n;
const M64 = (1n << 64n) - 1n;

/** frexp: v = m * 2**e with 0.5 <= |m| < 1. */
function frexp(v: number): [number, number] {
  if (v === 0) return [0, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(v))) + 1);
  let m = v * 2 ** -e;
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  return [m, e];
}

/** hash(v) as a signed 64-bit value (NaN is not supported: its hash depends on object identity). */
export function hashFloat(v: number): bigint {
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) throw new Error('hash of NaN depends on object identity');
    return v > 0 ? 314159n : -314159n;
  }
  let [m, e] = frexp(v);
  let sign = 1n;
  if (m < 0) { sign = -1n; m = -m; }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> (BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const eb = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << eb) & MODULUS) | (x >> (BITS - eb));
  x = x * sign;
  if (x === -1n) x = -2n;
  return x;
}

/** (size_t) of a signed hash, as random_seed passes it to PyLong_FromSize_t. */
export const asSizeT = (h: bigint): bigint => h & M64;
