/** Indexing, slicing and iteration over the engine's sequences and NumPy arrays. */
import { NDArray } from '../../core/ndarray';
import { gather, scatter, select, slicePositions } from './ndindex';
import { linkView, written } from './views';
import { scalarAt } from './ndops';
import { isNDArray, NpScalar, PyDict, PyList, PyRaise, PyRange, PySet, PySlice, PyTuple, rangeLength, repr, tpName, typeName, Value } from './values';

/** An int index into `container` (list, tuple, str, range), with Python's message for anything else. */
function toIndex(v: Value, container: Value): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof NpScalar && typeof v.value === 'bigint') return Number(v.value);
  if (typeof container === 'string') throw new PyRaise('TypeError', `string indices must be integers, not '${tpName(v)}'`);
  throw new PyRaise('TypeError', `${typeName(container)} indices must be integers or slices, not ${tpName(v)}`);
}

function normIndex(i: number, n: number, what: string): number {
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw new PyRaise('IndexError', `${what} index out of range`);
  return j;
}

export function getItem(obj: Value, key: Value): Value {
  if (obj instanceof PyList || obj instanceof PyTuple) {
    if (key instanceof PySlice) {
      const items = slicePositions(key, obj.items.length).map((i) => obj.items[i]);
      return obj instanceof PyList ? new PyList(items) : new PyTuple(items);
    }
    return obj.items[normIndex(toIndex(key, obj), obj.items.length, obj instanceof PyList ? 'list' : 'tuple')];
  }
  if (typeof obj === 'string') {
    if (key instanceof PySlice) return slicePositions(key, obj.length).map((i) => obj[i]).join('');
    return obj[normIndex(toIndex(key, obj), obj.length, 'string')];
  }
  if (obj instanceof PyDict) {
    const v = obj.get(key);
    if (v === undefined) throw new PyRaise('KeyError', repr(key));
    return v;
  }
  if (obj instanceof PyRange) {
    const n = Number(rangeLength(obj));
    return obj.start + BigInt(normIndex(toIndex(key, obj), n, 'range object')) * obj.step;
  }
  if (isNDArray(obj)) return arrayItem(obj, key);
  if (obj instanceof NpScalar) throw new PyRaise('IndexError', 'invalid index to scalar variable.');
  throw new PyRaise('TypeError', `'${tpName(obj)}' object is not subscriptable`);
}

/** NumPy indexing of an ndarray (ndindex.ts): a copy, or a NumPy scalar for a single element. */
function arrayItem(a: NDArray, key: Value): Value {
  const sel = select(a.shape, key);
  const picked = gather(a, sel);
  if (picked.shape.length === 0) return scalarAt(picked, 0);
  return sel.advanced ? picked : linkView(picked, a, sel.positions);
}

export function setItem(obj: Value, key: Value, value: Value): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) return assignListSlice(obj, key, value);
    obj.items[normIndex(toIndex(key, obj), obj.items.length, 'list assignment')] = value;
    return;
  }
  if (obj instanceof PyDict) { obj.set(key, value); return; }
  if (isNDArray(obj)) {
    scatter(obj, select(obj.shape, key, true), value);
    written(obj);
    return;
  }
  throw new PyRaise('TypeError', `'${tpName(obj)}' object does not support item assignment`);
}

/** list[a:b] = iterable replaces a run (any length); an extended slice needs as many items as it selects. */
function assignListSlice(list: PyList, key: PySlice, value: Value): void {
  let items: Value[];
  try {
    items = [...iterate(value)];
  } catch {
    throw new PyRaise('TypeError', key.step === null ? 'can only assign an iterable' : 'must assign iterable to extended slice');
  }
  const n = list.items.length;
  const picks = slicePositions(key, n);
  const step = key.step === null ? 1 : toIndex(key.step, list);
  if (step === 1) {
    // Python clamps start and stop; an empty selection still inserts at start.
    const start = slicePositions(new PySlice(key.start, null, null), n)[0] ?? n;
    list.items.splice(start, picks.length, ...items);
    return;
  }
  if (items.length !== picks.length) throw new PyRaise('ValueError', `attempt to assign sequence of size ${items.length} to extended slice of size ${picks.length}`);
  picks.forEach((p, i) => { list.items[p] = items[i]; });
}

export function deleteItem(obj: Value, key: Value): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const drop = new Set(slicePositions(key, obj.items.length));
      obj.items = obj.items.filter((_, i) => !drop.has(i));
      return;
    }
    obj.items.splice(normIndex(toIndex(key, obj), obj.items.length, 'list assignment'), 1);
    return;
  }
  if (obj instanceof PyDict) {
    if (!obj.delete(key)) throw new PyRaise('KeyError', repr(key));
    return;
  }
  if (isNDArray(obj)) throw new PyRaise('ValueError', 'cannot delete array elements');
  // CPython words it per kind: sequences "doesn't", any other object "does not".
  const sequence = obj instanceof PyTuple || typeof obj === 'string' || obj instanceof PyRange;
  throw new PyRaise('TypeError', `'${tpName(obj)}' object ${sequence ? "doesn't" : 'does not'} support item deletion`);
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
  throw new PyRaise('TypeError', `'${tpName(v)}' object is not iterable`);
}
