/**
 * RandomState's seed coercion (_mt19937.pyx `_legacy_seeding`): `operator.index(seed)` first;
 * when that fails, `np.asarray(seed).astype(int64, casting='safe')`, which is where NumPy's
 * "Cannot cast ..." messages come from. We infer the dtype np.asarray would pick.
 */
import { PyError, typeError } from '../errors';
import { shapeSize } from '../ndarray';
import { PyFloat, isNDArray, isNone } from '../seed';

const SEED_RANGE = 'Seed must be between 0 and 2**32 - 1';
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

interface Flat {
  /** The dtype np.asarray would give, spelled as NumPy prints it. */
  dtype: string;
  values: unknown[];
  shape: number[];
}

function scalarKind(x: unknown): 'bool' | 'int' | 'float' | 'str' | 'object' {
  if (typeof x === 'boolean') return 'bool';
  if (typeof x === 'bigint') return 'int';
  if (typeof x === 'number') return Number.isInteger(x) ? 'int' : 'float';
  if (x instanceof PyFloat) return 'float';
  if (typeof x === 'string') return 'str';
  return 'object';
}

/** np.asarray's dtype for a list of Python scalars (the cases a seed can reasonably be). */
function inferDtype(values: unknown[]): string {
  const kinds = new Set(values.map(scalarKind));
  if (kinds.has('object') || values.some(isNone)) return 'O';
  if (kinds.has('str')) {
    // NumPy sizes a number's string form generously: 21 characters for ints, 32 for floats.
    const width = Math.max(...values.map((v) => {
      if (typeof v === 'string') return [...v].length;
      return scalarKind(v) === 'float' ? 32 : scalarKind(v) === 'bool' ? 5 : 21;
    }));
    return `<U${width}`;
  }
  if (kinds.has('float')) return 'float64';
  if (kinds.has('int')) {
    const ints = values.map((v) => BigInt(typeof v === 'boolean' ? Number(v) : (v as number | bigint)));
    if (ints.every((v) => v >= -(1n << 63n) && v <= INT64_MAX)) return 'int64';
    if (ints.every((v) => v >= 0n && v <= UINT64_MAX)) return 'uint64';
    return 'O';
  }
  return values.length === 0 ? 'float64' : 'bool';
}

function flatten(x: unknown): Flat {
  if (isNDArray(x)) {
    return { dtype: x.dtype, values: Array.from(x.data as ArrayLike<unknown>), shape: [...x.shape] };
  }
  if (!Array.isArray(x)) return { dtype: inferDtype([x]), values: [x], shape: [] };
  const shape: number[] = [];
  let level: unknown = x;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  const values = (x as unknown[]).flat(Infinity);
  return { dtype: inferDtype(values), values, shape };
}

const SAFE_TO_INT64 = new Set(['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32']);
const INTEGER_DTYPES = new Set(['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']);

/** A Python int usable by operator.index, or undefined. */
function indexValue(seed: unknown): bigint | undefined {
  if (typeof seed === 'boolean') return seed ? 1n : 0n;
  if (typeof seed === 'bigint') return seed;
  if (typeof seed === 'number' && Number.isInteger(seed)) return BigInt(seed);
  // seed.squeeze() on a one-element integer array gives a scalar that operator.index accepts.
  if (isNDArray(seed) && shapeSize(seed.shape) === 1 && INTEGER_DTYPES.has(seed.dtype)) {
    return BigInt(seed.data[0] as number | bigint);
  }
  return undefined;
}

/** The seed as one 32-bit int (init_genrand) or as an array of 32-bit words (init_by_array). */
export function legacySeedWords(seed: unknown): number | Uint32Array {
  const index = indexValue(seed);
  if (index !== undefined) {
    if (index < 0n || index > 0xffffffffn) throw new PyError('ValueError', SEED_RANGE);
    return Number(index);
  }
  const flat = flatten(seed);
  if (flat.values.length === 0) throw new PyError('ValueError', 'Seed must be non-empty');
  if (!SAFE_TO_INT64.has(flat.dtype)) {
    const what = flat.shape.length === 0 ? 'scalar' : 'array data';
    throw typeError(`Cannot cast ${what} from dtype('${flat.dtype}') to dtype('int64') according to the rule 'safe'`);
  }
  if (flat.shape.length !== 1) throw new PyError('ValueError', 'Seed array must be 1-d');
  const words = new Uint32Array(flat.values.length);
  for (let i = 0; i < words.length; i++) {
    const v = flat.values[i];
    const b = typeof v === 'boolean' ? (v ? 1n : 0n) : BigInt(v as number | bigint);
    if (b < 0n || b > 0xffffffffn) throw new PyError('ValueError', SEED_RANGE);
    words[i] = Number(b);
  }
  return words;
}
