/**
 * MT19937.jumped(): NumPy advances the state by 2**128 draws with a jump polynomial applied by
 * Horner's rule over the incremental state transition (numpy/random/src/mt19937/mt19937-jump.c).
 */
import { PyError } from '../errors';

export function jumpMT19937(_key: Uint32Array, _pos: number): number {
  throw new PyError('NotImplementedError', 'MT19937.jumped is not implemented in SeedLab yet; use SeedSequence.spawn for independent streams');
}
