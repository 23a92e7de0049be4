/**
 * The embedded engine's Python values. ints are bigints and floats are numbers, so the two never
 * mix up; containers are small classes; NumPy arrays are the core's NDArray, NumPy scalars NpScalar.
 */
import { NDArray } from '../../core/ndarray';
import { pyFloatRepr, pyStrRepr } from '../../core/pyvalues';
import { cpythonSetOrder, intHash } from './settable';
import { arrayRepr, arrayStr, DEFAULT_PRINT_OPTIONS, PrintOptions, strArrayRepr, strArrayStr } from './ndformat';
import { TP_NAMES } from './data/attribute-names';

export class PyList { constructor(public items: Value[]) {} }
export class PyTuple { constructor(public readonly items: Value[]) {} }
export class PyRange { constructor(public readonly start: bigint, public readonly stop: bigint, public readonly step: bigint) {} }
export class PySlice { constructor(public readonly start: Value, public readonly stop: Value, public readonly step: Value) {} }
/** The `...` singleton (NumPy indexing uses it). */
export class PyEllipsis { static readonly instance = new PyEllipsis(); private constructor() {} }

export class PyDict {
  readonly entries = new Map<string, [Value, Value]>();
  get(k: Value): Value | undefined { return this.entries.get(keyOf(k))?.[1]; }
  set(k: Value, v: Value): void { this.entries.set(keyOf(k), [k, v]); }
  delete(k: Value): boolean { return this.entries.delete(keyOf(k)); }
}

/** A NumPy array of str (dtype '<Un'), as choice() over a list of strings returns. */
export class StrArray {
  /** `width`: the dtype's '<U' length (NumPy keeps the population's, not the longest pick's). */
  constructor(public readonly items: string[], public readonly shape: number[], public readonly width = Math.max(1, ...items.map((s) => [...s].length))) {}
}

/** A set (insertion-ordered entries; iteration follows CPython's table, see settable.ts). */
export class PySet {
  readonly entries = new Map<string, Value>();
  add(v: Value): void { this.entries.set(keyOf(v), v); }
  has(v: Value): boolean { return this.entries.has(keyOf(v)); }
  delete(v: Value): boolean { return this.entries.delete(keyOf(v)); }
  /** CPython's iteration order where the hashes are knowable (int-valued elements), else insertion order. */
  ordered(): Value[] {
    const vals = [...this.entries.values()];
    const hashed = vals.map((value) => ({ value, hash: intHash(value instanceof NpScalar ? value.value : value) }));
    if (hashed.some((e) => e.hash === null)) return vals;
    return cpythonSetOrder(hashed as Array<{ value: Value; hash: bigint }>);
  }
}

/** A NumPy scalar such as np.float64(0.5), as returned by reductions and array indexing. */
export class NpScalar { constructor(public readonly dtype: string, public readonly value: number | bigint | boolean) {} }

export type Callable = (args: Value[], kwargs: Map<string, Value>) => Value;

/** A function implemented in TypeScript (builtins, module functions, bound core methods). */
export class Builtin { constructor(public readonly name: string, public readonly call: Callable) {} }

export class PyModule { constructor(public readonly name: string, public readonly attrs: Map<string, Value>) {} }

/** An object whose attributes come from a getter (RandomState, Generator, Random, ndarray methods). */
export class PyObject {
  constructor(
    public readonly typeName: string,
    public readonly getAttr: (name: string) => Value | undefined,
    public readonly native?: unknown,
    /** Sets a writable attribute (e.g. bit_generator.state); false when there is none by that name. */
    public readonly setAttr?: (name: string, value: Value) => boolean,
  ) {}
}

/** A user-defined function: evaluated by the interpreter. */
export class PyFunction { constructor(public readonly name: string, public readonly impl: Callable) {} }

export type Value =
  | bigint | number | boolean | null | string
  | PyList | PyTuple | PyDict | PySet | PyRange | PySlice | PyEllipsis | NpScalar | StrArray | PyExceptionValue | Builtin | PyModule | PyObject | PyFunction | NDArray;

/** A Python exception on its way up: type name and message. */
export class PyRaise extends Error {
  /** CPython's "Did you mean" name, shown only when the exception ends the program. */
  suggestion?: string;
  /** For an AttributeError: the missing name and dir() of the object, searched for a suggestion only if it ends the program. */
  missingAttribute?: { readonly name: string; readonly candidates: readonly string[] };
  constructor(readonly pyType: string, message: string, public line = 0) {
    super(message);
  }
}

export const isNDArray = (v: unknown): v is NDArray => typeof v === 'object' && v !== null && 'shape' in v && 'dtype' in v && 'data' in v && !(v instanceof PyObject);

/** A raised exception bound by `except ... as e`. */
export class PyExceptionValue { constructor(public readonly pyType: string, public readonly message: string) {} }

export function typeName(v: Value): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'boolean': return 'bool';
    case 'string': return 'str';
  }
  if (v instanceof PyList) return 'list';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyDict) return 'dict';
  if (v instanceof PySet) return 'set';
  if (v instanceof PyRange) return 'range';
  if (v instanceof PySlice) return 'slice';
  if (v instanceof PyEllipsis) return 'ellipsis';
  if (v instanceof NpScalar) return v.dtype;
  if (v instanceof Builtin) return 'builtin_function_or_method';
  if (v instanceof PyFunction) return 'function';
  if (v instanceof PyModule) return 'module';
  if (v instanceof PyObject) return v.typeName;
  if (v instanceof PyExceptionValue) return v.pyType;
  return 'ndarray';
}

/** How Python's messages name v's type (tp_name): 'numpy.ndarray', 'numpy.float64', 'numpy.random._generator.Generator', 'list'. */
export function tpName(v: Value): string {
  const key = typeKey(v);
  return TP_NAMES[key] ?? key;
}

/** typeName, but NumPy scalars as 'np.<dtype>' (np.bool's __name__ is 'bool', as Python's bool's is): the key of the extracted tables. */
export function typeKey(v: Value): string {
  return v instanceof NpScalar ? `np.${v.dtype}` : typeName(v);
}

/** Dict keys: equal Python values give equal keys (1 == 1.0 == True). */
function keyOf(v: Value): string {
  if (typeof v === 'boolean') return `n:${v ? 1 : 0}`;
  if (typeof v === 'bigint') return `n:${v}`;
  if (typeof v === 'number') return Number.isInteger(v) ? `n:${BigInt(v)}` : `f:${v}`;
  if (typeof v === 'string') return `s:${v}`;
  if (v === null) return 'None';
  if (v instanceof PyTuple) return `t:(${v.items.map(keyOf).join(',')})`;
  if (v instanceof NpScalar) return keyOf(v.value as Value);
  // Generators, functions and modules hash by identity, as Python's objects do by default.
  if (v instanceof PyObject || v instanceof PyFunction || v instanceof Builtin || v instanceof PyModule) {
    let id = IDENTITIES.get(v);
    if (id === undefined) IDENTITIES.set(v, (id = IDENTITIES_GIVEN++));
    return `o:${id}`;
  }
  throw new PyRaise('TypeError', `unhashable type: '${tpName(v)}'`);
}

const IDENTITIES = new WeakMap<object, number>();
let IDENTITIES_GIVEN = 0;

export function truthy(v: Value): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.entries.size > 0;
  if (v instanceof PyRange) return rangeLength(v) > 0n;
  if (v instanceof NpScalar) return Boolean(v.value) && v.value !== 0n;
  if (isNDArray(v)) {
    if (v.data.length !== 1) throw new PyRaise('ValueError', 'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
    return Boolean(v.data[0]);
  }
  return true;
}

export function rangeLength(r: PyRange): bigint {
  if (r.step > 0n) return r.stop > r.start ? (r.stop - r.start + r.step - 1n) / r.step : 0n;
  return r.start > r.stop ? (r.start - r.stop - r.step - 1n) / -r.step : 0n;
}

/** Print options shared by every repr (np.set_printoptions changes them). */
export const printOptions: PrintOptions = { ...DEFAULT_PRINT_OPTIONS };

export function repr(v: Value): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'bigint': return v.toString();
    case 'number': return pyFloatRepr(v);
    case 'boolean': return v ? 'True' : 'False';
    case 'string': return pyStrRepr(v);
  }
  if (v instanceof PyList) return `[${v.items.map(repr).join(', ')}]`;
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${repr(v.items[0])},)` : `(${v.items.map(repr).join(', ')})`;
  if (v instanceof PyDict) return `{${[...v.entries.values()].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', ')}}`;
  if (v instanceof PySet) return v.entries.size === 0 ? 'set()' : `{${v.ordered().map(repr).join(', ')}}`;
  if (v instanceof PyRange) return v.step === 1n ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof NpScalar && printOptions.legacy !== false && Number(printOptions.legacy) <= 1.25) return scalarText(v);
  if (v instanceof NpScalar) return `np.${v.dtype === 'bool' ? 'True_' : v.dtype}(${scalarText(v)})`.replace('np.True_(False)', 'np.False_').replace('np.True_(True)', 'np.True_');
  if (v instanceof Builtin) return `<built-in function ${v.name}>`;
  if (v instanceof PyFunction) return `<function ${v.name}>`;
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyObject) return `${v.typeName}()`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PyEllipsis) return 'Ellipsis';
  if (v instanceof PyExceptionValue) return `${v.pyType}(${v.message === '' ? '' : pyStrRepr(v.message)})`;
  if (v instanceof StrArray) return strArrayRepr(v.items, v.shape, printOptions, v.width);
  return arrayRepr(v, printOptions);
}

function scalarText(v: NpScalar): string {
  if (typeof v.value === 'boolean') return v.value ? 'True' : 'False';
  if (typeof v.value === 'bigint') return v.value.toString();
  if (v.dtype === 'float32') {
    // NumPy 2.3+ switches float32 scalars to exponents from 1e6 (10**finfo.precision); before, 1e16.
    const legacy = printOptions.legacy !== false && Number(printOptions.legacy) <= 2.2;
    return pyFloatRepr(v.value as number, true, legacy ? 1e16 : 1e6);
  }
  return v.dtype === 'float64' ? pyFloatRepr(v.value as number) : String(v.value);
}

export function str(v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof NpScalar) return scalarText(v);
  if (isNDArray(v)) return arrayStr(v, printOptions);
  if (v instanceof StrArray) return strArrayStr(v.items, v.shape, printOptions);
  if (v instanceof PyExceptionValue) return v.message;
  return repr(v);
}
