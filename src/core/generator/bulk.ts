/**
 * Bulk Generator draws on PCG64 / PCG64DXSM in the WebAssembly distribution kernels
 * (kernels.wat), which run the generator's step fused with Lemire's bounded integers or the
 * ziggurat's fast path and draw exactly what one-at-a-time draws would (next32 half-buffer
 * included). The rare ziggurat branches that need libm are finished here with the glibc-exact
 * functions: wedge tests and exponential tails after each call (their draws were made by the
 * kernel, and do not depend on the outcome), normal tails on the generator itself in between.
 */
import { PCG64, PCG64DXSM } from '../bitgen/pcg64';
import { CHUNK, DST, fused, Kernels, kernels, PIDX, PVAL, ZIG } from '../bitgen/wasm/kernels';
import { expTail, expWedgeKeeps, normalTail, normalWedgeKeeps, writeZigguratTables } from './ziggurat';

type Pcg = PCG64 | PCG64DXSM;

/** Below this many values the JS loops are as fast. */
export const KERNEL_MIN = 64;

function usable(bg: unknown): Kernels | null {
  if (!(bg instanceof PCG64 || bg instanceof PCG64DXSM)) return null;
  return kernels();
}

/** Copies `count` values of `bytes` bytes from DST to out[at..]. */
function copyOut(k: Kernels, out: ArrayBufferView, at: number, count: number, bytes: number): void {
  new Uint8Array(out.buffer, out.byteOffset + at * bytes, count * bytes).set(k.u8.subarray(DST, DST + count * bytes));
}

/**
 * Generator.integers' Lemire draws of off + v, v in [0, rng], into `out` (an int32/uint32 array
 * with `bytes` 4, an int64/uint64 array with `bytes` 8). Covers 0 < rng < 2**32 - 1 (next32,
 * buffered) and, for 8-byte values, 2**32 - 1 < rng < 2**64 - 1 (next64). Returns false (nothing
 * drawn) for anything else, off PCG64 / PCG64DXSM, or without WebAssembly.
 */
export function lemireBulk(bg: unknown, off: bigint, rng: bigint, out: ArrayBufferView, n: number, bytes: 4 | 8): boolean {
  if (n < KERNEL_MIN || rng <= 0n || rng === 0xffffffffn || rng >= 0xffffffffffffffffn) return false;
  const small = rng < 0xffffffffn;
  if (!small && bytes !== 8) return false;
  const k = usable(bg);
  if (!k) return false;
  const g = bg as Pcg;
  const kernel = fused<(n: number, rng: number | bigint, off: bigint, wide: number) => void>(k, `${g.kernelName}_${small ? 'lemire32' : 'lemire64'}`);
  const r = small ? Number(rng) : rng;
  const off64 = BigInt.asIntN(64, off);
  const wide = bytes === 8 ? 1 : 0;
  g.kernelBegin(k);
  try {
    for (let done = 0; done < n; done += CHUNK) {
      const count = Math.min(n - done, CHUNK);
      kernel(count, r, off64, wide);
      copyOut(k, out, done, count, bytes);
    }
  } finally {
    g.kernelEnd(k);
  }
  return true;
}

let tablesLoaded = false;

/**
 * Fills `out` with standard normals (`normal`) or standard exponentials by NumPy's ziggurat on
 * the kernels. Returns false (nothing drawn) off PCG64 / PCG64DXSM or without WebAssembly.
 */
export function zigguratBulk(bg: unknown, out: Float64Array, normal: boolean): boolean {
  const n = out.length;
  if (n < KERNEL_MIN) return false;
  const k = usable(bg);
  if (!k) return false;
  if (!tablesLoaded) {
    writeZigguratTables(k.memory.buffer, ZIG);
    tablesLoaded = true;
  }
  const g = bg as Pcg;
  const kernel = fused<(n: number) => number | undefined>(k, `${g.kernelName}_${normal ? 'zig_norm' : 'zig_exp'}`);
  const f64 = k.f64, i32 = k.i32;
  const d0 = DST >> 3, p0 = PIDX >> 2, v0 = PVAL >> 3;
  g.kernelBegin(k);
  try {
    let done = 0;
    while (done < n) {
      const want = Math.min(n - done, CHUNK);
      const got = normal ? kernel(want) as number : (kernel(want), want);
      const np = k.np.value;
      // Attempts 0..got-1 are at DST: finish the pending ones and drop rejected wedges,
      // compacting in place (kept values move down to d0 + kept).
      let kept = 0, from = 0;
      for (let j = 0; j < np; j++) {
        const a = i32[p0 + j];
        if (a < 0) { // exponential tail: U at DST
          const at = d0 + (a & 0x7fffffff);
          f64[at] = expTail(f64[at]);
          continue;
        }
        const x = f64[d0 + a];
        if (normal ? normalWedgeKeeps(f64[v0 + j], x) : expWedgeKeeps(f64[v0 + j], x)) continue;
        if (kept !== from) f64.copyWithin(d0 + kept, d0 + from, d0 + a);
        kept += a - from;
        from = a + 1;
      }
      if (kept !== from) f64.copyWithin(d0 + kept, d0 + from, d0 + got);
      kept += got - from;
      out.set(f64.subarray(d0, d0 + kept), done);
      done += kept;
      const tail = normal ? k.ztail.value : 0;
      if (tail) {
        // The kernel stopped just past a tail attempt's first draw: run the tail on the generator.
        g.kernelEnd(k);
        out[done++] = normalTail(g, tail === 2);
        g.kernelBegin(k);
      }
    }
  } finally {
    g.kernelEnd(k);
  }
  return true;
}
