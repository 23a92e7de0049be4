/**
 * exp, log and pow against glibc's, 10^6 arguments per function over the ranges NumPy's and
 * CPython's distributions use, plus the specials and each algorithm's branch boundaries.
 */
import * as assert from 'assert';
import { exp } from '../../src/core/math/exp';
import { log } from '../../src/core/math/log';
import { pow } from '../../src/core/math/pow';
import { checkUnary, glibc, Inputs, mismatches, mixed, SPECIALS } from '../support/libm';

describe('math: exp, log, pow agree with glibc bit for bit', () => {
  it('exp on 10^6 arguments', () => {
    checkUnary('exp', exp, mixed(10, 1_000_000, [
      (i) => i.uniform(-1, 1),
      (i) => i.uniform(-40, 40),
      (i) => i.uniform(-745.2, 709.8),
      (i) => i.uniform(-760, -700), // subnormal results
      (i) => i.uniform(700, 712), // overflow boundary
      (i) => i.logUniform(-60, 10, true),
      (i) => i.anyBits(),
    ]));
  });

  it('log on 10^6 arguments', () => {
    checkUnary('log', log, mixed(11, 1_000_000, [
      (i) => i.unit(), // uniform draws, as in -log(U)
      (i) => 1 - i.unit(),
      (i) => i.uniform(0.9, 1.1), // the near-1 polynomial and its edges
      (i) => i.uniform(0, 50),
      (i) => i.logUniform(-1074, -1020), // subnormals
      (i) => i.logUniform(-1000, 1000),
      (i) => i.anyBits(),
    ]));
  });

  it('pow on 10^6 argument pairs', () => {
    const inp = new Inputs(12);
    const n = 1_000_000;
    const pairs: number[] = [];
    const gens: Array<() => [number, number]> = [
      () => [inp.unit(), inp.uniform(0, 10)], // U^(1/a) in gamma, beta, power
      () => [inp.unit(), 1 / inp.uniform(0.01, 10)],
      () => [inp.uniform(0, 100), inp.uniform(-5, 5)],
      () => [inp.logUniform(-60, 60), inp.uniform(-30, 30)],
      () => [-inp.uniform(0, 10), Math.floor(inp.uniform(-40, 40))], // negative base, integer power
      () => [inp.uniform(0.5, 2), inp.uniform(-2000, 2000)], // over- and underflow edges
      () => [inp.logUniform(-1074, -1022), inp.uniform(-1, 1)], // subnormal base
      () => [inp.anyBits(), inp.anyBits()],
    ];
    for (let i = 0; i < n; i++) pairs.push(...gens[i % gens.length]());
    for (const a of SPECIALS) for (const b of SPECIALS) pairs.push(a, b);
    const args = Float64Array.from(pairs);
    const theirs = glibc('pow', args, 2);
    const ours = new Float64Array(theirs.length);
    for (let i = 0; i < ours.length; i++) ours[i] = pow(args[2 * i], args[2 * i + 1]);
    const { count, examples } = mismatches(args, 2, ours, theirs);
    assert.strictEqual(count, 0, `pow: ${count} mismatches of ${ours.length}:\n${examples.join('\n')}`);
  });
});
