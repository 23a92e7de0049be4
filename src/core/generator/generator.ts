/**
 * NumPy's Generator (numpy/random/_generator.pyx) over any bit generator, and default_rng.
 */
import { BitGenerator } from '../bitgen/bitgenerator';
import { PCG64 } from '../bitgen/pcg64';
import { SeedSequence } from '../bitgen/seedsequence';
import { typeError, valueError } from '../errors';
import { sizedDoubles } from '../fill';
import { MethodTable, SIZE } from '../methods';
import { NDArray, Size, sizeToShape, shapeSize } from '../ndarray';

export class Generator {
  /** Public sampling methods with NumPy's parameter names, read by the CLI and the engine. */
  static readonly methods: MethodTable = {
    random: { params: [SIZE, { name: 'dtype', default: 'float64' }] },
  };

  constructor(readonly bit_generator: BitGenerator) {
    if (!(bit_generator instanceof BitGenerator)) throw typeError('BitGenerator required');
  }

  /** Uniform doubles in [0, 1). */
  random(size?: Size, dtype: 'float64' | 'float32' = 'float64'): number | NDArray<Float64Array | Float32Array> {
    const bg = this.bit_generator;
    if (dtype === 'float64') return sizedDoubles(size, () => bg.nextDouble(), (out) => bg.fillDoubles(out));
    if (dtype !== 'float32') throw typeError(`Unsupported dtype ${JSON.stringify(dtype)} for random`);
    // next_float: the top 24 bits of a 32-bit draw.
    const one = (): number => (bg.next32() >>> 8) * (1 / 16777216);
    if (size === undefined || size === null) return Math.fround(one());
    const shape = sizeToShape(size);
    const data = new Float32Array(shapeSize(shape));
    for (let i = 0; i < data.length; i++) data[i] = one();
    return { dtype: 'float32', shape, data };
  }

  /** Independent child generators (NumPy >= 1.25). */
  spawn(n_children: number): Generator[] {
    return this.bit_generator.spawn(n_children).map((bg) => new Generator(bg));
  }
}

/** np.random.default_rng: a PCG64 Generator from a seed, SeedSequence, BitGenerator or Generator. */
export function default_rng(seed?: unknown): Generator {
  if (seed instanceof Generator) return seed;
  if (seed instanceof BitGenerator) return new Generator(seed);
  if (seed instanceof SeedSequence) return new Generator(new PCG64(seed));
  if (typeof seed === 'number' && Number.isInteger(seed) && seed < 0) throw valueError('expected non-negative integer');
  return new Generator(new PCG64(seed));
}
