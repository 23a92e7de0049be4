export { BitGenerator } from './bitgenerator';
export type { BitSource, BitGeneratorName } from './bitgenerator';
export { SeedSequence } from './seedsequence';
export { MT19937 } from './mt19937';
export { PCG64, PCG64DXSM } from './pcg64';
export { Philox } from './philox';
export { SFC64 } from './sfc64';
