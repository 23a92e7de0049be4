/**
 * NumPy's np.empty for result arrays that the caller overwrites in full: memory left
 * uninitialised where the host offers it (Node's Buffer.allocUnsafeSlow, a malloc without the
 * memset a zeroed allocation pays when the allocator hands back memory it had already mapped:
 * 5-10% of a large float64 draw, measured), else an ordinary zeroed array. Only for arrays whose
 * every element is written before anyone reads it.
 */
import { DType, TypedData, allocateData } from './ndarray';

type UnsafeAlloc = (size: number) => { buffer: ArrayBuffer; byteOffset: number };
const host = (globalThis as { Buffer?: { allocUnsafeSlow?: UnsafeAlloc } }).Buffer;
const unsafe: UnsafeAlloc | undefined = typeof host?.allocUnsafeSlow === 'function' ? host.allocUnsafeSlow.bind(host) : undefined;

/** Below this many bytes a zeroed allocation costs nothing worth saving. */
const MIN_BYTES = 1 << 16;

const BYTES: Record<DType, number> = {
  float64: 8, float32: 4, int64: 8, uint64: 8, int32: 4, uint32: 4, int16: 2, uint16: 2, int8: 1, uint8: 1, bool: 1,
};

/** An array of n elements of `dtype` with unspecified contents (see above). */
export function emptyData(dtype: DType, n: number): TypedData {
  const bytes = BYTES[dtype] * n;
  if (!unsafe || bytes < MIN_BYTES) return allocateData(dtype, n);
  const b = unsafe(bytes);
  const ab = b.buffer;
  const at = b.byteOffset;
  switch (dtype) {
    case 'float64': return new Float64Array(ab, at, n);
    case 'float32': return new Float32Array(ab, at, n);
    case 'int64': return new BigInt64Array(ab, at, n);
    case 'uint64': return new BigUint64Array(ab, at, n);
    case 'int32': return new Int32Array(ab, at, n);
    case 'uint32': return new Uint32Array(ab, at, n);
    case 'int16': return new Int16Array(ab, at, n);
    case 'uint16': return new Uint16Array(ab, at, n);
    case 'int8': return new Int8Array(ab, at, n);
    case 'uint8': case 'bool': return new Uint8Array(ab, at, n);
  }
}

export function emptyFloat64(n: number): Float64Array {
  return emptyData('float64', n) as Float64Array;
}
