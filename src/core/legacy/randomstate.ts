/**
 * NumPy's legacy RandomState (numpy/random/mtrand.pyx) over MT19937 with legacy seeding.
 * Its stream is frozen by NumPy's compatibility policy, so it matches NumPy 1.x and 2.x alike.
 */
import { BitGenerator } from '../bitgen/bitgenerator';
import { MT19937 } from '../bitgen/mt19937';
import { typeError, valueError } from '../errors';
import { sizedDoubles } from '../fill';
import { MethodTable, SIZE } from '../methods';
import { NDArray, Size } from '../ndarray';

export type LegacyStateTuple = ['MT19937', Uint32Array, number, number, number];

export class RandomState {
  /** Public sampling methods with NumPy's parameter names, read by the CLI and the engine. */
  static readonly methods: MethodTable = {
    random_sample: { params: [SIZE] },
    random: { params: [SIZE] },
    ranf: { params: [SIZE] },
    sample: { params: [SIZE] },
  };

  readonly _bit_generator: MT19937;
  /** The polar method's spare normal (legacy_gauss), cleared by seed(). */
  hasGauss = 0;
  gauss = 0;

  constructor(seed?: unknown) {
    if (seed instanceof BitGenerator) {
      if (!(seed instanceof MT19937)) throw typeError('RandomState only supports MT19937 in SeedLab');
      this._bit_generator = seed;
    } else {
      this._bit_generator = new MT19937(0);
      this._bit_generator._legacy_seeding(seed);
    }
  }

  /** np.random.seed / RandomState.seed: NumPy's legacy seeding, and the gauss cache is cleared. */
  seed(seed?: unknown): void {
    this._bit_generator._legacy_seeding(seed);
    this.hasGauss = 0;
    this.gauss = 0;
  }

  get_state(legacy = true): LegacyStateTuple | Record<string, unknown> {
    const st = this._bit_generator.state as { state: { key: Uint32Array; pos: number } };
    if (legacy) return ['MT19937', st.state.key, st.state.pos, this.hasGauss, this.gauss];
    return { ...st, has_gauss: this.hasGauss, gauss: this.gauss };
  }

  set_state(state: unknown): void {
    if (Array.isArray(state)) {
      if (state[0] !== 'MT19937') throw valueError('set_state can only be used with legacy MT19937 state instances.');
      this._bit_generator.state = { bit_generator: 'MT19937', state: { key: state[1], pos: state[2] } };
      this.hasGauss = state.length > 3 ? Number(state[3]) : 0;
      this.gauss = state.length > 4 ? Number(state[4]) : 0;
      return;
    }
    if (typeof state !== 'object' || state === null) throw typeError('state must be a dict or a tuple.');
    const st = state as Record<string, any>;
    if (!('has_gauss' in st) || !('gauss' in st)) throw valueError('state dictionary is not valid.');
    this._bit_generator.state = st;
    this.hasGauss = Number(st.has_gauss);
    this.gauss = Number(st.gauss);
  }

  random_sample(size?: Size): number | NDArray<Float64Array> {
    const bg = this._bit_generator;
    return sizedDoubles(size, () => bg.nextDouble(), (out) => bg.fillDoubles(out));
  }

  random(size?: Size): number | NDArray<Float64Array> {
    return this.random_sample(size);
  }

  ranf(size?: Size): number | NDArray<Float64Array> {
    return this.random_sample(size);
  }

  sample(size?: Size): number | NDArray<Float64Array> {
    return this.random_sample(size);
  }

  /** rand(d0, d1, ...): uniform [0, 1) of shape (d0, d1, ...). */
  rand(...dims: number[]): number | NDArray<Float64Array> {
    return this.random_sample(dims.length === 0 ? undefined : dims);
  }
}
