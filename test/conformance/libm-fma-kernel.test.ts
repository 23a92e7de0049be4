/**
 * fmaKernel against glibc's fma within its contract (moderate operands): cancelling sums, exact ties from small
 * integers, and random magnitudes, so that every rounding branch is taken. fmaChecked, on the same
 * arguments, must give glibc's result whenever it does not decline (NaN).
 */
import * as assert from 'assert';
import { fmaChecked, fmaKernel } from '../../src/core/math/fma';
import { glibc, Inputs, mismatches } from '../support/libm';

function check(args: Float64Array): void {
  const theirs = glibc('fma', args, 3);
  const ours = new Float64Array(theirs.length);
  for (let i = 0; i < ours.length; i++) ours[i] = fmaKernel(args[3 * i], args[3 * i + 1], args[3 * i + 2]);
  const { count, examples } = mismatches(args, 3, ours, theirs);
  assert.strictEqual(count, 0, `${count} mismatches of ${ours.length}:\n${examples.join('\n')}`);
  for (let i = 0; i < ours.length; i++) {
    const y = fmaChecked(args[3 * i], args[3 * i + 1], args[3 * i + 2]);
    ours[i] = y === y ? y : theirs[i]; // a decline is always allowed
  }
  const checked = mismatches(args, 3, ours, theirs);
  assert.strictEqual(checked.count, 0, `fmaChecked: ${checked.count} mismatches:\n${checked.examples.join('\n')}`);
}

describe('math: fmaKernel is exact for moderate operands', () => {
  it('cancelling sums, random magnitudes and polynomial-like steps (600k cases)', () => {
    const inp = new Inputs(21);
    const args = new Float64Array(3 * 600_000);
    for (let i = 0; i < 600_000; i++) {
      const a = inp.logUniform(-200, 200, true);
      const b = inp.logUniform(-200, 200, true);
      let c: number;
      if (i % 3 === 0) c = -(a * b) * (1 + (inp.unit() - 0.5) * 2 ** -(inp.unit() * 60));
      else if (i % 3 === 1) c = inp.logUniform(-500, 500, true);
      else c = a * b * inp.logUniform(-2, 60, true); // c dominant, as in Horner steps
      args.set([a, b, c], 3 * i);
    }
    check(args);
  });

  it('small integers, where midpoints and exact results are common (300k cases)', () => {
    const inp = new Inputs(22);
    const args = new Float64Array(3 * 300_000);
    for (let i = 0; i < 300_000; i++) {
      const k = Math.floor(inp.uniform(0, 60));
      const a = Math.floor(inp.uniform(-(2 ** 27), 2 ** 27)) * 2 ** -k || 1;
      const b = Math.floor(inp.uniform(-(2 ** 27), 2 ** 27)) || 3;
      const c = Math.floor(inp.uniform(-(2 ** 53), 2 ** 53)) * 2 ** -Math.floor(inp.uniform(0, 80));
      args.set([a, b, c], 3 * i);
    }
    check(args);
  });

  it('a*b + c just off a midpoint, below the product\'s rounding error (200k cases)', () => {
    // a*b = m h (1 ± 2^-3j) with h half an ulp of c and m odd: c + m h is a midpoint and only the
    // product's tiny error decides the direction, which a sum of rounded parts gets wrong.
    const inp = new Inputs(23);
    const args = new Float64Array(3 * 200_000);
    for (let i = 0; i < 200_000; i++) {
      const c = inp.logUniform(-300, 300, true);
      const h = 2 ** (Math.floor(Math.log2(Math.abs(c))) - 53);
      const j = 18 + Math.floor(inp.uniform(0, 8));
      const sg = inp.unit() < 0.5 ? 1 : -1;
      const m = (2 * Math.floor(inp.uniform(0, 8)) + 1) * (inp.unit() < 0.5 ? 1 : -1);
      const a = (1 + sg * 2 ** -j) * 2 ** Math.floor(inp.uniform(-20, 20));
      const b = (1 - sg * 2 ** -j + 2 ** (-2 * j)) * m * h * (2 ** -Math.log2(a / (1 + sg * 2 ** -j)));
      args.set([a, b, c], 3 * i);
    }
    check(args);
  });
});
