/**
 * Large draws in the WebAssembly distribution kernels (kernels.wat), which run the bit
 * generator's step fused with the distribution's hot loop and draw exactly what one-at-a-time
 * draws would (PCG's next32 half-buffer, MT19937's position, RandomState's spare normal included):
 * - Generator on PCG64 / PCG64DXSM: integers (Lemire), standard_normal / standard_exponential
 *   (ziggurat); on those and MT19937: binomial (inversion), poisson (multiplication);
 * - RandomState on MT19937: randint (masked), standard_normal (polar method), binomial, poisson.
 * Everything that needs libm is computed here with the glibc-exact functions (exp(-lam), q^n),
 * or in the kernels only where that is provably the same: the ziggurat's wedge tests are decided
 * there when an error-bounded exp leaves no doubt, and glibc's log is ported operation for
 * operation. The rest stops the kernel or is left pending and finished here: close wedge tests
 * and exponential tails from the draws the kernel made, normal tails (whose draws depend on their
 * outcomes) on the generator itself, logs the port cannot settle.
 */
import { PCG64, PCG64DXSM } from '../bitgen/pcg64';
import { CHUNK, DST, fused, GPEND, Kernels, kernels, LOG, ZIG } from '../bitgen/wasm/kernels';
import { INVC, LN2_HI, LN2_LO, LOGC, POLY, POLY1 } from '../math/data/log';
import { log } from '../math';
import { GaussCache, legacyGauss } from '../legacy/gauss';
import { expTail, expWedgeKeeps, normalTail, normalWedgeKeeps, writeZigguratTables } from './ziggurat';
import { MT19937 } from '../bitgen/mt19937';
import { BinomialFlavor, binomialMethod, inversionSetup } from '../distributions/binomial';
import { poissonEnlam } from '../distributions/poisson';

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
  inChunks(k, g, out, n, bytes, (count) => kernel(count, r, off64, wide));
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
  const kernel = fused<(n: number) => number>(k, `${g.kernelName}_${normal ? 'zig_norm' : 'zig_exp'}`);
  const f64 = k.f64;
  const d0 = DST >> 3;
  g.kernelBegin(k);
  try {
    let done = 0;
    while (done < n) {
      const got = kernel(Math.min(n - done, CHUNK));
      out.set(f64.subarray(d0, d0 + got), done);
      done += got;
      switch (k.zstop.value) {
        case 1: case 2: // a normal tail: its draws depend on its outcomes, so run it on the generator
          g.kernelEnd(k);
          out[done++] = normalTail(g, k.zstop.value === 2);
          g.kernelBegin(k);
          break;
        case 3: // an exponential tail, from its uniform draw
          out[done++] = expTail(k.zu.value);
          break;
        case 4: { // a wedge test too close to call without libm
          const x = k.zx.value;
          if (normal ? normalWedgeKeeps(k.zy.value, x) : expWedgeKeeps(k.zy.value, x)) out[done++] = x;
          break;
        }
      }
    }
  } finally {
    g.kernelEnd(k);
  }
  return true;
}

/** Generators with fused distribution kernels for next_double and next32 (see kernels.wat). */
type Fusable = Pcg | MT19937;

function fusable(bg: unknown): Kernels | null {
  if (!(bg instanceof PCG64 || bg instanceof PCG64DXSM || bg instanceof MT19937)) return null;
  return kernels();
}

/** Runs `kernel(count)` for n values in chunks inside g's kernel session, copying each chunk's results (bytes each) out. */
function inChunks(k: Kernels, g: Fusable, out: ArrayBufferView, n: number, bytes: number, kernel: (count: number) => void): void {
  g.kernelBegin(k);
  try {
    for (let done = 0; done < n; done += CHUNK) {
      const count = Math.min(n - done, CHUNK);
      kernel(count);
      copyOut(k, out, done, count, bytes);
    }
  } finally {
    g.kernelEnd(k);
  }
}

/** inChunks for int64 results filling all of `out`. */
function int64Chunks(k: Kernels, g: Fusable, out: BigInt64Array, kernel: (count: number) => void): void {
  inChunks(k, g, out, out.length, 8, kernel);
}

/** Poisson draws by multiplication (0 < lam < 10) into `out`; false (nothing drawn) otherwise or without kernels. */
export function poissonBulk(bg: unknown, lam: number, out: BigInt64Array): boolean {
  if (out.length < KERNEL_MIN || !(lam > 0 && lam < 10)) return false;
  const k = fusable(bg);
  if (!k) return false;
  const g = bg as Fusable;
  const kernel = fused<(n: number, enlam: number) => void>(k, `${g.kernelName}_poisson_mult`);
  const enlam = poissonEnlam(lam);
  int64Chunks(k, g, out, (count) => kernel(count, enlam));
  return true;
}

/** Binomial draws in the inversion regime (and Generator's n = 0 / p = 0 shortcut) into `out`; false otherwise. */
export function binomialBulk(bg: unknown, n: number, p: number, flavor: BinomialFlavor, out: BigInt64Array): boolean {
  if (out.length < KERNEL_MIN) return false;
  const m = binomialMethod(n, p, flavor);
  if (m.method === 'zero') { out.fill(0n); return true; }
  if (m.method !== 'inversion') return false;
  const k = fusable(bg);
  if (!k) return false;
  const g = bg as Fusable;
  const kernel = fused<(count: number, nn: number, p: number, q: number, qn: number, bound: number, flip: number) => void>(k, `${g.kernelName}_binomial_inv`);
  const { q, qn, bound } = inversionSetup(n, m.p, flavor);
  int64Chunks(k, g, out, (count) => kernel(count, n, m.p, q, qn, bound, m.flip ? 1 : 0));
  return true;
}

/**
 * RandomState's masked draws of off + v, v in [0, rng], on MT19937 into `out` (int32/uint32 with
 * `bytes` 4, int64/uint64 with `bytes` 8) for 0 < rng < 2**32 - 1; false (nothing drawn) otherwise.
 */
export function maskedBulk(bg: unknown, off: bigint, rng: bigint, out: ArrayBufferView, n: number, bytes: 4 | 8): boolean {
  if (n < KERNEL_MIN || rng <= 0n || rng >= 0xffffffffn || !(bg instanceof MT19937)) return false;
  const k = kernels();
  if (!k) return false;
  const kernel = fused<(count: number, rng: number, off: bigint, wide: number) => void>(k, 'mt19937_masked32');
  const r = Number(rng), off64 = BigInt.asIntN(64, off), wide = bytes === 8 ? 1 : 0;
  inChunks(k, bg, out, n, bytes, (count) => kernel(count, r, off64, wide));
  return true;
}

let logTablesLoaded = false;

/** Writes log_table's tables into kernel memory once. */
export function loadLogTables(k: Kernels): void {
  if (logTablesLoaded) return;
  const f = new Float64Array(k.memory.buffer, LOG, 256 + 7 + 11);
  f.set(INVC, 0);
  f.set(LOGC, 128);
  f.set([LN2_HI, LN2_LO, ...POLY, ...POLY1], 256);
  logTablesLoaded = true;
}

/**
 * RandomState.standard_normal in bulk on MT19937: the spare normal first if one is cached, then
 * pairs from the polar method's kernel (log(r2) in WebAssembly where glibc's table path settles
 * it, else here with the glibc-exact log), and a last odd value by legacyGauss, which caches its
 * spare as single calls would. False (nothing drawn) off MT19937 or without WebAssembly.
 */
export function legacyGaussBulk(bg: unknown, cache: GaussCache, out: Float64Array): boolean {
  const n = out.length;
  if (n < KERNEL_MIN || !(bg instanceof MT19937)) return false;
  const k = kernels();
  if (!k) return false;
  loadLogTables(k);
  const kernel = fused<(pairs: number) => void>(k, 'mt19937_gauss_pairs');
  const f64 = k.f64, i32 = k.i32, d0 = DST >> 3, p0 = GPEND >> 2, r0 = (GPEND + 16384) >> 3;
  let done = 0;
  if (cache.hasGauss) {
    out[done++] = cache.gauss;
    cache.hasGauss = 0;
    cache.gauss = 0;
  }
  bg.kernelBegin(k);
  try {
    while (n - done >= 2) {
      const pairs = Math.min((n - done) >> 1, CHUNK >> 1);
      kernel(pairs);
      const np = k.np.value;
      for (let j = 0; j < np; j++) { // pairs whose log(r2) needs the glibc-exact log
        const at = d0 + 2 * i32[p0 + j], r2 = f64[r0 + j];
        const f = Math.sqrt((-2 * log(r2)) / r2);
        f64[at] = f * f64[at];
        f64[at + 1] = f * f64[at + 1];
      }
      out.set(f64.subarray(d0, d0 + 2 * pairs), done);
      done += 2 * pairs;
    }
  } finally {
    bg.kernelEnd(k);
  }
  if (done < n) out[done] = legacyGauss(bg, cache);
  return true;
}
