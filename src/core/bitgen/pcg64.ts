/**
 * PCG64 (XSL-RR 128/64) as NumPy has it (numpy/random/src/pcg64): a 128-bit LCG whose output is
 * rotr64(hi ^ lo, hi >> 58) of the new state.
 *
 * The 128-bit multiply runs on doubles: the state in four 32-bit limbs times the constant
 * multiplier in eight 16-bit limbs gives 20 products below 2**48, each exact, summed by 16-bit
 * column (< 2**51) with the increment folded in, then carried. No BigInt per draw.
 */
import { PyError } from '../errors';
import { BitGenerator, SeedLike, checkStateFor } from './base';
import { SeedSequence } from './seedsequence';
import { CHUNK, Pcg64Kernel, pcg64Kernel } from './wasm/pcg64kernel';
import { MASK128, advanceLcg128, fromLimbs32, limbs32, wrap128 } from './u128';

export const PCG64_MULT = 0x2360ed051fc65da44385df649fccf645n;
const JUMP_STEP = 0x9e3779b97f4a7c15f39cc0605cedc835n;

const M16 = Array.from({ length: 8 }, (_, i) => Number((PCG64_MULT >> BigInt(16 * i)) & 0xffffn));
const [m0, m1, m2, m3, m4, m5, m6, m7] = M16;
const TWO16 = 65536;
const INV16 = 1 / 65536;

export class PCG64 extends BitGenerator {
  // State in 32-bit limbs (s0 least significant); increment in 16-bit limbs for the column sums.
  protected s0 = 0; protected s1 = 0; protected s2 = 0; protected s3 = 0;
  protected i0 = 0; protected i1 = 0; protected i2 = 0; protected i3 = 0;
  protected i4 = 0; protected i5 = 0; protected i6 = 0; protected i7 = 0;
  /** next32's buffered high half (NumPy's has_uint32 / uinteger). */
  has_uint32 = 0;
  uinteger = 0;

  constructor(seed?: SeedLike) {
    super(seed);
    const w = this.seedSeq!.generateWords(8);
    // generate_state(4, uint64) = v0..v3 (low word first); initstate = v0<<64|v1, initseq = v2<<64|v3.
    const initstate = fromLimbs32(w[2], w[3], w[0], w[1]);
    const initseq = fromLimbs32(w[6], w[7], w[4], w[5]);
    this.seedLcg(initstate, initseq);
  }

  protected create(seed: SeedSequence): this {
    return new (this.constructor as new (s: SeedLike) => this)(seed);
  }

  /** pcg_setseq_128_srandom_r: state 0, step, add initstate, step. */
  protected seedLcg(initstate: bigint, initseq: bigint): void {
    const inc = ((initseq << 1n) | 1n) & MASK128;
    // Both PCG64 and PCG64DXSM seed with the full 128-bit multiplier (pcg_setseq_128_srandom_r).
    this.setRaw(0n, inc);
    this.fullStep();
    this.setRaw((this.stateBig() + initstate) & MASK128, inc);
    this.fullStep();
  }

  protected stateBig(): bigint {
    return fromLimbs32(this.s0, this.s1, this.s2, this.s3);
  }

  protected incBig(): bigint {
    return fromLimbs32(this.i0 + this.i1 * TWO16, this.i2 + this.i3 * TWO16, this.i4 + this.i5 * TWO16, this.i6 + this.i7 * TWO16);
  }

  protected setRaw(state: bigint, inc: bigint): void {
    [this.s0, this.s1, this.s2, this.s3] = limbs32(state);
    const l = limbs32(inc);
    this.i0 = l[0] & 0xffff; this.i1 = l[0] >>> 16;
    this.i2 = l[1] & 0xffff; this.i3 = l[1] >>> 16;
    this.i4 = l[2] & 0xffff; this.i5 = l[2] >>> 16;
    this.i6 = l[3] & 0xffff; this.i7 = l[3] >>> 16;
  }

  /** state = state * MULT + inc (mod 2**128). */
  protected fullStep(): void {
    const s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3;
    let v = s0 * m0 + this.i0;
    let c = Math.floor(v * INV16);
    const o0 = v - c * TWO16;
    v = s0 * m1 + this.i1 + c;
    c = Math.floor(v * INV16);
    const o1 = v - c * TWO16;
    v = s0 * m2 + s1 * m0 + this.i2 + c;
    c = Math.floor(v * INV16);
    const o2 = v - c * TWO16;
    v = s0 * m3 + s1 * m1 + this.i3 + c;
    c = Math.floor(v * INV16);
    const o3 = v - c * TWO16;
    v = s0 * m4 + s1 * m2 + s2 * m0 + this.i4 + c;
    c = Math.floor(v * INV16);
    const o4 = v - c * TWO16;
    v = s0 * m5 + s1 * m3 + s2 * m1 + this.i5 + c;
    c = Math.floor(v * INV16);
    const o5 = v - c * TWO16;
    v = s0 * m6 + s1 * m4 + s2 * m2 + s3 * m0 + this.i6 + c;
    c = Math.floor(v * INV16);
    const o6 = v - c * TWO16;
    v = s0 * m7 + s1 * m5 + s2 * m3 + s3 * m1 + this.i7 + c;
    c = Math.floor(v * INV16);
    const o7 = v - c * TWO16;
    this.s0 = o0 + o1 * TWO16;
    this.s1 = o2 + o3 * TWO16;
    this.s2 = o4 + o5 * TWO16;
    this.s3 = o6 + o7 * TWO16;
  }

  /** Output of the current state: rotr64(hi ^ lo, hi >> 58); high half returned, low in `.low`. */
  protected output(): number {
    const xh = (this.s3 ^ this.s1) >>> 0;
    const xl = (this.s2 ^ this.s0) >>> 0;
    const rot = this.s3 >>> 26;
    if (rot === 0) { this.low = xl; return xh; }
    if (rot < 32) {
      this.low = ((xl >>> rot) | (xh << (32 - rot))) >>> 0;
      return ((xh >>> rot) | (xl << (32 - rot))) >>> 0;
    }
    const r = rot - 32;
    if (r === 0) { this.low = xh; return xl; }
    this.low = ((xh >>> r) | (xl << (32 - r))) >>> 0;
    return ((xl >>> r) | (xh << (32 - r))) >>> 0;
  }

  next64(): number {
    this.fullStep();
    return this.output();
  }

  /** Buffered: a fresh 64-bit draw yields its low half now and its high half next time. */
  next32(): number {
    if (this.has_uint32) {
      this.has_uint32 = 0;
      return this.uinteger;
    }
    const hi = this.next64();
    this.has_uint32 = 1;
    this.uinteger = hi;
    return this.low;
  }

  /** (next64 >> 11) * 2**-53, from the halves without a BigInt. */
  nextDouble(): number {
    const hi = this.next64();
    return (hi * 2097152 + (this.low >>> 11)) * 1.1102230246251565e-16;
  }

  /** Bulk doubles: in WebAssembly when available, else the JavaScript loop below. */
  fillDoubles(out: Float64Array): void {
    const k = this.kernel();
    if (!k) return this.fillDoublesJs(out);
    this.toKernel(k);
    for (let done = 0; done < out.length; done += CHUNK) {
      const n = Math.min(CHUNK, out.length - done);
      k.fillDoubles(n);
      out.set(n === CHUNK ? k.doubles : k.doubles.subarray(0, n), done);
    }
    this.fromKernel(k);
  }

  fillRaw(out: Uint32Array, n: number): void {
    const k = this.kernel();
    if (!k) return super.fillRaw(out, n);
    this.toKernel(k);
    for (let done = 0; done < n; done += CHUNK) {
      const m = Math.min(CHUNK, n - done);
      k.fillRaw(m);
      out.set(m === CHUNK ? k.raw : k.raw.subarray(0, 2 * m), 2 * done);
    }
    this.fromKernel(k);
  }

  /** The WebAssembly kernel implements PCG64's own step and output only. */
  protected kernel(): Pcg64Kernel | null {
    return pcg64Kernel();
  }

  private toKernel(k: Pcg64Kernel): void {
    const w = k.words;
    w[0] = this.s0; w[1] = this.s1; w[2] = this.s2; w[3] = this.s3;
    w[4] = this.i0 + this.i1 * TWO16; w[5] = this.i2 + this.i3 * TWO16;
    w[6] = this.i4 + this.i5 * TWO16; w[7] = this.i6 + this.i7 * TWO16;
  }

  private fromKernel(k: Pcg64Kernel): void {
    const w = k.words;
    this.s0 = w[0]; this.s1 = w[1]; this.s2 = w[2]; this.s3 = w[3];
  }

  /** Bulk doubles in JavaScript: the state lives in locals for the whole loop. */
  fillDoublesJs(out: Float64Array): void {
    let s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3;
    const i0 = this.i0, i1 = this.i1, i2 = this.i2, i3 = this.i3;
    const i4 = this.i4, i5 = this.i5, i6 = this.i6, i7 = this.i7;
    for (let k = 0; k < out.length; k++) {
      let v = s0 * m0 + i0;
      let c = Math.floor(v * INV16);
      const o0 = v - c * TWO16;
      v = s0 * m1 + i1 + c;
      c = Math.floor(v * INV16);
      const o1 = v - c * TWO16;
      v = s0 * m2 + s1 * m0 + i2 + c;
      c = Math.floor(v * INV16);
      const o2 = v - c * TWO16;
      v = s0 * m3 + s1 * m1 + i3 + c;
      c = Math.floor(v * INV16);
      const o3 = v - c * TWO16;
      v = s0 * m4 + s1 * m2 + s2 * m0 + i4 + c;
      c = Math.floor(v * INV16);
      const o4 = v - c * TWO16;
      v = s0 * m5 + s1 * m3 + s2 * m1 + i5 + c;
      c = Math.floor(v * INV16);
      const o5 = v - c * TWO16;
      v = s0 * m6 + s1 * m4 + s2 * m2 + s3 * m0 + i6 + c;
      c = Math.floor(v * INV16);
      const o6 = v - c * TWO16;
      v = s0 * m7 + s1 * m5 + s2 * m3 + s3 * m1 + i7 + c;
      c = Math.floor(v * INV16);
      const o7 = v - c * TWO16;
      s0 = o0 + o1 * TWO16;
      s1 = o2 + o3 * TWO16;
      s2 = o4 + o5 * TWO16;
      s3 = o6 + o7 * TWO16;
      // rotr64(hi ^ lo, hi >> 58), then (x >> 11) * 2**-53
      const xh = (s3 ^ s1) >>> 0;
      const xl = (s2 ^ s0) >>> 0;
      const rot = s3 >>> 26;
      let hi: number, lo: number;
      if (rot === 0) { hi = xh; lo = xl; } else if (rot < 32) {
        hi = ((xh >>> rot) | (xl << (32 - rot))) >>> 0;
        lo = ((xl >>> rot) | (xh << (32 - rot))) >>> 0;
      } else if (rot === 32) { hi = xl; lo = xh; } else {
        const r = rot - 32;
        hi = ((xl >>> r) | (xh << (32 - r))) >>> 0;
        lo = ((xh >>> r) | (xl << (32 - r))) >>> 0;
      }
      out[k] = (hi * 2097152 + (lo >>> 11)) * 1.1102230246251565e-16;
    }
    this.s0 = s0; this.s1 = s1; this.s2 = s2; this.s3 = s3;
  }

  /** Advance the state as if `delta` draws had been made (delta wraps to 128 bits). */
  advance(delta: number | bigint): this {
    this.setRaw(advanceLcg128(this.stateBig(), wrap128(delta), this.lcgMult(), this.incBig()), this.incBig());
    this.has_uint32 = 0;
    this.uinteger = 0;
    return this;
  }

  protected lcgMult(): bigint {
    return PCG64_MULT;
  }

  /** A copy advanced by jumps * (phi - 1) * 2**128 steps. */
  jumped(jumps: number | bigint = 1): this {
    const copy = this.create(new SeedSequence(0));
    copy.state = this.state;
    copy.advance((JUMP_STEP * BigInt(jumps)) & MASK128);
    copy.seedSeq = this.seedSeq;
    return copy;
  }

  protected get kind(): string {
    return 'PCG64';
  }

  get state(): Record<string, unknown> {
    return {
      bit_generator: this.kind,
      state: { state: this.stateBig(), inc: this.incBig() },
      has_uint32: this.has_uint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: Record<string, unknown>) {
    const inner = checkStateFor(value, this.kind);
    if (inner === undefined || !('state' in inner) || !('inc' in inner)) throw new PyError('KeyError', "'state'");
    this.setRaw(wrap128(inner.state as bigint), wrap128(inner.inc as bigint));
    this.has_uint32 = Number(value.has_uint32);
    this.uinteger = Number(value.uinteger) >>> 0;
  }
}
