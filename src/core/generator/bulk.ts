/**
 * Bulk Generator draws on PCG64 / PCG64DXSM run in the WebAssembly distribution kernels
 * (kernels.wat): the fill loop writes raw outputs ahead into kernel memory, a kernel turns them
 * into values (Lemire's bounded integers; the ziggurat's fast path), and the rare branches that
 * need libm (ziggurat wedges and tails) are finished here with the glibc-exact functions. At the
 * end the generator is rewound past the raw outputs nobody used and gets the kernel's next32
 * half-buffer, so values and state are exactly those of drawing one value at a time.
 */
import { PCG64, PCG64DXSM } from '../bitgen/pcg64';
import { CHUNK, DST, Kernels, kernels, OUT, PIDX, PVAL, ZIG } from '../bitgen/wasm/kernels';
import { expTail, expWedgeKeeps, normalTail, normalWedgeKeeps, writeZigguratTables } from './ziggurat';
import { BitSource } from '../bitgen/bitgenerator';

type Pcg = PCG64 | PCG64DXSM;

/** Below this many values a bulk call is not worth the set-up and the rewind. */
export const KERNEL_MIN = 256;

/** A PCG generator's raw outputs in kernel memory at [rp, re), refilled on demand. */
class RawStream implements BitSource {
  low = 0;
  constructor(private readonly k: Kernels, private readonly bg: Pcg) {
    bg.kernelBegin(k);
    const [has, value] = bg.halfBuffer;
    k.has32.value = has;
    k.u32v.value = value;
    k.rp.value = OUT;
    k.re.value = OUT;
  }

  /** Keeps the unread outputs (moved to just below OUT) and appends about `want` new ones. */
  refill(want: number): void {
    const k = this.k;
    const rp = k.rp.value, re = k.re.value;
    const start = OUT - (re - rp);
    if (re > rp) k.u8.copyWithin(start, rp, re);
    const count = Math.max(64, Math.min(CHUNK, Math.ceil(want)));
    this.bg.kernelFill(k, count);
    k.rp.value = start;
    k.re.value = OUT + 8 * count;
  }

  next64(): number {
    const k = this.k;
    if (k.rp.value >= k.re.value) this.refill(64);
    const rp = k.rp.value;
    k.rp.value = rp + 8;
    this.low = k.u32[rp >> 2];
    return k.u32[(rp >> 2) + 1];
  }

  next32(): number {
    throw new Error('RawStream.next32 is not used by the kernels\' slow paths');
  }

  nextDouble(): number {
    const hi = this.next64();
    return (hi * 2097152 + (this.low >>> 11)) * 1.1102230246251565e-16;
  }

  /** Rewinds the generator past the unread outputs and hands back the half-buffer. */
  close(): void {
    const k = this.k;
    this.bg.kernelEnd(k, (k.re.value - k.rp.value) >> 3);
    this.bg.halfBuffer = [k.has32.value, k.u32v.value >>> 0];
  }
}

function usable(bg: unknown): Kernels | null {
  if (!(bg instanceof PCG64 || bg instanceof PCG64DXSM)) return null;
  return kernels();
}

/** Copies `count` values of `bytes` bytes from DST to out[at..]. */
function copyOut(k: Kernels, out: ArrayBufferView, at: number, count: number, bytes: number): void {
  new Uint8Array(out.buffer, out.byteOffset + at * bytes, count * bytes).set(k.u8.subarray(DST, DST + count * bytes));
}

/**
 * Generator.integers' Lemire draws of off + v, v in [0, rng], into `out` (an int32/uint32 array
 * with `bytes` 4, an int64/uint64 array with `bytes` 8) on the kernels. Covers 0 < rng < 2**32 - 1
 * (next32, buffered) and, for 8-byte values, 2**32 - 1 < rng < 2**64 - 1 (next64). Returns false
 * (nothing drawn) for anything else, or without WebAssembly.
 */
export function lemireBulk(bg: unknown, off: bigint, rng: bigint, out: ArrayBufferView, n: number, bytes: 4 | 8): boolean {
  if (n < KERNEL_MIN || rng <= 0n || rng === 0xffffffffn || rng >= 0xffffffffffffffffn) return false;
  const small = rng < 0xffffffffn;
  if (!small && bytes !== 8) return false;
  const k = usable(bg);
  if (!k) return false;
  const s = new RawStream(k, bg as Pcg);
  const r = Number(rng);
  const off64 = BigInt.asIntN(64, off);
  try {
    let done = 0;
    while (done < n) {
      const want = Math.min(n - done, CHUNK);
      const got = small ? k.lemire32(want, r, off64, bytes === 8 ? 1 : 0) : k.lemire64(want, rng, off64);
      if (got > 0) copyOut(k, out, done, got, bytes);
      done += got;
      // Raw outputs still needed: one per two values (one per value for 64 bits), plus rejections.
      if (got < want) s.refill((small ? (n - done) / 2 : n - done) * 1.01 + 16);
    }
  } finally {
    s.close();
  }
  return true;
}

let tablesLoaded = false;

/**
 * Fills `out` with standard normals (`normal`) or standard exponentials by NumPy's ziggurat on
 * the kernels. Returns false (nothing drawn) without WebAssembly or off PCG64 / PCG64DXSM.
 */
export function zigguratBulk(bg: unknown, out: Float64Array, normal: boolean): boolean {
  const n = out.length;
  if (n < KERNEL_MIN) return false;
  const k = usable(bg);
  if (!k) return false;
  if (!tablesLoaded) {
    writeZigguratTables(k.memory.buffer, ZIG);
    tablesLoaded = true;
  }
  const f64 = k.f64, i32 = k.i32;
  const d0 = DST >> 3, p0 = PIDX >> 2, v0 = PVAL >> 3;
  const s = new RawStream(k, bg as Pcg);
  try {
    let done = 0;
    while (done < n) {
      const want = Math.min(n - done, CHUNK);
      const got = normal ? k.zig_norm(want) : k.zig_exp(want);
      const np = k.np.value;
      // Attempts 0..got-1 are at DST; the pending ones are finished here and rejected wedges dropped.
      let from = 0;
      for (let j = 0; j < np; j++) {
        const a = i32[p0 + j];
        if (a < 0) { // exponential tail: U at DST
          const at = d0 + (a & 0x7fffffff);
          f64[at] = expTail(f64[at]);
          continue;
        }
        const x = f64[d0 + a];
        if (normal ? normalWedgeKeeps(f64[v0 + j], x) : expWedgeKeeps(f64[v0 + j], x)) continue;
        out.set(f64.subarray(d0 + from, d0 + a), done);
        done += a - from;
        from = a + 1;
      }
      out.set(f64.subarray(d0 + from, d0 + got), done);
      done += got - from;
      if (normal && k.ztail.value) {
        // Stopped just past a tail attempt's raw output; rabs's bit 8 is bit 17 of its low word.
        const negative = ((k.u32[(k.rp.value - 8) >> 2] >>> 17) & 1) !== 0;
        out[done++] = normalTail(s, negative);
      } else if (got < want) {
        s.refill((n - done) * 1.03 + 16);
      }
    }
  } finally {
    s.close();
  }
  return true;
}
