/** Text renderings of a sample: JSON that round-trips every value, CSV and plain text. */
import { NDArray } from '../../core/ndarray';

export type Scalar = number | bigint | boolean;

/** What gets printed: a scalar (shape null) or values in C order with a shape. */
export interface Sample {
  readonly shape: readonly number[] | null;
  readonly length: number;
  at(i: number): Scalar;
  readonly isFloat: boolean;
}

export function sampleOfArray(a: NDArray): Sample {
  const isBool = a.dtype === 'bool';
  return {
    shape: a.shape,
    length: a.data.length,
    at: (i) => (isBool ? a.data[i] !== 0 : (a.data[i] as number | bigint)),
    isFloat: a.dtype === 'float64' || a.dtype === 'float32',
  };
}

export function sampleOfValues(values: readonly Scalar[], shape: readonly number[] | null, isFloat: boolean): Sample {
  return { shape, length: values.length, at: (i) => values[i], isFloat };
}

/** A float that parses back to the identical double; ints (any size) exact. */
export function formatScalar(v: Scalar, isFloat: boolean): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (!isFloat) return String(v);
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  const s = String(v); // JS prints the shortest string that round-trips
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

export function toJson(s: Sample): string {
  if (s.shape === null) return formatScalar(s.at(0), s.isFloat);
  const shape = s.shape;
  let index = 0;
  const nest = (axis: number): string => {
    if (axis === shape.length) return formatScalar(s.at(index++), s.isFloat);
    const parts: string[] = [];
    for (let i = 0; i < shape[axis]; i++) parts.push(nest(axis + 1));
    return `[${parts.join(', ')}]`;
  };
  return nest(0);
}

/** The last axis across (joined by `sep`), every leading index on its own line. */
export function toDelimited(s: Sample, sep: string): string {
  if (s.shape === null) return formatScalar(s.at(0), s.isFloat);
  const width = s.shape.length === 0 ? 1 : s.shape[s.shape.length - 1];
  const lines: string[] = [];
  for (let start = 0; start < s.length; start += width) {
    const row: string[] = [];
    for (let j = 0; j < width; j++) row.push(formatScalar(s.at(start + j), s.isFloat));
    lines.push(row.join(sep));
  }
  return lines.join('\n');
}
