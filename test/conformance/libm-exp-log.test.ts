/**
 * exp, log and pow against glibc's, 10^6 arguments per function over the ranges NumPy's and
 * CPython's distributions use, plus the specials and each algorithm's branch boundaries.
 */
import * as assert from 'assert';
import { exp } from '../../src/core/math/exp';
import { log } from '../../src/core/math/log';
import { glibc, Inputs, mismatches, SPECIALS } from '../support/libm';

export function checkUnary(name: string, f: (x: number) => number, args: Float64Array): void {
  const theirs = glibc(name, args);
  const ours = args.map(f);
  const { count, examples } = mismatches(args, 1, ours, theirs);
  assert.strictEqual(count, 0, `${name}: ${count} mismatches of ${args.length}:\n${examples.join('\n')}`);
}

/** n arguments drawn from a mix of generators, plus the specials. */
export function mixed(seed: number, n: number, gens: Array<(inp: Inputs) => number>): Float64Array {
  const inp = new Inputs(seed);
  const out = new Float64Array(n + SPECIALS.length);
  for (let i = 0; i < n; i++) out[i] = gens[i % gens.length](inp);
  out.set(SPECIALS, n);
  return out;
}

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
});
