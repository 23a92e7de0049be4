/**
 * MT19937's bulk doubles in WebAssembly (NumPy's mt19937_fill_double stream): the twist and the
 * tempering are 32-bit integer work that V8's JavaScript loops run ~2x slower (bench).
 * Memory: the 624-word key at byte 0, pos (a word index) at 2496, doubles from byte 2560.
 */
import { WasmFunction, buildModule, f64c, get, i32c, mem, mem32, op, set } from './emit';

declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
};

export const MT_CHUNK = 4096;
const N = 624;
const M = 397;
const POS = 4 * N;
const OUT = 2560;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const MATRIX_A = 0x9908b0df;

/** key[p] = far ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A), y from key[p] and `next` (locals P, Y). */
function twistWord(P: number, Y: number, next: number[], far: number[]): number[] {
  return [
    ...get(P), ...mem32(op.i32Load, 0), ...i32c(UPPER), op.i32And,
    ...next, ...i32c(LOWER), op.i32And, op.i32Or, ...set(Y),
    ...get(P),
    ...far,
    ...get(Y), ...i32c(1), op.i32ShrU, op.i32Xor,
    ...i32c(0), ...get(Y), ...i32c(1), op.i32And, op.i32Sub, ...i32c(MATRIX_A), op.i32And, op.i32Xor,
    ...mem32(op.i32Store, 0),
  ];
}

/** for (P = from; P < to; P += 4) body */
function loopBytes(P: number, from: number, to: number, body: number[]): number[] {
  return [
    ...i32c(from), ...set(P),
    op.block, op.void, op.loop, op.void,
    ...get(P), ...i32c(to), op.i32GeU, op.brIf, 1,
    ...body,
    ...get(P), ...i32c(4), op.i32Add, ...set(P),
    op.br, 0, op.end, op.end,
  ];
}

function twist(): WasmFunction {
  const P = 1, Y = 2;
  const body = [
    ...loopBytes(P, 0, 4 * (N - M), twistWord(P, Y, [...get(P), ...mem32(op.i32Load, 4)], [...get(P), ...mem32(op.i32Load, 4 * M)])),
    ...loopBytes(P, 4 * (N - M), 4 * (N - 1), twistWord(P, Y, [...get(P), ...mem32(op.i32Load, 4)],
      [...get(P), ...i32c(4 * (N - M)), op.i32Sub, ...mem32(op.i32Load, 0)])),
    ...i32c(4 * (N - 1)), ...set(P),
    ...twistWord(P, Y, [...i32c(0), ...mem32(op.i32Load, 0)], [...i32c(0), ...mem32(op.i32Load, 4 * (M - 1))]),
  ];
  return { exportName: 'twist', locals: [[2, op.i32]], body };
}

/** Next tempered word into local Y, twisting when the key is used up (locals PB = byte pos). */
function nextWord(PB: number, Y: number): number[] {
  return [
    ...get(PB), ...i32c(4 * N), op.i32GeU, op.if, op.void,
    ...i32c(0), op.call, 0, ...i32c(0), ...set(PB),
    op.end,
    ...get(PB), ...mem32(op.i32Load, 0), ...set(Y),
    ...get(PB), ...i32c(4), op.i32Add, ...set(PB),
    ...get(Y), ...get(Y), ...i32c(11), op.i32ShrU, op.i32Xor, ...set(Y),
    ...get(Y), ...get(Y), ...i32c(7), op.i32Shl, ...i32c(0x9d2c5680), op.i32And, op.i32Xor, ...set(Y),
    ...get(Y), ...get(Y), ...i32c(15), op.i32Shl, ...i32c(0xefc60000), op.i32And, op.i32Xor, ...set(Y),
    ...get(Y), ...get(Y), ...i32c(18), op.i32ShrU, op.i32Xor, ...set(Y),
  ];
}

function doubles(): WasmFunction {
  const Nn = 0, I = 1, PB = 2, A = 3, Y = 4;
  const body = [
    ...i32c(POS), ...mem32(op.i32Load, 0), ...i32c(2), op.i32Shl, ...set(PB),
    ...i32c(0), ...set(I),
    op.block, op.void, op.loop, op.void,
    ...get(I), ...get(Nn), op.i32GeU, op.brIf, 1,
    ...nextWord(PB, Y), ...get(Y), ...i32c(5), op.i32ShrU, ...set(A),
    ...nextWord(PB, Y),
    // a < 2**27 and b < 2**26 are non-negative, so the signed conversions are exact.
    ...get(I), ...i32c(3), op.i32Shl,
    ...get(A), op.f64ConvertI32S, ...f64c(67108864), op.f64Mul,
    ...get(Y), ...i32c(6), op.i32ShrU, op.f64ConvertI32S, op.f64Add,
    ...f64c(2 ** -53), op.f64Mul,
    ...mem(op.f64Store, OUT),
    ...get(I), ...i32c(1), op.i32Add, ...set(I),
    op.br, 0, op.end, op.end,
    ...i32c(POS), ...get(PB), ...i32c(2), op.i32ShrU, ...mem32(op.i32Store, 0),
  ];
  return { exportName: 'doubles', locals: [[4, op.i32]], body };
}

export interface Mt19937Kernel {
  /** Key words [0, 624) and pos at [624]. */
  readonly words: Uint32Array;
  readonly doubles: Float64Array;
  fillDoubles(n: number): void;
}

let instance: Mt19937Kernel | null | undefined;

export function mt19937Kernel(): Mt19937Kernel | null {
  if (instance !== undefined) return instance;
  try {
    const bytes = buildModule([twist(), doubles()]);
    const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    const ex = inst.exports as unknown as { mem: { buffer: ArrayBuffer }; doubles: (n: number) => void };
    instance = {
      words: new Uint32Array(ex.mem.buffer, 0, N + 1),
      doubles: new Float64Array(ex.mem.buffer, OUT, MT_CHUNK),
      fillDoubles: ex.doubles,
    };
  } catch {
    instance = null;
  }
  return instance;
}
