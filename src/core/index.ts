/**
 * SeedLab's PRNG core: NumPy's and Python's random streams, bit for bit.
 * Names mirror NumPy's and Python's own so each call maps one to one.
 */
export { PyError } from './errors';
export type { NDArray, DType } from './ndarray';
export { pyFloat, PyFloat } from './seed';
export type { PyValue } from './seed';
export { SeedSequence } from './bitgen/seedsequence';
export { BitGenerator } from './bitgen/base';
export { MT19937 } from './bitgen/mt19937';
export { PCG64 } from './bitgen/pcg64';
export { RandomState } from './legacy/randomstate';
export { Generator, default_rng } from './generator/generator';
export { Random } from './pyrandom/random';
export { PCG64DXSM } from './bitgen/pcg64dxsm';
export { Philox } from './bitgen/philox';
export { SFC64 } from './bitgen/sfc64';
