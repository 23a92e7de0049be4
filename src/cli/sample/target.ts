/**
 * Builds what `seedlab sample` draws from: a RandomState, a Generator over the chosen bit
 * generator, or a Python Random, plus the method table that says what each can sample.
 */
import { BitGenerator } from '../../core/bitgen/bitgenerator';
import { MT19937 } from '../../core/bitgen/mt19937';
import { PCG64, PCG64DXSM } from '../../core/bitgen/pcg64';
import { Philox } from '../../core/bitgen/philox';
import { SFC64 } from '../../core/bitgen/sfc64';
import { Generator } from '../../core/generator/generator';
import { RandomState } from '../../core/legacy/randomstate';
import { MethodTable } from '../../core/methods';
import { Random } from '../../core/pyrandom/random';
import { UsageError } from '../command';

export const APIS = ['legacy', 'generator', 'python'] as const;
export type Api = (typeof APIS)[number];

export const BITGENS: Readonly<Record<string, new (seed?: unknown) => BitGenerator>> = {
  pcg64: PCG64, pcg64dxsm: PCG64DXSM, mt19937: MT19937, philox: Philox, sfc64: SFC64,
};

export interface Target {
  /** The object whose methods are called. */
  readonly sampler: object;
  /** The bit generator behind it, for `random_raw`. */
  readonly bitGenerator: BitGenerator | null;
  readonly methods: MethodTable;
}

export function makeTarget(api: Api, seed: unknown, bitgen: string | undefined): Target {
  if (api === 'legacy') {
    if (bitgen !== undefined && bitgen !== 'mt19937') throw new UsageError(`--api legacy always uses mt19937, not '${bitgen}'`);
    const rs = new RandomState(seed);
    return { sampler: rs, bitGenerator: rs._bit_generator, methods: RandomState.methods };
  }
  if (api === 'generator') {
    const name = bitgen ?? 'pcg64';
    const Ctor = BITGENS[name];
    if (!Ctor) throw new UsageError(`unknown --bitgen '${name}'; valid: ${Object.keys(BITGENS).join(', ')}`);
    const bg = new Ctor(seed);
    return { sampler: new Generator(bg), bitGenerator: bg, methods: Generator.methods };
  }
  if (bitgen !== undefined) throw new UsageError('--bitgen does not apply to --api python');
  return { sampler: new Random(seed), bitGenerator: null, methods: Random.methods };
}
