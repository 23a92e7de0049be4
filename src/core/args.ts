/** Argument conversion shared by RandomState and Generator, with NumPy's own errors. */
import { IntDType } from './distributions/bounded';
import { PyError } from './errors';
import { NDArray } from './ndarray';
import { floatValue, isPyFloat, isPyInt, PyFloat, toBigInt } from './pyvalues';

/** NumPy's kahan_sum over the probabilities (mtrand's check that p sums to 1). */
export function kahanSum(values: number[]): number {
  if (values.length === 0) return 0;
  let sum = values[0];
  let c = 0;
  for (let i = 1; i < values.length; i++) {
    const y = values[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

const INT_DTYPE_ALIASES: Record<string, IntDType> = {
  int: 'int64', int64: 'int64', i8: 'int64', l: 'int64', int32: 'int32', i4: 'int32', int16: 'int16', i2: 'int16', int8: 'int8', i1: 'int8',
  uint64: 'uint64', u8: 'uint64', uint32: 'uint32', u4: 'uint32', uint16: 'uint16', u2: 'uint16', uint8: 'uint8', u1: 'uint8', bool: 'bool', '?': 'bool',
};

export function normalizeIntDtype(dtype: string, method = 'randint'): IntDType {
  const dt = INT_DTYPE_ALIASES[dtype];
  if (!dt) throw new PyError('TypeError', `Unsupported dtype dtype('${dtype}') for ${method}`);
  return dt;
}

/** Integer arguments; floats are truncated as NumPy's int() does. */
export function toIntArg(v: unknown): bigint {
  if (isPyInt(v)) return toBigInt(v);
  if (isPyFloat(v)) return BigInt(Math.trunc(floatValue(v as number | PyFloat)));
  throw new PyError('TypeError', `'${typeof v}' object cannot be interpreted as an integer`);
}

export function toFloat(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  throw new PyError('TypeError', `must be real number, not ${typeof v === 'string' ? 'str' : typeof v}`);
}

/** The single value of a one-element array as a Python scalar. */
export function scalarOf(a: NDArray): number | bigint | boolean {
  const v = a.data[0];
  if (a.dtype === 'bool') return v === 1;
  if (typeof v === 'bigint') return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
  return v as number;
}
