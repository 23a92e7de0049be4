/**
 * The bit generators' WebAssembly fill loops (kernels.wat), instantiated lazily and
 * synchronously (the module is ~1 KB, under every host's synchronous-compile limit).
 * Falls back to null where WebAssembly is unavailable; the classes then use their JS loops.
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

export interface Kernels {
  readonly memory: WebAssembly.Memory;
  readonly mtpos: WebAssembly.Global;
  pcg64_fill(n: number, mode: number): void;
  pcg64dxsm_fill(n: number, mode: number): void;
  mt19937_fill(n: number, mode: number): void;
  sfc64_fill(n: number, mode: number): void;
  /** Philox: `n` whole blocks of 4 outputs. */
  philox_fill(n: number, mode: number): void;
  /** Views over linear memory (the memory never grows, so they stay valid). */
  readonly u32: Uint32Array;
  readonly f64: Float64Array;
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
    const e = instance.exports as unknown as Omit<Kernels, 'u32' | 'f64'>;
    cached = { ...e, u32: new Uint32Array(e.memory.buffer), f64: new Float64Array(e.memory.buffer) };
  } catch {
    cached = null;
  }
  return cached;
}
