/**
 * What all of NumPy's bit generators share (numpy/random/bit_generator.pyx `BitGenerator`):
 * the SeedSequence they were built from, `random_raw`, `spawn`, and the BitSource hooks the
 * distributions draw from. Each generator overrides the bulk fills with its own tight loop.
 */
import { PyError, typeError } from '../errors';
import { NDArray, shapeSize } from '../ndarray';
import { PyValue } from '../seed';
import { Size, shapeOf } from '../size';
import { BitSource } from './bitgenerator';
import { SeedSequence } from './seedsequence';

export type SeedLike = PyValue | SeedSequence;

export abstract class BitGenerator implements BitSource {
  low = 0;
  /** null after legacy seeding (RandomState.seed), as NumPy leaves no usable SeedSequence. */
  protected seedSeq: SeedSequence | null;

  protected constructor(seed: SeedLike) {
    this.seedSeq = seed instanceof SeedSequence ? seed : new SeedSequence(seed);
  }

  abstract next64(): number;
  abstract next32(): number;
  abstract nextDouble(): number;
  abstract get state(): Record<string, unknown>;
  abstract set state(value: Record<string, unknown>);
  /** A fresh generator of the same kind seeded from `seed` (used by spawn). */
  protected abstract create(seed: SeedSequence): this;

  get seed_seq(): SeedSequence | null {
    return this.seedSeq;
  }

  /** `n` raw 64-bit outputs into `out` as little-endian pairs (low word, high word). */
  fillRaw(out: Uint32Array, n: number): void {
    for (let i = 0; i < n; i++) {
      out[2 * i + 1] = this.next64();
      out[2 * i] = this.low;
    }
  }

  /** `out.length` doubles in [0, 1), as repeated `nextDouble()`. */
  fillDoubles(out: Float64Array): void {
    for (let i = 0; i < out.length; i++) out[i] = this.nextDouble();
  }

  /** NumPy's `random_raw(size=None, output=True)`: uint64 outputs; a bigint when size is None. */
  random_raw(size?: Size, output = true): bigint | NDArray | null {
    const shape = shapeOf(size);
    const n = shape === null ? 1 : shapeSize(shape);
    const data = new BigUint64Array(n);
    this.fillRaw(new Uint32Array(data.buffer), n);
    if (!output) return null;
    if (shape === null) return data[0];
    return { dtype: 'uint64', shape, data };
  }

  spawn(n_children: number): this[] {
    if (this.seedSeq === null) throw typeError('The underlying SeedSequence does not implement spawning.');
    return this.seedSeq.spawn(n_children).map((s) => this.create(s));
  }
}

/** NumPy's check at the top of every `state` setter; returns the inner `state` dict. */
export function checkStateFor(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw typeError('state must be a dict');
  const dict = value as Record<string, unknown>;
  if (dict.bit_generator !== name) throw new PyError('ValueError', `state must be for a ${name} PRNG`);
  return dict.state as Record<string, unknown>;
}
