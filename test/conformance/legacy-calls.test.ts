/**
 * RandomState and random.Random against call sequences recorded from real NumPy (1.24 and 2.x
 * agree) and CPython by test/fixtures/legacy/generate.py.
 */
import * as assert from 'assert';
import { RandomState } from '../../src/core/legacy/randomstate';
import { parseLiteral } from '../../src/core/pyliteral';
import { Random } from '../../src/core/pyrandom/random';
import { LEGACY_LIBM, suite } from '../support/calls';
import { readFixture } from '../support/fixtures';

const fixture = readFixture('legacy', 'calls.json');

suite('RandomState call sequences (NumPy 1.24 == 2.x)', fixture.legacy, (c) => new RandomState(c.seed), RandomState.methods, LEGACY_LIBM);
suite('random.Random call sequences (CPython)', fixture.pyrandom, (c) => new Random(parseLiteral(c.seed as string)), Random.methods, LEGACY_LIBM);

describe('RandomState.shuffle', () => {
  it('shuffles a list exactly as permutation (checked against NumPy above) orders arange', () => {
    const rs = new RandomState(42);
    const x = Array.from({ length: 12 }, (_, i) => i);
    rs.shuffle(x);
    const perm = (new RandomState(42).permutation(12) as { data: BigInt64Array }).data;
    assert.deepStrictEqual(x, Array.from(perm, Number));
  });
});
