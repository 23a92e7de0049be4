/** Attributes and methods of built-in types: list, str, dict, NumPy arrays and scalars. */
import { NDArray } from '../../core/ndarray';
import { pyround, sortValues } from './ordering';
import { equal } from './operators';
import { astype, make, numbers } from './ndops';
import { isFloat, parseDtype } from './dtypes';
import { linkSameOrder, linkView } from './views';
import { checkKeywords, METHOD_ONLY, SHARED } from './ndfuncs';
import { tupleOf } from './convert';
import { Builtin, isNDArray, NpScalar, PyDict, PyFunction, PyList, PyRaise, PySet, PyTuple, repr, str, Value } from './values';
import { iterate } from './sequences';
import { indexInt } from './pynumbers';

const fn = (name: string, call: Builtin['call']): Builtin => new Builtin(name, call);

export function attrOfBuiltinType(obj: Value, name: string): Value | undefined {
  if (obj instanceof PyList) return listAttr(obj, name);
  if (typeof obj === 'string') return strAttr(obj, name);
  if (obj instanceof PyDict) return dictAttr(obj, name);
  if (obj instanceof PySet) return setAttr(obj, name);
  if (isNDArray(obj)) return arrayAttr(obj, name);
  if (obj instanceof NpScalar) {
    if (name === 'item') return fn('item', () => (typeof obj.value === 'number' ? obj.value : obj.value));
    if (name === 'dtype') return obj.dtype;
  }
  if (typeof obj === 'number' && name === 'is_integer') return fn('is_integer', () => Number.isInteger(obj));
  // Functions and types (type(x) is a Builtin named after the type) know their name.
  if ((obj instanceof Builtin || obj instanceof PyFunction) && (name === '__name__' || name === '__qualname__')) return obj.name;
  return undefined;
}

function listAttr(l: PyList, name: string): Value | undefined {
  switch (name) {
    case 'append': return fn('append', ([x]) => { l.items.push(x); return null; });
    case 'extend': return fn('extend', ([x]) => { l.items.push(...(x as PyList).items); return null; });
    case 'pop': return fn('pop', ([i]) => {
      if (l.items.length === 0) throw new PyRaise('IndexError', 'pop from empty list');
      const k = i === undefined ? l.items.length - 1 : Number(i) < 0 ? Number(i) + l.items.length : Number(i);
      return l.items.splice(k, 1)[0];
    });
    case 'insert': return fn('insert', ([i, x]) => { l.items.splice(Number(i), 0, x); return null; });
    case 'index': return fn('index', ([x]) => {
      const k = l.items.findIndex((v) => equal(v, x));
      if (k < 0) throw new PyRaise('ValueError', `${str(x)} is not in list`);
      return BigInt(k);
    });
    case 'count': return fn('count', ([x]) => BigInt(l.items.filter((v) => equal(v, x)).length));
    case 'reverse': return fn('reverse', () => { l.items.reverse(); return null; });
    case 'copy': return fn('copy', () => new PyList([...l.items]));
    case 'sort': return fn('sort', (_a, kw) => {
      l.items = sortValues(l.items, kw);
      return null;
    });
  }
  return undefined;
}


function strAttr(s: string, name: string): Value | undefined {
  switch (name) {
    case 'upper': return fn(name, () => s.toUpperCase());
    case 'lower': return fn(name, () => s.toLowerCase());
    case 'strip': return fn(name, () => s.trim());
    case 'split': return fn(name, ([sep]) => new PyList((sep === undefined || sep === null ? s.trim().split(/\s+/).filter((x) => x) : s.split(sep as string))));
    case 'join': return fn(name, ([items]) => (items as PyList).items.map((x) => x as string).join(s));
    case 'replace': return fn(name, ([a, b]) => s.split(a as string).join(b as string));
    case 'startswith': return fn(name, ([p]) => s.startsWith(p as string));
    case 'endswith': return fn(name, ([p]) => s.endsWith(p as string));
    case 'format': return fn(name, (args) => { let i = 0; return s.replace(/\{\}/g, () => str(args[i++])); });
  }
  return undefined;
}

function setAttr(st: PySet, name: string): Value | undefined {
  const from = (xs: Value[]): PySet => { const out = new PySet(); for (const x of xs) out.add(x); return out; };
  switch (name) {
    case 'add': return fn(name, ([x]) => { st.add(x); return null; });
    case 'update': return fn(name, (args) => { for (const a of args) for (const x of iterate(a)) st.add(x); return null; });
    case 'discard': return fn(name, ([x]) => { st.delete(x); return null; });
    case 'remove': return fn(name, ([x]) => { if (!st.delete(x)) throw new PyRaise('KeyError', repr(x)); return null; });
    case 'copy': return fn(name, () => from(st.ordered()));
    case 'union': return fn(name, (args) => from([...st.ordered(), ...args.flatMap((a) => [...iterate(a)])]));
    case 'intersection': return fn(name, ([a]) => { const other = from([...iterate(a)]); return from(st.ordered().filter((x) => other.has(x))); });
    case 'difference': return fn(name, ([a]) => { const other = from([...iterate(a)]); return from(st.ordered().filter((x) => !other.has(x))); });
    case 'issubset': return fn(name, ([a]) => { const other = from([...iterate(a)]); return st.ordered().every((x) => other.has(x)); });
  }
  return undefined;
}

function dictAttr(d: PyDict, name: string): Value | undefined {
  switch (name) {
    case 'keys': return fn(name, () => new PyList([...d.entries.values()].map(([k]) => k)));
    case 'values': return fn(name, () => new PyList([...d.entries.values()].map(([, v]) => v)));
    case 'items': return fn(name, () => new PyList([...d.entries.values()].map(([k, v]) => new PyTuple([k, v]))));
    case 'get': return fn(name, ([k, dflt]) => d.get(k) ?? dflt ?? null);
  }
  return undefined;
}

function arrayAttr(a: NDArray, name: string): Value | undefined {
  const shared = METHOD_ONLY[name] ?? SHARED[name];
  if (shared) return fn(name, (args, kw) => { checkKeywords(name, kw, 'method'); return shared(a, args, kw); });
  switch (name) {
    case 'shape': return tupleOf(a.shape);
    case 'ndim': return BigInt(a.shape.length);
    case 'size': return BigInt(a.data.length);
    case 'dtype': return a.dtype;
    case 'T': if (a.shape.length <= 1) return a; return transpose(a);
    case 'round': return fn(name, (args, kw) => { checkKeywords(name, kw, 'method'); return roundArray(a, indexInt(kw.get('decimals') ?? args[0] ?? 0n)); });
    case 'tolist': return fn(name, () => toList(a));
    case 'copy': return fn(name, () => withShape(a, a.shape));
    case 'astype': return fn(name, ([dt]) => astype(a, parseDtype(dt)));
    case 'reshape': return fn(name, (args) => {
      const dims = (args.length === 1 && (args[0] instanceof PyTuple || args[0] instanceof PyList) ? (args[0] as PyTuple).items : args).map(indexInt);
      if (dims.filter((d) => d === -1).length > 1) throw new PyRaise('ValueError', 'can only specify one unknown dimension');
      const known = dims.filter((d) => d !== -1).reduce((p, d) => p * d, 1);
      // -1 takes what is left, when that is a whole number of rows.
      const shape = dims.map((d) => (d === -1 ? (known > 0 && a.data.length % known === 0 ? a.data.length / known : -1) : d));
      if (shape.includes(-1) || shape.reduce((p, d) => p * d, 1) !== a.data.length) throw new PyRaise('ValueError', `cannot reshape array of size ${a.data.length} into shape (${dims.map((d) => (d === -1 ? 'newaxis' : d)).join(',')}${dims.length === 1 ? ',' : ''})`);
      return linkSameOrder(withShape(a, shape), a);
    });
    case 'flatten': return fn(name, () => withShape(a, [a.data.length]));
    case 'ravel': return fn(name, () => linkSameOrder(withShape(a, [a.data.length]), a));
  }
  return undefined;
}

/** np.round: round half to even at `decimals` places, as NumPy does (x * 10^d rounded, divided back). */
export function pyroundHalfEven(x: number, decimals: number): number {
  if (decimals === 0) return pyround(x);
  const f = 10 ** Math.abs(decimals);
  return decimals > 0 ? pyround(x * f) / f : pyround(x / f) * f;
}

/** np.round / a.round: half to even at `decimals` places, in the array's dtype (ints unchanged for decimals >= 0). */
export function roundArray(a: NDArray, decimals: number): NDArray {
  if (!isFloat(a.dtype) && decimals >= 0) return withShape(a, a.shape);
  const r = a.dtype === 'float32' ? Math.fround : (x: number): number => x;
  return make(a.dtype, a.shape, numbers(a).map((x) => r(pyroundHalfEven(r(x), decimals))));
}

/** A copy of `a`'s elements (exact, whatever the dtype) under a new shape. */
function withShape(a: NDArray, shape: readonly number[]): NDArray {
  return { dtype: a.dtype, shape: [...shape], data: a.data.slice() } as NDArray;
}

/** a.T of a 2-d array: a view whose element (j, i) mirrors a's (i, j). */
function transpose(a: NDArray): NDArray {
  const [r, c] = a.shape;
  const out = withShape(a, [c, r]);
  const dst = out.data as unknown as { [i: number]: number | bigint };
  const src = a.data as unknown as { [i: number]: number | bigint };
  const positions = new Float64Array(r * c);
  for (let j = 0; j < c; j++) for (let i = 0; i < r; i++) { dst[j * r + i] = src[i * c + j]; positions[j * r + i] = i * c + j; }
  return linkView(out, a, positions);
}

export function toList(a: NDArray): Value {
  // Python ints for every integer dtype, floats for float dtypes, bools for bool.
  const conv = (x: number | bigint): Value => (a.dtype === 'bool' ? x === 1 : typeof x === 'bigint' ? x : isFloat(a.dtype) ? x : BigInt(x));
  if (a.shape.length === 0) return conv(a.data[0] as number | bigint);
  const rec = (off: number, dim: number): PyList => {
    const stride = a.shape.slice(dim + 1).reduce((p, d) => p * d, 1);
    return new PyList(Array.from({ length: a.shape[dim] }, (_, i) => (dim === a.shape.length - 1 ? conv(a.data[off + i] as number | bigint) : rec(off + i * stride, dim + 1))));
  };
  return rec(0, 0);
}

