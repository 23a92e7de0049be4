/**
 * Bulk draws for generators that can move backwards (PCG64, PCG64DXSM advance by any delta):
 * raw 64-bit outputs are produced ahead in WebAssembly, served to the distribution one by one
 * with NumPy's next32 half-buffer rule, and on `close()` the generator is rewound by exactly the
 * outputs that were produced but not used, so its state is as if every draw had been made singly.
 */
import { BitSource } from './bitgenerator';

export interface Rewindable {
  /** Fills raw outputs start..end as (low, high) word pairs. */
  fillRaw(words: Uint32Array, start: number, end: number): void;
  advance(delta: number | bigint): unknown;
  /** NumPy's next32 half-buffer: [has_uint32, uinteger]. */
  halfBuffer: [number, number];
}

export class RewindableSource implements BitSource {
  low = 0;
  private words: Uint32Array;
  private filled = 0;
  private used = 0;
  private hasUint32: number;
  private uinteger: number;

  constructor(private readonly bg: Rewindable, expected: number) {
    [this.hasUint32, this.uinteger] = bg.halfBuffer;
    this.words = new Uint32Array(2 * Math.max(64, expected));
  }

  private refill(): void {
    const n = this.words.length / 2;
    this.bg.fillRaw(this.words, 0, n);
    this.filled += n;
    this.used = this.filled - n;
  }

  next64(): number {
    const i = this.used - (this.filled - this.words.length / 2);
    if (this.used >= this.filled) { this.refill(); return this.next64(); }
    this.used++;
    this.low = this.words[2 * i];
    return this.words[2 * i + 1];
  }

  next32(): number {
    if (this.hasUint32) {
      this.hasUint32 = 0;
      return this.uinteger;
    }
    const hi = this.next64();
    this.hasUint32 = 1;
    this.uinteger = hi;
    return this.low;
  }

  nextDouble(): number {
    const hi = this.next64();
    return (hi * 2097152 + (this.low >>> 11)) * 1.1102230246251565e-16;
  }

  /** Rewinds the generator past the unused outputs and hands back the half-buffer. */
  close(): void {
    const unused = this.filled - this.used;
    if (unused > 0) this.bg.advance(-BigInt(unused));
    this.bg.halfBuffer = [this.hasUint32, this.uinteger];
  }
}
