/** Python's int() and float() of a value (what they accept, and their messages for the rest). */
import { NpScalar, PyRaise, repr, tpName, Value } from './values';

export function toInt(v: Value): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new PyRaise(Number.isNaN(v) ? 'ValueError' : 'OverflowError', Number.isNaN(v) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  if (typeof v === 'string') {
    if (!/^\s*[+-]?\d+\s*$/.test(v)) throw new PyRaise('ValueError', `invalid literal for int() with base 10: ${repr(v)}`);
    return BigInt(v.trim());
  }
  if (v instanceof NpScalar) return toInt(v.value as Value);
  throw new PyRaise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${tpName(v)}'`);
}

export function toFloat(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(t)) return NaN;
    const x = Number(t);
    if (t === '' || Number.isNaN(x)) throw new PyRaise('ValueError', `could not convert string to float: ${repr(v)}`);
    return x;
  }
  if (v instanceof NpScalar) return Number(v.value);
  throw new PyRaise('TypeError', `float() argument must be a string or a real number, not '${tpName(v)}'`);
}

/** operator.index(v): Python's ints (bool included) and NumPy's integer scalars, or Python's TypeError. */
export function pyIndex(v: Value): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof NpScalar && typeof v.value === 'bigint') return v.value;
  throw new PyRaise('TypeError', `'${tpName(v)}' object cannot be interpreted as an integer`);
}

/** operator.index(v) as a JavaScript number (dimensions, axes, digits). */
export function indexInt(v: Value): number {
  return Number(pyIndex(v));
}
