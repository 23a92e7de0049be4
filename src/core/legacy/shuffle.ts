/** NumPy's legacy shuffling: Fisher-Yates from the end with masked `random_interval`. */
import { BitSource } from '../bitgen/bitgenerator';
import { mask32 } from '../distributions/bounded';
import { NDArray } from '../ndarray';

/** Uniform integer in [0, max] by masked rejection (32-bit draws while max fits). */
export function randomInterval(bg: BitSource, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) {
    const mask = mask32(max);
    let v: number;
    while ((v = (bg.next32() & mask) >>> 0) > max);
    return v;
  }
  // max above 2**32 - 1 (arrays of over 4 billion rows): 64-bit masked draws
  const hiMax = Math.floor(max / 4294967296);
  const hiMask = mask32(hiMax);
  for (;;) {
    const hi = (bg.next64() & hiMask) >>> 0;
    const v = hi * 4294967296 + bg.low;
    if (v <= max) return v;
  }
}

export function shuffleInPlace(bg: BitSource, x: unknown[]): void {
  for (let i = x.length - 1; i > 0; i--) {
    const j = randomInterval(bg, i);
    const t = x[i];
    x[i] = x[j];
    x[j] = t;
  }
}

/** Shuffles an array along its first axis (whole rows move together), as NumPy does for n-d arrays. */
export function shuffleRows(bg: BitSource, x: NDArray): void {
  const rows = x.shape[0] ?? 0;
  const stride = rows === 0 ? 0 : x.data.length / rows;
  const data = x.data as unknown as { [i: number]: unknown; copyWithin(t: number, s: number, e: number): void; slice(a: number, b: number): ArrayLike<unknown> };
  for (let i = rows - 1; i > 0; i--) {
    const j = randomInterval(bg, i);
    if (stride === 1) { const t = data[i]; data[i] = data[j]; data[j] = t; continue; }
    const row = data.slice(i * stride, (i + 1) * stride);
    data.copyWithin(i * stride, j * stride, (j + 1) * stride);
    for (let k = 0; k < stride; k++) data[j * stride + k] = row[k];
  }
}
