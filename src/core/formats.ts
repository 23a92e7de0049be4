/**
 * Output formats of `seedlab sample`. JSON floats use Python's repr (shortest round-trip digits),
 * so every value parses back to the identical double; integers are printed exactly at any size.
 */
import { DType, NDArray } from './ndarray';
import { pyFloatRepr } from './pyvalues';

export type SampleValue = number | bigint | boolean | NDArray;

function scalarText(v: number | bigint | boolean, isFloat: boolean): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (!isFloat) return String(v);
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  return pyFloatRepr(v);
}

const isFloatDtype = (d: DType): boolean => d === 'float64' || d === 'float32';

/** Nested rows of text cells for an NDArray (last axis innermost). */
function cells(a: NDArray): string[] {
  const float = isFloatDtype(a.dtype);
  const out: string[] = [];
  for (let i = 0; i < a.data.length; i++) {
    const v = a.data[i];
    out.push(a.dtype === 'bool' ? (v ? 'true' : 'false') : scalarText(v as number | bigint, float));
  }
  return out;
}

function nest(flat: string[], shape: readonly number[], open: string, close: string, sep: string): string {
  if (shape.length === 0) return flat[0];
  const rec = (offset: number, dim: number): string => {
    const n = shape[dim];
    if (dim === shape.length - 1) return open + flat.slice(offset, offset + n).join(sep) + close;
    const stride = shape.slice(dim + 1).reduce((p, d) => p * d, 1);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(rec(offset + i * stride, dim + 1));
    return open + parts.join(sep) + close;
  };
  return rec(0, 0);
}

export function toJson(v: SampleValue): string {
  if (typeof v !== 'object') return scalarText(v, typeof v === 'number' && !Number.isInteger(v)) + '\n';
  return nest(cells(v), v.shape, '[', ']', ', ') + '\n';
}

/** Rows along the last axis, cells joined by `sep`. */
function rows(v: SampleValue, sep: string): string {
  if (typeof v !== 'object') return scalarText(v, typeof v === 'number' && !Number.isInteger(v)) + '\n';
  const flat = cells(v);
  const width = v.shape.length === 0 ? 1 : v.shape[v.shape.length - 1];
  const lines: string[] = [];
  if (v.shape.length <= 1) return flat.join('\n') + (flat.length ? '\n' : '');
  for (let i = 0; i < flat.length; i += width) lines.push(flat.slice(i, i + width).join(sep));
  return lines.join('\n') + (lines.length ? '\n' : '');
}

export const toCsv = (v: SampleValue): string => rows(v, ',');
export const toText = (v: SampleValue): string => rows(v, ' ');

const NPY_DESCR: Record<DType, string> = {
  float64: '<f8', float32: '<f4', int64: '<i8', int32: '<i4', int16: '<i2', int8: '|i1',
  uint64: '<u8', uint32: '<u4', uint16: '<u2', uint8: '|u1', bool: '|b1',
};

/** A .npy file (format version 1.0) that np.load reads. Scalars become 0-d arrays. */
export function toNpy(v: SampleValue): Uint8Array {
  const a: NDArray = typeof v === 'object' ? v
    : typeof v === 'bigint' ? { dtype: v < 0n ? 'int64' : 'uint64', shape: [], data: v < 0n ? BigInt64Array.of(v) : BigUint64Array.of(v) }
    : typeof v === 'boolean' ? { dtype: 'bool', shape: [], data: Uint8Array.of(v ? 1 : 0) }
    : Number.isInteger(v) ? { dtype: 'int64', shape: [], data: BigInt64Array.of(BigInt(v)) }
    : { dtype: 'float64', shape: [], data: Float64Array.of(v) };
  const shape = a.shape.length === 1 ? `(${a.shape[0]},)` : `(${a.shape.join(', ')})`;
  let header = `{'descr': '${NPY_DESCR[a.dtype]}', 'fortran_order': False, 'shape': ${shape}, }`;
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const body = new Uint8Array(a.data.buffer, a.data.byteOffset, a.data.byteLength);
  const out = new Uint8Array(10 + header.length + body.length);
  out.set([0x93, ...new TextEncoder().encode('NUMPY'), 1, 0, header.length & 0xff, header.length >> 8]);
  out.set(new TextEncoder().encode(header), 10);
  out.set(body, 10 + header.length);
  return out;
}
