/** Indexing, slicing and iteration over the engine's sequences and NumPy arrays. */
import { NDArray, shapeSize } from '../../core/ndarray';
import { kindOf, make, numbers, scalarAt } from './ndops';
import { isNDArray, NpScalar, PyDict, PyList, PyRaise, PyRange, PySet, PySlice, PyTuple, rangeLength, repr, typeName, Value } from './values';

function toIndex(v: Value): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof NpScalar && typeof v.value === 'bigint') return Number(v.value);
  throw new PyRaise('TypeError', `indices must be integers or slices, not ${typeName(v)}`);
}

/** Python's slice.indices(n): the positions a slice selects. */
function sliceIndices(s: PySlice, n: number): number[] {
  const step = s.step === null ? 1 : toIndex(s.step);
  if (step === 0) throw new PyRaise('ValueError', 'slice step cannot be zero');
  const clamp = (v: Value, dflt: number): number => {
    if (v === null) return dflt;
    let i = toIndex(v);
    if (i < 0) i += n;
    return step > 0 ? Math.min(Math.max(i, 0), n) : Math.min(Math.max(i, -1), n - 1);
  };
  const start = clamp(s.start, step > 0 ? 0 : n - 1);
  const stop = clamp(s.stop, step > 0 ? n : -1);
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

function normIndex(i: number, n: number, what: string): number {
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw new PyRaise('IndexError', `${what} index out of range`);
  return j;
}

export function getItem(obj: Value, key: Value): Value {
  if (obj instanceof PyList || obj instanceof PyTuple) {
    if (key instanceof PySlice) {
      const items = sliceIndices(key, obj.items.length).map((i) => obj.items[i]);
      return obj instanceof PyList ? new PyList(items) : new PyTuple(items);
    }
    return obj.items[normIndex(toIndex(key), obj.items.length, obj instanceof PyList ? 'list' : 'tuple')];
  }
  if (typeof obj === 'string') {
    if (key instanceof PySlice) return sliceIndices(key, obj.length).map((i) => obj[i]).join('');
    return obj[normIndex(toIndex(key), obj.length, 'string')];
  }
  if (obj instanceof PyDict) {
    const v = obj.get(key);
    if (v === undefined) throw new PyRaise('KeyError', repr(key));
    return v;
  }
  if (obj instanceof PyRange) {
    const n = Number(rangeLength(obj));
    return obj.start + BigInt(normIndex(toIndex(key), n, 'range object')) * obj.step;
  }
  if (isNDArray(obj)) return arrayItem(obj, key);
  throw new PyRaise('TypeError', `'${typeName(obj)}' object is not subscriptable`);
}

/** Basic and boolean-mask indexing of an ndarray. */
function arrayItem(a: NDArray, key: Value): Value {
  if (isNDArray(key) && key.dtype === 'bool') {
    const vals = numbers(a);
    const picked = vals.filter((_, i) => key.data[i]);
    return make(kindOf(a), [picked.length], picked);
  }
  if (key instanceof PyList || isNDArray(key)) {
    const idx = isNDArray(key) ? numbers(key) : key.items.map(toIndex);
    const rows = idx.map((i) => arrayItem(a, BigInt(i)));
    return stack(a, rows);
  }
  const keys = key instanceof PyTuple ? key.items : [key];
  if (keys.length > a.shape.length) throw new PyRaise('IndexError', `too many indices for array: array is ${a.shape.length}-dimensional, but ${keys.length} were indexed`);
  let cur: NDArray = a;
  let axis = 0;
  for (const k of keys) {
    const n = cur.shape[axis];
    const inner = shapeSize(cur.shape.slice(axis + 1));
    const outer = shapeSize(cur.shape.slice(0, axis));
    const picks = k instanceof PySlice ? sliceIndices(k, n) : [normIndexArray(toIndex(k), n, axis)];
    const vals = numbers(cur);
    const out: number[] = [];
    for (let o = 0; o < outer; o++) for (const p of picks) for (let i = 0; i < inner; i++) out.push(vals[(o * n + p) * inner + i]);
    const shape = k instanceof PySlice ? [...cur.shape.slice(0, axis), picks.length, ...cur.shape.slice(axis + 1)] : [...cur.shape.slice(0, axis), ...cur.shape.slice(axis + 1)];
    cur = make(kindOf(cur), shape, out);
    if (k instanceof PySlice) axis++;
  }
  return cur.shape.length === 0 ? scalarAt(cur, 0) : cur;
}

function normIndexArray(i: number, n: number, axis: number): number {
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw new PyRaise('IndexError', `index ${i} is out of bounds for axis ${axis} with size ${n}`);
  return j;
}

function stack(a: NDArray, rows: Value[]): NDArray {
  const parts = rows.map((r) => (isNDArray(r) ? numbers(r) : [Number((r as NpScalar).value)]));
  const rowShape = isNDArray(rows[0]) ? (rows[0] as NDArray).shape : [];
  return make(kindOf(a), [rows.length, ...rowShape], parts.flat());
}

export function setItem(obj: Value, key: Value, value: Value): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) throw new PyRaise('NotSupported', "slice assignment is not supported by SeedLab's embedded engine");
    obj.items[normIndex(toIndex(key), obj.items.length, 'list assignment')] = value;
    return;
  }
  if (obj instanceof PyDict) { obj.set(key, value); return; }
  if (isNDArray(obj) && obj.shape.length === 1 && !(key instanceof PySlice)) {
    const i = normIndexArray(toIndex(key), obj.shape[0], 0);
    const v = value instanceof NpScalar ? value.value : value;
    if (obj.data instanceof BigInt64Array) obj.data[i] = BigInt(v as bigint | number);
    else (obj.data as Float64Array)[i] = Number(v);
    return;
  }
  throw new PyRaise('TypeError', `'${typeName(obj)}' object does not support item assignment`);
}

export function* iterate(v: Value): Generator<Value> {
  if (v instanceof PyList || v instanceof PyTuple) { yield* [...v.items]; return; }
  if (typeof v === 'string') { yield* v; return; }
  if (v instanceof PyRange) {
    for (let i = v.start; v.step > 0n ? i < v.stop : i > v.stop; i += v.step) yield i;
    return;
  }
  if (v instanceof PyDict) { for (const [k] of [...v.entries.values()]) yield k; return; }
  if (v instanceof PySet) { yield* v.ordered(); return; }
  if (isNDArray(v)) {
    if (v.shape.length === 0) throw new PyRaise('TypeError', 'iteration over a 0-d array');
    for (let i = 0; i < v.shape[0]; i++) yield arrayItem(v, BigInt(i));
    return;
  }
  throw new PyRaise('TypeError', `'${typeName(v)}' object is not iterable`);
}
