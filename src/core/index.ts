/**
 * SeedLab's PRNG core: NumPy's and Python's random streams, bit for bit.
 * Names mirror NumPy's and Python's own so each call maps one to one.
 */
export { PyError } from './errors';
export type { NDArray, DType } from './ndarray';
