/**
 * NumPy's legacy seeding rules (`_mt19937.pyx` `_legacy_seeding`), used by RandomState(seed) and
 * np.random.seed: an int in [0, 2**32-1] seeds init_genrand, anything else goes through
 * `np.asarray(seed).astype(int64, casting='safe')` and init_by_array, with NumPy's exact errors.
 */
import { typeError, valueError } from '../errors';
import { isPyInt, PyFloat, toBigInt } from '../pyvalues';
import type { NDArray } from '../ndarray';

export type LegacySeed =
  | { kind: 'int'; value: number }
  | { kind: 'array'; words: number[] }
  | { kind: 'entropy' };

const RANGE_ERROR = 'Seed must be between 0 and 2**32 - 1';
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** NumPy's dtype string for what np.asarray would make of a scalar or flat list. */
function inferDtype(values: readonly unknown[]): string {
  if (values.some((v) => typeof v === 'string')) {
    return `<U${Math.max(1, ...values.map((v) => (typeof v === 'string' ? [...v].length : 21)))}`;
  }
  if (values.some((v) => v instanceof Uint8Array)) return `S${Math.max(1, ...values.map((v) => (v instanceof Uint8Array ? v.length : 0)))}`;
  if (values.some((v) => v instanceof PyFloat || (typeof v === 'number' && !Number.isInteger(v)))) return 'float64';
  if (values.every((v) => typeof v === 'boolean')) return 'bool';
  const ints = values.map((v) => toBigInt(v as number | bigint | boolean));
  if (ints.every((v) => v >= INT64_MIN && v <= INT64_MAX)) return 'int64';
  if (ints.every((v) => v >= 0n && v <= UINT64_MAX)) return 'uint64';
  return 'O';
}

function castError(what: 'scalar' | 'array data', dtype: string): Error {
  return typeError(`Cannot cast ${what} from dtype('${dtype}') to dtype('int64') according to the rule 'safe'`);
}

function flatten(seed: readonly unknown[]): { flat: unknown[]; ndim: number } {
  if (seed.length > 0 && seed.every((v) => Array.isArray(v))) {
    const inner = seed.map((v) => flatten(v as unknown[]));
    return { flat: inner.flatMap((r) => r.flat), ndim: 1 + inner[0].ndim };
  }
  return { flat: [...seed], ndim: 1 };
}

export function parseLegacySeed(seed: unknown): LegacySeed {
  if (seed === null || seed === undefined) return { kind: 'entropy' };
  if (isNDArray(seed)) return parseArraySeed(seed);
  if (isPyInt(seed)) {
    const v = toBigInt(seed);
    if (v < 0n || v > 0xffffffffn) throw valueError(RANGE_ERROR);
    return { kind: 'int', value: Number(v) };
  }
  if ((!Array.isArray(seed) && !ArrayBuffer.isView(seed)) || seed instanceof Uint8Array) { // bytes is a scalar to np.asarray
    // operator.index failed: np.asarray of a scalar, then a 'safe' cast to int64.
    throw castError('scalar', inferDtype([seed]));
  }
  const { flat, ndim } = Array.isArray(seed) ? flatten(seed) : { flat: Array.from(seed as unknown as ArrayLike<number>), ndim: 1 };
  if (flat.length === 0) throw valueError('Seed must be non-empty');
  const dtype = Array.isArray(seed) ? inferDtype(flat) : 'int64';
  if (dtype !== 'int64' && dtype !== 'bool') throw castError('array data', dtype);
  if (ndim !== 1) throw valueError('Seed array must be 1-d');
  const ints = flat.map((v) => toBigInt(v as number | bigint | boolean));
  if (ints.some((v) => v < 0n || v > 0xffffffffn)) throw valueError(RANGE_ERROR);
  return { kind: 'array', words: ints.map(Number) };
}

const isNDArray = (v: unknown): v is NDArray => v !== null && typeof v === 'object' && 'shape' in v && 'dtype' in v && 'data' in v;

/** An ndarray seed: a 0-d integer is an int seed; a 1-d integer array goes to init_by_array. */
function parseArraySeed(a: NDArray): LegacySeed {
  const isFloat = a.dtype === 'float64' || a.dtype === 'float32';
  if (isFloat || a.dtype === 'uint64') throw castError(a.data.length === 1 && isFloat ? 'scalar' : 'array data', a.dtype);
  const values = Array.from(a.data as ArrayLike<number | bigint>, (v) => BigInt(v));
  if (a.shape.length === 0) return parseLegacySeed(values[0]);
  if (a.shape.length !== 1) throw valueError('Seed array must be 1-d');
  return parseLegacySeed(values);
}
