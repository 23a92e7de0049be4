/**
 * PCG64's bulk loops in WebAssembly: 64-bit integer multiplies make the 128-bit LCG step a few
 * instructions, where plain JavaScript needs ~20 exact double products per draw (measured in
 * test/bench/bitgen.bench.ts). Memory layout: state lo/hi at 0/8, increment lo/hi at 16/24,
 * output buffer from byte 64 (CHUNK values).
 */
import { WasmFunction, buildModule, f64c, get, i32c, i64c, mem, op, set } from './emit';

// The core's lib (ES2022) has no WebAssembly typings; this is the slice we use, present in
// Node, browsers and webviews alike.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
};

export const CHUNK = 4096;
const OUT = 64;
const MULT = 0x2360ed051fc65da44385df649fccf645n;
const ML = MULT & 0xffffffffffffffffn;
const MH = MULT >> 64n;
const B0 = ML & 0xffffffffn;
const B1 = ML >> 32n;
const M32 = 0xffffffffn;

// Locals: 0 n, 1 i, 2 sl, 3 sh, 4 il, 5 ih, 6 lo, 7 hi, 8 t, 9 w, 10 x
const N = 0, I = 1, SL = 2, SH = 3, IL = 4, IH = 5, LO = 6, HI = 7, T = 8, W = 9, X = 10;

function kernel(exportName: string, store: number[]): WasmFunction {
  const body = [
    ...i32c(0), ...mem(op.i64Load, 0), ...set(SL),
    ...i32c(0), ...mem(op.i64Load, 8), ...set(SH),
    ...i32c(0), ...mem(op.i64Load, 16), ...set(IL),
    ...i32c(0), ...mem(op.i64Load, 24), ...set(IH),
    ...i32c(0), ...set(I),
    op.block, op.void, op.loop, op.void,
    ...get(I), ...get(N), op.i32GeU, op.brIf, 1,
    // lo = sl * ML + il (mod 2**64)
    ...get(SL), ...i64c(ML), op.i64Mul, ...get(IL), op.i64Add, ...set(LO),
    // high 64 bits of sl * ML, from 32-bit halves
    ...get(SL), ...i64c(M32), op.i64And, ...i64c(B0), op.i64Mul, ...set(T),
    ...get(SL), ...i64c(32n), op.i64ShrU, ...i64c(B0), op.i64Mul, ...get(T), ...i64c(32n), op.i64ShrU, op.i64Add, ...set(W),
    ...get(SL), ...i64c(M32), op.i64And, ...i64c(B1), op.i64Mul, ...get(W), ...i64c(M32), op.i64And, op.i64Add, ...set(T),
    ...get(SL), ...i64c(32n), op.i64ShrU, ...i64c(B1), op.i64Mul,
    ...get(W), ...i64c(32n), op.i64ShrU, op.i64Add,
    ...get(T), ...i64c(32n), op.i64ShrU, op.i64Add,
    // + sl * MH + sh * ML + ih + carry(lo < il)
    ...get(SL), ...i64c(MH), op.i64Mul, op.i64Add,
    ...get(SH), ...i64c(ML), op.i64Mul, op.i64Add,
    ...get(IH), op.i64Add,
    ...get(LO), ...get(IL), op.i64LtU, op.i64ExtendI32U, op.i64Add,
    ...set(HI),
    ...get(LO), ...set(SL), ...get(HI), ...set(SH),
    // x = rotr(hi ^ lo, hi >> 58)
    ...get(HI), ...get(LO), op.i64Xor, ...get(HI), ...i64c(58n), op.i64ShrU, op.i64Rotr, ...set(X),
    ...get(I), ...i32c(3), op.i32Shl, ...store,
    ...get(I), ...i32c(1), op.i32Add, ...set(I),
    op.br, 0,
    op.end, op.end,
    ...i32c(0), ...get(SL), ...mem(op.i64Store, 0),
    ...i32c(0), ...get(SH), ...mem(op.i64Store, 8),
  ];
  return { exportName, locals: [[1, op.i32], [9, op.i64]], body };
}

// x >> 11 < 2**53, so the signed conversion (one instruction on x86-64) is exact.
const DOUBLE_STORE = [...get(X), ...i64c(11n), op.i64ShrU, op.f64ConvertI64S, ...f64c(2 ** -53), op.f64Mul, ...mem(op.f64Store, OUT)];
const RAW_STORE = [...get(X), ...mem(op.i64Store, OUT)];

export interface Pcg64Kernel {
  /** WebAssembly memory as 32-bit words: state at [0..3], increment at [4..7] (low first). */
  readonly words: Uint32Array;
  readonly doubles: Float64Array;
  readonly raw: Uint32Array;
  fillDoubles(n: number): void;
  fillRaw(n: number): void;
}

let kernelInstance: Pcg64Kernel | null | undefined;

/** The compiled kernel, or null where WebAssembly is unavailable (callers fall back to JS). */
export function pcg64Kernel(): Pcg64Kernel | null {
  if (kernelInstance !== undefined) return kernelInstance;
  try {
    const bytes = buildModule([kernel('doubles', DOUBLE_STORE), kernel('raw', RAW_STORE)]);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    const ex = instance.exports as unknown as { mem: { buffer: ArrayBuffer }; doubles: (n: number) => void; raw: (n: number) => void };
    kernelInstance = {
      words: new Uint32Array(ex.mem.buffer, 0, 8),
      doubles: new Float64Array(ex.mem.buffer, OUT, CHUNK),
      raw: new Uint32Array(ex.mem.buffer, OUT, 2 * CHUNK),
      fillDoubles: ex.doubles,
      fillRaw: ex.raw,
    };
  } catch {
    kernelInstance = null;
  }
  return kernelInstance;
}
