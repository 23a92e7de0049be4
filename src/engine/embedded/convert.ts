/**
 * Values across the engine/core boundary. The core's convention: an integral number or a bigint
 * is a Python int, a PyFloat wrapper is a float, arrays are NDArray, lists are JS arrays.
 */
import { NDArray } from '../../core/ndarray';
import { PyFloat, pyTuple } from '../../core/pyvalues';
import { parseDtype } from './dtypes';
import { Builtin, isNDArray, NpScalar, PyDict, PyList, PyRange, PyTuple, Value } from './values';

export function tupleOf(shape: readonly number[]): PyTuple {
  return new PyTuple(shape.map((d) => BigInt(d)));
}

/** An engine value as the core expects it. */
export function toCore(v: Value): unknown {
  // Small ints as integral numbers (the core's arithmetic expects numbers), big ones stay exact.
  if (typeof v === 'bigint') return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
  if (typeof v === 'number') return Number.isInteger(v) ? new PyFloat(v) : v;
  if (v instanceof NpScalar) return toCore(typeof v.value === 'bigint' ? v.value : v.value as Value);
  if (v instanceof PyList) return v.items.map(toCore);
  if (v instanceof PyTuple) return pyTuple(v.items.map(toCore));
  if (v instanceof PyRange) {
    const out: bigint[] = [];
    for (let i = v.start; v.step > 0n ? i < v.stop : i > v.stop; i += v.step) out.push(i);
    return out;
  }
  if (v instanceof PyDict) return Object.fromEntries([...v.entries.values()].map(([k, x]) => [String(k), toCore(x)]));
  // Types used as dtypes (np.uint8, np.float32, int, float, bool) reach the core as dtype names.
  if (v instanceof Builtin) { try { return parseDtype(v); } catch { return v; } }
  return v;
}

/** How a core method's scalar results read in Python. */
export type ResultKind = 'float' | 'int' | 'npint' | 'element';

/** A core result as an engine value. */
export function fromCore(v: unknown, kind: ResultKind): Value {
  if (v === undefined || v === null) return null;
  if (isNDArray(v as Value)) return v as NDArray;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'bigint') return kind === 'npint' ? new NpScalar('int64', v) : v;
  if (typeof v === 'number') {
    if (kind === 'int' || (kind === 'element' && Number.isInteger(v))) return BigInt(v);
    if (kind === 'npint') return new NpScalar('int64', BigInt(v));
    return v;
  }
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (Array.isArray(v)) return new PyList(v.map((x) => fromCore(x, 'element')));
  if (v instanceof Uint8Array) return new PyList(Array.from(v, (b) => BigInt(b)));
  return v as Value;
}
