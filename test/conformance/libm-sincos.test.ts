/**
 * sin and cos against glibc's, 10^6 arguments each: the angles Python's gauss and NumPy's
 * von Mises use (2 pi U, pi U), each reduction branch's range, huge arguments, and the specials.
 */
import { cos, sin } from '../../src/core/math/sincos';
import { checkUnary, Inputs, mixed } from '../support/libm';

const GENS: Array<(i: Inputs) => number> = [
  (i) => 2 * Math.PI * i.unit(), // Box-Muller
  (i) => Math.PI * i.unit(), // von Mises
  (i) => i.uniform(-0.13, 0.13), // Taylor series
  (i) => i.uniform(-0.86, 0.86), // table, no reduction
  (i) => i.uniform(0.85, 2.43) * (i.unit() < 0.5 ? -1 : 1), // pi/2 - |x|
  (i) => i.uniform(-1000, 1000), // Cody-Waite
  (i) => i.logUniform(-30, 27, true),
  (i) => i.logUniform(26, 1024, true), // __branred
  (i) => Math.round(i.uniform(-1e6, 1e6)) * (Math.PI / 2) * (1 + (i.unit() - 0.5) * 1e-15), // near multiples of pi/2
  (i) => i.anyBits(),
];

describe('math: sin, cos agree with glibc bit for bit', () => {
  it('sin on 10^6 arguments', () => checkUnary('sin', sin, mixed(30, 1_000_000, GENS)));
  it('cos on 10^6 arguments', () => checkUnary('cos', cos, mixed(31, 1_000_000, GENS)));
});
