/**
 * SeedLab's PRNG core: NumPy's and Python's random streams, bit for bit.
 * Names mirror NumPy's and Python's own so each call maps one to one.
 */
export { PyError } from './errors';
export type { NDArray, DType, Size } from './ndarray';
export { PyFloat, PyByteArray } from './pyvalues';
export type { MethodTable, MethodSpec, ParamSpec } from './methods';
export { BitGenerator, SeedSequence, MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from './bitgen';
export { RandomState } from './legacy/randomstate';
export { Generator, default_rng } from './generator/generator';
export { Random } from './pyrandom/random';
