/**
 * The emulated fma against glibc's (the hardware instruction on x86-64 with FMA), on products
 * near each other's magnitude where cancellation and ties are common, and on extreme operands.
 */
import * as assert from 'assert';
import { fma } from '../../src/core/math/fma';
import { glibc, Inputs, mismatches, SPECIALS } from '../support/libm';

function check(args: Float64Array): void {
  const theirs = glibc('fma', args, 3);
  const ours = new Float64Array(theirs.length);
  for (let i = 0; i < ours.length; i++) ours[i] = fma(args[3 * i], args[3 * i + 1], args[3 * i + 2]);
  const { count, examples } = mismatches(args, 3, ours, theirs);
  assert.strictEqual(count, 0, `${count} mismatches of ${ours.length}:\n${examples.join('\n')}`);
}

describe('math: fma is exact', () => {
  it('cancelling sums: c close to -a*b (300k cases)', () => {
    const inp = new Inputs(1);
    const args = new Float64Array(3 * 300_000);
    for (let i = 0; i < 300_000; i++) {
      const a = inp.logUniform(-40, 40, true);
      const b = inp.logUniform(-40, 40, true);
      const c = -(a * b) * (1 + (inp.unit() - 0.5) * 2 ** -(inp.unit() * 60));
      args.set([a, b, c], 3 * i);
    }
    check(args);
  });

  it('random magnitudes over the whole range and random bit patterns (300k cases)', () => {
    const inp = new Inputs(2);
    const args = new Float64Array(3 * 300_000);
    for (let i = 0; i < 300_000; i++) {
      const pick = (): number => (i % 3 === 0 ? inp.anyBits() : inp.logUniform(-1074, 1024, true));
      args.set([pick(), pick(), pick()], 3 * i);
    }
    check(args);
  });

  it('small integers, where exact ties happen, and the specials', () => {
    const inp = new Inputs(3);
    const vals: number[] = [];
    for (let i = 0; i < 100_000; i++) {
      const k = Math.floor(inp.uniform(0, 60));
      vals.push(Math.floor(inp.uniform(-(2 ** 27), 2 ** 27)) * 2 ** -k, Math.floor(inp.uniform(-(2 ** 27), 2 ** 27)), Math.floor(inp.uniform(-(2 ** 53), 2 ** 53)) * 2 ** -k);
    }
    for (const a of SPECIALS) for (const b of SPECIALS) for (const c of [0, -0, 1, -1, Infinity, NaN, 2 ** -1074, 1e300]) vals.push(a, b, c);
    check(Float64Array.from(vals));
  });
});
