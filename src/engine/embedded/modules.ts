/**
 * The modules a snippet may import: numpy (a subset), numpy.random (legacy global state,
 * RandomState, Generator, default_rng, bit generators, SeedSequence), random and math, all drawing
 * from the core so every number is NumPy's or CPython's.
 */
import { PyError } from '../../core/errors';
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SeedSequence, SFC64 } from '../../core/bitgen';
import { default_rng, Generator } from '../../core/generator/generator';
import { RandomState } from '../../core/legacy/randomstate';
import { randomInterval } from '../../core/legacy/shuffle';
import { indexInt } from './pynumbers';
import * as libm from '../../core/math';
import { CallError, callMethod, MethodTable } from '../../core/methods';
import { Random } from '../../core/pyrandom/random';
import { notSupported } from './call';
import { binaryOp, equal } from './operators';
import { add, div, exactRatio, mul, Rational, reduce as reduceRatio, sqrtOfFrac, sub, toDouble } from './rational';
import { sortValues } from './ordering';
import { iterate } from './sequences';
import { fromCore, ResultKind, toCore, tupleOf } from './convert';
import { roundArray, toList } from './methods';
import { ALL_DTYPES, checkWeakInt, isInteger, parseDtype } from './dtypes';
import { DType, sizeToShape } from '../../core/ndarray';
import { isPyInt } from '../../core/pyvalues';
import { arrayShape, checkSize, elementwise, Kind, kindOf, make, mapSameType, numbers, scalarAt, toArray } from './ndops';
import { arrayArgument, checkKeywords, MODULE_ONLY, SHARED } from './ndfuncs';
import { written } from './views';
import { legacyTupleToPython, pyRandomStateToPython, stateToCore, stateToPython } from './states';
import { pyroundHalfEven } from './methods';
import { Builtin, isNDArray, NpScalar, PyList, PyModule, PyObject, PyRaise, PyTuple, printOptions, StrArray, str, tpName, truthy, typeName, Value } from './values';

/** Core exceptions as Python exceptions. */
function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyError) throw new PyRaise(e.pyType, e.message);
    if (e instanceof CallError) throw new PyRaise('TypeError', e.message);
    throw e;
  }
}

const INT_RESULTS = new Set(['randint', 'random_integers', 'binomial', 'poisson', 'geometric', 'hypergeometric', 'zipf', 'logseries', 'negative_binomial', 'randrange', 'getrandbits']);

function resultKind(api: string, name: string, args: Value[]): ResultKind {
  if (api === 'Generator' && name === 'integers') return 'npint';
  if (name === 'choice' || name === 'choices' || name === 'sample') return args[0] instanceof PyList || args[0] instanceof PyTuple || typeof args[0] === 'string' ? 'element' : 'int';
  return INT_RESULTS.has(name) ? 'int' : 'float';
}

/** The index Fisher-Yates draws for its first swap of n items (NumPy's random_interval, Python's _randbelow). */
function drawFirstSwap(obj: object, n: number): void {
  if (obj instanceof Random) obj._randbelow(n);
  else if (obj instanceof RandomState) randomInterval(obj._bit_generator, n - 1);
  else if (obj instanceof Generator) randomInterval(obj.bit_generator, n - 1);
}

/** A core object (RandomState, Generator, Random, bit generator) seen from Python. */
export function wrapCore(api: string, obj: object, table: MethodTable): PyObject {
  const extra: Record<string, (args: Value[], kw: Map<string, Value>) => Value> = {
    seed: (args) => guard(() => { (obj as { seed(...a: unknown[]): void }).seed(...args.map(toCore)); return null; }),
    shuffle: ([x, axis], kw) => guard(() => {
      // NumPy shuffles mutable sequences in place: other values get Python's own TypeErrors. An
      // immutable sequence fails at the first swap, after its index was drawn (or never, under 2 items).
      if (x instanceof PyTuple || typeof x === 'string') {
        const n = x instanceof PyTuple ? x.items.length : [...x].length;
        if (n < 2) return null;
        drawFirstSwap(obj, n);
        throw new PyRaise('TypeError', `'${typeName(x)}' object does not support item assignment`);
      }
      if (!(x instanceof PyList) && !isNDArray(x)) throw new PyRaise('TypeError', `object of type '${tpName(x)}' has no len()`);
      const ax = Number(kw.get('axis') ?? axis ?? 0n);
      const shuffle = (obj as { shuffle(a: unknown, axis?: number): void }).shuffle.bind(obj);
      if (x instanceof PyList) {
        const copy = [...x.items];
        if (ax === 0) shuffle(copy); else shuffle(copy, ax);
        x.items = copy;
      } else {
        if (ax === 0) shuffle(x); else shuffle(x, ax);
        written(x);
      }
      return null;
    }),
    spawn: ([n]) => guard(() => new PyList((obj as { spawn(n: number): object[] }).spawn(Number(n)).map((c) => wrapAny(c)))),
    get_state: ([legacy], kw) => guard(() => {
      const st = (obj as RandomState).get_state(truthy(kw.get('legacy') ?? legacy ?? true));
      return Array.isArray(st) ? legacyTupleToPython(st) : stateToPython(st);
    }),
    set_state: ([state], kw) => guard(() => { (obj as RandomState).set_state(stateToCore(kw.get('state') ?? state)); return null; }),
    getstate: () => pyRandomStateToPython((obj as Random).getstate()),
    setstate: ([state]) => guard(() => { (obj as Random).setstate(stateToCore(state) as never); return null; }),
    // rand(d0, d1, ...) and randn(d0, d1, ...) take the shape as separate arguments.
    rand: (args) => guard(() => fromCore((obj as RandomState).rand(...sized(args.map(dimension))), 'float')),
    randn: (args) => guard(() => fromCore((obj as RandomState).randn(...sized(args.map(dimension))), 'float')),
  };
  const bitGenerator = obj instanceof BitGenerator ? obj : undefined;
  return new PyObject(api, (name) => {
    if (name === 'bit_generator' && obj instanceof Generator) return wrapAny(obj.bit_generator);
    if (name in table) {
      return new Builtin(name, (args, kw) => guard(() => {
        // NumPy's choice makes an array of a list population first, with its error for ragged lists.
        const population = args[0] ?? kw.get('a');
        if (name === 'choice' && api !== 'Random' && (population instanceof PyList || population instanceof PyTuple)) arrayShape(population);
        const kwargs = Object.fromEntries([...kw].map(([k, v]) => [k, toCore(v)]));
        const coreArgs = args.map(toCore);
        checkRequestedSize(table, name, coreArgs, kwargs);
        const result = callMethod(obj, table, name, coreArgs, kwargs, api === 'Random' ? 'Random' : undefined);
        if (kw.has('out')) written(kw.get('out'));
        // NumPy's choice over a list returns an ndarray (str or numeric), not a list.
        if (name === 'choice' && Array.isArray(result) && api !== 'Random') return choiceArray(args, kw, result);
        if (name === 'choice' && api !== 'Random' && (args[0] instanceof PyList || args[0] instanceof PyTuple)) {
          const el = fromCore(result, 'element');
          return typeof el === 'string' ? el : typeof el === 'number' ? new NpScalar('float64', el) : typeof el === 'bigint' ? new NpScalar('int64', el) : el;
        }
        return fromCore(result, resultKind(api, name, args));
      }));
    }
    if (name === 'state' && bitGenerator) return stateToPython(bitGenerator.state);
    const f = extra[name];
    if (f && typeof (obj as Record<string, unknown>)[name] === 'function') return new Builtin(name, (args, kw) => f(args, kw));
    return undefined;
  }, obj, (name, value) => {
    if (name !== 'state' || !bitGenerator) return false;
    guard(() => { bitGenerator.state = stateToCore(value) as Record<string, unknown>; });
    return true;
  });
}

/**
 * choice over a list returns an ndarray of the population's dtype (str: '<U' + its longest
 * string) in the shape of `size`; the core hands back the picks flat.
 */
function choiceArray(args: Value[], kw: Map<string, Value>, picks: unknown[]): Value {
  const population = args[0] instanceof PyList || args[0] instanceof PyTuple ? args[0].items : [];
  const size = kw.has('size') ? kw.get('size')! : args[1] ?? null;
  const shape = size === null ? [picks.length] : sizeToShape(toCore(size) as number | number[]);
  if (population.some((x) => typeof x === 'string')) {
    // np.array of strings mixed with numbers: every item as str, '<U' wide enough for any int
    // (21), float (32) or bool (5) NumPy might put there; huge ints make an object array.
    if (population.some((x) => typeof x === 'bigint' && (x > 2n ** 63n - 1n || x < -(2n ** 63n)))) throw notSupported('choice over a list of str and huge ints (a NumPy object array)');
    const itemWidth = (x: Value): number => (typeof x === 'string' ? [...x].length : typeof x === 'bigint' ? 21 : typeof x === 'number' ? 32 : typeof x === 'boolean' ? 5 : 0);
    const width = population.reduce((m: number, x) => Math.max(m, itemWidth(x)), 0);
    return new StrArray((picks as unknown[]).map((x) => str(fromCore(x, 'element'))), shape, width);
  }
  const values = toArray(fromCore(picks, 'element'), toArray(new PyList(population)).dtype);
  return { ...values, shape };
}

function wrapAny(o: object): PyObject {
  if (o instanceof Generator) return wrapCore('Generator', o, Generator.methods);
  if (o instanceof BitGenerator) return wrapCore(o.constructor.name, o, { random_raw: { params: [{ name: 'size', default: null }] } });
  if (o instanceof SeedSequence) return wrapCore('SeedSequence', o, { generate_state: { params: [{ name: 'n_words' }, { name: 'dtype', default: 'uint32' }] } });
  throw new PyRaise('TypeError', 'unexpected core object');
}

function fn(name: string, call: Builtin['call']): Builtin {
  return new Builtin(name, (args, kw) => guard(() => call(args, kw)));
}

function numpyRandom(): PyModule {
  const global = new RandomState();
  const attrs = new Map<string, Value>();
  for (const name of Object.keys(RandomState.methods)) {
    attrs.set(name, new Builtin(name, (args, kw) => (wrapCore('RandomState', global, RandomState.methods).getAttr(name) as Builtin).call(args, kw)));
  }
  const wrapped = wrapCore('RandomState', global, RandomState.methods);
  for (const name of ['rand', 'randn', 'get_state', 'set_state']) attrs.set(name, wrapped.getAttr(name)!);
  attrs.set('seed', fn('seed', ([s]) => { global.seed(s === undefined ? undefined : toCore(s)); return null; }));
  attrs.set('shuffle', fn('shuffle', (args, kw) => (wrapCore('RandomState', global, RandomState.methods).getAttr('shuffle') as Builtin).call(args, kw)));
  attrs.set('RandomState', fn('RandomState', ([s]) => wrapCore('RandomState', new RandomState(s === undefined ? undefined : toCore(s)), RandomState.methods)));
  attrs.set('default_rng', fn('default_rng', ([s]) => wrapCore('Generator', default_rng(s === undefined ? undefined : unwrap(s)), Generator.methods)));
  attrs.set('Generator', fn('Generator', ([bg]) => wrapCore('Generator', new Generator(unwrap(bg) as BitGenerator), Generator.methods)));
  const bitgens: Record<string, new (s?: unknown) => BitGenerator> = { PCG64, PCG64DXSM, MT19937, Philox, SFC64 };
  for (const [name, C] of Object.entries(bitgens)) attrs.set(name, fn(name, ([s]) => wrapAny(new C(s === undefined ? undefined : unwrap(s)))));
  attrs.set('SeedSequence', fn('SeedSequence', ([s]) => wrapAny(new SeedSequence(s === undefined ? undefined : toCore(s)))));
  return new PyModule('numpy.random', attrs);
}

function unwrap(v: Value): unknown {
  return v instanceof PyObject && v.native !== undefined ? v.native : toCore(v);
}

/**
 * A unary float ufunc (sqrt, exp, log) over scalars and arrays, with glibc-exact libm where NumPy
 * calls libm. NumPy picks the loop by dtype: 8-bit inputs compute in float16, 16-bit ones and
 * float32 in float32, wider ones in float64. Only the loops whose results SeedLab reproduces
 * exactly run: float64, and float32 sqrt (correctly rounded); the others stop with a clear line.
 */
function floatUfunc(name: string, f: (x: number) => number): Builtin {
  return fn(name, ([x]) => {
    const scalar = !(isNDArray(x) || x instanceof PyList || x instanceof PyTuple);
    const a = scalar ? toArray(x instanceof NpScalar ? x : new NpScalar(typeof x === 'number' ? 'float64' : 'int64', x as number)) : toArray(x);
    const loop: DType = a.dtype === 'float32' || a.dtype === 'int16' || a.dtype === 'uint16' ? 'float32'
      : a.dtype === 'bool' || a.dtype === 'int8' || a.dtype === 'uint8' ? ('float16' as DType) : 'float64';
    if (loop === ('float16' as DType)) throw new PyRaise('NotSupported', `np.${name} of a ${a.dtype} array computes in float16, which SeedLab's embedded engine does not support`);
    if (loop === 'float32' && name !== 'sqrt') throw new PyRaise('NotSupported', `np.${name} in float32 is not supported by SeedLab's embedded engine (NumPy uses its own SIMD float32 ${name})`);
    const g = loop === 'float32' ? (v: number): number => Math.fround(f(v)) : f;
    const r = elementwise([a], loop, ([v]) => g(v));
    return scalar ? scalarAt(r, 0) : r;
  });
}

/** abs, floor and ceil keep the input's dtype (NumPy 2's integer loops for floor and ceil). */
function sameTypeUfunc(name: string, f: (x: number) => number): Builtin {
  return fn(name, ([x]) => {
    const scalar = !(isNDArray(x) || x instanceof PyList || x instanceof PyTuple);
    if (scalar && typeof x === 'number') return new NpScalar('float64', f(x));
    const v = scalar ? (x instanceof NpScalar ? x : new NpScalar('int64', x as bigint)) : toArray(x);
    if ((v instanceof NpScalar ? v.dtype : v.dtype) === 'bool' && name !== 'abs') throw new PyRaise('NotSupported', `np.${name} of a bool array computes in float16, which SeedLab's embedded engine does not support`);
    return mapSameType(v, f);
  });
}

/** np.uint8(300), np.float32(0.1), ...: a NumPy scalar of that type (NEP 50 bounds for Python ints). */
function scalarType(dtype: DType): Builtin {
  return fn(dtype, ([x = 0n]) => {
    const v = x instanceof NpScalar ? x.value : x;
    if (typeof v === 'bigint' && isInteger(dtype)) checkWeakInt(v, dtype);
    return scalarAt(make(dtype, [], [Number(v)]), 0);
  });
}

function numpy(random: PyModule): PyModule {
  const attrs = new Map<string, Value>([['random', random], ['pi', Math.PI], ['e', Math.E], ['nan', NaN], ['inf', Infinity]]);
  const def = (name: string, call: Builtin['call']): void => { attrs.set(name, fn(name, call)); };
  const kw = (k: Map<string, Value>, name: string): DType | undefined => (k.has(name) && k.get(name) !== null ? parseDtype(k.get(name)!) : undefined);
  for (const dtype of ALL_DTYPES) attrs.set(dtype, scalarType(dtype));
  attrs.set('bool_', scalarType('bool'));
  def('array', ([x], k) => toArray(x, kw(k, 'dtype')));
  def('asarray', ([x], k) => toArray(x, kw(k, 'dtype')));
  def('zeros', ([s], k) => filled(s, 0, kw(k, 'dtype') ?? 'float64'));
  def('ones', ([s], k) => filled(s, 1, kw(k, 'dtype') ?? 'float64'));
  // np.empty's contents are unspecified in NumPy; the engine gives zeros.
  def('empty', ([s], k) => filled(s, 0, kw(k, 'dtype') ?? 'float64'));
  def('full', ([s, v], k) => filled(s, Number(v), kw(k, 'dtype') ?? (typeof v === 'bigint' ? 'int64' : 'float64')));
  // *_like: the shape and dtype of `x` (empty_like's contents are unspecified in NumPy; here zeros).
  const like = (name: string, fill: (args: Value[]) => number): void => def(name, ([x, ...rest], k) => {
    const a = arrayArgument(x);
    return filled(tupleOf(a.shape), fill(rest), kw(k, 'dtype') ?? a.dtype);
  });
  like('zeros_like', () => 0);
  like('empty_like', () => 0);
  like('ones_like', () => 1);
  like('full_like', ([v]) => Number(v instanceof NpScalar ? v.value : v));
  // np.eye(N, M=None, k=0, dtype=float) and np.identity(n, dtype=float): ones on diagonal k.
  const eye = (rows: number, cols: number, k: number, dtype: DType): Value => {
    if (rows < 0 || cols < 0) throw new PyRaise('ValueError', 'negative dimensions are not allowed');
    checkSize(rows * cols);
    const vals = new Array<number>(rows * cols).fill(0);
    for (let i = Math.max(0, -k); i < rows && i + k < cols; i++) vals[i * cols + i + k] = 1;
    return make(dtype, [rows, cols], vals);
  };
  def('eye', ([n, m = null, d = 0n], k) => {
    const rows = Number(n), cols = (k.get('M') ?? m) === null ? rows : Number(k.get('M') ?? m);
    return eye(rows, cols, Number(k.get('k') ?? d), kw(k, 'dtype') ?? 'float64');
  });
  def('identity', ([n], k) => eye(Number(n), Number(n), 0, kw(k, 'dtype') ?? 'float64'));
  // np.diag(v, k=0): a 1-d v becomes the k-th diagonal of a square matrix; a 2-d v gives its k-th diagonal.
  def('diag', ([v, d = 0n], kwargs) => {
    const a = toArray(v);
    const k = Number(kwargs.get('k') ?? d);
    const vals = numbers(a);
    if (a.shape.length === 1) {
      const n = vals.length + Math.abs(k);
      checkSize(n * n);
      const out = new Array<number>(n * n).fill(0);
      vals.forEach((x, i) => { out[(i + Math.max(0, -k)) * n + i + Math.max(0, k)] = x; });
      return make(a.dtype, [n, n], out);
    }
    if (a.shape.length === 2) {
      const [rows, cols] = a.shape;
      const out: number[] = [];
      for (let i = Math.max(0, -k); i < rows && i + k < cols; i++) out.push(vals[i * cols + i + k]);
      return make(a.dtype, [out.length], out);
    }
    throw new PyRaise('ValueError', 'Input must be 1- or 2-d.');
  });
  def('arange', (args, k) => {
    const nums = args.map((a) => (typeof a === 'bigint' ? a : Number(a)));
    const [start, stop, step] = nums.length === 1 ? [0n, nums[0], 1n] : [nums[0], nums[1], nums[2] ?? 1n];
    const isInt = [start, stop, step].every((v) => typeof v === 'bigint');
    const n = Math.max(0, Math.ceil((Number(stop) - Number(start)) / Number(step)));
    checkSize(n);
    const vals = Array.from({ length: n }, (_, i) => Number(start) + i * Number(step));
    return make(kw(k, 'dtype') ?? (isInt ? 'int64' : 'float64'), [n], vals);
  });
  def('linspace', ([a, b, num = 50n]) => {
    const n = Number(num), lo = Number(a), hi = Number(b);
    checkSize(n);
    const step = (hi - lo) / (n - 1);
    return make('float64', [n], Array.from({ length: n }, (_, i) => (i === n - 1 && n > 1 ? hi : lo + i * step)));
  });
  // Array functions shared with the ndarray methods (ndfuncs.ts).
  for (const [name, f] of Object.entries({ ...SHARED, ...MODULE_ONLY })) def(name, ([x, ...rest], k) => { checkKeywords(name, k, 'module'); return f(arrayArgument(x), rest, k); });
  def('round', ([x, d = 0n], k) => {
    checkKeywords('round', k, 'module');
    const decimals = indexInt(k.get('decimals') ?? d); // operator.index, as NumPy's round takes it
    if (isNDArray(x) || x instanceof PyList || x instanceof PyTuple) return roundArray(toArray(x), decimals);
    if (x instanceof NpScalar) return scalarAt(roundArray(toArray(x), decimals), 0);
    if (typeof x === 'string') throw notSupported('np.round of a str');
    if (typeof x !== 'bigint' && typeof x !== 'number' && typeof x !== 'boolean') {
      // NumPy rounds other objects through an object array: x * 10**d, rint(x), or x / 10**-d, which fail.
      if (decimals === 0) throw new PyRaise('TypeError', `loop of ufunc does not support argument 0 of type ${tpName(x)} which has no callable rint method`);
      throw new PyRaise('TypeError', `unsupported operand type(s) for ${decimals > 0 ? '*' : '/'}: '${tpName(x)}' and 'float'`);
    }
    return new NpScalar('float64', pyroundHalfEven(Number(x), decimals));
  });
  attrs.set('sqrt', floatUfunc('sqrt', Math.sqrt));
  attrs.set('exp', floatUfunc('exp', libm.exp));
  attrs.set('log', floatUfunc('log', libm.log));
  attrs.set('abs', sameTypeUfunc('abs', Math.abs));
  attrs.set('absolute', attrs.get('abs')!);
  attrs.set('floor', sameTypeUfunc('floor', Math.floor));
  attrs.set('ceil', sameTypeUfunc('ceil', Math.ceil));
  def('set_printoptions', (_a, k) => {
    if (k.has('legacy')) {
      const legacy = k.get('legacy')!;
      if (legacy !== false && legacy !== null && !['1.13', '1.21', '1.25', '2.1', '2.2'].includes(String(legacy))) {
        throw new PyRaise('ValueError', "legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or `False`");
      }
      printOptions.legacy = legacy === null ? false : (legacy as string | false);
    }
    if (k.has('precision')) printOptions.precision = Number(k.get('precision'));
    if (k.has('suppress')) printOptions.suppress = truthy(k.get('suppress')!);
    if (k.has('threshold')) printOptions.threshold = Number(k.get('threshold'));
    if (k.has('linewidth')) printOptions.linewidth = Number(k.get('linewidth'));
    return null;
  });
  def('array_equal', ([a, b]) => { const x = numbers(toArray(a)), y = numbers(toArray(b)); return x.length === y.length && x.every((v, i) => v === y[i]); });
  def('allclose', ([a, b]) => { const x = numbers(toArray(a)), y = numbers(toArray(b)); return x.every((v, i) => Math.abs(v - y[i]) <= 1e-8 + 1e-5 * Math.abs(y[i])); });
  def('shape', ([x]) => tupleOf(toArray(x).shape));
  def('bincount', ([x]) => {
    const v = numbers(toArray(x));
    if (v.some((k) => k < 0)) throw new PyRaise('ValueError', "'list' argument must have no negative elements");
    const out = new Array(v.length ? Math.max(...v) + 1 : 0).fill(0);
    for (const k of v) out[k]++;
    return make('int64', [out.length], out);
  });
  def('concatenate', ([xs]) => {
    const parts = [...(xs as PyList).items].map((p) => toArray(p));
    const kind: Kind = parts.some((p) => kindOf(p) === 'float64') ? 'float64' : parts.every((p) => kindOf(p) === 'bool') ? 'bool' : 'int64';
    const rows = parts.reduce((n, p) => n + p.shape[0], 0);
    return make(kind, [rows, ...parts[0].shape.slice(1)], parts.flatMap(numbers));
  });
  def('stack', ([xs]) => {
    const parts = [...(xs as PyList).items].map((p) => toArray(p));
    const kind: Kind = parts.some((p) => kindOf(p) === 'float64') ? 'float64' : 'int64';
    return make(kind, [parts.length, ...parts[0].shape], parts.flatMap(numbers));
  });
  def('where', ([c, x, y]) => {
    if (x === undefined) throw notSupported('np.where(condition) with one argument');
    const A = toArray(x), B = toArray(y);
    const kind: Kind = kindOf(A) === 'float64' || kindOf(B) === 'float64' ? 'float64' : 'int64';
    return elementwise([toArray(c), A, B], kind, ([k, p, q]) => (k ? p : q));
  });
  def('maximum', ([x, y]) => elementwise([toArray(x), toArray(y)], kindOf(toArray(x)) === 'float64' || kindOf(toArray(y)) === 'float64' ? 'float64' : 'int64', ([p, q]) => (Number.isNaN(p) || p > q ? p : q)));
  def('minimum', ([x, y]) => elementwise([toArray(x), toArray(y)], kindOf(toArray(x)) === 'float64' || kindOf(toArray(y)) === 'float64' ? 'float64' : 'int64', ([p, q]) => (Number.isNaN(p) || p < q ? p : q)));
  def('clip', ([x, lo, hi]) => { const a = toArray(x); return elementwise([a, toArray(lo), toArray(hi)], kindOf(a), ([v, l, h]) => Math.min(Math.max(v, l), h)); });
  def('count_nonzero', ([x]) => BigInt(numbers(toArray(x)).filter((v) => v !== 0).length));
  def('isclose', ([x, y]) => {
    const close = (p: number, q: number): boolean => Math.abs(p - q) <= 1e-8 + 1e-5 * Math.abs(q);
    if (isNDArray(x) || isNDArray(y) || x instanceof PyList || y instanceof PyList) return elementwise([toArray(x), toArray(y)], 'bool', ([p, q]) => (close(p, q) ? 1 : 0));
    return new NpScalar('bool', close(Number(x instanceof NpScalar ? x.value : x), Number(y instanceof NpScalar ? y.value : y)));
  });
  def('percentile', ([x, q]) => {
    const v = numbers(toArray(x)).sort((p, q) => p - q);
    const one = (qq: number): number => percentileOf(v, qq);
    if (q instanceof PyList || q instanceof PyTuple || isNDArray(q)) return make('float64', [numbers(toArray(q)).length], numbers(toArray(q)).map(one));
    return new NpScalar('float64', one(Number(q)));
  });
  def('histogram', ([x], k) => {
    const v = numbers(toArray(x));
    const bins = Number(k.get('bins') ?? 10n);
    return histogram(v, bins);
  });
  def('tolist', ([x]) => toList(toArray(x)));
  return new PyModule('numpy', attrs);
}

/** np.percentile's default 'linear' method: virtual index q/100 * (n - 1) and NumPy's _lerp. */
function percentileOf(sortedValues: number[], q: number): number {
  const n = sortedValues.length;
  const virtual = (q / 100) * (n - 1);
  const prev = Math.min(Math.max(Math.floor(virtual), 0), n - 1);
  const next = Math.min(prev + 1, n - 1);
  const gamma = virtual - Math.floor(virtual);
  const a = sortedValues[prev], b = sortedValues[next];
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/** np.histogram with equal-width bins: NumPy's index computation and its edge corrections. */
function histogram(v: number[], bins: number): PyTuple {
  let first = Math.min(...v), last = Math.max(...v);
  if (first === last) { first -= 0.5; last += 0.5; }
  const step = (last - first) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? last : i * step + first));
  const norm = bins / (last - first);
  const counts = new Array(bins).fill(0);
  for (const x of v) {
    let i = Math.trunc((x - first) * norm);
    if (i === bins) i -= 1;
    if (x < edges[i]) i -= 1;
    else if (x >= edges[i + 1] && i !== bins - 1) i += 1;
    counts[i]++;
  }
  return new PyTuple([make('int64', [bins], counts), make('float64', [bins + 1], edges)]);
}

function filled(s: Value, v: number, kind: DType): Value {
  const shape = (s instanceof PyTuple || s instanceof PyList ? s.items : [s]).map(dimension);
  const n = shape.reduce((p, d) => p * d, 1);
  checkSize(n);
  return make(kind, shape, new Array(n).fill(v));
}

/** One dimension of a shape, with NumPy's errors for anything but a non-negative int. */
/** rand(d0, d1, ...)'s dimensions, once checked against the engine's array limit. */
function sized(dims: number[]): number[] {
  checkSize(dims.reduce((p, d) => p * d, 1));
  return dims;
}

/**
 * The engine's array limit for a draw's `size` (or permutation's n), before the core allocates: a
 * clear MemoryError instead of the host failing to allocate 2**40 doubles. Sizes that are not
 * plain ints are left to the core, which raises NumPy's own errors for them.
 */
function checkRequestedSize(table: MethodTable, name: string, args: readonly unknown[], kwargs: Readonly<Record<string, unknown>>): void {
  const params = table[name]?.params ?? [];
  const at = params.findIndex((p) => p.name === (name === 'permutation' ? 'x' : 'size'));
  const size = params[at] && params[at].name in kwargs ? kwargs[params[at].name] : at >= 0 ? args[at] : undefined;
  const dims = typeof size === 'number' || typeof size === 'bigint' ? [size] : Array.isArray(size) ? size : [];
  if (dims.length === 0 || !dims.every(isPyInt)) return;
  checkSize(dims.reduce((p: number, d) => p * Number(d), 1));
}

function dimension(d: Value): number {
  const n = indexInt(d);
  if (n < 0) throw new PyRaise('ValueError', 'negative dimensions are not allowed');
  return n;
}

function pyRandom(): PyModule {
  const inst = new Random();
  const attrs = new Map<string, Value>();
  const w = wrapCore('Random', inst, Random.methods);
  for (const name of [...Object.keys(Random.methods), 'seed', 'shuffle', 'getstate', 'setstate']) {
    const b = w.getAttr(name);
    if (b !== undefined) attrs.set(name, b);
  }
  attrs.set('Random', fn('Random', ([s]) => wrapCore('Random', new Random(s === undefined ? undefined : toCore(s)), Random.methods)));
  return new PyModule('random', attrs);
}

function math(): PyModule {
  const f1 = (name: string, g: (x: number) => number): [string, Value] => [name, fn(name, ([x]) => {
    const v = g(Number(x instanceof NpScalar ? x.value : x));
    if (Number.isNaN(v) && !Number.isNaN(Number(x))) throw new PyRaise('ValueError', 'math domain error');
    return v;
  })];
  return new PyModule('math', new Map<string, Value>([
    ['pi', Math.PI], ['e', Math.E], ['inf', Infinity], ['nan', NaN], ['tau', 2 * Math.PI],
    f1('sqrt', (x) => (x < 0 ? NaN : Math.sqrt(x))), f1('exp', libm.exp), f1('sin', libm.sin), f1('cos', libm.cos),
    f1('acos', libm.acos), f1('fabs', Math.abs), f1('log1p', libm.log1p), f1('expm1', libm.expm1),
    ['log', fn('log', ([x, base]) => {
      const v = Number(x);
      if (v <= 0) throw new PyRaise('ValueError', 'math domain error');
      return base === undefined ? libm.log(v) : libm.log(v) / libm.log(Number(base));
    })],
    ['floor', fn('floor', ([x]) => BigInt(Math.floor(Number(x))))],
    ['ceil', fn('ceil', ([x]) => BigInt(Math.ceil(Number(x))))],
    ['isclose', fn('isclose', ([a, b]) => Math.abs(Number(a) - Number(b)) <= 1e-9 * Math.max(Math.abs(Number(a)), Math.abs(Number(b))))],
  ]));
}

/** CPython's statistics module: exact fractions, one rounding at the end (Lib/statistics.py). */
function statistics(): PyModule {
  const fail = (msg: string): never => { throw new PyRaise('statistics.StatisticsError', msg); };
  const values = (data: Value): Array<number | bigint> => [...iterate(data)].map((v) => {
    if (v instanceof NpScalar) v = v.value as Value;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    if (typeof v === 'bigint' || typeof v === 'number') return v;
    throw new PyRaise('TypeError', `can't convert type '${typeName(v)}' to numerator/denominator`);
  });
  const isInt = (xs: Array<number | bigint>): boolean => xs.every((x) => typeof x === 'bigint');
  const sum = (xs: Array<number | bigint>): Rational => xs.map(exactRatio).reduce(add, { n: 0n, d: 1n });
  /** _convert: an int when every datum is an int and the value is whole, else a float. */
  const convert = (r: Rational, ints: boolean): Value => {
    const q = reduceRatio(r);
    return ints && q.d === 1n ? q.n : toDouble(q);
  };
  /** Exact sum of squared deviations (_ss). */
  const ss = (xs: Array<number | bigint>): Rational => {
    const n = BigInt(xs.length);
    const sx = sum(xs);
    const sxx = xs.map(exactRatio).map((r) => mul(r, r)).reduce(add, { n: 0n, d: 1n });
    return div(sub(mul({ n, d: 1n }, sxx), mul(sx, sx)), { n, d: 1n });
  };
  const median = (data: Value, pick: 'mid' | 'low' | 'high'): Value => {
    const xs = sortValues([...iterate(data)], new Map());
    const n = xs.length;
    if (n === 0) fail('no median for empty data');
    if (n % 2 === 1) return xs[(n - 1) / 2];
    if (pick === 'low') return xs[n / 2 - 1];
    if (pick === 'high') return xs[n / 2];
    return binaryOp('/', binaryOp('+', xs[n / 2 - 1], xs[n / 2]), 2n);
  };
  const attrs = new Map<string, Value>();
  const def = (name: string, call: Builtin['call']): void => { attrs.set(name, fn(name, call)); };
  def('mean', ([data]) => {
    const xs = values(data);
    if (xs.length === 0) fail('mean requires at least one data point');
    return convert(div(sum(xs), { n: BigInt(xs.length), d: 1n }), isInt(xs));
  });
  def('fmean', ([data]) => {
    const xs = values(data);
    if (xs.length === 0) fail('fmean requires at least one data point');
    return toDouble(reduceRatio(sum(xs))) / xs.length;
  });
  def('median', ([data]) => median(data, 'mid'));
  def('median_low', ([data]) => median(data, 'low'));
  def('median_high', ([data]) => median(data, 'high'));
  const spread = (name: string, minN: number, sample: boolean, root: boolean): void => def(name, ([data]) => {
    const xs = values(data);
    if (xs.length < minN) fail(`${name} requires at least ${minN === 1 ? 'one data point' : 'two data points'}`);
    const q = reduceRatio(div(ss(xs), { n: BigInt(xs.length - (sample ? 1 : 0)), d: 1n }));
    return root ? sqrtOfFrac(q.n, q.d) : convert(q, isInt(xs));
  });
  spread('variance', 2, true, false);
  spread('pvariance', 1, false, false);
  spread('stdev', 2, true, true);
  spread('pstdev', 1, false, true);
  def('mode', ([data]) => {
    const xs = [...iterate(data)];
    if (xs.length === 0) fail('no mode for empty data');
    let best = xs[0];
    let bestCount = 0;
    for (const x of xs) {
      const c = xs.filter((y) => equal(x, y)).length;
      if (c > bestCount) { best = x; bestCount = c; }
    }
    return best;
  });
  return new PyModule('statistics', attrs);
}

/** Module objects by dotted name, created per run (NumPy's global RandomState is per run). */
export function moduleLoader(): (name: string) => PyModule {
  const cache = new Map<string, PyModule>();
  const load = (name: string): PyModule => {
    const hit = cache.get(name);
    if (hit) return hit;
    let m: PyModule;
    switch (name) {
      case 'numpy': m = numpy(load('numpy.random')); break;
      case 'numpy.random': m = numpyRandom(); break;
      case 'random': m = pyRandom(); break;
      case 'math': m = math(); break;
      case 'statistics': m = statistics(); break;
      default: throw notSupported(`import ${name}`);
    }
    cache.set(name, m);
    return m;
  };
  return load;
}
