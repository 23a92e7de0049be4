/**
 * log1p and expm1 against glibc's, 10^6 arguments each over the ranges NumPy's distributions
 * use (log1p(-U) in geometric and logseries, expm1 in logseries and the ziggurat), plus each
 * branch of fdlibm's argument reduction and the specials.
 */
import { expm1 } from '../../src/core/math/expm1';
import { log1p } from '../../src/core/math/log1p';
import { checkUnary, mixed } from '../support/libm';

describe('math: log1p, expm1 agree with glibc bit for bit', () => {
  it('log1p on 10^6 arguments', () => {
    checkUnary('log1p', log1p, mixed(20, 1_000_000, [
      (i) => -i.unit(), // log1p(-p) with p a probability
      (i) => i.uniform(-0.2929, 0.41422), // no reduction
      (i) => i.uniform(-1, -0.29), // reduced below
      (i) => i.uniform(0.41, 10),
      (i) => i.logUniform(-60, -20, true), // tiny
      (i) => i.logUniform(-20, 1100),
      (i) => 2 ** 53 * i.uniform(0.5, 4), // around the 2^53 switch
      (i) => i.anyBits(),
    ]));
  });

  it('expm1 on 10^6 arguments', () => {
    checkUnary('expm1', expm1, mixed(21, 1_000_000, [
      (i) => i.uniform(-0.35, 0.35), // no reduction
      (i) => i.uniform(-1.04, 1.04), // k = ±1
      (i) => i.uniform(-40, 40), // k up to 56 and below -2
      (i) => i.uniform(-720, 720), // beyond 56 ln2 and overflow
      (i) => i.logUniform(-70, -50, true), // tiny
      (i) => -i.unit() * 5,
      (i) => i.anyBits(),
    ]));
  });
});
