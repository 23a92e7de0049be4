/**
 * PCG64DXSM (numpy/random/src/pcg64, the "cm" variant): seeded like PCG64, but each draw runs the
 * DXSM output function on the state *before* stepping, and steps with the 64-bit "cheap"
 * multiplier, so the multiply needs only 12 exact 32x16-bit products.
 */
import { PCG64 } from './pcg64';
import { mul64LoHi } from './mul';

const CHEAP_MULT = 0xda942042e4dd58b5n;
const CH = 0xda942042;
const CL = 0xe4dd58b5;
const c0 = CL & 0xffff, c1 = CL >>> 16, c2 = CH & 0xffff, c3 = CH >>> 16;
const TWO16 = 65536;
const INV16 = 1 / 65536;

export class PCG64DXSM extends PCG64 {
  protected override get kind(): string {
    return 'PCG64DXSM';
  }

  protected override kernel(): null {
    return null;
  }

  override fillRaw(out: Uint32Array, n: number): void {
    for (let i = 0; i < n; i++) {
      out[2 * i + 1] = this.next64();
      out[2 * i] = this.low;
    }
  }

  protected override lcgMult(): bigint {
    return CHEAP_MULT;
  }

  /** state = state * CHEAP_MULT + inc (mod 2**128). */
  protected cheapStep(): void {
    const s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3;
    let v = s0 * c0 + this.i0;
    let c = Math.floor(v * INV16);
    const o0 = v - c * TWO16;
    v = s0 * c1 + this.i1 + c;
    c = Math.floor(v * INV16);
    const o1 = v - c * TWO16;
    v = s0 * c2 + s1 * c0 + this.i2 + c;
    c = Math.floor(v * INV16);
    const o2 = v - c * TWO16;
    v = s0 * c3 + s1 * c1 + this.i3 + c;
    c = Math.floor(v * INV16);
    const o3 = v - c * TWO16;
    v = s1 * c2 + s2 * c0 + this.i4 + c;
    c = Math.floor(v * INV16);
    const o4 = v - c * TWO16;
    v = s1 * c3 + s2 * c1 + this.i5 + c;
    c = Math.floor(v * INV16);
    const o5 = v - c * TWO16;
    v = s2 * c2 + s3 * c0 + this.i6 + c;
    c = Math.floor(v * INV16);
    const o6 = v - c * TWO16;
    v = s2 * c3 + s3 * c1 + this.i7 + c;
    c = Math.floor(v * INV16);
    const o7 = v - c * TWO16;
    this.s0 = o0 + o1 * TWO16;
    this.s1 = o2 + o3 * TWO16;
    this.s2 = o4 + o5 * TWO16;
    this.s3 = o6 + o7 * TWO16;
  }

  /** DXSM of the current state: hi ^= hi>>32; hi *= CHEAP; hi ^= hi>>48; hi *= (lo | 1). */
  protected dxsm(): number {
    const h1 = this.s3;
    const h0 = (this.s2 ^ h1) >>> 0;
    const l1 = this.s1;
    const l0 = (this.s0 | 1) >>> 0;
    let n0 = Math.imul(h0, CL) >>> 0;
    const n1 = mul64LoHi(h1, h0, CH, CL);
    n0 = (n0 ^ (n1 >>> 16)) >>> 0;
    this.low = Math.imul(n0, l0) >>> 0;
    return mul64LoHi(n1, n0, l1, l0);
  }

  override next64(): number {
    const hi = this.dxsm();
    this.cheapStep();
    return hi;
  }

  override fillDoubles(out: Float64Array): void {
    for (let i = 0; i < out.length; i++) {
      const hi = this.dxsm();
      this.cheapStep();
      out[i] = (hi * 2097152 + (this.low >>> 11)) * 1.1102230246251565e-16;
    }
  }
}
