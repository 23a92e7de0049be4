/**
 * NumPy's Generator (numpy/random/_generator.pyx) over any bit generator, and default_rng.
 * Distributions are added beside this file by the Generator work (issue 6).
 */
import { BitGenerator } from '../bitgen/base';
import { PCG64 } from '../bitgen/pcg64';
import { SeedSequence } from '../bitgen/seedsequence';
import { typeError } from '../errors';
import { MethodTable } from '../methods';
import { NDArray, shapeSize } from '../ndarray';
import { PyValue } from '../seed';
import { Size, shapeOf } from '../size';

export class Generator {
  static readonly methods: MethodTable = {
    random: { params: [{ name: 'size', default: null }, { name: 'dtype', default: 'float64' }], sized: true },
  };

  private readonly bitGen: BitGenerator;

  constructor(bit_generator: BitGenerator) {
    if (!(bit_generator instanceof BitGenerator)) throw typeError('BitGenerator expected');
    this.bitGen = bit_generator;
  }

  get bit_generator(): BitGenerator {
    return this.bitGen;
  }

  /** Floats in [0, 1): float64 from next_double, float32 from next_uint32 >> 8. */
  random(size?: Size, dtype: 'float64' | 'float32' | 'float' | 'd' | 'f' = 'float64'): number | NDArray {
    const single = dtype === 'float32' || dtype === 'f';
    if (!single && dtype !== 'float64' && dtype !== 'float' && dtype !== 'd') {
      throw typeError(`Unsupported dtype dtype('${dtype}') for random`);
    }
    const shape = shapeOf(size);
    const bg = this.bitGen;
    if (single) {
      if (shape === null) return Math.fround((bg.next32() >>> 8) * (1 / 16777216));
      const data = new Float32Array(shapeSize(shape));
      for (let i = 0; i < data.length; i++) data[i] = (bg.next32() >>> 8) * (1 / 16777216);
      return { dtype: 'float32', shape, data };
    }
    if (shape === null) return bg.nextDouble();
    const data = new Float64Array(shapeSize(shape));
    bg.fillDoubles(data);
    return { dtype: 'float64', shape, data };
  }

  /** Independent child generators from the bit generator's SeedSequence. */
  spawn(n_children: number): Generator[] {
    return this.bitGen.spawn(n_children).map((bg) => new Generator(bg));
  }
}

/** np.random.default_rng: a Generator over PCG64 unless handed a Generator or BitGenerator. */
export function default_rng(seed?: PyValue | SeedSequence | BitGenerator | Generator): Generator {
  if (seed instanceof Generator) return seed;
  if (seed instanceof BitGenerator) return new Generator(seed);
  return new Generator(new PCG64(seed as PyValue | SeedSequence));
}
