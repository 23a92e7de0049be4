/**
 * NumPy's legacy RandomState (numpy/random/mtrand.pyx) over MT19937 with legacy seeding.
 * Distributions are added beside this file by the legacy work (issue 5); this holds seeding,
 * state and the uniform draw they build on.
 */
import { MT19937 } from '../bitgen/mt19937';
import { BitGenerator } from '../bitgen/base';
import { PyError, typeError } from '../errors';
import { MethodTable } from '../methods';
import { NDArray, shapeSize } from '../ndarray';
import { Size, shapeOf } from '../size';

/** The Box-Muller/polar pair cache of legacy_gauss: seed() clears it, get_state exposes it. */
export interface LegacyGaussCache {
  has_gauss: number;
  gauss: number;
}

export type LegacyStateTuple = [string, NDArray, number, number, number];

export class RandomState {
  static readonly methods: MethodTable = {
    random_sample: { params: [{ name: 'size', default: null }], sized: true },
  };

  readonly _bit_generator: MT19937;
  legacyGauss: LegacyGaussCache = { has_gauss: 0, gauss: 0.0 };

  constructor(seed?: unknown) {
    if (seed instanceof BitGenerator) {
      if (!(seed instanceof MT19937)) {
        // Any BitGenerator works in NumPy, but legacy seeding only exists for MT19937.
        throw new PyError('NotImplementedError', 'RandomState over a non-MT19937 bit generator');
      }
      this._bit_generator = seed;
      return;
    }
    this._bit_generator = new MT19937(0);
    this.seed(seed);
  }

  /** Legacy seeding: int in [0, 2**32-1] → init_genrand; 1-d int array → init_by_array; None → OS. */
  seed(seed?: unknown): void {
    this._bit_generator._legacy_seeding(seed);
    this.legacyGauss = { has_gauss: 0, gauss: 0.0 };
  }

  /** ('MT19937', key, pos, has_gauss, cached_gaussian), or the dict form when legacy is false. */
  get_state(legacy = true): LegacyStateTuple | Record<string, unknown> {
    const st = this._bit_generator.state as { state: { key: NDArray; pos: number } };
    if (legacy) return ['MT19937', st.state.key, st.state.pos, this.legacyGauss.has_gauss, this.legacyGauss.gauss];
    return { ...st, has_gauss: this.legacyGauss.has_gauss, gauss: this.legacyGauss.gauss };
  }

  set_state(state: unknown): void {
    let inner: Record<string, unknown>;
    if (Array.isArray(state)) {
      if (state[0] !== 'MT19937') throw new PyError('ValueError', 'set_state can only be used with legacy MT19937 state instances.');
      if (state.length !== 3 && state.length !== 5) throw new PyError('ValueError', 'state must be a dict or a tuple.');
      inner = { bit_generator: 'MT19937', state: { key: state[1], pos: state[2] } };
      this._bit_generator.state = inner;
      this.legacyGauss = state.length === 5
        ? { has_gauss: Number(state[3]), gauss: Number(state[4]) }
        : { has_gauss: 0, gauss: 0.0 };
      return;
    }
    if (typeof state !== 'object' || state === null) throw typeError('state must be a dict or a tuple.');
    inner = state as Record<string, unknown>;
    if (!('bit_generator' in inner)) throw new PyError('ValueError', 'state dictionary is not valid.');
    this._bit_generator.state = inner;
    this.legacyGauss = { has_gauss: Number(inner.has_gauss ?? 0), gauss: Number(inner.gauss ?? 0) };
  }

  /** Doubles in [0, 1): a number when size is None, else a float64 NDArray. */
  random_sample(size?: Size): number | NDArray {
    const shape = shapeOf(size);
    if (shape === null) return this._bit_generator.nextDouble();
    const data = new Float64Array(shapeSize(shape));
    this._bit_generator.fillDoubles(data);
    return { dtype: 'float64', shape, data };
  }
}
