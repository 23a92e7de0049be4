/**
 * Python's operators on the engine's values: int (bigint) and float arithmetic with CPython's
 * rules (true division, floor division and modulo signs, int ** negative -> float), sequence
 * concatenation and repetition, comparisons, and NumPy's elementwise versions on arrays.
 */
import * as libm from '../../core/math';
import { DType, NDArray } from '../../core/ndarray';
import { castNumber, checkWeakInt, isFloat, isInteger, Operand, resultType } from './dtypes';
import { astype, compactShape, elementwise, make, scalarAt, toArray } from './ndops';
import { isNDArray, NpScalar, PyDict, PyList, PyRaise, PyRange, PySet, PyTuple, rangeLength, tpName, Value } from './values';
import { notSupported } from './call';
import { percentFormat } from './format';
import { toDouble } from './rational';

type Num = bigint | number;

function asNum(v: Value): Num | undefined {
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof NpScalar) return typeof v.value === 'boolean' ? (v.value ? 1n : 0n) : v.value;
  return undefined;
}

function pyFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PyRaise('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floatMod(a: number, b: number): number {
  if (b === 0) throw new PyRaise('ZeroDivisionError', 'float modulo');
  const m = a % b;
  return m !== 0 && (m < 0) !== (b < 0) ? m + b : m === 0 ? (b < 0 ? -0 : 0) : m;
}

/** An int in float arithmetic: Python's OverflowError when no double holds it. */
function asDouble(x: Num): number {
  const d = Number(x);
  if (typeof x === 'bigint' && !Number.isFinite(d)) throw new PyRaise('OverflowError', 'int too large to convert to float');
  return d;
}

function numeric(op: string, a: Num, b: Num): Value {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/': {
        if (b === 0n) throw new PyRaise('ZeroDivisionError', 'division by zero');
        // Python rounds the exact quotient once (also for ints beyond 2**53).
        const q = toDouble({ n: a, d: b });
        if (!Number.isFinite(q)) throw new PyRaise('OverflowError', 'integer division result too large for a float');
        return q;
      }
      case '//': return pyFloorDiv(a, b);
      case '%': if (b === 0n) throw new PyRaise('ZeroDivisionError', 'integer modulo by zero'); return a - pyFloorDiv(a, b) * b;
      case '**': return b >= 0n ? a ** b : libm.pow(asDouble(a), asDouble(b));
    }
  }
  const x = asDouble(a), y = asDouble(b);
  switch (op) {
    case '+': return x + y;
    case '-': return x - y;
    case '*': return x * y;
    case '/': if (y === 0) throw new PyRaise('ZeroDivisionError', 'float division by zero'); return x / y;
    case '//': if (y === 0) throw new PyRaise('ZeroDivisionError', 'float floor division by zero'); return Math.floor(x / y);
    case '%': return floatMod(x, y);
    case '**':
      if (x === 0 && y < 0) throw new PyRaise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
      return libm.pow(x, y);
  }
  throw new PyRaise('TypeError', `unsupported operand type(s) for ${op}`);
}

/** a op b for + - * / // % ** & | ^ << >> (@ is not supported). */
export function binaryOp(op: string, a: Value, b: Value): Value {
  if (op === '%' && typeof a === 'string') return percentFormat(a, b);
  if (op === '&' || op === '|' || op === '^' || op === '<<' || op === '>>') return bitOp(op, a, b);
  if (op === '@') {
    if (isNDArray(a) || isNDArray(b) || a instanceof NpScalar || b instanceof NpScalar) throw notSupported('the @ operator (matrix multiplication)');
    throw new PyRaise('TypeError', `unsupported operand type(s) for @: '${tpName(a)}' and '${tpName(b)}'`); // no Python type defines it
  }
  if (isNDArray(a) || isNDArray(b) || (a instanceof NpScalar) || (b instanceof NpScalar)) return arrayOp(op, a, b);
  const x = asNum(a), y = asNum(b);
  if (x !== undefined && y !== undefined) return numeric(op, x, y);
  if (op === '+') {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (a instanceof PyList && b instanceof PyList) return new PyList([...a.items, ...b.items]);
    if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
  }
  if (op === '*') {
    const [seq, n] = typeof b === 'bigint' ? [a, b] : [b, a];
    if (typeof n === 'bigint') {
      const k = n < 0n ? 0 : Number(n);
      if (typeof seq === 'string') return seq.repeat(k);
      if (seq instanceof PyList) return new PyList(Array.from({ length: k }, () => seq.items).flat());
      if (seq instanceof PyTuple) return new PyTuple(Array.from({ length: k }, () => seq.items).flat());
    }
  }
  throw new PyRaise('TypeError', `unsupported operand type(s) for ${op === '**' ? '** or pow()' : op}: '${tpName(a)}' and '${tpName(b)}'`);
}

function bitOp(op: string, a: Value, b: Value): Value {
  const f: Record<string, (x: bigint, y: bigint) => bigint> = { '&': (x, y) => x & y, '|': (x, y) => x | y, '^': (x, y) => x ^ y, '<<': (x, y) => x << y, '>>': (x, y) => x >> y };
  if (isNDArray(a) || isNDArray(b) || a instanceof NpScalar || b instanceof NpScalar) {
    const [A, B] = [operand(a), operand(b)];
    const dtype = resultType([A, B]);
    if (isFloat(dtype)) throw new PyRaise('TypeError', `ufunc '${BIT_UFUNCS[op]}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
    return finish(elementwise([A.array, B.array], dtype, ([x, y]) => Number(f[op](BigInt(x), BigInt(y)))), [A, B]);
  }
  if (typeof a === 'boolean' && typeof b === 'boolean' && op !== '<<' && op !== '>>') return Boolean(f[op](a ? 1n : 0n, b ? 1n : 0n));
  if (a instanceof PySet && b instanceof PySet && op !== '<<' && op !== '>>') {
    const out = new PySet();
    const keep = (v: Value, inA: boolean, inB: boolean): void => { if (op === '&' ? inA && inB : op === '|' ? inA || inB : inA !== inB) out.add(v); };
    for (const v of a.ordered()) keep(v, true, b.has(v));
    for (const v of b.ordered()) if (!a.has(v)) keep(v, false, true);
    return out;
  }
  const x = asNum(a), y = asNum(b);
  if (typeof x === 'bigint' && typeof y === 'bigint') return f[op](x, y);
  throw new PyRaise('TypeError', `unsupported operand type(s) for ${op}: '${tpName(a)}' and '${tpName(b)}'`);
}

const BIT_UFUNCS: Record<string, string> = { '&': 'bitwise_and', '|': 'bitwise_or', '^': 'bitwise_xor', '<<': 'left_shift', '>>': 'right_shift' };

/** An operand of a NumPy operation: its array (0-d for scalars) and how it promotes (NEP 50). */
interface NpOperand extends Operand { array: NDArray; scalar: boolean }

function operand(v: Value): NpOperand {
  if (typeof v === 'bigint') return { array: make('int64', [], [Number(v)]), dtype: 'int64', weak: 'int', scalar: true, big: v } as NpOperand & { big: bigint };
  if (typeof v === 'number') return { array: make('float64', [], [v]), dtype: 'float64', weak: 'float', scalar: true };
  if (typeof v === 'boolean') return { array: make('bool', [], [v ? 1 : 0]), dtype: 'bool', weak: 'bool', scalar: true };
  if (v instanceof NpScalar) { const array = toArray(v); return { array, dtype: array.dtype, scalar: true }; }
  const array = toArray(v);
  return { array, dtype: array.dtype, scalar: false };
}

/** The dtype of an operation's result; a Python int must fit an integer array's dtype. */
function operationType(ops: NpOperand[]): DType {
  const dtype = resultType(ops);
  for (const o of ops) {
    const big = (o as NpOperand & { big?: bigint }).big;
    if (big !== undefined && isInteger(dtype)) checkWeakInt(big, dtype);
  }
  return dtype;
}

/** A 0-d result of scalar operands is a NumPy scalar, as NumPy returns. */
function finish(r: NDArray, ops: NpOperand[]): Value {
  return ops.every((o) => o.scalar) && r.shape.length === 0 ? scalarAt(r, 0) : r;
}

/** Integer power with wrap-around, as NumPy's integer loops compute it. */
function intPower(x: number, y: number, dtype: DType): number {
  if (y < 0) throw new PyRaise('ValueError', 'Integers to negative integer powers are not allowed.');
  let r = 1n;
  const base = BigInt(x);
  for (let k = 0; k < y; k++) r = BigInt.asIntN(64, r * base);
  return Number(castNumber(dtype, Number(r)));
}

function arrayOp(op: string, a: Value, b: Value): Value {
  const ops = [operand(a), operand(b)];
  let dtype = operationType(ops);
  if (op === '/' && !isFloat(dtype)) dtype = 'float64';
  if (dtype === 'bool' && op !== '/') {
    if (op === '-') throw new PyRaise('TypeError', 'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.');
    if (op === '+') return finish(elementwise([ops[0].array, ops[1].array], 'bool', ([x, y]) => (x || y ? 1 : 0)), ops);
    if (op === '*') return finish(elementwise([ops[0].array, ops[1].array], 'bool', ([x, y]) => (x && y ? 1 : 0)), ops);
    dtype = 'int8'; // NumPy computes //, % and ** on booleans as int8
  }
  if (dtype === 'float32' && op === '**') throw new PyRaise('NotSupported', "float32 ** is not supported by SeedLab's embedded engine (NumPy calls powf)");
  const ints = isInteger(dtype);
  const f: Record<string, (x: number, y: number) => number> = {
    '+': (x, y) => x + y, '-': (x, y) => x - y, '*': (x, y) => (ints ? Number(BigInt.asIntN(64, BigInt(x) * BigInt(y))) : x * y), '/': (x, y) => x / y,
    // Integer division by zero gives 0 in NumPy (with a warning), not an exception.
    '//': (x, y) => (ints ? (y === 0 ? 0 : Math.floor(x / y)) : Math.floor(x / y)),
    '%': (x, y) => (ints ? (y === 0 ? 0 : x - Math.floor(x / y) * y) : y === 0 ? NaN : x - Math.floor(x / y) * y),
    '**': (x, y) => (ints ? intPower(x, y, dtype) : libm.pow(x, y)),
  };
  const g = f[op];
  if (!g) throw new PyRaise('TypeError', `unsupported operand type(s) for ${op}: 'numpy.ndarray'`);
  const round = dtype === 'float32' ? Math.fround : (x: number): number => x;
  // Operands are first cast to the result dtype, then combined in it.
  const cast = (o: NpOperand): NDArray => (o.array.dtype === dtype ? o.array : astype(o.array, dtype));
  return finish(elementwise([cast(ops[0]), cast(ops[1])], dtype, ([x, y]) => round(g(x, y))), ops);
}

const UFUNC_NAMES: Record<string, string> = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '//': 'floor_divide', '%': 'remainder', '**': 'power' };

/** NumPy's 'same_kind' casting: within a kind, or up the ladder bool -> uint -> int -> float. */
function sameKind(from: DType, to: DType): boolean {
  const rank = (d: DType): number => (d === 'bool' ? 0 : isFloat(d) ? 3 : isInteger(d) && d.startsWith('u') ? 1 : 2);
  return rank(from) <= rank(to) && !(rank(from) === 2 && rank(to) === 1);
}

/** a op= b on an array: np.<ufunc>(a, b, out=a, casting='same_kind'). */
export function inPlaceArrayUpdate(op: string, a: NDArray, b: Value): void {
  let r: Value;
  try {
    r = binaryOp(op, a, b);
  } catch (e) {
    // The ufunc's out= operand is a third shape in NumPy's message: "shapes (4,) (2,) (4,) ".
    if (e instanceof PyRaise && e.pyType === 'ValueError' && e.message.startsWith('operands could not be broadcast together with shapes ')) {
      throw new PyRaise('ValueError', `${e.message}${compactShape(a.shape)} `);
    }
    throw e;
  }
  const result = isNDArray(r) ? r : toArray(r);
  if (!sameKind(result.dtype, a.dtype)) {
    throw new PyRaise('UFuncTypeError', `Cannot cast ufunc '${UFUNC_NAMES[op] ?? op}' output from dtype('${result.dtype}') to dtype('${a.dtype}') with casting rule 'same_kind'`);
  }
  if (result.data.length !== a.data.length || result.shape.length > a.shape.length) {
    throw new PyRaise('ValueError', `non-broadcastable output operand with shape ${compactShape(a.shape)} doesn't match the broadcast shape ${compactShape(result.shape)}`);
  }
  const dst = a.data as unknown as { [i: number]: number | bigint };
  for (let i = 0; i < a.data.length; i++) dst[i] = castNumber(a.dtype, Number(result.data[i]));
}


export function unaryOp(op: string, a: Value): Value {
  if (isNDArray(a) || a instanceof NpScalar) {
    const o = operand(a);
    const dt = o.array.dtype;
    if (dt === 'bool' && op === '-') throw new PyRaise('TypeError', 'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.');
    if (isFloat(dt) && op === '~') throw new PyRaise('TypeError', "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
    const f = (x: number): number => (op === '-' ? -x : op === '~' ? (dt === 'bool' ? (x ? 0 : 1) : Number(~BigInt(x))) : x);
    return finish(elementwise([o.array], dt, ([x]) => f(x)), [o]);
  }
  const x = asNum(a);
  if (x === undefined) throw new PyRaise('TypeError', `bad operand type for unary ${op}: '${tpName(a)}'`);
  if (op === '-') return typeof x === 'bigint' ? -x : -x;
  if (op === '+') return x;
  if (op === '~' && typeof x === 'bigint') return ~x;
  throw new PyRaise('TypeError', `bad operand type for unary ${op}: '${tpName(a)}'`);
}

export function equal(a: Value, b: Value): boolean {
  const x = asNum(a), y = asNum(b);
  if (x !== undefined && y !== undefined) return compareNumbers(x, y) === 0;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a === null || b === null) return a === b;
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    return a.items.length === b.items.length && a.items.every((v, i) => equal(v, b.items[i]));
  }
  if (a instanceof PyDict && b instanceof PyDict) return a.entries.size === b.entries.size && [...a.entries.entries()].every(([k, [, v]]) => b.entries.has(k) && equal(v, b.entries.get(k)![1]));
  return a === b;
}

/** -1, 0 or 1 as x is below, equal to or above y, exactly across ints and floats; NaN if either is NaN. */
function compareNumbers(x: number | bigint, y: number | bigint): number {
  if (typeof x === 'bigint' && typeof y === 'bigint') return x < y ? -1 : x > y ? 1 : 0;
  if (typeof x === 'number' && typeof y === 'number') return Number.isNaN(x) || Number.isNaN(y) ? NaN : x < y ? -1 : x > y ? 1 : 0;
  // An int against a float: compare with the float's integer part, then its fraction (Python is exact here).
  const [i, f, sign] = typeof x === 'bigint' ? [x, y as number, 1] : [y as bigint, x as number, -1];
  if (Number.isNaN(f)) return NaN;
  if (!Number.isFinite(f)) return (f > 0 ? -1 : 1) * sign;
  const whole = Math.floor(f);
  const w = BigInt(whole);
  const c = i < w ? -1 : i > w ? 1 : f > whole ? -1 : 0;
  return c * sign;
}

const ORDER: Readonly<Record<string, (c: number) => boolean>> = { '<': (c) => c < 0, '>': (c) => c > 0, '<=': (c) => c <= 0, '>=': (c) => c >= 0 };

/** a op b for an ordering op, as Python compares numbers, strings, lists and tuples (its messages name op and operands as written). */
function ordered(op: string, a: Value, b: Value): boolean {
  const x = asNum(a), y = asNum(b);
  if (x !== undefined && y !== undefined) return ORDER[op](compareNumbers(x, y));
  if (typeof a === 'string' && typeof b === 'string') return ORDER[op](a < b ? -1 : a > b ? 1 : 0);
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    // The first items that differ decide, compared with op itself; else the lengths.
    for (let i = 0; i < Math.min(a.items.length, b.items.length); i++) {
      if (!equal(a.items[i], b.items[i])) return ordered(op, a.items[i], b.items[i]);
    }
    return ORDER[op](a.items.length - b.items.length);
  }
  throw new PyRaise('TypeError', `'${op}' not supported between instances of '${tpName(a)}' and '${tpName(b)}'`);
}

export function compareOp(op: string, a: Value, b: Value): Value {
  if (isNDArray(a) || isNDArray(b)) {
    if (op === 'in') throw new PyRaise('NotSupported', "'in' on arrays is not supported by SeedLab's embedded engine");
    const cmp: Record<string, (x: number, y: number) => boolean> = { '<': (x, y) => x < y, '>': (x, y) => x > y, '<=': (x, y) => x <= y, '>=': (x, y) => x >= y, '==': (x, y) => x === y, '!=': (x, y) => x !== y };
    const ops = [operand(a), operand(b)];
    return finish(elementwise([ops[0].array, ops[1].array], 'bool', ([x, y]) => (cmp[op](x, y) ? 1 : 0)), ops);
  }
  const r = ((): boolean => {
    switch (op) {
      case '==': return equal(a, b);
      case '!=': return !equal(a, b);
      case '<': case '>': case '<=': case '>=': return ordered(op, a, b);
      case 'in': return contains(b, a);
    }
    throw new PyRaise('TypeError', `unsupported comparison ${op}`);
  })();
  return (a instanceof NpScalar || b instanceof NpScalar) ? new NpScalar('bool', r) : r;
}

function contains(container: Value, item: Value): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw new PyRaise('TypeError', "'in <string>' requires string as left operand");
    return container.includes(item);
  }
  if (container instanceof PyList || container instanceof PyTuple) return container.items.some((v) => equal(v, item));
  if (container instanceof PyDict) { try { return container.get(item) !== undefined; } catch { return false; } }
  if (container instanceof PySet) return container.has(item);
  if (container instanceof PyRange) {
    const x = asNum(item);
    if (typeof x !== 'bigint') return false;
    const k = (x - container.start);
    return k % container.step === 0n && k / container.step >= 0n && k / container.step < rangeLength(container);
  }
  throw new PyRaise('TypeError', `argument of type '${tpName(container)}' is not iterable`);
}
