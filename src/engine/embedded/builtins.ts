/** Python's built-in functions that snippets use. */
import type { Interpreter, InterpreterHost } from './interpreter';
import { formatValue } from './format';
import { pyround, sortValues } from './ordering';
import { pyroundHalfEven } from './methods';
import { binaryOp, compareOp } from './operators';
import { iterate } from './sequences';
import { absolute } from './ndops';
import { callValue, getAttr } from './call';
import { indexInt, pyIndex, toFloat, toInt } from './pynumbers';
import {
  Builtin, isNDArray, NpScalar, PyDict, PyList, PyRaise, PyRange, PySet, PyTuple, rangeLength, repr, str, tpName, truthy, typeName, Value,
} from './values';

export class Builtins {
  readonly table = new Map<string, Value>();

  constructor(private readonly host: InterpreterHost, _interp: Interpreter) {
    const def = (name: string, call: Builtin['call']): void => { this.table.set(name, new Builtin(name, call)); };
    def('print', (args, kw) => {
      const sep = kw.has('sep') && kw.get('sep') !== null ? str(kw.get('sep')!) : ' ';
      const end = kw.has('end') && kw.get('end') !== null ? str(kw.get('end')!) : '\n';
      this.host.write(args.map(str).join(sep) + end);
      return null;
    });
    def('__seedlab_cell__', () => { this.host.startCell?.(); return null; });
    def('len', ([x]) => {
      if (typeof x === 'string') return BigInt(x.length);
      if (x instanceof PyList || x instanceof PyTuple) return BigInt(x.items.length);
      if (x instanceof PyDict || x instanceof PySet) return BigInt(x.entries.size);
      if (x instanceof PyRange) return rangeLength(x);
      if (isNDArray(x)) { if (x.shape.length === 0) throw new PyRaise('TypeError', 'len() of unsized object'); return BigInt(x.shape[0]); }
      throw new PyRaise('TypeError', `object of type '${tpName(x)}' has no len()`);
    });
    def('range', (args) => {
      const n = args.map(pyIndex);
      const [start, stop, step] = n.length === 1 ? [0n, n[0], 1n] : [n[0], n[1], n[2] ?? 1n];
      if (step === 0n) throw new PyRaise('ValueError', 'range() arg 3 must not be zero');
      return new PyRange(start, stop, step);
    });
    def('int', ([x = 0n]) => toInt(x));
    def('float', ([x = 0n]) => toFloat(x));
    def('str', ([x = '']) => str(x));
    def('repr', ([x]) => repr(x));
    def('bool', ([x = false]) => truthy(x));
    def('abs', ([x]) => {
      if (typeof x === 'bigint') return x < 0n ? -x : x;
      if (typeof x === 'number') return Math.abs(x);
      if (typeof x === 'boolean') return x ? 1n : 0n;
      if (isNDArray(x) || x instanceof NpScalar) return absolute(x);
      throw new PyRaise('TypeError', `bad operand type for abs(): '${tpName(x)}'`);
    });
    def('list', ([x]) => new PyList(x === undefined ? [] : isNDArray(x) ? [...iterate(x)] : [...iterate(x)]));
    def('tuple', ([x]) => new PyTuple(x === undefined ? [] : [...iterate(x)]));
    def('dict', (_a, kw) => { const d = new PyDict(); for (const [k, v] of kw) d.set(k, v); return d; });
    def('sorted', ([x], kw) => new PyList(sortValues([...iterate(x)], kw)));
    def('set', ([x]) => { const st = new PySet(); if (x !== undefined) for (const v of iterate(x)) st.add(v); return st; });
    def('reversed', ([x]) => new PyList([...iterate(x)].reverse()));
    def('enumerate', ([x, start = 0n]) => new PyList([...iterate(x)].map((v, i) => new PyTuple([toInt(start) + BigInt(i), v]))));
    def('zip', (args) => {
      const lists = args.map((a) => [...iterate(a)]);
      const n = Math.min(...lists.map((l) => l.length));
      return new PyList(Array.from({ length: lists.length ? n : 0 }, (_, i) => new PyTuple(lists.map((l) => l[i]))));
    });
    def('map', ([f, ...xs]) => {
      const lists = xs.map((a) => [...iterate(a)]);
      const n = Math.min(...lists.map((l) => l.length));
      return new PyList(Array.from({ length: n }, (_, i) => callValue(f, lists.map((l) => l[i]), new Map())));
    });
    def('filter', ([f, x]) => new PyList([...iterate(x)].filter((v) => truthy(f === null ? v : callValue(f, [v], new Map())))));
    def('sum', ([x, start = 0n]) => [...iterate(x)].reduce((acc: Value, v) => binaryOp('+', acc, v), start));
    def('min', (args, kw) => extreme(args, kw, '<', 'min'));
    def('max', (args, kw) => extreme(args, kw, '>', 'max'));
    def('any', ([x]) => [...iterate(x)].some(truthy));
    def('all', ([x]) => [...iterate(x)].every(truthy));
    def('round', ([x, nd = null]) => {
      const scalar = x instanceof NpScalar && x.dtype === 'float64';
      const digits = nd === null ? null : indexInt(nd);
      if (x instanceof NpScalar) x = x.value as Value;
      if (typeof x === 'bigint') return digits === null || digits >= 0 ? x : roundIntHalfEven(x, 10n ** BigInt(-digits));
      const v = toFloat(x);
      if (digits === null) return BigInt(pyround(v));
      // np.float64.__round__ keeps the NumPy type (and rounds as np.round does).
      return scalar ? new NpScalar('float64', pyroundHalfEven(v, digits)) : roundTo(v, digits);
    });
    def('isinstance', ([x, t]) => {
      const names = t instanceof PyTuple ? t.items.map((b) => (b as Builtin).name) : [(t as Builtin).name];
      const tn = typeName(x);
      return names.some((n) => n === tn || (n === 'int' && tn === 'bool') || (n === 'object'));
    });
    // type(x) is the type's constructor where the engine has one (type(x)(3) works), named after it.
    def('type', ([x]) => {
      const name = typeName(x);
      const ctor = this.table.get(name);
      return new Builtin(name, ctor instanceof Builtin ? ctor.call : () => { throw new PyRaise('NotSupported', `calling type(x) for a ${name}`); });
    });
    def('format', ([x, spec = '']) => formatValue(x, str(spec)));
    def('getattr', ([x, name, dflt]) => {
      try { return getAttr(x, str(name)); } catch (e) { if (dflt !== undefined && e instanceof PyRaise && e.pyType === 'AttributeError') return dflt; throw e; }
    });
    def('hasattr', ([x, name]) => {
      try { getAttr(x, str(name)); return true; } catch (e) { if (e instanceof PyRaise && e.pyType === 'AttributeError') return false; throw e; }
    });
    def('divmod', ([a, b]) => new PyTuple([binaryOp('//', a, b), binaryOp('%', a, b)]));
    def('pow', ([a, b]) => binaryOp('**', a, b));
    def('hash', ([x]) => (typeof x === 'bigint' ? x : 0n));
    def('chr', ([x]) => String.fromCodePoint(Number(x)));
    def('ord', ([x]) => BigInt((x as string).codePointAt(0)!));
  }
}

function extreme(args: Value[], kw: Map<string, Value>, op: string, name: string): Value {
  const items = args.length === 1 ? [...iterate(args[0])] : args;
  if (items.length === 0) {
    if (kw.has('default')) return kw.get('default')!;
    throw new PyRaise('ValueError', `${name}() arg is an empty sequence`);
  }
  const key = kw.get('key') ?? null;
  let best = items[0];
  let bestKey = key === null ? best : callValue(key, [best], new Map());
  for (const v of items.slice(1)) {
    const k = key === null ? v : callValue(key, [v], new Map());
    if (truthy(compareOp(op, k, bestKey))) { best = v; bestKey = k; }
  }
  return best;
}

/** round(x, n) as CPython: correctly rounded decimal, half to even. */
function roundTo(x: number, n: number): number {
  if (!Number.isFinite(x) || n > 300) return x;
  if (n >= 0) {
    const s = x.toFixed(Math.min(n + 30, 100));
    const [ip, fp = ''] = s.split('.');
    const keep = fp.slice(0, n);
    const rest = fp.slice(n);
    let digits = (ip.replace('-', '') + keep).split('').map(Number);
    const half = rest[0] === '5' && !/[1-9]/.test(rest.slice(1));
    const up = rest[0] > '5' || (rest[0] === '5' && (!half || digits[digits.length - 1] % 2 === 1));
    if (up) {
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === 9) digits[i--] = 0;
      if (i < 0) digits = [1, ...digits]; else digits[i]++;
    }
    const intLen = digits.length - n;
    const text = `${x < 0 ? '-' : ''}${digits.slice(0, intLen).join('') || '0'}.${digits.slice(intLen).join('') || '0'}`;
    return Number(text);
  }
  const f = 10 ** -n;
  return pyround(x / f) * f;
}

/** int.__round__ with negative digits: x to a multiple of `unit`, ties to even. */
function roundIntHalfEven(x: bigint, unit: bigint): bigint {
  let q = x / unit;
  let r = x % unit;
  if (r < 0n) { q -= 1n; r += unit; }
  if (2n * r > unit || (2n * r === unit && q % 2n !== 0n)) q += 1n;
  return q * unit;
}
