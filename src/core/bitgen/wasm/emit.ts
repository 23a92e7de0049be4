/**
 * A tiny WebAssembly binary writer: just the opcodes and encodings our kernels use, so the
 * kernels are readable TypeScript instead of opaque byte arrays and no toolchain is needed.
 */
export const op = {
  block: 0x02, loop: 0x03, if: 0x04, end: 0x0b, br: 0x0c, brIf: 0x0d, call: 0x10,
  i32Load: 0x28, i32Store: 0x36, i32Sub: 0x6b, i32And: 0x71, i32Or: 0x72, i32Xor: 0x73, i32ShrU: 0x76,
  f64Add: 0xa0, f64ConvertI32S: 0xb7, f64ConvertI64S: 0xb9,
  localGet: 0x20, localSet: 0x21,
  i64Load: 0x29, i64Store: 0x37, f64Store: 0x39,
  i32Const: 0x41, i64Const: 0x42, f64Const: 0x44,
  i32GeU: 0x4f, i64LtU: 0x54,
  i32Add: 0x6a, i32Shl: 0x74,
  i64Add: 0x7c, i64Mul: 0x7e, i64And: 0x83, i64Xor: 0x85, i64ShrU: 0x88, i64Rotr: 0x8a,
  f64Mul: 0xa2, i64ExtendI32U: 0xad, f64ConvertI64U: 0xba,
  void: 0x40, i32: 0x7f, i64: 0x7e,
} as const;

export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of a 64-bit value given as a bigint in [-2**63, 2**64). */
export function sleb(v: bigint): number[] {
  if (v >= 1n << 63n) v -= 1n << 64n;
  const out: number[] = [];
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

export const i64c = (v: bigint): number[] => [op.i64Const, ...sleb(v)];
export const i32c = (v: number): number[] => [op.i32Const, ...sleb(BigInt(v | 0))];
export const get = (i: number): number[] => [op.localGet, ...uleb(i)];
export const set = (i: number): number[] => [op.localSet, ...uleb(i)];
/** A memory access with 8-byte alignment at a constant offset. */
export const mem = (opcode: number, offset: number): number[] => [opcode, 3, ...uleb(offset)];
/** A 4-byte-aligned 32-bit access at a constant offset. */
export const mem32 = (opcode: number, offset: number): number[] => [opcode, 2, ...uleb(offset)];

export function f64c(x: number): number[] {
  const b = new Uint8Array(new Float64Array([x]).buffer);
  return [op.f64Const, ...b];
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

export interface WasmFunction {
  readonly exportName: string;
  /** Extra locals after the single i32 parameter, as (count, type) runs. */
  readonly locals: readonly [number, number][];
  readonly body: readonly number[];
}

/** A module with one page of exported memory ("mem") and functions of type (i32) -> (). */
export function buildModule(funcs: readonly WasmFunction[]): Uint8Array {
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 1, op.i32, 0]])),
    ...section(3, vec(funcs.map(() => [0]))),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec([[...name('mem'), 0x02, 0], ...funcs.map((f, i) => [...name(f.exportName), 0x00, ...uleb(i)])])),
    ...section(10, vec(funcs.map((f) => {
      const body = [...vec(f.locals.map(([n, t]) => [...uleb(n), t])), ...f.body, op.end];
      return [...uleb(body.length), ...body];
    }))),
  ];
  return Uint8Array.from(bytes);
}
