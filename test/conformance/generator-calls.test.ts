/**
 * Generator on every bit generator against call sequences recorded from real NumPy 2.x by
 * test/fixtures/generator/generate.py.
 */
import { BitGenerator, MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/core/bitgen';
import { Generator } from '../../src/core/generator/generator';
import { LibmMap, suite } from '../support/calls';
import { readFixture } from '../support/fixtures';

const fixture = readFixture('generator', 'calls.json');
const CTORS: Record<string, new (seed?: unknown) => BitGenerator> = { MT19937, PCG64, PCG64DXSM, Philox, SFC64 };

/** The ziggurat calls libm only in its tails and wedges. */
const GENERATOR_LIBM: LibmMap = {
  standard_normal: ['exp', 'log1p', 'log1pf'], normal: ['exp', 'log1p'], standard_exponential: ['exp', 'log1p', 'expf', 'log1pf'], exponential: ['exp', 'log1p'],
  binomial: ['exp', 'log1p', 'log'], poisson: ['exp', 'log'],
  standard_gamma: ['exp', 'log1p', 'log', 'pow', 'expf', 'log1pf', 'logf', 'powf'],
};

suite('Generator call sequences (NumPy 2.x)', fixture.generator, (c) => new Generator(new CTORS[c.bitgen!](c.seed)), Generator.methods, GENERATOR_LIBM);
