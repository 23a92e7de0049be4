/**
 * The bit generators' WebAssembly fill loops and the distribution kernels (kernels.wat),
 * instantiated lazily and synchronously (the module is ~13 KB: fine in Node and in workers, where
 * VS Code for the Web runs extensions; browsers refuse synchronous compiles over 4 KB only on
 * their main thread). Falls back to null where WebAssembly is unavailable or refused; the classes
 * and the distributions then use their JS loops.
 */
import { KERNELS_WASM_BASE64 } from './kernels.generated';

/** Values a kernel call writes at most (the output area is 64 KiB). */
export const CHUNK = 8192;
/** Byte offsets in linear memory, as laid out in kernels.wat. */
/**
 * Output area. Half a page past a page boundary on purpose: copying out of a page-aligned source
 * into a page-aligned (+16) Float64Array hits 4K aliasing and ran 5x slower (measured).
 */
export const OUT = 67584;
export const MT_KEY = 4096;
/** Ziggurat tables ki, wi, fi, ke, we, fe (256 values of 8 bytes each, in that order). */
export const ZIG = 135168;
/** log_table's tables: invc[128], logc[128], then ln2hi, ln2lo, A0..A4 (doubles). */
export const LOG = 147456;
/** gauss_pairs' pending pairs: pair numbers (i32) at GPEND, r2 (f64) at GPEND + 16384. */
export const GPEND = 151552;
/** Output of the distribution kernels (CHUNK values of 8 bytes). */
export const DST = 247808;

export interface Kernels {
  readonly memory: WebAssembly.Memory;
  readonly mtpos: WebAssembly.Global;
  pcg64_fill(n: number, mode: number): void;
  pcg64dxsm_fill(n: number, mode: number): void;
  mt19937_fill(n: number, mode: number): void;
  sfc64_fill(n: number, mode: number): void;
  /** Philox: `n` whole blocks of 4 outputs. */
  philox_fill(n: number, mode: number): void;
  /** Fused distribution kernels (see kernels.wat), per generator G in pcg64, pcg64dxsm; results at DST. */
  readonly has32: WebAssembly.Global;
  readonly u32v: WebAssembly.Global;
  /** glibc's log on its table path, NaN where the TypeScript log must decide (tables at LOG, see log_table in kernels.wat). */
  log_table(x: number): number;
  /** The ziggurat kernels' libm-free wedge test of y < exp(z): 1 yes, -1 no, 0 too close to call. */
  wedge_test(y: number, z: number): number;
  readonly zstop: WebAssembly.Global;
  readonly np: WebAssembly.Global;
  readonly zu: WebAssembly.Global;
  readonly zx: WebAssembly.Global;
  readonly zy: WebAssembly.Global;
  /** Views over linear memory (the memory never grows, so they stay valid). */
  readonly u32: Uint32Array;
  readonly f64: Float64Array;
  readonly i32: Int32Array;
  readonly u8: Uint8Array;
}

/** A fused distribution kernel of kernels.wat by name, e.g. `pcg64_lemire32`. */
export function fused<F extends (...args: never[]) => unknown>(k: Kernels, name: string): F {
  const f = (k as unknown as Record<string, unknown>)[name];
  if (typeof f !== 'function') throw new Error(`no kernel ${name}`);
  return f as F;
}

let cached: Kernels | null | undefined;

function decode(b64: string): Uint8Array {
  const bin = globalThis.atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function kernels(): Kernels | null {
  if (cached !== undefined) return cached;
  try {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(decode(KERNELS_WASM_BASE64)));
    const e = instance.exports as unknown as Omit<Kernels, 'u32' | 'f64' | 'i32' | 'u8'>;
    const buf = e.memory.buffer;
    cached = { ...e, u32: new Uint32Array(buf), f64: new Float64Array(buf), i32: new Int32Array(buf), u8: new Uint8Array(buf) };
  } catch {
    cached = null;
  }
  return cached;
}
