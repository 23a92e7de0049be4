/**
 * The dtype and out= handling of Generator's float methods (random, standard_normal,
 * standard_exponential, standard_gamma): np.dtype(dtype) compared with float64 / float32, and
 * _common.pyx's check_output, with NumPy's messages.
 */
import { PyError } from '../errors';
import { NDArray, Size, sizeToShape } from '../ndarray';

export type FloatDType = 'float64' | 'float32';

/** np.dtype names of the spellings NumPy accepts, for the supported and the rejected dtypes. */
const DTYPE_NAMES: Record<string, string> = {
  float64: 'float64', f8: 'float64', '<f8': 'float64', '=f8': 'float64', d: 'float64', double: 'float64', float: 'float64',
  float32: 'float32', f4: 'float32', '<f4': 'float32', '=f4': 'float32', f: 'float32', single: 'float32',
  float16: 'float16', f2: 'float16', e: 'float16', half: 'float16',
  longdouble: 'float128', g: 'float128', float128: 'float128', f16: 'float128',
  complex64: 'complex64', c8: 'complex64', F: 'complex64', complex128: 'complex128', c16: 'complex128', D: 'complex128', complex: 'complex128',
  int64: 'int64', i8: 'int64', int: 'int64', l: 'int64', int32: 'int32', i4: 'int32', int16: 'int16', i2: 'int16', int8: 'int8', i1: 'int8',
  uint64: 'uint64', u8: 'uint64', uint32: 'uint32', u4: 'uint32', uint16: 'uint16', u2: 'uint16', uint8: 'uint8', u1: 'uint8',
  bool: 'bool', '?': 'bool', O: 'O', object: 'O',
};

/** float64 or float32 for a dtype argument (None means float64); NumPy's TypeError otherwise. */
export function floatDtype(dtype: unknown, method: string): FloatDType {
  if (dtype === null || dtype === undefined) return 'float64';
  if (typeof dtype !== 'string') throw new PyError('TypeError', `Cannot interpret '${String(dtype)}' as a data type`);
  const name = DTYPE_NAMES[dtype];
  if (name === undefined) throw new PyError('TypeError', `data type '${dtype}' not understood`);
  if (name === 'float64' || name === 'float32') return name;
  throw new PyError('TypeError', `Unsupported dtype dtype('${name}') for ${method}`);
}

function isNDArray(v: unknown): v is NDArray {
  return typeof v === 'object' && v !== null && 'shape' in v && 'data' in v && 'dtype' in v;
}

/** check_output: out must be an array of exactly `dtype`, and of shape `size` when both are given. */
export function checkOutput(out: unknown, dtype: FloatDType, size: Size): void {
  if (!isNDArray(out)) throw new PyError('ValueError', 'Supplied output array must be contiguous, writable, aligned, and in machine byte-order.');
  if (out.dtype !== dtype) throw new PyError('TypeError', `Supplied output array has the wrong type. Expected ${dtype}, got ${out.dtype}`);
  if (size !== null && size !== undefined) {
    const shape = sizeToShape(size);
    if (shape.length !== out.shape.length || shape.some((d, i) => d !== out.shape[i])) {
      throw new PyError('ValueError', 'size must match out.shape when used together');
    }
  }
}
