/**
 * What every bit generator hands to the distributions (NumPy's `bitgen_t`), and the shared
 * behaviour of NumPy's BitGenerator base class: seeding through SeedSequence, random_raw, spawn.
 * 64-bit outputs travel as two unsigned 32-bit halves so hot loops never allocate a BigInt.
 */
import { typeError, valueError } from '../errors';
import { NDArray, Size, sizeToShape, shapeSize } from '../ndarray';
import { SeedSequence } from './seedsequence';

export interface BitSource {
  /** Next 64-bit output. Returns the high 32 bits (unsigned); the low 32 bits are left in `low`. */
  next64(): number;
  /** Low 32 bits (unsigned) of the most recent `next64()`. */
  readonly low: number;
  /** Next 32-bit output (unsigned), with the generator's own buffering rules as in NumPy. */
  next32(): number;
  /** Next double in [0, 1), exactly as NumPy's `next_double` for this generator. */
  nextDouble(): number;
}

export type BitGeneratorName = 'MT19937' | 'PCG64' | 'PCG64DXSM' | 'Philox' | 'SFC64';

export abstract class BitGenerator implements BitSource {
  low = 0;
  abstract readonly name: BitGeneratorName;
  protected _seedSeq: SeedSequence | null;

  /** `seed` is anything SeedSequence accepts, or a SeedSequence. */
  protected constructor(seed: unknown) {
    this._seedSeq = seed instanceof SeedSequence ? seed : new SeedSequence(seed);
  }

  abstract next64(): number;
  abstract next32(): number;
  abstract nextDouble(): number;
  abstract get state(): Record<string, unknown>;
  abstract set state(value: Record<string, unknown>);

  /** NumPy's next_raw: the generator's native output (64 bits; MT19937 overrides with 32). */
  nextRaw(): number {
    return this.next64();
  }

  get seed_seq(): SeedSequence | null {
    return this._seedSeq;
  }

  /** Fills `out` with next_double values (subclasses inline this for speed). */
  fillDoubles(out: Float64Array, start = 0, end = out.length): void {
    for (let i = start; i < end; i++) out[i] = this.nextDouble();
  }

  /** Raw outputs: a Python int when size is omitted, else a uint64 array. */
  random_raw(size?: Size, output = true): bigint | NDArray<BigUint64Array> | null {
    if (size === undefined || size === null) {
      const hi = this.nextRaw();
      return output ? (BigInt(hi) << 32n) | BigInt(this.low) : null;
    }
    const shape = sizeToShape(size);
    const data = new BigUint64Array(shapeSize(shape));
    this.fillRaw(new Uint32Array(data.buffer), 0, data.length);
    return output ? { dtype: 'uint64', shape, data } : null;
  }

  /** Writes raw outputs start..end as little-endian 64-bit words (low half first) into `words`. */
  fillRaw(words: Uint32Array, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      words[2 * i + 1] = this.nextRaw();
      words[2 * i] = this.low;
    }
  }

  /** Independent children through the SeedSequence (NumPy >= 1.25). */
  spawn(n_children: number): this[] {
    if (n_children < 0) throw valueError('n_children must be non-negative');
    if (this._seedSeq === null) throw typeError('The underlying SeedSequence does not implement spawning.');
    const Ctor = this.constructor as new (seed: SeedSequence) => this;
    return this._seedSeq.spawn(n_children).map((s) => new Ctor(s));
  }

  /** NumPy's check that a state dict is for this generator. */
  protected checkState(value: unknown, noun: 'RNG' | 'PRNG'): Record<string, any> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw typeError('state must be a dict');
    const v = value as Record<string, any>;
    if (v.bit_generator !== this.name) throw valueError(`state must be for a ${this.name} ${noun}`);
    return v;
  }
}

/**
 * A generator with a native 64-bit output (PCG64, PCG64DXSM, Philox, SFC64): NumPy's shared rules
 * for next32 (serve the high half of the previous 64-bit draw before drawing again) and
 * next_double (the top 53 bits).
 */
export abstract class Native64BitGenerator extends BitGenerator {
  /** NumPy's half-buffer for next32: the high half of the last 64-bit draw it used. */
  protected hasUint32 = 0;
  protected uinteger = 0;

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
}
