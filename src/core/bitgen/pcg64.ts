/**
 * PCG64 (XSL-RR output over a 128-bit LCG) and PCG64DXSM (DXSM output over a 128-bit LCG with a
 * 64-bit "cheap" multiplier, output taken before the step), as numpy/random/src/pcg64/pcg64.h.
 * The 128-bit state lives in four unsigned 32-bit words s3 (most significant) .. s0; the hot
 * step multiplies with 32-bit halves (exact in doubles) so no BigInt is ever allocated per draw.
 */
import { valueError } from '../errors';
import { Native64BitGenerator } from './bitgenerator';
import { mul32x32, mul64lo, reg } from './u64';
import { CHUNK, kernels, Kernels, OUT } from './wasm/kernels';

const M128 = (1n << 128n) - 1n;
/** PCG_DEFAULT_MULTIPLIER_128 = 2549297995355413924 * 2**64 + 4865540595714422341. */
const MULT = (2549297995355413924n << 64n) + 4865540595714422341n;
const M3 = 0x2360ed05, M2 = 0x1fc65da4, M1 = 0x4385df64, M0 = 0x9fccf645;
/** PCG_CHEAP_MULTIPLIER_128, a 64-bit multiplier. */
const CHEAP = 0xda942042e4dd58b5n;
const C1 = 0xda942042, C0 = 0xe4dd58b5;
/** NumPy's jump step: (phi - 1) * 2**128. */
const JUMP_STEP = 0x9e3779b97f4a7c15f39cc0605cedc835n;
const TWO32 = 4294967296;

function wrap128(v: bigint): bigint {
  return ((v % (1n << 128n)) + (1n << 128n)) % (1n << 128n);
}

/** pcg_advance_lcg_128: state after `delta` steps of x -> x * mult + plus (mod 2^128). */
function advanceLcg(state: bigint, delta: bigint, mult: bigint, plus: bigint): bigint {
  let accMult = 1n;
  let accPlus = 0n;
  while (delta > 0n) {
    if (delta & 1n) {
      accMult = (accMult * mult) & M128;
      accPlus = (accPlus * mult + plus) & M128;
    }
    plus = ((mult + 1n) * plus) & M128;
    mult = (mult * mult) & M128;
    delta >>= 1n;
  }
  return (accMult * state + accPlus) & M128;
}

abstract class Pcg128 extends Native64BitGenerator {
  protected s3 = 0; protected s2 = 0; protected s1 = 0; protected s0 = 0;
  protected i3 = 0; protected i2 = 0; protected i1 = 0; protected i0 = 0;
  protected abstract readonly multiplier: bigint;

  constructor(seed?: unknown) {
    super(seed);
    const [a, b, c, d] = this._seedSeq!.generateWords64(4);
    const initState = (BigInt(a[0]) << 96n) | (BigInt(a[1]) << 64n) | (BigInt(b[0]) << 32n) | BigInt(b[1]);
    const initSeq = (BigInt(c[0]) << 96n) | (BigInt(c[1]) << 64n) | (BigInt(d[0]) << 32n) | BigInt(d[1]);
    this.seedWith(initState, initSeq);
  }

  /** pcg_setseq_128_srandom_r; NumPy seeds PCG64DXSM with the same default-multiplier steps. */
  private seedWith(initState: bigint, initSeq: bigint): void {
    this.inc = ((initSeq << 1n) | 1n) & M128;
    this.state128 = 0n;
    this.stepDefault();
    this.state128 = (this.state128 + initState) & M128;
    this.stepDefault();
  }

  /** state = state * MULT + inc (mod 2^128). */
  protected stepDefault(): void {
    const s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3;
    // low 64 x low 64, full 128-bit product
    mul32x32(s0, M0); const p00h = reg.hi, p00l = reg.lo;
    mul32x32(s0, M1); const p01h = reg.hi, p01l = reg.lo;
    mul32x32(s1, M0); const p10h = reg.hi, p10l = reg.lo;
    mul32x32(s1, M1); const p11h = reg.hi, p11l = reg.lo;
    // cross terms, only their low 64 bits land in the high half
    mul64lo(s3, s2, M1, M0); const ah = reg.hi, al = reg.lo;
    mul64lo(s1, s0, M3, M2); const bh = reg.hi, bl = reg.lo;
    const w0 = p00l + this.i0;
    const w1 = p00h + p01l + p10l + this.i1 + Math.floor(w0 / TWO32);
    const w2 = p01h + p10h + p11l + al + bl + this.i2 + Math.floor(w1 / TWO32);
    const w3 = p11h + ah + bh + this.i3 + Math.floor(w2 / TWO32);
    this.s0 = w0 >>> 0; this.s1 = w1 >>> 0; this.s2 = w2 >>> 0; this.s3 = w3 >>> 0;
  }


  protected get state128(): bigint {
    return (BigInt(this.s3) << 96n) | (BigInt(this.s2) << 64n) | (BigInt(this.s1) << 32n) | BigInt(this.s0);
  }
  protected set state128(v: bigint) {
    this.s3 = Number((v >> 96n) & 0xffffffffn); this.s2 = Number((v >> 64n) & 0xffffffffn);
    this.s1 = Number((v >> 32n) & 0xffffffffn); this.s0 = Number(v & 0xffffffffn);
  }
  protected get inc(): bigint {
    return (BigInt(this.i3) << 96n) | (BigInt(this.i2) << 64n) | (BigInt(this.i1) << 32n) | BigInt(this.i0);
  }
  protected set inc(v: bigint) {
    this.i3 = Number((v >> 96n) & 0xffffffffn); this.i2 = Number((v >> 64n) & 0xffffffffn);
    this.i1 = Number((v >> 32n) & 0xffffffffn); this.i0 = Number(v & 0xffffffffn);
  }


  /** The WebAssembly fill loop for this generator (null: use the JS loop). */
  protected abstract readonly kernel: ((k: Kernels, n: number, mode: number) => void) | null;

  /** Runs the WebAssembly loop over `n` values in chunks; `take` copies each chunk out. Returns false without WASM. */
  private viaKernel(n: number, mode: number, take: (k: Kernels, done: number, count: number) => void): boolean {
    const k = this.kernel && n >= 64 ? kernels() : null;
    if (!k || !this.kernel) return false;
    const m = k.u32; // state as little-endian i64s: hi, lo, inc_hi, inc_lo
    m[0] = this.s2; m[1] = this.s3; m[2] = this.s0; m[3] = this.s1;
    m[4] = this.i2; m[5] = this.i3; m[6] = this.i0; m[7] = this.i1;
    for (let done = 0; done < n; done += CHUNK) {
      const count = Math.min(CHUNK, n - done);
      this.kernel(k, count, mode);
      take(k, done, count);
    }
    this.s2 = m[0]; this.s3 = m[1]; this.s0 = m[2]; this.s1 = m[3];
    return true;
  }

  /** Name of this generator's fused distribution kernels in kernels.wat (`${kernelName}_lemire32` ...). */
  abstract readonly kernelName: 'pcg64' | 'pcg64dxsm';

  /**
   * For the fused distribution kernels (src/core/generator/bulk.ts): `kernelBegin` copies the
   * state and the next32 half-buffer into kernel memory, `kernelEnd` takes them back.
   */
  kernelBegin(k: Kernels): void {
    const m = k.u32;
    m[0] = this.s2; m[1] = this.s3; m[2] = this.s0; m[3] = this.s1;
    m[4] = this.i2; m[5] = this.i3; m[6] = this.i0; m[7] = this.i1;
    k.has32.value = this.hasUint32;
    k.u32v.value = this.uinteger;
  }

  kernelEnd(k: Kernels): void {
    const m = k.u32;
    this.s2 = m[0]; this.s3 = m[1]; this.s0 = m[2]; this.s1 = m[3];
    this.hasUint32 = k.has32.value;
    this.uinteger = k.u32v.value >>> 0;
  }

  fillDoubles(out: Float64Array, start = 0, end = out.length): void {
    const ok = this.viaKernel(end - start, 1, (k, done, count) => out.set(k.f64.subarray(OUT / 8, OUT / 8 + count), start + done));
    if (ok) return;
    for (let i = start; i < end; i++) {
      const hi = this.next64();
      out[i] = (hi * 2097152 + (this.low >>> 11)) * 1.1102230246251565e-16;
    }
  }

  fillRaw(words: Uint32Array, start: number, end: number): void {
    const ok = this.viaKernel(end - start, 0, (k, done, count) =>
      words.set(k.u32.subarray(OUT / 4, OUT / 4 + 2 * count), 2 * (start + done)));
    if (!ok) super.fillRaw(words, start, end);
  }

  get state(): Record<string, unknown> {
    return {
      bit_generator: this.name,
      state: { state: this.state128, inc: this.inc },
      has_uint32: this.hasUint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: Record<string, unknown>) {
    const v = this.checkState(value, 'RNG');
    this.state128 = BigInt(v.state.state) & M128;
    this.inc = BigInt(v.state.inc) & M128;
    this.hasUint32 = Number(v.has_uint32);
    this.uinteger = Number(v.uinteger) >>> 0;
  }

  /** NumPy's next32 half-buffer, for bulk draws that run on a RewindableSource. */
  get halfBuffer(): [number, number] {
    return [this.hasUint32, this.uinteger];
  }
  set halfBuffer([has, value]: [number, number]) {
    this.hasUint32 = has;
    this.uinteger = value;
  }

  /** Advance as if `delta` draws had been made (delta is taken mod 2**128); clears the uint32 buffer. */
  advance(delta: number | bigint): this {
    this.state128 = advanceLcg(this.state128, wrap128(BigInt(delta)), this.multiplier, this.inc);
    this.hasUint32 = 0;
    this.uinteger = 0;
    return this;
  }

  /** A copy advanced by jumps * (phi - 1) * 2**128 draws. */
  jumped(jumps: number | bigint = 1): this {
    const Ctor = this.constructor as new (seed?: unknown) => this;
    const copy = new Ctor(0);
    copy.state = this.state;
    if (BigInt(jumps) < 0n) throw valueError('jumps must be non-negative');
    return copy.advance(JUMP_STEP * BigInt(jumps));
  }
}

export class PCG64 extends Pcg128 {
  readonly name = 'PCG64' as const;
  readonly kernelName = 'pcg64' as const;
  protected readonly multiplier = MULT;
  protected readonly kernel = (k: Kernels, n: number, mode: number): void => k.pcg64_fill(n, mode);

  protected step(): void {
    this.stepDefault();
  }

  /** XSL-RR: rotate (high ^ low) right by the top 6 bits of the new state. */
  next64(): number {
    this.step();
    const xh = (this.s3 ^ this.s1) >>> 0;
    const xl = (this.s2 ^ this.s0) >>> 0;
    const rot = this.s3 >>> 26;
    if (rot === 0) { this.low = xl; return xh; }
    if (rot < 32) {
      this.low = ((xl >>> rot) | (xh << (32 - rot))) >>> 0;
      return ((xh >>> rot) | (xl << (32 - rot))) >>> 0;
    }
    if (rot === 32) { this.low = xh; return xl; }
    const r = rot - 32;
    this.low = ((xh >>> r) | (xl << (32 - r))) >>> 0;
    return ((xl >>> r) | (xh << (32 - r))) >>> 0;
  }
}

export class PCG64DXSM extends Pcg128 {
  readonly name = 'PCG64DXSM' as const;
  readonly kernelName = 'pcg64dxsm' as const;
  protected readonly multiplier = CHEAP;
  protected readonly kernel = (k: Kernels, n: number, mode: number): void => k.pcg64dxsm_fill(n, mode);

  /** state = state * CHEAP + inc (mod 2^128), CHEAP being 64-bit. */
  protected step(): void {
    const s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3;
    mul32x32(s0, C0); const p00h = reg.hi, p00l = reg.lo;
    mul32x32(s0, C1); const p01h = reg.hi, p01l = reg.lo;
    mul32x32(s1, C0); const p10h = reg.hi, p10l = reg.lo;
    mul32x32(s1, C1); const p11h = reg.hi, p11l = reg.lo;
    mul64lo(s3, s2, C1, C0); const ah = reg.hi, al = reg.lo;
    const w0 = p00l + this.i0;
    const w1 = p00h + p01l + p10l + this.i1 + Math.floor(w0 / TWO32);
    const w2 = p01h + p10h + p11l + al + this.i2 + Math.floor(w1 / TWO32);
    const w3 = p11h + ah + this.i3 + Math.floor(w2 / TWO32);
    this.s0 = w0 >>> 0; this.s1 = w1 >>> 0; this.s2 = w2 >>> 0; this.s3 = w3 >>> 0;
  }

  /** DXSM output of the pre-step state, then the step. */
  next64(): number {
    let hh = this.s3, hl = this.s2;
    const lh = this.s1, ll = (this.s0 | 1) >>> 0;
    hl = (hl ^ hh) >>> 0; // hi ^= hi >> 32
    mul64lo(hh, hl, C1, C0); hh = reg.hi; hl = reg.lo; // hi *= CHEAP
    hl = (hl ^ (hh >>> 16)) >>> 0; // hi ^= hi >> 48
    mul64lo(hh, hl, lh, ll); // hi *= lo
    const outHi = reg.hi, outLo = reg.lo;
    this.step();
    this.low = outLo;
    return outHi;
  }
}
