/**
 * Python's operators on the engine's values: int (bigint) and float arithmetic with CPython's
 * rules (true division, floor division and modulo signs, int ** negative -> float), sequence
 * concatenation and repetition, comparisons, and NumPy's elementwise versions on arrays.
 */
import * as libm from '../../core/math';
import { elementwise, kindOf, Kind, toArray } from './ndops';
import { isNDArray, NpScalar, PyDict, PyList, PyRaise, PyRange, PySet, PyTuple, rangeLength, typeName, Value } from './values';
import { percentFormat } from './format';

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

function numeric(op: string, a: Num, b: Num): Value {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/':
        if (b === 0n) throw new PyRaise('ZeroDivisionError', 'division by zero');
        return Number(a) / Number(b);
      case '//': return pyFloorDiv(a, b);
      case '%': if (b === 0n) throw new PyRaise('ZeroDivisionError', 'integer modulo by zero'); return a - pyFloorDiv(a, b) * b;
      case '**': return b >= 0n ? a ** b : libm.pow(Number(a), Number(b));
    }
  }
  const x = Number(a), y = Number(b);
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
  if (isNDArray(a) || isNDArray(b) || (a instanceof NpScalar) || (b instanceof NpScalar)) {
    if (isNDArray(a) || isNDArray(b)) return arrayOp(op, a, b);
    const r = binaryOp(op, asNum(a) as Value, asNum(b) as Value);
    return typeof r === 'number' ? new NpScalar('float64', r) : typeof r === 'bigint' ? new NpScalar('int64', r) : r;
  }
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
  throw new PyRaise('TypeError', `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

function bitOp(op: string, a: Value, b: Value): Value {
  const f: Record<string, (x: bigint, y: bigint) => bigint> = { '&': (x, y) => x & y, '|': (x, y) => x | y, '^': (x, y) => x ^ y, '<<': (x, y) => x << y, '>>': (x, y) => x >> y };
  if (isNDArray(a) || isNDArray(b)) {
    const A = toArray(a), B = toArray(b);
    const kind: Kind = A.dtype === 'bool' && B.dtype === 'bool' ? 'bool' : 'int64';
    return elementwise([A, B], kind, ([x, y]) => Number(f[op](BigInt(x), BigInt(y))));
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
  throw new PyRaise('TypeError', `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

function arrayOp(op: string, a: Value, b: Value): Value {
  const A = toArray(a instanceof NpScalar ? (a.value as Value) : a);
  const B = toArray(b instanceof NpScalar ? (b.value as Value) : b);
  const ints = kindOf(A) !== 'float64' && kindOf(B) !== 'float64';
  const kind: Kind = op === '/' ? 'float64' : ints ? 'int64' : 'float64';
  const f: Record<string, (x: number, y: number) => number> = {
    '+': (x, y) => x + y, '-': (x, y) => x - y, '*': (x, y) => x * y, '/': (x, y) => x / y,
    '//': (x, y) => Math.floor(x / y), '%': (x, y) => (y === 0 ? NaN : x - Math.floor(x / y) * y), '**': (x, y) => libm.pow(x, y),
  };
  const g = f[op];
  if (!g) throw new PyRaise('TypeError', `unsupported operand type(s) for ${op}: 'numpy.ndarray'`);
  return elementwise([A, B], kind, ([x, y]) => g(x, y));
}

export function unaryOp(op: string, a: Value): Value {
  if (isNDArray(a)) {
    const k = kindOf(a);
    return elementwise([a], k === 'bool' ? 'int64' : k, ([x]) => (op === '-' ? -x : op === '~' ? ~x : x));
  }
  if (a instanceof NpScalar) return binaryOp('*', a, op === '-' ? -1n : 1n);
  const x = asNum(a);
  if (x === undefined) throw new PyRaise('TypeError', `bad operand type for unary ${op}: '${typeName(a)}'`);
  if (op === '-') return typeof x === 'bigint' ? -x : -x;
  if (op === '+') return x;
  if (op === '~' && typeof x === 'bigint') return ~x;
  throw new PyRaise('TypeError', `bad operand type for unary ${op}: '${typeName(a)}'`);
}

export function equal(a: Value, b: Value): boolean {
  const x = asNum(a), y = asNum(b);
  if (x !== undefined && y !== undefined) return typeof x === 'bigint' && typeof y === 'bigint' ? x === y : Number(x) === Number(y);
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a === null || b === null) return a === b;
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    return a.items.length === b.items.length && a.items.every((v, i) => equal(v, b.items[i]));
  }
  if (a instanceof PyDict && b instanceof PyDict) return a.entries.size === b.entries.size && [...a.entries.entries()].every(([k, [, v]]) => b.entries.has(k) && equal(v, b.entries.get(k)![1]));
  return a === b;
}

function less(a: Value, b: Value): boolean {
  const x = asNum(a), y = asNum(b);
  if (x !== undefined && y !== undefined) return typeof x === 'bigint' && typeof y === 'bigint' ? x < y : Number(x) < Number(y);
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    for (let i = 0; i < Math.min(a.items.length, b.items.length); i++) {
      if (!equal(a.items[i], b.items[i])) return less(a.items[i], b.items[i]);
    }
    return a.items.length < b.items.length;
  }
  throw new PyRaise('TypeError', `'<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function compareOp(op: string, a: Value, b: Value): Value {
  if (isNDArray(a) || isNDArray(b)) {
    if (op === 'in') throw new PyRaise('NotSupported', "'in' on arrays is not supported by SeedLab's embedded engine");
    const cmp: Record<string, (x: number, y: number) => boolean> = { '<': (x, y) => x < y, '>': (x, y) => x > y, '<=': (x, y) => x <= y, '>=': (x, y) => x >= y, '==': (x, y) => x === y, '!=': (x, y) => x !== y };
    return elementwise([toArray(a instanceof NpScalar ? (a.value as Value) : a), toArray(b instanceof NpScalar ? (b.value as Value) : b)], 'bool', ([x, y]) => (cmp[op](x, y) ? 1 : 0));
  }
  const r = ((): boolean => {
    switch (op) {
      case '==': return equal(a, b);
      case '!=': return !equal(a, b);
      case '<': return less(a, b);
      case '>': return less(b, a);
      case '<=': return less(a, b) || equal(a, b);
      case '>=': return less(b, a) || equal(a, b);
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
  throw new PyRaise('TypeError', `argument of type '${typeName(container)}' is not iterable`);
}
