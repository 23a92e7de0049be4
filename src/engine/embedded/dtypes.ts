/**
 * NumPy's dtypes as the engine uses them: names and aliases, the promotion rules of NumPy 2
 * (NEP 50: arrays and NumPy scalars are "strong", Python ints and floats are "weak" and take the
 * array's type when they fit), and the casts that store a computed double in a dtype (integer
 * wrap-around as C casts do, float32 rounding).
 */
import { DType } from '../../core/ndarray';
import { Builtin, PyRaise, str, Value } from './values';

type Family = 'b' | 'i' | 'u' | 'f';

const INFO: Record<DType, { family: Family; bits: number }> = {
  bool: { family: 'b', bits: 8 },
  int8: { family: 'i', bits: 8 }, int16: { family: 'i', bits: 16 }, int32: { family: 'i', bits: 32 }, int64: { family: 'i', bits: 64 },
  uint8: { family: 'u', bits: 8 }, uint16: { family: 'u', bits: 16 }, uint32: { family: 'u', bits: 32 }, uint64: { family: 'u', bits: 64 },
  float32: { family: 'f', bits: 32 }, float64: { family: 'f', bits: 64 },
};

export const ALL_DTYPES = Object.keys(INFO) as DType[];

export const isFloat = (d: DType): boolean => INFO[d].family === 'f';
export const isInteger = (d: DType): boolean => INFO[d].family === 'i' || INFO[d].family === 'u';
export const isUnsigned = (d: DType): boolean => INFO[d].family === 'u';

const ALIASES: Record<string, DType> = {
  float: 'float64', double: 'float64', d: 'float64', f8: 'float64', float_: 'float64',
  single: 'float32', f: 'float32', f4: 'float32',
  int: 'int64', int_: 'int64', intp: 'int64', i8: 'int64', long: 'int64', l: 'int64', q: 'int64', longlong: 'int64',
  i4: 'int32', intc: 'int32', i: 'int32', i2: 'int16', short: 'int16', h: 'int16', i1: 'int8', byte: 'int8', b: 'int8',
  u8: 'uint64', uint: 'uint64', uintp: 'uint64', L: 'uint64', Q: 'uint64', u4: 'uint32', uintc: 'uint32', I: 'uint32',
  u2: 'uint16', ushort: 'uint16', H: 'uint16', u1: 'uint8', ubyte: 'uint8', B: 'uint8',
  bool: 'bool', bool_: 'bool', '?': 'bool',
};

/** A dtype argument (np.uint8, 'u1', int, float, bool, 'float32', ...) as a dtype name. */
export function parseDtype(v: Value): DType {
  const name = v instanceof Builtin ? v.name : typeof v === 'string' ? v.replace(/^[<>=|]/, '') : str(v);
  if (name in INFO) return name as DType;
  const alias = ALIASES[name];
  if (alias) return alias;
  if (name === 'float16' || name === 'half' || name === 'f2' || name === 'e') throw new PyRaise('NotSupported', "float16 arrays are not supported by SeedLab's embedded engine");
  throw new PyRaise('TypeError', `data type ${JSON.stringify(name).replace(/"/g, "'")} not understood`);
}

/** np.result_type of two strong dtypes. */
export function promote(a: DType, b: DType): DType {
  if (a === b) return a;
  const A = INFO[a], B = INFO[b];
  if (A.family === 'b') return b;
  if (B.family === 'b') return a;
  if (A.family === 'f' || B.family === 'f') {
    if (A.family === 'f' && B.family === 'f') return A.bits >= B.bits ? a : b;
    const [f, i] = A.family === 'f' ? [A, B] : [B, A];
    // float32 holds int8/uint8/int16/uint16 exactly; wider integers need float64.
    return f.bits === 64 || i.bits >= 32 ? 'float64' : 'float32';
  }
  if (A.family === B.family) return (A.bits >= B.bits ? a : b);
  const [u, s] = A.family === 'u' ? [A, B] : [B, A];
  if (s.bits > u.bits) return `int${s.bits}` as DType;
  return u.bits >= 64 ? 'float64' : (`int${u.bits * 2}` as DType);
}

/** An operand's type for promotion: strong (arrays, NumPy scalars) or a weak Python scalar. */
export type Operand = { dtype: DType; weak?: 'int' | 'float' | 'bool' };

/** The result dtype of combining operands (NEP 50). */
export function resultType(ops: readonly Operand[]): DType {
  const strong = ops.filter((o) => !o.weak);
  let dt: DType | undefined = strong.length ? strong.map((o) => o.dtype).reduce(promote) : undefined;
  for (const o of ops.filter((x) => x.weak)) {
    if (dt === undefined) dt = o.weak === 'float' ? 'float64' : o.weak === 'int' ? 'int64' : 'bool';
    else if (o.weak === 'float' && !isFloat(dt)) dt = 'float64';
    else if (o.weak === 'int' && dt === 'bool') dt = 'int64';
  }
  return dt ?? 'float64';
}

const RANGES: Partial<Record<DType, [bigint, bigint]>> = {
  int8: [-128n, 127n], int16: [-32768n, 32767n], int32: [-(2n ** 31n), 2n ** 31n - 1n], int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint8: [0n, 255n], uint16: [0n, 65535n], uint32: [0n, 2n ** 32n - 1n], uint64: [0n, 2n ** 64n - 1n],
};

/** NEP 50: a Python int combined with an integer array must fit the array's dtype. */
export function checkWeakInt(v: bigint, dtype: DType): void {
  const r = RANGES[dtype];
  if (r && (v < r[0] || v > r[1])) throw new PyRaise('OverflowError', `Python integer ${v} out of bounds for ${dtype}`);
}

/** A computed double stored in `dtype` (wrap-around for integers, rounding for float32). */
export function castNumber(dtype: DType, x: number): number | bigint {
  switch (INFO[dtype].family) {
    case 'f': return dtype === 'float32' ? Math.fround(x) : x;
    case 'b': return x !== 0 ? 1 : 0;
    default: {
      const bits = INFO[dtype].bits;
      if (!Number.isFinite(x)) return bits === 64 ? (isUnsigned(dtype) ? 0n : -(2n ** 63n)) : 0;
      const i = BigInt(Math.trunc(x));
      const w = isUnsigned(dtype) ? BigInt.asUintN(bits, i) : BigInt.asIntN(bits, i);
      return bits === 64 ? w : Number(w);
    }
  }
}
