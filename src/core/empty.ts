/**
 * NumPy's np.empty for result arrays that the caller overwrites in full: memory left
 * uninitialised where the host offers it (Node's Buffer.allocUnsafeSlow, a malloc without the
 * memset a zeroed allocation pays when the allocator hands back memory it had already mapped:
 * 5-10% of a large float64 draw, measured), else an ordinary zeroed array. Only for arrays whose
 * every element is written before anyone reads it.
 */
import { DType, TypedData, TYPED_DATA, allocateData } from './ndarray';

type UnsafeAlloc = (size: number) => { buffer: ArrayBuffer; byteOffset: number };
const host = (globalThis as { Buffer?: { allocUnsafeSlow?: UnsafeAlloc } }).Buffer;
const unsafe: UnsafeAlloc | undefined = typeof host?.allocUnsafeSlow === 'function' ? host.allocUnsafeSlow.bind(host) : undefined;

/** Below this many bytes a zeroed allocation costs nothing worth saving. */
const MIN_BYTES = 1 << 16;

/**
 * glibc gives a large block back to the kernel when the free space at the top of its heap exceeds
 * twice its mmap threshold, which starts at 128 KiB and grows to the size of the largest mmapped
 * block freed so far (at most 32 MiB). NumPy frees each array the moment it dies, so its heap
 * top stays small; V8 frees dead buffers in batches after a GC, which tops 16 MiB after a few
 * 8 MB arrays, so each new array came from fresh pages: ~1,950 page faults per 10^6 doubles,
 * more than the draws themselves cost (measured in `npm run bench -- generator`). One block of
 * just under 32 MiB, mmapped and freed once, lifts the threshold to 32 MiB (64 MiB of heap top
 * kept), after which repeated large draws reuse warm memory as NumPy's do. Nothing touches the
 * block, so it never becomes resident; elsewhere than glibc it is a short-lived allocation. The
 * lift waits for the first large array, so a process (the extension host) that never draws one
 * keeps glibc's defaults; one that does may keep up to 64 MiB of freed heap, as NumPy would.
 */
const GLIBC_THRESHOLD_LIFT = 32 * 1024 * 1024 - 64 * 1024;
const LIFT_FROM_BYTES = 1 << 20;
let thresholdLifted = false;

/** An array of n elements of `dtype` with unspecified contents (see above). */
export function emptyData(dtype: DType, n: number): TypedData {
  const Typed = TYPED_DATA[dtype];
  const bytes = Typed.BYTES_PER_ELEMENT * n;
  if (!unsafe || bytes < MIN_BYTES) return allocateData(dtype, n);
  if (!thresholdLifted && bytes >= LIFT_FROM_BYTES) {
    thresholdLifted = true;
    unsafe(GLIBC_THRESHOLD_LIFT); // dropped at once: its free (at the next GC) is what lifts the threshold
  }
  const b = unsafe(bytes);
  return new Typed(b.buffer, b.byteOffset, n);
}

export function emptyFloat64(n: number): Float64Array {
  return emptyData('float64', n) as Float64Array;
}
