/**
 * NumPy indexing, for reading and for assignment: a key (ints, slices, `...`, `None`, integer
 * arrays, boolean masks, in any mix) resolves against an array's shape to the result shape and,
 * for each result element in C order, the flat position it comes from. Reading gathers those
 * positions; assignment scatters a broadcast value into them. The rules are NumPy's: when advanced
 * (array) indices are present, integers count as advanced too; the advanced dimensions replace the
 * indexed axes in place when the advanced indices are adjacent, and go first otherwise.
 */
import { allocateData, NDArray, shapeSize } from '../../core/ndarray';
import { checkSize, compactShape, toArray } from './ndops';
import { isNDArray, NpScalar, PyEllipsis, PyList, PyRaise, PySlice, PyTuple, truthy, Value } from './values';
import { toFloat, toInt } from './pynumbers';

export interface Selection {
  readonly shape: number[];
  /** Flat source position of each result element, in C order. */
  readonly positions: Float64Array;
  /** Whether an index array took part (NumPy words assignment errors differently then; no view). */
  readonly advanced: boolean;
  /**
   * An index array's out-of-bounds error, held back for assignment: NumPy checks that the value
   * broadcasts to the result before it checks index arrays' bounds (select with deferBounds).
   */
  readonly outOfBounds?: PyRaise;
}

type Entry =
  | { kind: 'slice'; slice: PySlice }
  | { kind: 'int'; index: number }
  | { kind: 'new' }
  | { kind: 'array'; shape: number[]; values: number[] };

const FULL = new PySlice(null, null, null);

const INVALID_INDEX = 'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices';

function intValue(v: Value): number | undefined {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof NpScalar && typeof v.value === 'bigint') return Number(v.value);
  return undefined;
}

/** Python's slice.indices(n) as the list of positions a slice selects. */
export function slicePositions(s: PySlice, n: number): number[] {
  const part = (v: Value): number | null => {
    if (v === null) return null;
    const i = intValue(v);
    if (i === undefined) throw new PyRaise('TypeError', 'slice indices must be integers or None or have an __index__ method');
    return i;
  };
  const step = part(s.step) ?? 1;
  if (step === 0) throw new PyRaise('ValueError', 'slice step cannot be zero');
  const clamp = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    const i = v < 0 ? v + n : v;
    return step > 0 ? Math.min(Math.max(i, 0), n) : Math.min(Math.max(i, -1), n - 1);
  };
  const start = clamp(part(s.start), step > 0 ? 0 : n - 1);
  const stop = clamp(part(s.stop), step > 0 ? n : -1);
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

/** An index array from a list or ndarray: integers, or a boolean mask (returned as such). */
function indexArray(v: Value): NDArray {
  const a = isNDArray(v) ? v : toArray(v as PyList);
  if (a.dtype === 'float64' || a.dtype === 'float32') {
    if (a.data.length === 0 && !isNDArray(v)) return { dtype: 'int64', shape: a.shape, data: new BigInt64Array(0) };
    throw new PyRaise('IndexError', 'arrays used as indices must be of integer (or boolean) type');
  }
  return a;
}

/**
 * Resolves `key` against `shape` (NumPy's indexing rules). With `deferBounds` (assignment), an
 * index array's out-of-bounds error comes back in the selection instead of being thrown.
 */
export function select(shape: readonly number[], key: Value, deferBounds = false): Selection {
  const items = key instanceof PyTuple ? key.items : [key];
  // Pass 1: classify, expanding boolean masks into one integer array per axis they cover.
  type Raw = Entry | { kind: 'ellipsis' };
  const raw: Raw[] = [];
  let consumed = 0;
  let axis = 0; // source axis of the next item, for messages (before the ellipsis is expanded)
  for (const item of items) {
    if (item === null) { raw.push({ kind: 'new' }); continue; }
    if (item instanceof PyEllipsis) {
      if (raw.some((r) => r.kind === 'ellipsis')) throw new PyRaise('IndexError', "an index can only have a single ellipsis ('...')");
      raw.push({ kind: 'ellipsis' });
      continue;
    }
    if (item instanceof PySlice) { raw.push({ kind: 'slice', slice: item }); consumed++; axis++; continue; }
    const i = intValue(item);
    if (i !== undefined) { raw.push({ kind: 'int', index: i }); consumed++; axis++; continue; }
    if (typeof item === 'boolean' || (item instanceof NpScalar && item.dtype === 'bool')) {
      throw new PyRaise('NotSupported', "indexing with a scalar True/False is not supported by SeedLab's embedded engine");
    }
    if (item instanceof PyList || isNDArray(item)) {
      const a = indexArray(item);
      if (a.dtype === 'bool') {
        // A k-d mask covers k axes and becomes k integer arrays (its nonzero() coordinates).
        const k = a.shape.length;
        for (let d = 0; d < k; d++) {
          const size = shape[axis + d];
          if (size !== undefined && size !== a.shape[d]) {
            throw new PyRaise('IndexError', `boolean index did not match indexed array along axis ${axis + d}; size of axis is ${size} but size of corresponding boolean axis is ${a.shape[d]}`);
          }
        }
        const coords: number[][] = Array.from({ length: k }, () => []);
        const strides = cStrides(a.shape);
        for (let f = 0; f < a.data.length; f++) {
          if (!a.data[f]) continue;
          for (let d = 0; d < k; d++) coords[d].push(Math.floor(f / strides[d]) % a.shape[d]);
        }
        for (const c of coords) raw.push({ kind: 'array', shape: [c.length], values: c });
        consumed += k;
        axis += k;
      } else {
        raw.push({ kind: 'array', shape: [...a.shape], values: Array.from(a.data as ArrayLike<number | bigint>, Number) });
        consumed++;
        axis++;
      }
      continue;
    }
    throw new PyRaise('IndexError', INVALID_INDEX);
  }
  const nd = shape.length;
  if (consumed > nd) throw new PyRaise('IndexError', `too many indices for array: array is ${nd}-dimensional, but ${consumed} were indexed`);
  // Pass 2: the ellipsis (or the end) stands for the axes left over.
  const fill = (): Raw[] => Array.from({ length: nd - consumed }, () => ({ kind: 'slice', slice: FULL }) as Raw);
  const at = raw.findIndex((r) => r.kind === 'ellipsis');
  const expanded = at < 0 ? [...raw, ...fill()] : [...raw.slice(0, at), ...fill(), ...raw.slice(at + 1)];
  // Pass 3: bind each entry to its source axis.
  const entries: Array<Entry & { axis: number }> = [];
  let src = 0;
  for (const r of expanded as Entry[]) {
    if (r.kind === 'new') { entries.push({ ...r, axis: -1 }); continue; }
    entries.push({ ...r, axis: src++ });
  }
  return resolve(shape, entries, deferBounds);
}

function cStrides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let step = 1;
  for (let k = shape.length - 1; k >= 0; k--) { s[k] = step; step *= shape[k]; }
  return s;
}


function resolve(shape: readonly number[], entries: Array<Entry & { axis: number }>, deferBounds: boolean): Selection {
  const strides = cStrides(shape);
  const advanced = entries.some((e) => e.kind === 'array');
  // Plain integers are checked first, as NumPy does while preparing the index, even beside arrays.
  for (const e of entries) if (e.kind === 'int') normalize(e.index, shape[e.axis], e.axis);
  // With advanced indices present, plain integers are 0-d index arrays.
  const list = entries.map((e) => (advanced && e.kind === 'int' ? { kind: 'array' as const, shape: [], values: [e.index], axis: e.axis } : e));
  let base = 0;
  for (const e of list) {
    if (e.kind === 'int') base += normalize(e.index, shape[e.axis], e.axis) * strides[e.axis];
  }
  // Result dimensions: per entry, a length and the source offset of each position along it.
  type Dim = { len: number; offsets: number[] } | { len: number; b: number };
  const dims: Dim[] = [];
  const arrays = list.filter((e): e is { kind: 'array'; shape: number[]; values: number[]; axis: number } => e.kind === 'array');
  let bShape: number[] = [];
  let bOffsets: Float64Array | null = null;
  // Each index array's values in its own order, as NumPy checks them (after any broadcast error).
  let outOfBounds: PyRaise | undefined;
  for (const a of arrays) {
    const n = shape[a.axis];
    const bad = a.values.find((i) => i < -n || i >= n);
    if (bad === undefined) continue;
    outOfBounds = new PyRaise('IndexError', `index ${bad} is out of bounds for axis ${a.axis} with size ${n}`);
    break;
  }
  if (outOfBounds && !deferBounds) throw outOfBounds;
  if (arrays.length > 0) {
    bShape = broadcastIndexShapes(arrays.map((a) => a.shape));
    const bSize = shapeSize(bShape);
    bOffsets = new Float64Array(bSize);
    for (const a of arrays) {
      const st = broadcastStridesOf(a.shape, bShape);
      const bStr = cStrides(bShape);
      for (let f = 0; f < bSize; f++) {
        let off = 0;
        for (let d = 0; d < bShape.length; d++) off += (Math.floor(f / bStr[d]) % bShape[d]) * st[d];
        const i = a.values[off];
        bOffsets[f] += (i < 0 ? i + shape[a.axis] : i) * strides[a.axis];
      }
    }
  }
  const positionsOfArrays = list.map((e, i) => (e.kind === 'array' ? i : -1)).filter((i) => i >= 0);
  const adjacent = positionsOfArrays.every((p, j) => j === 0 || p === positionsOfArrays[j - 1] + 1);
  const bDims = (): Dim[] => { const bStr = cStrides(bShape); return bShape.map((len, d) => ({ len, b: bStr[d] })); };
  if (arrays.length > 0 && !adjacent) dims.push(...bDims());
  let bPlaced = arrays.length > 0 && !adjacent;
  for (const e of list) {
    if (e.kind === 'new') dims.push({ len: 1, offsets: [0] });
    else if (e.kind === 'slice') {
      const picks = slicePositions(e.slice, shape[e.axis]);
      dims.push({ len: picks.length, offsets: picks.map((p) => p * strides[e.axis]) });
    } else if (e.kind === 'array' && !bPlaced) { dims.push(...bDims()); bPlaced = true; }
  }
  const outShape = dims.map((d) => d.len);
  const n = shapeSize(outShape);
  checkSize(n);
  const positions = new Float64Array(n);
  const idx = new Array<number>(dims.length).fill(0);
  for (let f = 0; f < n; f++) {
    let off = base;
    let bf = 0;
    for (let d = 0; d < dims.length; d++) {
      const dim = dims[d];
      if ('offsets' in dim) off += dim.offsets[idx[d]]; else bf += idx[d] * dim.b;
    }
    positions[f] = bOffsets ? off + bOffsets[bf] : off;
    for (let d = dims.length - 1; d >= 0; d--) { if (++idx[d] < dims[d].len) break; idx[d] = 0; }
  }
  return { shape: outShape, positions, advanced, outOfBounds };
}

function normalize(i: number, n: number, axis: number): number {
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw new PyRaise('IndexError', `index ${i} is out of bounds for axis ${axis} with size ${n}`);
  return j;
}

function broadcastIndexShapes(shapes: number[][]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < nd; i++) {
    let dim = 1;
    for (const s of shapes) {
      const k = i + s.length - nd;
      if (k < 0 || s[k] === 1) continue;
      if (dim !== 1 && dim !== s[k]) throw new PyRaise('IndexError', `shape mismatch: indexing arrays could not be broadcast together with shapes ${shapes.map(compactShape).join(' ')} `);
      dim = s[k];
    }
    out.push(dim);
  }
  return out;
}

function broadcastStridesOf(shape: readonly number[], to: readonly number[]): number[] {
  const st = cStrides(shape);
  return to.map((_, d) => {
    const k = d + shape.length - to.length;
    return k < 0 || shape[k] === 1 ? 0 : st[k];
  });
}

/** a[key]: a new array (or a NumPy scalar when every axis is indexed by an integer). */
export function gather(a: NDArray, sel: Selection): NDArray {
  const data = allocateData(a.dtype, sel.positions.length);
  const src = a.data as unknown as ArrayLike<number | bigint> & { [i: number]: number | bigint };
  const dst = data as unknown as { [i: number]: number | bigint };
  for (let i = 0; i < sel.positions.length; i++) dst[i] = src[sel.positions[i]];
  return { dtype: a.dtype, shape: sel.shape, data };
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  int8: [-128n, 127n], int16: [-32768n, 32767n], int32: [-(2n ** 31n), 2n ** 31n - 1n], int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint8: [0n, 255n], uint16: [0n, 65535n], uint32: [0n, 2n ** 32n - 1n], uint64: [0n, 2n ** 64n - 1n],
};

/** One value converted for storage in an array of `dtype` (NumPy's casts on assignment). */
function storable(dtype: string, v: number | bigint | boolean, fromPythonInt: boolean): number | bigint {
  if (dtype === 'bool') return (typeof v === 'bigint' ? v !== 0n : Boolean(v)) ? 1 : 0;
  if (dtype === 'float64' || dtype === 'float32') return typeof v === 'boolean' ? (v ? 1 : 0) : Number(v);
  const range = INT_RANGES[dtype];
  let i: bigint;
  if (typeof v === 'boolean') i = v ? 1n : 0n;
  else if (typeof v === 'bigint') i = v;
  else {
    if (Number.isNaN(v)) throw new PyRaise('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw new PyRaise('OverflowError', 'cannot convert float infinity to integer');
    i = BigInt(Math.trunc(v));
  }
  if (fromPythonInt && (i < range[0] || i > range[1])) throw new PyRaise('OverflowError', `Python integer ${i} out of bounds for ${dtype}`);
  // Array values wrap like C casts (NumPy's unsafe casting on assignment).
  const bits = BigInt(dtype.replace(/^u?int/, ''));
  const wrapped = dtype.startsWith('u') ? BigInt.asUintN(Number(bits), i) : BigInt.asIntN(Number(bits), i);
  return bits === 64n ? wrapped : Number(wrapped);
}

/** a[key] = value: the value broadcast to the selection's shape and cast to a's dtype. */
export function scatter(a: NDArray, sel: Selection, value: Value): void {
  const scalar = value instanceof NpScalar ? value.value : value;
  const dst = a.data as unknown as { [i: number]: number | bigint };
  if (typeof scalar === 'number' || typeof scalar === 'bigint' || typeof scalar === 'boolean') {
    if (sel.outOfBounds) throw sel.outOfBounds;
    const x = storable(a.dtype, scalar, typeof value === 'bigint');
    for (let i = 0; i < sel.positions.length; i++) dst[sel.positions[i]] = x;
    return;
  }
  if (!(isNDArray(value) || value instanceof PyList || value instanceof PyTuple)) {
    // Any other object goes through the dtype's Python conversion: bool(), float() or int(), with their errors.
    if (sel.outOfBounds) throw sel.outOfBounds;
    const x = a.dtype === 'bool' ? (truthy(value) ? 1 : 0)
      : a.dtype.startsWith('float') ? storable(a.dtype, toFloat(value), false) : storable(a.dtype, toInt(value), true);
    for (let i = 0; i < sel.positions.length; i++) dst[sel.positions[i]] = x;
    return;
  }
  const v = toArray(value);
  const to = sel.shape;
  // NumPy drops leading length-1 dimensions of the value before broadcasting it.
  let vShape = [...v.shape];
  while (vShape.length > to.length && vShape[0] === 1) vShape = vShape.slice(1);
  const fits = vShape.length <= to.length && vShape.every((d, k) => d === 1 || d === to[k + to.length - vShape.length]);
  if (!fits) {
    throw new PyRaise('ValueError', sel.advanced
      ? `shape mismatch: value array of shape ${compactShape(v.shape)} could not be broadcast to indexing result of shape ${compactShape(to)}`
      : `could not broadcast input array from shape ${compactShape(v.shape)} into shape ${compactShape(to)}`);
  }
  if (sel.outOfBounds) throw sel.outOfBounds;
  const st = broadcastStridesOf(vShape, to);
  const toStr = cStrides(to);
  const src = v.data as unknown as ArrayLike<number | bigint>;
  for (let f = 0; f < sel.positions.length; f++) {
    let off = 0;
    for (let d = 0; d < to.length; d++) off += (Math.floor(f / toStr[d]) % to[d]) * st[d];
    const x = src[off];
    dst[sel.positions[f]] = storable(a.dtype, v.dtype === 'bool' ? x === 1 : x, false);
  }
}
