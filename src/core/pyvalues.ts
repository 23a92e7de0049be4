/**
 * How JavaScript callers pass Python values into the core, so that `seed(3.0)` and `seed(3)`
 * can still fail or succeed exactly as in Python:
 *  - an integral `number` or any `bigint` is a Python int (any size);
 *  - a non-integral `number` is a Python float; wrap an integral float as `new PyFloat(3)`;
 *  - `string` is a Python str, `Uint8Array` is bytes, arrays are sequences (lists);
 *  - `null` / `undefined` is None; `true` / `false` are Python bools (ints 1 and 0).
 * The embedded interpreter converts its values with the same rules.
 */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** A Python bytearray (bytes are plain Uint8Array). */
export class PyByteArray {
  constructor(readonly bytes: Uint8Array) {}
}

export type PyScalar = number | bigint | boolean | string | PyFloat | null | undefined;

/** True for a value that is a Python int (bools included, as in Python). */
export function isPyInt(v: unknown): v is number | bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v));
}

/** True for a value that is a Python float. */
export function isPyFloat(v: unknown): v is number | PyFloat {
  return v instanceof PyFloat || (typeof v === 'number' && !Number.isInteger(v));
}

/** The Python int value of an int-like as bigint. */
export function toBigInt(v: number | bigint | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? Number(v) : v);
}

export function floatValue(v: number | PyFloat): number {
  return v instanceof PyFloat ? v.value : v;
}

/**
 * The shortest digits that read back as x, in toExponential's form ("d.ddde±x"): for a double, or
 * (float32) for the float32 value x holds, as NumPy prints float32 numbers.
 */
export function shortestExponential(x: number, float32 = false): string {
  if (!float32) return x.toExponential();
  // The correctly rounded p-digit decimal for the smallest p that reads back is Dragon4's choice.
  for (let p = 1; p < 9; p++) {
    const s = x.toExponential(p - 1);
    if (Math.fround(Number(s)) === x) return s;
  }
  return x.toExponential(8);
}

/**
 * CPython's repr() of a float: shortest round-trip digits, exponent outside [1e-4, 1e16). NumPy
 * prints float32 scalars the same way with float32's shortest digits and its own upper bound.
 */
export function pyFloatRepr(x: number, float32 = false, positionalBelow = 1e16): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = shortestExponential(x, float32).split('e');
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const sign = neg ? '-' : '';
  if (exp < -4 || Math.abs(x) >= positionalBelow) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** CPython's repr() of a str (quotes chosen as Python does; common escapes). */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** CPython's repr() of bytes: printable ASCII as is, \t \n \r and the quote escaped, the rest as \xhh. */
export function pyBytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? '"' : "'";
  let out = `b${quote}`;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** Marks an array that was a Python tuple (lists and tuples both reach the core as arrays), for messages. */
export const PY_TUPLE: unique symbol = Symbol('tuple');

/** An array the core treats as any sequence, which messages still name 'tuple'. */
export function pyTuple<T>(items: T[]): T[] {
  return Object.defineProperty(items, PY_TUPLE, { value: true });
}

/** Python's type name of a core value, for messages. */
export function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (typeof v === 'number' || v instanceof PyFloat) return 'float';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return (v as { [PY_TUPLE]?: boolean })[PY_TUPLE] ? 'tuple' : 'list';
  return 'object';
}
