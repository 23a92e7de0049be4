/**
 * Generator states across the engine/core boundary: `np.random.get_state()` (the legacy tuple
 * or the dict), `bit_generator.state` dicts and `random.getstate()` tuples, as Python shows them
 * (key arrays as uint32 ndarrays, counters as ints, the cached gaussian as a float), and back.
 */
import { NDArray } from '../../core/ndarray';
import { isNDArray, PyDict, PyList, PyTuple, Value } from './values';

/** Keys whose values Python holds as floats (the cached normal of the polar method). */
const FLOAT_FIELDS = new Set(['gauss']);

/** A core state (arrays, records, typed arrays, numbers) as a Python value. */
export function stateToPython(v: unknown, floatField = false): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return floatField || !Number.isInteger(v) ? v : BigInt(v);
  if (v instanceof Uint32Array) return { dtype: 'uint32', shape: [v.length], data: Uint32Array.from(v) } as NDArray;
  if (v instanceof BigUint64Array) return { dtype: 'uint64', shape: [v.length], data: BigUint64Array.from(v) } as NDArray;
  if (Array.isArray(v)) return new PyTuple(v.map((x) => stateToPython(x)));
  const d = new PyDict();
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) d.set(k, stateToPython(x, FLOAT_FIELDS.has(k)));
  return d;
}

/** The legacy tuple ('MT19937', key, pos, has_gauss, gauss): its last field is a float. */
export function legacyTupleToPython(t: unknown[]): Value {
  return new PyTuple(t.map((x, i) => stateToPython(x, i === 4)));
}

/** random.getstate(): (version, tuple of 625 ints, gauss_next). */
export function pyRandomStateToPython(t: unknown[]): Value {
  const [version, internal, gauss] = t as [number, number[], number | null];
  return new PyTuple([BigInt(version), new PyTuple(internal.map((x) => BigInt(x))), gauss === null ? null : gauss]);
}

/** A Python state value as the core's setters take it: plain numbers, arrays and records. */
export function stateToCore(v: Value): unknown {
  if (typeof v === 'bigint') return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
  if (isNDArray(v)) return v.data;
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(stateToCore);
  if (v instanceof PyDict) return Object.fromEntries([...v.entries.values()].map(([k, x]) => [String(k), stateToCore(x)]));
  return v;
}
