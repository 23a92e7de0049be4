/**
 * How JavaScript callers (and the embedded interpreter) pass Python values into the core.
 *
 *   Python            JavaScript
 *   int (any size)    an integral `number`, or a `bigint`
 *   float             a non-integral `number` (also NaN/Infinity), or `pyFloat(x)` for an integral
 *                     float: `seed(3.0)` must raise NumPy's TypeError while `seed(3)` must not
 *   bool              `boolean`
 *   str / bytes       `string` / `Uint8Array`
 *   list, tuple       a JS array (elements follow the same rules)
 *   numpy array       an `NDArray` (src/core/ndarray.ts)
 *   None              `null` or `undefined`
 *
 * Results follow the same rules in reverse: a sized call returns an NDArray; an unsized call returns
 * a `number`, or a `bigint` for 64-bit integer dtypes (and Python ints too large for a double).
 */
import type { NDArray } from './ndarray';

/** An explicit Python float, needed only for integral values (3.0) that a `number` would make an int. */
export class PyFloat {
  constructor(readonly value: number) {}
}

export const pyFloat = (value: number): PyFloat => new PyFloat(value);

export type PyValue =
  | number | bigint | boolean | string | Uint8Array | PyFloat | NDArray | null | undefined
  | readonly PyValue[];

export const isNone = (x: unknown): x is null | undefined => x === null || x === undefined;

/** True for a Python int (bool excluded: callers that accept bool check it themselves). */
export function isPyInt(x: unknown): x is number | bigint {
  return typeof x === 'bigint' || (typeof x === 'number' && Number.isInteger(x));
}

export function isPyFloat(x: unknown): x is number | PyFloat {
  return x instanceof PyFloat || (typeof x === 'number' && !Number.isInteger(x));
}

export function floatValue(x: number | PyFloat): number {
  return x instanceof PyFloat ? x.value : x;
}

export function isNDArray(x: unknown): x is NDArray {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'dtype' in x && 'shape' in x && 'data' in x;
}

/** Python int value of an int or bool as a bigint. */
export function toBigInt(x: number | bigint | boolean): bigint {
  return typeof x === 'boolean' ? (x ? 1n : 0n) : BigInt(x);
}

/** Python's repr of a float, enough for error messages (`3.5`, `3.0`, `inf`, `nan`). */
export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return `${v.toFixed(1)}`;
  const s = String(v);
  // JS writes 1e+21 / 1e-7; Python writes 1e+21 / 1e-07.
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** Python's repr of a value, for messages that embed the offending argument. */
export function pyRepr(x: unknown): string {
  if (isNone(x)) return 'None';
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  if (typeof x === 'bigint') return x.toString();
  if (typeof x === 'number') return Number.isInteger(x) ? String(x) : floatRepr(x);
  if (x instanceof PyFloat) return floatRepr(x.value);
  if (typeof x === 'string') return `'${x}'`;
  if (x instanceof Uint8Array) return `b'${Array.from(x, (b) => String.fromCharCode(b)).join('')}'`;
  if (Array.isArray(x)) return `[${x.map(pyRepr).join(', ')}]`;
  return String(x);
}

/** Python's str() of a value: like repr() but strings appear without quotes. */
export function pyStr(x: unknown): string {
  return typeof x === 'string' ? x : pyRepr(x);
}
